"""The committee's year ahead (årshjul): the dates that follow from its meetings, handleplan and training.

Plain values in, a sorted list of dated events out; the store gathers the inputs, the main window and the
calendar export (.ics) show the result. Toward the annual discussion (issue 4).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drøftelse.domain.i18n import translate
from drøftelse.domain.training import add_months

APV_YEARS = 3


@dataclass(frozen=True)
class Event:
    date: dt.date
    title: str
    kind: str  # "årlig drøftelse", "APV", "handleplan", "opfølgning", "uddannelse"
    overdue: bool = False


@dataclass(frozen=True)
class RowDates:
    hvad: str
    hvornaar: dt.date | None
    opfoelgning: dt.date | None
    open: bool


def year_ahead(
    today: dt.date,
    last_annual: dt.date | None,
    last_apv: dt.date | None,
    rows: list[RowDates],
    training_due: list[tuple[str, dt.date]],
    months: int = 12,
) -> list[Event]:
    """Events up to `months` ahead, and everything already overdue, sorted by date."""
    horizon = add_months(today, months)
    events: list[Event] = []
    annual = add_months(last_annual, 12) if last_annual else today
    title = translate("Aarshjul", "Årlig arbejdsmiljødrøftelse")
    events.append(Event(annual, title, "årlig drøftelse", annual < today))
    if last_apv:
        apv = add_months(last_apv, 12 * APV_YEARS)
        events.append(Event(apv, translate("Aarshjul", "APV: fuld revision"), "APV", apv < today))
    for r in rows:
        if not r.open:
            continue
        if r.hvornaar:
            title = translate("Aarshjul", "Handleplan: {0}").format(r.hvad)
            events.append(Event(r.hvornaar, title, "handleplan", r.hvornaar < today))
        if r.opfoelgning:
            title = translate("Aarshjul", "Opfølgning: {0}").format(r.hvad)
            events.append(Event(r.opfoelgning, title, "opfølgning", r.opfoelgning < today))
    for who, due in training_due:
        events.append(Event(due, translate("Aarshjul", "Uddannelse: {0}").format(who), "uddannelse", due < today))
    return sorted((e for e in events if e.date <= horizon), key=lambda e: (e.date, e.kind, e.title))
