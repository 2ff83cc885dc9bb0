"""Creating and upgrading a database file, all or nothing.

An upgrade never writes into the committee's file. Holding the file's write lock, it first keeps a backup of
it, then upgrades a copy beside it (`<name>.opgraderes`), checks the copy (integrity, foreign keys, revision),
syncs it to disk and swaps it in with one atomic rename. Killed, cut off or out of disk at any moment, the file
is either the old one, untouched and openable, or the upgraded one, whole. Alembic's DDL is committed statement
by statement on SQLite, which is why the revisions are never run on the file itself.

Imported only when a file is created or upgraded: it loads SQLAlchemy and Alembic.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path

from drøftelse.domain import i18n
from drøftelse.domain.errors import DatabaseBusy, DatabaseFull, DatabaseRefused, DroeftelseError
from drøftelse.domain.i18n import translate
from drøftelse.paths import file_identity
from drøftelse.store import migrate, sqlite_errors
from drøftelse.store.backup import (
    BEFORE_UPGRADE,
    fsync_file,
    fsync_folder,
    newest_before_upgrade,
    remove_with_sides,
    rotating_backup,
)
from drøftelse.store.head_schema import create_from_snapshot
from drøftelse.store.schema import APPLICATION_ID, BUSY_TIMEOUT_MS

WORK_SUFFIX = ".opgraderes"
SPACE_MARGIN = 1 << 20  # beside two copies of the file: Alembic's table copies and SQLite's journal


class UpgradeRace(Exception):
    """The file was swapped while we waited for its lock (another Drøftelse upgraded it): look at it again."""


def create_file(path: Path, make_engine, snapshot: bool = True) -> None:
    """A new database at head, built beside `path` and moved into place whole (from the schema's snapshot unless
    `snapshot` is false)."""
    partial = path.with_name(path.name + ".oprettes")
    remove_with_sides(partial)
    engine = None
    try:
        # the snapshot of the newest schema needs sqlite3 alone (store/head_schema.py); Alembic when it is older
        if not (snapshot and create_from_snapshot(partial)):
            engine = make_engine(partial)
            migrate.upgrade(engine)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA journal_mode = DELETE")  # one self-contained file to move
            engine.dispose()
        fsync_file(partial)
        os.replace(partial, path)
        fsync_folder(path.parent)
    except Exception as e:
        if engine is not None:
            engine.dispose()
        remove_with_sides(partial)
        if sqlite_errors.is_full(e):
            raise DatabaseFull(
                sqlite_errors.full_disk_message(path, translate("upgrade", "den nye database"))
            ) from None
        raise DatabaseRefused(
            translate("upgrade", "Databasen {0} kunne ikke oprettes: {1}. Intet er oprettet.").format(
                path, _reason(e, path)
            )
        ) from None


def upgrade_file(path: Path, from_revision: str, head: str, make_engine) -> None:
    """Upgrade `path` from `from_revision` to `head`; a Danish DatabaseRefused when it cannot be, file untouched."""
    _check_space(path, from_revision)
    for _ in range(3):
        try:
            with held_alone(path) as original:
                revision = _revision(original)
                if revision == head:
                    return  # another Drøftelse upgraded it while we waited
                _upgrade_locked(path, original, revision, head, make_engine)
                return
        except UpgradeRace:
            continue
    raise DatabaseBusy(sqlite_errors.busy_message(path))


def _upgrade_locked(path: Path, original: sqlite3.Connection, revision: str, head: str, make_engine) -> None:
    work = path.with_name(path.name + WORK_SUFFIX)
    remove_with_sides(work)  # a copy a killed upgrade left: ours to remove, as we hold the lock
    backup = None
    try:
        backup = rotating_backup(path, f"{BEFORE_UPGRADE}{revision}", source=original)
        dst = sqlite3.connect(work)
        try:
            original.backup(dst)
        finally:
            dst.close()
        _run_revisions(work, make_engine)
        _check_copy(work, head)
        fsync_file(work)
        os.replace(work, path)
        fsync_folder(path.parent)
    except Exception as e:
        remove_with_sides(work)
        # the file is as it was, so this attempt's copy of it is no backup anyone needs: a file that fails to
        # upgrade each time it is opened must not push the copies that matter out of the rotation
        if backup is not None:
            backup.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                backup.parent.rmdir()  # only when this attempt made it and nothing else is in it
        raise DatabaseRefused(_failed_message(path, revision, e)) from None


@contextlib.contextmanager
def held_alone(path: Path):
    """A connection to read the file from while a second one holds its write lock (RESERVED: other readers may
    go on, no other writer or upgrade can start). The file is first put in rollback-journal mode, which needs
    that no other program has it open, so no -wal or -shm of the old file is left beside the new one. SQLite's
    backup reads through the first connection: from the one holding a write transaction it would not read."""
    identity = file_identity(path)
    lock = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    reader = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        try:
            lock.execute("PRAGMA journal_mode = DELETE")  # checkpoints the WAL into the file first
            lock.execute("BEGIN IMMEDIATE")
            reader.execute("BEGIN")
            reader.execute("SELECT 1 FROM alembic_version").fetchall()  # its snapshot starts now, under the lock
        except sqlite3.Error as e:
            raise (sqlite_errors.translate(e, path) or _refused(path, e)) from None
        if file_identity(path) != identity:  # another upgrade renamed its copy in while we waited
            raise UpgradeRace
        yield reader
    finally:
        for conn in (reader, lock):
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")  # nothing was written: there is no journal to play back
            conn.close()


def _revision(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _run_revisions(work: Path, make_engine) -> None:
    engine = make_engine(work)
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode = DELETE")  # all of it in the one file that is renamed
    finally:
        engine.dispose()


def _check_copy(work: Path, head: str) -> None:
    conn = sqlite3.connect(work)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            problems.append("foreign keys")
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            problems.append("application_id")
        if _revision(conn) != head:
            problems.append("revision")
    finally:
        conn.close()
    if problems:
        raise RuntimeError("the upgraded copy did not check: " + ", ".join(problems[:5]))


def _check_space(path: Path, revision: str) -> None:
    """Refuse before starting when two copies of the file (the backup and the upgraded copy) cannot fit."""
    try:
        size = path.stat().st_size
        wal = Path(f"{path}-wal")
        size += wal.stat().st_size if wal.exists() else 0
        free = shutil.disk_usage(path.parent).free
    except OSError:
        return  # the upgrade itself says what is wrong
    if free < 2 * size + SPACE_MARGIN:
        raise DatabaseRefused(
            translate(
                "upgrade",
                "Databasen {0} skal opgraderes fra skemaversion {1}, men der er ikke plads nok på disken: "
                "opgraderingen kræver {2} MB og der er {3} MB fri. Filen er ikke ændret. Frigør plads, og åbn "
                "den igen.",
            ).format(path, revision, _mb(2 * size + SPACE_MARGIN), _mb(free))
        )


def _mb(size: int) -> str:
    return i18n.decimal(size / (1 << 20), 1)


def _refused(path: Path, e: BaseException) -> DroeftelseError:
    return DatabaseRefused(
        translate("upgrade", "Databasen {0} kan ikke opgraderes: {1}. Filen er ikke ændret.").format(
            path, _reason(e, path)
        )
    )


def _failed_message(path: Path, revision: str, e: BaseException) -> str:
    backup = newest_before_upgrade(path)
    where = (
        translate(
            "upgrade",
            " Den seneste sikkerhedskopi fra før en opgradering er {0}; den kan gendannes med "
            "'droeftelse backup --gendan FIL' eller »Gendan sikkerhedskopi …« i vinduet.",
        ).format(backup)
        if backup
        else " " + sqlite_errors.backup_advice(path) + "."
    )
    if sqlite_errors.is_full(e):
        where = translate("upgrade", " Frigør plads på disken, og åbn den igen.")
    return translate(
        "upgrade",
        "Databasen {0} kunne ikke opgraderes fra skemaversion {1}: {2}. Filen er ikke ændret og kan stadig "
        "åbnes af den version af Drøftelse, der gemte den.{3}",
    ).format(path, revision, _reason(e, path), where)


def _reason(e: BaseException, path: Path) -> str:
    """Why, in Danish: a full disk, damage, or what SQLite said (without SQLAlchemy's wrapping and link)."""
    if isinstance(e, DroeftelseError):
        return e.message.rstrip(".")
    original = getattr(e, "orig", None) or e
    if sqlite_errors.is_full(e):
        return translate("upgrade", "disken er fuld")
    if sqlite_errors.is_damage(original):
        return translate("upgrade", "filen er beskadiget")
    if isinstance(original, sqlite3.OperationalError) and "duplicate column" in str(original):
        return translate(
            "upgrade", "skemaet passer ikke til sin skemaversion (en tidligere opgradering blev afbrudt halvvejs)"
        )
    return translate("upgrade", "fejl i opgraderingen ({0})").format(str(original).splitlines()[0][:200])
