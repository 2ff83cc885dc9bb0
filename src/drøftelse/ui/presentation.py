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
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.ui.presentation_fit import TypeFitting
from drøftelse.ui.presentation_keys import PresentationKeys
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


ROOM_STATE_TEXT = {  # the round timer's state as the room sees it (the chairs' page says what to press)
    "klar": "",
    "tale": QT_TRANSLATE_NOOP("PresentationWindow", "Taler"),
    "snart": QT_TRANSLATE_NOOP("PresentationWindow", "Snart tid"),
    "slut": QT_TRANSLATE_NOOP("PresentationWindow", "Tiden er gået"),
}


class PresentationWindow(PresentationKeys, TypeFitting, QWidget):
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
        # the screen decides the size, and the type follows it (fit_type): large type must not hold the window large
        outer.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._build_content())
        self.pages.addWidget(self._build_blank())
        outer.addWidget(self._build_strip())
        self._make_strip_timer()
        for widget in self.findChildren(QWidget):  # a moving mouse anywhere brings the strip back
            widget.setMouseTracking(True)

        self._timer = None
        self.scale = 1.0  # the type's scale, fitted to the window (fit_type)
        self.chosen_screen: str | None = None  # a screen's name, chosen by the chairs; None: the other screen
        self.writing = False  # F2: the keys write into the chairs' text box, shown here as it grows
        self._join_pending = False
        QGuiApplication.instance().screenRemoved.connect(self.screen_removed)

    def _build_content(self) -> QWidget:
        """What the room sees: the step's heading and question, the speaker and the time, the agreed text, the
        phones' ideas, vote and QR code."""
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
        # the phones (ui/phone_panel.py): the room's ideas, a vote's dots, and the QR code with the short address
        self.phone_ideas = self._label(24, translate("PresentationWindow", "Idéer fra telefonerne"), colour="#c9f0d8")
        self.phone_vote = self._label(34, translate("PresentationWindow", "Afstemningen"), colour="#ffd9d2")
        for w in (
            self.heading,
            self.purpose,
            self.speaker,
            self.clock,
            self.state,
            self.lines,
            self.agreed,
            self.phone_ideas,
            self.phone_vote,
        ):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self._build_phone_column())
        layout.addWidget(self.write_hint)
        self._phone_url = None
        return content

    def _build_phone_column(self) -> QWidget:
        self.phone_column = QWidget()  # shown only while the phone server runs: otherwise it takes no room at all
        self.phone_column.setMouseTracking(True)
        self.phone_column.hide()
        # at the bottom right: the QR code over the address. One column (no row beside the step's text), so
        # fit_type measures its height as it measures the labels'
        join = QVBoxLayout(self.phone_column)
        join.setContentsMargins(0, 0, 0, 0)
        self.phone_qr = QLabel()
        self.phone_qr.setAccessibleName(translate("PresentationWindow", "QR-kode til telefonerne"))
        self.phone_qr.setMouseTracking(True)
        join.addWidget(self.phone_qr, 0, Qt.AlignmentFlag.AlignRight)
        self.phone_address = self._label(16, translate("PresentationWindow", "Adressen til telefonerne"))
        self.phone_address.setAlignment(Qt.AlignmentFlag.AlignRight)
        join.addWidget(self.phone_address)
        return self.phone_column

    def _build_blank(self) -> QWidget:
        self.blank = QWidget()  # B: a black screen, as in PowerPoint
        self.blank.setStyleSheet("background: black;")
        self.blank.setAccessibleName(translate("PresentationWindow", "Sort skærm"))
        self.blank.setMouseTracking(True)
        return self.blank

    def _build_strip(self) -> QFrame:
        """The control strip at the bottom (`strip_buttons`): its buttons never take the keys from the window."""
        self.strip = QFrame()
        self.strip.setStyleSheet("QFrame { background: #1c3a5a; } QPushButton { font-size: 14px; padding: 4px 10px; }")
        self.strip.setAccessibleName(translate("PresentationWindow", "Betjening"))
        strip_layout = QHBoxLayout(self.strip)
        strip_layout.setContentsMargins(12, 4, 12, 4)
        self.strip_buttons: dict[str, QPushButton] = {}
        for key, text, tip, slot in self._strip_button_texts():
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
        return self.strip

    def _strip_button_texts(self) -> tuple:
        """(key, text, tooltip, slot) of each button on the control strip, in order."""
        view = self.view
        return (
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
        )

    def _make_strip_timer(self) -> None:
        self.strip_timer = QTimer(self)
        self.strip_timer.setSingleShot(True)
        self.strip_timer.setInterval(STRIP_HIDE_MS)
        self.strip_timer.timeout.connect(self.strip.hide)

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

    def resizeEvent(self, event) -> None:  # noqa: N802
        if self._phone_url:  # the QR code first: the type is fitted around it
            from drøftelse.ui.phone_panel_qr import qr_pixmap

            self.phone_qr.setPixmap(qr_pixmap(self._phone_url, self._qr_side()))
        self.fit_type()
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
        self.state.setVisible(timer is not None)  # _show_time hides it when the state has no words for the room
        for key in ("timer", "speaker"):
            self.strip_buttons[key].setVisible(timer is not None)
        self.lines.setVisible(bool(self.lines.text()))
        self._show_phones(content.get("phones"))
        self.strip_buttons["previous"].setEnabled(self.view.index > 0)
        self.strip_buttons["next"].setEnabled(self.view.index < len(self.view.pages) - 1)
        self._show_time()
        if self.isVisible():
            self.refit()  # another step's text: the type as large as it now fits

    def _show_phones(self, phones: dict | None) -> None:
        """The QR code and address while the phone server runs, the step's open ideas, the vote's dots live."""
        from drøftelse.ui.phone_panel_qr import qr_pixmap

        phones = phones or {}
        url = phones.get("url")
        if url != self._phone_url:
            self._phone_url = url
            self.phone_qr.setPixmap(qr_pixmap(url, self._qr_side()) if url else QPixmap())
        self.phone_column.setVisible(bool(url))
        join = translate("PresentationWindow", "Deltag fra telefonen: scan koden, eller skriv {0}")
        self.phone_address.setText(join.format(phones["address"]) if url else "")
        self.phone_address.setVisible(bool(url))
        ideas = phones.get("ideas") or []
        self.phone_ideas.setText("\n".join(f"💬  {idea}" for idea in ideas))
        self.phone_ideas.setVisible(bool(ideas))
        vote = phones.get("vote") or []
        if vote:  # the vote's rows with their dots say what the step's list says, and more
            self.lines.setVisible(False)
        self.phone_vote.setText("\n".join(f"{'●' * min(dots, 30)}  {dots}  ·  {label}" for label, dots in vote))
        self.phone_vote.setVisible(bool(vote))

    def _qr_side(self) -> int:
        """Big enough to scan from the back of the room: a third of the window's height, 5 px a module or more."""
        return max(210, min(self.height() // 3, self.width() // 5, 420))

    def shown_text(self) -> str:
        """Every word the room can see now, for tests and for the chairs' peace of mind."""
        if self.blanked or not self.isVisible():
            return ""
        return "\n".join(w.text() for w in self.content.findChildren(QLabel) if w.isVisibleTo(self))

    def _show_time(self) -> None:
        if self._timer is None:
            return

        self.clock.setText(clock_text(self._timer.remaining))
        # the room's words: "Klar – tryk Start" is the chairs' instruction, not for the projector
        state = ROOM_STATE_TEXT[self._timer.state]
        self.state.setText(translate("PresentationWindow", state) if state else "")
        if self.state.isHidden() == bool(state):  # a line comes or goes ("Snart tid"): the type is fitted again
            self.state.setVisible(bool(state))
            if self.isVisible():
                self.refit()
