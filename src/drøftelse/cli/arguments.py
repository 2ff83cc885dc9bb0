"""The commands' arguments: the values they accept (a meeting's number, a year, a date) and the argument blocks
several commands declare alike, so each help text is written once."""

from __future__ import annotations

import argparse
from pathlib import Path

from drøftelse.domain.i18n import translate


def meeting_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "{0!r} er ikke et mødenummer").format(text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(translate("cli", "{0!r} er ikke et mødenummer").format(text))
    return value


def year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4 and text[0] in "12"):
        raise argparse.ArgumentTypeError(translate("cli", "{0!r} er ikke et årstal som 2027").format(text))
    return int(text)


def employees(text: str) -> int:
    if not (text.isdigit() and 1 <= int(text) <= 1_000_000):
        raise argparse.ArgumentTypeError(
            translate("cli", "{0} er ikke et antal ansatte som 8 (1 til 1.000.000)").format(repr(text))
        )
    return int(text)


def iso_date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{0!r} er ikke en dato som 2026-11-22").format(text)
        ) from None


def add_command(sub, name: str, help: str) -> argparse.ArgumentParser:
    """A subcommand whose help is asked for with -h, --hjælp or --help."""
    c = sub.add_parser(name, help=help, description=help, add_help=False)
    c.add_argument("-h", "--hjælp", "--help", action="help", help=translate("cli", "vis denne hjælp og afslut"))
    return c


def add_meeting_argument(c, nargs: str | None = None) -> None:
    c.add_argument("meeting", type=meeting_id, nargs=nargs, metavar=translate("cli", "MØDE"))


def add_file_option(c, flag: str, help: str, required: bool = False) -> None:
    """An option naming a file to write (--pdf, --csv, --xlsx, --json, --ics)."""
    c.add_argument(flag, type=Path, required=required, metavar=translate("cli", "FIL"), help=help)


def add_output_arguments(c, *, pdf: str, csv: str, xlsx: str) -> None:
    """--pdf, --csv and --xlsx, each optional, with the help text each command gives them."""
    add_file_option(c, "--pdf", pdf)
    add_file_option(c, "--csv", csv)
    add_file_option(c, "--xlsx", xlsx)


def add_pdf_output(c) -> None:
    """The one required --pdf of a document about one meeting."""
    add_file_option(c, "--pdf", translate("cli", "PDF-filen der skal skrives"), required=True)


def add_folder_option(c) -> None:
    """--out: the folder the sheets are written to."""
    c.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=translate("cli", "MAPPE"),
        help=translate("cli", "mappen arkene gemmes i"),
    )


def add_committee_option(c, help: str | None = None) -> None:
    """--udvalg NR: which committee, when there is more than one (or, for handleplan, its whole plan)."""
    c.add_argument(
        "--udvalg",
        type=meeting_id,
        metavar=translate("cli", "NR"),
        help=help or translate("cli", "udvalgets nummer (når der er flere)"),
    )


def add_date_option(c) -> None:
    """--dato: the day the year ahead and the overdue rows are counted from."""
    c.add_argument(
        "--dato",
        type=iso_date,
        metavar=translate("cli", "ÅÅÅÅ-MM-DD"),
        help=translate("cli", "regn fra denne dato (standard: i dag)"),
    )
