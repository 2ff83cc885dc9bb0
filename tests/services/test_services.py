"""The services layer's promises: a use case is one transaction (all of it is stored, or nothing), what comes out is
a frozen record and never an ORM row, and a worker thread gets a session of its own."""

import dataclasses
import datetime as dt
import threading

import pytest
from conftest import dump

from drøftelse.domain.errors import DroeftelseError
from drøftelse.services import annual, exchange
from drøftelse.services import meetings as service
from drøftelse.store import annual_members as annual_store


@pytest.fixture
def db(any_db):  # issue 16: each test here runs on a SQLite file and on a PostgreSQL database (conftest.any_db)
    return any_db


KIND = "kompetencedroeftelse"


@pytest.fixture
def committee(db):
    cid = service.create_committee(db, "AMO Lager")
    for name, role in (("Mette Kjær", "Leder"), ("Łukasz Wiśniewski", "AMR"), ("Jūratė P.", "Arbejdsleder")):
        annual.add_member(db, cid, name, role, dt.date(2025, 1, 1))
    return cid


def test_a_new_meeting_comes_with_the_committees_members(db, templates, committee):
    made = service.create_meeting(db, committee, templates.get(KIND), "Møde", dt.date(2026, 11, 20))
    assert made.invited == 3
    assert [p.name for p in service.participants(db, made.id)] == ["Mette Kjær", "Łukasz Wiśniewski", "Jūratė P."]


def test_a_new_meeting_whose_invitation_fails_half_way_leaves_nothing(db, db_path, templates, committee, monkeypatch):
    before = dump(db_path)
    real_add = annual_store.members

    def members_then_fail(*args, **kwargs):
        found = real_add(*args, **kwargs)
        # the first member is written, then the disk (say) gives up
        return [*found[:1], None]

    monkeypatch.setattr(annual_store, "members", members_then_fail)
    with pytest.raises(AttributeError):
        service.create_meeting(db, committee, templates.get(KIND), "Halvt møde", dt.date(2026, 11, 20))
    assert dump(db_path) == before  # neither the meeting nor the one participant


def test_what_comes_out_is_frozen_not_an_orm_row(db, templates, committee):
    made = service.create_meeting(db, committee, templates.get(KIND), "Møde", dt.date(2026, 11, 20))
    row = service.add_action_item(db, made.id, service.ActionFields(hvad="Støj", hvornaar="3. kvartal"))
    records = [
        service.get_meeting(db, made.id),
        *service.participants(db, made.id),
        *service.action_items(db, made.id),
        service.action_item(db, row),
        *annual.members(db, committee, dt.date(2026, 11, 20)),
    ]
    for record in records:
        assert dataclasses.is_dataclass(record) and not hasattr(record, "_sa_instance_state"), record
        with pytest.raises(dataclasses.FrozenInstanceError):
            record.id = 99
    assert service.action_item(db, row).hvornaar_dato == dt.date(2027, 9, 30)  # the next 3rd quarter


def test_imports_of_several_sheets_are_stored_together_or_not_at_all(db, db_path, templates, committee):
    made = service.create_meeting(db, committee, templates.get(KIND), "Møde", dt.date(2026, 11, 20))
    people = service.participants(db, made.id)
    plans = [
        (
            exchange.SheetImport(p.id, p.name, (exchange.BoxChange("opgaver", "Opgaver", "", f"Tekst fra {p.name}"),)),
            {},
        )
        for p in people
    ]
    before = dump(db_path)
    stop_after = iter(range(2))

    def check():  # the third sheet is cancelled: the two before it must not stay stored
        if next(stop_after, None) is None:
            raise DroeftelseError("Annulleret.")

    with pytest.raises(DroeftelseError):
        exchange.apply_imports(db, templates, made.id, plans, check=check)
    assert dump(db_path) == before
    assert exchange.apply_imports(db, templates, made.id, plans) == 3
    assert len(service.answers(db, made.id)) == 3


def test_a_worker_thread_uses_its_own_session(db, templates, committee):
    made = service.create_meeting(db, committee, templates.get(KIND), "Møde", dt.date(2026, 11, 20))
    seen = {}

    def work():
        with db.transaction():
            service.add_participant(db, made.id, "Gæst fra HR", "HR")
            seen["inside"] = len(service.participants(db, made.id))

    with db.transaction():  # the GUI thread holds a transaction of its own meanwhile
        worker = threading.Thread(target=work)
        worker.start()
        worker.join(30)
        seen["gui"] = len(service.participants(db, made.id))
    assert seen == {"inside": 4, "gui": 4}
    assert not worker.is_alive()
