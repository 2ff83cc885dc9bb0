"""A step where the group writes what it agrees on: the template's questions, its boxes, a reminder, and beside them
(in the kompetencedrøftelse) all the round's notes, each copyable into a box, or (at a legal point of the annual
discussion) the hearing's answers and each participant's preparation for the point."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QMenu, QPushButton, QScrollArea, QVBoxLayout, QWidget

from drøftelse.domain import apv
from drøftelse.domain.annual import is_annual
from drøftelse.services import meetings as service
from drøftelse.ui.hearing_answers import hearing_panel, refresh_hearing_panel
from drøftelse.ui.pages.base import (
    StepPage,
    add_group_boxes,
    agreed_lines,
    bullets,
    load_group_boxes,
    note_panel,
    wrapped,
)
from drøftelse.ui.translation import translate

CONTENT_STEP = "indhold"  # the annual discussion's point 1: the content of the coming year's work


class BoxesPage(StepPage):
    def __init__(self, ctx, step):
        super().__init__(ctx, step)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        if step.instruction:
            left.addWidget(wrapped(step.instruction, "font-size: 15px;"))
        if step.questions:
            left.addWidget(bullets(step.questions))
        if step.applies_to:
            left.addWidget(wrapped(step.applies_to, "color: #444; font-style: italic;"))
        if step.help:
            left.addWidget(wrapped(step.help, "color: #444;"))
        if is_annual(ctx.template.key) and step.key == CONTENT_STEP:  # where the year's focus is chosen
            left.addWidget(wrapped(apv.psychosocial_hint(), "color: #444;"))
        if step.reminder:  # above the boxes, where the chairs see it without scrolling
            text = step.reminder.removeprefix(translate("BoxesPage", "Husk, at "))
            left.addWidget(note_panel(translate("BoxesPage", "Husk"), text[:1].upper() + text[1:]))
        self.boxes = add_group_boxes(
            self, left, {b.key: b.label + (f" – {b.help}" if b.help else "") for b in step.boxes}
        )
        layout.addLayout(left, 3)

        self.round_step = next((s for s in ctx.template.steps if s.kind == "round"), None)
        self.notes_area = None
        if self.round_step is not None:
            panel = QGroupBox(translate("BoxesPage", "Noter fra runden"))
            p_layout = QVBoxLayout(panel)
            self.notes_area = QVBoxLayout()
            holder = QWidget()
            holder.setLayout(self.notes_area)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(holder)
            p_layout.addWidget(scroll)
            layout.addWidget(panel, 2)
        self.round_notes: list[tuple[str, str]] = []
        self.hearing = hearing_panel(self, max_height=None)  # the annual discussion: what the employees said
        if self.hearing is not None:
            layout.addWidget(self.hearing, 2)

    def enter(self) -> None:
        load_group_boxes(self, self.boxes)
        refresh_hearing_panel(self, self.hearing)
        if self.notes_area is not None:
            self._show_round_notes(service.answers(self.ctx.db, self.ctx.meeting_id))

    def refresh(self) -> None:
        """The boxes follow by themselves (AnswerFields); the hearing's answers and the participants' preparation
        beside a legal point are read again."""
        refresh_hearing_panel(self, self.hearing)

    def _show_round_notes(self, texts) -> None:
        while self.notes_area.count():
            w = self.notes_area.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.round_notes = []
        for p in service.participants(self.ctx.db, self.ctx.meeting_id):
            for box in self.round_step.boxes:
                note = texts.get((p.id, self.round_step.key, box.key), "").strip()
                if note:
                    self.round_notes.append((p.name, note))
        if not self.round_notes:
            self.notes_area.addWidget(wrapped(translate("BoxesPage", "Ingen noter fra runden endnu."), "color: #555;"))
        for name, note in self.round_notes:
            frame = QGroupBox(name)
            f_layout = QVBoxLayout(frame)
            f_layout.addWidget(wrapped(note))
            copy = QPushButton(translate("BoxesPage", "Kopiér til felt …"))
            copy.setAccessibleName(translate("BoxesPage", "Kopiér noten fra {0} til et felt").format(name))
            menu = QMenu(copy)
            for box in self.step.boxes:
                menu.addAction(box.label, lambda key=box.key, text=note: self.copy_note(text, key))
            copy.setMenu(menu)
            f_layout.addWidget(copy)
            self.notes_area.addWidget(frame)
        self.notes_area.addStretch(1)

    def copy_note(self, note: str, box_key: str) -> None:
        edit = self.boxes[box_key]
        current = edit.toPlainText().rstrip()
        edit.setPlainText(f"{current}\n{note}" if current else note)  # textChanged stores it
        self.ctx.autosaver.flush()

    def presentation(self) -> dict:
        lines = list(self.step.questions) or [self.step.instruction]
        return {"heading": self.step.title, "lines": lines, "agreed": agreed_lines(self.step, self.boxes)}
