"""Edits the wizard makes through the store: the order of the round and of the handleplan stays 0, 1, 2 …"""

import datetime as dt

import pytest

from drøftelse.domain.actions import ActionFields
from drøftelse.domain.annual import LAST_YEAR, NEW
from drøftelse.store import action_items as action_store
from drøftelse.store import annual as annual_store
from drøftelse.store import competence_plan as plan_store
from drøftelse.store import meetings as store


@pytest.fixture
def db(any_db):  # issue 16: each test here runs on a SQLite file and on a PostgreSQL database (conftest.any_db)
    return any_db


def test_participants_move_and_close_up_after_a_removal(db, templates):
    mid = store.create_meeting(
        db, store.create_committee(db, "AMO"), templates.get("kompetencedroeftelse"), "Møde", dt.date(2026, 11, 20)
    )
    ids = [store.add_participant(db, mid, name) for name in ("Anna", "Bo", "Cecilie", "Dorte")]
    store.move_participant(db, ids[3], 0)
    assert [p.name for p in store.participants(db, mid)] == ["Dorte", "Anna", "Bo", "Cecilie"]
    store.set_answer(db, mid, ids[1], "forberedelse", "styrke", "Bo's tekst")
    store.delete_participant(db, ids[1])
    people = store.participants(db, mid)
    assert [(p.name, p.position) for p in people] == [("Dorte", 0), ("Anna", 1), ("Cecilie", 2)]
    assert store.answers(db, mid) == {}  # the removed participant's text went with them
    store.move_participant(db, ids[0], 99)
    assert [p.name for p in store.participants(db, mid)] == ["Dorte", "Cecilie", "Anna"]


def test_a_follow_up_date_follows_the_rows_own_date(db, templates):
    cid = store.create_committee(db, "AMO")
    mid = store.create_meeting(db, cid, templates.get("kompetencedroeftelse"), "Møde", dt.date(2026, 11, 23))
    row = action_store.add_action_item(
        db, mid, ActionFields(hvornaar="3. kvartal", opfoelgning="Ved årlig drøftelse i 4. kvartal")
    )
    item = action_store.action_item(db, row)
    assert (item.hvornaar_dato, item.opfoelgning_dato) == (dt.date(2027, 9, 30), dt.date(2027, 12, 31))
    # Hvornår moved to "snarest": the follow-up is read from the meeting's date again
    action_store.update_action_item(db, row, hvornaar="snarest")
    assert action_store.action_item(db, row).opfoelgning_dato == dt.date(2026, 12, 31)
    # only Opfølgning edited: it is read from the row's stored Hvornår
    action_store.update_action_item(db, row, hvornaar="2. halvår 2027")
    action_store.update_action_item(db, row, opfoelgning="om 3 måneder")
    assert action_store.action_item(db, row).opfoelgning_dato == dt.date(2028, 3, 31)
    action_store.update_action_item(db, row, opfoelgning="når budgettet er vedtaget")
    assert action_store.action_item(db, row).opfoelgning_dato is None  # kept as written, never guessed


def test_what_is_added_goes_after_the_last_after_a_removal_too(db, templates):
    """store/positions.next_position: the participants, rows, goals (each kind on its own) and plan lines."""
    mid = store.create_meeting(
        db,
        store.create_committee(db, "AMO"),
        templates.get("aarlig_arbejdsmiljoedroeftelse"),
        "Møde",
        dt.date(2026, 11, 20),
    )
    first, _ = store.add_participant(db, mid, "Anna"), store.add_participant(db, mid, "Bo")
    store.delete_participant(db, first)
    store.add_participant(db, mid, "Cecilie")
    assert [(p.name, p.position) for p in store.participants(db, mid)] == [("Bo", 0), ("Cecilie", 1)]
    rows = [action_store.add_action_item(db, mid, ActionFields(hvad=t)) for t in ("a", "b")]
    action_store.delete_action_item(db, rows[0])
    action_store.add_action_item(db, mid, ActionFields(hvad="c"))
    assert [(r.hvad, r.position) for r in action_store.action_items(db, mid)] == [("b", 0), ("c", 1)]
    annual_store.add_goal(db, mid, "sidste år", kind=LAST_YEAR)
    goal = annual_store.add_goal(db, mid, "et")
    annual_store.add_goal(db, mid, "to")
    annual_store.delete_goal(db, goal)
    annual_store.add_goal(db, mid, "tre")
    assert [(g.text, g.position) for g in annual_store.goals(db, mid, NEW)] == [("to", 0), ("tre", 1)]
    assert [(g.text, g.position) for g in annual_store.goals(db, mid, LAST_YEAR)] == [("sidste år", 0)]
    line = plan_store.add_plan_item(db, mid, hvad="x")
    plan_store.add_plan_item(db, mid, hvad="y")
    plan_store.delete_plan_item(db, line)
    plan_store.add_plan_item(db, mid, hvad="z")
    assert [(i.hvad, i.position) for i in plan_store.plan_items(db, mid)] == [("y", 0), ("z", 1)]
