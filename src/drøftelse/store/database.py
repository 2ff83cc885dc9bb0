"""Opening a database file safely.

A missing file is created at the newest schema; an older one is backed up and then upgraded. A file that is
not SQLite, a SQLite file of another program (PRAGMA application_id), or a file from a newer Drøftelse is
refused with a Danish message and left byte-for-byte untouched: it is only ever opened read-only to look.
The check uses the standard library's sqlite3 alone, so a file already at head opens without SQLAlchemy or
Alembic being imported; the ORM engine is made the first time it is asked for.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from drøftelse.domain.errors import DatabaseGone, DatabaseRefused
from drøftelse.domain.os_errors import describe_os_error
from drøftelse.store.schema import APPLICATION_ID, BUSY_TIMEOUT_MS, HEAD_REVISION, KNOWN_REVISIONS, SQLITE_HEADER


@dataclass(frozen=True)
class FileFacts:
    application_id: int
    revision: str | None
    has_tables: bool


def inspect_file(path: Path) -> FileFacts:
    """Read what kind of file `path` is without writing to it; refuse what is not a usable SQLite file."""
    try:
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except IsADirectoryError:
        raise DatabaseRefused(f"{path} er en mappe, ikke en databasefil.") from None
    except OSError as e:
        raise DatabaseRefused(f"Databasen {path} kan ikke læses: {describe_os_error(e)}.") from None
    if header != SQLITE_HEADER:
        raise DatabaseRefused(
            f"{path} er ikke en Drøftelse-database (filen er ikke en SQLite-database). Filen er ikke ændret."
        )
    try:
        conn = sqlite3.connect(_look_only_uri(path), uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        raise DatabaseRefused(
            f"Databasen {path} er beskadiget og kan ikke åbnes ({e}). Filen er ikke ændret."
        ) from None
    return FileFacts(app_id, revision, bool(tables))


def _look_only_uri(path: Path) -> str:
    """Read-only; and when no journal lies beside the file, "immutable" too: the file then holds all there is, and
    SQLite reads it without making the -wal and -shm files a WAL database otherwise gets, even when read-only,
    which would be left beside a file that is refused."""
    journals = (Path(f"{path}{side}").exists() for side in ("-wal", "-journal"))
    return path.resolve().as_uri() + ("?mode=ro" if any(journals) else "?mode=ro&immutable=1")


def check_ours(path: Path, facts: FileFacts) -> None:
    if facts.application_id != APPLICATION_ID:
        raise DatabaseRefused(
            f"{path} er en SQLite-database fra et andet program, ikke fra Drøftelse. Filen er ikke ændret."
        )
    if facts.revision is None:
        raise DatabaseRefused(f"{path} mangler sin skemaversion og kan ikke åbnes sikkert. Filen er ikke ændret.")
    if facts.revision not in KNOWN_REVISIONS:
        raise DatabaseRefused(
            f"{path} er gemt af en nyere version af Drøftelse (skemaversion {facts.revision}). "
            "Opdatér programmet for at åbne den. Filen er ikke ændret."
        )


def configure_connection(conn: sqlite3.Connection) -> None:
    """The settings every connection gets: WAL, foreign keys, a busy timeout, full sync on commit."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


class Database:
    """One open database file. `connect()` gives a plain sqlite3 connection; `engine`/`session()` the ORM."""

    def __init__(self, path: Path, revision: str):
        self.path = path
        self.revision = revision
        self._engine = None
        self._identity = _identity(path)
        self._open = threading.local()  # the transaction a service holds on this thread, if any

    def check_still_there(self) -> None:
        """Refuse to go on when the file was removed or replaced while open (a USB stick pulled out): SQLite
        would otherwise keep writing into a file nobody can find again."""
        if _identity(self.path) != self._identity:
            raise DatabaseGone(
                f"Databasefilen {self.path} er væk eller udskiftet (er USB-nøglen taget ud?). "
                "Det, der står i vinduet, er ikke gemt: sæt nøglen i igen, eller gem mødet som mødefil."
            )

    def connect(self) -> sqlite3.Connection:
        self.check_still_there()
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        configure_connection(conn)
        return conn

    @property
    def engine(self):
        if self._engine is None:
            self._engine = make_engine(self.path)
        return self._engine

    def session(self):
        """A short session for one store function. Inside `transaction()` on the same thread it is that
        transaction's session, and the store function's commit only flushes: the service commits once."""
        from sqlalchemy.orm import Session

        outer = getattr(self._open, "session", None)
        if outer is not None:
            return _Joined(outer)
        self.check_still_there()
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self):
        """One transaction around several store functions (a service): all of it is stored, or none of it.
        Each thread has its own; a worker thread's task never shares the GUI thread's session."""
        if getattr(self._open, "session", None) is not None:
            yield  # already inside one: the outermost service commits
            return
        with self.session() as s:
            self._open.session = s
            try:
                yield
                s.commit()
            except BaseException:
                s.rollback()
                raise
            finally:
                self._open.session = None

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


class _Joined:
    """A store function's view of the service's open session: `commit()` flushes, leaving the block closes
    nothing, so the outer transaction decides."""

    def __init__(self, session):
        self._session = session

    def __getattr__(self, name):
        return getattr(self._session, name)

    def commit(self) -> None:
        self._session.flush()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> bool:
        return False


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def make_engine(path: Path):
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # pysqlite's own transaction handling would defer BEGIN; WAL and foreign keys must be set outside one
        prev = dbapi_conn.isolation_level
        dbapi_conn.isolation_level = None
        configure_connection(dbapi_conn)
        dbapi_conn.isolation_level = prev

    return engine


def open_database(path: Path | str) -> Database:
    """Open `path`, creating it at head when missing and upgrading it (after a backup) when older."""
    path = Path(path).expanduser()
    if not path.exists():
        return _create(path)
    facts = inspect_file(path)
    check_ours(path, facts)
    if facts.revision != HEAD_REVISION:
        _upgrade(path, facts.revision)
    db = Database(path, HEAD_REVISION)
    try:
        db.connect().close()  # sets WAL and proves the file can be opened for writing
    except sqlite3.Error as e:
        raise DatabaseRefused(f"Databasen {path} kan ikke åbnes: {e}.") from None
    return db


def _create(path: Path) -> Database:
    from drøftelse.store import migrate

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DatabaseRefused(f"Mappen {path.parent} kan ikke oprettes: {describe_os_error(e)}.") from None
    # Built beside the target and moved into place, so a failure never leaves a half-made database
    partial = path.with_name(path.name + ".oprettes")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    engine = make_engine(partial)
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception as e:
        engine.dispose()
        partial.unlink(missing_ok=True)
        raise DatabaseRefused(f"Databasen {path} kunne ikke oprettes: {e}") from None
    engine.dispose()
    for side in ("-wal", "-shm"):
        Path(f"{partial}{side}").unlink(missing_ok=True)
    os.replace(partial, path)
    return Database(path, HEAD_REVISION)


def _upgrade(path: Path, from_revision: str) -> None:
    from drøftelse.store import migrate
    from drøftelse.store.backup import rotating_backup

    rotating_backup(path, f"foer-opgradering-fra-{from_revision}")
    engine = make_engine(path)
    try:
        migrate.upgrade(engine)
    except Exception as e:
        raise DatabaseRefused(
            f"Databasen {path} kunne ikke opgraderes ({e}). "
            f"En sikkerhedskopi ligger i {path.parent / 'sikkerhedskopier'}."
        ) from None
    finally:
        engine.dispose()
