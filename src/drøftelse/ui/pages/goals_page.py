"""Punkt 4: the goals for the coming year as a short list, each stored as it is typed, on the text it was shown:
a goal the other chair changed since is asked about (ui/field_conflict.py). The list follows the other chair's
goals as they are stored (ui/live_view.py); the line being typed in keeps its text. Next year's discussion
evaluates them."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from drøftelse.services import annual
from drøftelse.ui.field_conflict import write_checked
from drøftelse.ui.hearing_answers import hearing_panel, refresh_hearing_panel
from drøftelse.ui.live_view import is_typing
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
        self.edits: list[QLineEdit] = []  # the goals' lines, in their order
        self._lines: dict[int, tuple[QLabel, QLineEdit, QPushButton]] = {}  # by goal id, kept across reloads
        self.shown: dict[int, str] = {}  # each goal's text as shown or stored: its next write is checked on it
        self._empty = wrapped(translate("GoalsPage", "Ingen mål endnu."), "color: #555;")
        self.grid.addWidget(self._empty, 0, 0, 1, 3)

    def enter(self) -> None:
        load_group_boxes(self, self.boxes)
        refresh_hearing_panel(self, self.hearing)
        self.load()

    def load(self) -> None:
        self.ctx.autosaver.flush()
        self._show(annual.goals(self.ctx.db, self.ctx.meeting_id))

    def refresh(self) -> None:
        refresh_hearing_panel(self, self.hearing)
        self._show(annual.goals(self.ctx.db, self.ctx.meeting_id))

    def _show(self, goals) -> None:
        """Show the goals as stored. Each goal keeps its line (and the focus in it); a line being typed in keeps
        its text, and the page looks again once it is left."""
        ids = {g.id for g in goals}
        for gid in [gid for gid in self._lines if gid not in ids]:  # removed here or in the other window
            for widget in self._lines.pop(gid):
                self.grid.removeWidget(widget)
                widget.setParent(None)
                widget.deleteLater()
            self.shown.pop(gid, None)
        self._empty.setVisible(not goals)
        self.edits = []
        for r, g in enumerate(goals):
            if g.id not in self._lines:
                self._lines[g.id] = self._line(g)
                self.shown[g.id] = g.text
            number, edit, remove = self._lines[g.id]
            if g.text != self.shown[g.id]:
                if is_typing(edit, self.ctx.autosaver):
                    self.behind = True
                else:
                    self.shown[g.id] = g.text
                    _set_text(edit, g.text)
            number.setText(f"{r + 1}.")
            edit.setAccessibleName(translate("GoalsPage", "Mål {0}").format(r + 1))
            remove.setAccessibleName(translate("GoalsPage", "Fjern mål {0}").format(r + 1))
            self.grid.addWidget(number, r, 0)
            self.grid.addWidget(edit, r, 1)
            self.grid.addWidget(remove, r, 2)
            self.edits.append(edit)

    def _line(self, goal) -> tuple[QLabel, QLineEdit, QPushButton]:
        edit = QLineEdit(goal.text)
        self.ctx.autosaver.watch_text(edit, lambda text, gid=goal.id, e=edit: self._store(gid, e, text))
        remove = QPushButton(translate("GoalsPage", "Fjern"))
        remove.clicked.connect(lambda *_, gid=goal.id: self.remove(gid))
        return QLabel(), edit, remove

    def _store(self, goal_id: int, edit: QLineEdit, text: str) -> None:
        ctx = self.ctx
        stored = write_checked(
            lambda values, seen: annual.update_goal(ctx.db, goal_id, values["text"], seen=seen["text"]),
            {"text": text},
            {"text": self.shown.get(goal_id, text)},
            ending=lambda: ctx.autosaver.ending,
        )["text"]
        self.shown[goal_id] = stored
        if stored != text:
            _set_text(edit, stored)

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


def _set_text(edit: QLineEdit, text: str) -> None:
    """Put a stored text in a line without it counting as typing; the cursor stays where it was, as near as it can."""
    position = edit.cursorPosition()
    edit.blockSignals(True)
    edit.setText(text)
    edit.blockSignals(False)
    edit.setCursorPosition(min(position, len(text)))
