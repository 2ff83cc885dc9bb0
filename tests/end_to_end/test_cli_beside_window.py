"""The command line beside the window on the same file (#26, point 4): the real window (a separate process,
offscreen) and the real `droeftelse` commands take turns exporting, listing, importing and backing up. The window's
-wal and -shm stay beside the file the whole time, the window shows no error, and each sees what the other wrote.

Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's shared lock included;
a process that opened its own database file by hand while connected to it was then taken for gone, and the other
program's SQLite checkpointed and removed the journal under it."""

import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import TESTS, run_cli

from drøftelse.store.backup import copy_database
from drøftelse.store.database import inspect_file, open_database
from drøftelse.store.file_access import file_problem

HELPER = TESTS / "cli_beside_window.py"


class Window:
    """The window process, driven one command at a time; every line it says is kept."""

    def __init__(self, db: Path):
        self.child = subprocess.Popen(
            [sys.executable, str(HELPER), str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )
        self.said: list[dict] = []
        assert self._next().get("ready"), self.child.stderr.read()

    def _next(self) -> dict:
        line = self.child.stdout.readline()
        assert line, f"the window ended: {self.child.stderr.read()}"
        self.said.append(json.loads(line))
        return self.said[-1]

    def do(self, command: str) -> dict:
        self.child.stdin.write(command + "\n")
        self.child.stdin.flush()
        while "done" not in (answer := self._next()):
            pass
        assert "error" not in answer, answer
        return answer

    def quit(self) -> str:
        self.do("quit")
        self.child.stdin.close()
        assert self.child.wait(20) == 0
        return self.child.stderr.read()


class JournalWatch:
    """Looks every few milliseconds whether the -wal and -shm are beside the file; any moment they were not."""

    def __init__(self, db: Path):
        self.sides = [Path(f"{db}-wal"), Path(f"{db}-shm")]
        self.missing: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(0.003):
            self.missing += [p.name for p in self.sides if not p.exists()]

    def stop(self) -> list[str]:
        self._stop.set()
        self._thread.join()
        return self.missing


def cli(db: Path, *args: str) -> str:
    result = run_cli("--db", str(db), *args, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def stored_texts(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT text FROM answer")]
    finally:
        conn.close()


def meeting_file_text(path: Path) -> str:
    return json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=False)


@pytest.mark.slow
@pytest.mark.heavy  # the slow group (make test-slow): a window process and the commands in turn
def test_the_window_keeps_working_while_the_commands_use_its_file(tmp_path):
    db = tmp_path / "udvalg.sqlite"
    assert cli(db, "demo").strip() == "1"
    window = Window(db)
    watch = None
    try:
        window.do("open 1")
        locked = window.do("locks")["locks"]
        assert locked != [], "the window holds no lock on its open database"  # None: not Linux, not listed
        watch = JournalWatch(db)
        written = []
        for n in (1, 2):
            where = "export-pdf" if n == 1 else "export-list-pdf"  # from the meeting, then from the list's button
            window.do(f"{where} {tmp_path / f'handleplan-{n}.pdf'}")
            window.do("open 1")
            text = f"Vinduets tekst {n}: kemi og trucks i gang 3"
            window.do(f"write enige fokus {text}")
            written.append(text)

            assert "Arbejdsmiljøudvalget" in cli(db, "list")
            cli(db, "export", "1", "--json", str(tmp_path / f"fra-kommandoen-{n}.json"))
            assert text in meeting_file_text(tmp_path / f"fra-kommandoen-{n}.json")  # the command sees the window
            new_meeting = int(cli(db, "import", str(tmp_path / f"fra-kommandoen-{n}.json")))
            assert new_meeting in window.do("meetings")["meetings"]  # and the window sees the command's import
            cli(db, "backup", str(tmp_path / f"kopi-{n}.sqlite"))
            assert set(written) <= set(stored_texts(tmp_path / f"kopi-{n}.sqlite"))
            assert window.do("locks")["locks"] == locked  # still the window's shared lock, as before

            window.do(f"backup {tmp_path / f'vinduets-kopi-{n}.sqlite'}")
            window.do(f"export-json {tmp_path / f'fra-vinduet-{n}.json'}")
            imported = int(cli(db, "import", str(tmp_path / f"fra-vinduet-{n}.json")))
            window.do(f"import {tmp_path / f'fra-kommandoen-{n}.json'}")
            meetings = window.do("meetings")["meetings"]
            assert imported in meetings and len(meetings) == len(set(meetings))
            assert set(written) <= set(window.do("texts")["texts"])
            assert set(written) <= set(stored_texts(db))  # what the window wrote, read by another process
            window.do("open 1")
        missing = watch.stop()
        assert window.do("locks")["locks"] == locked
        stderr = window.quit()
    finally:
        if watch is not None:
            watch.stop()
        if window.child.poll() is None:
            window.child.kill()
            window.child.wait()
    assert missing == [], f"the journal was gone beside the running window: {sorted(set(missing))}"
    assert [s for s in window.said if "dialog" in s] == []
    assert not [s for s in window.said if s.get("status", "").startswith("⚠")]
    assert "Traceback" not in stderr and "disk I/O" not in stderr, stderr
    assert all((tmp_path / f"handleplan-{n}.pdf").read_bytes().startswith(b"%PDF") for n in (1, 2))


OTHER_PROCESS_CLOSES = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM answer").fetchone()
conn.close()
"""


@pytest.mark.parametrize(
    "look",
    [
        pytest.param(open_database, id="open_database"),
        pytest.param(inspect_file, id="inspect_file"),
        pytest.param(file_problem, id="file_problem"),
        pytest.param(lambda path: copy_database(path, path.with_name("kopi.sqlite")), id="copy_database"),
    ],
)
def test_looking_at_an_open_file_again_keeps_its_journal(db_path, look):
    """A process connected to the file looks at it again (opens it a second time, checks it can be written, copies
    it): its shared lock stays, so another program's closing connection leaves the -wal and -shm alone."""
    db = open_database(db_path)
    conn = db.connect()
    try:
        conn.execute("INSERT INTO committee (name, created_at) VALUES ('AMO', '2026-01-01')")
        conn.commit()
        look(db_path)
        subprocess.run([sys.executable, "-c", OTHER_PROCESS_CLOSES, str(db_path)], check=True, timeout=30)
        assert Path(f"{db_path}-wal").exists() and Path(f"{db_path}-shm").exists()
        conn.execute("INSERT INTO committee (name, created_at) VALUES ('Kantineudvalget', '2026-01-02')")
        conn.commit()
    finally:
        conn.close()
        db.dispose()
    assert run_cli("--db", str(db_path), "list").stdout.count("Udvalg ") == 2  # both rows, where others read them
