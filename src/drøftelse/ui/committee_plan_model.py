"""The committee's handleplan as a table model: every row of every meeting (services CommitteeActionRecord), of
which the view shows those a PlanFilter keeps, in the order of their Hvornår dates.

An edit here is the meeting's own edit (services.meetings.update_action_item): the row is read again and replaced
where it stands. Order and filter are applied again when the filter changes or the plan is loaded again, not in
the middle of an edit, so the row being worked on never jumps away.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from drøftelse.domain import apv
from drøftelse.domain.actions import COLUMNS, DATED_FIELDS, Status, heading
from drøftelse.domain.committee_plan import PlanFilter, row_year
from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.deadlines import not_read
from drøftelse.domain.errors import ActionItemChanged
from drøftelse.services import meetings as service
from drøftelse.ui.answer_fields import BOTH_SEPARATOR, KEEP_BOTH, TAKE_NEW
from drøftelse.ui.handleplan_model import ask_which_to_keep
from drøftelse.ui.table_models import Column, RecordTableModel, cut, tooltip
from drøftelse.ui.translation import translate

FIELDS = (*(key for key, _ in COLUMNS), "status", "origin", "effect")
OVERDUE = QColor("#8a1c1c")
FINISHED = QColor(Qt.GlobalColor.darkGray)  # done or dropped


def read_as(record, field: str) -> str:
    """How the date behind the plan's order was read: "30.9.2027", or "ikke læst som dato"."""
    found = getattr(record, f"{field}_dato")
    return short_date(found) if found else not_read()


def _text_column(key: str, heading: str) -> Column:
    return Column(heading, lambda r, k=key: getattr(r, k), edit=lambda r, k=key: getattr(r, k))


def effect_cell(record) -> str:
    """The last "Virkede det?": "delvist – Bedre om formiddagen", or nothing when no evaluation answered it."""
    return " – ".join(t for t in (apv.label("effect", record.effect), record.effect_note.strip()) if t)


class CommitteePlanModel(RecordTableModel):
    COL_STATUS, COL_ORIGIN = FIELDS.index("status"), FIELDS.index("origin")

    def __init__(self, db, today=dt.date.today, parent=None):
        columns = (
            *(_text_column(key, heading(h)) for key, h in COLUMNS),
            Column(
                translate("CommitteePlanModel", "Status"),
                lambda r: Status(r.status).label,
                edit=lambda r: Status(r.status),
            ),
            Column(translate("CommitteePlanModel", "Fra mødet"), lambda r: r.origin),
            # the last annual evaluation's answer (domain/apv): the APV's "did the solution work?"
            Column(translate("CommitteePlanModel", "Virkede det?"), effect_cell),
        )
        super().__init__(columns, parent=parent)
        self.db, self.today = db, today
        self.committee_id: int | None = None
        self.everything: dict[int, object] = {}  # every row of the committee by id, shown or not
        self.plan_filter = PlanFilter()
        self.ask = ask_which_to_keep  # (label, mine, theirs, both_possible) -> KEEP_MINE, TAKE_NEW or KEEP_BOTH

    # --- loading and choosing
    def load(self, committee_id: int | None) -> None:
        """Read the committee's rows again (one query) and show those the filter keeps."""
        if committee_id != self.committee_id:
            self.set_rows([])  # another committee: nothing in common with what is shown
        self.committee_id = committee_id
        rows = service.committee_actions(self.db, committee_id) if committee_id is not None else []
        self.everything = {r.id: r for r in rows}
        self.apply()

    def set_filter(self, plan_filter: PlanFilter) -> None:
        self.plan_filter = plan_filter
        self.apply()

    def apply(self) -> None:
        self.sync(self.plan_filter.select(self.everything.values(), self.today()))

    @property
    def total(self) -> int:
        return len(self.everything)

    def years(self) -> list[int]:
        return sorted({y for r in self.everything.values() if (y := row_year(r)) is not None})

    def meetings(self) -> list[tuple[int, str]]:
        """(id, label) of the meetings rows came from, newest first."""
        found = {r.meeting_id: (r.meeting_date or dt.date.min, r.origin) for r in self.everything.values()}
        return [(mid, label) for mid, (_, label) in sorted(found.items(), key=lambda i: i[1], reverse=True) if mid]

    # --- what the cells say
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        field = FIELDS[index.column()] if index.isValid() else None
        if role == Qt.ItemDataRole.DisplayRole and field in DATED_FIELDS:
            record = self.rows[index.row()]
            text = getattr(record, field)
            return f"{cut(text)}\n→ {read_as(record, field)}" if text.strip() else ""
        if role == Qt.ItemDataRole.ToolTipRole and field in DATED_FIELDS:
            record = self.rows[index.row()]
            text = getattr(record, field)
            return (
                translate("CommitteePlanModel", "{0}\n\nLæst som: {1}").format(tooltip(text), read_as(record, field))
                if text.strip()
                else None
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid():
            return f"{self.columns[index.column()].heading}: {self.data(index)}"
        return super().data(index, role)

    def _overdue(self, record) -> bool:
        return (
            Status(record.status).is_open and record.hvornaar_dato is not None and record.hvornaar_dato < self.today()
        )

    def foreground(self, record, column: int):
        if not Status(record.status).is_open:
            return FINISHED
        if column == FIELDS.index("hvornaar") and self._overdue(record):
            return OVERDUE
        return None

    def bold(self, record, column: int) -> bool:
        return column == FIELDS.index("hvornaar") and self._overdue(record)

    # --- editing: the meeting's own edit
    def flags(self, index):
        """A row of a closed meeting is that meeting's record: its texts are read-only here (reopen the meeting to
        correct them, which is logged); its status still moves on, as next year's evaluation moves it."""
        flags = super().flags(index)
        if index.isValid() and index.column() != self.COL_STATUS and self.rows[index.row()].meeting_closed:
            return flags & ~Qt.ItemFlag.ItemIsEditable
        return flags

    def store(self, record, column: int, value):
        """Store one cell, as the handleplan step does on a shared database: an edit of a field another window
        changed since it was shown asks which to keep, both values in front of the chair (issue 16)."""
        field = FIELDS[column]
        shown = Status(record.status) if field == "status" else getattr(record, field)
        expected = (record.version, {field: shown})
        while True:
            try:
                service.update_action_item(self.db, record.id, expected=expected, **{field: value})
                break
            except ActionItemChanged as changed:
                theirs = Status(changed.current_value) if field == "status" else changed.current_value
                text = field != "status"
                choice = self.ask(
                    self.columns[column].heading,
                    value if text else value.label,
                    theirs if text else theirs.label,
                    text,
                )
                if choice == TAKE_NEW:
                    break
                if choice == KEEP_BOTH and text:
                    value = value.rstrip() + BOTH_SEPARATOR + theirs
                expected = (changed.current_version, {field: theirs})
        fresh = service.committee_action(self.db, record.id)
        self.everything[fresh.id] = fresh
        return fresh
