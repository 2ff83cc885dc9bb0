"""Edits the wizard makes through the store: the order of the round and of the handleplan stays 0, 1, 2 …"""

import datetime as dt

from drøftelse.store import meetings as store


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
