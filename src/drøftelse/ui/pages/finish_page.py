"""Afslut / Referat: export the referat and the handleplan (PDF and CSV) – and for the annual discussion the
kompetenceudviklingsplan –, the notice for the employees, then mark the meeting closed, or reopen it. An annual
discussion is not closed while a legal point has no entry; the page names the missing points and takes the chairs
to them. Closing first shows what will be recorded and asks; reopening asks why (ui/closing.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from drøftelse.domain.annual import form_missing_line, point_label, point_steps
from drøftelse.domain.danish_dates import long_date
from drøftelse.services import annual
from drøftelse.services import meetings as service
from drøftelse.ui.closing import confirm_closing
from drøftelse.ui.pages.base import StepPage, wrapped
from drøftelse.ui.read_only import reads_only, reopens
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
        reads_only(self.go_missing)
        self.has_plan = bool(ctx.template.steps_of_kind("training"))  # none without an AMO (under 10 ansatte)
        layout.addLayout(self._build_documents(export_pdf, export_csv))
        layout.addLayout(self._build_notice_row())
        layout.addLayout(self._build_close_row())
        self.state = QLabel()
        layout.addWidget(self.state)
        layout.addStretch(1)
        self._missing = []
        self._form_missing = False

    def _build_documents(self, export_pdf, export_csv) -> QHBoxLayout:
        """The documents to save, which a read-only database still makes: the referat, the
        kompetenceudviklingsplan (when the template has the training step), the handleplan as PDF and CSV."""
        row = QHBoxLayout()
        referat = QPushButton(translate("FinishPage", "Gem &referat som PDF og åbn det …"))
        referat.clicked.connect(lambda: self.export_referat())
        row.addWidget(referat)
        if self.has_plan:
            plan = QPushButton(translate("FinishPage", "&Kompetenceudviklingsplan som PDF (valgfri) …"))
            plan.clicked.connect(lambda: self.export_competence_plan())
            row.addWidget(plan)
            reads_only(plan)
        pdf = QPushButton(translate("FinishPage", "Gem handleplan som &PDF og åbn den …"))
        pdf.clicked.connect(lambda: export_pdf())
        row.addWidget(pdf)
        csv = QPushButton(translate("FinishPage", "Gem som &CSV til Excel …"))
        csv.clicked.connect(lambda: export_csv())
        row.addWidget(csv)
        row.addStretch(1)
        reads_only(referat, pdf, csv)
        return row

    def _build_notice_row(self) -> QHBoxLayout:
        """The notice for the employees, and the documents' language (both usable on a read-only database)."""
        self.document_language = document_language_box()  # under the buttons: in English they fill the row
        language_row = QHBoxLayout()
        self.notice_button = notice = QPushButton(translate("FinishPage", "Op&slag til de ansatte …"))
        notice.setToolTip(
            translate(
                "FinishPage",
                "Én A4-side til opslagstavlen: målene, det der er besluttet, og hvem de ansatte kan tale med",
            )
        )
        notice.clicked.connect(lambda: self.export_notice())
        language_row.addWidget(notice)
        language_row.addWidget(self.document_language)
        language_row.addStretch(1)
        reads_only(notice, self.document_language)
        return language_row

    def _build_close_row(self) -> QHBoxLayout:
        """Closing the meeting, or reopening it."""
        self.close_button = QPushButton()
        self.close_button.clicked.connect(lambda: self.toggle_closed())
        reopens(self.close_button)  # on a closed meeting it reads "Genåbn mødet" and stays usable
        close_row = QHBoxLayout()
        close_row.addWidget(self.close_button)
        close_row.addStretch(1)
        return close_row

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
        closed = m.closed_at is not None
        lines = [point_label(s) for s in self._missing] + ([form_missing_line(forms)] if self._form_missing else [])
        if closed:  # closed as it stands: what closing would ask no longer applies
            lines = []
        if lines:
            names = "\n".join(f"•  {line}" for line in lines)
            self.missing.setText(translate("FinishPage", "Dette mangler, før mødet kan afsluttes:\n{0}").format(names))
            self.missing.setStyleSheet("color: #8a1c1c;")
        else:
            self.missing.setText(
                translate("FinishPage", "Alle punkter har en tekst.") if self.has_points and not closed else ""
            )
            self.missing.setStyleSheet("")
        self.go_missing.setVisible(bool(lines))
        self.close_button.setText(
            translate("FinishPage", "&Genåbn mødet") if closed else translate("FinishPage", "&Afslut mødet")
        )
        self.state.setText(
            translate("FinishPage", "Mødet blev afsluttet {0}.").format(long_date(m.closed_at.date()))
            if closed
            else translate("FinishPage", "Mødet er åbent.")
        )

    def refresh(self) -> None:
        """What the other chair stored changes the counts and what is missing: read again (nothing is typed here)."""
        self.enter()

    def _go_to_first_missing(self) -> None:
        if self._missing:
            self.go_to_step(self._missing[0].key)
        elif self._form_missing:
            self.go_to_step(self.ctx.template.steps_of_kind("setup")[0].key)

    def toggle_closed(self, confirm: bool = True, reason: str | None = None) -> bool:
        """Close the meeting, or reopen it. With `confirm` the chairs are asked as the button asks them (what
        closing records; why it is reopened); without, nothing is asked and reopening takes `reason`."""
        m = service.get_meeting(self.ctx.db, self.ctx.meeting_id)
        if m.closed_at is not None:
            return self.ctx.reopen(None if confirm else reason)
        self.enter()  # what is missing, as it is now
        if confirm and not (self._missing or self._form_missing):
            summary = service.closing_summary(self.ctx.db, self.ctx.templates, self.ctx.meeting_id)
            # a point emptied meanwhile: closing is refused below, and says what is missing
            if not summary.missing_points and not confirm_closing(self, summary, self._rows_to_judge(summary)):
                return False
        try:
            service.finish_meeting(self.ctx.db, self.ctx.templates, self.ctx.meeting_id)
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
        self.enter()
        self.ctx.closed()  # the whole meeting is locked now, with the banner to reopen it
        self.ctx.tell(
            translate("FinishPage", "Mødet er afsluttet og låst. Det kan genåbnes i feltet øverst."),
            "done",
            translate("FinishPage", "Gem referatet og handleplanen som PDF med knapperne herunder og send dem til HR."),
        )
        return True

    def _rows_to_judge(self, summary) -> int:
        """How many rows the evaluation has, for "5 af 8 rækker er ikke vurderet"."""
        if not summary.unjudged_rows:
            return 0
        ev = annual.evaluation(self.ctx.db, self.ctx.meeting_id)
        return len(ev.goals) + len(ev.rows)

    def export_referat(self, path=None):
        from drøftelse.ui.exporting import export_meeting_document

        return export_meeting_document(self, self.ctx, "referat", path)

    def export_notice(self, path=None):
        from drøftelse.ui.exporting import export_notice

        return export_notice(self, self.ctx, path)

    def export_competence_plan(self, path=None):
        from drøftelse.ui.pages.training_page import export_competence_plan

        return export_competence_plan(self, self.ctx, path)
