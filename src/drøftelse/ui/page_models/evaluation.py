"""Last year's goals and the open handleplan rows, each judged (the evaluation step) as a table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drøftelse.domain import apv
from drøftelse.domain.annual import Verdict
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.services import annual
from drøftelse.ui.field_conflict import show_value, write_checked
from drøftelse.ui.table_models import Column, RecordTableModel
from drøftelse.ui.translation import translate

NO_VERDICT = QT_TRANSLATE_NOOP("EvaluationModel", "– vurdér –")
NO_EFFECT = QT_TRANSLATE_NOOP("EvaluationModel", "– svar –")


class EvaluationModel(RecordTableModel):
    """Last year's goals and the open handleplan rows (EvaluationItem), each judged with a verdict and a comment.
    A verdict moves the row's status, so the row is read again after it."""

    COL_WHAT, COL_FROM, COL_WHO, COL_VERDICT, COL_COMMENT, COL_EFFECT, COL_EFFECT_NOTE = range(7)

    def __init__(self, db, meeting_id: int, parent=None):
        columns = (
            Column(
                translate("EvaluationModel", "Mål / handling"),
                lambda i: (
                    translate("EvaluationModel", "Mål: {0}")
                    if i.goal_id
                    else translate("EvaluationModel", "Handleplan: {0}")
                ).format(i.text),
            ),
            Column(
                translate("EvaluationModel", "Fra"),
                lambda i: (
                    i.origin
                    + (translate("EvaluationModel", "\nStatus nu: {0}").format(i.status.label) if i.status else "")
                ),
            ),
            Column(translate("EvaluationModel", "Hvem"), lambda i: i.hvem),
            Column(
                translate("EvaluationModel", "Vurdering"),
                lambda i: i.verdict.label if i.verdict else translate("EvaluationModel", NO_VERDICT),
                edit=lambda i: i.verdict.value if i.verdict else None,
            ),
            Column(translate("EvaluationModel", "Kommentar"), lambda i: i.comment, edit=lambda i: i.comment),
            # a row that was acted on: did it work? (the APV's follow-up; goals are judged by the verdict alone)
            Column(
                translate("EvaluationModel", "Virkede det?"),
                lambda i: "" if i.goal_id else effect_text(i.effect),
                edit=lambda i: i.effect,
            ),
            Column(
                translate("EvaluationModel", "Note om virkningen"),
                lambda i: i.effect_note,
                edit=lambda i: i.effect_note,
            ),
        )
        super().__init__(columns, parent=parent)
        self.db, self.meeting_id = db, meeting_id

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() >= self.COL_EFFECT and self.rows[index.row()].goal_id:
            return flags & ~Qt.ItemFlag.ItemIsEditable  # a goal has no "Virkede det?"
        return flags

    def key(self, record):
        return record.goal_id, record.action_item_id

    @staticmethod
    def target(item) -> dict:
        return {"goal_id": item.goal_id} if item.goal_id else {"action_item_id": item.action_item_id}

    def load(self) -> annual.Evaluation:
        found = annual.evaluation(self.db, self.meeting_id)
        self.sync(found.goals + found.rows)
        return found

    @property
    def judged(self) -> int:
        return sum(1 for i in self.rows if i.verdict is not None)

    def fresh(self) -> list:
        found = annual.evaluation(self.db, self.meeting_id)
        return list(found.goals + found.rows)

    def store(self, record, column: int, value):
        """The verdict and the comment are written apart, each on the value shown: a comment typed in a window
        that showed an older verdict leaves the verdict and the row's status as stored (issue 27)."""
        target = self.target(record)
        if column in (self.COL_EFFECT, self.COL_EFFECT_NOTE):
            field = "effect" if column == self.COL_EFFECT else "effect_note"
            write_checked(
                lambda values, seen: annual.set_verdict_effect(
                    self.db, self.meeting_id, record.action_item_id, values, seen=seen
                ),
                {field: (value or None) if field == "effect" else value},
                {field: getattr(record, field)},
                both={"effect_note"},
                show=lambda f, v: effect_text(v) if f == "effect" else show_value(v),
            )
        elif column == self.COL_VERDICT:
            write_checked(
                lambda values, seen: annual.set_verdict(
                    self.db, self.meeting_id, values["verdict"], seen=seen["verdict"], **target
                ),
                {"verdict": Verdict(value) if value else None},
                {"verdict": record.verdict},
                show=lambda _field, verdict: verdict_text(verdict),
            )
        else:
            write_checked(
                lambda values, seen: annual.set_verdict_comment(
                    self.db, self.meeting_id, values["comment"], seen=seen["comment"], **target
                ),
                {"comment": value},
                {"comment": record.comment},
                both={"comment"},
            )
        return next((i for i in self.fresh() if self.key(i) == self.key(record)), record)


def effect_text(effect: str | None) -> str:
    """A row's "Virkede det?" as the table says it, "– svar –" for none."""
    return apv.Effect(effect).label if effect else translate("EvaluationModel", NO_EFFECT)


def verdict_text(verdict) -> str:
    """A verdict as the table says it, "– vurdér –" for none."""
    return verdict.label if verdict else translate("EvaluationModel", NO_VERDICT)
