"""The countdown per speaker in the round, with a clock that tests can control."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

WARN_SECONDS = 30


class RoundTimer(QObject):
    """Counts a speaker's time against a limit. `changed` is emitted on every tick and state change."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic, tick_ms: int = 250):
        super().__init__(parent)
        self._clock = clock
        self._limit = 0.0
        self._accumulated = 0.0
        self._started_at: float | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(tick_ms)
        self._ticker.timeout.connect(self.changed.emit)

    def reset(self, limit_seconds: float) -> None:
        self._limit = float(limit_seconds)
        self._accumulated = 0.0
        self._started_at = None
        self._ticker.stop()
        self.changed.emit()

    def set_limit(self, limit_seconds: float) -> None:
        self._limit = float(limit_seconds)
        self.changed.emit()

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self._clock()
            self._ticker.start()
            self.changed.emit()

    def pause(self) -> None:
        if self._started_at is not None:
            self._accumulated += self._clock() - self._started_at
            self._started_at = None
            self._ticker.stop()
            self.changed.emit()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def elapsed(self) -> float:
        running = self._clock() - self._started_at if self._started_at is not None else 0.0
        return self._accumulated + running

    @property
    def remaining(self) -> float:
        return self._limit - self.elapsed

    @property
    def state(self) -> str:
        """ "klar" (not started), "tale", "snart" (the last 30 seconds), "slut" (time is up)."""
        if self.elapsed == 0 and not self.running:
            return "klar"
        if self.remaining <= 0:
            return "slut"
        if self.remaining <= WARN_SECONDS:
            return "snart"
        return "tale"


def clock_text(seconds: float) -> str:
    """03:12 while time is left, +00:12 over time."""
    sign = "+" if seconds < 0 else ""
    s = int(abs(seconds) + (0 if seconds < 0 else 0.999))
    return f"{sign}{s // 60:02d}:{s % 60:02d}"
