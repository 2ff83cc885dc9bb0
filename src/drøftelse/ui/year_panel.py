"""The committee's årshjul beside its meetings: what is coming in the next 12 months, overdue first and marked
in words and colour; the date of the last full APV (editable); and an export to any calendar (.ics). The members'
training due follows what the other chair stored (issue 27): once a meeting has been opened (and SQLAlchemy with
it – the list stays light until then), the members' version is polled while the panel is on screen."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.file_names import safe_name
from drøftelse.services.database import Database
from drøftelse.services.listing import apv_date, year_ahead
from drøftelse.ui.list_models import YearModel
from drøftelse.ui.read_only import reads_only
from drøftelse.ui.row_fitting import fit_rows, size_columns_to_texts
from drøftelse.ui.translation import translate


class YearPanel(QGroupBox):
    def __init__(self, db: Database, report, today=dt.date.today):
        super().__init__(translate("YearPanel", "Årshjul – de næste 12 måneder"))
        self.db, self.report, self.today = db, report, today
        self.committee_id: int | None = None
        self.committee_name = ""
        self.members_seen = None  # (committee, the members' version) when last looked at
        self.live = QTimer(self)
        self.live.setInterval(1000)
        self.live.timeout.connect(self.poll)
        self.live.start()
        layout = QVBoxLayout(self)
        self.model = YearModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("YearPanel", "Årshjul"))
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_rows(self.table, lambda: size_columns_to_texts(self.table))
        layout.addWidget(self.table, 1)
        self.overdue = QLabel()
        self.overdue.setWordWrap(True)
        layout.addWidget(self.overdue)
        apv = QHBoxLayout()
        self.apv_label = QLabel()
        self.apv_label.setWordWrap(True)
        apv.addWidget(self.apv_label, 1)
        change = QPushButton(translate("YearPanel", "Sidste &APV …"))
        change.setToolTip(
            translate("YearPanel", "Datoen for den seneste fulde APV; den næste skal laves senest 3 år efter")
        )
        change.clicked.connect(lambda: self.change_apv_date())
        apv.addWidget(change)
        layout.addLayout(apv)
        ics = QPushButton(translate("YearPanel", "Gem i &kalender (.ics) …"))
        ics.setToolTip(translate("YearPanel", "En fil, som Outlook og andre kalendere kan indlæse"))
        ics.clicked.connect(lambda: self.export_ics())
        reads_only(ics)
        # the committee's record in one PDF; the meeting list writes it (it knows the templates)
        self.folder_button = QPushButton(translate("YearPanel", "Mappe til Arbejds&tilsynet …"))
        self.folder_button.setToolTip(
            translate(
                "YearPanel",
                "Én PDF med bogmærker: det seneste referat, handleplanen, arbejdsmiljøorganisationen, "
                "medlemmernes uddannelse, APV'en og regelgrundlaget",
            )
        )
        reads_only(self.folder_button)
        files = QHBoxLayout()
        files.addWidget(ics)
        files.addWidget(self.folder_button)
        layout.addLayout(files)

    @property
    def events(self) -> list:
        return self.model.rows

    def show_committee(self, committee_id: int | None, name: str = "") -> None:
        self.committee_id, self.committee_name = committee_id, name
        self.refresh()

    def refresh(self) -> None:
        self.members_seen = self._members_version()  # read first: a change after it is shown at the next look
        self.model.sync(year_ahead(self.db, self.committee_id, self.today()) if self.committee_id else [])
        size_columns_to_texts(self.table)
        late = sum(1 for e in self.events if e.overdue)
        self.overdue.setText(
            translate("YearPanel", "{0} overskredet.").format(late)
            if late
            else translate("YearPanel", "Intet overskredet.")
        )
        self.overdue.setStyleSheet("color: #8a1c1c; font-weight: bold;" if late else "color: #2e6b2e;")
        apv = self._apv_date()
        self.apv_label.setText(
            translate("YearPanel", "Sidste fulde APV: {0}").format(short_date(apv))
            if apv
            else translate("YearPanel", "Sidste fulde APV: ikke angivet")
        )

    def _members_version(self):
        annual = sys.modules.get("drøftelse.services.annual")  # never imported here: the list paints without it
        if annual is None or not self.committee_id:
            return None
        try:
            return self.committee_id, annual.members_version(self.db, self.committee_id)
        except Exception:  # noqa: BLE001 - looking stays quiet
            return None

    def poll(self) -> None:
        """Show the members' training as the other chair stored it, when their version moved on."""
        if not self.isVisible() or not self.isEnabled() or QApplication.activeModalWidget() is not None:
            return
        now = self._members_version()
        if now is None:
            return
        if self.members_seen is not None and now != self.members_seen and now[0] == self.members_seen[0]:
            self.refresh()
        else:
            self.members_seen = now

    def _apv_date(self) -> dt.date | None:
        return apv_date(self.db, self.committee_id) if self.committee_id else None

    def change_apv_date(self, value: dt.date | None | str = "ask") -> None:
        from drøftelse.services.annual import set_apv_date

        if not self.committee_id:
            return
        if value == "ask":
            from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout

            from drøftelse.ui.member_dialogs import OptionalDate

            dialog = QDialog(self)
            dialog.setWindowTitle(translate("YearPanel", "Sidste fulde APV"))
            form = QFormLayout(dialog)
            choice = OptionalDate(
                translate("YearPanel", "lavet den"), self._apv_date(), translate("YearPanel", "Sidste fulde APV")
            )
            form.addRow(translate("YearPanel", "APV"), choice)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
            buttons.accepted.connect(dialog.accept)
            buttons.rejected.connect(dialog.reject)
            form.addRow(buttons)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            value = choice.value()
        set_apv_date(self.db, self.committee_id, value)
        self.refresh()

    def export_ics(self, path=None):
        """The årshjul as a calendar file, written on a worker; returns the Task, or None."""
        from drøftelse.services.exports import write_year_ahead
        from drøftelse.ui.exporting import export_document

        if not self.committee_id:
            return None
        from drøftelse.ui.dialogs import ask_save_path

        path = path or ask_save_path(
            self,
            translate("YearPanel", "Gem årshjul som kalenderfil"),
            translate("YearPanel", "Årshjul – {0}.ics").format(safe_name(self.committee_name)),
            translate("YearPanel", "Kalenderfil (*.ics)"),
        )
        if path is None:
            return None
        db, committee_id, name, today = self.db, self.committee_id, self.committee_name, self.today()
        shown = len(self.events)  # the dates in the table are the dates written: same committee, same day
        return export_document(
            self,
            translate("YearPanel", "Kalenderfilen"),
            "",
            lambda target, check: write_year_ahead(db, committee_id, name, today, target),
            path,
            lambda _text: self.report(
                translate("YearPanel", "{0} datoer er gemt i {1}. Åbn filen i Outlook eller jeres kalender.").format(
                    shown, path
                )
            ),
            open_after=False,
            pattern=translate("YearPanel", "Kalenderfil (*.ics)"),
        )
