"""The commands that write a meeting's documents: handleplan (a meeting's or the committee's), referat,
kompetenceplan and opslag."""

from __future__ import annotations

from drøftelse.cli.arguments import (
    add_command,
    add_committee_option,
    add_meeting_argument,
    add_output_arguments,
    add_pdf_output,
    year,
)
from drøftelse.cli.common import open_db, templates
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate


def _handleplan_parser(sub) -> None:
    c = add_command(
        sub,
        "handleplan",
        translate("cli", "udskriv et mødes handleplan, eller hele udvalgets (--udvalg NR), som PDF, CSV eller Excel"),
    )
    add_meeting_argument(c, nargs="?")
    add_committee_option(c, translate("cli", "udvalgets handleplan: rækkerne fra alle møder"))
    add_output_arguments(
        c,
        pdf=translate("cli", "PDF-filen der skal skrives"),
        csv=translate("cli", "CSV-filen der skal skrives (UTF-8, semikolon)"),
        xlsx=translate("cli", "Excel-filen der skal skrives (kun med --udvalg)"),
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
        type=year,
        metavar=translate("cli", "ÅÅÅÅ"),
        help=translate("cli", "kun rækker planlagt dette år efter Hvornår (kun med --udvalg)"),
    )


def _referat_parser(sub) -> None:
    c = add_command(
        sub,
        "referat",
        translate(
            "cli", "udskriv referatet af et møde som PDF (årlig arbejdsmiljødrøftelse eller kompetencedrøftelse)"
        ),
    )
    add_meeting_argument(c)
    add_pdf_output(c)


def _kompetenceplan_parser(sub) -> None:
    c = add_command(
        sub,
        "kompetenceplan",
        translate("cli", "udskriv den valgfri kompetenceudviklingsplan fra en årlig arbejdsmiljødrøftelse som PDF"),
    )
    add_meeting_argument(c)
    add_pdf_output(c)


def _opslag_parser(sub) -> None:
    c = add_command(
        sub,
        "opslag",
        translate(
            "cli",
            "udskriv et opslag til de ansatte (én A4-side): årets mål, det der er besluttet, og hvem man kan tale med",
        ),
    )
    add_meeting_argument(c)
    add_pdf_output(c)


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
    db, library = open_db(args), templates()
    for target, csv in ((args.pdf, False), (args.csv, True)):
        if target:
            write_handleplan(db, library, args.meeting, target, csv=csv)
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
    made = write_committee_handleplan(open_db(args), templates(), args.udvalg, targets, PlanFilter(statuses, args.aar))
    rows = (translate("cli", "{0} række") if made.rows == 1 else translate("cli", "{0} rækker")).format(made.rows)
    for path in made.files:
        print(
            translate("cli", "Udvalgets handleplan ({0}: {1}) er gemt i {2}").format(rows, made.selection.lower(), path)
        )
    return 0


def cmd_meeting_document(args) -> int:
    """`referat` (any meeting) and `kompetenceplan` (an annual discussion's)."""
    from drøftelse.services.exports import write_meeting_document

    write_meeting_document(open_db(args), templates(), args.meeting, args.command, args.pdf)
    what = {"referat": translate("cli", "Referatet"), "kompetenceplan": translate("cli", "Kompetenceudviklingsplanen")}[
        args.command
    ]
    print(translate("cli", "{0} er gemt i {1}").format(what, args.pdf))
    return 0


def cmd_opslag(args) -> int:
    """`opslag MØDE --pdf FIL`: the notice for the employees, one A4 page for the wall."""
    from drøftelse.services.notice import write_notice

    write_notice(open_db(args), templates(), args.meeting, args.pdf)
    print(translate("cli", "Opslaget til de ansatte er gemt i {0}").format(args.pdf))
    return 0


PARSERS = {
    "handleplan": _handleplan_parser,
    "referat": _referat_parser,
    "kompetenceplan": _kompetenceplan_parser,
    "opslag": _opslag_parser,
}
COMMANDS = {
    "handleplan": cmd_handleplan,
    "referat": cmd_meeting_document,
    "kompetenceplan": cmd_meeting_document,
    "opslag": cmd_opslag,
}
