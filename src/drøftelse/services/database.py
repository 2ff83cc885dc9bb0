"""Opening the database file, checking it and copying it: light (sqlite3 only) until the ORM is first used."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from drøftelse.domain.errors import DatabaseBusy, DroeftelseError
from drøftelse.domain.i18n import translate
from drøftelse.services.store_modules import StoreModule
from drøftelse.store import committee_reads, restore, sqlite_errors
from drøftelse.store import database as store
from drøftelse.store.backup import backup_revision, backups_of, copy_database
from drøftelse.store.file_access import folder_problem as store_folder_problem

__all__ = [
    "BackupInfo",
    "Database",
    "backup_advice",
    "backup_to",
    "backups_for",
    "folder_problem",
    "has_committee",
    "integrity_problems",
    "open_database",
    "restore_backup",
    "schema_findings",
    "server_answers",
    "wait_for_server",
    "wait_for_writer",
]

WRITE_PATIENCE_S = 20  # how long a command waits for another program to let go of the file


class Database:
    """The open database as the window, the phones' server and the command hold it: what they show (`path`,
    `read_only`, `dialect`, `revision`, `server`) and `dispose()`. It wraps store's database (a file's, or a
    server's) by composition and is not one: the use cases hand it to the store functions, which ask it only for
    sessions, transactions and plain connections (`store` is the wrapped one)."""

    def __init__(self, opened):
        self.store = opened

    def __repr__(self) -> str:
        return f"<Database {self.path}>"

    # what the window and the command show
    @property
    def path(self):
        return self.store.path  # a file's path, or a server's address (its str() shows no password)

    @property
    def read_only(self) -> str | None:
        return self.store.read_only  # why every write is refused (Danish), or None

    @property
    def dialect(self) -> str:
        return self.store.dialect

    @property
    def revision(self) -> str:
        return self.store.revision

    @property
    def server(self) -> str | None:
        return getattr(self.store, "server", None)  # a shared database's server, as ServerUnreachable names it

    def dispose(self) -> None:
        self.store.dispose()

    @property
    def ready_for_writing(self) -> bool:
        """The ORM has loaded and made its first connection (load_for_writing): a write waits for no import."""
        return self.store.engine_made

    # what the store functions ask of a database
    @property
    def engine(self):
        return self.store.engine

    def session(self):
        return self.store.session()

    def transaction(self):
        return self.store.transaction()

    def write_connection(self):
        return self.store.write_connection()

    def read_connection(self):
        return self.store.read_connection()

    def connect(self):
        return self.store.connect()

    def check_still_there(self) -> None:
        self.store.check_still_there()

    def stored_time(self, value):
        return self.store.stored_time(value)

    def stored_date(self, value):
        return self.store.stored_date(value)

    def wait_for_writer(self, patience: float, on_wait) -> None:
        self.store.wait_for_writer(patience, on_wait)

    def wait_for_server(self) -> None:
        self.store.wait_for_server()

    def probe(self) -> bool:
        return self.store.probe()


def load_for_writing(db: Database) -> None:
    """The store's writing modules imported and the ORM's first connection made (~0.3 s, most of it SQLAlchemy's
    import): on a worker, behind a window painted from plain reads, so a chair's first keystroke is stored at once
    (issue 32). Importing the services imports none of it (services/store_modules.py)."""
    import drøftelse.store.models  # noqa: F401, PLC0415 - SQLAlchemy and the ORM's tables: most of the wait

    StoreModule.load_all()  # the store modules the services imported so far name
    db.store.engine.connect().close()  # the engine and its first connection (the dialect's first look)


def open_database(path: Path | str, read_only: str | None = None) -> Database:
    """Open the database file at `path` (created at head when missing, upgraded after a backup when older; a file
    that cannot be written to is opened read-only, `read_only` saying why), or a shared database at
    `postgresql://user@host/dbname`. Refused in Danish, the file untouched, when it is not ours or is newer."""
    return Database(store.open_database(path, read_only=read_only))


def folder_problem(folder: Path) -> str | None:
    """Why nothing can be created in `folder` (a read-only folder, a full disk), in Danish; None when it can."""
    return store_folder_problem(Path(folder))


def has_committee(db: Database) -> bool:
    """Whether any committee is stored yet; until one is, the window shows its welcome page (ui/welcome_page.py)."""
    return committee_reads.has_committee(db)


def integrity_problems(db: Database) -> list[str]:
    """What the database's own checks find wrong, in Danish; empty when it is sound and every command can read it."""
    from drøftelse.store.listing import integrity_problems as store_integrity_problems  # noqa: PLC0415 - not at start

    return store_integrity_problems(db)


def wait_for_writer(db: Database, on_wait, patience: float = WRITE_PATIENCE_S) -> None:
    """Before a command writes: wait (saying so through `on_wait`) while another program holds the file's write
    lock; DatabaseBusy when it still does after `patience` seconds. Nothing is changed either way."""
    db.wait_for_writer(patience, on_wait)


def wait_for_server(db: Database) -> None:
    """A shared database's server cannot be reached and the window will probe it (`server_answers`): until it
    answers, every use of the database fails at once (ServerUnreachable) instead of waiting for a timeout."""
    if db.dialect == "postgresql":
        db.wait_for_server()


def server_answers(db: Database) -> bool:
    """Whether the shared database's server answers again (a short connect and `SELECT 1`; any thread); after True
    the database is used as before. A database file always answers."""
    return db.probe() if db.dialect == "postgresql" else True


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


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: dt.datetime
    reason: str
    revision: str | None  # None: the copy cannot be read


def backups_for(db_path: Path) -> list[BackupInfo]:
    """The database's rotating backups, newest first, with the schema revision each holds."""
    return [BackupInfo(b.path, b.made, b.reason, backup_revision(b.path)) for b in reversed(backups_of(Path(db_path)))]


def restore_backup(db_path: Path, backup: Path) -> Path | None:
    """Put a checked backup in place of the database file; the file it replaces is kept in the backup folder
    (returned). Refused in Danish, nothing changed, while another program (a window) has the file open."""
    try:
        return restore.restore_backup(Path(db_path), Path(backup))
    except DatabaseBusy:
        raise DatabaseBusy(
            translate(
                "database",
                "Databasen {0} er åben i et andet program (fx et Drøftelse-vindue). Luk det først, og gendan så "
                "sikkerhedskopien igen. Intet er ændret.",
            ).format(db_path)
        ) from None


def backup_advice(db_path: Path) -> str:
    """Which backup to go back to instead of a damaged file, and how, in Danish."""
    return sqlite_errors.backup_advice(Path(db_path))


def schema_findings(db_path: Path) -> list[str]:
    """The schema's entries whose text cannot be read, for `check` to name."""
    return sqlite_errors.unreadable_schema(Path(db_path))
