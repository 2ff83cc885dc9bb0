"""What the file system allows beside a database file: whether the file and its folder can be written, why not
(in Danish), and how to read the file when they cannot. Plain os and sqlite3 URIs; used when a database is opened
and when it is copied."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

from drøftelse.domain.i18n import translate


def readonly_uri(path: Path, writable: bool | None = None) -> str:
    """A read-only URI for `path`. When the file or its folder cannot be written (`writable`, found out when not
    given) and there is no -wal file beside it (so nothing unread), it is read as immutable: SQLite then needs no
    WAL index beside it, which it could not make in a read-only folder and would leave behind beside a
    read-only file."""
    uri = path.resolve().as_uri() + "?mode=ro"
    if not Path(f"{path}-wal").exists():
        if writable is None:
            writable = file_problem(path) is None and folder_problem(path.parent) is None
        if not writable:
            uri += "&immutable=1"
    return uri


def file_problem(path: Path) -> str | None:
    """Why the database file itself cannot be written to, or None. Asked with access(2), never by opening the file:
    closing any descriptor of a file drops every POSIX lock this process holds on it, SQLite's shared lock
    included, and another program's SQLite then believes it is the last and removes the -wal and -shm under us."""
    try:
        os.stat(path)
    except PermissionError:
        return translate("file_access", "filen er skrivebeskyttet")
    except OSError:
        return None  # a missing file and other faults are for opening to report
    if os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids):
        return None
    if _on_read_only_drive(path):
        return translate("file_access", "filen ligger på et drev, der kun kan læses")
    return translate("file_access", "filen er skrivebeskyttet")


def _on_read_only_drive(path: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)  # not on Windows, where access(2) already said all there is
    try:
        return statvfs is not None and bool(statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def folder_problem(folder: Path) -> str | None:
    """Why nothing can be created in `folder` (SQLite's journal, the lock file), or None. A tiny file is made and
    removed again: the only honest test (permissions, ACLs, read-only drives, a full disk)."""
    probe = folder / f".droeftelse-proeve-{os.getpid()}-{threading.get_ident()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileNotFoundError:
        return None  # a missing folder is reported where it is needed
    except OSError as e:
        return _folder_reason(folder, e)
    try:
        os.write(fd, b"0")
        return None
    except OSError as e:
        return _folder_reason(folder, e)
    finally:
        os.close(fd)
        probe.unlink(missing_ok=True)


def _folder_reason(folder: Path, e: OSError) -> str:
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("file_access", "disken er fuld")
    if e.errno == errno.EROFS:
        return translate("file_access", "mappen {0} ligger på et drev, der kun kan læses").format(folder)
    if e.errno in (errno.EACCES, errno.EPERM):
        return translate("file_access", "mappen {0} er skrivebeskyttet").format(folder)
    return translate("file_access", "der kan ikke oprettes filer i mappen {0} (fejl {1})").format(
        folder, errno.errorcode.get(e.errno, e.errno)
    )


def cannot_open_reason(path: Path) -> str:
    """Why SQLite could not open a file that is not damaged, in Danish."""
    if not os.access(path, os.R_OK):
        return translate("file_access", "filen må ikke læses af denne bruger")
    return folder_problem(path.parent) or translate("file_access", "SQLite kan ikke åbne den")
