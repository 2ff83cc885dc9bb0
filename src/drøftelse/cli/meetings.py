"""The commands about the meetings themselves: demo, list, import, export, afslut, behold and aendringslog."""

from __future__ import annotations

from pathlib import Path

from drøftelse.cli.arguments import add_command, add_file_option, add_meeting_argument, employees
from drøftelse.cli.common import open_db, ready_to_write, templates
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate


def _demo_parser(sub) -> None:
    c = add_command(
        sub, "demo", translate("cli", "opret et udvalg og en udfyldt kompetencedrøftelse at prøve programmet på")
    )
    c.add_argument(
        "--aarlig",
        action="store_true",
        help=translate("cli", "opret i stedet et udvalg med et års historie og en udfyldt årlig arbejdsmiljødrøftelse"),
    )
    c.add_argument(
        "--ansatte",
        type=employees,
        metavar=translate("cli", "ANTAL"),
        help=translate(
            "cli", "antal ansatte; under 10 (med --aarlig) er der ingen AMO, og drøftelsen holdes med de ansatte"
        ),
    )


def _list_parser(sub) -> None:
    add_command(sub, "list", translate("cli", "vis udvalg og møder med deres numre"))


def _import_parser(sub) -> None:
    c = add_command(sub, "import", translate("cli", "indlæs et møde fra en mødefil (JSON) og vis det nye mødes nummer"))
    c.add_argument("file", type=Path, metavar=translate("cli", "FIL"))


def _export_parser(sub) -> None:
    c = add_command(sub, "export", translate("cli", "gem et møde som mødefil (JSON)"))
    add_meeting_argument(c)
    add_file_option(c, "--json", translate("cli", "mødefilen der skal skrives"), required=True)


def _afslut_parser(sub) -> None:
    c = add_command(
        sub,
        "afslut",
        translate("cli", "afslut et møde; en årlig arbejdsmiljødrøftelse kun når alle punkter har en tekst"),
    )
    add_meeting_argument(c)
    c.add_argument(
        "--form",
        metavar=translate("cli", "FORM"),
        help=translate("cli", "hvordan drøftelsen blev holdt: møde, video eller skriftligt (under 10 ansatte)"),
    )


def _behold_parser(sub) -> None:
    c = add_command(
        sub,
        "behold",
        translate(
            "cli",
            "behold et eksempelmøde fra demoen som udvalgets eget, så det tælles med i årshjulet og handleplanen "
            "(de tidligere eksempelmøder og demoens AMO-medlemmer med)",
        ),
    )
    add_meeting_argument(c)


def _aendringslog_parser(sub) -> None:
    c = add_command(
        sub,
        "aendringslog",
        translate("cli", "vis hvad der er ændret i et møde, efter at det blev afsluttet (med grunden til genåbningen)"),
    )
    add_meeting_argument(c)
    add_file_option(c, "--pdf", translate("cli", "gem ændringsloggen som PDF"))


def cmd_demo(args) -> int:
    from drøftelse.services.meetings import create_demo

    db = open_db(args)
    ready_to_write(db)
    print(create_demo(db, templates(), annual=args.aarlig, employees=args.ansatte))
    return 0


def cmd_afslut(args) -> int:
    from drøftelse.services.meetings import finish_meeting, get_meeting

    db = open_db(args)
    ready_to_write(db)
    closed_before = get_meeting(db, args.meeting).closed_at is not None
    m = finish_meeting(db, templates(), args.meeting, form=args.form)
    form = f" (form: {m.form.lower()})" if m.form else ""
    print(f"Møde {m.id} var allerede afsluttet{form}." if closed_before else f"Møde {m.id} er afsluttet{form}.")
    return 0


def cmd_behold(args) -> int:
    """`behold MØDE`: the demo's example meeting becomes the committee's own."""
    from drøftelse.services.meetings import get_meeting, keep_example

    db = open_db(args)
    ready_to_write(db)
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

    db = open_db(args)
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
    _print_change_table(entries)
    return 0


def _print_change_table(entries) -> None:
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


def _cell(value: str | None, limit: int = 40) -> str:
    """A value on one line of the table: line breaks shown as ⏎, long texts cut."""
    text = (value or "").replace("\n", " ⏎ ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cmd_list(args) -> int:
    from drøftelse.services.listing import committees_with_meetings

    db = open_db(args)
    committees = committees_with_meetings(db)
    library = templates()
    if not committees:
        print(translate("cli", "Ingen udvalg endnu. Prøv 'droeftelse demo'."))
    for c in committees:
        print(translate("cli", "Udvalg {0}: {1}").format(c.id, c.name))
        for m in c.meetings:
            kind, step = _kind_and_step(library, m.kind, m.current_step)
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


def _kind_and_step(library, kind: str, step_key: str) -> tuple[str, str]:
    try:
        template = library.get(kind)
    except DroeftelseError:
        return kind, step_key
    step = template.step(step_key)
    return template.name, step.short_title if step else step_key


def cmd_import(args) -> int:
    from drøftelse.services.meeting_file import import_meeting_file

    db = open_db(args)
    ready_to_write(db)
    print(import_meeting_file(db, args.file, templates()))
    return 0


def cmd_export(args) -> int:
    from drøftelse.services.meeting_file import write_meeting_file

    write_meeting_file(open_db(args), templates(), args.meeting, args.json)
    print(translate("cli", "Mødet er gemt i {0}").format(args.json))
    return 0


PARSERS = {
    "demo": _demo_parser,
    "list": _list_parser,
    "import": _import_parser,
    "export": _export_parser,
    "afslut": _afslut_parser,
    "behold": _behold_parser,
    "aendringslog": _aendringslog_parser,
}
COMMANDS = {
    "demo": cmd_demo,
    "list": cmd_list,
    "import": cmd_import,
    "export": cmd_export,
    "afslut": cmd_afslut,
    "behold": cmd_behold,
    "aendringslog": cmd_aendringslog,
}
