"""Putting a backup back in place of the database, checked first and never losing what is there now.

The backup must be one of ours, of a known revision, and sound from its first page to its last. The file it
replaces is copied to the backup folder first (`foer-gendannelse`), or, when it is too damaged to copy, moved
there whole: a restore never deletes a committee's file. The backup is copied beside the database, synced and
renamed into place, so a kill leaves the old file or the restored one. A backup of an older revision is upgraded
the next time the file is opened, all or nothing as any upgrade.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from drøftelse.domain.errors import DatabaseDamaged, DatabaseRefused
from drøftelse.domain.i18n import translate
from drøftelse.paths import backup_dir_for
from drøftelse.store.backup import copy_database, fsync_folder, remove_with_sides, rotating_backup
from drøftelse.store.database import check_ours, inspect_file
from drøftelse.store.file_access import readonly_uri
from drøftelse.store.upgrade import UpgradeRace, held_alone

BEFORE_RESTORE = "foer-gendannelse"


def check_backup(backup: Path) -> str:
    """The backup's revision when it can be put back; a Danish DatabaseRefused saying why not."""
    if not backup.is_file():
        raise DatabaseRefused(translate("restore", "Sikkerhedskopien {0} findes ikke.").format(backup))
    facts = inspect_file(backup)
    check_ours(backup, facts)
    try:
        conn = sqlite3.connect(readonly_uri(backup), uri=True)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        finally:
            conn.close()
    except sqlite3.Error:
        problems = ["?"]
    if problems:
        raise DatabaseRefused(
            translate(
                "restore", "Sikkerhedskopien {0} er selv beskadiget og kan ikke gendannes. Intet er ændret."
            ).format(backup)
        )
    return facts.revision


def restore_backup(path: Path, backup: Path) -> Path | None:
    """Put `backup` in place of `path`; returns where the file it replaced was kept (None when there was none)."""
    path, backup = Path(path).absolute(), Path(backup).absolute()
    if backup == path:
        raise DatabaseRefused(translate("restore", "Sikkerhedskopien og databasen er den samme fil."))
    check_backup(backup)
    work = path.with_name(path.name + ".gendannes")
    remove_with_sides(work)
    if not path.exists():
        _put_in_place(backup, work, path)
        return None
    for _ in range(3):
        try:
            return _replace(path, backup, work)
        except UpgradeRace:
            continue
    raise DatabaseRefused(
        translate("restore", "Databasen {0} blev skiftet ud undervejs. Intet er ændret.").format(path)
    )


def _replace(path: Path, backup: Path, work: Path) -> Path:
    try:
        with held_alone(path) as current:
            kept = rotating_backup(path, BEFORE_RESTORE, source=current)
            _put_in_place(backup, work, path)
            return kept
    except DatabaseDamaged:
        # too damaged to copy page by page: moved aside whole, as it is, and kept
        kept = backup_dir_for(path) / f"{path.stem}-beskadiget-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite"
        kept.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, kept)
        for side in ("-wal", "-shm", "-journal"):
            if Path(f"{path}{side}").exists():
                os.replace(f"{path}{side}", f"{kept}{side}")
        _put_in_place(backup, work, path)
        return kept


def _put_in_place(backup: Path, work: Path, path: Path) -> None:
    copy_database(backup, work)  # synced; appears only whole
    os.replace(work, path)
    fsync_folder(path.parent)
