"""Afslut / Referat: export the referat and the handleplan (PDF and CSV) – and for the annual discussion the
kompetenceudviklingsplan – then mark the meeting closed, or reopen it. An annual discussion is not closed
while a legal point has no entry; the page names the missing points and takes the chairs to them."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from drøftelse.domain.annual import form_missing_line, point_label, point_steps
from drøftelse.services import annual
from drøftelse.services import meetings as service
from drøftelse.ui.pages.base import StepPage, wrapped
from drøftelse.ui.read_only import reads_only
from drøftelse.ui.translation import document_language_box, translate


class FinishPage(StepPage):
    def __init__(self, ctx, step, export_pdf, export_csv, go_to_step=None):
        super().__init__(ctx, step)
        self.go_to_step = go_to_step or (lambda key: None)
        self.has_points = bool(point_steps(ctx.template))
        layout = QVBoxLayout(self)
        if step.help:
            layout.addWidget(wrapped(step.help, "font-size: 15px;"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.missing = wrapped("")
        layout.addWidget(self.missing)
        self.go_missing = QPushButton(translate("FinishPage", "Gå til det første manglende punkt"))
        self.go_missing.clicked.connect(self._go_to_first_missing)
        layout.addWidget(self.go_missing)
        row = QHBoxLayout()
        referat = QPushButton(translate("FinishPage", "Gem &referat som PDF og åbn det …"))
        referat.clicked.connect(lambda: self.export_referat())
        row.addWidget(referat)
        self.has_plan = bool(ctx.template.steps_of_kind("training"))  # none without an AMO (under 10 ansatte)
        if self.has_plan:
            plan = QPushButton(translate("FinishPage", "&Kompetenceudviklingsplan som PDF (valgfri) …"))
            plan.clicked.connect(lambda: self.export_competence_plan())
            row.addWidget(plan)
        pdf = QPushButton(translate("FinishPage", "Gem handleplan som &PDF og åbn den …"))
        pdf.clicked.connect(lambda: export_pdf())
        row.addWidget(pdf)
        csv = QPushButton(translate("FinishPage", "Gem som &CSV til Excel …"))
        csv.clicked.connect(lambda: export_csv())
        row.addWidget(csv)
        row.addStretch(1)
        layout.addLayout(row)
        self.document_language = document_language_box()  # under the buttons: in English they fill the row
        language_row = QHBoxLayout()
        language_row.addWidget(self.document_language)
        language_row.addStretch(1)
        layout.addLayout(language_row)
        reads_only(self.go_missing, referat, pdf, csv, *((plan,) if self.has_plan else ()))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(lambda: self.toggle_closed())
        close_row = QHBoxLayout()
        close_row.addWidget(self.close_button)
        close_row.addStretch(1)
        layout.addLayout(close_row)
        self.state = QLabel()
        layout.addWidget(self.state)
        layout.addStretch(1)
        self._missing = []
        self._form_missing = False

    def enter(self) -> None:
        m = service.get_meeting(self.ctx.db, self.ctx.meeting_id)
        rows = service.action_items(self.ctx.db, self.ctx.meeting_id)
        people = service.participants(self.ctx.db, self.ctx.meeting_id)
        present = sum(1 for p in people if p.present)
        form = translate("FinishPage", " · Form: {0}").format(m.form.lower()) if m.form else ""
        self.summary.setText(
            translate("FinishPage", "{0} deltagere ({1} til stede) · {2} rækker i handleplanen").format(
                len(people), present, len(rows)
            )
            + form
            + "."
        )
        self._missing = (
            annual.missing_points(self.ctx.db, self.ctx.meeting_id, self.ctx.template) if self.has_points else []
        )
        forms = self.ctx.template.forms
        self._form_missing = bool(forms) and not m.form
        lines = [point_label(s) for s in self._missing] + ([form_missing_line(forms)] if self._form_missing else [])
        if lines:
            names = "\n".join(f"•  {line}" for line in lines)
            self.missing.setText(translate("FinishPage", "Dette mangler, før mødet kan afsluttes:\n{0}").format(names))
            self.missing.setStyleSheet("color: #8a1c1c;")
        else:
            self.missing.setText(translate("FinishPage", "Alle punkter har en tekst.") if self.has_points else "")
            self.missing.setStyleSheet("")
        self.go_missing.setVisible(bool(lines))
        closed = m.closed_at is not None
        self.close_button.setText(
            translate("FinishPage", "&Genåbn mødet") if closed else translate("FinishPage", "&Afslut mødet")
        )
        self.state.setText(
            translate("FinishPage", "Mødet er afsluttet.") if closed else translate("FinishPage", "Mødet er åbent.")
        )

    def _go_to_first_missing(self) -> None:
        if self._missing:
            self.go_to_step(self._missing[0].key)
        elif self._form_missing:
            self.go_to_step(self.ctx.template.steps_of_kind("setup")[0].key)

    def toggle_closed(self, confirm: bool = True) -> bool:
        m = service.get_meeting(self.ctx.db, self.ctx.meeting_id)
        if m.closed_at is not None:
            service.reopen_meeting(self.ctx.db, self.ctx.meeting_id)
            self.ctx.report(translate("FinishPage", "Mødet er genåbnet."))
        elif self.has_points:
            try:
                annual.finalise(self.ctx.db, self.ctx.meeting_id, self.ctx.template)
            except annual.NotFinished as e:
                self.enter()
                if confirm:
                    box = QMessageBox(
                        QMessageBox.Icon.Warning,
                        translate("FinishPage", "Mødet kan ikke afsluttes endnu"),
                        e.message,
                        parent=self,
                    )
                    go = box.addButton(translate("FinishPage", "Gå til punktet"), QMessageBox.ButtonRole.AcceptRole)
                    box.addButton(translate("FinishPage", "Luk"), QMessageBox.ButtonRole.RejectRole)
                    box.exec()
                    if box.clickedButton() is go:
                        self._go_to_first_missing()
                return False
            self.ctx.report(translate("FinishPage", "Mødet er afsluttet. Det kan genåbnes her."))
        else:
            service.close_meeting(self.ctx.db, self.ctx.meeting_id)
            self.ctx.report(translate("FinishPage", "Mødet er afsluttet. Det kan genåbnes her."))
        self.enter()
        return True

    def export_referat(self, path=None):
        from drøftelse.ui.exporting import export_meeting_document

        return export_meeting_document(self, self.ctx, "referat", path)

    def export_competence_plan(self, path=None):
        from drøftelse.ui.pages.training_page import export_competence_plan

        return export_competence_plan(self, self.ctx, path)
