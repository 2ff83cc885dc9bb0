"""The committee's handleplan below the screen: which rows a choice keeps and in which order (domain), every row
of every meeting in one query (store), the approval by the forum with a line for each member present, and the
export as one snapshot in one transaction, written with none open (services)."""

import datetime as dt
from types import SimpleNamespace

import pytest
from sqlalchemy import event, update

from drøftelse.domain.actions import ActionFields, Status
from drøftelse.domain.approval import approving_body
from drøftelse.domain.committee_plan import PlanFilter, parse_statuses, row_year
from drøftelse.domain.errors import DroeftelseError, NotFound
from drøftelse.services import exports
from drøftelse.services.meetings import keep_example
from drøftelse.store import action_items as action_store
from drøftelse.store import meetings as store
from drøftelse.store.committee_plan import committee_actions, committee_handleplan_snapshot
from drøftelse.store.demo import create_annual_demo
from drøftelse.store.models import ActionItem


@pytest.fixture
def db(any_db):  # issue 16: each test here runs on a SQLite file and on a PostgreSQL database (conftest.any_db)
    return any_db


TODAY = dt.date(2026, 11, 20)
ANNUAL, COMPETENCE = "aarlig_arbejdsmiljoedroeftelse", "kompetencedroeftelse"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("åben,i-gang", {Status.AABEN, Status.I_GANG}),
        ("aaben, i gang", {Status.AABEN, Status.I_GANG}),
        ("udført", {Status.GENNEMFOERT}),
        ("Gennemført,droppet", {Status.GENNEMFOERT, Status.OPGIVET}),
        ("opgivet", {Status.OPGIVET}),
        ("alle", set(Status)),
    ],
)
def test_statuses_as_hr_writes_them(text, expected):
    assert parse_statuses(text) == expected


@pytest.mark.parametrize("text", ["lukket", "åben,færdig", " , "])
def test_an_unknown_status_is_a_danish_error(text):
    with pytest.raises(DroeftelseError) as e:
        parse_statuses(text)
    assert "status" in e.value.message


@pytest.mark.parametrize(
    ("forum", "body"),
    [
        ("", "arbejdsmiljøudvalget"),
        ("Arbejdsmiljøudvalget", "arbejdsmiljøudvalget"),
        ("Arbejdsmiljøorganisationen (AMO)", "arbejdsmiljøorganisationen (AMO)"),
        ("MED-udvalget", "MED-udvalget"),
        ("AMO Nord", "AMO Nord"),
        ("  Hoved-MED  ", "Hoved-MED"),
        ("Alle ansatte (under 10 ansatte)", "alle ansatte (under 10 ansatte)"),
    ],
)
def test_the_approving_body_reads_after_godkendt_af(forum, body):
    assert approving_body(forum) == body


def row(n, status="aaben", when=None, meeting_date=dt.date(2026, 3, 1), changed=dt.datetime(2026, 5, 1), mid=1):
    return SimpleNamespace(
        id=n,
        position=n,
        status=status,
        hvornaar_dato=when,
        meeting_date=meeting_date,
        meeting_id=mid,
        updated_at=changed,
    )


def test_the_wall_keeps_what_is_not_done_and_what_was_done_this_year():
    rows = [
        row(1, "aaben"),
        row(2, "i_gang"),
        row(3, "gennemfoert", changed=dt.datetime(2026, 2, 1)),
        row(4, "gennemfoert", changed=dt.datetime(2025, 12, 31)),
        row(5, "opgivet"),
    ]
    assert [r.id for r in PlanFilter().select(rows, TODAY)] == [1, 2, 3]
    assert [r.id for r in PlanFilter(frozenset(Status)).select(rows, TODAY)] == [1, 2, 3, 4, 5]
    assert [r.id for r in PlanFilter(frozenset({Status.OPGIVET})).select(rows, TODAY)] == [5]


def test_rows_are_ordered_by_hvornaar_date_undated_last_and_chosen_by_year_and_meeting():
    rows = [
        row(1, when=None, meeting_date=dt.date(2025, 11, 1)),
        row(2, when=dt.date(2027, 3, 31), mid=2),
        row(3, when=dt.date(2026, 9, 30)),
        row(4, when=None, meeting_date=dt.date(2026, 3, 1), mid=2),
        row(5, when=dt.date(2026, 9, 30), meeting_date=dt.date(2025, 11, 1)),
    ]
    everything = PlanFilter(frozenset(Status))
    assert [r.id for r in everything.select(rows, TODAY)] == [5, 3, 2, 1, 4]
    assert [row_year(r) for r in rows] == [2025, 2027, 2026, 2026, 2026]
    assert [r.id for r in PlanFilter(frozenset(Status), year=2026).select(rows, TODAY)] == [5, 3, 4]
    assert [r.id for r in PlanFilter(frozenset(Status), meeting_id=2).select(rows, TODAY)] == [2, 4]
    assert PlanFilter().describe(TODAY) == "Ikke udførte rækker og rækker udført i 2026"
    chosen = PlanFilter(frozenset({Status.AABEN, Status.I_GANG}), 2027)
    assert chosen.describe(TODAY, "Møde (1.3.2026)") == (
        "Rækker med status åben eller i gang · planlagt i 2027 · fra Møde (1.3.2026)"
    )


@pytest.fixture
def demo(db, templates):
    """The annual demo, kept as the committee's own: until then its examples are left out of the committee's plan
    (tests/services/test_demo_examples.py)."""
    made = create_annual_demo(db, templates, today=TODAY)
    keep_example(db, made)
    return made


def count_queries(db, fn):
    """Run fn; the number of statements that read action_item, and the result."""
    seen = []

    def listen(conn, cursor, statement, *rest):
        if "FROM action_item" in statement:
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", listen)
    try:
        result = fn()
    finally:
        event.remove(db.engine, "before_cursor_execute", listen)
    return len(seen), result


def test_every_meetings_rows_in_one_query_in_the_order_of_their_dates(db, templates, demo):
    cid = store.get_meeting(db, demo).committee_id
    other = store.create_committee(db, "Et andet udvalg")
    elsewhere = store.create_meeting(db, other, templates.get(ANNUAL), "Andet", TODAY)
    action_store.add_action_item(db, elsewhere, ActionFields(hvad="Ikke vores"))
    queries, rows = count_queries(db, lambda: committee_actions(db, cid))
    assert queries == 1
    assert len(rows) == 7 and "Ikke vores" not in [r.hvad for r in rows]
    assert {r.origin.split(" 20")[0] for r in rows} == {"Kompetencedrøftelse", "Årlig arbejdsmiljødrøftelse"}
    dates = [r.hvornaar_dato for r in rows]
    assert dates == sorted(dates) and None not in dates
    assert (
        rows[0].hvad == "Støjmåling i pakkeriet" and rows[0].origin == "Årlig arbejdsmiljødrøftelse 2025 (20.11.2025)"
    )
    assert rows[-1].hvad == "Støjdæmpning i pakkeriet" and rows[-1].hvornaar_dato == dt.date(2027, 6, 30)


def test_the_committee_plan_is_approved_by_the_forum_of_its_latest_meeting(db, templates, demo):
    cid = store.get_meeting(db, demo).committee_id
    store.update_meeting(db, demo, forum="MED-udvalget")
    store.create_meeting(db, cid, templates.get(COMPETENCE), "Næste år", TODAY + dt.timedelta(days=200))
    snap = committee_handleplan_snapshot(db, cid, templates, PlanFilter(), TODAY)
    assert snap.approval.body == "MED-udvalget"  # the meeting held, not the one planned
    assert [(s.name, s.role) for s in snap.approval.signers] == [
        ("Mette Kjær Andersen", "Leder"),
        ("Łukasz Wiśniewski", "AMR"),
        ("Jūratė Petrauskienė", "Arbejdsleder"),
    ]  # Søren Østergaard was not present
    assert snap.approval.at == "Årlig arbejdsmiljødrøftelse 2026 (20.11.2026)"
    assert snap.printed == TODAY and snap.selection.endswith("udført i 2026")


def test_a_meeting_of_another_committee_is_refused(db, templates, demo):
    cid = store.get_meeting(db, demo).committee_id
    other = store.create_committee(db, "Et andet udvalg")
    elsewhere = store.create_meeting(db, other, templates.get(ANNUAL), "Andet", TODAY)
    with pytest.raises(NotFound, match="hører ikke til udvalget"):
        committee_handleplan_snapshot(db, cid, templates, PlanFilter(meeting_id=elsewhere), TODAY)
    with pytest.raises(NotFound, match="intet udvalg med nummer 99"):
        committee_handleplan_snapshot(db, 99, templates, PlanFilter(), TODAY)


def test_a_row_done_last_year_leaves_the_wall(db, templates, demo):
    cid = store.get_meeting(db, demo).committee_id
    done = next(r for r in committee_actions(db, cid) if r.status == Status.GENNEMFOERT)
    with db.session() as s:
        s.execute(update(ActionItem).where(ActionItem.id == done.id).values(updated_at=dt.datetime(2025, 12, 1)))
        s.commit()
    wall = committee_handleplan_snapshot(db, cid, templates, PlanFilter(), TODAY)
    assert done.hvad not in [r.hvad for r in wall.rows] and len(wall.rows) == 6
    everything = committee_handleplan_snapshot(db, cid, templates, PlanFilter(frozenset(Status)), TODAY)
    assert done.hvad in [r.hvad for r in everything.rows]


def test_one_snapshot_in_one_transaction_and_the_documents_written_with_none_open(
    db, templates, demo, tmp_path, monkeypatch
):
    cid = store.get_meeting(db, demo).committee_id
    begins, open_while_writing = [], []
    event.listen(db.engine, "begin", lambda conn: begins.append(1))
    for fmt, render in list(exports.COMMITTEE_FORMATS.items()):

        def watched(snapshot, render=render):
            open_while_writing.append(getattr(db._open, "session", None) is not None)
            return render(snapshot)

        monkeypatch.setitem(exports.COMMITTEE_FORMATS, fmt, watched)
    targets = {fmt: tmp_path / f"plan.{fmt}" for fmt in ("pdf", "csv", "xlsx")}
    made = exports.write_committee_handleplan(db, templates, cid, targets, today=TODAY)
    assert len(begins) == 1 and open_while_writing == [False, False, False]
    assert made.rows == 7 and made.files == tuple(targets.values())
    assert all(p.stat().st_size > 0 for p in made.files)
