"""Sæt rammen: purpose and frame from the template, the agenda with the meeting's minutes split over the steps."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from drøftelse.services import meetings as service
from drøftelse.ui.pages.base import StepPage, add_group_boxes, agreed_lines, load_group_boxes, wrapped


class FramePage(StepPage):
    def __init__(self, ctx, step):
        super().__init__(ctx, step)
        t = ctx.template
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(wrapped(step.instruction, "font-size: 15px;"))
        about = QGroupBox("Formål")
        a_layout = QVBoxLayout(about)
        a_layout.addWidget(wrapped(t.purpose))
        if t.how:
            a_layout.addWidget(wrapped(t.how))
        left.addWidget(about)
        self.boxes = add_group_boxes(self, left)
        layout.addLayout(left, 3)

        agenda = QGroupBox(f"Dagsorden – {t.meeting_minutes} minutter")
        form = QFormLayout(agenda)
        self.minutes: dict[str, QSpinBox] = {}
        for s in t.steps:
            if s.minutes:
                spin = QSpinBox()
                spin.setRange(0, 240)
                spin.setSuffix(" min")
                spin.setAccessibleName(f"Minutter til {s.short_title}")
                spin.valueChanged.connect(self._save_agenda)
                self.minutes[s.key] = spin
                form.addRow(s.short_title, spin)
        self.total = QLabel()
        form.addRow("I alt", self.total)
        layout.addWidget(agenda, 1)

    def enter(self) -> None:
        load_group_boxes(self, self.boxes)
        agenda = service.meeting_settings(self.ctx.db, self.ctx.meeting_id).get("agenda", {})
        for key, spin in self.minutes.items():
            spin.blockSignals(True)
            spin.setValue(int(agenda.get(key, self.ctx.template.step(key).minutes)))
            spin.blockSignals(False)
        self._show_total()

    def agenda(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.minutes.items()}

    def _save_agenda(self) -> None:
        service.update_meeting_settings(self.ctx.db, self.ctx.meeting_id, agenda=self.agenda())
        self._show_total()

    def _show_total(self) -> None:
        total, planned = sum(self.agenda().values()), self.ctx.template.meeting_minutes
        note = (
            ""
            if total == planned
            else f" – {abs(total - planned)} min {'for meget' if total > planned else 'til overs'}"
        )
        self.total.setText(f"{total} af {planned} min{note}")

    def presentation(self) -> dict:
        agenda = [f"{self.ctx.template.step(k).short_title}: {v} min" for k, v in self.agenda().items()]
        return {
            "heading": self.step.title,
            "purpose": f"Formål: {self.ctx.template.purpose}",
            "lines": [self.step.instruction, *agenda],
            "agreed": agreed_lines(self.step, self.boxes),
        }
