"""The columns of the committee's handleplan as a spreadsheet (CSV and XLSX share them): the per-meeting CSV's
columns, in its order, then the meeting each row came from and that meeting's date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from drøftelse.domain import apv
from drøftelse.domain.actions import COLUMNS
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate
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


def _text(key: str) -> Callable[[int, ActionRow], str]:
    return lambda n, row: row.text(key)


_WIDEST = {"hvornaar": 24}

SHEET_COLUMNS: tuple[SheetColumn, ...] = (
    SheetColumn(QT_TRANSLATE_NOOP("Handleplan", "Nr."), NUMBER, lambda n, row: n, 5),
    *(SheetColumn(heading, TEXT, _text(key), _WIDEST.get(key, 40)) for key, heading in COLUMNS),
    SheetColumn(QT_TRANSLATE_NOOP("Handleplan", "Hvornår (dato)"), DATE, lambda n, row: row.hvornaar_dato, 11),
    SheetColumn(QT_TRANSLATE_NOOP("Handleplan", "Opfølgning (dato)"), DATE, lambda n, row: row.opfoelgning_dato, 11),
    SheetColumn(QT_TRANSLATE_NOOP("Handleplan", "Status"), LABEL, lambda n, row: row.status.label, 11),
    SheetColumn(
        QT_TRANSLATE_NOOP("Handleplan", "Prioritet"),
        LABEL,
        lambda n, row: row.priority.label if row.priority is not None else "",
        9,
    ),
    SheetColumn(QT_TRANSLATE_NOOP("Handleplan", "Fra mødet"), TEXT, lambda n, row: row.origin, 34),
    SheetColumn(QT_TRANSLATE_NOOP("Handleplan", "Mødedato"), DATE, lambda n, row: row.origin_date, 11),
    # the APV's assessment and the last "Virkede det?" (domain/apv), after the columns the sheet always had
    SheetColumn(QT_TRANSLATE_NOOP("Handleplan", "Alvor"), LABEL, lambda n, row: apv.label("alvor", row.alvor), 16),
    SheetColumn(QT_TRANSLATE_NOOP("Handleplan", "Omfang"), LABEL, lambda n, row: apv.label("omfang", row.omfang), 16),
    SheetColumn(QT_TRANSLATE_NOOP("Handleplan", "Vurdering"), TEXT, lambda n, row: row.vurdering, 40),
    SheetColumn(QT_TRANSLATE_NOOP("Handleplan", "Årsag"), TEXT, lambda n, row: row.aarsag, 40),
    SheetColumn(
        QT_TRANSLATE_NOOP("Handleplan", "Virkede det?"), LABEL, lambda n, row: apv.label("effect", row.effect), 16
    ),
    SheetColumn(QT_TRANSLATE_NOOP("Handleplan", "Note om virkningen"), TEXT, lambda n, row: row.effect_note, 40),
)
