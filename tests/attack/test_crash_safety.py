"""Never lose a word: a child process stores edits as the autosave does and is killed with SIGKILL at random
moments, 50 times. After each kill the file opens, PRAGMA integrity_check is ok, and every edit the child
reported stored is there. And the real window, typed into steadily, killed or asked to end: at most the last
second of typing is lost (SIGKILL), nothing is (SIGTERM)."""

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import TESTS

from drøftelse.store import action_items as action_store
from drøftelse.store import meetings as store
from drøftelse.store.database import open_database
from drøftelse.ui import autosave

pytestmark = [pytest.mark.slow, pytest.mark.heavy]  # the slow group (make test-slow): processes killed, many times
KILLS = 50


def run_until_killed(db_path: Path, meeting: int, start: int, rng: random.Random) -> list[int]:
    child = subprocess.Popen(
        [sys.executable, str(TESTS / "crash_writer.py"), str(db_path), str(meeting), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    reported: list[int] = []
    ready = threading.Event()

    def read() -> None:
        for line in child.stdout:
            if line.strip() == "klar":
                ready.set()
            elif line.strip().isdigit():
                reported.append(int(line))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert ready.wait(30), child.stderr.read() if child.poll() is not None else "the child did not start"
    time.sleep(rng.uniform(0.0, 0.3))
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    reader.join(5)
    return reported


def test_fifty_kills_lose_nothing_that_was_reported_stored(tmp_path, templates):
    db_path = tmp_path / "udvalg.sqlite"
    db = open_database(db_path)
    meeting = store.create_meeting(
        db, store.create_committee(db, "AMO"), templates.get("kompetencedroeftelse"), "Møde", dt.date(2026, 11, 20)
    )
    db.dispose()
    rng = random.Random(1838)
    last = 0
    total_reported = 0
    for kill in range(KILLS):
        reported = run_until_killed(db_path, meeting, last, rng)
        total_reported += len(reported)
        conn = sqlite3.connect(db_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"kill {kill}"
            stored = {int(h.split()[1]) for (h,) in conn.execute("SELECT hvad FROM action_item")}
            missing = [n for n in reported if n not in stored]
            assert not missing, f"kill {kill}: reported stored but gone: {missing}"
            (text,) = conn.execute("SELECT text FROM answer WHERE step = 'enige' AND box = 'fokus'").fetchone() or ("",)
            if reported:
                assert int(text.split()[1]) >= reported[-1] and text.endswith("æøå")
        finally:
            conn.close()
        last = max(stored, default=last)
    assert total_reported > KILLS  # the children did write between the kills
    reopened = open_database(db_path)
    assert len(action_store.action_items(reopened, meeting)) == last


# --- a steady typist: the window's autosave, not the store, is what is killed


def start_typing(tmp_path, templates) -> tuple[subprocess.Popen, Path, int, list[int], threading.Event]:
    db_path = tmp_path / "udvalg.sqlite"
    db = open_database(db_path)
    meeting = store.create_meeting(
        db, store.create_committee(db, "AMO"), templates.get("kompetencedroeftelse"), "Møde", dt.date(2026, 11, 20)
    )
    db.dispose()
    child = subprocess.Popen(
        [sys.executable, str(TESTS / "typing_window.py"), str(db_path), str(meeting)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    typed: list[int] = []
    ready = threading.Event()

    def read() -> None:
        for line in child.stdout:
            if line.strip() == "klar":
                ready.set()
            elif line.strip().isdigit():
                typed.append(int(line))

    threading.Thread(target=read, daemon=True).start()
    assert ready.wait(60), child.stderr.read() if child.poll() is not None else "the window did not start"
    return child, db_path, meeting, typed, ready


def stored_text(db_path: Path) -> str:
    conn = sqlite3.connect(db_path)
    try:
        row = conn.execute("SELECT text FROM answer WHERE step = 'enige' AND box = 'fokus'").fetchone()
        return row[0] if row else ""
    finally:
        conn.close()


def wait_for_keys(child: subprocess.Popen, typed: list[int], keys: int) -> None:
    while len(typed) < keys:
        assert child.poll() is None, child.stderr.read()
        time.sleep(0.05)


@pytest.mark.parametrize("keys", [12, 27, 40])
def test_steady_typing_killed_loses_at_most_the_last_second(tmp_path, templates, keys):
    """One key every 150 ms, never a pause, then kill -9: what was typed more than a second before is stored."""
    import typing_window

    child, db_path, _, typed, _ = start_typing(tmp_path, templates)
    wait_for_keys(child, typed, keys)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    stored = stored_text(db_path)
    reported = typed[-1]
    assert typing_window.TEXT.startswith(stored)  # nothing stored that was not typed, nothing garbled
    # keys typed in one second, plus one: the key whose timer fired just before the save's timer
    one_second = -(-autosave.MAX_WAIT_MS // typing_window.KEY_MS) + 1
    assert reported - len(stored) <= one_second, f"{reported} keys typed, {len(stored)} stored"


def test_steady_typing_is_stored_when_the_app_is_asked_to_end(tmp_path, templates):
    """SIGTERM (a shutdown, `kill`): every key typed is stored before the app ends."""
    import typing_window

    child, db_path, _, typed, _ = start_typing(tmp_path, templates)
    wait_for_keys(child, typed, 5)  # well inside the first second: nothing is stored yet on its own
    os.kill(child.pid, signal.SIGTERM)
    assert child.wait(60) == 0, child.stderr.read()
    stored = stored_text(db_path)
    assert stored == typing_window.TEXT[: typed[-1]]
