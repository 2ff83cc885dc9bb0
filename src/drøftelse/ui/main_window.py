"""The main window: the committee's meetings, and the meeting view when one is open. A shared database's server
that cannot be reached is said in a banner across the top (ui/server_outage.py)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget
from shiboken6 import isValid

from drøftelse.domain.errors import DroeftelseError, NotFound, ServerUnreachable
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.services.database import Database, has_committee
from drøftelse.ui.first_paint import after_first_paint
from drøftelse.ui.translation import language_box, translate
from drøftelse.ui.window_size import fit_to_screen, remember_size


class MainWindow(QMainWindow):
    """`resume`: open the meeting the window was last closed on (if it is still open) instead of the list; the list
    page is then built only when it is first shown, so a reopen paints and reads the meeting without it."""

    def __init__(self, db: Database, templates: TemplateLibrary, clock=None, resume: bool = False):
        super().__init__()
        self.clock = clock  # the round timer's clock; None is the real one
        self.db = db
        self.templates = templates
        self.view = None  # the open meeting's view, made on first use
        self.setWindowTitle(self._title(db.path.name))
        fit_to_screen(self)  # the size last used on this screen, never larger than its free area
        self.stack = QStackedWidget()
        self._list_page = None  # made when first shown (the `list_page` property)
        self.welcome_page = None  # shown instead while the database holds no committee (ui/welcome_page.py)
        self._placeholder = None  # made when a meeting is first read (the `placeholder` property)
        self._opening_count = 0  # which opening is the latest: an earlier one ending later is dropped
        self._opening_ended = True  # no meeting is being read
        self._after_settled: list = []  # work waiting for the meeting being read to be painted (after_settled)
        self.read_only_banner = None
        if db.read_only:
            from drøftelse.ui.read_only import banner

            self.read_only_banner = banner(db.read_only)
        from drøftelse.ui.server_outage import OutageBanner, ServerOutage

        self.outage_banner = OutageBanner()
        self.outage = ServerOutage(self, self.outage_banner)
        self.setCentralWidget(self._with_banner(self.stack))
        self.status = QLabel()
        self.status.setAccessibleName(translate("MainWindow", "Status"))
        self.status.setWordWrap(True)  # a long message (what was not stored while the server was gone) is read whole
        self.status.setMinimumWidth(200)
        self.statusBar().addWidget(self.status, 1)
        self.language = language_box(self)
        self.statusBar().addPermanentWidget(self.language)
        quit_action = QAction(translate("MainWindow", "Afslut"), self)
        # every binding of the platform's Quit (Ctrl+Q, the Exit key); set so, not as QAction(shortcut=…) or
        # QKeySequence(…), whose overloads make PySide build Qt's namespace (~14 ms) before the first paint
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        if resume and self.remembered_meeting() is not None:  # its placeholder painted first; no list made for it
            self.resume_last_meeting(wait=False)
            self.after_settled(self._make_the_list_behind)
        elif db.read_only or has_committee(db):
            self.stack.setCurrentWidget(self.list_page)
        else:  # the first start: a welcome page and its dialog; the list is made once there is a committee to list
            from drøftelse.ui.welcome_page import WelcomePage

            self.welcome_page = WelcomePage(self)
            self.stack.addWidget(self.welcome_page)
            self.stack.setCurrentWidget(self.welcome_page)
            after_first_paint(self, self.welcome)  # the window shows first, then its dialog

    @property
    def placeholder(self) -> QLabel:
        """What the window shows while a meeting is read in a task."""
        if self._placeholder is None:
            # Qt's namespace is first touched here, not while the window is made: PySide makes its 93 enum classes
            # at the first touch, ~14 ms that a first start or the list need not wait for before their paint
            from PySide6.QtCore import Qt

            self._placeholder = QLabel(translate("MainWindow", "Mødet åbnes …"))
            self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._placeholder.setStyleSheet("font-size: 18px; color: #555;")
            self.stack.addWidget(self._placeholder)
        return self._placeholder

    @property
    def list_page(self):
        """The committee's meetings (ui/meeting_list.py), made and read when first asked for."""
        if self._list_page is None:
            from drøftelse.ui.meeting_list import MeetingListPage

            page = MeetingListPage(self.db, self.templates, self)
            page.open_requested.connect(lambda meeting_id: self.open_meeting(meeting_id, wait=False))
            self.stack.insertWidget(0, page)
            if self.db.read_only:
                from drøftelse.ui.read_only import lock_editing

                lock_editing(page)
            self._list_page = page
            page.refresh()
            if self.welcome_page is not None:  # made because it is wanted now: it takes the welcome page's place
                self.stack.setCurrentWidget(page)
                self.stack.removeWidget(self.welcome_page)
                self.welcome_page.deleteLater()
                self.welcome_page = None
        return self._list_page

    def _make_the_list_behind(self) -> None:
        """Once the reopened meeting is painted: the list's modules imported on a worker, after the ORM that loads
        behind the page, then the list's page made behind the meeting, so "Til oversigten" later only reads and
        shows it. Made at that click instead, the GUI thread stood still ~80 ms."""
        from drøftelse.ui.tasks import run_task

        def made(_module) -> None:
            if isValid(self) and self._list_page is None:
                self.list_page  # noqa: B018 - made (and read) now, not when the chair goes back to it

        run_task(_the_list_s_modules, self.db, on_done=made)

    def welcome(self) -> None:
        """The first start's dialog: the committee's name and size, and whether to begin from the example. Answered,
        the committee is stored and its list shown; cancelled, the welcome page stays and says what to do."""
        from PySide6.QtWidgets import QDialog

        from drøftelse.ui.dialogs import WelcomeDialog

        dialog = WelcomeDialog(self)
        # SQLAlchemy and the store's writing modules load while the chair reads and answers it (~0.3 s), so the
        # answer is stored at once; started once it is painted, they never delay the dialog itself
        after_first_paint(dialog, self._load_for_writing)
        answered = dialog.exec() == QDialog.DialogCode.Accepted
        name, demo, employees = dialog.name.text().strip(), dialog.demo.isChecked(), dialog.employees.value()
        dialog.deleteLater()
        if answered and isValid(self):
            self.list_page.create_committee(name, demo=demo, employees=employees)

    def after_settled(self, then) -> None:
        """Call `then()` once what the chair waits for is painted: the window, or the meeting being read when it
        opens on one. The start's own work (the session's end watch, the second start's listener) then never
        competes with reading and building the meeting."""
        if self._opening_ended:
            after_first_paint(self, then)
        else:
            self._after_settled.append(then)

    def _settled_on(self, widget) -> None:
        self._opening_ended = True
        waiting, self._after_settled = self._after_settled, []
        for then in waiting:
            after_first_paint(widget, then)

    def showing_the_list(self) -> bool:
        return self._list_page is not None and self.stack.currentWidget() is self._list_page

    def _with_banner(self, widget):
        from PySide6.QtWidgets import QVBoxLayout, QWidget

        outer = QWidget()
        layout = QVBoxLayout(outer)
        layout.setContentsMargins(0, 6 if self.read_only_banner is not None else 0, 0, 0)
        layout.addWidget(self.outage_banner)  # hidden until the server cannot be reached
        if self.read_only_banner is not None:
            layout.addWidget(self.read_only_banner)
        layout.addWidget(widget, 1)
        return outer

    def _title(self, name: str) -> str:
        return translate("MainWindow", "Drøftelse – {0}").format(name) + (
            translate("MainWindow", " (skrivebeskyttet)") if self.db.read_only else ""
        )

    def show_message(self, text: str, error: bool = False) -> None:
        self.status.setText(("⚠ " if error else "") + text)
        self.status.setStyleSheet("color: #8a1c1c; font-weight: bold;" if error else "")

    def settings(self) -> QSettings:
        return QSettings()

    def _last_key(self) -> str:
        return f"sidste_møde/{self.db.path.resolve()}"

    def open_meeting(
        self, meeting_id: int, step: str | None = None, wait: bool = True, then=None, only_if_open: bool = False
    ):
        """Show a placeholder at once, read the meeting in a task (ui/meeting_opening.py), then build its view on the
        step it was left on (or `step`). The window's own clicks pass `wait=False` and never wait; scripts and tests
        wait (the event loop runs meanwhile) to find the view open; `then()` runs once it is shown. `only_if_open`
        (the meeting the window was closed on): a meeting closed or deleted since shows the list instead, unsaid.
        Returns the task, or None when refused."""
        from drøftelse.ui.tasks import run_task

        if self.outage.active:
            self.show_message(self._not_now(), error=True)
            return None
        self._opening_count += 1
        self._opening_ended = False
        count, before = self._opening_count, self.stack.currentWidget()
        if before is self._placeholder:
            before = self.view  # None: the list, made when it is gone back to
        self.stack.setCurrentWidget(self.placeholder)  # painted at once; the meeting follows

        def start_step(meeting):  # on the worker: (the template, the step the view will open on)
            template = self.templates.get(meeting.kind)
            key = step or meeting.current_step
            return template, next(
                (s for s in template.steps if s.key == key), template.steps[0] if template.steps else None
            )

        def read(opening) -> None:
            if count == self._opening_count and isValid(self):  # a later click wins; a closed window is gone
                if only_if_open and getattr(getattr(opening, "meeting", None), "closed_at", None) is not None:
                    self._back_to(before)
                else:
                    self._show_opened(meeting_id, step, opening, before)
                self._settled_on(self.stack.currentWidget())
                if then is not None and self.view is not None:
                    then()

        def refused(error) -> None:
            if count == self._opening_count and isValid(self):
                self._back_to(before)
                self._settled_on(self.stack.currentWidget())
                if only_if_open and isinstance(error, NotFound):  # deleted since (by the command, another window)
                    return
                from PySide6.QtWidgets import QMessageBox  # its enums are made when a box is first needed

                QMessageBox.warning(self, translate("MainWindow", "Mødet kan ikke åbnes"), error.message)

        task = run_task(_read_for_the_view, self.db, meeting_id, start_step, on_done=read, on_error=refused)
        if wait:
            task.wait()
        return task

    def _not_now(self) -> str:
        return translate("MainWindow", "Mødet kan ikke åbnes, mens forbindelsen til databaseserveren er afbrudt.")

    def _back_to(self, widget) -> None:
        shown = widget is not None and isValid(widget) and self.stack.indexOf(widget) >= 0
        self.stack.setCurrentWidget(widget if shown else self.list_page)

    def _show_opened(self, meeting_id: int, step: str | None, opening, before) -> None:
        """The task has read the meeting: build its view (the step it opens on only) and show it."""
        from drøftelse.ui.meeting_opening import NotReachable
        from drøftelse.ui.meeting_view import MeetingView
        from drøftelse.ui.server_outage import connection_lost

        try:
            if isinstance(opening, NotReachable):
                raise opening.error
            extra = {"clock": self.clock} if self.clock is not None else {}
            view = MeetingView(self.db, self.templates, meeting_id, self, step=step, opening=opening, **extra)
        except ServerUnreachable as e:  # the banner says it; the meeting shown before (or the list) stays
            self._back_to(before)
            connection_lost(e)
            self.show_message(self._not_now(), error=True)
            return
        except DroeftelseError as e:
            from PySide6.QtWidgets import QMessageBox  # its enums are made when a box is first needed

            self._back_to(before)
            QMessageBox.warning(self, translate("MainWindow", "Mødet kan ikke åbnes"), e.message)
            return
        self.close_meeting(refresh=False)
        self.view = view
        view.back_requested.connect(self.close_meeting)
        view.message.connect(self.show_message)
        view.reopened.connect(lambda key, m=meeting_id: self._reopened(m, key))
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        after_first_paint(view, self._load_for_writing)  # read with plain SQL: the ORM loads behind the page
        self.settings().setValue(self._last_key(), meeting_id)
        self.setWindowTitle(self._title(view.meeting_title))

    def _load_for_writing(self) -> None:
        from drøftelse.services.database import load_for_writing
        from drøftelse.ui.tasks import run_task

        run_task(load_for_writing, self.db)

    def close_meeting(self, refresh: bool = True) -> None:
        if self.view is not None:
            self.view.flush()
            self.view.leave()
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
            self.settings().remove(self._last_key())
            self.show_message("")  # a meeting's messages leave with it; one said on the list (a new meeting) stays
        self.setWindowTitle(self._title(self.db.path.name))
        if refresh:
            self.list_page.refresh()
            self.stack.setCurrentWidget(self.list_page)

    def _reopened(self, meeting_id: int, step: str) -> None:
        """A closed meeting was reopened: its view is built again, every page unlocked, on the same step."""
        reopened = translate("MainWindow", "Mødet er genåbnet. Grunden er skrevet i mødets ændringslog.")
        self.open_meeting(meeting_id, step, wait=False, then=lambda: self.show_message(reopened))

    def remembered_meeting(self) -> int | None:
        """The meeting the window was closed on, for this database, if any."""
        try:
            return int(self.settings().value(self._last_key()))
        except (TypeError, ValueError):
            return None

    def resume_last_meeting(self, wait: bool = True) -> None:
        """Reopening the app returns to the meeting and step it was closed on (the app passes `wait=False`)."""
        meeting_id = self.remembered_meeting()
        if meeting_id is None or self.view is not None:  # one opened already (a test, a script) stays
            return
        self.open_meeting(meeting_id, wait=wait, only_if_open=True)  # closed or deleted since: the list, unsaid

    def bring_forward(self) -> None:
        """Another Drøftelse was started on this file: show this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self.show_message(
            translate("MainWindow", "Databasen blev forsøgt åbnet igen – det er dette vindue, I skriver i.")
        )

    def closeEvent(self, event) -> None:  # noqa: N802
        from drøftelse.ui.tasks import finish_all

        if self.outage.active and self.view is not None and self.view.autosaver.has_pending:
            from PySide6.QtWidgets import QMessageBox  # its enums are made when a box is first needed

            answer = QMessageBox.question(
                self,
                translate("MainWindow", "Teksterne er ikke gemt"),
                translate(
                    "MainWindow",
                    "Forbindelsen til databaseserveren er afbrudt, og noget af det, I har skrevet, er ikke gemt "
                    "endnu. Lukker I nu, går det tabt.\n\nLuk alligevel?",
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        finish_all()  # a file still being written is cancelled and removed, not left half
        if self.view is not None:
            self.view.flush()
            self.view.leave()
        remember_size(self)
        self.settings().sync()
        guard = getattr(self, "guard", None)
        if guard is not None:
            guard.release()
        event.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_F5 and self.view is not None:
            self.view.toggle_presentation()
            return
        super().keyPressEvent(event)


def _read_for_the_view(db, meeting_id: int, start_step):
    """On the worker: the meeting view's modules imported (SQLAlchemy and the services with them), then the meeting
    read (ui/meeting_opening.py); the GUI thread then only builds widgets."""
    import drøftelse.ui.meeting_view  # noqa: F401 - the view and its imports, off the GUI thread
    from drøftelse.ui.meeting_opening import read_opening

    return read_opening(db, meeting_id, start_step)


def _the_list_s_modules(db) -> None:
    """On the worker: the ORM first (load_for_writing, also started behind the page; whichever runs first does it),
    then the list's modules; imported together with SQLAlchemy's, each slowed the other and the GUI thread."""
    from drøftelse.services.database import load_for_writing

    load_for_writing(db)
    import drøftelse.ui.meeting_list  # noqa: F401, PLC0415 - its modules, off the GUI thread
