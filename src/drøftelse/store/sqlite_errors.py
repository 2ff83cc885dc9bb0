"""SQLite's errors as Danish messages a user can act on: a damaged file, a file another program holds, a file
opened read-only. Used for the plain sqlite3 connections and, through SQLAlchemy's handle_error event, for the
ORM, so a service never lets `database disk image is malformed` reach the window or the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from drøftelse.domain import i18n  # i18n.translate: this module has its own translate (for SQLite's errors)
from drøftelse.domain.errors import DatabaseBusy, DatabaseDamaged, DatabaseReadOnly, DroeftelseError
from drøftelse.paths import backup_dir_for
from drøftelse.store.backup import list_backups

READ_ONLY = i18n.QT_TRANSLATE_NOOP("sqlite_errors", "skrivebeskyttet — ændringer gemmes ikke")


def is_damage(e: BaseException) -> bool:
    return _code(e).startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def is_busy(e: BaseException) -> bool:
    return _code(e).startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def _code(e: BaseException) -> str:
    return getattr(e, "sqlite_errorname", None) or ""


def translate(e: BaseException, path: Path, read_only: str | None = None) -> DroeftelseError | None:
    """The Danish error for `e`, or None when it is not one of ours to explain (left to the caller)."""
    if isinstance(e, DroeftelseError):  # raised while SQLAlchemy prepared the statement (a text over its limit)
        return e
    if is_damage(e):
        return DatabaseDamaged(damaged_message(path))
    if is_busy(e):
        return DatabaseBusy(busy_message(path))
    if read_only and _code(e).startswith("SQLITE_READONLY"):
        return DatabaseReadOnly(read_only_message(path, read_only))
    return None


def damaged_message(path: Path) -> str:
    path = path.resolve()
    backups = list_backups(path)
    if backups:
        where = i18n.translate(
            "sqlite_errors", "Den seneste sikkerhedskopi er {0}: brug en kopi af den i stedet"
        ).format(backups[-1])
    else:
        where = i18n.translate(
            "sqlite_errors",
            "Der er ingen sikkerhedskopier i {0}: brug den seneste kopi, I selv har taget "
            "med 'droeftelse backup' eller »Sikkerhedskopi …«",
        ).format(backup_dir_for(path))
    return i18n.translate(
        "sqlite_errors",
        "Databasen {0} er beskadiget (SQLite kan ikke læse alle dens sider). Filen er ikke ændret. {1}.",
    ).format(path, where)


def busy_message(path: Path) -> str:
    return i18n.translate(
        "sqlite_errors",
        "Databasen {0} bruges af et andet program, som har låst den. Intet er ændret. "
        "Prøv igen, når det andet program er færdigt.",
    ).format(path.name)


def read_only_message(path: Path, reason: str) -> str:
    return i18n.translate("sqlite_errors", "{0} er åbnet {1} ({2}).").format(
        path.name, i18n.translate("sqlite_errors", READ_ONLY), reason
    )


class Connection(sqlite3.Connection):
    """A plain sqlite3 connection whose errors are explained in Danish (see `translate`)."""

    db_path: Path = Path()
    read_only: str | None = None

    def execute(self, *args, **kwargs):
        try:
            return _Cursor(super().execute(*args, **kwargs), self)
        except sqlite3.Error as e:
            raise (translate(e, self.db_path, self.read_only) or e) from None


class _Cursor:
    """Rows are read step by step, so damage can show up while fetching; it is explained there too."""

    def __init__(self, cursor: sqlite3.Cursor, conn: Connection):
        self._cursor, self._conn = cursor, conn

    def _guard(self, fetch, *args):
        try:
            return fetch(*args)
        except sqlite3.Error as e:
            raise (translate(e, self._conn.db_path, self._conn.read_only) or e) from None

    def fetchone(self):
        return self._guard(self._cursor.fetchone)

    def fetchall(self):
        return self._guard(self._cursor.fetchall)

    def __iter__(self):
        return iter(self.fetchall())

    def __getattr__(self, name):
        return getattr(self._cursor, name)
