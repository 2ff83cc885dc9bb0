"""The committee's page: its meetings (new, continue, export, import, delete) beside its årshjul, and on a second
tab the committee's handleplan (ui.committee_plan_page, made when first shown)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain.annual import SMALL_WORKPLACE_NOTE, annual_kind_for, employees_text, is_small_workplace
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.services.database import Database
from drøftelse.services.listing import CommitteeLine, committees_with_meetings
from drøftelse.ui.list_models import MeetingListModel
from drøftelse.ui.meeting_list_files import MeetingFileActions
from drøftelse.ui.message_area import MessageArea
from drøftelse.ui.read_only import reads_only
from drøftelse.ui.row_fitting import size_columns_to_texts
from drøftelse.ui.translation import translate


class MeetingTable(QTableView):
    """The meetings, one a row. Tab leaves the table for the buttons (not the next cell), and the table never has
    the focus with no meeting selected, so Return always has one to open."""

    def __init__(self):
        super().__init__()
        self.setTabKeyNavigation(False)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        if not self.selectionModel().hasSelection() and self.model().rowCount():
            self.selectRow(max(self.currentIndex().row(), 0))


class MeetingListPage(MeetingFileActions, QWidget):
    open_requested = Signal(int)

    def __init__(self, db: Database, templates: TemplateLibrary, window):
        super().__init__()
        self.db = db
        self.templates = templates
        self.window_ = window
        self.committees: list[CommitteeLine] = []
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        self.notice = MessageArea()  # what an import or export did, until closed (issue 31)
        layout.addWidget(self.notice)
        self._build_table()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_meetings_tab(), translate("MeetingListPage", "&Møder"))
        self._add_plan_and_organisation_tabs()
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_meeting)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_selected)

    def _build_top(self) -> QHBoxLayout:
        """The committee's name and size (with the button that changes it), and the committee chooser."""
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        top.addWidget(self.heading, 1)
        self.size_label = QLabel()
        self.size_label.setStyleSheet("color: #555;")
        top.addWidget(self.size_label)
        self.size_button = QPushButton(translate("MeetingListPage", "Ret anta&l ansatte …"))
        self.size_button.setToolTip(
            translate("MeetingListPage", "Hvor mange ansatte virksomheden har; under 10 er der ingen AMO")
        )
        self.size_button.clicked.connect(lambda *_: self.edit_committee())
        top.addWidget(self.size_button)
        self.committee_box = QComboBox()
        self.committee_box.setAccessibleName(translate("MeetingListPage", "Udvalg"))
        self.committee_box.currentIndexChanged.connect(self._fill_table)
        top.addWidget(self.committee_box)
        return top

    def _build_table(self) -> None:
        self.model = MeetingListModel(self._kind_and_step, self)
        self.table = MeetingTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("MeetingListPage", "Møder"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Return, Enter and a double-click: the view says so itself, whether or not the window is active
        self.table.activated.connect(lambda *_: self.continue_selected())

    def _build_meetings_tab(self) -> QWidget:
        """The Møder tab: the meetings beside the årshjul, the line shown when there are none, the buttons."""
        from drøftelse.ui.year_panel import YearPanel

        meetings_tab = QWidget()
        tab_layout = QVBoxLayout(meetings_tab)
        tab_layout.setContentsMargins(0, 6, 0, 0)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        self.year = YearPanel(self.db, lambda text: self.window_.show_message(text))
        self.year.setMinimumWidth(330)
        self.year.folder_button.clicked.connect(lambda *_: self.export_at_folder())
        middle.addWidget(self.year, 2)
        tab_layout.addLayout(middle, 1)
        self.empty = QLabel(translate("MeetingListPage", "Ingen møder endnu. Opret det første med »Nyt møde«."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tab_layout.addWidget(self.empty)
        tab_layout.addLayout(self._build_buttons())
        # the restore stays clickable read-only: it says why it cannot be done there
        reads_only(
            self.committee_box,
            self.continue_button,
            self.pdf_button,
            self.export_button,
            self.backup_button,
            self.restore_button,
        )
        return meetings_tab

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.new_button = self._button(translate("MeetingListPage", "&Nyt møde …"), self.new_meeting, buttons)
        self.continue_button = self._button(translate("MeetingListPage", "&Fortsæt"), self.continue_selected, buttons)
        self.pdf_button = self._button(
            translate("MeetingListPage", "&Handleplan som PDF …"), self.export_handleplan, buttons
        )
        buttons.addStretch(1)
        self.export_button = self._button(
            translate("MeetingListPage", "&Gem mødefil …"), self.export_meeting_file, buttons
        )
        self.import_button = self._button(
            translate("MeetingListPage", "&Indlæs mødefil …"), self.import_meeting_file, buttons
        )
        self.backup_button = self._button(
            translate("MeetingListPage", "Sikk&erhedskopi …"), self.backup_database, buttons
        )
        self.backup_button.setToolTip(
            translate("MeetingListPage", "En kopi af hele databasen (alle udvalg og møder) til at gemme et andet sted")
        )
        self.restore_button = self._button(translate("MeetingListPage", "Gen&dan …"), self.restore_database, buttons)
        self.restore_button.setToolTip(
            translate("MeetingListPage", "Læg databasen tilbage, som den var i en af de sikkerhedskopier, der tages")
        )
        self.delete_button = self._button(translate("MeetingListPage", "&Slet …"), self.delete_selected, buttons)
        return buttons

    def _add_plan_and_organisation_tabs(self) -> None:
        """The committee's handleplan and every committee at a glance: each page made when its tab is first shown."""
        # the committee's handleplan: its page (and SQLAlchemy behind it) is made when the tab is first shown
        self.plan_tab = QWidget()
        QVBoxLayout(self.plan_tab).setContentsMargins(0, 6, 0, 0)
        self.plan: QWidget | None = None
        self.tabs.addTab(self.plan_tab, translate("MeetingListPage", "&Udvalgets handleplan"))
        self.tabs.setTabToolTip(
            1, translate("MeetingListPage", "Alle møders rækker i én handleplan – til HR som PDF, CSV eller Excel")
        )
        self.tabs.currentChanged.connect(lambda *_: self._show_plan_if_current())
        # every committee at a glance (issue 16): made when first shown, as the plan's tab
        self.organisation_tab = QWidget()
        QVBoxLayout(self.organisation_tab).setContentsMargins(0, 6, 0, 0)
        self.organisation = None
        self.tabs.addTab(self.organisation_tab, translate("MeetingListPage", "&Organisation"))
        self.tabs.setTabToolTip(
            2, translate("MeetingListPage", "Alle udvalg: årlige drøftelser, åbne rækker, organisationens handleplan")
        )
        self.tabs.currentChanged.connect(lambda *_: self._show_organisation_if_current())

    def _button(self, text: str, slot, layout) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(lambda *_: slot())
        layout.addWidget(b)
        return b

    # --- reading
    def refresh(self) -> None:
        self.committees = committees_with_meetings(self.db)
        current = self.committee_box.currentData()
        self.committee_box.blockSignals(True)
        self.committee_box.clear()
        for c in self.committees:
            self.committee_box.addItem(c.name, c.id)
        index = self.committee_box.findData(current)
        self.committee_box.setCurrentIndex(max(index, 0))
        self.committee_box.blockSignals(False)
        self.committee_box.setVisible(len(self.committees) > 1)
        self._fill_table()

    def committee(self) -> CommitteeLine | None:
        cid = self.committee_box.currentData()
        return next((c for c in self.committees if c.id == cid), None)

    def _fill_table(self) -> None:
        c = self.committee()
        self.heading.setText(c.name if c else translate("MeetingListPage", "Drøftelse"))
        self.size_label.setText(employees_text(c.employees) if c else "")
        self.size_label.setToolTip(SMALL_WORKPLACE_NOTE if c and is_small_workplace(c.employees) else "")
        self.size_button.setVisible(c is not None and not self.db.read_only)
        self.year.show_committee(c.id if c else None, c.name if c else "")
        self._show_plan_if_current()
        meetings = c.meetings if c else ()
        self.model.sync(meetings)  # only what changed reaches the view: a meeting added, deleted or edited
        size_columns_to_texts(self.table)  # the title's column stretches
        if meetings:
            self.table.selectRow(0)
            self.table.setFocus()  # Enter continues the selected meeting right away
        has = bool(meetings)
        self.empty.setVisible(not has)
        for b in (self.continue_button, self.pdf_button, self.export_button, self.delete_button):
            b.setEnabled(has and (b is not self.delete_button or not self.db.read_only))

    def show_plan(self):
        """The committee's handleplan tab, shown (made on first use); returns its page."""
        self.tabs.setCurrentWidget(self.plan_tab)
        return self.plan

    def _show_plan_if_current(self) -> None:
        if self.tabs.currentWidget() is not self.plan_tab:
            return
        if self.plan is None:
            from drøftelse.ui.committee_plan_page import CommitteePlanPage

            self.plan = CommitteePlanPage(self.db, self.templates, self.window_.show_message, parent=self.plan_tab)
            self.plan.open_requested.connect(self.open_requested)
            self.plan_tab.layout().addWidget(self.plan)
            if self.db.read_only:
                from drøftelse.ui.read_only import lock_editing

                lock_editing(self.plan)
        c = self.committee()
        self.plan.show_committee(c.id if c else None, c.name if c else "")

    def _kind_and_step(self, kind: str, step_key: str) -> tuple[str, str]:
        try:
            t = self.templates.get(kind)
        except DroeftelseError:
            return kind, step_key
        step = t.step(step_key)
        return t.name, step.short_title if step else step_key

    def selected_meeting(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()).id if rows else None

    # --- actions
    def welcome(self) -> None:
        """The first start's dialog, as the window asks it (MainWindow.welcome): "Nyt møde" with no committee yet."""
        self.window_.welcome()

    def create_committee(self, name: str, demo: bool, employees: int | None = None) -> None:
        """The committee, with its workplace's size; the demo under 10 employees is their annual discussion."""
        from drøftelse.services.meetings import create_committee, create_demo

        if demo:
            create_demo(
                self.db, self.templates, committee=name, annual=is_small_workplace(employees), employees=employees
            )
        else:
            create_committee(self.db, name, employees)
        self.refresh()

    def edit_committee(self, employees: int | None | str = "ask") -> None:
        """Change how many work at the committee's workplace (asked in a dialog unless given)."""
        from drøftelse.services.meetings import set_employees

        c = self.committee()
        if c is None:
            return
        if employees == "ask":
            from drøftelse.ui.dialogs import CommitteeDialog

            dialog = CommitteeDialog(c.name, c.employees, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            employees = dialog.employees.value()
        set_employees(self.db, c.id, employees)
        self.refresh()
        self.window_.show_message(f"{c.name}: {employees_text(employees)}.")

    def new_meeting(self) -> None:
        if self.committee() is None:
            self.welcome()
            if self.committee() is None:
                return
        from drøftelse.domain.aarshjul import proposed_meeting

        employees = self.committee().employees
        proposal = proposed_meeting(self.year.events, self.year.today(), annual_kind_for(employees))
        from drøftelse.ui.dialogs import NewMeetingDialog

        dialog = NewMeetingDialog(self.templates, self, proposal, employees=employees)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        kind, title, date, place = dialog.values()
        self.open_requested.emit(self.create_meeting(kind, title, date, place))

    def create_meeting(self, kind: str, title: str, date: dt.date, place: str = "") -> int:
        from drøftelse.services.meetings import create_meeting

        template = self.templates.get(kind)
        made = create_meeting(self.db, self.committee().id, template, title or template.name, date, place)
        if made.invited:
            text = translate(
                "MeetingListPage", "Udvalgets {0} medlemmer er sat på som deltagere. Ret det på Opsætning."
            ).format(made.invited)
            self.window_.show_message(text)
        elif made.carried:
            text = f"De {made.carried} deltagere fra sidste årlige drøftelse er sat på. Ret det på Opsætning."
            self.window_.show_message(text)
        self.refresh()
        return made.id

    def continue_selected(self) -> None:
        mid = self.selected_meeting()
        if mid is not None:
            self.open_requested.emit(mid)

    def show_organisation(self):
        """The Organisation tab, shown (made on first use); returns its page."""
        self.tabs.setCurrentWidget(self.organisation_tab)
        return self.organisation

    def _show_organisation_if_current(self) -> None:
        if self.tabs.currentWidget() is not self.organisation_tab:
            return
        if self.organisation is None:
            from drøftelse.ui.organisation_page import OrganisationPage

            self.organisation = OrganisationPage(self.db, self.templates, self.window_.show_message)
            self.organisation_tab.layout().addWidget(self.organisation)
        self.organisation.refresh()
