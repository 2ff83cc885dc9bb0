"""The options every start of `droeftelse` may have (--db, --lang, --version, --hjælp), argparse in our Danish
words, and the names of the commands. Light: a start of the window parses its options with these alone; the
subcommands' parser (cli/parser.py) loads only when a command is named or help asked for."""

from __future__ import annotations

import argparse

import drøftelse
from drøftelse.cli.common import EXIT_USER_ERROR
from drøftelse.domain.i18n import LANGUAGES, translate

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

# the order of the help's list of commands (and of argparse's "vælg mellem …"), across the groups
COMMAND_NAMES = (
    "demo",
    "list",
    "import",
    "export",
    "handleplan",
    "ark",
    "hoering",
    "deltag",
    "indlaes",
    "referat",
    "kompetenceplan",
    "opslag",
    "aarshjul",
    "mappe",
    "afslut",
    "behold",
    "aendringslog",
    "kopier-udvalg",
    "organisation",
    "check",
    "backup",
)


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


def chosen_language(argv: list[str]) -> str | None:
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


def _global_options(p) -> None:
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


def window_parser() -> argparse.ArgumentParser:
    """The parser of a start that names no command: the window's own options."""
    _danish_argparse()
    p = _Parser(prog="droeftelse", add_help=False)
    _global_options(p)
    return p


# what a start of the window alone may hold: these, each with its value
WINDOW_OPTIONS = ("--db", "--lang")


def window_only(argv: list[str]) -> bool:
    """True when `argv` names no command and asks for neither help nor the version: only --db and --lang."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word in WINDOW_OPTIONS and i + 1 < len(argv):
            i += 2
        elif any(word.startswith(f"{option}=") for option in WINDOW_OPTIONS):
            i += 1
        else:
            return False
    return True
