"""The year ahead and its calendar file, parsed back (toward the annual discussion)."""

import datetime as dt

from icalendar import Calendar

from drøftelse.documents.calendar_ics import render_ics
from drøftelse.domain.aarshjul import RowDates, year_ahead

TODAY = dt.date(2026, 11, 22)


def test_the_year_ahead_in_date_order_with_overdue_items():
    rows = [
        RowDates("Kemisk risikovurdering", TODAY - dt.timedelta(days=2), dt.date(2027, 6, 30), True),
        RowDates("Formidling", dt.date(2027, 9, 30), dt.date(2026, 12, 31), True),
        RowDates("Gennemført", dt.date(2027, 1, 31), None, False),
        RowDates("Langt ude", dt.date(2028, 6, 30), None, True),
    ]
    events = year_ahead(
        TODAY, dt.date(2025, 12, 1), dt.date(2024, 3, 1), rows, [("Łukasz Wiśniewski", dt.date(2027, 2, 1))]
    )
    assert [(e.date, e.kind) for e in events] == [
        (dt.date(2026, 11, 20), "handleplan"),
        (dt.date(2026, 12, 1), "årlig drøftelse"),
        (dt.date(2026, 12, 31), "opfølgning"),
        (dt.date(2027, 2, 1), "uddannelse"),
        (dt.date(2027, 3, 1), "APV"),
        (dt.date(2027, 6, 30), "opfølgning"),
        (dt.date(2027, 9, 30), "handleplan"),
    ]
    assert [e.overdue for e in events][:2] == [True, False]


def test_no_annual_discussion_yet_means_now():
    (event,) = year_ahead(TODAY, None, None, [], [])
    assert (event.date, event.title) == (TODAY, "Årlig arbejdsmiljødrøftelse")


def test_the_calendar_file_parses_back():
    events = year_ahead(
        TODAY, dt.date(2025, 12, 1), None, [RowDates("Kemi & <trucks> – Łódź", dt.date(2027, 3, 31), None, True)], []
    )
    cal = Calendar.from_ical(render_ics("AMO, Fjordens Lager & Logistik A/S", events))
    items = [c for c in cal.walk("VEVENT")]
    assert [(str(c["summary"]), c["dtstart"].dt) for c in items] == [
        ("Årlig arbejdsmiljødrøftelse", dt.date(2026, 12, 1)),
        ("Handleplan: Kemi & <trucks> – Łódź", dt.date(2027, 3, 31)),
    ]
    assert len({str(c["uid"]) for c in items}) == 2
    assert str(cal["x-wr-calname"]) == "Årshjul – AMO, Fjordens Lager & Logistik A/S"
