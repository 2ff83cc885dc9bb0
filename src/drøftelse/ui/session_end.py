"""The session can end without anyone closing the window: a shutdown or `kill` sends SIGTERM, a logout asks the
app to commit its data, Qt quits. Each of them first stores what was typed and not yet stored."""

from __future__ import annotations

import contextlib
import signal
import socket

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication


def store_typing_when_the_session_ends(app: QApplication) -> None:
    app.aboutToQuit.connect(flush_all)
    app.commitDataRequest.connect(lambda _manager: flush_all())  # the desktop session is logging out
    _end_on_sigterm(app)


def _end_on_sigterm(app: QApplication) -> None:
    """SIGTERM closes the app as "Afslut" does, after storing everything.

    Qt's event loop runs in C++, where Python's signal handlers never get a turn; the signal wakes the loop
    through a socket (signal.set_wakeup_fd), and the handler then only schedules the work on the loop, so it
    never runs in the middle of a save."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: _drain(reader))  # Python runs here, so the handler below gets its turn
    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, lambda: _end(app)))
    _keep.extend((reader, writer, notifier))


_keep: list = []  # the socket pair and its notifier live as long as the app


def _drain(reader: socket.socket) -> None:
    with contextlib.suppress(OSError):
        reader.recv(64)


def _end(app: QApplication) -> None:
    flush_all()
    app.closeAllWindows()  # each window's close: running exports cancelled, the file's lock released
    app.quit()


def flush_all() -> None:
    from drøftelse.ui.autosave import flush_all as flush  # loaded with the first meeting, not before the window

    flush()
