"""Every edit is stored as it happens: debounced while typing, flushed on focus change, step change and close.

There is no Save button. A text is written 400 ms after the last keystroke, and at the latest one second after
the first keystroke not yet stored, however steadily someone types: a crash or a killed process loses at most
the last second of typing. The end of the session (SIGTERM, a logout, the app quitting) flushes every autosaver
(`flush_all`, wired up in ui.session_end). When storing fails (a full disk, a read-only file) the text stays in
the window, the failure is reported in Danish, and the next edit tries again. A closed meeting stores nothing:
its autosaver is stopped, and a write refused because another window closed the meeting is dropped and
reported once (`meeting_closed`), not tried again. A shared database's server that cannot be reached keeps every
text pending (`connection_lost`, never `failed` or `saved`); while the window waits for it (`held`) nothing is
tried, and the window flushes when the server is back.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from drøftelse.ui.translation import translate

DEBOUNCE_MS = 400
MAX_WAIT_MS = 1000  # the promise: at most the last second of typing is ever lost

_live: weakref.WeakSet[Autosaver] = weakref.WeakSet()  # every autosaver, for flush_all at the session's end


def nothing_pending() -> bool:
    """True when every text typed in any window has been stored."""
    return not any(saver.has_pending for saver in list(_live) if shiboken6.isValid(saver))


def flush_all() -> None:
    """Store what every window has typed and not yet stored: the session is ending, nobody can be asked."""
    for saver in list(_live):
        if shiboken6.isValid(saver):  # a closed meeting's autosaver may be gone on the C++ side
            saver.ending = True
            try:
                saver.flush()
            finally:
                saver.ending = False  # a logout the user cancels goes on as before


class Autosaver(QObject):
    failed = Signal(str)  # a Danish message for the status bar
    saved = Signal()
    meeting_closed = Signal(str)  # a write met a closed meeting (MeetingClosed's message): the view locks
    connection_lost = Signal(object)  # a write met a server that cannot be reached (ServerUnreachable): kept

    def __init__(self, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS, max_wait_ms: int = MAX_WAIT_MS):
        super().__init__(parent)
        self._debounce = debounce_ms
        self._max_wait = max(max_wait_ms, debounce_ms)
        self._pending: dict[QWidget, Callable[[], None]] = {}
        self._timers: dict[QWidget, tuple[QTimer, QTimer]] = {}
        self.ending = False  # set when the session ends: a save must then not stop to ask anything
        self.stopped = False  # the meeting is closed: nothing is stored any more
        self.held = False  # the server cannot be reached: typing is kept, nothing is tried until it is back
        _live.add(self)

    def stop(self) -> None:
        """Store nothing from now on (the meeting is closed); what is pending is dropped."""
        self.stopped = True
        self._pending.clear()
        for timers in self._timers.values():
            for timer in timers:
                timer.stop()

    def _timer(self, widget, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(interval)
        timer.timeout.connect(lambda w=widget: self._flush_one(w))
        return timer

    def watch_text(self, widget: QPlainTextEdit | QLineEdit, save: Callable[[str], None]) -> None:
        """Store `widget`'s text through `save` as the user types."""
        text_of = widget.toPlainText if isinstance(widget, QPlainTextEdit) else widget.text
        quiet = self._timer(widget, self._debounce)  # restarted by every keystroke
        latest = self._timer(widget, self._max_wait)  # started by the first keystroke not yet stored
        self._timers[widget] = (quiet, latest)

        def changed() -> None:
            if self.stopped:
                return
            self._pending[widget] = lambda: save(text_of())
            quiet.start()
            if not latest.isActive():
                latest.start()

        signal = widget.textChanged
        signal.connect(changed)
        widget.installEventFilter(self)
        widget.destroyed.connect(lambda *_: self._forget(widget))

    def _forget(self, widget) -> None:
        self._pending.pop(widget, None)
        self._timers.pop(widget, None)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusOut and obj in self._pending:
            self._flush_one(obj)
        return False

    def _flush_one(self, widget) -> bool:
        """Store `widget`'s pending text; True when it was stored."""
        save = self._pending.pop(widget, None)
        for timer in self._timers.get(widget, ()):
            timer.stop()
        if save is None or self.stopped:
            return False
        if self.held and not self.ending:  # kept for when the server is back (the session's end still tries)
            self._pending[widget] = save
            return False
        try:
            save()
        except Exception as e:  # noqa: BLE001 - the text must stay in the window whatever the store says
            from drøftelse.domain.errors import MeetingClosed, ServerUnreachable

            if isinstance(e, MeetingClosed):  # closed elsewhere: trying again cannot help
                self.stop()
                self.meeting_closed.emit(e.message)
                return False
            self._pending[widget] = save  # try again on the next edit or flush
            if isinstance(e, ServerUnreachable):  # the window says so once, and tries when the server is back
                self.connection_lost.emit(e)
            else:
                self.failed.emit(describe_failure(e))
            return False
        self.saved.emit()
        return True

    def flush(self) -> int:
        """Store everything typed and not yet stored (on step change, close, export); how many texts were."""
        return sum(self._flush_one(widget) for widget in list(self._pending))

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def is_pending(self, widget: QWidget) -> bool:
        """Whether `widget` holds typing not yet stored."""
        return widget in self._pending


def describe_failure(e: Exception) -> str:
    from drøftelse.domain.errors import DatabaseFull, DroeftelseError

    if isinstance(e, DroeftelseError) and not isinstance(e, DatabaseFull):  # full: said below, the text kept
        return e.message
    text = str(getattr(e, "orig", e)).lower()
    if "readonly" in text or "read-only" in text:
        why = translate("autosave", "databasen er skrivebeskyttet")
    elif isinstance(e, DatabaseFull) or "full" in text:
        why = translate("autosave", "disken er fuld")
    elif "unable to open" in text or "disk i/o" in text:
        why = translate("autosave", "databasefilen kan ikke nås (er USB-nøglen taget ud?)")
    else:
        from drøftelse.domain.os_errors import describe_os_error

        why = describe_os_error(e)
    return translate(
        "autosave", "Teksten kunne ikke gemmes: {0}. Den står stadig i vinduet og gemmes ved næste ændring."
    ).format(why)
