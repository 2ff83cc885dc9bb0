"""What every command shares: the exit codes, opening the database, waiting for another writer, the templates."""

from __future__ import annotations

import sys

from drøftelse.domain.i18n import translate

EXIT_USER_ERROR = 2
EXIT_INTERNAL = 70
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a program that stopped at a closed pipe


def open_db(args):
    from drøftelse.paths import default_database
    from drøftelse.services.database import open_database

    return open_database(args.db or default_database())


def ready_to_write(db) -> None:
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


def templates():
    from drøftelse.domain.template_library import TemplateLibrary
    from drøftelse.paths import templates_dir

    return TemplateLibrary(templates_dir())


def database_targets(args) -> None:
    """--db and --til as a file's path or a shared database's address (postgresql://user@host/dbname), checked
    before anything is made on disk: `-`, a line break in a path or `postgresql:/host/db` is refused in Danish
    (exit code 2) instead of becoming a new, empty local file."""
    from drøftelse.domain.database_target import database_target

    for name in ("db", "target"):
        if getattr(args, name, None) is not None:
            setattr(args, name, database_target(getattr(args, name)))
