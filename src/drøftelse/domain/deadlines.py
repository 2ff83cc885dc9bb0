"""Read a date out of the free text of Hvornår? and Opfølgning?, relative to the meeting's date.

The text is always kept exactly as typed; the date read from it feeds the årshjul, reminders and calendar.
A named period means its end: "3. kvartal" is due on 30 September, "marts" on 31 March, "uge 12" on that
week's Friday. Without a year, the next such period that has not ended by the meeting's date is meant.
"Så hurtigt som muligt" is due at once (the meeting's date); "inden sommerferien" gives no date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "januar": 1,
    "jan": 1,
    "februar": 2,
    "feb": 2,
    "marts": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "maj": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))

_ASAP = re.compile(
    r"så\s+(?:hurtigt|snart)\s+som\s+muligt|hurtigst\s+muligt|\bsnarest\b|\bstraks\b|"
    r"\bmed\s+det\s+samme\b|\basap\b"
)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\.?\s*({_MONTH_WORDS})\.?(?:\s+(\d{{4}}))?\b")
_WEEK = re.compile(r"\buge\s*(\d{1,2})(?:[,\s]+(\d{4}))?\b")
_QUARTER = re.compile(r"\b([1-4])\.?\s*(?:kvartal|kvt\.?)(?:\s+(\d{4}))?|\bq([1-4])(?:\s+(\d{4}))?\b")
_HALF = re.compile(r"\b([12])\.?\s*halvår(?:\s+(\d{4}))?")
_MONTH = re.compile(
    rf"\b(?:primo\s+|medio\s+|ultimo\s+|i\s+|inden\s+|senest\s+)?({_MONTH_WORDS})\.?(?:\s+(\d{{4}}))?\b"
)


@dataclass(frozen=True)
class ReadDate:
    """What was read from a text: the date it is due, and how it was read (shown to the chairs)."""

    date: dt.date
    how: str  # "dato", "uge", "kvartal", "halvår", "måned", "snarest"

    @property
    def asap(self) -> bool:
        return self.how == "snarest"


READ_CHARS = 1000


def read_date(text: str, meeting_date: dt.date) -> ReadDate | None:
    """The date `text` names, relative to `meeting_date`, or None when no date can be read. Only the first
    READ_CHARS characters are read: a date is said early, and a pasted page of text must not slow every edit."""
    t = " ".join(text[:READ_CHARS].lower().split())
    if not t:
        return None
    for reader in (_read_exact, _read_week, _read_quarter, _read_half, _read_month, _read_asap):
        found = reader(t, meeting_date)
        if found is not None:
            return found
    return None


def _year(raw: str) -> int:
    y = int(raw)
    return 2000 + y if y < 100 else y


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _read_exact(t: str, ref: dt.date) -> ReadDate | None:
    if m := _ISO_DATE.search(t):
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        if d:
            return ReadDate(d, "dato")
    if m := _NUMERIC_DATE.search(t):
        d = _safe_date(_year(m[3]), int(m[2]), int(m[1]))
        if d:
            return ReadDate(d, "dato")
    if m := _DAY_MONTH.search(t):
        day, month = int(m[1]), MONTHS[m[2]]
        if m[3]:
            d = _safe_date(int(m[3]), month, day)
        else:
            d = _safe_date(ref.year, month, day)
            if d and d < ref:
                d = _safe_date(ref.year + 1, month, day)
        if d:
            return ReadDate(d, "dato")
    return None


def _read_week(t: str, ref: dt.date) -> ReadDate | None:
    m = _WEEK.search(t)
    if not m:
        return None
    week = int(m[1])

    def friday(year: int) -> dt.date | None:
        try:
            return dt.date.fromisocalendar(year, week, 5)
        except ValueError:
            return None

    if m[2]:
        d = friday(int(m[2]))
    else:
        d = friday(ref.isocalendar().year)
        if d is None or d < ref:
            d = friday(ref.isocalendar().year + 1)
    return ReadDate(d, "uge") if d else None


def _end_of_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _next_period_end(ref: dt.date, last_month: int, year: str | None) -> dt.date:
    """The end of the period ending with `last_month`: in `year`, or the next one not yet over at `ref`."""
    if year:
        return _end_of_month(int(year), last_month)
    end = _end_of_month(ref.year, last_month)
    return end if end >= ref else _end_of_month(ref.year + 1, last_month)


def _read_quarter(t: str, ref: dt.date) -> ReadDate | None:
    m = _QUARTER.search(t)
    if not m:
        return None
    q = int(m[1] or m[3])
    return ReadDate(_next_period_end(ref, 3 * q, m[2] or m[4]), "kvartal")


def _read_half(t: str, ref: dt.date) -> ReadDate | None:
    m = _HALF.search(t)
    if not m:
        return None
    return ReadDate(_next_period_end(ref, 6 * int(m[1]), m[2]), "halvår")


def _read_month(t: str, ref: dt.date) -> ReadDate | None:
    m = _MONTH.search(t)
    if not m:
        return None
    return ReadDate(_next_period_end(ref, MONTHS[m[1]], m[2]), "måned")


def _read_asap(t: str, ref: dt.date) -> ReadDate | None:
    return ReadDate(ref, "snarest") if _ASAP.search(t) else None


def describe(found: ReadDate | None) -> str:
    """How the chairs see what was read: "30.9.2027 (kvartal)", "snarest", or "ingen dato"."""
    if found is None:
        return "ingen dato"
    if found.asap:
        return "snarest"
    return f"{found.date.day}.{found.date.month}.{found.date.year}"
