"""Presentation mode for the projector (F5): the step's question, the frame's purpose, the speaker and the timer,
and the text the group has agreed, in large type.

Only what the room should see: note fields, participants' preparation and personal data (a named member's
training) stay on the chairs' screen. With a second screen the window goes full screen there (the chairs may
choose which) and the chairs keep their notes on the laptop; when that screen is unplugged the window moves back.
On one screen the window covers the laptop, so it answers every shortcut of the wizard itself, has a small
control strip that hides itself, and B blanks the screen as in PowerPoint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.ui.round_timer import clock_text
from drøftelse.ui.translation import translate

STRIP_HIDE_MS = 3000
SHORT_TEXT = {  # the control strip on a narrow window (a small screen or 200 % scaling)
    "previous": "◀",
    "next": "▶",
    "timer": QT_TRANSLATE_NOOP("PresentationWindow", "Tid"),
    "speaker": QT_TRANSLATE_NOOP("PresentationWindow", "Taler"),
    "write": "F2",
    "blank": "B",
    "close": "Esc",
}  # the control strip hides itself when the mouse rests this long


class PresentationWindow(QWidget):
    def __init__(self, view):
        super().__init__(None, Qt.WindowType.Window)
        self.view = view
        self.setWindowTitle(translate("PresentationWindow", "Drøftelse – præsentation"))
        self.setAccessibleName(translate("PresentationWindow", "Præsentation"))
        self.setStyleSheet("background: #10243a; color: white;")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the keys come here: nothing inside takes focus
        self.setMouseTracking(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)

        content = QWidget()
        content.setMouseTracking(True)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(60, 40, 60, 20)
        self.heading = self._label(40, translate("PresentationWindow", "Trin"), bold=True)
        self.purpose = self._label(24, translate("PresentationWindow", "Formål"), colour="#c9d8e8")
        self.speaker = self._label(64, "Taler", bold=True)
        self.clock = self._label(72, "Tid tilbage", bold=True)
        self.state = self._label(28, translate("PresentationWindow", "Status for taletid"))
        self.lines = self._label(28, translate("PresentationWindow", "Spørgsmål"))
        self.agreed = self._label(26, translate("PresentationWindow", "Det, I er enige om"), colour="#fff1c9")
        self.write_hint = self._label(16, "Skriver")
        self.write_hint.hide()
        for w in (self.heading, self.purpose, self.speaker, self.clock, self.state, self.lines, self.agreed):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.write_hint)
        self.pages.addWidget(content)
        self.blank = QWidget()  # B: a black screen, as in PowerPoint
        self.blank.setStyleSheet("background: black;")
        self.blank.setAccessibleName(translate("PresentationWindow", "Sort skærm"))
        self.blank.setMouseTracking(True)
        self.pages.addWidget(self.blank)

        self.strip = QFrame()
        self.strip.setStyleSheet("QFrame { background: #1c3a5a; } QPushButton { font-size: 14px; padding: 4px 10px; }")
        self.strip.setAccessibleName(translate("PresentationWindow", "Betjening"))
        strip_layout = QHBoxLayout(self.strip)
        strip_layout.setContentsMargins(12, 4, 12, 4)
        self.strip_buttons: dict[str, QPushButton] = {}
        for key, text, tip, slot in (
            (
                "previous",
                translate("PresentationWindow", "◀ Trin"),
                translate("PresentationWindow", "Forrige trin (Alt+←, Page Up)"),
                lambda: view.go_to(view.index - 1),
            ),
            (
                "next",
                translate("PresentationWindow", "Trin ▶"),
                translate("PresentationWindow", "Næste trin (Alt+→, Page Down)"),
                lambda: view.go_to(view.index + 1),
            ),
            (
                "timer",
                translate("PresentationWindow", "Start/pause"),
                translate("PresentationWindow", "Start eller pause taletiden (Ctrl+Mellemrum)"),
                lambda: self.run_page_action("timer"),
            ),
            (
                "speaker",
                translate("PresentationWindow", "Næste taler"),
                translate("PresentationWindow", "Giv ordet videre (Ctrl+Enter)"),
                lambda: self.run_page_action("next_speaker"),
            ),
            (
                "write",
                translate("PresentationWindow", "Skriv (F2)"),
                translate("PresentationWindow", "Skriv i feltet på jeres skærm; F2 eller Esc holder op"),
                lambda: self.set_writing(not self.writing),
            ),
            (
                "blank",
                translate("PresentationWindow", "Sort (B)"),
                translate("PresentationWindow", "Sort skærm (B)"),
                self.toggle_blank,
            ),
            (
                "close",
                translate("PresentationWindow", "Luk (Esc)"),
                translate("PresentationWindow", "Luk præsentationen (Esc eller F5)"),
                self.close,
            ),
        ):
            b = QPushButton(text)
            b.setProperty("long_text", text)
            b.setProperty("short_text", translate("PresentationWindow", SHORT_TEXT[key]))
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the window
            b.setAccessibleName(tip)  # the whole tip: its keys belong to what the button does
            b.setToolTip(tip)
            b.clicked.connect(lambda *_, s=slot: s())
            strip_layout.addWidget(b)
            self.strip_buttons[key] = b
        strip_layout.addStretch(1)
        outer.addWidget(self.strip)
        self.strip_timer = QTimer(self)
        self.strip_timer.setSingleShot(True)
        self.strip_timer.setInterval(STRIP_HIDE_MS)
        self.strip_timer.timeout.connect(self.strip.hide)
        for widget in self.findChildren(QWidget):  # a moving mouse anywhere brings the strip back
            widget.setMouseTracking(True)

        self._timer = None
        self.chosen_screen: str | None = None  # a screen's name, chosen by the chairs; None: the other screen
        self.writing = False  # F2: the keys write into the chairs' text box, shown here as it grows
        QGuiApplication.instance().screenRemoved.connect(self.screen_removed)

    # --- keys and the control strip
    def keyPressEvent(self, event) -> None:  # noqa: N802
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier  # Enter on the keypad is Enter
        key = event.key()
        plain = mods == Qt.KeyboardModifier.NoModifier
        pressed = QKeySequence(event.keyCombination().key().value | mods.value)
        action = self.view.presentation_keys().get(pressed.toString(QKeySequence.SequenceFormat.PortableText))
        if action is not None:  # the wizard's shortcuts work while writing too
            action()
        elif key == Qt.Key.Key_F2 and plain:
            self.set_writing(not self.writing)
        elif self.writing and key == Qt.Key.Key_Escape and plain:
            self.set_writing(False)
        elif self.writing:
            self._write(event)
        elif key in (Qt.Key.Key_F5, Qt.Key.Key_Escape) and plain:
            self.close()
            return
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period) and plain:
            self.toggle_blank()
        else:
            super().keyPressEvent(event)
            return
        self.view.refresh_presentation()

    def set_writing(self, on: bool) -> None:
        target = self._text_target()
        self.writing = on and target is not None
        self.write_hint.setText(
            translate("PresentationWindow", "Skriver i »{0}« – F2 eller Esc holder op").format(target.accessibleName())
            if self.writing and target
            else ""
        )
        self.write_hint.setVisible(self.writing)
        if on and target is None:
            self.view.message.emit(
                translate("PresentationWindow", "Der er ingen tekstfelt at skrive i på dette trin."), False
            )

    def _text_target(self):
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

        widget = self.view.window().focusWidget()  # where the chairs' cursor stands, behind this window
        if isinstance(widget, QPlainTextEdit | QLineEdit) and widget.isEnabled() and not widget.isReadOnly():
            return widget
        return None

    def _write(self, event) -> None:
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        target = self._text_target()
        if target is None:
            self.set_writing(False)
            return
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat())
        QApplication.sendEvent(target, copy)

    def run_page_action(self, name: str) -> None:
        action = getattr(self.view.page, "keyboard_actions", dict)().get(name)
        if action is not None:
            action()
            self.view.refresh_presentation()

    def toggle_blank(self) -> None:
        self.pages.setCurrentWidget(self.content if self.blanked else self.blank)

    @property
    def content(self) -> QWidget:
        return self.pages.widget(0)

    @property
    def blanked(self) -> bool:
        return self.pages.currentWidget() is self.blank

    def show_strip(self) -> None:
        self.strip.show()
        self.strip_timer.start()

    def event(self, event) -> bool:
        if event.type() in (QEvent.Type.MouseMove, QEvent.Type.HoverMove):
            self.show_strip()
        return super().event(event)

    def _label(self, size: int, name: str, bold: bool = False, colour: str = "") -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(name)
        label.setMouseTracking(True)
        label.setProperty("design_size", size)  # px on a 1366×768 screen; scaled to the window (resizeEvent)
        label.setProperty(
            "design_style", f"{'font-weight: bold;' if bold else ''} {f'color: {colour};' if colour else ''}"
        )
        self._size_label(label, 1.0)
        return label

    def _size_label(self, label: QLabel, scale: float) -> None:
        size = max(12, round(label.property("design_size") * scale))
        label.setStyleSheet(f"font-size: {size}px; {label.property('design_style')}")

    def resizeEvent(self, event) -> None:  # noqa: N802
        # the type follows the screen: a small projector or 200 % scaling must not cut the speaker's name off
        scale = max(0.45, min(self.width() / 1366, self.height() / 768, 1.6))
        for label in self.content.findChildren(QLabel):
            self._size_label(label, scale)
        self.content.layout().setContentsMargins(round(60 * scale), round(40 * scale), round(60 * scale), 10)
        narrow = self.width() < 760  # the strip's buttons say less, so none is cut off
        for button in self.strip_buttons.values():
            button.setText(button.property("short_text" if narrow else "long_text"))
        super().resizeEvent(event)

    # --- which screen
    def target_screen(self, gone=None):
        """The screen chosen by the chairs if it is there, else a screen other than the chairs' (the projector),
        else the chairs' own. `gone` is a screen being unplugged."""
        screens = [s for s in QGuiApplication.screens() if s is not gone]
        mine = self.chairs_screen(gone)
        chosen = next((s for s in screens if s.name() == self.chosen_screen), None)
        return chosen or next((s for s in screens if s is not mine), mine)

    def chairs_screen(self, gone=None):
        mine = self.view.window().screen()
        if mine is None or mine is gone:
            mine = next(s for s in QGuiApplication.screens() if s is not gone)
        return mine

    def show_on_best_screen(self, gone=None) -> None:
        target = self.target_screen(gone)
        on_own_screen = target is not self.chairs_screen(gone)
        # on the projector the chairs' window keeps the keyboard, so they can go on typing notes
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, on_own_screen)
        if self.isVisible():
            self.showNormal()  # a full-screen window moves between screens only as a normal one
        if self.windowHandle() is None:
            self.winId()
        self.windowHandle().setScreen(target)
        self.setGeometry(target.geometry())  # also where no window manager makes it full screen
        self.showFullScreen()
        self.show_strip()
        if not on_own_screen:
            self.activateWindow()
            self.setFocus()

    def screen_removed(self, screen) -> None:
        """A screen was unplugged: if the view was there, it comes back to a screen still attached (the chairs'),
        showing the same step, speaker and time; nothing is lost, for all it shows lives in the chairs' window."""
        handle = self.windowHandle()
        if not self.isVisible() or handle is None or handle.screen() is not screen:
            return
        self.show_on_best_screen(gone=screen)
        text = "Skærmen blev taget fra. Præsentationen vises nu her; F5 eller Esc lukker den."
        self.view.message.emit(text, False)

    # --- what is shown
    def update_from(self, content: dict) -> None:
        self.heading.setText(content.get("heading", ""))
        self.purpose.setText(content.get("purpose", ""))
        self.purpose.setVisible(bool(content.get("purpose")))
        self.speaker.setText(content.get("speaker", ""))
        self.speaker.setVisible(bool(content.get("speaker")))
        self.lines.setText("\n".join(f"•  {line}" for line in content.get("lines", []) if line))
        agreed = [line for line in content.get("agreed", []) if line]
        self.agreed.setText("\n".join(agreed))
        self.agreed.setVisible(bool(agreed))
        timer = content.get("timer")
        if timer is not self._timer:
            if self._timer is not None:
                self._timer.changed.disconnect(self._show_time)
            self._timer = timer
            if timer is not None:
                timer.changed.connect(self._show_time)
        self.clock.setVisible(timer is not None)
        self.state.setVisible(timer is not None)
        for key in ("timer", "speaker"):
            self.strip_buttons[key].setVisible(timer is not None)
        self.strip_buttons["previous"].setEnabled(self.view.index > 0)
        self.strip_buttons["next"].setEnabled(self.view.index < len(self.view.pages) - 1)
        self._show_time()

    def shown_text(self) -> str:
        """Every word the room can see now, for tests and for the chairs' peace of mind."""
        if self.blanked or not self.isVisible():
            return ""
        return "\n".join(w.text() for w in self.content.findChildren(QLabel) if w.isVisibleTo(self))

    def _show_time(self) -> None:
        if self._timer is None:
            return
        from drøftelse.ui.pages.round_page import STATE_TEXT

        self.clock.setText(clock_text(self._timer.remaining))
        self.state.setText(translate("RoundPage", STATE_TEXT[self._timer.state]))
