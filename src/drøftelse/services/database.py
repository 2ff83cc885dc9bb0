"""Opening the database file, checking it and copying it: light (sqlite3 only) until the ORM is first used."""

from __future__ import annotations

from pathlib import Path

from drøftelse.domain.errors import DroeftelseError
from drøftelse.store.backup import copy_database
from drøftelse.store.database import Database, open_database
from drøftelse.store.listing import integrity_problems

__all__ = ["Database", "backup_to", "integrity_problems", "open_database"]


def backup_to(db: Database, target: Path) -> Path:
    """A consistent copy of the open database (SQLite's backup API), written beside `target` and moved into
    place; an existing file is never overwritten."""
    target = Path(target)
    if target.exists():
        raise DroeftelseError(f"{target} findes allerede; vælg et andet filnavn.")
    return copy_database(db.path, target)
