"""What each AMO member is entitled to in training, what must be offered by when, and what is due or overdue.

The rules (docs/sources.md, checked 6.12.2026):
- The mandatory arbejdsmiljøuddannelse (3 days, 22 hours) is taken "senest 3 måneder efter tiltrædelse som medlem af
  arbejdsmiljøorganisationen" (arbejdsmiljøloven § 9, stk. 1, as lov nr. 1540/2023 worded it): due on the day three
  calendar months after tiltrædelse, overdue the day after.
- Supplementary training: 2 days in the first funktionsår, "tilbudt og kunne være påbegyndt inden for de første ni
  måneder efter, at de tre dages obligatorisk uddannelse er afsluttet" (Arbejdstilsynet's Q&A); then 1½ days in each
  funktionsår, offered within it. Unused days lapse at the end of the funktionsår – unless two later years' 1½ days
  are pooled into 3 days by a written agreement (never the first year's).
- What the employer must be able to document is the offer: each offer is recorded (date, days, the answer).
A funktionsår runs from the tiltrædelse's anniversary to the day before the next.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from drøftelse.domain import i18n
from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate

MANDATORY = "obligatorisk"
SUPPLEMENTARY = "supplerende"
FIRST_YEAR_DAYS = 2.0
LATER_YEAR_DAYS = 1.5
MANDATORY_MONTHS = 3


OFFER_MONTHS = 9  # the first year's offer, after the mandatory course
POOLED_DAYS = 3.0
ACCEPTED, DECLINED, POSTPONED = "accepteret", "afslaaet", "udskudt"
ANSWERS = (ACCEPTED, DECLINED, POSTPONED, "")


@dataclass(frozen=True)
class Course:
    kind: str  # MANDATORY or SUPPLEMENTARY
    taken_on: dt.date | None
    days: float
    planned: bool = False


@dataclass(frozen=True)
class Offer:
    """An offer of supplementary training: when it was given, how many days, and the member's answer."""

    offered_on: dt.date
    days: float
    answer: str = ""  # ACCEPTED, DECLINED, POSTPONED or "" (not answered yet)


@dataclass(frozen=True)
class TrainingStatus:
    year_of_office: int | None  # 1 for the first funktionsår
    year_starts: dt.date | None
    year_ends: dt.date | None  # the last day of this funktionsår
    entitled_days: float  # in this funktionsår, or over the two pooled years
    used_days: float
    planned_days: float
    mandatory_due: dt.date | None
    mandatory: str  # "gennemført", "skal tages", "overskredet", "fratrådt", "valgdato mangler"
    offer_due: dt.date | None = None  # the day this year's offer must be given by (None: not yet known)
    offered_days: float = 0.0  # offered in this funktionsår (or the pooled two)
    lapses_on: dt.date | None = None  # the day unused days lapse after: the year's end, or the pooled years' end
    pooled: int | None = None  # the first funktionsår of a pooling agreed in writing that covers this year

    @property
    def remaining_days(self) -> float:
        return max(0.0, self.entitled_days - self.used_days)


def add_months(d: dt.date, months: int) -> dt.date:
    year, month = divmod(d.month - 1 + months, 12)
    year, month = d.year + year, month + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def office_year(took_office_on: dt.date, n: int) -> tuple[dt.date, dt.date]:
    """The first and last day of funktionsår `n` (1 for the first)."""
    start = add_months(took_office_on, 12 * (n - 1))
    return start, add_months(took_office_on, 12 * n) - dt.timedelta(days=1)


def check_pooling(first_year: int) -> None:
    """Two years' supplementary days may be pooled into 3 days from the second funktionsår on: never the first."""
    if first_year < 2:
        raise DroeftelseError(
            translate(
                "training",
                "Den supplerende uddannelse i første funktionsår (2 dage) kan ikke lægges sammen med det næste års. "
                "Sammenlægning gælder to af de følgende år (2 × 1½ dag = 3 dage).",
            )
        )


def training_status(
    took_office_on: dt.date | None,
    courses: list[Course],
    today: dt.date,
    left_on: dt.date | None = None,
    offers: tuple[Offer, ...] | list[Offer] = (),
    pooled: frozenset[int] | set[int] = frozenset(),
) -> TrainingStatus:
    """Where the member stands today. `pooled` holds the first funktionsår of each pooling agreed in writing
    (years n and n + 1, n ≥ 2)."""
    if left_on is not None and left_on <= today:
        return TrainingStatus(None, None, None, 0.0, 0.0, 0.0, None, "fratrådt")
    if took_office_on is None or took_office_on > today:
        return TrainingStatus(None, None, None, 0.0, 0.0, 0.0, None, "valgdato mangler")
    years = today.year - took_office_on.year
    while add_months(took_office_on, 12 * years) > today:  # anniversaries as add_months sees them (29 Feb → 28 Feb)
        years -= 1
    n = years + 1
    start, end = office_year(took_office_on, n)
    # the window the days count in: this funktionsår, or the two pooled years
    pool = n if n in pooled and n >= 2 else n - 1 if (n - 1) in pooled and n - 1 >= 2 else None
    if pool is not None:
        window = (office_year(took_office_on, pool)[0], office_year(took_office_on, pool + 1)[1])
        entitled = POOLED_DAYS
    else:
        window = (start, end)
        entitled = FIRST_YEAR_DAYS if n == 1 else LATER_YEAR_DAYS
    in_window = [c for c in courses if c.kind == SUPPLEMENTARY and c.taken_on and window[0] <= c.taken_on <= window[1]]
    used = sum(c.days for c in in_window if not c.planned)
    planned = sum(c.days for c in in_window if c.planned)
    offered = sum(o.days for o in offers if window[0] <= o.offered_on <= window[1])
    due = add_months(took_office_on, MANDATORY_MONTHS)
    taken = [c.taken_on for c in courses if c.kind == MANDATORY and not c.planned and c.taken_on]
    if taken:
        mandatory = "gennemført"
    else:
        mandatory = "overskredet" if today > due else "skal tages"
    if n == 1:  # nine months after the mandatory course ended, and within the first funktionsår
        offer_due = min(add_months(min(taken), OFFER_MONTHS), end) if taken else None
    else:
        offer_due = window[1]
    return TrainingStatus(n, start, end, entitled, used, planned, due, mandatory, offer_due, offered, window[1], pool)


def mandatory_text(status: TrainingStatus, taken_on: dt.date | None = None) -> str:
    """The mandatory course in words, the same on the Kompetenceudviklingsplan step, in its PDF and the referat:
    "gennemført 15.6.2021", "skal tages senest 1.8.2026", "overskredet: skulle være taget senest 1.8.2026"."""
    if taken_on is not None:
        return translate("training", "gennemført {0}").format(short_date(taken_on))
    if status.mandatory == "skal tages":
        return translate("training", "skal tages senest {0}").format(short_date(status.mandatory_due))
    if status.mandatory == "overskredet":
        return translate("training", "overskredet: skulle være taget senest {0}").format(
            short_date(status.mandatory_due)
        )
    return status.mandatory


def offer_text(status: TrainingStatus) -> str:
    """This year's offer of supplementary training in words: "tilbudt 1,5 dage", "skal tilbydes senest 1.8.2027",
    "ikke tilbudt: skulle være tilbudt senest 1.8.2026"."""
    if status.year_of_office is None:
        return ""
    if status.offered_days > 0:
        return translate("training", "tilbudt {0} dage").format(i18n.decimal(status.offered_days))
    if status.offer_due is None:
        return translate("training", "tilbydes inden 9 måneder efter den obligatoriske uddannelse")
    return translate("training", "skal tilbydes senest {0}").format(short_date(status.offer_due))


# --- what the store is told to write: the rules of a member's courses, offers and poolings
MANDATORY_TITLE = "Den obligatoriske arbejdsmiljøuddannelse"
MANDATORY_DAYS = 3.0
MAX_DAYS = 365


def check_days(days: float, *, offer: bool = False) -> None:
    """A course's days lie between 0 and 365; an offer is of at least some days."""
    if (days <= 0 if offer else days < 0) or days > MAX_DAYS:
        raise DroeftelseError(translate("annual", "Antal dage skal være mellem 0 og 365."))


def check_answer(answer: str) -> None:
    if answer not in ANSWERS:
        raise ValueError(f"unknown answer {answer!r}")


def check_pooling_free(first_year: int, pooled: set[int]) -> None:
    """Funktionsår `first_year` and the next may be pooled when neither is pooled already (`pooled`: the first
    years of the member's poolings); the first funktionsår never, which check_pooling refuses first."""
    if pooled & {first_year - 1, first_year, first_year + 1}:
        raise DroeftelseError(
            translate("annual", "Funktionsår {0} er allerede lagt sammen med et andet år.").format(first_year)
        )


def took_office(took_office_on: dt.date | None, elected_on: dt.date | None) -> tuple[dt.date | None, bool]:
    """When a new member's rights run from, and whether that is assumed: without a tiltrædelse they run from the
    election date, marked as assumed until a chair confirms it."""
    return took_office_on or elected_on, took_office_on is None and elected_on is not None


def member_values(values: dict) -> dict:
    """A member's changed fields as stored: a member who left is no longer active, and a tiltrædelse written by a
    chair is confirmed."""
    values = dict(values)
    if "left_on" in values:
        values["active"] = values["left_on"] is None
    if "took_office_on" in values:
        values.setdefault("took_office_assumed", False)
    return values
