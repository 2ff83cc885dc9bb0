"""Why the disk or the database file said no, in Danish: the operating system's and SQLite's own texts are English
("No space left on device", "database or disk is full"), and a message to the user is never half English."""

from __future__ import annotations

import errno

OS_REASONS = {
    errno.ENOSPC: "disken er fuld",
    errno.EDQUOT: "der er ikke mere plads til dig på drevet (kvoten er brugt op)",
    errno.EACCES: "du har ikke lov til det (adgang nægtet)",
    errno.EPERM: "du har ikke lov til det (adgang nægtet)",
    errno.EROFS: "drevet er skrivebeskyttet",
    errno.ENOENT: "filen eller mappen findes ikke",
    errno.ENAMETOOLONG: "navnet er for langt",
    errno.EISDIR: "det er en mappe, ikke en fil",
    errno.ENOTDIR: "en del af stien er ikke en mappe",
    errno.EEXIST: "der findes allerede en fil med det navn",
    errno.EFBIG: "filen er for stor",
    errno.EIO: "drevet svarer ikke (læse- eller skrivefejl – er USB-nøglen taget ud?)",
    errno.EBUSY: "filen er i brug af et andet program",
    errno.EMFILE: "for mange åbne filer",
}

# SQLite's primary result codes (the low byte of sqlite3.Error.sqlite_errorcode)
SQLITE_REASONS = {
    13: "disken er fuld",  # SQLITE_FULL
    8: "databasen er skrivebeskyttet",  # SQLITE_READONLY
    14: "databasefilen kan ikke åbnes",  # SQLITE_CANTOPEN
    10: "drevet svarer ikke (læse- eller skrivefejl – er USB-nøglen taget ud?)",  # SQLITE_IOERR
    11: "databasefilen er beskadiget",  # SQLITE_CORRUPT
    26: "filen er ikke en database",  # SQLITE_NOTADB
    5: "databasen er optaget af et andet program",  # SQLITE_BUSY
    6: "databasen er optaget af et andet program",  # SQLITE_LOCKED
    3: "du har ikke lov til det (adgang nægtet)",  # SQLITE_PERM
}


def describe_os_error(e: BaseException) -> str:
    """A short Danish reason for a failed file operation (an OSError, or SQLite's error); unknown ones are named
    by their code rather than by the system's English text."""
    e = getattr(e, "orig", None) or e  # SQLAlchemy wraps SQLite's error
    if isinstance(e, OSError) and e.errno is not None:
        if e.errno in OS_REASONS:
            return OS_REASONS[e.errno]
        return f"operativsystemet afviste det ({errno.errorcode.get(e.errno, e.errno)})"
    code = getattr(e, "sqlite_errorcode", None)
    if isinstance(code, int):
        return SQLITE_REASONS.get(code & 0xFF, f"databasen afviste det (SQLite-fejl {code})")
    return "ukendt årsag"
