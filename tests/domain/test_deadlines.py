"""Reading a date out of Hvornår? and Opfølgning?: a table of real phrasings, relative to the meeting's date."""

import datetime as dt

import pytest

from drøftelse.domain.deadlines import describe, read_date, read_row_dates

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
    # how chairs write it (issue 13), the meeting on Friday 20.11.2026
    ("inden sommerferien", dt.date(2027, 6, 30), "sæson"),
    ("Før sommerferien 2027", dt.date(2027, 6, 30), "sæson"),
    ("efter sommerferien", dt.date(2027, 8, 31), "sæson"),
    ("i foråret", dt.date(2027, 5, 31), "sæson"),
    ("I løbet af foråret 2028", dt.date(2028, 5, 31), "sæson"),
    ("i efteråret", dt.date(2026, 11, 30), "sæson"),  # this autumn is not over on 20.11.
    ("i efteråret 2027", dt.date(2027, 11, 30), "sæson"),
    ("i sommer", dt.date(2027, 8, 31), "sæson"),
    ("inden jul", dt.date(2026, 12, 23), "sæson"),
    ("før jul", dt.date(2026, 12, 23), "sæson"),
    ("inden årets udgang", dt.date(2026, 12, 31), "sæson"),
    ("om 3 måneder", dt.date(2027, 2, 20), "om"),
    ("om tre måneder", dt.date(2027, 2, 20), "om"),
    ("om 2 uger", dt.date(2026, 12, 4), "om"),
    ("om et år", dt.date(2027, 11, 20), "om"),
    ("om 10 dage", dt.date(2026, 11, 30), "om"),
    ("næste år", dt.date(2027, 12, 31), "år"),
    ("i løbet af næste år", dt.date(2027, 12, 31), "år"),
    ("i år", dt.date(2026, 12, 31), "år"),
    ("primo marts", dt.date(2027, 3, 10), "måned"),
    ("medio marts", dt.date(2027, 3, 15), "måned"),
    ("ultimo marts", dt.date(2027, 3, 31), "måned"),
    ("primo februar 2028", dt.date(2028, 2, 10), "måned"),
    ("ultimo 2027", dt.date(2027, 12, 31), "år"),
    ("primo 2027", dt.date(2027, 1, 31), "år"),
    ("medio 2027", dt.date(2027, 6, 30), "år"),
    ("uge 5 2027", dt.date(2027, 2, 5), "uge"),
    ("1.3.27", dt.date(2027, 3, 1), "dato"),
    ("1/3-2027", dt.date(2027, 3, 1), "dato"),
]

NO_DATE = [
    "",
    "   ",
    "Leder undersøger muligheder og præsenterer for AMO.",
    "løbende",
    "Når budgettet er vedtaget",
    "marked for kursus",  # "mar" inside a word is no month
    "31.2.2027",  # no such day
    "uge 60",
    "nu er vi i gang",
    "når vi har tid",
    "efter aftale",
    "om lidt",
    "i god tid",
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
    assert describe(read_date("når budgettet er vedtaget", MEETING)) == "ikke læst som dato"


def test_there_are_forty_or_more_phrasings_in_the_table():
    assert len(CASES) >= 40 and len({text for text, _, _ in CASES}) == len(CASES)


def test_a_follow_up_is_read_from_the_rows_own_date_never_before_it():
    # the row: a meeting on 23.11.2026, Hvornår "3. kvartal", Opfølgning "… i 4. kvartal"
    meeting = dt.date(2026, 11, 23)
    when, follow = read_row_dates("3. kvartal", "Ved årlig drøftelse i 4. kvartal", meeting)
    assert (when.date, follow.date) == (dt.date(2027, 9, 30), dt.date(2027, 12, 31))
    # read alone from the meeting's date it would be 31.12.2026: before the work it follows up
    assert read_date("Ved årlig drøftelse i 4. kvartal", meeting).date == dt.date(2026, 12, 31)
    # no Hvornår date, or one already passed: the follow-up counts from the meeting
    assert read_row_dates("løbende", "om 3 måneder", meeting)[1].date == dt.date(2027, 2, 23)
    assert read_row_dates("snarest", "om 3 måneder", meeting)[1].date == dt.date(2027, 2, 23)
    when, follow = read_row_dates("inden sommerferien", "efter sommerferien", meeting)
    assert (when.date, follow.date) == (dt.date(2027, 6, 30), dt.date(2027, 8, 31))


def test_a_date_is_read_from_the_start_of_a_long_text_only():
    from drøftelse.domain.deadlines import READ_CHARS

    ref = dt.date(2026, 11, 20)
    assert read_date("3. kvartal " + "x" * 100_000, ref).date == dt.date(2027, 9, 30)
    assert read_date("y" * READ_CHARS + " 3. kvartal", ref) is None
