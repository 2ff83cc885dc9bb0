"""The committee's year ahead (årshjul): the dates that follow from its meetings, handleplan and training.

Plain values in, a sorted list of dated events out; the store gathers the inputs, the main window and the
calendar export (.ics) show the result. Toward the annual discussion (issue 4).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drøftelse.domain.annual import ANNUAL_KIND, COMPETENCE_KIND
from drøftelse.domain.danish_dates import short_date
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


# What the new-meeting dialog proposes: the annual discussion when the årshjul has it overdue or due within this
# many months; otherwise the meeting held between two annual discussions, the kompetencedrøftelse.
DUE_SOON_MONTHS = 3


@dataclass(frozen=True)
class Proposal:
    kind: str  # the template's key
    date: dt.date
    reason: str  # said in the dialog, Danish


def proposed_meeting(events: list[Event], today: dt.date, annual_kind: str = ANNUAL_KIND) -> Proposal:
    """The meeting the årshjul says is due next: the annual discussion (of `annual_kind`) when it is overdue, has
    never been held or falls within DUE_SOON_MONTHS (dated today when late, else on the day it is due); otherwise a
    kompetencedrøftelse today — never to a workplace under 10 employees, which has no AMO to train."""
    annual = next((e for e in events if e.kind == "årlig drøftelse"), None)
    small = annual_kind != ANNUAL_KIND
    if not small and (annual is None or annual.date > add_months(today, DUE_SOON_MONTHS)):
        when = (
            translate("Aarshjul", "først til {0}").format(short_date(annual.date))
            if annual
            else translate("Aarshjul", "ikke i årshjulet")
        )
        return Proposal(
            COMPETENCE_KIND,
            today,
            translate("Aarshjul", "Den årlige arbejdsmiljødrøftelse er {0}: her er en kompetencedrøftelse.").format(
                when
            ),
        )
    if annual is None:
        return Proposal(
            annual_kind, today, translate("Aarshjul", "Den årlige arbejdsmiljødrøftelse er ikke holdt endnu.")
        )
    if annual.overdue:
        due = short_date(annual.date)
        return Proposal(
            annual_kind,
            today,
            translate("Aarshjul", "Årshjulet: den årlige arbejdsmiljødrøftelse skulle være holdt senest {0}.").format(
                due
            ),
        )
    if annual.date <= today:
        return Proposal(
            annual_kind, today, translate("Aarshjul", "Årshjulet: den årlige arbejdsmiljødrøftelse skal holdes nu.")
        )
    return Proposal(
        annual_kind,
        annual.date,
        translate("Aarshjul", "Årshjulet: den årlige arbejdsmiljødrøftelse skal holdes senest {0}.").format(
            short_date(annual.date)
        ),
    )
