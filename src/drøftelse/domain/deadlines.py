"""Read a date out of the free text of Hvornår? and Opfølgning?, relative to the meeting's date.

The text is always kept exactly as typed; the date read from it feeds the årshjul, reminders and calendar.
A named period means its end: "3. kvartal" is due on 30 September, "marts" on 31 March, "uge 12" on that
week's Friday, "i foråret" on 31 May, "inden sommerferien" on 30 June, "efter sommerferien" on 31 August, "i
efteråret" on 30 November, "inden jul" on 23 December; "primo/medio/ultimo marts" on 10, 15 and 31 March;
"ultimo 2027" on 31.12.2027 and "næste år" on the last day of next year; "om 3 måneder" counts from the
reference day. Without a year, the next such period that has not ended by the reference day is meant.
"Så hurtigt som muligt" is due at once. Text that names none of these gives no date: it is never guessed.

The reference day is the meeting's date for Hvornår; for Opfølgning it is the row's own Hvornår date when one
was read (a follow-up never falls before what it follows up): `read_row_dates`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from drøftelse.domain.actions import DATED_FIELDS
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate

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
_MONTH = re.compile(rf"\b(?:(primo|medio|ultimo)\s+|i\s+|inden\s+|senest\s+)?({_MONTH_WORDS})\.?(?:\s+(\d{{4}}))?\b")
_PART_OF_MONTH_DAY = {"primo": 10, "medio": 15}  # "ultimo" (and no word) is the month's last day
_PART_OF_YEAR = re.compile(r"\b(primo|medio|ultimo)\s+(\d{4})\b")
_PART_OF_YEAR_END = {"primo": (1, 31), "medio": (6, 30), "ultimo": (12, 31)}
# the seasons and holidays chairs write, and the day each is due (month, day): the end of what they name
_SEASONS = (
    (re.compile(r"\b(?:inden|før)\s+sommer(?:ferien)?\b"), (6, 30), "sæson"),
    (re.compile(r"\befter\s+sommer(?:ferien)?\b"), (8, 31), "sæson"),
    (re.compile(r"\b(?:i\s+)?(?:løbet\s+af\s+)?(?:foråret|forår)\b"), (5, 31), "sæson"),
    (re.compile(r"\b(?:i\s+)?(?:løbet\s+af\s+)?(?:sommeren|sommer)\b"), (8, 31), "sæson"),
    (re.compile(r"\b(?:i\s+)?(?:løbet\s+af\s+)?(?:efteråret|efterår)\b"), (11, 30), "sæson"),
    (re.compile(r"\b(?:inden|før)\s+jul(?:eferien)?\b"), (12, 23), "sæson"),
    (re.compile(r"\b(?:inden|før)\s+(?:nytår|årets\s+udgang|udgangen\s+af\s+året)\b"), (12, 31), "sæson"),
)
_IN_SOME_TIME = re.compile(r"\bom\s+(\d{1,3}|en|et|to|tre|fire|fem|seks)\s+(dag|dage|uge|uger|måned|måneder|år)\b")
_NUMBER_WORDS = {"en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6}
_NEXT_YEAR = re.compile(r"\bnæste\s+år\b|\bi\s+løbet\s+af\s+næste\s+år\b")
_THIS_YEAR = re.compile(r"\b(?:i\s+år|inden\s+for\s+året|i\s+løbet\s+af\s+året)\b")


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
    for reader in (
        _read_exact,
        _read_week,
        _read_quarter,
        _read_half,
        _read_part_of_year,
        _read_season,  # before the months: "inden jul" is Christmas, not July ("jul")
        _read_month,
        _read_relative,
        _read_year,
        _read_asap,
    ):
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
    part, month, year = m[1], MONTHS[m[2]], m[3]
    end = _next_period_end(ref, month, year)
    if part in _PART_OF_MONTH_DAY:
        return ReadDate(end.replace(day=_PART_OF_MONTH_DAY[part]), "måned")
    return ReadDate(end, "måned")


def _read_part_of_year(t: str, ref: dt.date) -> ReadDate | None:
    if m := _PART_OF_YEAR.search(t):
        month, day = _PART_OF_YEAR_END[m[1]]
        return ReadDate(dt.date(int(m[2]), month, day), "år")
    return None


def _read_season(t: str, ref: dt.date) -> ReadDate | None:
    for pattern, (month, day), how in _SEASONS:
        if pattern.search(t):
            year_named = re.search(r"\b(20\d\d)\b", t)
            if year_named:
                return ReadDate(dt.date(int(year_named[1]), month, day), how)
            this_year = dt.date(ref.year, month, day)
            return ReadDate(this_year if this_year >= ref else dt.date(ref.year + 1, month, day), how)
    return None


def _read_relative(t: str, ref: dt.date) -> ReadDate | None:
    m = _IN_SOME_TIME.search(t)
    if not m:
        return None
    n = _NUMBER_WORDS.get(m[1]) or int(m[1])
    unit = m[2]
    if unit.startswith("dag"):
        return ReadDate(ref + dt.timedelta(days=n), "om")
    if unit.startswith("uge"):
        return ReadDate(ref + dt.timedelta(weeks=n), "om")
    months = n * 12 if unit == "år" else n
    year, month = divmod(ref.month - 1 + months, 12)
    year, month = ref.year + year, month + 1
    return ReadDate(dt.date(year, month, min(ref.day, calendar.monthrange(year, month)[1])), "om")


def _read_year(t: str, ref: dt.date) -> ReadDate | None:
    if _NEXT_YEAR.search(t):
        return ReadDate(dt.date(ref.year + 1, 12, 31), "år")
    if _THIS_YEAR.search(t):
        return ReadDate(dt.date(ref.year, 12, 31), "år")
    return None


def _read_asap(t: str, ref: dt.date) -> ReadDate | None:
    return ReadDate(ref, "snarest") if _ASAP.search(t) else None


def read_row_dates(hvornaar: str, opfoelgning: str, meeting_date: dt.date) -> tuple[ReadDate | None, ReadDate | None]:
    """A handleplan row's two dates: Hvornår from the meeting's date, Opfølgning from the Hvornår date when one
    was read (so "Ved årlig drøftelse i 4. kvartal" after "3. kvartal" is the 4th quarter after it)."""
    when = read_date(hvornaar, meeting_date)
    follow_from = when.date if when is not None and when.date > meeting_date else meeting_date
    return when, read_date(opfoelgning, follow_from)


NOT_READ = QT_TRANSLATE_NOOP("Deadlines", "ikke læst som dato")
_HOW = {  # how a date was read, in words (ReadDate.how keeps the Danish word as its code)
    "dato": QT_TRANSLATE_NOOP("Deadlines", "dato"),
    "uge": QT_TRANSLATE_NOOP("Deadlines", "uge"),
    "kvartal": QT_TRANSLATE_NOOP("Deadlines", "kvartal"),
    "halvår": QT_TRANSLATE_NOOP("Deadlines", "halvår"),
    "måned": QT_TRANSLATE_NOOP("Deadlines", "måned"),
    "år": QT_TRANSLATE_NOOP("Deadlines", "år"),
    "sæson": QT_TRANSLATE_NOOP("Deadlines", "sæson"),
    "om": QT_TRANSLATE_NOOP("Deadlines", "om"),
    "snarest": QT_TRANSLATE_NOOP("Deadlines", "snarest"),
}


def how_read(found: ReadDate) -> str:
    """ "dato", "kvartal" … in the current language."""
    return translate("Deadlines", _HOW.get(found.how, found.how))


def not_read() -> str:
    return translate("Deadlines", NOT_READ)


def describe(found: ReadDate | None) -> str:
    """How the chairs see what was read: "30.9.2027", "snarest", or "ikke læst som dato" (kept as written)."""
    if found is None:
        return translate("Deadlines", NOT_READ)
    if found.asap:
        return translate("Deadlines", "snarest")
    return f"{found.date.day}.{found.date.month}.{found.date.year}"


def derived_dates(values: dict, meeting_date: dt.date, current=None) -> dict:
    """The `…_dato` columns for a row whose Hvornår/Opfølgning are among `values` (the rest from `current`, the row
    as stored): both are read again, as Opfølgning counts from Hvornår's date (read_row_dates)."""
    if not any(field in values for field in DATED_FIELDS):
        return {}
    texts = {field: values.get(field, getattr(current, field, "") or "") for field in DATED_FIELDS}
    when, follow = read_row_dates(texts["hvornaar"], texts["opfoelgning"], meeting_date)
    return {"hvornaar_dato": when.date if when else None, "opfoelgning_dato": follow.date if follow else None}
