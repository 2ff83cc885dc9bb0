"""The paper sheets: ark (forberedelsesark), hoering (høringsark) and indlaes (the filled-in sheets read back)."""

from __future__ import annotations

import sys
from pathlib import Path

from drøftelse.cli.arguments import add_command, add_folder_option, add_meeting_argument, iso_date
from drøftelse.cli.common import EXIT_USER_ERROR, open_db, ready_to_write, templates
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate


def _hand_in_options(c) -> None:
    """--senest DATO or --ved-moedet: the day the sheets ask to be handed in by (domain.hand_in)."""
    when = c.add_mutually_exclusive_group()
    when.add_argument(
        "--senest",
        type=iso_date,
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


def _ark_parser(sub) -> None:
    c = add_command(
        sub,
        "ark",
        translate("cli", "lav et udfyldeligt forberedelsesark (PDF) til hver deltager og et blankt til papir"),
    )
    add_meeting_argument(c)
    add_folder_option(c)
    _hand_in_options(c)


def _hoering_parser(sub) -> None:
    c = add_command(
        sub, "hoering", translate("cli", "lav høringsark (PDF) til de ansatte før den årlige arbejdsmiljødrøftelse")
    )
    add_meeting_argument(c)
    add_folder_option(c)
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


def _indlaes_parser(sub) -> None:
    c = add_command(sub, "indlaes", translate("cli", "indlæs udfyldte forberedelsesark eller høringsark (PDF) i mødet"))
    add_meeting_argument(c)
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


def cmd_ark(args) -> int:
    from drøftelse.services.exports import write_sheets

    db, (chosen, today) = open_db(args), _hand_in(args)
    for path in write_sheets(db, templates(), args.meeting, args.out, hand_in=chosen, today=today):
        print(path)
    _hand_in_note(db, args.meeting, chosen, today)
    return 0


def cmd_hoering(args) -> int:
    from drøftelse.services.hearing import write_hearing_sheets

    db, (chosen, today) = open_db(args), _hand_in(args)
    paths = write_hearing_sheets(db, templates(), args.meeting, args.out, count=args.count, hand_in=chosen, today=today)
    for path in paths:
        print(path)
    _hand_in_note(db, args.meeting, chosen, today)
    return 0


def cmd_indlaes(args) -> int:
    from drøftelse.services.exchange import HearingReceipt, apply_imports, read_returned
    from drøftelse.services.hearing import CodeAlreadyRead

    db, library = open_db(args), templates()
    ready_to_write(db)
    failures = 0
    for path in args.files:
        try:
            plan = read_returned(db, library, args.meeting, path, replace_hearing=args.conflict == "erstat")
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
            _print_hearing_receipt(path, plan)
            continue
        changed = apply_imports(db, library, args.meeting, [(plan, {c.box: args.conflict for c in plan.conflicts})])
        kept = len(plan.conflicts) if args.conflict == "behold" else 0
        note = (
            translate("cli", "; {0} felt(er) havde allerede tekst og er beholdt (se --ved-konflikt)").format(kept)
            if kept
            else ""
        )
        print(translate("cli", "{0}: {1} – {2} felt(er) indlæst{3}").format(path.name, plan.participant, changed, note))
    return EXIT_USER_ERROR if failures else 0


def _print_hearing_receipt(path: Path, receipt) -> None:
    group = f" ({receipt.group})" if receipt.group else ""
    said = "var allerede indlæst – intet ændret" if receipt.duplicate else f"{receipt.answered} svar indlæst"
    if receipt.replaced:
        said += translate("cli", " (erstattede arket med samme engangskode)")
    print(f"{path.name}: høringsark{group} – {said}")


PARSERS = {"ark": _ark_parser, "hoering": _hoering_parser, "indlaes": _indlaes_parser}
COMMANDS = {"ark": cmd_ark, "hoering": cmd_hoering, "indlaes": cmd_indlaes}
