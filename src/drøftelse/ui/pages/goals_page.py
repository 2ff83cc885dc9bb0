"""Punkt 4: the goals for the coming year as a short list, each stored as it is typed. Next year's discussion
evaluates them."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from drøftelse.services import annual
from drøftelse.ui.hearing_answers import hearing_panel, refresh_hearing_panel
from drøftelse.ui.pages.base import StepPage, add_group_boxes, load_group_boxes, wrapped
from drøftelse.ui.translation import translate


class GoalsPage(StepPage):
    def __init__(self, ctx, step):
        super().__init__(ctx, step)
        layout = QVBoxLayout(self)
        self.hearing = hearing_panel(self)  # the annual discussion: what the employees said
        if step.instruction:
            layout.addWidget(wrapped(step.instruction, "font-size: 15px;"))
        if self.hearing is not None:
            layout.addWidget(self.hearing)
        layout.addWidget(
            wrapped(
                translate(
                    "GoalsPage",
                    "Et godt mål siger hvad, hvor meget og hvornår – "
                    "fx »Støj i pakkeriet under 80 dB(A) inden 1. juli«.",
                ),
                "color: #444;",
            )
        )
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(holder)
        row = QHBoxLayout()
        self.new_goal = QLineEdit()
        self.new_goal.setPlaceholderText(translate("GoalsPage", "Nyt mål for det kommende år – tryk Enter"))
        self.new_goal.setAccessibleName(translate("GoalsPage", "Nyt mål"))
        self.new_goal.returnPressed.connect(self.add_from_field)
        row.addWidget(self.new_goal, 1)
        add = QPushButton(translate("GoalsPage", "&Tilføj mål"))
        add.clicked.connect(self.add_from_field)
        row.addWidget(add)
        layout.addLayout(row)
        self.boxes = add_group_boxes(self, layout)
        self.edits: list[QLineEdit] = []

    def enter(self) -> None:
        load_group_boxes(self, self.boxes)
        refresh_hearing_panel(self, self.hearing)
        self.load()

    def load(self) -> None:
        self.ctx.autosaver.flush()
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.edits = []
        goals = annual.goals(self.ctx.db, self.ctx.meeting_id)
        if not goals:
            self.grid.addWidget(wrapped(translate("GoalsPage", "Ingen mål endnu."), "color: #555;"), 0, 0, 1, 3)
        for r, g in enumerate(goals):
            self.grid.addWidget(QLabel(f"{r + 1}."), r, 0)
            edit = QLineEdit(g.text)
            edit.setAccessibleName(translate("GoalsPage", "Mål {0}").format(r + 1))
            self.ctx.autosaver.watch_text(edit, lambda t, gid=g.id: annual.update_goal(self.ctx.db, gid, t))
            self.grid.addWidget(edit, r, 1)
            self.edits.append(edit)
            remove = QPushButton(translate("GoalsPage", "Fjern"))
            remove.setAccessibleName(translate("GoalsPage", "Fjern mål {0}").format(r + 1))
            remove.clicked.connect(lambda *_, gid=g.id: self.remove(gid))
            self.grid.addWidget(remove, r, 2)

    def add_goal(self, text: str) -> None:
        annual.add_goal(self.ctx.db, self.ctx.meeting_id, text)
        self.load()

    def add_from_field(self) -> None:
        text = self.new_goal.text().strip()
        if text:
            self.add_goal(text)
            self.new_goal.clear()
            self.new_goal.setFocus()

    def remove(self, goal_id: int) -> None:
        self.ctx.autosaver.flush()  # a pending edit of this goal is stored before it goes
        annual.delete_goal(self.ctx.db, goal_id)
        self.load()

    def focus_first_input(self) -> None:
        self.new_goal.setFocus()

    def presentation(self) -> dict:
        return {
            "heading": self.step.title,
            "lines": [f"{i}. {e.text()}" for i, e in enumerate(self.edits, 1)] or [self.step.instruction],
        }
