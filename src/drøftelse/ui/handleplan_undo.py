"""The handleplan's undoable changes (Ctrl+Z, Ctrl+Y): a row inserted, deleted, moved, or all put in order. Each
calls the model's primitive change, which stores it at once (ui/handleplan_model.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from drøftelse.services.meetings import ActionFields
from drøftelse.ui.translation import translate

if TYPE_CHECKING:
    from drøftelse.ui.handleplan_model import HandleplanModel


class Insert(QUndoCommand):
    def __init__(self, model: HandleplanModel, fields: ActionFields, position: int):
        super().__init__(translate("_Insert", "ny række"))
        self.model, self.fields, self.position = model, fields, position

    def redo(self) -> None:
        self.model._insert(self.fields, self.position)

    def undo(self) -> None:
        self.model._delete(self.position)


class Delete(QUndoCommand):
    def __init__(self, model: HandleplanModel, row: int):
        super().__init__(translate("_Delete", "slet række"))
        self.model, self.row = model, row
        self.fields = model.fields_of(row)

    def redo(self) -> None:
        self.fields = self.model.fields_of(self.row)  # the row as it is now, edits included
        self.model._delete(self.row)

    def undo(self) -> None:
        self.model._insert(self.fields, self.row)


class Move(QUndoCommand):
    def __init__(self, model: HandleplanModel, row: int, target: int):
        super().__init__(translate("_Move", "flyt række"))
        self.model, self.row, self.target = model, row, target

    def redo(self) -> None:
        self.model._move(self.row, self.target)

    def undo(self) -> None:
        self.model._move(self.target, self.row)


class Order(QUndoCommand):
    def __init__(self, model: HandleplanModel, before: tuple[int, ...], after: tuple[int, ...]):
        super().__init__(translate("_Order", "ordn efter prioritet"))
        self.model, self.before, self.after = model, before, after

    def redo(self) -> None:
        self.model.set_order(self.after)

    def undo(self) -> None:
        self.model.set_order(self.before)
