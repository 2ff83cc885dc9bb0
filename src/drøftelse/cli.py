"""The `droeftelse` command: the GUI by default, and headless subcommands for scripts and HR.

User errors are one Danish line on stderr and exit code 2; an unexpected error is logged with its traceback
to the log folder and reported in one line. Heavy libraries are imported inside the commands that use them:
`droeftelse list` loads neither reportlab nor Alembic.
"""

from __future__ import annotations

import argparse
import errno
import sys
from pathlib import Path

import drøftelse
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import LANGUAGES, language_from_locale, set_language, translate

EXIT_USER_ERROR = 2
EXIT_INTERNAL = 70
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a program that stopped at a closed pipe

# argparse's own words, in Danish (it looks them up through gettext at run time)
_ARGPARSE_DA = {
    "usage: ": "Brug: ",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "show this help message and exit": "vis denne hjælp og afslut",
    "the following arguments are required: %s": "disse argumenter mangler: %s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ukendt valg: %(value)r (vælg mellem %(choices)s)",
    "invalid %(type)s value: %(value)r": "ugyldig værdi: %(value)r",
    "expected one argument": "forventer én værdi",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
}


class _ShowVersion(argparse.Action):
    """--version, read only when asked for (importlib.metadata is slow to load)."""

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"Drøftelse {drøftelse.__version__}")
        parser.exit()


def _danish_argparse() -> None:
    import gettext

    from drøftelse.domain.i18n import current_language

    original = gettext.gettext
    danish = current_language() == "da"  # in English argparse speaks its own words
    argparse._ = lambda s: _ARGPARSE_DA.get(s, original(s)) if danish else original(s)  # type: ignore[attr-defined]


def _chosen_language(argv: list[str]) -> str | None:
    """The value of --lang, read before the parser is built (its help texts are in that language); an unknown
    value is left for the parser to refuse."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = arg.removeprefix("--lang=") if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in LANGUAGES:
            return value
    return None


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one Danish line and exit code 2, as argparse does, in our words
        self.exit(EXIT_USER_ERROR, translate("_Parser", "droeftelse: {0} (se 'droeftelse --hjælp')\n").format(message))


def _meeting_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "{0!r} er ikke et mødenummer").format(text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(translate("cli", "{0!r} er ikke et mødenummer").format(text))
    return value


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4 and text[0] in "12"):
        raise argparse.ArgumentTypeError(translate("cli", "{0!r} er ikke et årstal som 2027").format(text))
    return int(text)


def _employees(text: str) -> int:
    if not (text.isdigit() and 1 <= int(text) <= 1_000_000):
        raise argparse.ArgumentTypeError(
            translate("cli", "{0} er ikke et antal ansatte som 8 (1 til 1.000.000)").format(repr(text))
        )
    return int(text)


def _iso_date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{0!r} er ikke en dato som 2026-11-22").format(text)
        ) from None


def _hand_in_options(c) -> None:
    """--senest DATO or --ved-moedet: the day the sheets ask to be handed in by (domain.hand_in)."""
    when = c.add_mutually_exclusive_group()
    when.add_argument(
        "--senest",
        type=_iso_date,
        metavar=translate("cli", "DATO"),
        help=translate(
            "cli",
            "arkene afleveres senest denne dato, fx 2026-11-20 (standard: 3 dage før mødet; er den dag nået, "
            "ved mødet)",
        ),
    )
    when.add_argument(
        "--ved-moedet", dest="at_meeting", action="store_true", help=translate("cli", "arkene afleveres ved mødet")
    )


def _hand_in(args):
    """(the day the chairs chose for the sheets or None, today)."""
    import datetime as dt

    from drøftelse.domain.hand_in import AT_MEETING, HandIn

    chosen = HandIn(by=args.senest) if args.senest else AT_MEETING if args.at_meeting else None
    return chosen, dt.date.today()


def _hand_in_note(db, meeting_id: int, chosen, today) -> None:
    """Tell the chairs when the sheets could not ask for the usual day (it is today or gone by)."""
    from drøftelse.domain.hand_in import must_ask, passed_note
    from drøftelse.services.meetings import get_meeting

    if chosen is not None:
        return
    date = get_meeting(db, meeting_id).date
    note = passed_note(date, today)
    if note:
        hint = translate("cli", " Vælg en anden dato med --senest DATO.") if must_ask(date, today) else ""
        print(translate("cli", "droeftelse: {0}").format(note + hint), file=sys.stderr)


def _database_targets(args) -> None:
    """--db and --til as a file's path or a shared database's address (postgresql://user@host/dbname), checked
    before anything is made on disk: `-`, a line break in a path or `postgresql:/host/db` is refused in Danish
    (exit code 2) instead of becoming a new, empty local file."""
    from drøftelse.domain.database_target import database_target

    for name in ("db", "target"):
        if getattr(args, name, None) is not None:
            setattr(args, name, database_target(getattr(args, name)))


def build_parser() -> argparse.ArgumentParser:
    _danish_argparse()
    p = _Parser(
        prog="droeftelse",
        description=translate(
            "cli", "Drøftelse: kør kompetencedrøftelsen og den årlige arbejdsmiljødrøftelse, og udskriv handleplanen."
        ),
        epilog=translate(
            "cli",
            "Uden kommando åbner vinduet. »droeftelse FIL« åbner vinduet med en mødefil (.json) eller et udfyldt "
            "forberedelses- eller høringsark (.pdf), som et dobbeltklik på filen gør.",
        ),
        add_help=False,
    )
    p.add_argument("-h", "--hjælp", "--help", action="help", help=translate("cli", "vis denne hjælp og afslut"))
    p.add_argument("--version", action=_ShowVersion, nargs=0, help=translate("cli", "vis versionsnummeret"))
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate("cli", "sproget: da (dansk) eller en (engelsk); standard: systemets sprog"),
    )
    p.add_argument(
        "--db",
        metavar=translate("cli", "STI"),
        help=translate(
            "cli",
            "databasefilen (standard: en fil i brugerens datamappe) eller en fælles database: "
            "postgresql://bruger@server/database",
        ),
    )
    sub = p.add_subparsers(dest="command", metavar=translate("cli", "KOMMANDO"), title=translate("cli", "kommandoer"))

    def command(name: str, help: str):
        c = sub.add_parser(name, help=help, description=help, add_help=False)
        c.add_argument(
            "-h",
            "--hjælp",
            "--help",
            action="help",
            help=translate("cli", "vis denne hjælp og afslut"),
        )
        return c

    c = command("demo", translate("cli", "opret et udvalg og en udfyldt kompetencedrøftelse at prøve programmet på"))
    c.add_argument(
        "--aarlig",
        action="store_true",
        help=translate("cli", "opret i stedet et udvalg med et års historie og en udfyldt årlig arbejdsmiljødrøftelse"),
    )
    c.add_argument(
        "--ansatte",
        type=_employees,
        metavar=translate("cli", "ANTAL"),
        help=translate(
            "cli", "antal ansatte; under 10 (med --aarlig) er der ingen AMO, og drøftelsen holdes med de ansatte"
        ),
    )
    command("list", translate("cli", "vis udvalg og møder med deres numre"))
    c = command("import", translate("cli", "indlæs et møde fra en mødefil (JSON) og vis det nye mødes nummer"))
    c.add_argument("file", type=Path, metavar=translate("cli", "FIL"))
    c = command("export", translate("cli", "gem et møde som mødefil (JSON)"))
    c.add_argument("meeting", type=_meeting_id, metavar=translate("cli", "MØDE"))
    c.add_argument(
        "--json",
        type=Path,
        required=True,
        metavar=translate("cli", "FIL"),
        help=translate("cli", "mødefilen der skal skrives"),
    )
    c = command(
        "handleplan",
        translate("cli", "udskriv et mødes handleplan, eller hele udvalgets (--udvalg NR), som PDF, CSV eller Excel"),
    )
    c.add_argument("meeting", type=_meeting_id, nargs="?", metavar=translate("cli", "MØDE"))
    c.add_argument(
        "--udvalg",
        type=_meeting_id,
        metavar=translate("cli", "NR"),
        help=translate("cli", "udvalgets handleplan: rækkerne fra alle møder"),
    )
    c.add_argument(
        "--pdf", type=Path, metavar=translate("cli", "FIL"), help=translate("cli", "PDF-filen der skal skrives")
    )
    c.add_argument(
        "--csv",
        type=Path,
        metavar=translate("cli", "FIL"),
        help=translate("cli", "CSV-filen der skal skrives (UTF-8, semikolon)"),
    )
    c.add_argument(
        "--xlsx",
        type=Path,
        metavar=translate("cli", "FIL"),
        help=translate("cli", "Excel-filen der skal skrives (kun med --udvalg)"),
    )
    c.add_argument(
        "--status",
        metavar=translate("cli", "STATUS,…"),
        help=translate(
            "cli",
            "kun rækker med disse status: åben, i-gang, gennemført, opgivet eller alle (kun med --udvalg; "
            "standard: alt der ikke er udført, og det der er udført i år)",
        ),
    )
    c.add_argument(
        "--aar",
        type=_year,
        metavar=translate("cli", "ÅÅÅÅ"),
        help=translate("cli", "kun rækker planlagt dette år efter Hvornår (kun med --udvalg)"),
    )
    c = command(
        "ark", translate("cli", "lav et udfyldeligt forberedelsesark (PDF) til hver deltager og et blankt til papir")
    )
    c.add_argument("meeting", type=_meeting_id, metavar=translate("cli", "MØDE"))
    c.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=translate("cli", "MAPPE"),
        help=translate("cli", "mappen arkene gemmes i"),
    )
    _hand_in_options(c)
    c = command("hoering", translate("cli", "lav høringsark (PDF) til de ansatte før den årlige arbejdsmiljødrøftelse"))
    c.add_argument("meeting", type=_meeting_id, metavar=translate("cli", "MØDE"))
    c.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=translate("cli", "MAPPE"),
        help=translate("cli", "mappen arkene gemmes i"),
    )
    c.add_argument(
        "--antal",
        dest="count",
        type=int,
        default=1,
        metavar=translate("cli", "ANTAL"),
        help=translate(
            "cli",
            "hvor mange ark (ét til hver ansat), hvert med sin egen engangskode; pr. arbejdsmiljøgruppe, når der er "
            "grupper (standard 1)",
        ),
    )
    _hand_in_options(c)
    c = command(
        "deltag",
        translate(
            "cli",
            "lad deltagerne svare fra deres egen telefon: start en webserver på det lokale net og vis mødets links "
            "(stop med Ctrl+C)",
        ),
    )
    c.add_argument("meeting", type=_meeting_id, metavar=translate("cli", "MØDE"))
    c.add_argument(
        "--adresse",
        dest="host",
        default="127.0.0.1",
        metavar=translate("cli", "IP"),
        help=translate(
            "cli",
            "den lokale netværksadresse serveren lytter på (standard 127.0.0.1, kun denne maskine); telefonerne "
            "skal bruge bærbarens adresse på mødelokalets net",
        ),
    )
    c.add_argument(
        "--port", type=int, default=8470, metavar=translate("cli", "PORT"), help=translate("cli", "standard 8470")
    )
    c.add_argument(
        "--hoering",
        dest="hearing",
        type=int,
        default=0,
        metavar=translate("cli", "ANTAL"),
        help=translate("cli", "lav (mindst) så mange høringslinks, ét til hver ansat, og vis dem"),
    )
    c.add_argument(
        "--certifikat",
        dest="certfile",
        metavar=translate("cli", "FIL"),
        help=translate("cli", "HTTPS med organisationens certifikat (PEM)"),
    )
    c.add_argument(
        "--noegle", dest="keyfile", metavar=translate("cli", "FIL"), help=translate("cli", "certifikatets nøgle (PEM)")
    )
    c.add_argument(
        "--sekunder",
        dest="seconds",
        type=float,
        default=None,
        metavar=translate("cli", "N"),
        help=translate("cli", "stop serveren efter N sekunder (standard: når der trykkes Ctrl+C)"),
    )
    c = command("indlaes", translate("cli", "indlæs udfyldte forberedelsesark eller høringsark (PDF) i mødet"))
    c.add_argument("meeting", type=_meeting_id, metavar=translate("cli", "MØDE"))
    c.add_argument("files", type=Path, nargs="+", metavar=translate("cli", "FIL"))
    c.add_argument(
        "--ved-konflikt",
        dest="conflict",
        choices=("behold", "erstat", "begge"),
        default="behold",
        help=translate(
            "cli",
            "når deltageren allerede har tekst i feltet: behold den (standard), erstat den, eller behold begge; for et "
            "høringsark, hvis kode allerede er indlæst: erstat det første (ellers afvises det)",
        ),
    )
    c = command(
        "referat",
        translate(
            "cli", "udskriv referatet af et møde som PDF (årlig arbejdsmiljødrøftelse eller kompetencedrøftelse)"
        ),
    )
    c.add_argument("meeting", type=_meeting_id, metavar=translate("cli", "MØDE"))
    c.add_argument(
        "--pdf",
        type=Path,
        required=True,
        metavar=translate("cli", "FIL"),
        help=translate("cli", "PDF-filen der skal skrives"),
    )
    c = command(
        "kompetenceplan",
        translate("cli", "udskriv den valgfri kompetenceudviklingsplan fra en årlig arbejdsmiljødrøftelse som PDF"),
    )
    c.add_argument("meeting", type=_meeting_id, metavar=translate("cli", "MØDE"))
    c.add_argument(
        "--pdf",
        type=Path,
        required=True,
        metavar=translate("cli", "FIL"),
        help=translate("cli", "PDF-filen der skal skrives"),
    )
    c = command(
        "opslag",
        translate(
            "cli",
            "udskriv et opslag til de ansatte (én A4-side): årets mål, det der er besluttet, og hvem man kan tale med",
        ),
    )
    c.add_argument("meeting", type=_meeting_id, metavar=translate("cli", "MØDE"))
    c.add_argument(
        "--pdf",
        type=Path,
        required=True,
        metavar=translate("cli", "FIL"),
        help=translate("cli", "PDF-filen der skal skrives"),
    )
    c = command(
        "aarshjul",
        translate("cli", "vis udvalgets datoer for de næste 12 måneder (årshjul), eller gem dem som kalenderfil"),
    )
    c.add_argument(
        "--ics",
        type=Path,
        metavar=translate("cli", "FIL"),
        help=translate("cli", "kalenderfilen (.ics) til Outlook eller anden kalender"),
    )
    c.add_argument(
        "--udvalg",
        type=_meeting_id,
        metavar=translate("cli", "NR"),
        help=translate("cli", "udvalgets nummer (når der er flere)"),
    )
    c.add_argument(
        "--dato",
        type=_iso_date,
        metavar=translate("cli", "ÅÅÅÅ-MM-DD"),
        help=translate("cli", "regn fra denne dato (standard: i dag)"),
    )
    c = command(
        "mappe",
        translate(
            "cli",
            "skriv mappen til Arbejdstilsynet: én PDF med bogmærker med det seneste referat, handleplanen, "
            "arbejdsmiljøorganisationen, medlemmernes uddannelse, APV'en og regelgrundlaget",
        ),
    )
    c.add_argument(
        "--til",
        type=Path,
        required=True,
        metavar=translate("cli", "MAPPE"),
        help=translate("cli", "mappen PDF'en skrives i"),
    )
    c.add_argument(
        "--udvalg",
        type=_meeting_id,
        metavar=translate("cli", "NR"),
        help=translate("cli", "udvalgets nummer (når der er flere)"),
    )
    c = command(
        "afslut", translate("cli", "afslut et møde; en årlig arbejdsmiljødrøftelse kun når alle punkter har en tekst")
    )
    c.add_argument("meeting", type=_meeting_id, metavar=translate("cli", "MØDE"))
    c.add_argument(
        "--form",
        metavar=translate("cli", "FORM"),
        help=translate("cli", "hvordan drøftelsen blev holdt: møde, video eller skriftligt (under 10 ansatte)"),
    )
    c = command(
        "behold",
        translate(
            "cli",
            "behold et eksempelmøde fra demoen som udvalgets eget, så det tælles med i årshjulet og handleplanen "
            "(de tidligere eksempelmøder og demoens AMO-medlemmer med)",
        ),
    )
    c.add_argument("meeting", type=_meeting_id, metavar=translate("cli", "MØDE"))
    c = command(
        "aendringslog",
        translate("cli", "vis hvad der er ændret i et møde, efter at det blev afsluttet (med grunden til genåbningen)"),
    )
    c.add_argument("meeting", type=_meeting_id, metavar=translate("cli", "MØDE"))
    c.add_argument(
        "--pdf", type=Path, metavar=translate("cli", "FIL"), help=translate("cli", "gem ændringsloggen som PDF")
    )
    c = command(
        "kopier-udvalg",
        translate(
            "cli",
            "kopiér et udvalg med alle dets møder til en anden database (en fil eller en fælles database), "
            "kontrolleret",
        ),
    )
    c.add_argument("committee", type=_meeting_id, metavar=translate("cli", "NR"))
    c.add_argument(
        "--til",
        dest="target",
        required=True,
        metavar=translate("cli", "MÅL"),
        help=translate("cli", "filen eller postgresql://…"),
    )
    c = command(
        "organisation",
        translate(
            "cli",
            "vis alle udvalg: hvis årlige drøftelse er overskredet og deres åbne rækker; eller gem organisationens "
            "handleplan (åbne rækker fra alle udvalg)",
        ),
    )
    c.add_argument(
        "--pdf", type=Path, metavar=translate("cli", "FIL"), help=translate("cli", "organisationens handleplan som PDF")
    )
    c.add_argument(
        "--csv", type=Path, metavar=translate("cli", "FIL"), help=translate("cli", "… som CSV (UTF-8, semikolon)")
    )
    c.add_argument("--xlsx", type=Path, metavar=translate("cli", "FIL"), help=translate("cli", "… som Excel-fil"))
    c.add_argument(
        "--dato",
        type=_iso_date,
        metavar=translate("cli", "ÅÅÅÅ-MM-DD"),
        help=translate("cli", "regn fra denne dato (standard: i dag)"),
    )
    command("check", translate("cli", "kontrollér databasen og vis dens skemaversion"))
    c = command("backup", translate("cli", "tag en sikkerhedskopi af databasen, vis eller gendan sikkerhedskopier"))
    c.add_argument("file", type=Path, nargs="?", metavar=translate("cli", "FIL"))
    what = c.add_mutually_exclusive_group()
    what.add_argument(
        "--gendan",
        type=Path,
        metavar=translate("cli", "KOPI"),
        help=translate("cli", "læg sikkerhedskopien KOPI tilbage som databasen (den nuværende gemmes først)"),
    )
    what.add_argument(
        "--liste", action="store_true", help=translate("cli", "vis databasens sikkerhedskopier, nyeste først")
    )
    return p


def _open(args):
    from drøftelse.paths import default_database
    from drøftelse.services.database import open_database

    return open_database(args.db or default_database())


def _ready_to_write(db) -> None:
    """Another program may hold the file (BEGIN EXCLUSIVE): wait a while and say so, then give up in Danish."""
    from drøftelse.services.database import WRITE_PATIENCE_S, wait_for_writer

    wait_for_writer(
        db,
        lambda: print(
            translate("cli", "droeftelse: databasen bruges af et andet program; venter op til {0} sekunder …").format(
                WRITE_PATIENCE_S
            ),
            file=sys.stderr,
            flush=True,
        ),
    )


def _templates():
    from drøftelse.domain.templates import TemplateLibrary
    from drøftelse.paths import templates_dir

    return TemplateLibrary(templates_dir())


def cmd_demo(args) -> int:
    from drøftelse.services.meetings import create_demo

    db = _open(args)
    _ready_to_write(db)
    print(create_demo(db, _templates(), annual=args.aarlig, employees=args.ansatte))
    return 0


def cmd_afslut(args) -> int:
    from drøftelse.services.meetings import finish_meeting, get_meeting

    db = _open(args)
    _ready_to_write(db)
    closed_before = get_meeting(db, args.meeting).closed_at is not None
    m = finish_meeting(db, _templates(), args.meeting, form=args.form)
    form = f" (form: {m.form.lower()})" if m.form else ""
    print(f"Møde {m.id} var allerede afsluttet{form}." if closed_before else f"Møde {m.id} er afsluttet{form}.")
    return 0


def cmd_behold(args) -> int:
    """`behold MØDE`: the demo's example meeting becomes the committee's own."""
    from drøftelse.services.meetings import get_meeting, keep_example

    db = _open(args)
    _ready_to_write(db)
    m = get_meeting(db, args.meeting)
    if not m.example:
        print(translate("cli", "Møde {0} er allerede udvalgets eget; intet er ændret.").format(m.id))
        return 0
    kept = keep_example(db, args.meeting)
    print(
        translate("cli", "Møde {0} ({1}) er nu udvalgets eget og tælles med i årshjulet og handleplanen.").format(
            m.id, m.title
        )
    )
    earlier = [k for k in kept.meetings if k != m.id]
    if earlier:
        shown = ", ".join(str(k) for k in earlier)
        print(translate("cli", "De tidligere eksempelmøder, som det bygger på, er også beholdt: {0}.").format(shown))
    if kept.members:
        print(translate("cli", "Demoens {0} AMO-medlemmer er også beholdt.").format(kept.members))
    return 0


def cmd_aendringslog(args) -> int:
    """The changes made after closing, as a text table (or a PDF with --pdf)."""
    from drøftelse.services.meetings import change_log, get_meeting

    db = _open(args)
    if args.pdf:
        from drøftelse.services.exports import write_change_log

        write_change_log(db, args.meeting, args.pdf)
        print(translate("cli", "Ændringsloggen er gemt i {0}").format(args.pdf))
        return 0
    m = get_meeting(db, args.meeting)
    entries = change_log(db, args.meeting)
    if m.first_closed_at is None:
        print(translate("cli", "Møde {0} er aldrig afsluttet; der er ingen ændringslog.").format(m.id))
        return 0
    first = f"{m.first_closed_at.day}.{m.first_closed_at.month}.{m.first_closed_at.year}"
    print(
        translate("cli", "Møde {0}: {1} – først afsluttet {2}, afsluttet {3} gang(e)").format(
            m.id, m.title, first, m.closed_count
        )
    )
    if not entries:
        print(translate("cli", "Intet er ændret, efter at mødet blev afsluttet."))
        return 0
    headings = [
        translate("cli", "Tidspunkt"),
        translate("cli", "Hvad"),
        translate("cli", "Før"),
        translate("cli", "Efter"),
        translate("cli", "Grund"),
        translate("cli", "Bruger"),
    ]
    lines = [
        [f"{e.changed_at:%Y-%m-%d %H:%M}", e.what, _cell(e.old_value), _cell(e.new_value), e.reason, e.user_name]
        for e in entries
    ]
    widths = [max(len(str(r[i])) for r in [headings, *lines]) for i in range(len(headings))]
    for row in [headings, ["-" * w for w in widths], *lines]:
        print("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _cell(value: str | None, limit: int = 40) -> str:
    """A value on one line of the table: line breaks shown as ⏎, long texts cut."""
    text = (value or "").replace("\n", " ⏎ ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cmd_list(args) -> int:
    from drøftelse.services.listing import committees_with_meetings

    db = _open(args)
    committees = committees_with_meetings(db)
    templates = _templates()
    if not committees:
        print(translate("cli", "Ingen udvalg endnu. Prøv 'droeftelse demo'."))
    for c in committees:
        print(translate("cli", "Udvalg {0}: {1}").format(c.id, c.name))
        for m in c.meetings:
            kind, step = _kind_and_step(templates, m.kind, m.current_step)
            state = translate("cli", "afsluttet") if m.closed else translate("cli", "åben, står ved {0}").format(step)
            title = translate("cli", "EKSEMPEL · {0}").format(m.title) if m.example else m.title
            print(f"  {m.id:>4}  {m.date.isoformat()}  {kind:<28} {title}  ({state})")
        if any(m.example for m in c.meetings):  # the demo's: not counted until kept
            print(
                translate(
                    "cli",
                    "        EKSEMPEL: demoens møder tælles ikke med i årshjulet eller handleplanen; "
                    "'droeftelse behold MØDE' gør et til jeres eget.",
                )
            )
        if not c.meetings:
            print(translate("cli", "        (ingen møder)"))
    return 0


def _kind_and_step(templates, kind: str, step_key: str) -> tuple[str, str]:
    try:
        template = templates.get(kind)
    except DroeftelseError:
        return kind, step_key
    step = template.step(step_key)
    return template.name, step.short_title if step else step_key


def cmd_import(args) -> int:
    from drøftelse.services.meeting_file import import_meeting_file

    db = _open(args)
    _ready_to_write(db)
    print(import_meeting_file(db, args.file, _templates()))
    return 0


def cmd_export(args) -> int:
    from drøftelse.services.meeting_file import write_meeting_file

    write_meeting_file(_open(args), _templates(), args.meeting, args.json)
    print(translate("cli", "Mødet er gemt i {0}").format(args.json))
    return 0


def cmd_handleplan(args) -> int:
    from drøftelse.services.handleplan_export import write_handleplan

    if (args.meeting is None) == (args.udvalg is None):
        raise DroeftelseError(
            translate("cli", "Angiv enten et mødenummer (mødets handleplan) eller --udvalg NR (hele udvalgets).")
        )
    if args.udvalg is not None:
        return _committee_handleplan(args)
    committee_only = [f for f, v in (("--xlsx", args.xlsx), ("--status", args.status), ("--aar", args.aar)) if v]
    if committee_only:
        raise DroeftelseError(
            translate("cli", "{0} gælder udvalgets handleplan: angiv --udvalg NR i stedet for et møde.").format(
                committee_only[0]
            )
        )
    if not args.pdf and not args.csv:
        raise DroeftelseError(translate("cli", "Angiv --pdf FIL og/eller --csv FIL."))
    db, templates = _open(args), _templates()
    for target, csv in ((args.pdf, False), (args.csv, True)):
        if target:
            write_handleplan(db, templates, args.meeting, target, csv=csv)
            print(translate("cli", "Handleplanen er gemt i {0}").format(target))
    return 0


def _committee_handleplan(args) -> int:
    """`handleplan --udvalg NR`: every meeting's rows of the committee, as HR keeps them, in one or more formats."""
    from drøftelse.domain.committee_plan import PlanFilter, parse_statuses
    from drøftelse.services.exports import write_committee_handleplan

    targets = {fmt: path for fmt, path in (("pdf", args.pdf), ("csv", args.csv), ("xlsx", args.xlsx)) if path}
    if not targets:
        raise DroeftelseError(translate("cli", "Angiv --pdf FIL, --csv FIL og/eller --xlsx FIL."))
    statuses = parse_statuses(args.status) if args.status is not None else None
    made = write_committee_handleplan(_open(args), _templates(), args.udvalg, targets, PlanFilter(statuses, args.aar))
    rows = (translate("cli", "{0} række") if made.rows == 1 else translate("cli", "{0} rækker")).format(made.rows)
    for path in made.files:
        print(
            translate("cli", "Udvalgets handleplan ({0}: {1}) er gemt i {2}").format(rows, made.selection.lower(), path)
        )
    return 0


def cmd_meeting_document(args) -> int:
    """`referat` (any meeting) and `kompetenceplan` (an annual discussion's)."""
    from drøftelse.services.exports import write_meeting_document

    write_meeting_document(_open(args), _templates(), args.meeting, args.command, args.pdf)
    what = {"referat": translate("cli", "Referatet"), "kompetenceplan": translate("cli", "Kompetenceudviklingsplanen")}[
        args.command
    ]
    print(translate("cli", "{0} er gemt i {1}").format(what, args.pdf))
    return 0


def cmd_opslag(args) -> int:
    """`opslag MØDE --pdf FIL`: the notice for the employees, one A4 page for the wall."""
    from drøftelse.services.notice import write_notice

    write_notice(_open(args), _templates(), args.meeting, args.pdf)
    print(translate("cli", "Opslaget til de ansatte er gemt i {0}").format(args.pdf))
    return 0


def _chosen_committee(args, committees):
    """The committee `--udvalg NR` names, or the only one there is."""
    if args.udvalg is not None:
        chosen = next((c for c in committees if c.id == args.udvalg), None)
        if chosen is None:
            raise DroeftelseError(
                translate("cli", "Der findes intet udvalg med nummer {0}. Se numrene med 'droeftelse list'.").format(
                    args.udvalg
                )
            )
        return chosen
    if len(committees) == 1:
        return committees[0]
    if not committees:
        raise DroeftelseError(translate("cli", "Der er ingen udvalg i databasen endnu."))
    names = ", ".join(f"{c.id} ({c.name})" for c in committees)
    raise DroeftelseError(translate("cli", "Der er flere udvalg; vælg et med --udvalg NR: {0}.").format(names))


def cmd_mappe(args) -> int:
    from drøftelse.services.at_folder import write_folder
    from drøftelse.services.listing import committees_with_meetings

    db = _open(args)
    chosen = _chosen_committee(args, committees_with_meetings(db))
    path = write_folder(db, _templates(), chosen.id, args.til)
    print(translate("cli", "Mappen til Arbejdstilsynet for {0} er gemt i {1}").format(chosen.name, path))
    return 0


def cmd_aarshjul(args) -> int:
    import datetime as dt

    from drøftelse.domain.danish_dates import short_date
    from drøftelse.services.listing import committees_with_meetings, year_ahead

    db = _open(args)
    chosen = _chosen_committee(args, committees_with_meetings(db))
    today = args.dato or dt.date.today()
    if args.ics:
        from drøftelse.services.exports import write_year_ahead

        count = write_year_ahead(db, chosen.id, chosen.name, today, args.ics)
        print(translate("cli", "{0} datoer for {1} er gemt i {2}").format(count, chosen.name, args.ics))
        return 0
    events = year_ahead(db, chosen.id, today)
    for e in events:
        overdue = translate("cli", "  (overskredet)") if e.overdue else ""
        print(f"{short_date(e.date):>10}  {e.title}{overdue}")
    return 0


def cmd_ark(args) -> int:
    from drøftelse.services.exports import write_sheets

    db, (chosen, today) = _open(args), _hand_in(args)
    for path in write_sheets(db, _templates(), args.meeting, args.out, hand_in=chosen, today=today):
        print(path)
    _hand_in_note(db, args.meeting, chosen, today)
    return 0


def cmd_hoering(args) -> int:
    from drøftelse.services.hearing import write_hearing_sheets

    db, (chosen, today) = _open(args), _hand_in(args)
    paths = write_hearing_sheets(
        db, _templates(), args.meeting, args.out, count=args.count, hand_in=chosen, today=today
    )
    for path in paths:
        print(path)
    _hand_in_note(db, args.meeting, chosen, today)
    return 0


def cmd_deltag(args) -> int:
    """The phone server from the command line: forberedelse and the hearing (the room's question, ideas and votes
    need the chairs' window). Runs until Ctrl+C, SIGTERM or --sekunder; a forberedelse that meets text written
    elsewhere keeps both texts (there is no window to ask)."""
    import signal
    import threading

    from drøftelse.services import meetings, phones
    from drøftelse.web.server import PhoneServer

    db, templates = _open(args), _templates()
    _ready_to_write(db)
    meeting = meetings.get_meeting(db, args.meeting)
    if meeting.closed_at is not None:
        raise DroeftelseError(translate("cli", "Mødet »{0}« er afsluttet. Genåbn det først.").format(meeting.title))
    server = PhoneServer(db, templates, args.meeting, args.host, args.port, None, args.certfile, args.keyfile)
    server.start()
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    try:
        room = phones.link_for(db, args.meeting, phones.ROOM)
        print(translate("cli", "Telefonserveren kører på {0} for »{1}«.").format(server.address, meeting.title))
        if server.scheme == "http":
            print(translate("cli", "Almindelig HTTP på det lokale net: det sendte er ikke krypteret undervejs."))
        print(translate("cli", "Mødet: {0}").format(server.url("r", room.code)))
        for p in meetings.participants(db, args.meeting):
            link = phones.link_for(db, args.meeting, phones.PREPARATION, p.id)
            print(translate("cli", "Forberedelse, {0}: {1}").format(p.name, server.url("f", link.code)))
        if args.hearing:
            for link in phones.hearing_links(db, templates, args.meeting, args.hearing):
                used = translate("cli", " (svaret)") if link.used else ""
                print(translate("cli", "Høring {0}: {1}{2}").format(link.number, server.url("h", link.code), used))
        sys.stdout.flush()
        stop.wait(args.seconds)
    finally:
        server.stop()
        waiting = server.room.take_waiting()
        if waiting:  # no chairs' window to choose: both texts are kept, so nothing sent is lost
            from drøftelse.services.exchange import apply_imports

            apply_imports(db, templates, args.meeting, [(p, {c.box: "begge" for c in p.changes}) for p in waiting])
        for plan in waiting:
            print(
                translate(
                    "cli", "{0}: {1} felt(er) fra telefonen havde anden tekst i Drøftelse; begge tekster er beholdt."
                ).format(plan.participant, len(plan.changes))
            )
        print(translate("cli", "Telefonserveren er stoppet."))
    return 0


def cmd_indlaes(args) -> int:
    from drøftelse.services.exchange import HearingReceipt, apply_imports, read_returned
    from drøftelse.services.hearing import CodeAlreadyRead

    db, templates = _open(args), _templates()
    _ready_to_write(db)
    failures = 0
    for path in args.files:
        try:
            plan = read_returned(db, templates, args.meeting, path, replace_hearing=args.conflict == "erstat")
        except CodeAlreadyRead as e:
            hint = translate("cli", " Brug --ved-konflikt erstat, hvis dette ark skal gælde i stedet.")
            print(translate("cli", "droeftelse: {0}").format(e.message + hint), file=sys.stderr)
            failures += 1
            continue
        except DroeftelseError as e:
            print(translate("cli", "droeftelse: {0}").format(e.message), file=sys.stderr)
            failures += 1
            continue
        if isinstance(plan, HearingReceipt):
            group = f" ({plan.group})" if plan.group else ""
            said = "var allerede indlæst – intet ændret" if plan.duplicate else f"{plan.answered} svar indlæst"
            if plan.replaced:
                said += translate("cli", " (erstattede arket med samme engangskode)")
            print(f"{path.name}: høringsark{group} – {said}")
            continue
        changed = apply_imports(db, templates, args.meeting, [(plan, {c.box: args.conflict for c in plan.conflicts})])
        kept = len(plan.conflicts) if args.conflict == "behold" else 0
        note = (
            translate("cli", "; {0} felt(er) havde allerede tekst og er beholdt (se --ved-konflikt)").format(kept)
            if kept
            else ""
        )
        print(translate("cli", "{0}: {1} – {2} felt(er) indlæst{3}").format(path.name, plan.participant, changed, note))
    return EXIT_USER_ERROR if failures else 0


def cmd_check(args) -> int:
    from drøftelse.domain.errors import DatabaseDamaged
    from drøftelse.domain.server_address import is_server_address
    from drøftelse.paths import default_database
    from drøftelse.services.database import backup_advice, integrity_problems, schema_findings

    target = args.db or default_database()
    try:
        db = _open(args)
        problems = integrity_problems(db)
    except DatabaseDamaged as e:  # what check is for: said as its finding, not as a refusal
        local = not is_server_address(target)
        print(translate("cli", "Database: {0}").format(target))
        print(translate("cli", "Fejl: {0}").format(e.message))
        for p in schema_findings(Path(target)) if local else ():  # which entry, when it is the schema
            print(translate("cli", "Fejl: {0}").format(p))
        return 1
    print(translate("cli", "Database: {0}").format(db.path))
    print(translate("cli", "Skemaversion: {0}").format(db.revision))
    if problems:
        for p in problems:
            print(translate("cli", "Fejl: {0}").format(p))
        if db.dialect == "sqlite":
            print(translate("cli", "Hvad I kan gøre: {0}. Filen er ikke ændret.").format(backup_advice(db.path)))
        return 1
    print(translate("cli", "Integritet: ok"))
    return 0


def cmd_backup(args) -> int:
    if args.gendan is not None or args.liste:
        if args.file is not None:
            raise DroeftelseError(translate("cli", "Angiv enten en fil at gemme kopien i, eller --gendan/--liste."))
        return _restore_backup(args) if args.gendan is not None else _list_backups(args)
    if args.file is None:
        raise DroeftelseError(translate("cli", "Angiv filen, sikkerhedskopien skal gemmes i: droeftelse backup FIL."))
    from drøftelse.services.database import backup_to

    backup_to(_open(args), args.file)
    print(translate("cli", "Sikkerhedskopien er gemt i {0}").format(args.file))
    return 0


def _local_database(args) -> Path:
    from drøftelse.domain.server_address import is_server_address
    from drøftelse.paths import default_database

    target = args.db or default_database()
    if is_server_address(target):
        raise DroeftelseError(
            translate("cli", "En fælles database på en server har ingen sikkerhedskopier her: dem tager serveren.")
        )
    return Path(target).expanduser()


def _restore_backup(args) -> int:
    from drøftelse.services.database import restore_backup

    path = _local_database(args)
    kept = restore_backup(path, args.gendan)
    print(translate("cli", "Sikkerhedskopien {0} er lagt tilbage som {1}.").format(args.gendan, path))
    if kept is not None:
        print(translate("cli", "Den fil, der lå der før, er gemt som {0}.").format(kept))
    return 0


def _list_backups(args) -> int:
    from drøftelse.services.database import backups_for

    found = backups_for(_local_database(args))
    if not found:
        print(translate("cli", "Ingen sikkerhedskopier endnu."))
    for b in found:
        revision = b.revision or translate("cli", "kan ikke læses")
        print(f"{b.made:%Y-%m-%d %H:%M:%S}  {revision}  {b.reason}  {b.path}")
    return 0


def cmd_kopier_udvalg(args) -> int:
    from drøftelse.services.committee_copy import copy_committee_to

    report = copy_committee_to(_open(args), args.committee, args.target)
    for check in report.tables:
        rows = f"{check.rows} {'række' if check.rows == 1 else 'rækker'}"
        print(f"  {check.table:<12} {rows:>12}  kontrolsum {check.checksum}")
    print(
        f"Udvalg {report.source_committee} ({report.name}) er kopieret til {args.target} som udvalg "
        f"{report.target_committee}; alle rækker er kontrolleret."
    )
    return 0


def cmd_organisation(args) -> int:
    import datetime as dt

    from drøftelse.domain.danish_dates import short_date
    from drøftelse.services.organisation import overview, write_organisation_handleplan

    db, today = _open(args), args.dato or dt.date.today()
    targets = {fmt: path for fmt, path in (("pdf", args.pdf), ("csv", args.csv), ("xlsx", args.xlsx)) if path}
    if targets:
        made = write_organisation_handleplan(db, _templates(), targets, today)
        for path in made.files:
            print(f"Organisationens handleplan ({made.rows} åbne rækker) er gemt i {path}")
        return 0
    standings = overview(db, today)
    if not standings:
        print("Ingen udvalg endnu.")
    for c in standings:
        if c.last_annual is None:
            annual = "ingen årlig drøftelse endnu"
        else:
            annual = f"{'OVERSKREDET ' if c.annual_overdue else ''}næste senest {short_date(c.annual_due)}"
        late = f", {c.overdue_rows} overskredne" if c.overdue_rows else ""
        print(f"{c.id:>4}  {c.name}: {annual}; {c.open_rows} åbne rækker{late}")
    return 0


def cmd_gui(args) -> int:
    try:
        from drøftelse.ui.app import run
    except ImportError as e:  # Qt itself cannot load: which system packages it lacks, in Danish
        from drøftelse.ui.system_libraries import cannot_open_window

        print(cannot_open_window(str(e)), file=sys.stderr)
        return EXIT_USER_ERROR
    # without --lang the window follows its own setting; a file double-clicked is opened in it (ui/opened_file.py)
    return run(args.db, language=args.lang, open_file=getattr(args, "open_file", None))


COMMANDS = {
    "demo": cmd_demo,
    "list": cmd_list,
    "import": cmd_import,
    "export": cmd_export,
    "handleplan": cmd_handleplan,
    "ark": cmd_ark,
    "hoering": cmd_hoering,
    "indlaes": cmd_indlaes,
    "deltag": cmd_deltag,
    "check": cmd_check,
    "backup": cmd_backup,
    "referat": cmd_meeting_document,
    "kompetenceplan": cmd_meeting_document,
    "opslag": cmd_opslag,
    "aarshjul": cmd_aarshjul,
    "afslut": cmd_afslut,
    "behold": cmd_behold,
    "mappe": cmd_mappe,
    "aendringslog": cmd_aendringslog,
    "kopier-udvalg": cmd_kopier_udvalg,
    "organisation": cmd_organisation,
    None: cmd_gui,
}


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # the bundle reads returned sheets in a child process of itself
        import multiprocessing

        multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    chosen = _chosen_language(argv)
    set_language(chosen or language_from_locale())
    from drøftelse.domain.launch_argument import split_file_argument

    argv, open_file = split_file_argument(argv, COMMANDS)  # `droeftelse møde.json`: what a double-click gives
    args = build_parser().parse_args(argv)
    args.open_file = open_file
    out = sys.stdout = _WatchedOutput(sys.stdout)  # None under a GUI launcher with no console
    try:
        _database_targets(args)
        code = COMMANDS[args.command](args)
        out.flush()  # a closed pipe or a full disk is met here, not in the interpreter's exit
        return code
    except DroeftelseError as e:
        print(translate("cli", "droeftelse: {0}").format(e.message), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except OSError as e:
        if e is not out.failure:
            return _unexpected()
        _silence_stdout()
        if isinstance(e, BrokenPipeError):  # `droeftelse list | head -1`: the reader has what it wanted
            return EXIT_BROKEN_PIPE
        why = (
            translate("cli", "der er ikke mere plads på enheden") if e.errno == errno.ENOSPC else (e.strerror or str(e))
        )
        print(translate("cli", "droeftelse: kommandoens uddata kunne ikke skrives: {0}.").format(why), file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception:
        return _unexpected()
    finally:
        sys.stdout = out._stream


def _unexpected() -> int:
    log = _log_traceback()
    print(
        translate("cli", "droeftelse: der skete en uventet fejl. Detaljerne er skrevet i {0}").format(log),
        file=sys.stderr,
    )
    return EXIT_INTERNAL


class _WatchedOutput:
    """Standard output that remembers its own failure, so a full device is told apart from a file a command
    could not write (those become Danish messages where they are written)."""

    def __init__(self, stream):
        self._stream = stream
        self.failure: OSError | None = None

    def write(self, text: str) -> int:
        if self._stream is None:
            return len(text)
        try:
            return self._stream.write(text)
        except OSError as e:
            self.failure = e
            raise

    def flush(self) -> None:
        if self._stream is None:
            return
        try:
            self._stream.flush()
        except OSError as e:
            self.failure = e
            raise

    def __getattr__(self, name):
        return getattr(self._stream, name)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush at exit does not fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _log_traceback() -> Path:
    import datetime as dt
    import traceback

    from drøftelse.paths import log_dir

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "fejl.log"
        with open(log, "a", encoding="utf-8") as f:
            f.write(
                f"--- {dt.datetime.now().isoformat()} Drøftelse {drøftelse.__version__}\n{traceback.format_exc()}\n"
            )
        return log
    except OSError:
        return Path(translate("cli", "(logfilen kunne ikke skrives)"))
