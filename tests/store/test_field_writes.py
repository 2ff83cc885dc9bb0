"""Issue 27, point 1: no field is last-writer-wins. Every editable value is written with the value the window
showed; a value the other chair changed since is refused with both values (FieldChanged), a different field of
the same row goes through, and an edit of one field never changes another field's stored value. On SQLite and on
a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt

import pytest

from drøftelse.domain.annual import ANNUAL_KIND, Verdict
from drøftelse.domain.errors import FieldChanged
from drøftelse.domain.hearing import Question
from drøftelse.services import annual
from drøftelse.services import hearing as hearing_service
from drøftelse.services import meetings as service
from drøftelse.store.demo import create_annual_demo


@pytest.fixture
def db(any_db):
    return any_db


@pytest.fixture
def meeting(db, templates):
    return create_annual_demo(db, templates, today=dt.date(2026, 11, 20))


def refused(call, *args, **kwargs) -> FieldChanged:
    with pytest.raises(FieldChanged) as e:
        call(*args, **kwargs)
    return e.value


def test_meeting_fields_and_settings(db, meeting):
    shown = service.get_meeting(db, meeting)
    service.update_meeting(db, meeting, seen={"title": shown.title}, title="A's titel")  # chair A
    e = refused(service.update_meeting, db, meeting, seen={"title": shown.title}, title="B's titel")  # stale B
    assert (e.what, e.current_value, e.yours) == ("Mødets titel", "A's titel", "B's titel")
    assert "Mødets titel er ændret et andet sted" in e.message
    service.update_meeting(db, meeting, seen={"place": shown.place}, place="Kantinen")  # another field: fine
    after = service.get_meeting(db, meeting)
    assert (after.title, after.place) == ("A's titel", "Kantinen")
    # the same value from both: nothing to ask
    service.update_meeting(db, meeting, seen={"title": shown.title}, title="A's titel")
    service.update_meeting(db, meeting, seen={"date": shown.date}, date=dt.date(2026, 12, 1))
    e = refused(service.update_meeting, db, meeting, seen={"date": shown.date}, date=dt.date(2026, 12, 2))
    assert e.current_value == dt.date(2026, 12, 1)

    settings = service.meeting_settings(db, meeting)
    service.update_meeting_settings(db, meeting, seen={"order": settings.get("order")}, order=["a", "b"])
    e = refused(service.update_meeting_settings, db, meeting, seen={"order": settings.get("order")}, order=["b"])
    assert (e.what, e.current_value) == ("Punkternes rækkefølge", ["a", "b"])
    service.update_meeting_settings(db, meeting, seen={"speaker_minutes": None}, speaker_minutes=3)
    assert service.meeting_settings(db, meeting)["order"] == ["a", "b"]  # the other setting is kept


def test_participants_name_role_present_and_order(db, meeting):
    people = service.participants(db, meeting)
    p = people[0]
    service.update_participant(db, p.id, seen={"name": p.name}, name="Mette K. Andersen")
    e = refused(service.update_participant, db, p.id, seen={"name": p.name}, name="Mette Andersen")
    assert (e.what, e.current_value) == ("Deltagerens navn", "Mette K. Andersen")
    service.update_participant(db, p.id, seen={"present": p.present}, present=not p.present)
    assert refused(service.update_participant, db, p.id, seen={"present": p.present}, present=p.present)
    service.update_participant(db, p.id, seen={"role": p.role}, role="Direktør")  # the other fields stay
    now = service.participants(db, meeting)[0]
    assert (now.name, now.role, now.present) == ("Mette K. Andersen", "Direktør", not p.present)
    assert now.version > p.version
    order = [x.id for x in people]
    service.move_participant(db, people[2].id, 0, seen_order=order)
    e = refused(service.move_participant, db, people[1].id, 0, seen_order=order)
    assert e.current_value == [order[2], order[0], order[1], *order[3:]]


def test_goals_verdicts_and_their_comments(db, meeting):
    goal = annual.goals(db, meeting)[0]
    annual.update_goal(db, goal.id, "A's mål", seen=goal.text)
    e = refused(annual.update_goal, db, goal.id, "B's mål", seen=goal.text)
    assert (e.what, e.current_value, e.yours) == ("Målet", "A's mål", "B's mål")

    ev = annual.evaluation(db, meeting)
    row = ev.rows[0]  # judged "nået" by the demo: the handleplan row is "gennemført"
    assert row.verdict == Verdict.NAAET
    stale_comment = row.comment
    # B's window still shows the row as it was before A judged it again …
    annual.set_verdict(db, meeting, Verdict.DELVIST, goal_id=None, action_item_id=row.action_item_id, seen=row.verdict)
    e = refused(
        annual.set_verdict, db, meeting, Verdict.IKKE_NAAET, action_item_id=row.action_item_id, seen=Verdict.NAAET
    )
    assert e.current_value == Verdict.DELVIST
    # … and B types a comment: only the comment is written, A's verdict and the row's status stay
    status = service.action_item(db, row.action_item_id).status
    annual.set_verdict_comment(db, meeting, "B's kommentar", action_item_id=row.action_item_id, seen=stale_comment)
    again = annual.evaluation(db, meeting).rows[0]
    assert (again.verdict, again.comment) == (Verdict.DELVIST, "B's kommentar")
    assert service.action_item(db, row.action_item_id).status == status
    e = refused(
        annual.set_verdict_comment, db, meeting, "A's kommentar", action_item_id=row.action_item_id, seen=stale_comment
    )
    assert (e.what, e.current_value) == ("Kommentaren til vurderingen", "B's kommentar")
    # a comment on a goal nobody judged yet makes no verdict
    fresh = annual.add_goal(db, meeting, "Nyt mål")
    annual.set_verdict_comment(db, meeting, "Bare en note", goal_id=fresh, seen="")


def test_plan_lines_members_and_the_mandatory_course(db, meeting):
    item = annual.plan_items(db, meeting)[0]
    annual.update_plan_item(db, item.id, seen={"hvad": item.hvad}, hvad="A's kursus")
    e = refused(annual.update_plan_item, db, item.id, seen={"hvad": item.hvad}, hvad="B's kursus")
    assert e.current_value == "A's kursus"
    annual.update_plan_item(db, item.id, seen={"days": item.days}, days=2.5)  # another field of the line: fine
    now = annual.plan_items(db, meeting)[0]
    assert (now.hvad, now.days) == ("A's kursus", 2.5)

    cid = service.get_meeting(db, meeting).committee_id
    before = annual.members_version(db, cid)
    m = annual.members(db, cid, dt.date(2026, 11, 20))[0]
    annual.update_member(db, m.id, seen={"contact": m.contact}, contact="lokal 12")
    assert annual.members_version(db, cid) != before  # the other window sees that a member changed
    e = refused(annual.update_member, db, m.id, seen={"contact": m.contact}, contact="lokal 13")
    assert (e.what, e.current_value) == ("Kontakten", "lokal 12")
    annual.update_member(db, m.id, seen={"group_name": m.group_name}, group_name="Kontoret")
    annual.set_mandatory_course(db, m.id, dt.date(2024, 1, 2), seen=m.mandatory_on)
    e = refused(annual.set_mandatory_course, db, m.id, dt.date(2024, 1, 3), seen=m.mandatory_on)
    assert e.current_value == dt.date(2024, 1, 2)
    mid = annual.add_training(db, m.id, "Kursus", dt.date(2026, 3, 1), 1.0)
    changed = annual.members_version(db, cid)
    annual.delete_training(db, mid)
    assert annual.members_version(db, cid) != changed


def test_hearing_questions(db, meeting, templates):
    asked = hearing_service.questions(db, templates, meeting)
    mine = [Question(q.step, q.text + " (A)", q.id) for q in asked]
    stored = hearing_service.save_questions(db, templates, meeting, mine, seen=asked)
    theirs = [Question(q.step, q.text + " (B)", q.id) for q in asked]
    e = refused(hearing_service.save_questions, db, templates, meeting, theirs, seen=asked)
    assert (e.what, e.current_value) == ("Høringsspørgsmålene", stored)
    assert hearing_service.questions(db, templates, meeting) == stored


def test_without_seen_a_script_writes_whatever_is_there(db, meeting):
    """The command line and the demo write without a seen value, as before."""
    service.update_meeting(db, meeting, title="Fra et script")
    service.update_meeting(db, meeting, title="Igen")
    assert service.get_meeting(db, meeting).title == "Igen"
    assert service.get_meeting(db, meeting).kind == ANNUAL_KIND


def while_the_other_holds(db, first, second):
    """`first` runs in a transaction held open on another thread; `second` starts meanwhile (it waits for the
    lock, or it does not: the race), then `first` commits. Returns what `second` raised, or None."""
    import threading
    import time

    written, release, outcome = threading.Event(), threading.Event(), {}

    def hold():
        with db.transaction():
            first()
            written.set()
            release.wait(10)

    def race():
        try:
            with db.transaction():
                second()
        except Exception as e:  # noqa: BLE001 - what the second chair was told
            outcome["error"] = e

    holder = threading.Thread(target=hold)
    holder.start()
    assert written.wait(10)
    racer = threading.Thread(target=race)
    racer.start()
    time.sleep(0.5)  # the second is waiting on the first's lock by now (or has slipped past it)
    release.set()
    holder.join(20)
    racer.join(20)
    return outcome.get("error")


def test_two_first_saves_of_the_hearing_questions(db, meeting, templates):
    """Found by tests/random_writer.py: with no question stored yet there was no row to lock, and two chairs'
    first saves stored ten questions."""
    proposed = hearing_service.questions(db, templates, meeting)
    mine = [Question(q.step, q.text + " (A)") for q in proposed]
    theirs = [Question(q.step, q.text + " (B)") for q in proposed]
    template = templates.get(service.get_meeting(db, meeting).kind)
    from drøftelse.store import hearing as store_hearing

    error = while_the_other_holds(
        db,
        lambda: store_hearing.save_questions(db, meeting, template, mine, proposed),
        lambda: store_hearing.save_questions(db, meeting, template, theirs, proposed),
    )
    assert isinstance(error, FieldChanged)
    assert [q.text for q in hearing_service.questions(db, templates, meeting)] == [q.text for q in mine]


def test_two_first_verdicts_on_the_same_goal(db, meeting):
    """Found by tests/random_writer.py: two first verdicts both inserted a row, and the second chair met an
    IntegrityError instead of the question."""
    goal = annual.evaluation(db, meeting).goals[1]
    assert goal.verdict is None
    error = while_the_other_holds(
        db,
        lambda: annual.set_verdict(db, meeting, Verdict.NAAET, goal_id=goal.goal_id, seen=None),
        lambda: annual.set_verdict(db, meeting, Verdict.IKKE_NAAET, goal_id=goal.goal_id, seen=None),
    )
    assert isinstance(error, FieldChanged) and error.current_value == Verdict.NAAET
    assert annual.evaluation(db, meeting).goals[1].verdict == Verdict.NAAET


def test_two_first_dates_of_the_mandatory_course(db, meeting):
    cid = service.get_meeting(db, meeting).committee_id
    m = next(x for x in annual.members(db, cid, dt.date(2026, 11, 20)) if x.mandatory_on is None)
    error = while_the_other_holds(
        db,
        lambda: annual.set_mandatory_course(db, m.id, dt.date(2026, 12, 1), seen=None),
        lambda: annual.set_mandatory_course(db, m.id, dt.date(2026, 12, 2), seen=None),
    )
    assert isinstance(error, FieldChanged) and error.current_value == dt.date(2026, 12, 1)
    again = next(x for x in annual.members(db, cid, dt.date(2026, 11, 20)) if x.id == m.id)
    assert again.mandatory_on == dt.date(2026, 12, 1)


def test_two_moves_in_the_order_of_the_round(db, meeting):
    """Found by tests/random_writer.py: PostgreSQL sorted the rows before it waited for the lock, so the second
    chair's stale order passed the check and its move landed on top of the first's."""
    order = [p.id for p in service.participants(db, meeting)]
    error = while_the_other_holds(
        db,
        lambda: service.move_participant(db, order[2], 0, seen_order=order),
        lambda: service.move_participant(db, order[3], 0, seen_order=order),
    )
    assert isinstance(error, FieldChanged)
    assert [p.id for p in service.participants(db, meeting)] == [order[2], order[0], order[1], order[3]]
