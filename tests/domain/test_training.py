"""Training rights of AMO members, with dated cases."""

import datetime as dt

from drøftelse.domain.training import MANDATORY, SUPPLEMENTARY, Course, training_status

TODAY = dt.date(2026, 11, 22)


def test_elected_this_year_first_year_two_days_mandatory_course_due():
    s = training_status(dt.date(2026, 9, 1), [], TODAY)
    assert (s.year_of_office, s.entitled_days, s.remaining_days) == (1, 2.0, 2.0)
    assert (s.mandatory_due, s.mandatory) == (dt.date(2026, 12, 1), "skal tages")
    assert (s.year_starts, s.year_ends) == (dt.date(2026, 9, 1), dt.date(2027, 8, 31))


def test_elected_this_year_mandatory_course_overdue():
    s = training_status(dt.date(2026, 6, 15), [], TODAY)
    assert (s.mandatory_due, s.mandatory) == (dt.date(2026, 9, 15), "overskredet")


def test_elected_last_year_second_year_one_and_a_half_days():
    courses = [
        Course(MANDATORY, dt.date(2025, 12, 10), 3),
        Course(SUPPLEMENTARY, dt.date(2026, 2, 3), 1.0),  # last funktionsår: lapsed
        Course(SUPPLEMENTARY, dt.date(2026, 10, 20), 1.0),
        Course(SUPPLEMENTARY, dt.date(2027, 3, 1), 0.5, planned=True),
    ]
    s = training_status(dt.date(2025, 10, 1), courses, TODAY)
    assert (s.year_of_office, s.entitled_days, s.used_days, s.planned_days) == (2, 1.5, 1.0, 0.5)
    assert s.remaining_days == 0.5 and s.mandatory == "gennemført"


def test_elected_five_years_ago():
    s = training_status(dt.date(2021, 11, 23), [Course(MANDATORY, dt.date(2022, 1, 20), 3)], TODAY)
    assert (s.year_of_office, s.entitled_days) == (5, 1.5)  # the 6th funktionsår starts tomorrow
    s = training_status(dt.date(2021, 11, 22), [Course(MANDATORY, dt.date(2022, 1, 20), 3)], TODAY)
    assert (s.year_of_office, s.year_starts) == (6, TODAY)


def test_a_member_who_left_has_no_entitlement():
    s = training_status(dt.date(2020, 5, 1), [], TODAY, left_on=dt.date(2026, 6, 30))
    assert (s.entitled_days, s.mandatory) == (0.0, "fratrådt")


def test_leap_day_election():
    s = training_status(dt.date(2024, 2, 29), [], dt.date(2025, 2, 28))
    assert s.year_of_office == 2 and s.year_starts == dt.date(2025, 2, 28)
