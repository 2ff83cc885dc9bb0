"""The backup that matters is never rotated away, and a backup can be put back (issue 26, point 2).

Real files and the real command line: backups made by upgrades and by hand, a clock set back, a file whose earlier
upgrade stopped halfway (as the app before the all-or-nothing upgrade left them), `droeftelse backup --gendan`."""

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import FIXTURES, rows, run_cli, sha256

from drøftelse.domain.errors import DatabaseRefused
from drøftelse.paths import backup_dir_for
from drøftelse.store import schema
from drøftelse.store.backup import backups_of, list_backups, rotating_backup
from drøftelse.store.database import open_database


def old_file(folder: Path, revision: str = "0007") -> Path:
    path = folder / "udvalg.sqlite"
    shutil.copy(FIXTURES / f"revision-{revision}-demo.sqlite", path)
    return path


def revision_of(path: Path) -> str:
    return rows(path, "SELECT version_num FROM alembic_version")[0][0]


def test_a_clock_set_back_deletes_nothing_new(tmp_path):
    """Ten backups an earlier version left, named and dated a year ahead of the computer's clock: the copy the
    upgrade makes now is still kept, and is the one named as the newest."""
    path = old_file(tmp_path)
    folder = backup_dir_for(path)
    folder.mkdir()
    ahead = dt.datetime.now() + dt.timedelta(days=365)
    for i in range(10):
        future = folder / f"udvalg-{ahead + dt.timedelta(minutes=i):%Y%m%d-%H%M%S-%f}-haandtaget.sqlite"
        shutil.copy(FIXTURES / "revision-0007-demo.sqlite", future)
        os.utime(future, (ahead.timestamp() + i, ahead.timestamp() + i))
    open_database(path).dispose()
    assert revision_of(path) == schema.HEAD_REVISION
    found = backups_of(path)
    assert len(found) == 10
    assert found[-1].before_upgrade and revision_of(found[-1].path) == "0007"


def test_the_copy_from_before_an_upgrade_outlives_many_later_backups(tmp_path):
    path = old_file(tmp_path)
    open_database(path).dispose()
    (before,) = list_backups(path)
    later = [rotating_backup(path, "haandtaget") for _ in range(15)]
    kept = list_backups(path)
    assert before in kept, "the newest copy from before an upgrade is kept whatever the count"
    assert len(kept) == 10 and kept[-9:] == later[-9:]
    assert revision_of(before) == "0007"


def stuck_file(folder: Path) -> Path:
    """A file of revision 0007 that already has 0008's first column: an upgrade stopped halfway, as the app's
    statement-by-statement upgrade left them when killed."""
    path = old_file(folder)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE action_item ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    conn.commit()
    conn.close()
    return path


def test_a_file_that_cannot_be_upgraded_is_left_as_it_is_and_makes_no_backups(tmp_path):
    path = stuck_file(tmp_path)
    good = rotating_backup(path, "foer-opgradering-fra-0007")  # the copy an earlier version made
    before = sha256(path)
    for _ in range(11):
        with pytest.raises(DatabaseRefused) as refused:
            open_database(path)
    message = refused.value.message
    assert "kunne ikke opgraderes fra skemaversion 0007" in message
    assert "afbrudt halvvejs" in message and "Filen er ikke ændret" in message
    assert str(good) in message and "droeftelse backup --gendan" in message
    assert "sqlalche" not in message and "OperationalError" not in message
    assert sha256(path) == before
    assert list_backups(path) == [good]
    assert not list(tmp_path.glob("*.opgraderes*"))


def test_the_command_line_names_the_backup_and_puts_it_back(tmp_path):
    path = stuck_file(tmp_path)
    (tmp_path / "kopi").mkdir()
    good = rotating_backup(old_file(tmp_path / "kopi"), "x")  # a sound copy of the committee, made elsewhere
    failed = run_cli("--db", str(path), "list")
    assert failed.returncode == 2 and "Traceback" not in failed.stderr
    assert "kunne ikke opgraderes" in failed.stderr

    restored = run_cli("--db", str(path), "backup", "--gendan", str(good))
    assert restored.returncode == 0, restored.stderr
    (kept,) = [b for b in backups_of(path) if b.reason == "foer-gendannelse"]
    assert "duplicate" not in kept.path.name and revision_of(kept.path) == "0007"
    assert rows(kept.path, "SELECT count(*) FROM pragma_table_info('action_item') WHERE name = 'version'") == [(1,)]

    listed = run_cli("--db", str(path), "list")
    assert listed.returncode == 0, listed.stderr
    assert "Fjordens Lager" in listed.stdout
    assert revision_of(path) == schema.HEAD_REVISION

    shown = run_cli("--db", str(path), "backup", "--liste")
    assert shown.returncode == 0 and "foer-gendannelse" in shown.stdout and "foer-opgradering-fra-0007" in shown.stdout


def test_a_backup_is_checked_before_it_is_put_back(tmp_path, db_path):
    open_database(db_path).dispose()
    before = sha256(db_path)
    foreign = tmp_path / "andet.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    not_sqlite = tmp_path / "noter.sqlite"
    not_sqlite.write_text("ikke en database", encoding="utf-8")
    damaged = tmp_path / "beskadiget.sqlite"
    shutil.copy(FIXTURES / "revision-0007-demo.sqlite", damaged)
    with open(damaged, "r+b") as f:
        f.seek(4096 * 5)
        f.write(b"\xa5" * 8192)
    for bad, said in (
        (foreign, "andet program"),
        (not_sqlite, "ikke en SQLite-database"),
        (damaged, "beskadiget"),
        (tmp_path / "mangler.sqlite", "findes ikke"),
    ):
        result = run_cli("--db", str(db_path), "backup", "--gendan", str(bad))
        assert result.returncode == 2, (bad, result.stderr)
        assert said in result.stderr and "Traceback" not in result.stderr
        assert sha256(db_path) == before


def test_a_backup_is_not_put_back_under_an_open_window(tmp_path, db_path):
    db = open_database(db_path)
    backup = rotating_backup(db_path, "haandtaget")
    conn = db.connect()  # as a window holds it: a connection in WAL mode
    conn.execute("SELECT count(*) FROM committee").fetchall()
    try:
        result = run_cli("--db", str(db_path), "backup", "--gendan", str(backup))
    finally:
        conn.close()
    assert (
        result.returncode == 2 and "er åben i et andet program" in result.stderr and "Intet er ændret" in result.stderr
    )


def test_a_damaged_file_is_moved_aside_not_deleted_when_a_backup_is_put_back(tmp_path, db_path):
    open_database(db_path).dispose()
    backup = rotating_backup(db_path, "haandtaget")
    with open(db_path, "r+b") as f:
        f.seek(0)
        f.write(b"\xa5" * 4096)  # the first page: SQLite cannot even read what kind of file it is
    ruined = sha256(db_path)
    result = run_cli("--db", str(db_path), "backup", "--gendan", str(backup))
    assert result.returncode == 0, result.stderr
    assert revision_of(db_path) == schema.HEAD_REVISION
    (aside,) = backup_dir_for(db_path).glob("*beskadiget*.sqlite")
    assert sha256(aside) == ruined
