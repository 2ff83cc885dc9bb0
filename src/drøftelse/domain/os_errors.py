"""Why the disk or the database file said no, in Danish: the operating system's and SQLite's own texts are English
("No space left on device", "database or disk is full"), and a message to the user is never half English."""

from __future__ import annotations

import errno

from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate

OS_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("os_errors", "disken er fuld"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("os_errors", "der er ikke mere plads til dig på drevet (kvoten er brugt op)"),
    errno.EACCES: QT_TRANSLATE_NOOP("os_errors", "du har ikke lov til det (adgang nægtet)"),
    errno.EPERM: QT_TRANSLATE_NOOP("os_errors", "du har ikke lov til det (adgang nægtet)"),
    errno.EROFS: QT_TRANSLATE_NOOP("os_errors", "drevet er skrivebeskyttet"),
    errno.ENOENT: QT_TRANSLATE_NOOP("os_errors", "filen eller mappen findes ikke"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("os_errors", "navnet er for langt"),
    errno.EISDIR: QT_TRANSLATE_NOOP("os_errors", "det er en mappe, ikke en fil"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("os_errors", "en del af stien er ikke en mappe"),
    errno.EEXIST: QT_TRANSLATE_NOOP("os_errors", "der findes allerede en fil med det navn"),
    errno.EFBIG: QT_TRANSLATE_NOOP("os_errors", "filen er for stor"),
    errno.EIO: QT_TRANSLATE_NOOP("os_errors", "drevet svarer ikke (læse- eller skrivefejl – er USB-nøglen taget ud?)"),
    errno.EBUSY: QT_TRANSLATE_NOOP("os_errors", "filen er i brug af et andet program"),
    errno.EMFILE: QT_TRANSLATE_NOOP("os_errors", "for mange åbne filer"),
}

# SQLite's primary result codes (the low byte of sqlite3.Error.sqlite_errorcode)
SQLITE_REASONS = {
    13: QT_TRANSLATE_NOOP("os_errors", "disken er fuld"),  # SQLITE_FULL
    8: QT_TRANSLATE_NOOP("os_errors", "databasen er skrivebeskyttet"),  # SQLITE_READONLY
    14: QT_TRANSLATE_NOOP("os_errors", "databasefilen kan ikke åbnes"),  # SQLITE_CANTOPEN
    10: QT_TRANSLATE_NOOP(
        "os_errors", "drevet svarer ikke (læse- eller skrivefejl – er USB-nøglen taget ud?)"
    ),  # SQLITE_IOERR
    11: QT_TRANSLATE_NOOP("os_errors", "databasefilen er beskadiget"),  # SQLITE_CORRUPT
    26: QT_TRANSLATE_NOOP("os_errors", "filen er ikke en database"),  # SQLITE_NOTADB
    5: QT_TRANSLATE_NOOP("os_errors", "databasen er optaget af et andet program"),  # SQLITE_BUSY
    6: QT_TRANSLATE_NOOP("os_errors", "databasen er optaget af et andet program"),  # SQLITE_LOCKED
    3: QT_TRANSLATE_NOOP("os_errors", "du har ikke lov til det (adgang nægtet)"),  # SQLITE_PERM
}


def describe_os_error(e: BaseException) -> str:
    """A short Danish reason for a failed file operation (an OSError, or SQLite's error); unknown ones are named
    by their code rather than by the system's English text."""
    e = getattr(e, "orig", None) or e  # SQLAlchemy wraps SQLite's error
    if isinstance(e, OSError) and e.errno is not None:
        if e.errno in OS_REASONS:
            return translate("os_errors", OS_REASONS[e.errno])
        return translate("os_errors", "operativsystemet afviste det ({0})").format(
            errno.errorcode.get(e.errno, e.errno)
        )
    code = getattr(e, "sqlite_errorcode", None)
    if isinstance(code, int):
        if code & 0xFF in SQLITE_REASONS:
            return translate("os_errors", SQLITE_REASONS[code & 0xFF])
        return translate("os_errors", "databasen afviste det (SQLite-fejl {0})").format(code)
    return translate("os_errors", "ukendt årsag")
