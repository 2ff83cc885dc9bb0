"""Reading a date out of Hvornår? and Opfølgning?: a table of real phrasings, relative to the meeting's date."""

import datetime as dt

import pytest

from drøftelse.domain.deadlines import describe, read_date

MEETING = dt.date(2026, 11, 20)  # a Friday in 4th quarter

CASES = [
    # the source's own example rows
    ("3. kvartal.", dt.date(2027, 9, 30), "kvartal"),
    ("2. kvartal.", dt.date(2027, 6, 30), "kvartal"),
    ("Så hurtigt som muligt.", MEETING, "snarest"),
    ("Ved årlig drøftelse i 4. kvartal gør vi status efter input fra de ansatte.", dt.date(2026, 12, 31), "kvartal"),
    ("Ved møde i AMO 3. kvartal; dernæst årlig drøftelse.", dt.date(2027, 9, 30), "kvartal"),
    # the phrasings
    ("2. kvartal 2027", dt.date(2027, 6, 30), "kvartal"),
    ("marts", dt.date(2027, 3, 31), "måned"),
    ("uge 12", dt.date(2027, 3, 26), "uge"),
    ("15.3.2027", dt.date(2027, 3, 15), "dato"),
    # more of how people write
    ("Q1 2027", dt.date(2027, 3, 31), "kvartal"),
    ("4. kvt.", dt.date(2026, 12, 31), "kvartal"),
    ("i november", dt.date(2026, 11, 30), "måned"),
    ("ultimo januar", dt.date(2027, 1, 31), "måned"),
    ("senest 1. februar", dt.date(2027, 2, 1), "dato"),
    ("1. marts 2028", dt.date(2028, 3, 1), "dato"),
    ("01-12-26", dt.date(2026, 12, 1), "dato"),
    ("2027-04-15", dt.date(2027, 4, 15), "dato"),
    ("Uge 3, 2027", dt.date(2027, 1, 22), "uge"),
    ("uge 47", dt.date(2026, 11, 20), "uge"),  # this week's Friday is the meeting's own day
    ("1. halvår 2027", dt.date(2027, 6, 30), "halvår"),
    ("2. halvår", dt.date(2026, 12, 31), "halvår"),
    ("snarest", MEETING, "snarest"),
    ("Straks – inden næste møde", MEETING, "snarest"),
    ("hurtigst muligt", MEETING, "snarest"),
    ("maj-møde i AMO", dt.date(2027, 5, 31), "måned"),
]

NO_DATE = [
    "inden sommerferien",
    "",
    "   ",
    "Leder undersøger muligheder og præsenterer for AMO.",
    "løbende",
    "Når budgettet er vedtaget",
    "marked for kursus",  # "mar" inside a word is no month
    "31.2.2027",  # no such day
    "uge 60",
    "nu er vi i gang",
]


@pytest.mark.parametrize("text,expected,how", CASES)
def test_reads_a_date(text, expected, how):
    found = read_date(text, MEETING)
    assert found is not None, text
    assert (found.date, found.how) == (expected, how)


@pytest.mark.parametrize("text", NO_DATE)
def test_reads_no_date(text):
    assert read_date(text, MEETING) is None


def test_year_less_period_is_the_next_not_yet_over():
    # "1. kvartal" said in January means this quarter; said in April it means next year's
    assert read_date("1. kvartal", dt.date(2027, 1, 10)).date == dt.date(2027, 3, 31)
    assert read_date("1. kvartal", dt.date(2027, 4, 1)).date == dt.date(2028, 3, 31)
    assert read_date("december", dt.date(2026, 12, 31)).date == dt.date(2026, 12, 31)


def test_describe_for_the_chairs():
    assert describe(read_date("15.3.2027", MEETING)) == "15.3.2027"
    assert describe(read_date("så hurtigt som muligt", MEETING)) == "snarest"
    assert describe(read_date("inden sommerferien", MEETING)) == "ingen dato"


def test_a_date_is_read_from_the_start_of_a_long_text_only():
    from drøftelse.domain.deadlines import READ_CHARS

    ref = dt.date(2026, 11, 20)
    assert read_date("3. kvartal " + "x" * 100_000, ref).date == dt.date(2027, 9, 30)
    assert read_date("y" * READ_CHARS + " 3. kvartal", ref) is None
