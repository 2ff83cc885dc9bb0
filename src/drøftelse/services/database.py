"""Opening the database file, checking it and copying it: light (sqlite3 only) until the ORM is first used."""

from __future__ import annotations

from pathlib import Path

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate
from drøftelse.store.backup import copy_database
from drøftelse.store.database import Database, folder_problem, open_database
from drøftelse.store.listing import integrity_problems

__all__ = ["Database", "backup_to", "folder_problem", "integrity_problems", "open_database", "wait_for_writer"]

WRITE_PATIENCE_S = 20  # how long a command waits for another program to let go of the file


def wait_for_writer(db: Database, on_wait, patience: float = WRITE_PATIENCE_S) -> None:
    """Before a command writes: wait (saying so through `on_wait`) while another program holds the file's write
    lock; DatabaseBusy when it still does after `patience` seconds. Nothing is changed either way."""
    db.wait_for_writer(patience, on_wait)


def backup_to(db: Database, target: Path) -> Path:
    """A consistent copy of the open database (SQLite's backup API), written beside `target` and moved into
    place; an existing file is never overwritten."""
    target = Path(target)
    if db.dialect == "postgresql":
        raise DroeftelseError(
            "En fælles database på en server sikkerhedskopieres af serveren (jeres IT, fx med pg_dump). "
            "Et enkelt udvalg kan tages med i en fil med 'droeftelse --db ADRESSE kopier-udvalg NR --til FIL'."
        )
    if target.exists():
        raise DroeftelseError(translate("database", "{0} findes allerede; vælg et andet filnavn.").format(target))
    return copy_database(db.path, target)
