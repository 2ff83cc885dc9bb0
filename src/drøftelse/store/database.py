"""Opening a database file safely.

A missing file is created at the newest schema; an older one is backed up and then upgraded. A file that is
not SQLite, a SQLite file of another program (PRAGMA application_id), or a file from a newer Drøftelse is
refused with a Danish message and left byte-for-byte untouched: it is only ever opened read-only to look.
The check uses the standard library's sqlite3 alone, so a file already at head opens without SQLAlchemy or
Alembic being imported; the ORM engine is made the first time it is asked for.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from drøftelse.domain.database_errors import FileGone, FileRefused
from drøftelse.domain.errors import DatabaseBusy, DatabaseDamaged
from drøftelse.domain.os_errors import describe_os_error
from drøftelse.paths import file_identity
from drøftelse.store import sqlite_errors
from drøftelse.store.file_access import cannot_open_reason, file_problem, folder_problem, readonly_uri
from drøftelse.store.schema import APPLICATION_ID, BUSY_TIMEOUT_MS, HEAD_REVISION, KNOWN_REVISIONS, SQLITE_HEADER
from drøftelse.store.transactions import DatabaseBase


@dataclass(frozen=True)
class FileFacts:
    application_id: int
    revision: str | None
    has_tables: bool


def inspect_file(path: Path) -> FileFacts:
    """Read what kind of file `path` is without writing to it; refuse what is not a usable SQLite file.

    The file is read through SQLite, and opened by hand (`_check_header`) only when SQLite could not read it or
    would not be asked: closing a descriptor of our own drops this process's locks on the file, SQLite's too, and
    a process may already have it open (the window makes a backup, a test opens the file twice)."""
    if not _sqlite_may_read(path):
        _check_header(path)  # a folder, an unreadable file, one too short to be SQLite: refused with the reason
    try:
        # only looked at: read as immutable when nothing is unread beside it, so no -wal/-shm is left by a refusal
        conn = sqlite3.connect(readonly_uri(path, writable=False), uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            if app_id == APPLICATION_ID:  # ours: every page read once (a few ms), so damage is found before use
                sound = conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
                if not sound:
                    raise DatabaseDamaged(sqlite_errors.damaged_message(path))
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as e:  # UnicodeDecodeError: SQLite quoted a damaged schema
        if sqlite_errors.is_busy(e):  # another program holds it (locking_mode=EXCLUSIVE): in use, not unopenable
            raise DatabaseBusy(sqlite_errors.busy_message(path)) from None
        _check_header(path)  # not SQLite at all is said so, not called damaged
        if sqlite_errors.is_damage(e) and app_id_or_none(path) == APPLICATION_ID:
            raise (sqlite_errors.translate(e, path) or DatabaseDamaged(sqlite_errors.damaged_message(path))) from None
        if sqlite_errors.is_damage(e):
            raise FileRefused("damaged", path) from None
        raise FileRefused("cannot_open", path, cannot_open_reason(path)) from None
    return FileFacts(app_id, revision, bool(tables))


def _sqlite_may_read(path: Path) -> bool:
    """A file at least as long as SQLite's header that this user may read: SQLite is asked, the file is not opened
    by hand. os.stat and access(2) open nothing, so no lock is lost."""
    try:
        big_enough = path.stat().st_size >= 100 and path.is_file()
    except OSError:
        return False
    return big_enough and os.access(path, os.R_OK, effective_ids=os.access in os.supports_effective_ids)


def _check_header(path: Path) -> None:
    """Refuse, with the reason, a file that cannot be read or does not begin as a SQLite file. Opens the file by
    hand: only for a file SQLite did not or could not read, which no connection of ours holds a lock on."""
    try:
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except IsADirectoryError:
        raise FileRefused("folder", path) from None
    except OSError as e:
        raise FileRefused("unreadable", path, describe_os_error(e)) from None
    if header != SQLITE_HEADER:
        raise FileRefused("not_sqlite", path)


def app_id_or_none(path: Path) -> int | None:
    """PRAGMA application_id read straight from the header (bytes 68–71), for a file SQLite cannot read (so no
    connection of ours holds a lock that opening it by hand would drop)."""
    try:
        with open(path, "rb") as f:
            header = f.read(72)
    except OSError:
        return None
    return int.from_bytes(header[68:72], "big") if len(header) == 72 else None


def check_ours(path: Path, facts: FileFacts) -> None:
    if facts.application_id != APPLICATION_ID:
        raise FileRefused("other_program", path)
    if facts.revision is None:
        raise FileRefused("no_revision", path)
    if facts.revision not in KNOWN_REVISIONS:
        raise FileRefused("newer", path, facts.revision)


def configure_connection(conn: sqlite3.Connection, read_only: bool = False) -> None:
    """The settings every connection gets: WAL, foreign keys, a busy timeout, full sync on commit. A read-only
    connection leaves the journal mode as the file has it (setting it is a write)."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


class Database(DatabaseBase):
    """One open database file. `connect()` gives a plain sqlite3 connection; `engine`/`session()` the ORM."""

    dialect = "sqlite"  # store/postgres.ServerDatabase: "postgresql"

    def __init__(self, path: Path, revision: str, read_only: str | None = None):
        super().__init__()
        self.path = path
        self.revision = revision
        self.read_only = read_only  # why it was opened read-only (Danish), or None: every write is refused
        self._ro_uri = readonly_uri(path, writable=False) if read_only else None
        self._identity = file_identity(path)

    def check_still_there(self) -> None:
        """Refuse to go on when the file was removed or replaced while open (a USB stick pulled out): SQLite
        would otherwise keep writing into a file nobody can find again."""
        if file_identity(self.path) != self._identity:
            raise FileGone(self.path)

    def _explain(self, error: Exception):
        return sqlite_errors.translate(error, self.path, self.read_only)

    def connect(self) -> sqlite3.Connection:
        self.check_still_there()
        conn = _connect(self.path, self.read_only, self._ro_uri)
        try:
            configure_connection(conn, read_only=self.read_only is not None)
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def wait_for_writer(self, patience: float, on_wait: Callable[[], None]) -> None:
        """Wait until no other program holds the file's write lock: `on_wait` is called once when we have to
        wait, and after `patience` seconds DatabaseBusy says the file is in use. Nothing is written."""
        if self.read_only:
            return
        deadline = time.monotonic() + patience
        told = False
        while True:
            conn = sqlite3.connect(self.path, timeout=0.5, isolation_level=None)
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
                return
            except sqlite3.OperationalError as e:
                if not sqlite_errors.is_busy(e):
                    raise sqlite_errors.translate(e, self.path) or e from None
            finally:
                conn.close()
            if time.monotonic() >= deadline:
                raise DatabaseBusy(sqlite_errors.busy_message(self.path))
            if not told:
                on_wait()
                told = True

    @property
    def engine(self):
        if self._engine is None:
            self._engine = make_engine(self.path, self.read_only, self._ro_uri)
        return self._engine

    def stored_time(self, value: dt.datetime) -> str | dt.datetime:
        """A time as the ORM stores it in this database: SQLite keeps text, with microseconds."""
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")

    def stored_date(self, value: dt.date) -> str | dt.date:
        return value.isoformat()


def _connect(path: Path, read_only: str | None, ro_uri: str | None = None, pooled: bool = False):
    """A plain connection whose errors are explained in Danish (store/sqlite_errors.py). A pooled one (the ORM's)
    may be used by the thread that takes it from the pool, as SQLAlchemy's own SQLite connections may."""
    target = (ro_uri or readonly_uri(path)) if read_only else str(path)
    conn = sqlite3.connect(
        target,
        uri=bool(read_only),
        timeout=BUSY_TIMEOUT_MS / 1000,
        factory=sqlite_errors.Connection,
        check_same_thread=not pooled,
    )
    conn.db_path, conn.read_only = path, read_only
    return conn


def make_engine(path: Path, read_only: str | None = None, ro_uri: str | None = None):
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", creator=lambda: _connect(path, read_only, ro_uri, pooled=True))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # pysqlite's own transaction handling would defer BEGIN; WAL and foreign keys must be set outside one
        prev = dbapi_conn.isolation_level
        dbapi_conn.isolation_level = None
        configure_connection(dbapi_conn, read_only=read_only is not None)
        dbapi_conn.isolation_level = prev

    @event.listens_for(engine, "handle_error")
    def _explain(context):  # damage, a lock held by another program, a read-only file: Danish, not SQLAlchemy's
        return sqlite_errors.translate(context.original_exception, path, read_only)

    return engine


def open_database(path: Path | str, read_only: str | None = None) -> Database:
    """Open `path`, creating it at head when missing and upgrading it (after a backup) when older.

    A file that cannot be written to (a read-only file or folder, or `read_only` given: the window could not
    make its lock file) is opened read-only on purpose: `Database.read_only` says why, and every write is
    refused with that reason instead of failing halfway.

    `postgresql://user@host/dbname` opens a shared database on a server instead (store/postgres.py)."""
    from drøftelse.domain.database_target import database_target
    from drøftelse.domain.server_address import is_server_address

    path = database_target(path)  # `-`, a line break or `postgresql:/host/db` never becomes a new local file
    if is_server_address(path):
        from drøftelse.store.postgres import open_server_database

        return open_server_database(str(path))
    path = Path(path).expanduser()
    if not path.exists():
        if read_only:
            raise FileRefused("cannot_create", path, read_only)
        return _create(path)
    facts = inspect_file(path)
    check_ours(path, facts)
    read_only = read_only or file_problem(path)
    if read_only is None:
        if facts.revision != HEAD_REVISION:
            _upgrade(path, facts.revision)
        db = Database(path, HEAD_REVISION)
        try:
            db.connect().close()  # sets WAL and proves the file can be opened for writing
            return db
        except sqlite3.Error as e:
            read_only = folder_problem(path.parent)
            if read_only is None:
                raise FileRefused("cannot_open", path, cannot_open_reason(path)) from e
    if facts.revision != HEAD_REVISION:
        raise FileRefused("older_read_only", path, read_only)
    db = Database(path, HEAD_REVISION, read_only=read_only)
    try:
        db.connect().close()
    except sqlite3.Error:
        raise FileRefused("cannot_open", path, cannot_open_reason(path)) from None
    return db


def _create(path: Path) -> Database:
    from drøftelse.store.upgrade import create_file

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise FileRefused("no_folder", path.parent, describe_os_error(e)) from None
    create_file(path, make_engine)
    db = Database(path, HEAD_REVISION)
    db.connect().close()  # WAL from the first use on, as every later open sets it
    return db


def _upgrade(path: Path, from_revision: str) -> None:
    from drøftelse.store.upgrade import upgrade_file

    upgrade_file(path, from_revision, HEAD_REVISION, make_engine)
