"""Opening database files: created at head, settings on, refusals leave the file byte-for-byte untouched."""

import shutil
import sqlite3

import pytest
from conftest import sha256

from drøftelse.domain.errors import DatabaseRefused
from drøftelse.store import schema
from drøftelse.store.backup import list_backups, rotating_backup
from drøftelse.store.database import open_database


def test_missing_file_is_created_at_head_with_our_marks(tmp_path):
    path = tmp_path / "ny" / "mappe" / "udvalg.sqlite"
    db = open_database(path)
    assert path.exists() and db.revision == schema.HEAD_REVISION
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema.HEAD_REVISION
    assert not list(path.parent.glob("*.oprettes*"))


def test_every_connection_has_foreign_keys_wal_and_a_busy_timeout(db):
    conn = db.connect()
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == schema.BUSY_TIMEOUT_MS
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() == schema.BUSY_TIMEOUT_MS


def _refused_unchanged(path, match):
    before = sha256(path)
    names = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(DatabaseRefused, match=match) as e:
        open_database(path)
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == names  # no -wal or -shm left beside it either
    return e.value.message


def test_a_file_that_is_not_sqlite_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "referat.docx"
    path.write_bytes(b"PK\x03\x04 not a database" * 100)
    message = _refused_unchanged(path, "ikke en SQLite-database")
    assert "Filen er ikke ændret" in message


def test_an_empty_file_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "tom.sqlite"
    path.write_bytes(b"")
    _refused_unchanged(path, "ikke en Drøftelse-database")


def test_a_foreign_sqlite_file_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "andet.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('ferie.jpg')")
    conn.commit()
    conn.close()
    _refused_unchanged(path, "fra et andet program")


def test_a_foreign_sqlite_file_in_wal_mode_is_refused_without_leaving_wal_files(tmp_path):
    path = tmp_path / "noter.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE note (text TEXT)")
    conn.execute("INSERT INTO note VALUES ('husk kaffe')")
    conn.commit()
    conn.close()
    _refused_unchanged(path, "fra et andet program")


def test_a_file_from_a_newer_version_is_refused_and_unchanged(db_path):
    open_database(db_path).dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    message = _refused_unchanged(db_path, "nyere version af Drøftelse")
    assert "0099" in message


def test_a_damaged_file_is_refused_and_unchanged(db_path):
    open_database(db_path).dispose()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page overwritten
    db_path.write_bytes(bytes(data))
    _refused_unchanged(db_path, "beskadiget|andet program")


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseRefused, match="er en mappe"):
        open_database(tmp_path)


def test_backups_use_the_backup_api_and_rotate(db, db_path):
    from drøftelse.store.meetings import create_committee

    create_committee(db, "Arbejdsmiljøudvalget")
    made = [rotating_backup(db_path, "test", keep=3) for _ in range(5)]
    kept = list_backups(db_path)
    assert kept == made[-3:]
    conn = sqlite3.connect(kept[-1])
    assert conn.execute("SELECT name FROM committee").fetchall() == [("Arbejdsmiljøudvalget",)]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_older_file_is_backed_up_then_upgraded_keeping_its_data(tmp_path, monkeypatch, db_path):
    """A real upgrade through a test-only revision on top of the shipped migrations."""
    from drøftelse import paths
    from drøftelse.store import database, migrate
    from drøftelse.store.meetings import create_committee

    db = open_database(db_path)
    create_committee(db, "Łódź & Ærø")
    db.dispose()

    migrations = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), migrations, ignore=shutil.ignore_patterns("__pycache__"))
    head = schema.HEAD_REVISION
    (migrations / "versions" / "9001_test.py").write_text(
        f'revision = "9001"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n'
        "from alembic import op\nimport sqlalchemy as sa\n"
        "def upgrade():\n    op.add_column('committee', sa.Column('note', sa.Text(), nullable=True))\n"
        "def downgrade():\n    op.drop_column('committee', 'note')\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "migrations_dir", lambda: migrations)
    monkeypatch.setattr(database, "KNOWN_REVISIONS", (*schema.KNOWN_REVISIONS, "9001"))
    monkeypatch.setattr(database, "HEAD_REVISION", "9001")

    upgraded = open_database(db_path)
    assert upgraded.revision == "9001"
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT name, note FROM committee").fetchall() == [("Łódź & Ærø", None)]
    (backup,) = list_backups(db_path)
    assert f"foer-opgradering-fra-{head}" in backup.name
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
    assert old.execute("SELECT name FROM committee").fetchall() == [("Łódź & Ærø",)]
