"""One meeting, step by step: the steps in a side list (where we are, jump back), the step's page, and
Tilbage/Næste. Built from the meeting's template; every page saves as the chairs type. A closed meeting is shown
locked under a banner that reopens it (ui/read_only.py); the main window builds the view again once it is. The
demo's example meeting has a banner of its own, whose button keeps it as the committee's."""

from __future__ import annotations

import time

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QActionGroup, QKeySequence, QShortcut
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

from drøftelse.domain.danish_dates import long_date, short_date
from drøftelse.domain.errors import DroeftelseError, ServerUnreachable
from drøftelse.domain.templates import check_template_version, numbered_title
from drøftelse.services import meetings as service
from drøftelse.ui.answer_fields import AnswerFields
from drøftelse.ui.autosave import Autosaver
from drøftelse.ui.live_view import LiveMeeting
from drøftelse.ui.meeting_opening import NotReachable, Opening, page_module, read_opening
from drøftelse.ui.message_area import MessageArea
from drøftelse.ui.pages.base import PageContext, StepPage
from drøftelse.ui.read_only import ClosedBanner, ExampleBanner, lock_editing, reads_only
from drøftelse.ui.translation import translate


def step_label(number: int, step, short: bool = False) -> str:
    """A step as the side list (`short`) and the page's heading name it: its place in the wizard ("3. Sæt rammen"),
    and a legal point's number in the law ("5. Punkt 1 · Indhold for året"), as the closing message and the referat
    name the point."""
    shown = numbered_title(number, step.short_title if short else step.title)
    if step.legal_point is None:
        return shown
    place, title = shown.split(" ", 1)
    return f"{place} " + translate("MeetingView", "Punkt {0} · {1}").format(step.legal_point, title)


PAGE_CLASSES = {
    "setup": "SetupPage",
    "hearing": "HearingPage",
    "preparation": "PreparationPage",
    "frame": "FramePage",
    "round": "RoundPage",
    "handleplan": "HandleplanPage",
    "evaluation": "EvaluationPage",
    "goals": "GoalsPage",
    "training": "TrainingPage",
    "finish": "FinishPage",
}


def build_page(ctx: PageContext, step, view) -> StepPage:
    """The page of one step; only its own module is imported (the one the meeting opens on, on the worker)."""
    page_class = getattr(page_module(step.kind), PAGE_CLASSES.get(step.kind, "BoxesPage"))
    if step.kind == "finish":
        return page_class(ctx, step, view.export_pdf, lambda: view.export_pdf(csv=True), view.go_to_step)
    return page_class(ctx, step)


class MeetingView(QWidget):
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
        start = step or meeting.current_step  # `step` is reused by the loops below
        self.autosaver = Autosaver(self)
        self.autosaver.failed.connect(lambda text: self.message.emit(text, True))
        self.autosaver.saved.connect(self._saved)
        self.autosaver.meeting_closed.connect(self.closed_elsewhere)
        self.autosaver.connection_lost.connect(self._connection_lost)
        self.offline = False  # the server cannot be reached (ui/server_outage.py): this page stays, typing is held
        if self.closed_at is not None:
            self.autosaver.stop()  # a closed meeting stores nothing, and never says "Gemt"
        report = lambda t: self.message.emit(t, False)  # noqa: E731
        self.answers = AnswerFields(db, meeting_id, self.autosaver, report, self)
        ctx = PageContext(db, templates, self.template, meeting_id, self.autosaver, self.answers, report, clock)
        ctx.opening = opening  # the handleplan's rows when the meeting opens on it, read by the task
        self.ctx = ctx
        ctx.reorder = lambda: self.apply_order()  # the Opsætning step changes the order of the points
        ctx.closed = lambda: self.show_closed()
        ctx.reopen = lambda reason: self.reopen(reason)
        self.notice = MessageArea()  # results of imports, exports and closing, until the step changes
        ctx.tell = self.notice.say
        self.presentation_window = None
        self.phone_panel = None  # Deltag fra telefon (ui/phone_panel.py): made when first opened

        outer = QVBoxLayout(self)
        self.closed_banner = ClosedBanner(lambda: self.reopen(), can_reopen=not db.read_only)
        outer.addWidget(self.closed_banner)
        self.closed_banner.show_closed(self.closed_at)
        self.example_banner = ExampleBanner(lambda: self.keep_example(), can_keep=not db.read_only)
        outer.addWidget(self.example_banner)
        self.example_banner.setVisible(self.example)
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setAccessibleName(translate("MeetingView", "Mødet"))
        self.title.setStyleSheet("font-size: 15px; color: #24476b;")
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(200)
        header.addWidget(self.title, 1)
        self.presentation_screen: str | None = None
        self.header_buttons: dict[str, QPushButton] = {}
        for key, text, slot, tip in (
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
        ):
            b = QPushButton(text)
            b.setToolTip(tip)
            b.setAccessibleName(text.replace("&", "").rstrip(" …"))
            b.clicked.connect(lambda *_, s=slot: s())
            header.addWidget(b)
            self.header_buttons[key] = b
            if key == "rules":  # only shows the rules: usable while nothing can be stored
                reads_only(b)
            if key == "presentation":  # with two screens the chairs choose where the projected view goes
                self.screen_button = QToolButton()
                self.screen_button.setText(translate("MeetingView", "Skærm"))
                self.screen_button.setAccessibleName(translate("MeetingView", "Vælg skærm til præsentationen"))
                self.screen_button.setToolTip(translate("MeetingView", "Vælg skærm til præsentationen"))
                self.screen_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                self.screen_menu = QMenu(self.screen_button)
                self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
                self.screen_button.setMenu(self.screen_menu)
                header.addWidget(self.screen_button)
        outer.addLayout(header)

        body = QHBoxLayout()
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
        body.addWidget(self.steps)

        right = QVBoxLayout()
        self.step_title = QLabel()
        self.step_title.setAccessibleName(translate("MeetingView", "Trinnets overskrift"))
        self.step_title.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.step_title.setWordWrap(True)
        right.addWidget(self.step_title)
        right.addWidget(self.notice)
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
        right.addWidget(self.stack, 1)
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
        nav.addWidget(self.saved_label)
        self.next_button = QPushButton(translate("MeetingView", "&Næste ▶"))
        self.next_button.setAccessibleName(translate("MeetingView", "Næste trin"))
        self.next_button.clicked.connect(lambda: self.go_to(self.index + 1))
        nav.addWidget(self.next_button)
        right.addLayout(nav)
        body.addLayout(right, 1)
        outer.addLayout(body, 1)

        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.go_to(self.index + 1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.go_to(self.index - 1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.go_to(self.index + 1))
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.go_to(self.index - 1))
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.export_pdf())
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.toggle_presentation)

        self.index = -1
        self.apply_order()
        keys = [s.key for s in self.order]
        self.go_to(keys.index(start) if start in keys else 0)
        self.live = LiveMeeting(self, opening.version)  # the page on screen shows the other chair's change (issue 27)
        self._opening = ctx.opening = None  # every later step reads what is stored then

    # --- a read-only database, a closed meeting
    @property
    def locked(self) -> bool:
        """Nothing on the pages may change the meeting: the database is read-only, or the meeting is closed."""
        return bool(self.db.read_only) or self.closed_at is not None

    def _lock(self, page: StepPage) -> None:
        lock_editing(page, closed_meeting=not self.db.read_only)

    def show_closed(self) -> None:
        """The meeting was closed (on Afslut, or in another window): every page locked, the banner shown, the
        page reloaded from the store."""
        self.closed_at = service.get_meeting(self.db, self.meeting_id).closed_at
        if self.closed_at is None:
            return
        self.autosaver.stop()
        self.saved_label.clear()
        for page in self.pages:
            if page is not None:  # a page built later is locked then
                self._lock(page)
        self.closed_banner.show_closed(self.closed_at)
        if self.index >= 0:
            self.page.enter()
            self._lock(self.page)

    def closed_elsewhere(self, message: str) -> None:
        """A write met a meeting closed meanwhile (another window closed it): say so, and show it as closed."""
        self.message.emit(message, True)
        self.show_closed()

    def reopen(self, reason: str | None = None) -> bool:
        """Reopen the closed meeting; without `reason` the chairs are asked why. The main window then builds the
        view again on this step, unlocked (`reopened`)."""
        from drøftelse.ui.closing import ask_reopen_reason

        if self.closed_at is None or self.db.read_only:
            return False
        if reason is None:
            reason = ask_reopen_reason(self)
            if reason is None:
                return False
        try:
            service.reopen_meeting(self.db, self.meeting_id, reason)
        except DroeftelseError as e:
            self.message.emit(e.message, True)
            return False
        self.closed_at = None
        self.reopened.emit(self.step_key())
        return True

    # --- the demo's example meeting
    def keep_example(self, confirm: bool = True) -> bool:
        """Keep the example meeting as the committee's own, after asking (unless `confirm` is false): from then on
        it counts in the årshjul and the committee's handleplan."""
        if not self.example or self.db.read_only:
            return False
        if confirm:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                translate("MeetingView", "Behold som jeres eget"),
                translate(
                    "MeetingView",
                    "Behold »{0}« som udvalgets eget møde?\n\nDet tælles så med i årshjulet og udvalgets handleplan. "
                    "Demoens tidligere eksempelmøder, som mødet bygger på, og demoens AMO-medlemmer bliver også "
                    "jeres egne. Ret navne og tekster bagefter, så de passer til jer.",
                ).format(self.meeting_title),
                parent=self,
            )
            keep = box.addButton(translate("MeetingView", "Behold som vores eget"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(translate("MeetingView", "Annuller"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not keep:
                return False
        try:
            kept = service.keep_example(self.db, self.meeting_id)
        except DroeftelseError as e:
            self.message.emit(e.message, True)
            return False
        self.example = False
        self.example_banner.hide()
        self.message.emit(
            translate("MeetingView", "»{0}« er nu jeres eget møde ({1} møde(r) beholdt).").format(
                self.meeting_title, len(kept.meetings)
            ),
            False,
        )
        return True

    # --- moving between steps
    @property
    def page(self) -> StepPage:
        return self._page_at(self.index)

    def _page_at(self, index: int) -> StepPage:
        """The page of step `index`, built now if it has not been shown before (locked when the view is)."""
        page = self.pages[index]
        if page is None:
            page = build_page(self.ctx, self.order[index], self)
            page.changed_for_room.connect(self.refresh_presentation)
            for model in page.findChildren(QAbstractItemModel):  # a table writes its rows itself, not the autosaver
                if hasattr(model, "stored"):
                    model.stored.connect(self._saved)
            self._scrolls[index].setWidget(page)
            self.pages[index] = page
            if self.locked:
                self._lock(page)
        return page

    def apply_order(self) -> None:
        """Show the legal points in the order stored in the meeting's settings (set on the Opsætning step)."""
        from drøftelse.domain.annual import ordered_steps

        stored = (
            self._opening.order
            if self._opening is not None
            else service.meeting_settings(self.db, self.meeting_id).get("order")
        )
        order = list(ordered_steps(self.template, stored))
        if [s.key for s in order] == [s.key for s in self.order]:
            return
        current = self.order[self.index].key if self.index >= 0 else None
        by_key = {s.key: (p, self._scrolls[i]) for i, (s, p) in enumerate(zip(self.order, self.pages, strict=True))}
        while self.stack.count():
            self.stack.removeWidget(self.stack.widget(0))
        self.order, self.pages, self._scrolls = order, [], []
        for i, step in enumerate(order):
            page, scroll = by_key[step.key]
            self.pages.append(page)
            self._scrolls.append(scroll)
            self.stack.addWidget(scroll)
            self.steps.item(i).setText(step_label(i + 1, step, short=True))
        if current is not None:
            self.index = [s.key for s in order].index(current)
            self.stack.setCurrentIndex(self.index)
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(self.index)
            self.steps.blockSignals(False)

    def go_to_step(self, key: str) -> None:
        self.go_to([s.key for s in self.order].index(key))

    def go_to(self, index: int, focus: bool = True) -> None:
        if not 0 <= index < len(self.pages) or index == self.index:
            if 0 <= self.index < len(self.pages):
                self.steps.setCurrentRow(self.index)
            return
        if self.index >= 0:
            self.autosaver.flush()
            if self.offline:  # no step is read or stored without the server: this one stays, its typing held
                self._show_position(self.index)
                self.message.emit(
                    translate(
                        "MeetingView",
                        "Trinnet kan ikke skiftes, mens forbindelsen til databaseserveren er afbrudt. Det, I "
                        "skriver her, gemmes, når den er tilbage.",
                    ),
                    True,
                )
                return
            self.page.leave()
            self.notice.clear()  # what was said on a step leaves with it (issue 31)
            self.message.emit("", False)
        previous, step = self.index, self.order[index]
        try:
            self._show_header()
            opened_here = self._opening is not None and self._opening.meeting.current_step == step.key
            if not self.locked and not opened_here:  # where the wizard stands is stored, unless nothing can be
                service.update_meeting(self.db, self.meeting_id, current_step=step.key)
            self.index = index
            self._show_position(index)
            self.page.enter()
        except ServerUnreachable as e:  # the step shown before stays; the window's banner says why
            if previous < 0:
                raise  # the view cannot be built: the window says so
            self.index = previous
            self._show_position(previous)
            self._connection_lost(e)
            return
        if self.locked:  # a page may enable its buttons as it loads; locked, they stay off
            self._lock(self.page)
        if focus:
            self.page.focus_first_input()  # the chairs can type at once
        if self.phone_panel is not None:
            self.phone_panel.follow_step()  # the phones show the new step's question, when the chairs said so
        self._update_presentation()

    def _show_position(self, index: int) -> None:
        """Show step `index` as the current one (the list, the page, the title, Tilbage/Næste); nothing is read."""
        step = self.order[index]
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(index)
        self.steps.blockSignals(False)
        self.stack.setCurrentIndex(index)
        self.step_title.setText(step_label(index + 1, step))
        self.where.setText(
            translate("MeetingView", "Trin {0} af {1} · {2}").format(
                index + 1, len(self.pages), self._phase_title(step.phase)
            )
        )
        if not self.offline:  # locked while the server cannot be reached; unlocked as they were
            self.back_button.setEnabled(index > 0)
            self.next_button.setEnabled(index < len(self.pages) - 1)

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

    def outage_ended(self) -> None:
        """The server is back and the held texts are written: read the page again."""
        self.offline = False
        self.steps.setEnabled(True)
        self.saved_label.clear()
        self.saved_label.setStyleSheet("")
        try:
            self._show_header()
            self.page.enter()
        except ServerUnreachable as e:
            self._connection_lost(e)
            return
        if self.locked:
            self._lock(self.page)

    def step_key(self) -> str:
        return self.order[self.index].key

    def page_for(self, key: str) -> StepPage:
        return self._page_at([s.key for s in self.order].index(key))

    def _phase_title(self, key: str) -> str:
        return next((p.title for p in self.template.phases if p.key == key), "")

    def _show_header(self) -> None:
        m = self._opening.meeting if self._opening is not None else service.get_meeting(self.db, self.meeting_id)
        self.meeting_title = m.title
        place = f" · {m.place}" if m.place else ""
        self.title.setText(f"{self.template.name} · {m.title} · {long_date(m.date)}{place}")

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

    def open_phones(self):
        """Deltag fra telefon: the chairs' window for the phone server (started there, on the address they pick)."""
        from drøftelse.ui.phone_panel import PhonePanel

        if self.phone_panel is None:
            self.phone_panel = PhonePanel(self)
        self.phone_panel.show()
        self.phone_panel.raise_()
        return self.phone_panel

    def shown_heading(self) -> str:
        """The step's heading as the projector shows it ("3. Drøft …")."""
        return step_label(self.index + 1, self.page.step)

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

    def toggle_presentation(self) -> None:
        from drøftelse.ui.presentation import PresentationWindow

        if self.presentation_window is not None and self.presentation_window.isVisible():
            self.presentation_window.close()
            return
        if self.presentation_window is None:
            self.presentation_window = PresentationWindow(self)
        self.presentation_window.chosen_screen = self.presentation_screen
        self.refresh_presentation()
        self.presentation_window.show_on_best_screen()

    def choose_presentation_screen(self, name: str | None) -> None:
        """The screen the projected view goes to (by its name); None: any screen other than the chairs'."""
        self.presentation_screen = name
        if self.presentation_window is not None:
            self.presentation_window.chosen_screen = name
            if self.presentation_window.isVisible():
                self.presentation_window.show_on_best_screen()

    def _fill_screen_menu(self) -> None:
        from PySide6.QtGui import QGuiApplication

        self.screen_menu.clear()
        group = QActionGroup(self.screen_menu)
        for name, label in [(None, "Den anden skærm (projektoren)")] + [
            (s.name(), f"{s.name() or 'Skærm'} – {s.size().width()}×{s.size().height()}")
            for s in QGuiApplication.screens()
        ]:
            action = self.screen_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(name == self.presentation_screen)
            group.addAction(action)
            action.triggered.connect(lambda *_, n=name: self.choose_presentation_screen(n))

    def presentation_keys(self) -> dict:
        """The wizard's shortcuts, for the projected view to answer while it covers the chairs' window."""

        def page_action(name: str):
            def act() -> None:
                if not self.locked:  # a locked page's actions (next speaker, new row) would write
                    self.page.keyboard_actions().get(name, lambda: None)()

            return act

        keys = {
            "Alt+Right": lambda: self.go_to(self.index + 1),
            "Ctrl+PgDown": lambda: self.go_to(self.index + 1),
            "PgDown": lambda: self.go_to(self.index + 1),  # what a presenter's clicker sends
            "Alt+Left": lambda: self.go_to(self.index - 1),
            "Ctrl+PgUp": lambda: self.go_to(self.index - 1),
            "PgUp": lambda: self.go_to(self.index - 1),
            "Ctrl+Return": page_action("next_speaker"),
            "Ctrl+Enter": page_action("next_speaker"),
            "Ctrl+Space": page_action("timer"),
            "Ctrl+N": page_action("new_row"),
        }
        return keys

    def refresh_presentation(self) -> None:
        if self.presentation_window is None or self.index < 0:
            return
        content = dict(self.page.presentation())
        if content.get("heading") == self.page.step.title:
            content["heading"] = step_label(self.index + 1, self.page.step)
        if self.phone_panel is not None:
            content["phones"] = self.phone_panel.presentation()
        self.presentation_window.update_from(content)

    _update_presentation = refresh_presentation
