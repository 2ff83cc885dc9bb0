"""Presentation mode for the projector (F5): the step's question, the speaker and the timer in large type.

Note fields and other participants' preparation are never shown here. With a second screen attached the
window goes full screen there, and the chairs keep their notes on the laptop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from drøftelse.ui.round_timer import clock_text
from drøftelse.ui.translation import translate


class PresentationWindow(QWidget):
    def __init__(self, view):
        super().__init__(None, Qt.WindowType.Window)
        self.view = view
        self.setWindowTitle(translate("PresentationWindow", "Drøftelse – præsentation"))
        self.setStyleSheet("background: #10243a; color: white;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        self.heading = self._label(40, bold=True)
        self.speaker = self._label(64, bold=True)
        self.clock = self._label(72, bold=True)
        self.state = self._label(28)
        self.lines = self._label(28)
        for w in (self.heading, self.speaker, self.clock, self.state, self.lines):
            layout.addWidget(w)
        layout.addStretch(1)
        hint = self._label(14)
        hint.setText(translate("PresentationWindow", "F5 eller Esc lukker præsentationen"))
        layout.addWidget(hint)
        self._timer = None

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_F5, Qt.Key.Key_Escape):
            self.close()
            return
        super().keyPressEvent(event)

    def _label(self, size: int, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(f"font-size: {size}px; {'font-weight: bold;' if bold else ''}")
        return label

    def show_on_best_screen(self) -> None:
        screens = QGuiApplication.screens()
        mine = self.view.window().screen()
        target = next((s for s in screens if s is not mine), mine)  # the projector when one is attached
        self.setGeometry(target.geometry())  # also where no window manager makes it full screen
        self.showFullScreen()

    def update_from(self, content: dict) -> None:
        self.heading.setText(content.get("heading", ""))
        self.speaker.setText(content.get("speaker", ""))
        self.speaker.setVisible(bool(content.get("speaker")))
        self.lines.setText("\n".join(f"•  {line}" for line in content.get("lines", []) if line))
        timer = content.get("timer")
        if timer is not self._timer:
            if self._timer is not None:
                self._timer.changed.disconnect(self._show_time)
            self._timer = timer
            if timer is not None:
                timer.changed.connect(self._show_time)
        self.clock.setVisible(timer is not None)
        self.state.setVisible(timer is not None)
        self._show_time()

    def _show_time(self) -> None:
        if self._timer is None:
            return
        from drøftelse.ui.pages.round_page import STATE_TEXT

        self.clock.setText(clock_text(self._timer.remaining))
        self.state.setText(translate("RoundPage", STATE_TEXT[self._timer.state]))
