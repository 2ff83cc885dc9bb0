"""Alembic revisions: up from empty, down to base and up again, and equal to the models."""

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from drøftelse.store import migrate, schema
from drøftelse.store.database import make_engine
from drøftelse.store.models import Base


def test_known_revisions_list_matches_the_migration_scripts():
    assert migrate.script_revisions() == list(schema.KNOWN_REVISIONS)


def test_upgrade_from_empty_builds_what_the_models_describe(tmp_path):
    engine = make_engine(tmp_path / "tom.sqlite")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_down_to_base_and_up_again(tmp_path):
    path = tmp_path / "op-ned.sqlite"
    engine = make_engine(path)
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables <= {"alembic_version"}
    migrate.upgrade(engine)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema.HEAD_REVISION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
