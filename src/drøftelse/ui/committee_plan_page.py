"""Udvalgets handleplan: the committee's page beside its meetings and årshjul. Every handleplan row of every
meeting, with the meeting it came from, its status and the dates read from Hvornår and Opfølgning; chosen by
status, year and meeting; in the order of the Hvornår dates; edited as in the meeting. Out of it, for HR, the
plan as PDF, CSV or Excel (what the filters show), written beside the window (ui.exporting)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain.actions import Status
from drøftelse.domain.committee_plan import PlanFilter
from drøftelse.domain.file_names import safe_name
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.services import meetings as service
from drøftelse.ui.committee_plan_model import CommitteePlanModel
from drøftelse.ui.handleplan_view import handleplan_view
from drøftelse.ui.live_view import POLL_MS
from drøftelse.ui.pages.handleplan_page import ChoiceDelegate, MultiLineDelegate
from drøftelse.ui.read_only import reads_only
from drøftelse.ui.row_fitting import fit_rows
from drøftelse.ui.translation import translate

FORMATS = {  # format: (file pattern, suffix)
    "pdf": (QT_TRANSLATE_NOOP("CommitteePlanPage", "PDF (*.pdf)"), ""),  # export_document adds .pdf
    "csv": (QT_TRANSLATE_NOOP("CommitteePlanPage", "CSV til Excel (*.csv)"), ".csv"),
    "xlsx": (QT_TRANSLATE_NOOP("CommitteePlanPage", "Excel-projektmappe (*.xlsx)"), ".xlsx"),
}


def status_choices(today: dt.date) -> list[tuple[str, frozenset[Status] | None]]:
    """The status filter's choices; the first is what HR hangs on the wall."""
    return [
        (translate("committee_plan_page", "Til opslag: ikke udført, og udført i {0}").format(today.year), None),
        (translate("committee_plan_page", "Alle"), frozenset(Status)),
        (translate("committee_plan_page", "Åben og i gang"), frozenset({Status.AABEN, Status.I_GANG})),
        *((s.label.capitalize(), frozenset({s})) for s in Status),
    ]


class CommitteePlanPage(QWidget):
    open_requested = Signal(int)  # "Åbn mødet": the meeting the selected row came from

    def __init__(self, db, templates, report, today=dt.date.today, parent=None):
        super().__init__(parent)
        self.db, self.templates, self.report, self.today = db, templates, report, today
        self.committee_id: int | None = None
        self.committee_name = ""
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_table(), 1)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        layout.addLayout(self._build_buttons())
        self._connect_filters()

    def _build_filters(self) -> QHBoxLayout:
        """Status, år and møde to filter by, and how many rows are shown."""
        filters = QHBoxLayout()
        self.status_box = self._filter(
            filters, translate("CommitteePlanPage", "S&tatus:"), translate("CommitteePlanPage", "Status")
        )
        for label, statuses in status_choices(self.today()):
            self.status_box.addItem(label, statuses)
        self.year_box = self._filter(
            filters, translate("CommitteePlanPage", "Å&r:"), translate("CommitteePlanPage", "År")
        )
        self.meeting_box = self._filter(
            filters, translate("CommitteePlanPage", "Mø&de:"), translate("CommitteePlanPage", "Møde")
        )
        self.meeting_box.setMinimumContentsLength(28)
        filters.addStretch(1)
        self.count = QLabel()
        self.count.setAccessibleName(translate("CommitteePlanPage", "Antal rækker"))
        filters.addWidget(self.count)
        return filters

    def _build_table(self):
        """The rows (`view` over `model`), measured again when the columns settle, and polled while shown."""
        self.model = CommitteePlanModel(self.db, self.today, self)
        self.view = handleplan_view(self.model, translate("CommitteePlanPage", "Udvalgets handleplan"))
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CommitteePlanModel.COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setItemDelegate(MultiLineDelegate(self.view))
        self.view.setItemDelegateForColumn(
            CommitteePlanModel.COL_STATUS, ChoiceDelegate([(s.label, s) for s in Status], self.view)
        )
        fit_rows(self.view)
        # when the columns get their real widths (the tab first shown, the window resized), the rows are measured
        # again, once the widths have settled
        self.refit = QTimer(self, singleShot=True, interval=80)
        self.refit.timeout.connect(self.view.resizeRowsToContents)
        # live (issue 27): the other chair's stored change is shown within 2 s; one small query a second, only
        # while the page is on screen, never under an open editor or dialog
        self.seen_version = None
        self.poll_timer = QTimer(self, interval=POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        header.sectionResized.connect(lambda *_: self.refit.start())
        return self.view

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.open_button = self._button(translate("CommitteePlanPage", "Åb&n mødet"), self.open_selected, buttons)
        self.open_button.setToolTip(translate("CommitteePlanPage", "Åbn det møde, den valgte række kom fra"))
        buttons.addStretch(1)
        self.pdf_button = self._button(
            translate("CommitteePlanPage", "Gem som &PDF …"), lambda: self.export("pdf"), buttons
        )
        self.pdf_button.setToolTip(
            translate(
                "CommitteePlanPage", "Til HR: A4 på tværs, med status, møde og en underskriftslinje til hvert medlem"
            )
        )
        self.csv_button = self._button(
            translate("CommitteePlanPage", "Gem som &CSV …"), lambda: self.export("csv"), buttons
        )
        self.xlsx_button = self._button(
            translate("CommitteePlanPage", "Gem som E&xcel …"), lambda: self.export("xlsx"), buttons
        )
        return buttons

    def _connect_filters(self) -> None:
        """The filters refilter; Ctrl+P saves the PDF; what only chooses, opens and exports stays read-only."""
        self.status_box.currentIndexChanged.connect(lambda *_: self.apply_filter())
        self.year_box.currentIndexChanged.connect(lambda *_: self.apply_filter())
        self.meeting_box.currentIndexChanged.connect(lambda *_: self.apply_filter())
        shortcut = QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.export("pdf"))
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # these only choose, open and export: they stay when the database is read-only (ui/read_only.py)
        reads_only(self.status_box, self.year_box, self.meeting_box, self.open_button, shortcut)
        reads_only(self.pdf_button, self.csv_button, self.xlsx_button)

    def _filter(self, layout, text: str, name: str) -> QComboBox:
        label = QLabel(text)
        box = QComboBox()
        box.setAccessibleName(name)
        label.setBuddy(box)
        layout.addWidget(label)
        layout.addWidget(box)
        return box

    def _button(self, text: str, slot, layout) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(lambda *_: slot())
        layout.addWidget(b)
        return b

    # --- reading
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.poll_timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802
        self.poll_timer.stop()
        super().hideEvent(event)

    def _version(self):
        from drøftelse.domain.errors import ServerUnreachable  # noqa: PLC0415

        try:
            return service.committee_plan_version(self.db, self.committee_id)
        except ServerUnreachable as e:
            from drøftelse.ui.lost_server import connection_lost  # noqa: PLC0415

            connection_lost(e)
        except Exception:  # noqa: BLE001 - looking stays quiet; storing says what is wrong
            pass
        return None

    def poll(self) -> None:
        """Read the plan again when another window (the other chair, the command line) changed it; a row being
        edited here keeps what is typed (the model replaces rows where they stand)."""
        if self.committee_id is None or not self.isVisible() or QApplication.activeModalWidget() is not None:
            return
        if self.view.state() == QAbstractItemView.State.EditingState:
            return  # the next second, once the cell is left
        version = self._version()
        if version is None or version == self.seen_version:
            return
        if self.seen_version is not None:
            self.model.load(self.committee_id)
            self._fill_choices()
            self.apply_filter()
        self.seen_version = version

    def show_committee(self, committee_id: int | None, name: str = "") -> None:
        """Load the committee's rows (again: after a meeting was edited, another committee chosen)."""
        self.committee_id, self.committee_name = committee_id, name
        self.seen_version = self._version() if committee_id is not None else None
        self.model.load(committee_id)
        self._fill_choices()
        self.apply_filter()

    def _fill_choices(self) -> None:
        """Years and meetings to choose from, as the rows have them; a choice made stays when it still exists."""
        for box, everything, choices in (
            (
                self.year_box,
                translate("CommitteePlanPage", "Alle år"),
                [(str(y), y) for y in reversed(self.model.years())],
            ),
            (
                self.meeting_box,
                translate("CommitteePlanPage", "Alle møder"),
                [(label, mid) for mid, label in self.model.meetings()],
            ),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for label, value in choices:
                box.addItem(label, value)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def plan_filter(self) -> PlanFilter:
        return PlanFilter(self.status_box.currentData(), self.year_box.currentData(), self.meeting_box.currentData())

    def apply_filter(self) -> None:
        self.model.set_filter(self.plan_filter())
        shown, total = self.model.rowCount(), self.model.total
        self.count.setText(
            translate("CommitteePlanPage", "{0} af {1} rækker").format(shown, total)
            if shown != total
            else translate("CommitteePlanPage", "{0} rækker").format(total)
        )
        if total == 0:
            self.empty.setText(translate("CommitteePlanPage", "Udvalgets møder har ingen rækker i handleplanen endnu."))
        else:
            self.empty.setText(
                translate("CommitteePlanPage", "Ingen rækker passer til valget. Vælg fx »Alle« under Status.")
                if not shown
                else ""
            )
        self.empty.setVisible(not shown)
        for b in (self.pdf_button, self.csv_button, self.xlsx_button):
            b.setEnabled(self.committee_id is not None)
        self.open_button.setEnabled(shown > 0)

    def selected_meeting(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()).meeting_id if index.isValid() else None

    # --- actions
    def open_selected(self) -> None:
        mid = self.selected_meeting()
        if mid is not None:
            self.open_requested.emit(mid)

    def export(self, fmt: str, path: Path | None = None):
        """The plan as the filters show it, on a worker; returns the Task, or None."""
        from drøftelse.services.exports import write_committee_handleplan
        from drøftelse.ui.exporting import export_document

        if self.committee_id is None:
            return None
        pattern, suffix = FORMATS[fmt]
        pattern = translate("CommitteePlanPage", pattern)
        db, templates, committee_id, chosen, today = (
            self.db,
            self.templates,
            self.committee_id,
            self.plan_filter(),
            self.today(),
        )

        def write(target: Path, check) -> Path:
            made = write_committee_handleplan(db, templates, committee_id, {fmt: target}, chosen, today, check)
            return made.files[0]

        return export_document(
            self,
            translate("CommitteePlanPage", "Udvalgets handleplan"),
            translate("CommitteePlanPage", "Handleplan – {0}{1}").format(safe_name(self.committee_name), suffix),
            write,
            path,
            self.report,
            open_after=fmt == "pdf",
            pattern=pattern,
        )
