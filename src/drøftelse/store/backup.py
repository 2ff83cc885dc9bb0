"""Backups with SQLite's online backup API, consistent even while the app writes; kept in rotation.

A backup's name says what it is: `<db>-<number>-<time>-<why>.sqlite`. The number counts up per database, so the
order of backups never depends on the computer's clock (a clock set back would otherwise make the newest copy
look oldest and have it deleted at once). Rotation keeps the newest ten, and whatever the count: the copy just
made, the newest copy taken before any upgrade, and the newest copy of each older schema revision — the one
thing that gets a committee's history back after an upgrade that went wrong.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from drøftelse.domain.errors import DatabaseFull, DroeftelseError
from drøftelse.domain.i18n import translate
from drøftelse.domain.os_errors import describe_os_error
from drøftelse.paths import backup_dir_for
from drøftelse.store.file_access import readonly_uri
from drøftelse.store.schema import HEAD_REVISION

KEEP = 10
BEFORE_UPGRADE = "foer-opgradering-fra-"  # the reason an upgrade gives, followed by the revision it starts from
# after "<db>-": an optional number (none in backups made before numbering), the time, the reason
_NAME = re.compile(r"(?:(\d{6})-)?(\d{8}-\d{6}-\d{6})-(.+)\.sqlite")


def copy_database(source: Path | sqlite3.Connection, target: Path) -> Path:
    """Copy `source` (a file, or an open connection: its view, inside its transaction) to `target` page by page,
    synced to disk; the target appears only when it is complete."""
    partial = target.with_name(target.name + ".delvis")
    try:
        src = sqlite3.connect(readonly_uri(source), uri=True) if isinstance(source, Path) else source
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            if src is not source:
                src.close()
        fsync_file(partial)
        os.replace(partial, target)
        fsync_folder(target.parent)
    except (sqlite3.Error, OSError) as e:
        remove_with_sides(partial)
        full = getattr(e, "errno", None) in (errno.ENOSPC, errno.EDQUOT) or (
            getattr(e, "sqlite_errorname", None) or ""
        ).startswith("SQLITE_FULL")
        raise (DatabaseFull if full else DroeftelseError)(  # a full disk is said as one (store/upgrade.py asks)
            translate("backup", "Sikkerhedskopien {0} kunne ikke laves: {1}. Intet er gemt dér.").format(
                target, describe_os_error(e)
            )
        ) from None
    return target


def remove_with_sides(path: Path) -> None:
    """Remove a file SQLite made and its journal files; a failed clean-up must not hide why it was cleaned up."""
    for leftover in (path, *(Path(f"{path}{side}") for side in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Backup:
    path: Path
    number: int  # 0 for a backup from before numbering: those order among themselves by their files' times
    reason: str
    made: dt.datetime  # from the name: shown to a user, never used to order

    @property
    def before_upgrade(self) -> bool:
        return self.reason.startswith(BEFORE_UPGRADE)


def rotating_backup(db_path: Path, reason: str, keep: int = KEEP, source: sqlite3.Connection | None = None) -> Path:
    """A numbered copy in the backup folder beside the database (of `source`, a connection to it, when given);
    then the rotation (see the module's docstring)."""
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    for partial in folder.glob(f"{db_path.stem}-*.sqlite.delvis"):  # a copy a killed process left half made
        remove_with_sides(partial)
    number = max((b.number for b in backups_of(db_path)), default=0) + 1
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = copy_database(source or db_path, folder / f"{db_path.stem}-{number:06d}-{stamp}-{reason}.sqlite")
    rotate(db_path, keep, made=target)
    return target


def rotate(db_path: Path, keep: int = KEEP, made: Path | None = None) -> None:
    found = backups_of(db_path)
    protected = {made} | _protected(found)
    surplus = len(found) - keep
    for old in found:
        if surplus <= 0:
            break
        if old.path not in protected:
            old.path.unlink(missing_ok=True)
            surplus -= 1


def _protected(found: list[Backup]) -> set[Path]:
    """The newest backup taken before any upgrade, and the newest of each schema revision older than the app's."""
    newest: dict[str, Path] = {}
    for b in found:  # oldest first: a later one takes its revision's place
        revision = backup_revision(b.path)
        if revision is not None and revision != HEAD_REVISION:
            newest[revision] = b.path
    kept = set(newest.values())
    upgrades = [b.path for b in found if b.before_upgrade]
    return kept | set(upgrades[-1:])


def backup_revision(path: Path) -> str | None:
    """The schema revision a backup holds, or None when it cannot be read."""
    try:
        conn = sqlite3.connect(readonly_uri(path, writable=False), uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def backups_of(db_path: Path) -> list[Backup]:
    """This database's rotating backups, oldest first: by number; unnumbered (older) ones first, by file time."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    found = []
    prefix = f"{db_path.stem}-"
    for path in folder.glob(f"{db_path.stem}-*.sqlite"):
        match = _NAME.fullmatch(path.name[len(prefix) :])
        if match is None:  # another database whose name begins like this one's ("udvalg-2")
            continue
        number, stamp, reason = match.groups()
        try:
            made = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f")
            mtime = path.stat().st_mtime_ns
        except (ValueError, OSError):
            continue
        found.append((int(number or 0), mtime, Backup(path, int(number or 0), reason, made)))
    return [b for _, _, b in sorted(found, key=lambda t: (t[0], t[1], t[2].path.name))]


def list_backups(db_path: Path) -> list[Path]:
    """This database's rotating backups' files, oldest first."""
    return [b.path for b in backups_of(db_path)]


def newest_before_upgrade(db_path: Path) -> Path | None:
    upgrades = [b.path for b in backups_of(db_path) if b.before_upgrade]
    return upgrades[-1] if upgrades else None
