"""What each AMO member is entitled to in training this year, and what is due or overdue.

The mandatory arbejdsmiljøuddannelse (3 days, 22 hours) is due within 3 months of election or appointment.
Supplementary training: 2 days in the first year of office, then 1.5 days a year; unused days lapse. A year of
office (funktionsår) runs from the election date's anniversary to the next.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.i18n import translate

MANDATORY = "obligatorisk"
SUPPLEMENTARY = "supplerende"
FIRST_YEAR_DAYS = 2.0
LATER_YEAR_DAYS = 1.5
MANDATORY_MONTHS = 3


@dataclass(frozen=True)
class Course:
    kind: str  # MANDATORY or SUPPLEMENTARY
    taken_on: dt.date | None
    days: float
    planned: bool = False


@dataclass(frozen=True)
class TrainingStatus:
    year_of_office: int | None  # 1 for the first funktionsår
    year_starts: dt.date | None
    year_ends: dt.date | None  # the last day of this funktionsår
    entitled_days: float
    used_days: float
    planned_days: float
    mandatory_due: dt.date | None
    mandatory: str  # "gennemført", "skal tages", "overskredet", "fratrådt", "valgdato mangler"

    @property
    def remaining_days(self) -> float:
        return max(0.0, self.entitled_days - self.used_days)


def add_months(d: dt.date, months: int) -> dt.date:
    year, month = divmod(d.month - 1 + months, 12)
    year, month = d.year + year, month + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def training_status(
    elected_on: dt.date | None, courses: list[Course], today: dt.date, left_on: dt.date | None = None
) -> TrainingStatus:
    if left_on is not None and left_on <= today:
        return TrainingStatus(None, None, None, 0.0, 0.0, 0.0, None, "fratrådt")
    if elected_on is None or elected_on > today:
        return TrainingStatus(None, None, None, 0.0, 0.0, 0.0, None, "valgdato mangler")
    years = today.year - elected_on.year
    while add_months(elected_on, 12 * years) > today:  # anniversaries as add_months sees them (29 Feb → 28 Feb)
        years -= 1
    start = add_months(elected_on, 12 * years)
    end = add_months(elected_on, 12 * (years + 1)) - dt.timedelta(days=1)
    in_year = [c for c in courses if c.kind == SUPPLEMENTARY and c.taken_on and start <= c.taken_on <= end]
    used = sum(c.days for c in in_year if not c.planned)
    planned = sum(c.days for c in in_year if c.planned)
    due = add_months(elected_on, MANDATORY_MONTHS)
    if any(c.kind == MANDATORY and not c.planned and c.taken_on for c in courses):
        mandatory = "gennemført"
    else:
        mandatory = "overskredet" if today > due else "skal tages"
    entitled = FIRST_YEAR_DAYS if years == 0 else LATER_YEAR_DAYS
    return TrainingStatus(years + 1, start, end, entitled, used, planned, due, mandatory)


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
