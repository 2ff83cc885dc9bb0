"""Another program holds the database (BEGIN EXCLUSIVE) (#17, point 7): `import` waits and says so; when the
other program lets go in time the import goes through, and when it does not, the file is said to be in use and
nothing is changed."""

import subprocess
import sys

import pytest
from conftest import dump, run_cli

from drøftelse.services.database import WRITE_PATIENCE_S

HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("låst", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""
WAITING = f"droeftelse: databasen bruges af et andet program; venter op til {WRITE_PATIENCE_S} sekunder …"


@pytest.fixture
def exported(tmp_path):
    db = tmp_path / "udvalg.sqlite"
    meeting = run_cli("--db", str(db), "demo").stdout.strip()
    meeting_file = tmp_path / "møde.json"
    assert run_cli("--db", str(db), "export", meeting, "--json", str(meeting_file)).returncode == 0
    return db, meeting_file


def _held(db, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "låst"
    return holder


@pytest.mark.slow
@pytest.mark.heavy  # the slow group (make test-slow): a file held by another program
def test_import_waits_while_another_program_holds_the_file(exported):
    db, meeting_file = exported
    holder = _held(db, 3)
    try:
        result = run_cli("--db", str(db), "import", str(meeting_file))
    finally:
        holder.wait(30)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2"
    assert result.stderr.strip().splitlines() == [WAITING]


@pytest.mark.slow
@pytest.mark.heavy  # the slow group (make test-slow): a file held by another program
def test_import_gives_up_in_danish_when_the_file_stays_in_use(exported):
    db, meeting_file = exported
    before = dump(db)
    holder = _held(db, WRITE_PATIENCE_S + 30)
    try:
        result = run_cli("--db", str(db), "import", str(meeting_file))
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        WAITING,
        "droeftelse: Databasen udvalg.sqlite bruges af et andet program, som har låst den. Intet er ændret. "
        "Prøv igen, når det andet program er færdigt.",
    ]
    assert dump(db) == before
