"""The day a sheet asks to be handed in by (issue 29, item 5): never a day already past. The boundaries: made the day
before the usual day, on it, after it, the day before the meeting, on the meeting's day, after the meeting."""

import datetime as dt

import pytest

from drøftelse.domain.danish_dates import long_date
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.hand_in import AT_MEETING, NOTHING, HandIn, decide_hand_in, must_ask, passed_note, proposal
from drøftelse.domain.hearing import return_by

MEETING = dt.date(2026, 12, 10)  # a Thursday
USUAL = dt.date(2026, 12, 7)  # the Monday, three days before
DAY = dt.timedelta(days=1)


def test_the_usual_day_is_three_days_before_a_weekday():
    assert return_by(MEETING) == USUAL
    assert return_by(dt.date(2026, 12, 14)) == dt.date(2026, 12, 11)  # a Monday's meeting: the Friday before


def test_made_the_day_before_the_usual_day_the_sheet_asks_for_it_and_no_one_is_asked():
    today = USUAL - DAY
    assert not must_ask(MEETING, today)
    assert decide_hand_in(MEETING, today) == HandIn(by=USUAL)
    assert passed_note(MEETING, today) == ""


def test_made_on_the_usual_day_the_chairs_are_asked_and_offered_the_day_before_the_meeting():
    assert must_ask(MEETING, USUAL)
    assert proposal(MEETING, USUAL) == HandIn(by=MEETING - DAY)
    assert decide_hand_in(MEETING, USUAL) == AT_MEETING  # no choice made (the command line): at the meeting
    assert passed_note(MEETING, USUAL) == (
        "Den sædvanlige afleveringsdato, 7. december 2026, er i dag: arkene siger »Aflever arket ved mødet«."
    )


def test_made_after_the_usual_day():
    today = USUAL + DAY
    assert must_ask(MEETING, today)
    assert proposal(MEETING, today) == HandIn(by=MEETING - DAY)
    assert decide_hand_in(MEETING, today) == AT_MEETING
    assert "7. december 2026, er passeret" in passed_note(MEETING, today)


def test_made_the_day_before_the_meeting_the_offer_is_at_the_meeting():
    today = MEETING - DAY
    assert must_ask(MEETING, today)
    assert proposal(MEETING, today) == AT_MEETING
    assert decide_hand_in(MEETING, today, HandIn(by=today)) == HandIn(by=today)  # today may be chosen


def test_made_on_the_meeting_day():
    assert must_ask(MEETING, MEETING)
    assert proposal(MEETING, MEETING) == AT_MEETING
    assert decide_hand_in(MEETING, MEETING) == AT_MEETING
    assert decide_hand_in(MEETING, MEETING, HandIn(by=MEETING)) == HandIn(by=MEETING)


def test_a_meeting_already_held_asks_for_no_day_and_no_one_is_asked():
    today = MEETING + DAY
    assert not must_ask(MEETING, today)
    assert decide_hand_in(MEETING, today) == NOTHING
    assert passed_note(MEETING, today) == (
        "Mødet blev holdt 10. december 2026: arkene beder ikke om at blive afleveret en bestemt dag."
    )
    with pytest.raises(DroeftelseError, match="kan ikke bede om at blive afleveret ved det"):
        decide_hand_in(MEETING, today, AT_MEETING)


def test_a_monday_meeting_offers_the_friday_before_while_it_is_to_come():
    monday = dt.date(2026, 12, 14)
    assert proposal(monday, dt.date(2026, 12, 11)) == AT_MEETING  # made on that Friday
    assert not must_ask(monday, dt.date(2026, 12, 10))
    assert proposal(dt.date(2026, 12, 21), dt.date(2026, 12, 18)) == AT_MEETING
    assert proposal(dt.date(2026, 12, 21), dt.date(2026, 12, 17)) == HandIn(by=dt.date(2026, 12, 18))


@pytest.mark.parametrize(
    "chosen, refused",
    [
        (HandIn(by=USUAL), "Afleveringsdatoen 7. december 2026 er allerede passeret"),
        (HandIn(by=MEETING + DAY), r"ligger efter mødet \(10. december 2026\)"),
    ],
)
def test_a_day_chosen_before_today_or_after_the_meeting_is_refused(chosen, refused):
    with pytest.raises(DroeftelseError, match=refused):
        decide_hand_in(MEETING, USUAL + DAY, chosen)


def test_a_choice_made_before_the_usual_day_is_kept():
    assert decide_hand_in(MEETING, USUAL - 2 * DAY, AT_MEETING) == AT_MEETING
    assert decide_hand_in(MEETING, USUAL - 2 * DAY, HandIn(by=MEETING - DAY)) == HandIn(by=MEETING - DAY)


def test_never_a_day_before_today_and_asked_exactly_when_the_usual_day_is_not_ahead():
    for meeting in (MEETING + n * DAY for n in range(7)):
        for today in (meeting - n * DAY for n in range(-3, 12)):
            made = decide_hand_in(meeting, today)
            offered = proposal(meeting, today)
            assert made.by is None or today < made.by <= meeting
            assert offered.by is None or today < offered.by < meeting
            assert must_ask(meeting, today) == (made == AT_MEETING)
            assert (made == NOTHING) == (meeting < today)


def test_the_command_line_says_ved_moedet_tells_the_chairs_and_takes_senest(db, db_path, templates, tmp_path):
    from conftest import run_cli
    from pypdf import PdfReader

    from drøftelse.services.meetings import create_demo, update_meeting

    today = dt.date.today()
    meeting = create_demo(db, templates)
    update_meeting(db, meeting, date=today + 2 * DAY)  # the usual day was yesterday
    made = run_cli("--db", str(db_path), "ark", str(meeting), "--out", str(tmp_path / "ark"))
    assert made.returncode == 0, made.stderr
    assert "er passeret: arkene siger »Aflever arket ved mødet«. Vælg en anden dato med --senest DATO." in made.stderr
    sheet = next((tmp_path / "ark").glob("*Łukasz*"))
    assert "Aflever arket ved mødet." in " ".join(PdfReader(sheet).pages[0].extract_text().split())

    refused = run_cli(
        "--db", str(db_path), "ark", str(meeting), "--out", str(tmp_path / "ud"), "--senest", "2020-01-01"
    )
    assert refused.returncode == 2 and "Afleveringsdatoen 1. januar 2020 er allerede passeret" in refused.stderr
    assert not (tmp_path / "ud").exists()
    tomorrow = (today + DAY).isoformat()
    again = run_cli("--db", str(db_path), "ark", str(meeting), "--out", str(tmp_path / "igen"), "--senest", tomorrow)
    assert again.returncode == 0 and again.stderr == ""
    sheet = next((tmp_path / "igen").glob("*Łukasz*"))
    text = " ".join(PdfReader(sheet).pages[0].extract_text().split())
    assert f"Aflever arket senest {long_date(today + DAY)}." in text
