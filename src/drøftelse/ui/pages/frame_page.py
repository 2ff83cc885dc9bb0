"""Sæt rammen: purpose and frame from the template, the agenda with the meeting's minutes split over the steps."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from drøftelse.services import meetings as service
from drøftelse.ui.pages.base import StepPage, add_group_boxes, agreed_lines, load_group_boxes, wrapped
from drøftelse.ui.translation import translate


class FramePage(StepPage):
    def __init__(self, ctx, step):
        super().__init__(ctx, step)
        t = ctx.template
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(wrapped(step.instruction, "font-size: 15px;"))
        about = QGroupBox(translate("FramePage", "Formål"))
        a_layout = QVBoxLayout(about)
        a_layout.addWidget(wrapped(t.purpose))
        if t.how:
            a_layout.addWidget(wrapped(t.how))
        left.addWidget(about)
        self.boxes = add_group_boxes(self, left)
        layout.addLayout(left, 3)

        agenda = QGroupBox(translate("FramePage", "Dagsorden – {0} minutter").format(t.meeting_minutes))
        form = QFormLayout(agenda)
        self.minutes: dict[str, QSpinBox] = {}
        for s in t.steps:
            if s.minutes:
                spin = QSpinBox()
                spin.setRange(0, 240)
                spin.setSuffix(translate("FramePage", " min"))
                spin.setAccessibleName(translate("FramePage", "Minutter til {0}").format(s.short_title))
                spin.valueChanged.connect(self._save_agenda)
                self.minutes[s.key] = spin
                form.addRow(s.short_title, spin)
        self.total = QLabel()
        form.addRow(translate("FramePage", "I alt"), self.total)
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
            else translate("FramePage", " – {0} min {1}").format(
                abs(total - planned),
                translate("FramePage", "for meget") if total > planned else translate("FramePage", "til overs"),
            )
        )
        self.total.setText(translate("FramePage", "{0} af {1} min{2}").format(total, planned, note))

    def presentation(self) -> dict:
        agenda = [
            translate("FramePage", "{0}: {1} min").format(self.ctx.template.step(k).short_title, v)
            for k, v in self.agenda().items()
        ]
        return {
            "heading": self.step.title,
            "purpose": translate("FramePage", "Formål: {0}").format(self.ctx.template.purpose),
            "lines": [self.step.instruction, *agenda],
            "agreed": agreed_lines(self.step, self.boxes),
        }
