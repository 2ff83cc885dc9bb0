"""The commands about a committee or all of them: aarshjul, mappe (for Arbejdstilsynet), kopier-udvalg and
organisation."""

from __future__ import annotations

from pathlib import Path

from drøftelse.cli.arguments import (
    add_command,
    add_committee_option,
    add_date_option,
    add_file_option,
    add_output_arguments,
    meeting_id,
)
from drøftelse.cli.common import open_db, templates
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate


def _aarshjul_parser(sub) -> None:
    c = add_command(
        sub,
        "aarshjul",
        translate("cli", "vis udvalgets datoer for de næste 12 måneder (årshjul), eller gem dem som kalenderfil"),
    )
    add_file_option(c, "--ics", translate("cli", "kalenderfilen (.ics) til Outlook eller anden kalender"))
    add_committee_option(c)
    add_date_option(c)


def _mappe_parser(sub) -> None:
    c = add_command(
        sub,
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
    add_committee_option(c)


def _kopier_udvalg_parser(sub) -> None:
    c = add_command(
        sub,
        "kopier-udvalg",
        translate(
            "cli",
            "kopiér et udvalg med alle dets møder til en anden database (en fil eller en fælles database), "
            "kontrolleret",
        ),
    )
    c.add_argument("committee", type=meeting_id, metavar=translate("cli", "NR"))
    c.add_argument(
        "--til",
        dest="target",
        required=True,
        metavar=translate("cli", "MÅL"),
        help=translate("cli", "filen eller postgresql://…"),
    )


def _organisation_parser(sub) -> None:
    c = add_command(
        sub,
        "organisation",
        translate(
            "cli",
            "vis alle udvalg: hvis årlige drøftelse er overskredet og deres åbne rækker; eller gem organisationens "
            "handleplan (åbne rækker fra alle udvalg)",
        ),
    )
    add_output_arguments(
        c,
        pdf=translate("cli", "organisationens handleplan som PDF"),
        csv=translate("cli", "… som CSV (UTF-8, semikolon)"),
        xlsx=translate("cli", "… som Excel-fil"),
    )
    add_date_option(c)


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

    db = open_db(args)
    chosen = _chosen_committee(args, committees_with_meetings(db))
    path = write_folder(db, templates(), chosen.id, args.til)
    print(translate("cli", "Mappen til Arbejdstilsynet for {0} er gemt i {1}").format(chosen.name, path))
    return 0


def cmd_aarshjul(args) -> int:
    import datetime as dt

    from drøftelse.domain.danish_dates import short_date
    from drøftelse.services.listing import committees_with_meetings, year_ahead

    db = open_db(args)
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


def cmd_kopier_udvalg(args) -> int:
    from drøftelse.services.committee_copy import copy_committee_to

    report = copy_committee_to(open_db(args), args.committee, args.target)
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

    db, today = open_db(args), args.dato or dt.date.today()
    targets = {fmt: path for fmt, path in (("pdf", args.pdf), ("csv", args.csv), ("xlsx", args.xlsx)) if path}
    if targets:
        made = write_organisation_handleplan(db, templates(), targets, today)
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


PARSERS = {
    "aarshjul": _aarshjul_parser,
    "mappe": _mappe_parser,
    "kopier-udvalg": _kopier_udvalg_parser,
    "organisation": _organisation_parser,
}
COMMANDS = {
    "aarshjul": cmd_aarshjul,
    "mappe": cmd_mappe,
    "kopier-udvalg": cmd_kopier_udvalg,
    "organisation": cmd_organisation,
}
