"""The `droeftelse` command: the GUI by default, and headless subcommands for scripts and HR.

User errors are one Danish line on stderr and exit code 2; an unexpected error is logged with its traceback
to the log folder and reported in one line. Heavy libraries are imported inside the commands that use them:
`droeftelse list` loads neither reportlab nor Alembic. Each group of commands has its module here (meetings,
exports, sheets, phones, committee, database); parser.py puts their subcommands together.
"""

from __future__ import annotations

import errno
import sys

from drøftelse.cli.common import EXIT_BROKEN_PIPE, EXIT_INTERNAL, EXIT_USER_ERROR, database_targets
from drøftelse.cli.global_options import COMMAND_NAMES, chosen_language, window_only, window_parser
from drøftelse.cli.output import WatchedOutput, log_traceback, silence_stdout
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import language_from_locale, set_language, translate

__all__ = ["COMMANDS", "EXIT_BROKEN_PIPE", "EXIT_INTERNAL", "EXIT_USER_ERROR", "build_parser", "main"]


def cmd_gui(args) -> int:
    try:
        from drøftelse.ui.app import run
    except ImportError as e:  # Qt itself cannot load: which system packages it lacks, in Danish
        from drøftelse.ui.system_libraries import cannot_open_window

        print(cannot_open_window(str(e)), file=sys.stderr)
        return EXIT_USER_ERROR
    # without --lang the window follows its own setting; a file double-clicked is opened in it (ui/opened_file.py)
    return run(args.db, language=args.lang, open_file=getattr(args, "open_file", None))


def __getattr__(name: str):
    """`build_parser` and `COMMANDS` load every command group: only when asked for (a start of the window needs
    neither, benchmarks/startup.py)."""
    if name == "build_parser":
        from drøftelse.cli.parser import build_parser

        return build_parser
    if name == "COMMANDS":
        from drøftelse.cli.parser import commands

        return {**commands(), None: cmd_gui}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _parsed(argv: list[str]):
    if window_only(argv):  # the window: its options alone, without building every command's parser
        args = window_parser().parse_args(argv)
        args.command = None
        return args
    from drøftelse.cli.parser import build_parser

    return build_parser().parse_args(argv)


def _run(args) -> int:
    if args.command is None:
        return cmd_gui(args)
    from drøftelse.cli.parser import commands

    return commands()[args.command](args)


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # the bundle reads returned sheets in a child process of itself
        import multiprocessing

        multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    chosen = chosen_language(argv)
    set_language(chosen or language_from_locale())
    from drøftelse.domain.launch_argument import split_file_argument

    argv, open_file = split_file_argument(argv, COMMAND_NAMES)  # `droeftelse møde.json`: a double-click's
    args = _parsed(argv)
    args.open_file = open_file
    out = sys.stdout = WatchedOutput(sys.stdout)  # None under a GUI launcher with no console
    try:
        database_targets(args)
        code = _run(args)
        out.flush()  # a closed pipe or a full disk is met here, not in the interpreter's exit
        return code
    except DroeftelseError as e:
        print(translate("cli", "droeftelse: {0}").format(e.message), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except OSError as e:
        return _output_failed(e) if e is out.failure else _unexpected()
    except Exception:
        return _unexpected()
    finally:
        sys.stdout = out._stream


def _output_failed(e: OSError) -> int:
    """Standard output itself failed: a reader that stopped early, or a full disk."""
    silence_stdout()
    if isinstance(e, BrokenPipeError):  # `droeftelse list | head -1`: the reader has what it wanted
        return EXIT_BROKEN_PIPE
    why = translate("cli", "der er ikke mere plads på enheden") if e.errno == errno.ENOSPC else (e.strerror or str(e))
    print(translate("cli", "droeftelse: kommandoens uddata kunne ikke skrives: {0}.").format(why), file=sys.stderr)
    return EXIT_USER_ERROR


def _unexpected() -> int:
    log = log_traceback()
    print(
        translate("cli", "droeftelse: der skete en uventet fejl. Detaljerne er skrevet i {0}").format(log),
        file=sys.stderr,
    )
    return EXIT_INTERNAL
