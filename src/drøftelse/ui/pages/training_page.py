"""Punkt 6: the AMO's members and their training (what each is entitled to this year, what is due or overdue),
and the kompetenceudviklingsplan – prefilled from the latest kompetencedrøftelse – which prints on its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from drøftelse.domain import training
from drøftelse.domain.danish_dates import short_date
from drøftelse.services import annual
from drøftelse.services import meetings as service
from drøftelse.ui.pages.base import StepPage, add_group_boxes, load_group_boxes, note_panel, wrapped

MEMBER_COLUMNS = ("Navn", "Rolle", "Valgt/udpeget", "Obligatorisk uddannelse", "Supplerende i år", "Status")
PLAN_COLUMNS = ("Hvem", "Hvilken uddannelse", "Hvornår", "Dage")
PLAN_FIELDS = ("hvem", "hvad", "hvornaar", "days")


def days(value: float | None) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")


def parse_days(text: str) -> float | None:
    text = text.strip().replace(",", ".").removesuffix("dage").removesuffix("dag").strip()
    if not text:
        return None
    value = float(text)  # ValueError: the caller says so
    if not 0 <= value <= 365:
        raise ValueError(text)
    return value


class TrainingPage(StepPage):
    def __init__(self, ctx, step):
        super().__init__(ctx, step)
        layout = QVBoxLayout(self)
        if step.instruction:
            layout.addWidget(wrapped(step.instruction, "font-size: 15px;"))
        if step.help:
            layout.addWidget(wrapped(step.help, "color: #444;"))
        self.alert_holder = QVBoxLayout()
        layout.addLayout(self.alert_holder)

        members = QGroupBox("AMO's medlemmer og deres uddannelse")
        m_layout = QVBoxLayout(members)
        self.members = QTableWidget(0, len(MEMBER_COLUMNS))
        self.members.setHorizontalHeaderLabels(MEMBER_COLUMNS)
        self.members.setAccessibleName("AMO's medlemmer")
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.verticalHeader().setVisible(False)
        self.members.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.members.doubleClicked.connect(lambda *_: self.edit_member())
        self.members.setMinimumHeight(130)
        m_layout.addWidget(self.members)
        row = QHBoxLayout()
        for text, slot in (
            ("Tilføj &medlem …", self.add_member),
            ("&Ret medlem …", self.edit_member),
            ("Registrér &uddannelse …", self.add_training),
        ):
            b = QPushButton(text)
            b.clicked.connect(lambda *_, s=slot: s())
            row.addWidget(b)
        row.addStretch(1)
        m_layout.addLayout(row)
        layout.addWidget(members)

        plan = QGroupBox("Kompetenceudviklingsplan for det kommende år")
        p_layout = QVBoxLayout(plan)
        self.plan_source = wrapped("", "color: #555;")
        p_layout.addWidget(self.plan_source)
        self.plan = QTableWidget(0, len(PLAN_COLUMNS))
        self.plan.setHorizontalHeaderLabels(PLAN_COLUMNS)
        self.plan.setAccessibleName("Kompetenceudviklingsplan")
        self.plan.verticalHeader().setVisible(False)
        self.plan.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.plan.itemChanged.connect(self._plan_changed)
        self.plan.setMinimumHeight(130)
        p_layout.addWidget(self.plan)
        row = QHBoxLayout()
        for text, slot in (
            ("Tilføj &linje", self.add_plan_line),
            ("&Fjern linje", self.remove_plan_line),
            ("Kompetenceudviklingsplan som &PDF …", lambda: self.export_pdf()),
        ):
            b = QPushButton(text)
            b.clicked.connect(lambda *_, s=slot: s())
            row.addWidget(b)
        row.addStretch(1)
        p_layout.addLayout(row)
        layout.addWidget(plan)
        self.boxes = add_group_boxes(self, layout)
        self._members: list[annual.MemberLine] = []
        self._plan_ids: list[int] = []

    # --- reading
    def _today(self):
        return service.get_meeting(self.ctx.db, self.ctx.meeting_id).date

    def _committee(self) -> int:
        return service.get_meeting(self.ctx.db, self.ctx.meeting_id).committee_id

    def enter(self) -> None:
        load_group_boxes(self, self.boxes)
        source = annual.prefill_plan(self.ctx.db, self.ctx.meeting_id, self._today())
        if source:
            self.plan_source.setText(f"Udfyldt fra »Egen kompetenceudvikling« i {source}. Ret det til her.")
        elif not self.plan_source.text():
            self.plan_source.setText("Planen gemmes, mens I skriver. Dage kan skrives som 1,5.")
        self.load_members()
        self.load_plan()

    def load_members(self) -> None:
        self._members = annual.members(self.ctx.db, self._committee(), self._today())
        self.members.setRowCount(len(self._members))
        alerts = []
        for r, m in enumerate(self._members):
            st = m.status
            supplementary = (
                (
                    f"{days(st.used_days)} af {days(st.entitled_days)} dage brugt "
                    f"({st.year_of_office}. funktionsår til {short_date(st.year_ends)})"
                )
                if st.year_ends
                else ""
            )
            mandatory = short_date(m.mandatory_on) if m.mandatory_on else "ikke taget"
            if st.mandatory == "fratrådt":
                status = f"Fratrådt {short_date(m.left_on)}"
            elif st.mandatory in ("overskredet", "skal tages"):
                words = training.mandatory_text(st)
                status = f"{'⚠ ' if st.mandatory == 'overskredet' else ''}Obligatorisk uddannelse {words}"
                if st.mandatory == "overskredet":
                    alerts.append(f"{m.name}: obligatorisk uddannelse {words}")
            elif st.remaining_days > 0:
                status = f"{days(st.remaining_days)} dage tilbage i år – de bortfalder {short_date(st.year_ends)}"
            else:
                status = "I orden"
            values = (
                m.name,
                m.role,
                short_date(m.elected_on) if m.elected_on else "",
                mandatory,
                supplementary,
                status,
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if st.mandatory == "overskredet" and col == 5:
                    item.setForeground(QColor("#8a1c1c"))
                    font = QFont()
                    font.setBold(True)
                    item.setFont(font)
                if st.mandatory == "fratrådt":
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.members.setItem(r, col, item)
        self.members.resizeColumnsToContents()
        self.members.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        while self.alert_holder.count():
            w = self.alert_holder.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        if alerts:
            self.alert_holder.addWidget(note_panel("Overskredet", "; ".join(alerts)))
        if not self._members:
            self.members.setRowCount(0)

    def load_plan(self) -> None:
        items = annual.plan_items(self.ctx.db, self.ctx.meeting_id)
        self._plan_ids = [i.id for i in items]
        self.plan.blockSignals(True)
        self.plan.setRowCount(len(items))
        for r, i in enumerate(items):
            for col, text in enumerate((i.hvem, i.hvad, i.hvornaar, days(i.days))):
                self.plan.setItem(r, col, QTableWidgetItem(text))
        self.plan.blockSignals(False)
        self.plan.resizeColumnToContents(0)
        self.plan.setColumnWidth(2, 190)
        self.plan.setColumnWidth(3, 70)
        self.plan.resizeRowsToContents()

    # --- members
    def selected_member(self) -> annual.MemberLine | None:
        row = self.members.currentRow()
        return self._members[row] if 0 <= row < len(self._members) else None

    def add_member(self, values: dict | None = None) -> None:
        from drøftelse.ui.member_dialogs import MemberDialog

        if values is None:
            dialog = MemberDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        mid = annual.add_member(self.ctx.db, self._committee(), values["name"], values["role"], values["elected_on"])
        self._save_member_dates(mid, values)

    def edit_member(self) -> None:
        from drøftelse.ui.member_dialogs import MemberDialog

        m = self.selected_member()
        if m is None:
            self.ctx.report("Vælg først et medlem i tabellen.")
            return
        dialog = MemberDialog(self, m.name, m.role, m.elected_on, m.mandatory_on, m.left_on)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        annual.update_member(
            self.ctx.db, m.id, name=values["name"], role=values["role"], elected_on=values["elected_on"]
        )
        self._save_member_dates(m.id, values)

    def _save_member_dates(self, member_id: int, values: dict) -> None:
        annual.set_mandatory_course(self.ctx.db, member_id, values["mandatory"])
        annual.update_member(self.ctx.db, member_id, left_on=values["left_on"])
        self.load_members()

    def add_training(self, values: tuple | None = None) -> None:
        from drøftelse.ui.member_dialogs import TrainingDialog

        m = self.selected_member()
        if m is None:
            self.ctx.report("Vælg først det medlem, der har taget uddannelsen.")
            return
        if values is None:
            dialog = TrainingDialog(m.name, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        annual.add_training(self.ctx.db, m.id, *values)
        self.load_members()

    # --- the plan
    def _plan_changed(self, cell: QTableWidgetItem) -> None:
        field = PLAN_FIELDS[cell.column()]
        value = cell.text()
        if field == "days":
            try:
                value = parse_days(value)
            except ValueError:
                self.ctx.report(f"»{cell.text()}« er ikke et antal dage. Skriv fx 1,5.")
                return
        annual.update_plan_item(self.ctx.db, self._plan_ids[cell.row()], **{field: value})

    def add_plan_line(self) -> None:
        annual.add_plan_item(self.ctx.db, self.ctx.meeting_id)
        self.load_plan()
        self.plan.setCurrentCell(self.plan.rowCount() - 1, 0)
        self.plan.editItem(self.plan.item(self.plan.rowCount() - 1, 0))

    def remove_plan_line(self) -> None:
        row = self.plan.currentRow()
        if 0 <= row < len(self._plan_ids):
            annual.delete_plan_item(self.ctx.db, self._plan_ids[row])
            self.load_plan()

    def export_pdf(self, path=None):
        return export_competence_plan(self, self.ctx, path)

    def presentation(self) -> dict:
        lines = [f"{m.name}: {self.members.item(r, 5).text()}" for r, m in enumerate(self._members)]
        return {"heading": self.step.title, "lines": lines or [self.step.instruction]}


def export_competence_plan(parent, ctx, path=None):
    """The kompetenceudviklingsplan as its own PDF, from this step or from the Referat step."""
    from drøftelse.ui.exporting import export_annual_document

    return export_annual_document(parent, ctx, "kompetenceplan", path)
