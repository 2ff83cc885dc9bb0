"""Punkt 6 as the law has it since 1.2.2024: the AMO's members and their supplerende uddannelse (what each is
entitled to and has used this year, what is due or overdue, the offers of it and two years pooled by a written
agreement), the group's text on it and on the sagkundskab (own, or
bought from an arbejdsmiljørådgiver), and – optional, never needed to close – the kompetenceudviklingsplan,
prefilled from the latest kompetencedrøftelse, which prints on its own. The offers and the years pooled are in
training_offers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
)

from drøftelse.domain import training
from drøftelse.domain.errors import DroeftelseError
from drøftelse.services import annual
from drøftelse.services import meetings as service
from drøftelse.ui.field_conflict import write_checked
from drøftelse.ui.hearing_answers import hearing_panel, refresh_hearing_panel
from drøftelse.ui.live_view import refresh_table
from drøftelse.ui.page_models import MemberModel, PlanModel
from drøftelse.ui.pages.base import (
    StepPage,
    add_group_boxes,
    agreed_lines,
    button_row,
    load_group_boxes,
    note_panel,
    wrapped,
)
from drøftelse.ui.pages.training_offers import TrainingOffers
from drøftelse.ui.row_fitting import fit_rows
from drøftelse.ui.table_height import height_for_rows
from drøftelse.ui.translation import translate


class TrainingPage(TrainingOffers, StepPage):
    watches_members = True  # the members belong to the committee, not the meeting: their own version is polled

    @classmethod
    def needs_the_orm(cls, step, template) -> bool:
        return True  # the members and their courses are read, and the plan prefilled on entering, with the ORM

    def __init__(self, ctx, step):
        super().__init__(ctx, step)
        layout = QVBoxLayout(self)
        self._build_intro(layout)
        layout.addWidget(self._build_members())
        self.boxes = add_group_boxes(self, layout)
        for key, edit in self.boxes.items():
            edit.setPlaceholderText(step.box(key).help)
        layout.addWidget(self._build_plan())

    def _build_intro(self, layout: QVBoxLayout) -> None:
        """The instruction, what the employees said, the help and room for the overdue courses' alert."""
        step = self.step
        # the annual discussion: what the employees said; shown whole, as the page is taller than a screen
        self.hearing = hearing_panel(self, grows=True)
        if step.instruction:
            layout.addWidget(wrapped(step.instruction, "font-size: 15px;"))
        if self.hearing is not None:
            layout.addWidget(self.hearing)
        if step.help:
            layout.addWidget(wrapped(step.help, "color: #444;"))
        self.alert_holder = QVBoxLayout()
        layout.addLayout(self.alert_holder)

    def _build_members(self) -> QGroupBox:
        """The AMO's members with their buttons, and the chosen member's offers under them."""
        members = QGroupBox(translate("TrainingPage", "AMO's medlemmer og deres supplerende uddannelse"))
        m_layout = QVBoxLayout(members)
        self.member_model = MemberModel(self)
        self.members = QTableView()
        self.members.setModel(self.member_model)
        self.members.setAccessibleName(translate("TrainingPage", "AMO's medlemmer"))
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.verticalHeader().setVisible(False)
        self.members.horizontalHeader().setSectionResizeMode(MemberModel.COL_STATUS, QHeaderView.ResizeMode.Stretch)
        self.members.doubleClicked.connect(lambda *_: self.edit_member())
        height_for_rows(self.members, fewest_rows=3)  # the page is the one scroller (issue 31)
        m_layout.addWidget(self.members)
        m_layout.addLayout(
            button_row(
                (translate("TrainingPage", "Tilføj &medlem …"), self.add_member),
                (translate("TrainingPage", "&Ret medlem …"), self.edit_member),
                (translate("TrainingPage", "Registrér &uddannelse …"), self.add_training),
            )
        )
        # the offers the employer must be able to document, of the member chosen above
        self._build_offers(m_layout)
        self.members.selectionModel().currentRowChanged.connect(lambda *_: self.load_offers())
        return members

    def _build_plan(self) -> QGroupBox:
        """The optional kompetenceudviklingsplan: where it was filled from, its lines, its buttons."""
        plan = QGroupBox(translate("TrainingPage", "Kompetenceudviklingsplan (valgfri)"))
        plan.setAccessibleName(translate("TrainingPage", "Kompetenceudviklingsplan (valgfri)"))
        p_layout = QVBoxLayout(plan)
        p_layout.addWidget(
            wrapped(
                translate(
                    "TrainingPage",
                    "Ikke et krav siden 1. februar 2024 – et hjælpemiddel, hvis I vil planlægge uddannelsen linje for "
                    "linje. Mødet kan afsluttes uden den.",
                ),
                "color: #555;",
            )
        )
        self.plan_source = wrapped("", "color: #555;")
        p_layout.addWidget(self.plan_source)
        self.plan_model = PlanModel(self.ctx.db, self.ctx.meeting_id, self.ctx.report, self)
        self.plan = QTableView()
        self.plan.setModel(self.plan_model)
        self.plan.setAccessibleName(translate("TrainingPage", "Kompetenceudviklingsplan"))
        self.plan.verticalHeader().setVisible(False)
        self.plan.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.plan.setColumnWidth(2, 190)
        self.plan.setColumnWidth(3, 70)
        fit_rows(self.plan, lambda: self.plan.resizeColumnToContents(0))
        height_for_rows(self.plan, fewest_rows=3)
        p_layout.addWidget(self.plan)
        p_layout.addLayout(
            button_row(
                (translate("TrainingPage", "Tilføj &linje"), self.add_plan_line),
                (translate("TrainingPage", "&Fjern linje"), self.remove_plan_line),
                (translate("TrainingPage", "Kompetenceudviklingsplan som &PDF (valgfri) …"), lambda: self.export_pdf()),
            )
        )
        return plan

    # --- reading
    def _today(self):
        return service.get_meeting(self.ctx.db, self.ctx.meeting_id).date

    def _committee(self) -> int:
        return service.get_meeting(self.ctx.db, self.ctx.meeting_id).committee_id

    def enter(self) -> None:
        load_group_boxes(self, self.boxes)
        refresh_hearing_panel(self, self.hearing)
        source = annual.prefill_plan(self.ctx.db, self.ctx.meeting_id, self._today())
        if source:
            self.plan_source.setText(
                translate("TrainingPage", "Udfyldt fra »Egen kompetenceudvikling« i {0}. Ret det til her.").format(
                    source
                )
            )
        elif not self.plan_source.text():
            self.plan_source.setText(
                translate("TrainingPage", "Planen gemmes, mens I skriver. Dage kan skrives som 1,5.")
            )
        self.load_members()
        self.load_plan()

    def refresh(self) -> None:
        """The other chair's plan lines, except the line being edited here, and the participants' preparation."""
        if refresh_table(self.plan, self.plan_model.fresh()):
            self.behind = True
        refresh_hearing_panel(self, self.hearing)

    def refresh_members(self) -> None:
        self.load_members()

    def load_members(self) -> None:
        committee = self._committee()
        self.members_seen = annual.members_version(self.ctx.db, committee)  # read first: a change after it shows
        self.member_model.sync(annual.members(self.ctx.db, committee, self._today()))
        self.members.resizeColumnsToContents()
        # the days used and this year's offer wrap in a column of their own; the status takes the rest
        self.members.setColumnWidth(MemberModel.COL_STATUS - 1, 200)
        self.members.horizontalHeader().setSectionResizeMode(MemberModel.COL_STATUS, QHeaderView.ResizeMode.Stretch)
        self.members.resizeRowsToContents()
        alerts = [
            translate("TrainingPage", "{0}: obligatorisk uddannelse {1}").format(
                m.name, training.mandatory_text(m.status)
            )
            for m in self.member_model.rows
            if m.status.mandatory == "overskredet"
        ]
        while self.alert_holder.count():
            w = self.alert_holder.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        if alerts:
            self.alert_holder.addWidget(note_panel(translate("TrainingPage", "Overskredet"), "; ".join(alerts)))
        self.load_offers()

    def load_plan(self) -> None:
        self.plan_model.load()  # the first load sizes the columns and rows (fit_rows), later ones what changed

    # --- members
    def selected_member(self) -> annual.MemberLine | None:
        row = self.members.currentIndex().row()
        return self.member_model.record(row) if 0 <= row < self.member_model.rowCount() else None

    def add_member(self, values: dict | None = None) -> None:
        from drøftelse.ui.member_dialogs import MemberDialog

        if values is None:
            dialog = MemberDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        mid = annual.add_member(
            self.ctx.db,
            self._committee(),
            values["name"],
            values["role"],
            values["elected_on"],
            group_name=values.get("group_name", ""),
            contact=values.get("contact", ""),
            took_office_on=values.get("took_office_on"),
        )
        self._save_member_dates(mid, values)

    def edit_member(self, values: dict | None = None) -> None:
        """Change the selected member in the dialog (or to `values`). Only what the chair changed is written, each
        field on the value the dialog showed: a field the other chair changed since is asked about."""
        m = self.selected_member()
        if m is None:
            self.ctx.report(translate("TrainingPage", "Vælg først et medlem i tabellen."))
            return
        if values is None:
            values = self._ask_member_changes(m)
            if values is None:
                return
        try:
            self._write_member(m, values)
        except DroeftelseError as e:
            self.ctx.report(e.message)
        self.load_members()

    def _ask_member_changes(self, m: annual.MemberLine) -> dict | None:
        """The fields the chair changed in the member's dialog; None when it was cancelled."""
        from drøftelse.ui.member_dialogs import MemberDialog

        dialog = MemberDialog(
            self,
            m.name,
            m.role,
            m.elected_on,
            m.mandatory_on,
            m.left_on,
            group_name=m.group_name,
            contact=m.contact,
            took_office=m.took_office_on,
            assumed=m.took_office_assumed,
        )
        if m.example:  # the demo's member, until the chairs keep the demo (services.meetings.keep_example)
            dialog.setWindowTitle(translate("TrainingPage", "Eksempel · {0}").format(dialog.windowTitle()))
        before = dialog.values()  # as the dialog shows them (an empty date shows as today)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        shown_now = dialog.values()
        values = {field: value for field, value in shown_now.items() if value != before[field]}
        if m.took_office_assumed:  # saving the dialog confirms the tiltrædelse it shows, changed or not
            values["took_office_on"] = shown_now["took_office_on"]
        return values

    def _write_member(self, m: annual.MemberLine, values: dict) -> None:
        """Write what changed, each field on the value shown (FieldChanged is asked about in write_checked)."""
        shown = {
            "name": m.name,
            "role": m.role,
            "elected_on": m.elected_on,
            "left_on": m.left_on,
            "group_name": m.group_name,
            "contact": m.contact,
            "took_office_on": m.took_office_on,
            "took_office_assumed": m.took_office_assumed,
        }
        changed = {f: v for f, v in values.items() if f in shown and v != shown[f]}
        if "took_office_on" in values and m.took_office_assumed:  # confirming is a change of the mark
            changed["took_office_on"] = values["took_office_on"]
        if "took_office_on" in changed:
            changed["took_office_assumed"] = False
        db = self.ctx.db
        if changed:
            write_checked(
                lambda vals, seen: annual.update_member(db, m.id, seen=seen, **vals),
                changed,
                {f: shown[f] for f in changed},
            )
        if "mandatory" in values and values["mandatory"] != m.mandatory_on:
            write_checked(
                lambda vals, seen: annual.set_mandatory_course(db, m.id, vals["mandatory"], seen=seen["mandatory"]),
                {"mandatory": values["mandatory"]},
                {"mandatory": m.mandatory_on},
            )

    def _save_member_dates(self, member_id: int, values: dict) -> None:
        annual.set_mandatory_course(self.ctx.db, member_id, values["mandatory"])
        annual.update_member(self.ctx.db, member_id, left_on=values["left_on"])
        self.load_members()

    def add_training(self, values: tuple | None = None) -> None:
        from drøftelse.ui.member_dialogs import TrainingDialog

        m = self.selected_member()
        if m is None:
            self.ctx.report(translate("TrainingPage", "Vælg først det medlem, der har taget uddannelsen."))
            return
        if values is None:
            dialog = TrainingDialog(m.name, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        annual.add_training(self.ctx.db, m.id, *values)
        self.load_members()

    # --- the plan
    def add_plan_line(self) -> None:
        index = self.plan_model.index(self.plan_model.add(), 0)
        self.plan.setCurrentIndex(index)
        self.plan.edit(index)

    def remove_plan_line(self) -> None:
        row = self.plan.currentIndex().row()
        if 0 <= row < self.plan_model.rowCount():
            self.plan_model.remove(row)

    def export_pdf(self, path=None):
        return export_competence_plan(self, self.ctx, path)

    def presentation(self) -> dict:
        # the members' training (who is overdue) is personal: it stays on the chairs' screen, never on the wall
        lines = list(self.step.questions) or [self.step.instruction]
        return {"heading": self.step.title, "lines": lines, "agreed": agreed_lines(self.step, self.boxes)}


def export_competence_plan(parent, ctx, path=None):
    """The kompetenceudviklingsplan as its own PDF, from this step or from the Referat step."""
    from drøftelse.ui.exporting import export_meeting_document

    return export_meeting_document(parent, ctx, "kompetenceplan", path)
