"""Work that waits for a widget's first paint: what the chair waits to see is shown first, and what only later
clicks need (the store's ORM, the session's end watch) starts after it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer


def after_first_paint(widget, then) -> None:
    """Call `then()` once `widget` has been painted for the first time (or after a second, should no paint come)."""
    _FirstPaint(widget, then)


class _FirstPaint(QObject):
    """Calls `then` once `window` has been painted for the first time (or after a second, should no paint come)."""

    def __init__(self, window, then):
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)
        QTimer.singleShot(1000, self.fire)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.fire)  # queued: runs once this paint has been handled and shown
        return False

    def fire(self) -> None:
        then, self.then = self.then, None
        if then is not None:
            then()
