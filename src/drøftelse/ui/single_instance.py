"""One writer per database file: a second Drøftelse on the same file brings the first window forward.

A lock file beside the database (QLockFile) says the file is open; a lock left by a crashed instance names a
process that no longer runs and is taken over. A lock file that cannot be made at all (a read-only folder, a
full disk) is not "open elsewhere": `cannot_lock` says what is wrong, and the window opens the file read-only.
The first instance listens on a local socket named after the file, and a second instance asks it to show itself
instead of opening the file again, and hands it the file double-clicked, if one was ("vis", "aabn <sti>").

A second name for the same file (a hard link) resolves to another path, so a second lock, in the user's runtime
folder, is named after the file's identity (device and inode), and so is the socket: `a.sqlite` and its hard
link `b.sqlite` are one file, and one window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

from drøftelse.paths import file_identity
from drøftelse.ui.translation import translate


class InstanceGuard(QObject):
    show_requested = Signal()
    file_requested = Signal(str)  # a file another start was given (a double-click): opened in this window

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        path = Path(db_path).resolve()
        self.lock = QLockFile(str(path) + ".lock")
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never because it is old
        self.path = path
        self.same_file: QLockFile | None = None  # the lock named after the file's identity, once held
        self.refused_by = self.lock  # the lock another Drøftelse holds, after a failed `acquire`
        self.server = None  # a QLocalServer once `listen` has run

    @property
    def name(self) -> str:
        import hashlib

        identity = file_identity(self.path)
        key = f"{identity[0]}-{identity[1]}" if identity else str(self.path)  # a hard link gives the same key
        return "droeftelse-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]

    def acquire(self) -> bool:
        """The file is ours when both locks are; `listen` then lets a second instance bring this window forward."""
        self.refused_by = self.lock
        if not self.lock.tryLock(200):
            return False
        if self._hold_same_file():
            return True
        self.lock.unlock()
        return False

    def _hold_same_file(self) -> bool:
        """Lock the file's identity; False only when another Drøftelse holds it (the file opened through a hard
        link). A file not made yet, or no runtime folder to lock in, leaves the lock beside the file alone."""
        if self.same_file is not None:
            return True
        lock = identity_lock(self.path)
        if lock is None:
            return True
        if lock.tryLock(200):
            self.same_file = lock
            return True
        if lock.error() == QLockFile.LockError.LockFailedError:
            self.refused_by = lock
            return False
        return True  # the runtime folder cannot be written: the lock beside the file still guards the path

    def listen(self) -> None:
        """Answer a second instance's "show yourself". Called after the window's first paint: QtNetwork is not on
        the way to the window (a second start in those few milliseconds is told the file is open, not shown it)."""
        from PySide6.QtNetwork import QLocalServer

        self._hold_same_file()  # a new database exists by now; before, it had no identity to lock
        QLocalServer.removeServer(self.name)  # a socket left by a crashed instance
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.name)

    def cannot_lock(self) -> str | None:
        """After a failed `acquire`: why the lock file could not be made (a read-only folder, a full disk), in
        Danish, or None when another Drøftelse holds it."""
        if self.refused_by.error() == QLockFile.LockError.LockFailedError:
            return None
        from drøftelse.services.database import folder_problem

        folder = Path(self.lock.fileName()).parent
        return folder_problem(folder) or translate("InstanceGuard", "låsefilen {0} kan ikke laves").format(
            self.lock.fileName()
        )

    def holder(self) -> str:
        info = self.refused_by.getLockInfo()  # (pid, host name, application) when the lock file can be read
        return (
            translate("InstanceGuard", "proces {0} på {1}").format(info[0], info[1])
            if info and info[0]
            else translate("InstanceGuard", "et andet program")
        )

    def ask_first_to_show(self, file: Path | None = None) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(1000):
            return False
        request = b"vis\n" + (f"aabn {Path(file).resolve()}\n".encode() if file is not None else b"")
        if socket.write(request) != len(request):
            return False
        socket.waitForBytesWritten(1000)  # False when flushing already sent it all
        done = socket.bytesToWrite() == 0
        socket.disconnectFromServer()
        return done

    def _on_connection(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.server.nextPendingConnection()
        received = bytearray()
        finished = []

        def read() -> None:
            first = not received
            received.extend(bytes(socket.readAll().data()))
            if first and received:
                self.show_requested.emit()

        def done() -> None:  # the whole request is here once the other start has hung up
            if finished:
                return
            finished.append(True)
            read()
            for line in bytes(received).decode("utf-8", errors="replace").splitlines():
                if line.startswith("aabn "):
                    self.file_requested.emit(line.removeprefix("aabn "))
            socket.deleteLater()

        socket.readyRead.connect(read)
        socket.disconnected.connect(done)
        read()  # the request may already be here
        if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:  # and the other start gone
            done()

    def file_replaced(self) -> None:
        """A backup was put in place: a new file (a new identity) at the same path. The lock beside it stays held;
        the identity lock and the socket (named after the identity) follow the new file."""
        listening = self.server is not None
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
        if self.same_file is not None:
            self.same_file.unlock()
            self.same_file = None
        self._hold_same_file()
        if listening:
            self.listen()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        if self.same_file is not None:
            self.same_file.unlock()
            self.same_file = None
        self.lock.unlock()


def identity_lock(path: Path) -> QLockFile | None:
    """A lock named after the file's identity, in the user's runtime folder on this computer; None when the
    file has no identity yet or there is no folder to lock in."""
    identity = file_identity(path)
    folder = runtime_folder() if identity else None
    if folder is None:
        return None
    lock = QLockFile(str(folder / f"droeftelse-{identity[0]}-{identity[1]}.lock"))
    lock.setStaleLockTime(0)  # as the lock beside the file: stale only when its process is gone
    return lock


def runtime_folder() -> Path | None:
    """The user's own folder for run-time files on this computer (not roaming: inode numbers are per machine),
    made when missing."""
    import warnings

    import platformdirs

    from drøftelse.paths import APP_DIR_NAME

    try:
        with warnings.catch_warnings():  # an unset XDG_RUNTIME_DIR is warned about; the fallback is fine here
            warnings.simplefilter("ignore")
            return Path(platformdirs.user_runtime_dir(APP_DIR_NAME, appauthor=False, ensure_exists=True))
    except (OSError, ValueError):
        return None
