"""SQLite's errors as Danish messages a user can act on: a damaged file, a text in it that cannot be read, a full
disk, a file another program holds, a file opened read-only. Used for the plain sqlite3 connections and, through
SQLAlchemy's handle_error event, for the ORM, so a service never lets `database disk image is malformed` reach the
window or the command line."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from drøftelse.domain import i18n  # i18n.translate: this module has its own translate (for SQLite's errors)
from drøftelse.domain.errors import (
    ChangeLogLocked,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseFull,
    DatabaseReadOnly,
    DatabaseUnreadableText,
    DroeftelseError,
    MeetingClosed,
)
from drøftelse.paths import backup_dir_for
from drøftelse.store.backup import list_backups
from drøftelse.store.file_access import readonly_uri

READ_ONLY = i18n.QT_TRANSLATE_NOOP("sqlite_errors", "skrivebeskyttet — ændringer gemmes ikke")

# Python's sqlite3, not SQLite, raises this (no sqlite_errorname) when a stored text is not valid UTF-8
_UNDECODABLE = "Could not decode to UTF-8"
_ROOM_LEFT = 1 << 20  # less free than this after a failed write: the disk is what is full


def is_damage(e: BaseException) -> bool:
    """SQLite found damage, or a text in the file (a value, or the schema SQLite quotes) is not valid UTF-8."""
    return _code(e).startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or is_unreadable_text(e)


def is_unreadable_text(e: BaseException) -> bool:
    """A stored value (sqlite3's OperationalError) or a name or message from SQLite (UnicodeDecodeError, raised
    when Python decodes what SQLite quotes from a damaged schema) that is not valid UTF-8."""
    return isinstance(e, UnicodeDecodeError) or (
        isinstance(e, sqlite3.OperationalError) and str(e).startswith(_UNDECODABLE)
    )


def is_busy(e: BaseException) -> bool:
    return _code(e).startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def is_full(e: BaseException, path: Path | None = None) -> bool:
    """The disk is full: SQLITE_FULL, an OSError ENOSPC/EDQUOT, or (with WAL) SQLite failing to grow its -shm
    file. Looks through SQLAlchemy's wrapping and the exception's causes. Given the database's `path`, another
    SQLite I/O error counts too when the disk has (almost) no room left: SQLite cannot say why a write failed."""
    for x in _chain(e):
        if isinstance(x, DatabaseFull):
            return True
        if isinstance(x, OSError) and x.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        code = _code(x)
        if code.startswith("SQLITE_FULL") or code == "SQLITE_IOERR_SHMSIZE":
            return True
        if path is not None and code.startswith("SQLITE_IOERR") and _little_room(path):
            return True
    return False


def _chain(e: BaseException):
    seen: set[int] = set()
    todo: list[BaseException | None] = [e]
    while todo:
        x = todo.pop()
        if x is None or id(x) in seen:
            continue
        seen.add(id(x))
        yield x
        todo += [getattr(x, "orig", None), x.__cause__, x.__context__]


def _little_room(path: Path) -> bool:
    folder = Path(path).parent
    try:
        return shutil.disk_usage(folder).free < _ROOM_LEFT
    except OSError:
        return False


def _code(e: BaseException) -> str:
    return getattr(e, "sqlite_errorname", None) or ""


def translate(e: BaseException, path: Path, read_only: str | None = None) -> DroeftelseError | None:
    """The Danish error for `e`, or None when it is not one of ours to explain (left to the caller)."""
    if isinstance(e, DroeftelseError):  # raised while SQLAlchemy prepared the statement (a text over its limit)
        return e
    refused = trigger_refusal(e)
    if refused is not None:
        return refused
    code = _code(e)
    if isinstance(e, UnicodeDecodeError) or (code == "SQLITE_ERROR" and unreadable_schema(path)):
        # SQLite quoted a damaged schema, or a name in it no longer reads as what the program asks for
        return DatabaseDamaged(damaged_schema_message(path))
    if is_unreadable_text(e):
        return DatabaseUnreadableText(unreadable_text_message(path))
    if is_damage(e) or code in ("SQLITE_IOERR_READ", "SQLITE_IOERR_SHORT_READ"):
        return DatabaseDamaged(damaged_message(path))
    if is_busy(e):
        return DatabaseBusy(busy_message(path))
    if read_only and code.startswith("SQLITE_READONLY"):
        return DatabaseReadOnly(read_only_message(path, read_only))
    if is_full(e, path):
        return DatabaseFull(full_disk_message(path, i18n.translate("sqlite_errors", "ændringen")))
    return None  # another I/O error (a USB stick pulled out) is left to the caller, which knows what was done


def trigger_refusal(e: BaseException) -> DroeftelseError | None:
    """The database's own refusals (revision 0009's triggers, SQLite's or PostgreSQL's) in Danish: a write to a
    closed meeting, a change to the log of changes."""
    for x in _chain(e):
        text = str(x)
        if "droeftelse:meeting-closed" in text:
            return MeetingClosed()
        if "droeftelse:change-log" in text:
            return ChangeLogLocked(
                i18n.translate(
                    "sqlite_errors",
                    "Ændringsloggen for et afsluttet møde kan ikke rettes eller slettes. Intet er ændret.",
                )
            )
    return None


def unreadable_schema(path: Path) -> list[str]:
    """The schema's entries (sqlite_master) with a name or SQL text that is not valid UTF-8, as Danish lines;
    empty when there are none or the file cannot be read at all (that is said elsewhere). Read-only, through a
    connection of its own that ignores a schema SQLite cannot parse."""
    try:
        conn = sqlite3.connect(readonly_uri(Path(path)), uri=True, timeout=1)
    except sqlite3.Error:
        return []
    try:
        conn.text_factory = bytes
        conn.execute("PRAGMA writable_schema = ON")  # only read: a schema that does not parse is still listed
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    except (sqlite3.Error, UnicodeDecodeError):
        return []
    finally:
        conn.close()
    return schema_problems(rows)


def schema_problems(rows) -> list[str]:
    """`rows` are sqlite_master's (type, name, tbl_name, sql) read as bytes; the Danish lines for each text in
    them that is not valid UTF-8."""
    kinds = {
        b"table": i18n.translate("sqlite_errors", "tabellen"),
        b"index": i18n.translate("sqlite_errors", "indekset"),
        b"trigger": i18n.translate("sqlite_errors", "udløseren"),
        b"view": i18n.translate("sqlite_errors", "visningen"),
    }
    problems = []
    for kind, name, table, sql in rows:
        for field, value in (("name", name), ("tbl_name", table), ("sql", sql)):
            if isinstance(value, bytes) and not decodes(value):
                problems.append(
                    i18n.translate(
                        "sqlite_errors", "skemaet, {0} {1}, feltet {2}: teksten er ikke gyldig UTF-8 (»{3}«)"
                    ).format(kinds.get(kind, shown(kind)), shown(name), field, shown(value))
                )
    return problems


def decodes(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def shown(value, limit: int = 40) -> str:
    """A stored text as far as it can be read, around its first byte that is not UTF-8 (shown as �)."""
    if isinstance(value, bytes):
        try:
            value.decode("utf-8")
            start = 0
        except UnicodeDecodeError as e:
            start = max(0, e.start - limit // 2)
        text = ("…" if start else "") + value[start:].decode("utf-8", "replace")
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def backup_advice(path: Path) -> str:
    """Which copy to use instead of a damaged file: the newest rotating backup, or where they would be."""
    path = Path(path).resolve()
    backups = list_backups(path)
    if backups:
        return i18n.translate(
            "sqlite_errors",
            "Den seneste sikkerhedskopi er {0}: læg den tilbage med 'droeftelse backup --gendan {0}' eller "
            "»Gendan sikkerhedskopi …« i vinduet (den beskadigede fil gemmes først)",
        ).format(backups[-1])
    return i18n.translate(
        "sqlite_errors",
        "Der er ingen sikkerhedskopier i {0}: brug den seneste kopi, I selv har taget "
        "med 'droeftelse backup' eller »Sikkerhedskopi …«",
    ).format(backup_dir_for(path))


def damaged_message(path: Path) -> str:
    return i18n.translate(
        "sqlite_errors",
        "Databasen {0} er beskadiget (SQLite kan ikke læse alle dens sider). Filen er ikke ændret. {1}.",
    ).format(Path(path).resolve(), backup_advice(path))


def damaged_schema_message(path: Path) -> str:
    return i18n.translate(
        "sqlite_errors",
        "Databasen {0} er beskadiget: dens skema (beskrivelsen af tabellerne) kan ikke læses. Filen er ikke ændret. "
        "{1}.",
    ).format(Path(path).resolve(), backup_advice(path))


def unreadable_text_message(path: Path) -> str:
    path = Path(path).resolve()
    return i18n.translate(
        "sqlite_errors",
        "En tekst i databasen {0} kan ikke læses (den er ikke gyldig UTF-8, så filen er beskadiget et sted). "
        "Filen er ikke ændret. Kør 'droeftelse --db {0} check' for at se, hvor teksten står. {1}.",
    ).format(path, backup_advice(path))


def full_disk_message(path: Path, doing: str) -> str:
    """`doing` is what could not be stored, e.g. "ændringen" or "den nye database"."""
    return i18n.translate(
        "sqlite_errors",
        "Disken med databasen {0} er fuld, så {1} kunne ikke gemmes. Intet er ændret. "
        "Frigør plads på disken, og prøv igen.",
    ).format(path, doing)


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
        except (sqlite3.Error, UnicodeDecodeError) as e:  # UnicodeDecodeError: SQLite quoted a damaged schema
            raise (translate(e, self.db_path, self.read_only) or e) from None


class _Cursor:
    """Rows are read step by step, so damage can show up while fetching; it is explained there too."""

    def __init__(self, cursor: sqlite3.Cursor, conn: Connection):
        self._cursor, self._conn = cursor, conn

    def _guard(self, fetch, *args):
        try:
            return fetch(*args)
        except (sqlite3.Error, UnicodeDecodeError) as e:
            raise (translate(e, self._conn.db_path, self._conn.read_only) or e) from None

    def fetchone(self):
        return self._guard(self._cursor.fetchone)

    def fetchall(self):
        return self._guard(self._cursor.fetchall)

    def fetchmany(self, *size):
        return self._guard(self._cursor.fetchmany, *size)

    def __iter__(self):
        return iter(self.fetchall())

    def __getattr__(self, name):
        return getattr(self._cursor, name)
