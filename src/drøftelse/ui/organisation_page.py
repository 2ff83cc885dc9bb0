"""The Organisation tab: every committee in the database at a glance (whose annual discussion is overdue, how many
open handleplan rows each has), the organisation's handleplan of open rows as PDF or Excel, and a committee
copied to another database (a file or the shared one) with every row checked (issue 16)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain.danish_dates import short_date
from drøftelse.services.organisation import CommitteeStanding, overview
from drøftelse.ui.table_models import Column, RecordTableModel
from drøftelse.ui.translation import translate

OVERDUE = QColor("#b3261e")


def _annual(c: CommitteeStanding) -> str:
    if c.last_annual is None:
        return translate("organisation_page", "ingen endnu – overskredet")
    return f"{short_date(c.annual_due)}{' – overskredet' if c.annual_overdue else ''}"


class StandingModel(RecordTableModel):
    def __init__(self, parent=None):
        super().__init__(
            (
                Column(translate("StandingModel", "Udvalg"), lambda c: c.name),
                Column(translate("StandingModel", "Næste årlige drøftelse"), _annual),
                Column(translate("StandingModel", "Åbne rækker"), lambda c: str(c.open_rows)),
                Column("Heraf overskredne", lambda c: str(c.overdue_rows) if c.overdue_rows else ""),
            ),
            parent=parent,
        )

    def foreground(self, record, column: int):
        if (column == 1 and record.annual_overdue) or (column == 3 and record.overdue_rows):
            return OVERDUE
        return None


class OrganisationPage(QWidget):
    def __init__(self, db, templates, report, parent=None, today=None):
        super().__init__(parent)
        self.db, self.templates, self.report = db, templates, report
        self.today = today or dt.date.today
        self.copied: QMessageBox | None = None  # the last copy's table of rows and checksums
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = StandingModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Organisationens udvalg")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(translate("OrganisationPage", "Organisationens handleplan som &PDF …"))
        self.pdf_button.clicked.connect(lambda *_: self.export_plan("pdf"))
        self.xlsx_button = QPushButton(translate("OrganisationPage", "… som &Excel …"))
        self.xlsx_button.clicked.connect(lambda *_: self.export_plan("xlsx"))
        self.copy_button = QPushButton(translate("OrganisationPage", "&Kopiér udvalget til en anden database …"))
        self.copy_button.setToolTip(
            translate(
                "OrganisationPage",
                "Udvalget med alle dets møder kopieres til en databasefil eller en fælles database "
                "(postgresql://bruger@server/database); hver tabel kontrolleres, og intet ændres ved fejl",
            )
        )
        self.copy_button.clicked.connect(lambda *_: self.copy_selected())
        self.server_button = QPushButton(translate("OrganisationPage", "&Fælles database …"))
        self.server_button.setToolTip(
            translate("OrganisationPage", "Brug en fælles PostgreSQL-database fra næste start")
        )
        self.server_button.clicked.connect(lambda *_: self.choose_shared_database())
        for b in (self.pdf_button, self.xlsx_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.server_button)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        standings = overview(self.db, self.today())
        self.model.sync(standings)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        overdue = sum(c.annual_overdue for c in standings)
        rows = sum(c.open_rows for c in standings)
        self.summary.setText(
            translate(
                "OrganisationPage", "{0} udvalg · {1} med overskredet årlig arbejdsmiljødrøftelse · {2} åbne rækker"
            ).format(len(standings), overdue, rows)
        )
        if standings and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def selected(self) -> CommitteeStanding | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def export_plan(self, fmt: str, path: Path | None = None):
        from drøftelse.services.organisation import write_organisation_handleplan
        from drøftelse.ui.exporting import export_document

        db, templates, today = self.db, self.templates, self.today()
        return export_document(
            self,
            "Organisationens handleplan",
            f"Organisationens handleplan {today.isoformat()}" + (".xlsx" if fmt == "xlsx" else ""),
            lambda target, check: write_organisation_handleplan(db, templates, {fmt: target}, today, check).files[0],
            path,
            self.report,
            open_after=fmt == "pdf",
            pattern="PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)",
        )

    def choose_shared_database(self):
        """The shared database's address (and the password into the keyring), used from the next start."""
        from drøftelse.ui.server_dialog import SharedDatabaseDialog, shared_database

        dialog = SharedDatabaseDialog(self)
        if dialog.exec() == SharedDatabaseDialog.DialogCode.Accepted:
            chosen = shared_database()
            self.report(
                translate("OrganisationPage", "Fra næste start bruges den fælles database {0}.").format(chosen)
                if chosen
                else translate("OrganisationPage", "Fra næste start bruges databasefilen på denne computer.")
            )
        return dialog

    def copy_selected(self, target: str | None = None):
        """Copy the chosen committee, on a worker; the result says every table's rows and checksum."""
        from drøftelse.services.committee_copy import copy_committee_to
        from drøftelse.ui.tasks import run_task

        chosen = self.selected()
        if chosen is None:
            return None
        if target is None:
            target, ok = QInputDialog.getText(
                self,
                translate("OrganisationPage", "Kopiér udvalg"),
                translate(
                    "OrganisationPage",
                    "Hvor skal »{0}« kopieres hen?\nEn databasefil (fx /sti/til/udvalg.sqlite) eller en fælles database (postgresql://bruger@server/navn):",
                ).format(chosen.name),
            )
            if not ok or not target.strip():
                return None
            target = target.strip()

        def done(report) -> None:
            lines = "\n".join(
                f"{c.table}: {c.rows} {'række' if c.rows == 1 else 'rækker'}, kontrolsum {c.checksum}"
                for c in report.tables
            )
            self.report(
                translate("OrganisationPage", "»{0}« er kopieret til {1} som udvalg {2}.").format(
                    report.name, target, report.target_committee
                )
            )
            # window-modal, not a nested event loop: the table is the result, to read and close
            self.copied = QMessageBox(
                QMessageBox.Icon.Information,
                translate("OrganisationPage", "Udvalget er kopieret"),
                translate(
                    "OrganisationPage", "»{0}« er kopieret til {1} som udvalg {2}. Alle rækker er kontrolleret:\n\n{3}"
                ).format(report.name, target, report.target_committee, lines),
                QMessageBox.StandardButton.Ok,
                self,
            )
            self.copied.open()

        return run_task(
            copy_committee_to,
            self.db,
            chosen.id,
            target,
            on_done=done,
            on_error=lambda e: QMessageBox.warning(
                self, translate("OrganisationPage", "Udvalget kunne ikke kopieres"), e.message
            ),
            parent=self,
            label="Kopierer udvalget …",
        )
