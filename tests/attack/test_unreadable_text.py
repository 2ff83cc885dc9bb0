"""Damage is named, never "uventet" (#26, point 3): a text that is not valid UTF-8 in a row or in the schema, a file
another program holds in exclusive mode, an I/O error. Every command says in Danish what is wrong and what to do
(exit code 2; `check`'s own finding 1), the file is left byte for byte, and `check` names the row it cannot read.

The files are real: a demo database made by the command line, then damaged as a bad page would (bytes that are
not UTF-8 where a text is stored)."""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import run_cli, sha256, when_dialog

from drøftelse.domain.errors import DatabaseDamaged, DatabaseFull, DatabaseRefused, DatabaseUnreadableText
from drøftelse.store import sqlite_errors

BAD = b"\xc3("  # 0xC3 starts a two-byte character; "(" cannot continue it


@pytest.fixture
def demo(tmp_path) -> tuple[Path, str]:
    path = tmp_path / "udvalg.sqlite"
    made = run_cli("--db", str(path), "demo")
    assert made.returncode == 0, made.stderr
    return path, made.stdout.strip()


def _damage(path: Path, sql: str, *params, schema: bool = False) -> None:
    """Write through SQLite as a damaged page would leave it, then put everything in the main file."""
    conn = sqlite3.connect(path, isolation_level=None)
    if schema:
        conn.execute("PRAGMA writable_schema = ON")
    conn.execute(sql, params)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _bad_answer(path: Path) -> int:
    conn = sqlite3.connect(path)
    (answer,) = conn.execute("SELECT min(id) FROM answer").fetchone()
    conn.close()
    _damage(path, "UPDATE answer SET text = CAST(? AS TEXT) WHERE id = ?", "Ingen bemærkninger ".encode() + BAD, answer)
    return answer


def _schema_sql(path: Path, table: str, old: bytes, new: bytes) -> None:
    conn = sqlite3.connect(path)
    conn.text_factory = bytes
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    conn.close()
    assert sql.count(old) == 1
    _damage(
        path,
        "UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = ?",
        sql.replace(old, new),
        table,
        schema=True,
    )


def refused(result) -> str:
    """One Danish line on stderr, exit code 2, no traceback, never "uventet"."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "uventet" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("droeftelse: ")
    return line


def test_a_text_in_an_answer_that_is_not_utf8(demo, tmp_path):
    path, meeting = demo
    answer = _bad_answer(path)
    before = sha256(path)
    for args in (
        ("export", meeting, "--json", str(tmp_path / "møde.json")),
        ("referat", meeting, "--pdf", str(tmp_path / "referat.pdf")),
    ):
        line = refused(run_cli("--db", str(path), *args))
        assert "En tekst i databasen" in line and "kan ikke læses" in line, line
        assert "Filen er ikke ændret" in line and "check" in line and "sikkerhedskopi" in line, line
    check = run_cli("--db", str(path), "check")
    assert check.returncode == 1, check.stdout
    assert "Integritet: ok" not in check.stdout and "uventet" not in check.stderr
    assert f"Fejl: tabellen answer, række {answer}, feltet text: teksten er ikke gyldig UTF-8" in check.stdout
    assert "»Ingen bemærkninger �(«" in check.stdout  # what can be read of it, so the user knows which text
    assert "Hvad I kan gøre: " in check.stdout and "sikkerhedskopi" in check.stdout
    assert sha256(path) == before
    assert not (tmp_path / "møde.json").exists() and not (tmp_path / "referat.pdf").exists()


def test_a_committee_name_that_is_not_utf8_stops_the_list(demo):
    path, _ = demo
    _damage(path, "UPDATE committee SET name = CAST(? AS TEXT)", b"Arbejdsmilj" + BAD)
    before = sha256(path)
    line = refused(run_cli("--db", str(path), "list"))
    assert "kan ikke læses" in line and "check" in line
    check = run_cli("--db", str(path), "check")
    assert check.returncode == 1 and "Fejl: tabellen committee, række 1, feltet name" in check.stdout, check.stdout
    assert sha256(path) == before


def test_a_column_name_in_the_schema_that_is_not_utf8(demo, tmp_path):
    """The schema still parses, but the column the program asks for is no longer there by its name."""
    path, meeting = demo
    _schema_sql(path, "answer", b"source VARCHAR", b"so\xa5\xa5ce VARCHAR")
    before = sha256(path)
    line = refused(run_cli("--db", str(path), "export", meeting, "--json", str(tmp_path / "m.json")))
    assert "er beskadiget: dens skema" in line and "Filen er ikke ændret" in line, line
    check = run_cli("--db", str(path), "check")
    assert check.returncode == 1, check.stdout
    assert "Fejl: skemaet, tabellen answer, feltet sql: teksten er ikke gyldig UTF-8" in check.stdout
    assert "so��ce VARCHAR" in check.stdout  # shown around the damage, not from the start of the table
    assert sha256(path) == before


def test_a_schema_sqlite_cannot_parse_check_says_where(demo):
    """SQLite's own message quotes the damaged schema, which Python cannot decode (UnicodeDecodeError)."""
    path, _ = demo
    _schema_sql(path, "answer", b"CREATE TABLE answer", b"CREATE TABLE\xc3answer")
    before = sha256(path)
    check = run_cli("--db", str(path), "check")
    assert check.returncode == 1 and "uventet" not in check.stderr, (check.stdout, check.stderr)
    assert "er beskadiget: dens skema" in check.stdout
    assert "Fejl: skemaet, tabellen answer, feltet sql: teksten er ikke gyldig UTF-8" in check.stdout
    assert sha256(path) == before


def test_a_schema_sqlite_cannot_parse_the_commands_refuse(demo, tmp_path):
    path, meeting = demo
    _schema_sql(path, "answer", b"CREATE TABLE answer", b"CREATE TABLE\xc3answer")
    before = sha256(path)
    for args in (("list",), ("export", meeting, "--json", str(tmp_path / "m.json")), ("demo",)):
        line = refused(run_cli("--db", str(path), *args))
        assert "er beskadiget: dens skema" in line and "Filen er ikke ændret" in line, line
    assert sha256(path) == before


HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE committee SET name = name")
conn.execute("COMMIT")  # in exclusive mode the lock is kept after the commit
print("held", flush=True)
time.sleep(120)
"""


@pytest.mark.slow
def test_a_file_another_program_holds_in_exclusive_mode(demo):
    path, _ = demo
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        line = refused(run_cli("--db", str(path), "list"))
        assert "bruges af et andet program" in line and "Intet er ændret" in line, line
        assert time.monotonic() - started < 60
    finally:
        holder.kill()
        holder.wait()


def test_the_orm_explains_a_text_it_fetches(demo):
    """SQLAlchemy meets the bad text while it fetches rows; its handle_error event is where it is explained."""
    from drøftelse.store.database import open_database
    from drøftelse.store.meetings import stored_answers

    path, meeting = demo
    _bad_answer(path)
    db = open_database(path)
    try:
        with pytest.raises(DatabaseUnreadableText) as raised:
            stored_answers(db, int(meeting))
    finally:
        db.dispose()
    assert "kan ikke læses" in raised.value.message and str(path.resolve()) in raised.value.message


def test_the_window_says_a_text_cannot_be_read(danish_app, qtbot, demo):
    """The meeting opens at its current step; entering the step that holds the bad text raises the Danish error,
    which the window's handler of errors in a click shows as it is, not as "Uventet fejl"."""
    from PySide6.QtCore import QTimer

    from drøftelse.ui.app import _show_unexpected_error, open_main_window

    path, meeting = demo
    answer = _bad_answer(path)  # the first participant's text in the preparation step
    window = open_main_window(path)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(int(meeting))
    assert window.view is not None
    with qtbot.capture_exceptions() as caught:  # raised in a click's slot, so in Qt's event loop
        QTimer.singleShot(0, lambda: window.view.go_to_step("forberedelse"))
        qtbot.wait(300)
        window.close()
        qtbot.wait(50)
    assert caught and all(isinstance(value, DatabaseUnreadableText) for _, value, _ in caught), caught
    seen = when_dialog(lambda d: d.accept())
    _show_unexpected_error(*caught[0])
    assert seen["title"] == "Drøftelse"
    assert "En tekst i databasen" in seen["text"] and "kan ikke læses" in seen["text"], seen
    assert "uventet" not in seen["text"]
    window.db.dispose()
    conn = sqlite3.connect(path)
    stored = conn.execute("SELECT CAST(text AS BLOB) FROM answer WHERE id = ?", (answer,)).fetchone()[0]
    conn.close()
    assert stored == "Ingen bemærkninger ".encode() + BAD  # nothing wrote over it


def _sqlite_error(code: str, text: str = "disk I/O error") -> sqlite3.OperationalError:
    e = sqlite3.OperationalError(text)
    e.sqlite_errorname = code
    return e


def test_translate_names_each_kind_of_fault(tmp_path):
    path = tmp_path / "udvalg.sqlite"
    read = sqlite_errors.translate(_sqlite_error("SQLITE_IOERR_READ"), path)
    assert isinstance(read, DatabaseDamaged) and "er beskadiget" in read.message
    full = sqlite_errors.translate(_sqlite_error("SQLITE_FULL", "database or disk is full"), path)
    assert isinstance(full, DatabaseFull)
    assert full.message == (
        f"Disken med databasen {path} er fuld, så ændringen kunne ikke gemmes. Intet er ændret. "
        "Frigør plads på disken, og prøv igen."
    )
    shm = sqlite_errors.translate(_sqlite_error("SQLITE_IOERR_SHMSIZE"), path)  # WAL's index cannot grow
    assert isinstance(shm, DatabaseFull)
    assert sqlite_errors.translate(_sqlite_error("SQLITE_IOERR_FSYNC"), path) is None  # the caller knows more
    text = sqlite_errors.translate(
        sqlite3.OperationalError("Could not decode to UTF-8 column 'text' with text '\ufffd('"), path
    )
    assert isinstance(text, DatabaseUnreadableText)
    schema = sqlite_errors.translate(UnicodeDecodeError("utf-8", b"\xc3(", 0, 1, "invalid continuation byte"), path)
    assert isinstance(schema, DatabaseDamaged) and "skema" in schema.message
    assert sqlite_errors.translate(_sqlite_error("SQLITE_CONSTRAINT_UNIQUE", "UNIQUE"), path) is None


def test_is_full_sees_through_wrapping():
    from sqlalchemy.exc import OperationalError

    assert sqlite_errors.is_full(OSError(errno.ENOSPC, "No space left on device"))
    assert sqlite_errors.is_full(OSError(errno.EDQUOT, "Disk quota exceeded"))
    assert not sqlite_errors.is_full(OSError(errno.EACCES, "Permission denied"))
    wrapped = OperationalError("INSERT …", {}, _sqlite_error("SQLITE_FULL", "database or disk is full"))
    assert sqlite_errors.is_full(wrapped)
    try:
        try:
            raise _sqlite_error("SQLITE_FULL")
        except sqlite3.Error as e:
            raise DatabaseRefused("kunne ikke oprettes") from e
    except DatabaseRefused as outer:
        assert sqlite_errors.is_full(outer)
    assert not sqlite_errors.is_full(_sqlite_error("SQLITE_IOERR_FSYNC"))  # without a path: not known to be full
    assert sqlite_errors.full_disk_message(Path("/x/udvalg.sqlite"), "den nye database") == (
        "Disken med databasen /x/udvalg.sqlite er fuld, så den nye database kunne ikke gemmes. Intet er ændret. "
        "Frigør plads på disken, og prøv igen."
    )
