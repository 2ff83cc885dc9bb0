"""The columns of the committee's handleplan as a spreadsheet (CSV and XLSX share them): the per-meeting CSV's
columns, in its order, with the meeting each row came from and that meeting's date before the APV's assessment.
The row's own columns follow its declaration (domain/record_fields)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from drøftelse.documents.row_cells import EXTRAS, is_choice, label
from drøftelse.domain import apv
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate
from drøftelse.domain.record_fields import DATED, PLAN_COLUMNS, Field
from drøftelse.domain.snapshots import ActionRow

TEXT, LABEL, DATE, NUMBER = "text", "label", "date", "number"  # a user's text, one of ours, a date, a number


@dataclass(frozen=True)
class SheetColumn:
    heading: str  # Danish, as lupdate finds it; `title` is it in the document's language
    kind: str
    value: Callable[[int, ActionRow], str | int | dt.date | None]  # (the row's number, the row) -> the cell
    widest: int  # characters: how wide the XLSX column may grow

    @property
    def title(self) -> str:
        return translate("Handleplan", self.heading)


def _declared(field: Field) -> SheetColumn:
    """A column of the row's own: a short choice in words, else its text."""
    if is_choice(field):
        return SheetColumn(field.heading, LABEL, lambda n, row: label(row, field.name), field.sheet_width)
    return SheetColumn(field.heading, TEXT, lambda n, row: getattr(row, field.name), field.sheet_width)


def _date(field: Field) -> SheetColumn:
    return SheetColumn(field.date_heading, DATE, lambda n, row: getattr(row, field.date_field()), 11)


_ASSESSED = [f for f in EXTRAS if f.name in apv.ASSESSMENT_FIELDS]

SHEET_COLUMNS: tuple[SheetColumn, ...] = (
    SheetColumn(QT_TRANSLATE_NOOP("Handleplan", "Nr."), NUMBER, lambda n, row: n, 5),
    *(_declared(f) for f in PLAN_COLUMNS),
    *(_date(f) for f in DATED),
    *(_declared(f) for f in EXTRAS if f not in _ASSESSED),  # status and priority
    SheetColumn(QT_TRANSLATE_NOOP("Handleplan", "Fra mødet"), TEXT, lambda n, row: row.origin, 34),
    SheetColumn(QT_TRANSLATE_NOOP("Handleplan", "Mødedato"), DATE, lambda n, row: row.origin_date, 11),
    # the APV's assessment and the last "Virkede det?" (domain/apv), after the columns the sheet always had
    *(_declared(f) for f in _ASSESSED),
    SheetColumn(
        QT_TRANSLATE_NOOP("Handleplan", "Virkede det?"), LABEL, lambda n, row: apv.label("effect", row.effect), 16
    ),
    SheetColumn(QT_TRANSLATE_NOOP("Handleplan", "Note om virkningen"), TEXT, lambda n, row: row.effect_note, 40),
)
