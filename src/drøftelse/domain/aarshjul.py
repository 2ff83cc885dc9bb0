"""The committee's year ahead (årshjul): the dates that follow from its meetings, handleplan and training.

Plain values in, a sorted list of dated events out; the store gathers the inputs, the main window and the
calendar export (.ics) show the result. Toward the annual discussion (issue 4).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drøftelse.domain import i18n, training
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


def row_title(hvad: str) -> str:
    """A handleplan row in the årshjul: its Hvad's first line."""
    return hvad.strip().splitlines()[0] if hvad.strip() else translate("listing", "(uden titel)")


def training_due(name: str, st) -> list[tuple[str, dt.date]]:
    """What a member's training status (domain/training.TrainingStatus) puts in the årshjul, by its date."""
    due = []
    if st.mandatory in ("skal tages", "overskredet"):
        due.append(
            (translate("listing", "{0} – den obligatoriske arbejdsmiljøuddannelse").format(name), st.mandatory_due)
        )
    if st.offer_due and st.offered_days <= 0:  # what the employer must document is the offer
        due.append(
            (translate("listing", "{0} – tilbud om supplerende arbejdsmiljøuddannelse").format(name), st.offer_due)
        )
    if st.lapses_on and st.remaining_days > st.planned_days:
        # with two years pooled in writing, the days lapse only at the second year's end
        left_days = i18n.decimal(st.remaining_days)
        due.append(
            (
                translate("listing", "{0} – {1} dags supplerende uddannelse bortfalder").format(name, left_days),
                st.lapses_on,
            )
        )
    return due


@dataclass(frozen=True)
class RowFacts:
    """A handleplan row as the store reads it for the årshjul."""

    hvad: str
    hvornaar: dt.date | None
    opfoelgning: dt.date | None
    status: str


@dataclass(frozen=True)
class MemberFacts:
    """A member as the store reads them for the årshjul: their courses, offers and pooled years."""

    name: str
    took_office_on: dt.date | None
    left_on: dt.date | None
    courses: tuple[training.Course, ...]
    offers: tuple[training.Offer, ...]
    pooled: frozenset[int]


@dataclass(frozen=True)
class CommitteeFacts:
    """What a committee's årshjul is made from: the last annual discussion held, the last full APV, its open and
    closed rows, and its members (the demo's examples left out by the store)."""

    last_annual: dt.date | None
    last_apv: dt.date | None
    rows: tuple[RowFacts, ...]
    members: tuple[MemberFacts, ...]


def committee_year(facts: CommitteeFacts, today: dt.date, months: int = 12) -> list[Event]:
    """The committee's årshjul: next annual discussion, next full APV, open rows' dates, training due."""
    rows = [RowDates(row_title(r.hvad), r.hvornaar, r.opfoelgning, r.status in ("aaben", "i_gang")) for r in facts.rows]
    due = []
    for m in facts.members:
        status = training.training_status(
            m.took_office_on, list(m.courses), today, m.left_on, list(m.offers), set(m.pooled)
        )
        due += training_due(m.name, status)
    return year_ahead(today, facts.last_annual, facts.last_apv, rows, due, months)
