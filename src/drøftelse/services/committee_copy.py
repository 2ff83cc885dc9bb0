"""Moving a committee in and out of a shared database: `droeftelse --db KILDE kopier-udvalg NR --til MÅL` and the
window's Udvalg ▸ Kopiér udvalg. Either side a SQLite file or a PostgreSQL database; the copy is checked table by
table (counts and checksums) and kept only when all of it arrived (store/committee_copy.py)."""

from __future__ import annotations

from pathlib import Path

from drøftelse.domain.database_target import database_target
from drøftelse.domain.i18n import translate
from drøftelse.domain.server_address import is_server_address
from drøftelse.store.committee_copy import CopyRefused, CopyReport, TableCheck, copy_committee
from drøftelse.store.database import Database, open_database

__all__ = ["CopyRefused", "CopyReport", "TableCheck", "copy_committee_to"]


def copy_committee_to(source: Database, committee_id: int, target: str | Path) -> CopyReport:
    """Copy the committee into `target` (a file's path, created when missing, or postgresql://…). When the copy
    fails, a file made for it is removed again, and an existing target is left as it was."""
    target = database_target(target)  # `-` or `postgresql:/host/db` is refused, not made into a new file
    made = None
    if not is_server_address(target):
        target = Path(target).expanduser()
        if isinstance(source.path, Path) and target.exists() and target.resolve() == source.path.resolve():
            raise CopyRefused(translate("committee_copy", "Kilden og målet er den samme database. Intet er kopieret."))
        made = None if target.exists() else target
    elif str(source.path) == str(target).split("?")[0]:
        raise CopyRefused(translate("committee_copy", "Kilden og målet er den samme database. Intet er kopieret."))
    db = open_database(target)
    try:
        return copy_committee(source, committee_id, db)
    except BaseException:
        if made is not None:
            db.dispose()
            for leftover in (made, Path(f"{made}-wal"), Path(f"{made}-shm")):
                leftover.unlink(missing_ok=True)
        raise
    finally:
        db.dispose()
