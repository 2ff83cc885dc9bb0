"""The main window's tables as models: a committee's meetings (`MeetingLine`) and its årshjul (aarshjul `Event`).
Both are read-only; a refresh hands them the fresh list and they tell the view only what changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from drøftelse.domain.danish_dates import short_date
from drøftelse.ui.table_models import Column, RecordTableModel
from drøftelse.ui.translation import translate

OVERDUE = QColor("#8a1c1c")
GONE = QColor(Qt.GlobalColor.darkGray)  # a closed meeting
EXAMPLE = QColor("#7a5a00")  # the demo's example meeting, as the banner above it


def local_time(utc_text: str) -> str:
    """A time stored in UTC ("2026-11-23 18:35") as the machine's local time: "23.11.2026 19:35"."""
    try:
        stamp = dt.datetime.fromisoformat(utc_text).replace(tzinfo=dt.UTC).astimezone()
    except ValueError:
        return utc_text
    return f"{stamp.day}.{stamp.month}.{stamp.year} {stamp:%H:%M}"


def example_title(title: str) -> str:
    """A title as it is shown for the demo's example meeting or member: "Eksempel · Årlig … 2026"."""
    return translate("MeetingListModel", "Eksempel · {0}").format(title)


def example_tip() -> str:
    return translate(
        "MeetingListModel",
        "Eksempel fra demoen – ikke jeres eget møde. Det tælles ikke med i årshjulet eller udvalgets handleplan, "
        "før I beholder det som jeres eget (knappen over mødet).",
    )


class MeetingListModel(RecordTableModel):
    """A committee's meetings (services.listing.MeetingLine); closed meetings in grey, the demo's examples titled
    "Eksempel · …" with a tooltip that says what that means. `kind_and_step(kind, step_key)` names the template and
    the step the meeting stands at."""

    def __init__(self, kind_and_step: Callable[[str, str], tuple[str, str]], parent=None):
        columns = (
            Column(translate("MeetingListModel", "Møde"), lambda m: kind_and_step(m.kind, m.current_step)[0]),
            Column(translate("MeetingListModel", "Dato"), lambda m: short_date(m.date)),
            Column(translate("MeetingListModel", "Titel"), lambda m: example_title(m.title) if m.example else m.title),
            Column(
                translate("MeetingListModel", "Står ved"),
                lambda m: (
                    translate("MeetingListModel", "Afsluttet") if m.closed else kind_and_step(m.kind, m.current_step)[1]
                ),
            ),
            Column(
                translate("MeetingListModel", "Sidst ændret"), lambda m: local_time(m.updated_at[:16].replace("T", " "))
            ),
        )
        super().__init__(columns, parent=parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and self.record(index.row()).example:
            return example_tip()
        return super().data(index, role)

    def foreground(self, record, column: int):
        return GONE if record.closed else EXAMPLE if record.example else None


class YearModel(RecordTableModel):
    """The årshjul's events (domain.aarshjul.Event), overdue ones said in words and in dark red, bold."""

    def __init__(self, parent=None):
        columns = (
            Column(translate("YearModel", "Dato"), lambda e: short_date(e.date)),
            Column(
                translate("YearModel", "Hvad"),
                lambda e: (translate("YearModel", "⚠ Overskredet: ") if e.overdue else "") + e.title,
            ),
        )
        super().__init__(columns, parent=parent)

    def key(self, record):
        return record  # an event has no id; a frozen dataclass is its own key

    def foreground(self, record, column: int):
        return OVERDUE if record.overdue else None

    def bold(self, record, column: int) -> bool:
        return record.overdue
