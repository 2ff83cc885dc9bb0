"""Ctrl+N's use case: the new row comes back as stored, from the one transaction that wrote it, so the window shows
it without reading it again (issue 32: a chair's new row at 1,000 rows)."""

import datetime as dt

import pytest

from drøftelse.services import meetings as service
from drøftelse.services.meetings import ActionFields


@pytest.fixture
def db(any_db):  # a SQLite file and a PostgreSQL database (conftest.any_db)
    return any_db


def test_the_new_row_handed_back_is_the_row_stored(db, templates):
    cid = service.create_committee(db, "AMO Lager")
    mid = service.create_meeting(db, cid, templates.get("kompetencedroeftelse"), "Møde", dt.date(2026, 11, 20)).id
    service.add_action_item(db, mid, ActionFields(hvad="Første"))
    service.add_action_item(db, mid, ActionFields(hvad="Anden"))
    before = service.meeting_version(db, mid)

    # a NUL from a paste is cleaned on the way in; the dates follow the texts; placed between the two rows
    fields = ActionFields(hvad="Støj\x00 & <kemi> 🙂 Łódź", hvornaar="marts 2027", opfoelgning="1. kvartal 2027")
    made = service.new_action_item(db, mid, fields, position=1)

    assert made == service.action_item(db, made.id)
    assert made.hvad == "Støj & <kemi> 🙂 Łódź"
    assert made.hvornaar_dato is not None and made.position == 1 and made.version == 1
    assert [r.hvad for r in service.action_items(db, mid)] == ["Første", made.hvad, "Anden"]
    assert service.meeting_version(db, mid) == before + 1


def test_no_new_row_in_a_closed_meeting(db, templates):
    cid = service.create_committee(db, "AMO Lager")
    mid = service.create_meeting(db, cid, templates.get("kompetencedroeftelse"), "Møde", dt.date(2026, 11, 20)).id
    service.update_meeting(db, mid, closed_at=dt.datetime(2026, 11, 21, 12, 0))

    with pytest.raises(service.MeetingClosed):
        service.new_action_item(db, mid, ActionFields(hvad="For sent"))
    assert service.action_items(db, mid) == []
