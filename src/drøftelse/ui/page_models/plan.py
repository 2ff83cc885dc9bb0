"""The kompetenceudviklingsplan's lines (the training step) as a table, every cell typed."""

from __future__ import annotations

from collections.abc import Callable

from drøftelse.services import annual
from drøftelse.ui.field_conflict import show_value, write_checked
from drøftelse.ui.page_models.cells import days, parse_days
from drøftelse.ui.table_models import Column, RecordTableModel
from drøftelse.ui.translation import translate


class PlanModel(RecordTableModel):
    """The kompetenceudviklingsplan's lines (PlanItemRecord), every cell typed; days as "1,5"."""

    FIELDS = ("hvem", "hvad", "hvornaar", "days")

    def __init__(self, db, meeting_id: int, report: Callable[[str], None], parent=None):
        columns = (
            Column(translate("PlanModel", "Hvem"), lambda i: i.hvem, edit=lambda i: i.hvem),
            Column(translate("PlanModel", "Hvilken uddannelse"), lambda i: i.hvad, edit=lambda i: i.hvad),
            Column(translate("PlanModel", "Hvornår"), lambda i: i.hvornaar, edit=lambda i: i.hvornaar),
            Column(translate("PlanModel", "Dage"), lambda i: days(i.days), edit=lambda i: days(i.days)),
        )
        super().__init__(columns, parent=parent)
        self.db, self.meeting_id, self.report = db, meeting_id, report

    def fresh(self) -> list:
        return annual.plan_items(self.db, self.meeting_id)

    _fresh = fresh

    def load(self) -> None:
        self.sync(self._fresh())

    def store(self, record, column: int, value):
        """Write the cell on the value shown; a value the other chair changed since is asked about."""
        field = self.FIELDS[column]
        if field == "days":
            try:
                value = parse_days(value)
            except ValueError:
                self.report(translate("PlanModel", "»{0}« er ikke et antal dage. Skriv fx 1,5.").format(value))
                return None
        write_checked(
            lambda values, seen: annual.update_plan_item(self.db, record.id, seen=seen, **values),
            {field: value},
            {field: getattr(record, field)},
            show=lambda f, v: (days(v) or show_value(None)) if f == "days" else show_value(v),
        )
        return next((i for i in self._fresh() if i.id == record.id), None)

    def add(self) -> int:
        """A new empty line at the end; its row."""
        item_id = annual.add_plan_item(self.db, self.meeting_id)
        fresh = self._fresh()
        row = next(r for r, i in enumerate(fresh) if i.id == item_id)
        self.insert_row(row, fresh[row])
        return row

    def remove(self, row: int) -> None:
        annual.delete_plan_item(self.db, self.rows[row].id)
        self.sync(self._fresh())  # the row removed; the lines after it only change position
