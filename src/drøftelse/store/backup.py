"""Backups with SQLite's online backup API, consistent even while the app writes; kept in rotation."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate
from drøftelse.domain.os_errors import describe_os_error
from drøftelse.paths import backup_dir_for
from drøftelse.store.file_access import readonly_uri

KEEP = 10


def copy_database(source: Path, target: Path) -> Path:
    """Copy `source` to `target` page by page; the target appears only when it is complete."""
    partial = target.with_name(target.name + ".delvis")
    try:
        src = sqlite3.connect(readonly_uri(source), uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as e:
        for leftover in (partial, *(Path(f"{partial}{side}") for side in ("-journal", "-wal", "-shm"))):
            with contextlib.suppress(OSError):  # a failed clean-up must not hide why the copy failed
                leftover.unlink(missing_ok=True)
        raise DroeftelseError(
            translate("backup", "Sikkerhedskopien {0} kunne ikke laves: {1}. Intet er gemt dér.").format(
                target, describe_os_error(e)
            )
        ) from None
    return target


def rotating_backup(db_path: Path, reason: str, keep: int = KEEP) -> Path:
    """A timestamped copy in the backup folder beside the database; the oldest beyond `keep` are removed."""
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = copy_database(db_path, folder / f"{db_path.stem}-{stamp}-{reason}.sqlite")
    for old in list_backups(db_path)[:-keep]:
        old.unlink(missing_ok=True)
    return target


def list_backups(db_path: Path) -> list[Path]:
    """This database's rotating backups, oldest first (the timestamp in the name sorts them)."""
    folder = backup_dir_for(db_path)
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite")) if folder.is_dir() else []
