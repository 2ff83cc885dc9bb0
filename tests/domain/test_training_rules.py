"""Issue 29, point 1: training as the law counts it (docs/sources.md, checked 6.12.2026). The mandatory course is
due three calendar months after tiltrædelse; the first year's two days must be offered within nine months of the
mandatory course; later years' 1½ days may be pooled into 3 by a written agreement, never the first year's; what is
recorded is the offer. Boundaries on both sides, the årshjul, and an old database's election dates carried over as
assumed tiltrædelse."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest
from conftest import FIXTURES, dump, rows

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.training import (
    MANDATORY,
    Course,
    Offer,
    check_pooling,
    offer_text,
    training_status,
)
from drøftelse.services import annual
from drøftelse.services import meetings as service
from drøftelse.services.listing import year_ahead
from drøftelse.store.database import open_database

D = dt.date


@pytest.mark.parametrize(
    ("took_office", "due"),
    [
        (D(2026, 9, 30), D(2026, 12, 30)),
        (D(2026, 11, 30), D(2027, 2, 28)),  # no 30 February: the month's last day
        (D(2026, 1, 31), D(2026, 4, 30)),
    ],
)
def test_the_mandatory_course_is_due_three_calendar_months_after_tiltraedelse(took_office, due):
    on_the_day = training_status(took_office, [], due)
    assert (on_the_day.mandatory_due, on_the_day.mandatory) == (due, "skal tages")
    day_after = training_status(took_office, [], due + dt.timedelta(days=1))
    assert day_after.mandatory == "overskredet"
    taken = training_status(took_office, [Course(MANDATORY, due, 3)], due + dt.timedelta(days=1))
    assert taken.mandatory == "gennemført"


def test_the_first_years_offer_is_due_nine_months_after_the_mandatory_course():
    took_office, course = D(2026, 1, 10), D(2026, 3, 15)
    courses = [Course(MANDATORY, course, 3)]
    before = training_status(took_office, [], D(2026, 2, 1))
    assert before.offer_due is None  # not known before the mandatory course is taken
    assert offer_text(before) == "tilbydes inden 9 måneder efter den obligatoriske uddannelse"
    st = training_status(took_office, courses, D(2026, 12, 15))
    assert (st.year_of_office, st.entitled_days, st.offer_due) == (1, 2.0, D(2026, 12, 15))
    assert offer_text(st) == "skal tilbydes senest 15.12.2026"
    offered = training_status(took_office, courses, D(2026, 12, 16), offers=[Offer(D(2026, 11, 2), 2.0, "udskudt")])
    assert offered.offered_days == 2.0 and offer_text(offered) == "tilbudt 2 dage"


def test_the_first_years_offer_is_never_due_after_the_first_year():
    st = training_status(D(2026, 1, 1), [Course(MANDATORY, D(2026, 6, 1), 3)], D(2026, 7, 1))
    assert st.offer_due == D(2026, 12, 31)  # nine months would be 1.3.2027, after the first funktionsår


def test_later_years_one_and_a_half_days_offered_within_the_year():
    st = training_status(D(2024, 5, 1), [Course(MANDATORY, D(2024, 6, 1), 3)], D(2026, 6, 1))
    assert (st.year_of_office, st.entitled_days, st.offer_due, st.lapses_on) == (3, 1.5, D(2027, 4, 30), D(2027, 4, 30))


def test_pooling_two_later_years_into_three_days_and_never_the_first():
    with pytest.raises(DroeftelseError, match="første funktionsår"):
        check_pooling(1)
    check_pooling(2)
    courses = [Course(MANDATORY, D(2024, 6, 1), 3)]
    year2 = training_status(D(2024, 5, 1), courses, D(2025, 6, 1), pooled={2})
    assert (year2.year_of_office, year2.entitled_days, year2.pooled) == (2, 3.0, 2)
    assert year2.lapses_on == D(2027, 4, 30)  # the days lapse only at the pooled second year's end
    year3 = training_status(
        D(2024, 5, 1),
        [*courses, Course("supplerende", D(2025, 9, 1), 1.0)],
        D(2026, 6, 1),
        pooled={2},
    )
    assert (year3.entitled_days, year3.used_days, year3.remaining_days) == (3.0, 1.0, 2.0)
    unpooled = training_status(D(2024, 5, 1), courses, D(2025, 6, 1))
    assert (unpooled.entitled_days, unpooled.lapses_on) == (1.5, D(2026, 4, 30))


@pytest.fixture
def db(any_db):
    return any_db


def test_offers_and_pooling_are_recorded_and_the_arshjul_follows_them(db, db_path):
    cid = service.create_committee(db, "AMO Lager")
    today = D(2026, 12, 6)
    mette = annual.add_member(db, cid, "Mette", "AMR", D(2024, 12, 1), took_office_on=D(2025, 1, 15))
    annual.set_mandatory_course(db, mette, D(2025, 2, 20))
    (line,) = annual.members(db, cid, today)
    assert (line.took_office_on, line.took_office_assumed) == (D(2025, 1, 15), False)
    assert line.status.year_of_office == 2 and line.status.offer_due == D(2027, 1, 14)
    offer = annual.add_offer(db, mette, D(2026, 3, 1), 1.5, "Psykisk arbejdsmiljø", "accepteret")
    (line,) = annual.members(db, cid, today)
    assert [o.id for o in line.offers] == [offer] and line.status.offered_days == 1.5
    annual.set_offer_answer(db, offer, "afslaaet", seen="accepteret")
    assert annual.members(db, cid, today)[0].offers[0].answer == "afslaaet"
    with pytest.raises(DroeftelseError, match="første funktionsår"):
        annual.agree_pooling(db, mette, 1, D(2026, 1, 5))
    annual.agree_pooling(db, mette, 2, D(2026, 1, 5), "Referat fra AMO-mødet 5.1.2026")
    with pytest.raises(DroeftelseError, match="allerede lagt sammen"):
        annual.agree_pooling(db, mette, 3, D(2026, 1, 6))
    (line,) = annual.members(db, cid, today)
    assert (line.status.entitled_days, line.status.lapses_on, line.status.pooled) == (3.0, D(2028, 1, 14), 2)
    if db.dialect == "sqlite":  # the årshjul reads the file with plain sqlite3
        titles = [(e.date, e.title) for e in year_ahead(db, cid, today)]
        assert not any("bortfalder" in t and d == D(2027, 1, 14) for d, t in titles)  # pooled: not at year 2's end


def test_a_refused_pooling_changes_nothing(db_path):
    db = open_database(db_path)
    cid = service.create_committee(db, "AMO")
    member = annual.add_member(db, cid, "Ove", "AMR", D(2026, 8, 1))
    before = dump(db_path)
    with pytest.raises(DroeftelseError):
        annual.agree_pooling(db, member, 1, D(2026, 9, 1))
    assert dump(db_path) == before
    db.dispose()


def test_an_old_databases_election_dates_become_assumed_tiltraedelse(tmp_path):
    path = tmp_path / "gammel.sqlite"
    shutil.copy(FIXTURES / "revision-0012-demo.sqlite", path)
    conn = sqlite3.connect(path)
    (committee,) = conn.execute("SELECT id FROM committee").fetchone()
    for name, elected in (("Mette", "2024-03-01"), ("Ove", None)):
        conn.execute(
            "INSERT INTO member (committee_id, name, role, elected_on, formandskab, active) "
            "VALUES (?, ?, 'AMR', ?, 0, 1)",
            (committee, name, elected),
        )
    conn.commit()
    conn.close()
    elected = rows(path, "SELECT id, elected_on FROM member ORDER BY id")
    assert len(elected) == 2
    db = open_database(path)
    db.dispose()
    assert rows(path, "SELECT id, took_office_on, took_office_assumed FROM member ORDER BY id") == [
        (i, e, 1 if e is not None else 0) for i, e in elected
    ]
