"""A database with garbage in the middle (#17, point 4): `check` says it is damaged, every other command and the
window refuse it with a Danish message naming the last good copy, and the file is left byte for byte."""

import sqlite3

import pytest
from conftest import run_cli, sha256, when_dialog

from drøftelse.store.backup import rotating_backup
from drøftelse.store.database import open_database
from drøftelse.store.demo import create_demo_meeting

PAGE = 4096


def _settled(path) -> None:
    """Everything in the main file, as after a clean close (no -wal to hide the damage)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _garbage_at(path, offset: int, size: int = 8192) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(bytes([0xA5]) * size)


@pytest.fixture
def damaged(db_path, templates):
    """A demo database with a rotating backup beside it, then 8 KB of garbage in its middle."""
    db = open_database(db_path)
    meeting = create_demo_meeting(db, templates)
    db.dispose()
    _settled(db_path)
    backup = rotating_backup(db_path, "test")
    size = db_path.stat().st_size
    _garbage_at(db_path, size // 2 // PAGE * PAGE)
    return db_path, backup, meeting


@pytest.mark.slow
def test_the_commands_say_it_is_damaged_and_change_nothing(damaged, tmp_path):
    path, backup, meeting = damaged
    before = sha256(path)
    check = run_cli("--db", str(path), "check")
    assert check.returncode == 1, check.stderr
    assert "Traceback" not in check.stderr and "uventet" not in check.stderr
    assert "Fejl: Databasen" in check.stdout and "er beskadiget" in check.stdout and str(backup) in check.stdout
    meeting_file = tmp_path / "møde.json"
    meeting_file.write_text('{"format": "droeftelse.meeting", "version": 1}', encoding="utf-8")
    for args in (
        ("list",),
        ("import", str(meeting_file)),
        ("handleplan", str(meeting), "--pdf", str(tmp_path / "h.pdf")),
        ("demo",),
    ):
        result = run_cli("--db", str(path), *args)
        assert result.returncode == 2, (args, result.stderr)
        (line,) = result.stderr.strip().splitlines()
        assert "er beskadiget" in line and str(backup) in line and "Filen er ikke ændret" in line, line
    assert sha256(path) == before
    assert not (tmp_path / "h.pdf").exists()


def test_the_window_refuses_a_damaged_file_at_start(danish_app, damaged):
    from drøftelse.ui.app import open_main_window

    path, backup, _ = damaged
    before = sha256(path)
    seen = when_dialog(lambda d: d.accept())
    assert open_main_window(path) is None
    assert seen["title"] == "Databasen kan ikke åbnes"
    assert "er beskadiget" in seen["text"] and str(backup) in seen["text"]
    assert sha256(path) == before


def test_damage_met_when_a_meeting_opens_is_said_in_danish(danish_app, qtbot, db_path, templates):
    """The file is damaged while the window is open (a failing USB stick): opening a meeting says so."""
    from drøftelse.ui.app import open_main_window

    db = open_database(db_path)
    meeting = create_demo_meeting(db, templates)
    db.dispose()
    _settled(db_path)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    conn = sqlite3.connect(db_path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meeting'").fetchone()[0]
    conn.close()
    window.db.dispose()  # no connection keeps the old pages in its cache
    _garbage_at(db_path, (root - 1) * PAGE, PAGE)
    seen = when_dialog(lambda d: d.accept())
    window.open_meeting(meeting)
    assert seen["title"] == "Mødet kan ikke åbnes"
    assert "er beskadiget" in seen["text"] and "sikkerhedskopi" in seen["text"]
    assert window.view is None
