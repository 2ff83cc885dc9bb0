"""The command line's parser: the global options, then each command group's subcommands, in the order the help
lists them; argparse's own words in Danish."""

from __future__ import annotations

import argparse

from drøftelse.cli import committee, database, exports, meetings, phones, sheets
from drøftelse.cli.global_options import COMMAND_NAMES, _danish_argparse, _global_options, _Parser
from drøftelse.domain.i18n import translate

GROUPS = (meetings, exports, sheets, phones, committee, database)


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
    _global_options(p)
    sub = p.add_subparsers(dest="command", metavar=translate("cli", "KOMMANDO"), title=translate("cli", "kommandoer"))
    parsers = {name: add for group in GROUPS for name, add in group.PARSERS.items()}
    for name in sorted(parsers, key=COMMAND_NAMES.index):  # a command not named there fails here, loudly
        parsers[name](sub)
    return p


def commands() -> dict:
    """Each command's name and the function that runs it."""
    return {name: run for group in GROUPS for name, run in group.COMMANDS.items()}
