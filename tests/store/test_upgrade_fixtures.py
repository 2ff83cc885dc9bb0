"""Upgrades from real old files: every released schema leaves a small .sqlite under tests/fixtures/."""

import shutil
import sqlite3

import pytest
from conftest import FIXTURES as FIXTURE_DIR
from conftest import rows

from drøftelse.store import schema
from drøftelse.store.backup import list_backups
from drøftelse.store.database import open_database
from drøftelse.store.listing import committees_with_meetings, integrity_problems

FIXTURES = sorted(FIXTURE_DIR.glob("*.sqlite"))


def test_there_is_a_fixture_for_every_older_revision():
    found = {rows(f, "SELECT version_num FROM alembic_version")[0][0] for f in FIXTURES}
    assert set(schema.KNOWN_REVISIONS[:-1]) <= found


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_an_old_file_opens_upgraded_with_its_meeting(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    revision = rows(path, "SELECT version_num FROM alembic_version")[0][0]
    db = open_database(path)
    assert db.revision == schema.HEAD_REVISION
    (committee,) = committees_with_meetings(db)
    assert committee.name == "Arbejdsmiljøudvalget, Fjordens Lager & Logistik A/S"
    assert committee.meetings[0].title.startswith("Kompetencedrøftelse")
    assert integrity_problems(db) == []
    from drøftelse.store.action_items import action_items

    assert [i.hvad for i in action_items(db, committee.meetings[0].id)][2] == "Kemisk risikovurdering."
    if revision != schema.HEAD_REVISION:
        assert list_backups(path), "an old file is backed up before it is upgraded"


def test_revision_0004_keeps_every_answer_and_numbers_it_version_1(tmp_path, templates):
    """From the 0003 fixture: every text is still there, word for word, each at version 1; the database has its
    own key for signing sheets, and a sheet made after the upgrade imports back under its participant."""
    from drøftelse.store import meetings
    from drøftelse.store.sheets import plan_import, sheet_key, sheet_snapshots

    path = tmp_path / "revision-0003-demo.sqlite"
    shutil.copy(FIXTURE_DIR / "revision-0003-demo.sqlite", path)
    columns = "meeting_id, participant_id, step, box, text, source, updated_at"
    before = rows(path, f"SELECT {columns} FROM answer ORDER BY id")
    assert len(before) > 20
    db = open_database(path)
    conn = sqlite3.connect(path)
    assert conn.execute(f"SELECT {columns} FROM answer ORDER BY id").fetchall() == before
    assert {v for (v,) in conn.execute("SELECT version FROM answer")} == {1}
    assert len(sheet_key(db)) == 32
    (committee,) = committees_with_meetings(db)
    meeting = committee.meetings[0].id
    mette = sheet_snapshots(db, meeting, templates)[0]
    plan = plan_import(db, meeting, templates, mette.identity, {"styrke": "Nyt"}, "mette.pdf")
    assert plan.participant == mette.participant
    assert [c.version for c in plan.changes if c.current] == [1] * len([c for c in plan.changes if c.current])
    stored = meetings.set_answer(db, meeting, None, "enige", "fokus", "ny tekst", expected_version=1)
    assert stored.version == 2
