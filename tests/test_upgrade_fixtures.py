"""Upgrades from real old files: every released schema leaves a small .sqlite under tests/fixtures/."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from drøftelse.store import schema
from drøftelse.store.backup import list_backups
from drøftelse.store.database import open_database
from drøftelse.store.listing import committees_with_meetings, integrity_problems

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.sqlite"))


def test_there_is_a_fixture_for_every_older_revision():
    found = {sqlite3.connect(f).execute("SELECT version_num FROM alembic_version").fetchone()[0] for f in FIXTURES}
    assert set(schema.KNOWN_REVISIONS[:-1]) <= found


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_an_old_file_opens_upgraded_with_its_meeting(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    revision = sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone()[0]
    db = open_database(path)
    assert db.revision == schema.HEAD_REVISION
    (committee,) = committees_with_meetings(db)
    assert committee.name == "Arbejdsmiljøudvalget, Fjordens Lager & Logistik A/S"
    assert committee.meetings[0].title.startswith("Kompetencedrøftelse")
    assert integrity_problems(db) == []
    from drøftelse.store.meetings import action_items

    assert [i.hvad for i in action_items(db, committee.meetings[0].id)][2] == "Kemisk risikovurdering."
    if revision != schema.HEAD_REVISION:
        assert list_backups(path), "an old file is backed up before it is upgraded"
