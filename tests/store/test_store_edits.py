"""Edits the wizard makes through the store: the order of the round and of the handleplan stays 0, 1, 2 …"""

import datetime as dt

import pytest

from drøftelse.domain.actions import ActionFields
from drøftelse.store import action_items as action_store
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
