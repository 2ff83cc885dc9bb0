"""One meeting, step by step: the steps in a side list (where we are, jump back), the step's page, and
Tilbage/Næste. Built from the meeting's template; every page saves as the chairs type. A closed meeting is shown
locked under a banner that reopens it (ui/read_only.py); the main window builds the view again once it is. The
demo's example meeting has a banner of its own, whose button keeps it as the committee's."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.errors import ServerUnreachable
from drøftelse.domain.templates import check_template_version
from drøftelse.ui.answer_fields import AnswerFields
from drøftelse.ui.autosave import Autosaver
from drøftelse.ui.live_view import LiveMeeting
from drøftelse.ui.meeting_opening import NotReachable, Opening, read_opening
from drøftelse.ui.meeting_view_banners import MeetingBanners
from drøftelse.ui.meeting_view_room import RoomControls
from drøftelse.ui.message_area import MessageArea
from drøftelse.ui.pages.base import PageContext, StepPage
from drøftelse.ui.read_only import reads_only
from drøftelse.ui.step_navigation import StepNavigation
from drøftelse.ui.step_pages import step_label
from drøftelse.ui.translation import translate


class MeetingView(MeetingBanners, StepNavigation, RoomControls, QWidget):
    back_requested = Signal()
    message = Signal(str, bool)
    reopened = Signal(str)  # the meeting was reopened on this step: build the view again, unlocked

    def __init__(
        self,
        db,
        templates,
        meeting_id: int,
        window,
        clock=time.monotonic,
        step: str | None = None,
        opening: Opening | None = None,
    ):
        """`opening` is what the main window read in a task (ui/meeting_opening.py); without it, it is read here."""
        super().__init__()
        if opening is None:
            opening = read_opening(db, meeting_id)  # NotFound is a Danish message for the caller
            if isinstance(opening, NotReachable):
                raise opening.error
        self._opening: Opening | None = opening  # used by the first step shown, then read afresh
        meeting = opening.meeting
        self.template = templates.get(meeting.kind)
        check_template_version(self.template, meeting.template_version)
        self.db, self.templates, self.meeting_id, self.window_ = db, templates, meeting_id, window
        self.meeting_title = meeting.title
        self.closed_at = meeting.closed_at
        self.example = meeting.example
        self._make_autosaver()
        self._make_context(clock, opening)
        self.presentation_window = None
        self.phone_panel = None  # Deltag fra telefon (ui/phone_panel.py): made when first opened

        outer = QVBoxLayout(self)
        self._build_banners(outer)
        outer.addLayout(self._build_header())
        body = QHBoxLayout()
        body.addWidget(self._build_steps_list())
        body.addLayout(self._build_step_area(), 1)
        outer.addLayout(body, 1)
        self._add_shortcuts()

        self.index = -1
        self.apply_order()
        keys = [s.key for s in self.order]
        start = step or meeting.current_step
        self.go_to(keys.index(start) if start in keys else 0)
        self.live = LiveMeeting(self, opening.version)  # the page on screen shows the other chair's change (issue 27)
        self._opening = self.ctx.opening = None  # every later step reads what is stored then

    def _make_autosaver(self) -> None:
        self.autosaver = Autosaver(self)
        self.autosaver.failed.connect(lambda text: self.message.emit(text, True))
        self.autosaver.saved.connect(self._saved)
        self.autosaver.meeting_closed.connect(self.closed_elsewhere)
        self.autosaver.connection_lost.connect(self._connection_lost)
        self.offline = False  # the server cannot be reached (ui/server_outage.py): this page stays, typing is held
        if self.closed_at is not None:
            self.autosaver.stop()  # a closed meeting stores nothing, and never says "Gemt"

    def _make_context(self, clock, opening: Opening) -> None:
        """What every page is given (PageContext), and the message area it tells its results in."""
        db, meeting_id = self.db, self.meeting_id
        report = lambda t: self.message.emit(t, False)  # noqa: E731
        self.answers = AnswerFields(db, meeting_id, self.autosaver, report, self)
        ctx = PageContext(db, self.templates, self.template, meeting_id, self.autosaver, self.answers, report, clock)
        ctx.opening = opening  # the handleplan's rows when the meeting opens on it, read by the task
        self.ctx = ctx
        ctx.reorder = lambda: self.apply_order()  # the Opsætning step changes the order of the points
        ctx.closed = lambda: self.show_closed()
        ctx.reopen = lambda reason: self.reopen(reason)
        self.notice = MessageArea()  # results of imports, exports and closing, until the step changes
        ctx.tell = self.notice.say

    def _build_header(self) -> QHBoxLayout:
        """The meeting's title and the buttons beside it (`header_buttons`), the screen chooser by Præsentation."""
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setAccessibleName(translate("MeetingView", "Mødet"))
        self.title.setStyleSheet("font-size: 15px; color: #24476b;")
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(200)
        header.addWidget(self.title, 1)
        self.presentation_screen: str | None = None
        self.header_buttons: dict[str, QPushButton] = {}
        for key, text, slot, tip in self._header_button_texts():
            b = QPushButton(text)
            b.setToolTip(tip)
            b.setAccessibleName(text.replace("&", "").rstrip(" …"))
            b.clicked.connect(lambda *_, s=slot: s())
            header.addWidget(b)
            self.header_buttons[key] = b
            if key == "rules":  # only shows the rules: usable while nothing can be stored
                reads_only(b)
            if key == "presentation":  # with two screens the chairs choose where the projected view goes
                header.addWidget(self._build_screen_button())
        return header

    def _header_button_texts(self) -> tuple:
        """(key, text, slot, tooltip) of each button beside the title, in order."""
        return (
            ("rules", translate("MeetingView", "Hvad siger &reglerne?"), self.show_rules, ""),
            (
                "presentation",
                translate("MeetingView", "Præsentation (F5)"),
                self.toggle_presentation,
                translate("MeetingView", "Vis spørgsmål, taler og tid i stor skrift til projektoren"),
            ),
            (
                "phones",
                translate("MeetingView", "Deltag fra telefon"),
                lambda: self.open_phones(),
                translate("MeetingView", "Deltagerne svarer, kommer med idéer og stemmer fra deres egen telefon"),
            ),
            ("pdf", translate("MeetingView", "Handleplan som P&DF …"), lambda: self.export_pdf(), "Ctrl+P"),
            ("back", translate("MeetingView", "Til &oversigten"), self.back_requested.emit, ""),
        )

    def _build_screen_button(self) -> QToolButton:
        self.screen_button = QToolButton()
        self.screen_button.setText(translate("MeetingView", "Skærm"))
        self.screen_button.setAccessibleName(translate("MeetingView", "Vælg skærm til præsentationen"))
        self.screen_button.setToolTip(translate("MeetingView", "Vælg skærm til præsentationen"))
        self.screen_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.screen_menu = QMenu(self.screen_button)
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self.screen_button.setMenu(self.screen_menu)
        return self.screen_button

    def _build_steps_list(self) -> QListWidget:
        self.steps = QListWidget()
        self.steps.setAccessibleName(translate("MeetingView", "Trin"))
        self.steps.setMaximumWidth(250)
        self.steps.setWordWrap(True)  # "9. Punkt 6 · Uddannelse og sagkundskab" on two lines, never cut
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setMinimumWidth(170)
        self.order = list(self.template.steps)  # the steps as shown: the chairs may reorder the legal points
        for i, step in enumerate(self.order, start=1):
            self.steps.addItem(QListWidgetItem(step_label(i, step, short=True)))
        self.steps.currentRowChanged.connect(lambda row: self.go_to(row, focus=False))  # arrows keep moving the list
        return self.steps

    def _build_step_area(self) -> QVBoxLayout:
        """The step's heading, the message area, the step's page and Tilbage/Næste under it."""
        right = QVBoxLayout()
        self.step_title = QLabel()
        self.step_title.setAccessibleName(translate("MeetingView", "Trinnets overskrift"))
        self.step_title.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.step_title.setWordWrap(True)
        right.addWidget(self.step_title)
        right.addWidget(self.notice)
        right.addWidget(self._build_pages(), 1)
        right.addLayout(self._build_nav())
        return right

    def _build_pages(self) -> QStackedWidget:
        self.stack = QStackedWidget()
        # A step's page is built the first time it is shown (_page_at): building all nine held the window ~0.2 s
        self.pages: list[StepPage | None] = []
        self._scrolls: list[QScrollArea] = []
        for _ in self.template.steps:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self.pages.append(None)
            self._scrolls.append(scroll)
            self.stack.addWidget(scroll)
        return self.stack

    def _build_nav(self) -> QHBoxLayout:
        """Tilbage, where the wizard stands, when it was last saved, Næste."""
        nav = QHBoxLayout()
        self.back_button = QPushButton(translate("MeetingView", "◀ &Tilbage"))
        self.back_button.setAccessibleName(translate("MeetingView", "Forrige trin"))
        self.back_button.clicked.connect(lambda: self.go_to(self.index - 1))
        nav.addWidget(self.back_button)
        self.where = QLabel()
        self.where.setAccessibleName(translate("MeetingView", "Hvor I er"))
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.where, 1)
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(translate("MeetingView", "Gemt"))
        _fit_label_to(self.saved_label, translate("MeetingView", "Gemt {0}").format("00:00:00"))
        nav.addWidget(self.saved_label)
        self.next_button = QPushButton(translate("MeetingView", "&Næste ▶"))
        self.next_button.setAccessibleName(translate("MeetingView", "Næste trin"))
        self.next_button.clicked.connect(lambda: self.go_to(self.index + 1))
        nav.addWidget(self.next_button)
        return nav

    def _add_shortcuts(self) -> None:
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.go_to(self.index + 1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.go_to(self.index - 1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.go_to(self.index + 1))
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.go_to(self.index - 1))
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.export_pdf())
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.toggle_presentation)

    # --- the server cannot be reached (ui/server_outage.py)
    def _connection_lost(self, error: ServerUnreachable) -> None:
        from drøftelse.ui.server_outage import connection_lost

        if not connection_lost(error):  # no window to say it in (a view on its own)
            self.message.emit(error.message, True)

    def outage_began(self) -> None:
        """Hold the typing, keep this step: the window has locked everything else and shows the banner."""
        self.offline = True
        self.autosaver.held = True
        self.steps.setEnabled(False)
        self.saved_label.setText(translate("MeetingView", "Ikke gemt – venter på forbindelsen"))
        self.saved_label.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        _fit_label_to(self.saved_label, self.saved_label.text())

    def outage_ended(self) -> None:
        """The server is back and the held texts are written: read the page again."""
        self.offline = False
        self.steps.setEnabled(True)
        self.saved_label.clear()
        self.saved_label.setStyleSheet("")
        _fit_label_to(self.saved_label, translate("MeetingView", "Gemt {0}").format("00:00:00"))
        try:
            self._show_header()
            self.page.enter()
        except ServerUnreachable as e:
            self._connection_lost(e)
            return
        if self.locked:
            self._lock(self.page)

    def _saved(self) -> None:
        if self.closed_at is not None or self.offline:  # a closed meeting never says "Gemt", nor a lost server
            return
        self.saved_label.setText(translate("MeetingView", "Gemt {0}").format(time.strftime("%H:%M:%S")))
        self.refresh_presentation()  # the agreed text on the wall follows what the chairs write

    # --- actions on every step
    def flush(self) -> None:
        self.autosaver.flush()

    def leave(self) -> None:
        self.page.leave()
        if self.phone_panel is not None:  # the phone server runs only while the meeting is open
            self.phone_panel.stop_server()
            self.phone_panel.keep_both_waiting()  # a phone's text the chairs did not settle is kept beside theirs
            self.phone_panel.close()
        if self.presentation_window is not None:
            self.presentation_window.close()

    def show_rules(self) -> None:
        r = self.template.rules
        QMessageBox.information(
            self,
            translate("MeetingView", "Hvad siger reglerne?"),
            translate("MeetingView", "{0}\n\n{1}\n(Regelgrundlag pr. {2})").format(
                r.text, r.reference, short_date(r.checked)
            ),
        )

    def export_pdf(self, path=None, csv: bool = False, open_after: bool = True):
        from drøftelse.ui.exporting import export_handleplan_pdf

        self.flush()
        tell = self.notice.say
        return export_handleplan_pdf(self, self.db, self.templates, self.meeting_id, path, tell, open_after, csv)


def _fit_label_to(label: QLabel, widest: str) -> None:
    """A fixed size, as wide as `widest` in the label's font: "Gemt 14:03:27" changes every second while the chairs
    type, and a label whose size may change lays the whole window out again at each new text (a 1,000-row
    handleplan beside it included: benchmarks/handleplan_table.py). A fixed size is only painted again."""
    label.ensurePolished()  # the style sheet's bold is in the font measured
    metrics = label.fontMetrics()
    label.setFixedSize(metrics.horizontalAdvance(widest) + 2 * metrics.averageCharWidth(), label.sizeHint().height())
