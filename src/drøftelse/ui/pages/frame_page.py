"""Sæt rammen: purpose and frame from the template, the agenda with the meeting's minutes split over the steps.
Each step's minutes are written on the minutes shown: the other chair's change to another step is kept, one to
the same step is asked about (ui/field_conflict.py); the agenda follows the other chair's (ui/live_view.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from drøftelse.domain.errors import DroeftelseError, FieldChanged
from drøftelse.services import meetings as service
from drøftelse.ui import field_conflict
from drøftelse.ui.live_view import is_typing
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
        self._stored_agenda = None  # the agenda as stored when last read (None: the template's)
        self._shown: dict[str, int] = {}  # each step's minutes as shown: the next write is checked on them

    def enter(self) -> None:
        load_group_boxes(self, self.boxes)
        self._show_agenda(typing_kept=False)

    def refresh(self) -> None:
        self._show_agenda(typing_kept=True)

    def _minutes_of(self, stored) -> dict[str, int]:
        stored = stored or {}
        return {key: int(stored.get(key, self.ctx.template.step(key).minutes)) for key in self.minutes}

    def _show_agenda(self, typing_kept: bool) -> None:
        """The agenda as stored; with `typing_kept`, a step's minutes being typed keep their value."""
        stored = service.meeting_settings(self.ctx.db, self.ctx.meeting_id).get("agenda")
        held = False
        for key, value in self._minutes_of(stored).items():
            spin = self.minutes[key]
            if typing_kept and value != self._shown.get(key) and is_typing(spin):
                held = self.behind = True
                continue
            self._shown[key] = value
            _set_value(spin, value)
        if not held:  # with a value held back, the next write is checked against the agenda it was shown
            self._stored_agenda = stored
        self._show_total()

    def agenda(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.minutes.items()}

    def _save_agenda(self) -> None:
        try:
            self._write_agenda(self.agenda())
        except DroeftelseError as e:
            self.ctx.report(e.message)
        self._show_total()

    def _write_agenda(self, wanted: dict[str, int]) -> None:
        ctx, seen = self.ctx, self._stored_agenda
        while True:
            try:
                service.update_meeting_settings(ctx.db, ctx.meeting_id, seen={"agenda": seen}, agenda=wanted)
                break
            except FieldChanged as e:
                now_stored = e.current_value
            now = self._minutes_of(now_stored)
            merged, clashes = field_conflict.merged(self._shown, wanted, now)
            for key in clashes:  # the same step's minutes changed in both windows
                what = translate("FramePage", "Minutter til {0}").format(ctx.template.step(key).short_title)
                minutes = translate("FramePage", "{0} min")
                choice = (
                    field_conflict.KEEP_STORED
                    if ctx.autosaver.ending
                    else field_conflict.ask(what, minutes.format(now[key]), minutes.format(wanted[key]))
                )
                if choice == field_conflict.KEEP_STORED:
                    merged[key] = now[key]
            wanted, seen = merged, now_stored
            self._shown.update({key: now[key] for key in now if wanted[key] == now[key]})
        self._stored_agenda = wanted
        for key, value in wanted.items():
            self._shown[key] = value
            _set_value(self.minutes[key], value)

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
        agreed = agreed_lines(self.step, self.boxes)
        return {
            "heading": self.step.title,
            # the template's purpose until the group has said its own: then that is the purpose the room sees
            "purpose": "" if agreed else translate("FramePage", "Formål: {0}").format(self.ctx.template.purpose),
            "lines": [self.step.instruction, *agenda],
            "agreed": agreed,
        }


def _set_value(spin: QSpinBox, value: int) -> None:
    if spin.value() != value:
        spin.blockSignals(True)
        spin.setValue(value)
        spin.blockSignals(False)
