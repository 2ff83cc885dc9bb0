"""One writer per database file: a second Drøftelse on the same file brings the first window forward.

A lock file beside the database (QLockFile) says the file is open; a lock left by a crashed instance names a
process that no longer runs and is taken over. A lock file that cannot be made at all (a read-only folder, a
full disk) is not "open elsewhere": `cannot_lock` says what is wrong, and the window opens the file read-only.
The first instance listens on a local socket named after the file, and a second instance asks it to show itself
instead of opening the file again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

from drøftelse.ui.translation import translate


class InstanceGuard(QObject):
    show_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        path = Path(db_path).resolve()
        self.lock = QLockFile(str(path) + ".lock")
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never because it is old
        self.path = path
        self.server = None  # a QLocalServer once `listen` has run

    @property
    def name(self) -> str:
        import hashlib

        return "droeftelse-" + hashlib.sha256(str(self.path).encode("utf-8")).hexdigest()[:20]

    def acquire(self) -> bool:
        """The file is ours when the lock is; `listen` then lets a second instance bring this window forward."""
        return self.lock.tryLock(200)

    def listen(self) -> None:
        """Answer a second instance's "show yourself". Called after the window's first paint: QtNetwork is not on
        the way to the window (a second start in those few milliseconds is told the file is open, not shown it)."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket left by a crashed instance
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.name)

    def cannot_lock(self) -> str | None:
        """After a failed `acquire`: why the lock file could not be made (a read-only folder, a full disk), in
        Danish, or None when another Drøftelse holds it."""
        if self.lock.error() == QLockFile.LockError.LockFailedError:
            return None
        from drøftelse.services.database import folder_problem

        folder = Path(self.lock.fileName()).parent
        return folder_problem(folder) or translate("InstanceGuard", "låsefilen {0} kan ikke laves").format(
            self.lock.fileName()
        )

    def holder(self) -> str:
        info = self.lock.getLockInfo()  # (pid, host name, application) when the lock file can be read
        return (
            translate("InstanceGuard", "proces {0} på {1}").format(info[0], info[1])
            if info and info[0]
            else translate("InstanceGuard", "et andet program")
        )

    def ask_first_to_show(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(1000):
            return False
        if socket.write(b"vis\n") != 4:
            return False
        socket.waitForBytesWritten(1000)  # False when flushing already sent it all
        done = socket.bytesToWrite() == 0
        socket.disconnectFromServer()
        return done

    def _on_connection(self) -> None:
        socket = self.server.nextPendingConnection()
        if socket.bytesAvailable():  # the request may already be here
            socket.readAll()
            self.show_requested.emit()
        else:
            socket.readyRead.connect(lambda: (socket.readAll(), self.show_requested.emit()))
        socket.disconnected.connect(socket.deleteLater)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()
