"""An upgrade killed at any moment leaves the old file or the upgraded one, never a mixture (issue 26).

Real processes: `droeftelse list` upgrades an old file of thousands of rows on open and is killed with SIGKILL
at a random moment of its run; the file is then opened again, every time, and must hold every row. The moments
are spread over the whole run as measured for the same file in the same test, so early kills (before the
upgrade), kills during Alembic's table copies and kills around the rename all happen."""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, rows

from drøftelse.store import schema
from drøftelse.store.backup import backups_of
from drøftelse.store.database import open_database
from drøftelse.store.listing import integrity_problems

ROWS = 3000
KILLS = int(os.environ.get("DROEFTELSE_UPGRADE_KILLS", "8"))  # per revision; more by hand
OLDER = sorted(p.name[len("revision-") : -len("-demo.sqlite")] for p in FIXTURES.glob("revision-*-demo.sqlite"))


def old_file_with_rows(folder: Path, revision: str) -> Path:
    """The revision's fixture with ROWS handleplan rows more: an upgrade that copies tables takes a while."""
    path = folder / f"udvalg-{revision}.sqlite"
    shutil.copy(FIXTURES / f"revision-{revision}-demo.sqlite", path)
    conn = sqlite3.connect(path)
    with conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(action_item)") if r[1] not in ("id", "position")]
        listed = ", ".join(columns)
        conn.executemany(
            f"INSERT INTO action_item (position, {listed}) SELECT ?, {listed} FROM action_item WHERE id = 1",
            [(100 + i,) for i in range(ROWS)],
        )
    conn.close()
    return path


def contents(path: Path) -> list:
    """What a committee would miss: the handleplan's texts and the answers, in order."""
    return rows(path, "SELECT position, hvad, hvem FROM action_item ORDER BY id") + rows(
        path, "SELECT meeting_id, step, box, text FROM answer ORDER BY id"
    )


def cli(path: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "drøftelse", "--db", str(path), "list"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )


def work_copy_appears(folder: Path, child: subprocess.Popen) -> bool:
    """Wait until the upgrade's copy beside the file exists (the revisions are about to run on it)."""
    while child.poll() is None:
        if any(folder.glob("*.opgraderes")):
            return True
        time.sleep(0.001)
    return False


def measured_run(folder: Path, revision: str) -> tuple[float, float]:
    """The whole run's seconds, and the seconds from the work copy's appearing to the end."""
    path = old_file_with_rows(folder, revision)
    started = time.monotonic()
    child = cli(path)
    assert work_copy_appears(folder, child), "no work copy was seen"
    copying = time.monotonic()
    _, err = child.communicate(timeout=120)
    assert child.returncode == 0, err.decode()
    ended = time.monotonic()
    return ended - started, ended - copying


@pytest.mark.slow
@pytest.mark.heavy  # the slow group (make test-slow): an upgrade killed at random moments, per revision
@pytest.mark.parametrize("revision", OLDER)
def test_an_upgrade_killed_at_random_moments_leaves_a_file_that_opens(tmp_path, revision):
    measure = tmp_path / "measure"
    measure.mkdir()
    run, upgrading = measured_run(measure, revision)
    random.seed(f"kills-{revision}")
    outcomes = {"old": 0, "upgraded": 0, "killed while upgrading": 0}
    for kill in range(KILLS):
        folder = tmp_path / f"kill-{kill}"
        folder.mkdir()
        path = old_file_with_rows(folder, revision)
        before = contents(path)
        child = cli(path)
        during = bool(kill % 2)
        if during:  # half of them during the upgrade itself: from the work copy's appearing to the rename
            work_copy_appears(folder, child)
            time.sleep(random.uniform(0.0, 0.8 * upgrading))
        else:  # the others anywhere in the run, start-up and the backup included
            time.sleep(random.uniform(0.0, run))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if during and child.returncode == -signal.SIGKILL:
            outcomes["killed while upgrading"] += 1
        found = rows(path, "SELECT version_num FROM alembic_version")[0][0]
        assert found in (revision, schema.HEAD_REVISION), (kill, found)
        outcomes["old" if found == revision else "upgraded"] += 1
        if found == revision:
            assert contents(path) == before, f"kill {kill}: the old file was changed"
        db = open_database(path)  # every time: the file opens, upgraded now if it was not
        assert db.revision == schema.HEAD_REVISION
        assert integrity_problems(db) == []
        db.dispose()
        assert contents(path) == before, f"kill {kill}: rows lost or changed"
        assert not list(folder.glob("*.opgraderes*")), "the upgrade's work copy is cleaned up"
        upgrades = [b for b in backups_of(path) if b.before_upgrade]
        assert upgrades, "the copy from before the upgrade is kept"
        assert rows(upgrades[-1].path, "SELECT version_num FROM alembic_version")[0][0] == revision
    print(f"kills={KILLS} revision={revision} run={run:.2f}s upgrading={upgrading:.2f}s outcomes={outcomes}")
    assert outcomes["killed while upgrading"], f"no kill hit the upgrade itself: {outcomes}"


def small_disk(folder: Path, size: int) -> Path:
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("a real full disk needs root to mount a tmpfs (CI runs as root)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {done.stderr.decode(errors='replace').strip()}")
    return folder


@pytest.mark.parametrize("checked_first", [True, False], ids=["refused-before", "full-while-upgrading"])
def test_an_upgrade_on_a_nearly_full_disk_leaves_the_file_as_it_was(tmp_path, monkeypatch, checked_first):
    """130–210 KiB free beside the file: the upgrade is refused in Danish before it starts. And with room for the
    backup and the copy but the space check switched off, the revisions run out of disk on the copy halfway
    (Alembic's table copies need more): still nothing changed, and the message says the disk is full."""
    from drøftelse.domain.errors import DatabaseRefused
    from drøftelse.store import upgrade

    made = old_file_with_rows(tmp_path, "0007")
    size = made.stat().st_size
    disk = small_disk(tmp_path / "disk", size + 210 * 1024 if checked_first else 2 * size + 400 * 1024)
    path = disk / made.name
    shutil.copy(made, path)
    before = contents(path)
    if not checked_first:
        monkeypatch.setattr(upgrade, "SPACE_MARGIN", -10 * size)
    try:
        with pytest.raises(DatabaseRefused) as refused:
            open_database(path)
        message = refused.value.message
        assert "Filen er ikke ændret" in message and "Frigør plads" in message, message
        assert ("plads nok" if checked_first else "disken er fuld") in message, message
        assert "sqlalche" not in message and "OperationalError" not in message and "disk is full" not in message
        assert rows(path, "SELECT version_num FROM alembic_version") == [("0007",)]
        assert contents(path) == before
        assert not list(disk.glob("*.opgraderes*")) and not list(disk.glob("*.oprettes*"))
        assert not list(disk.glob("sikkerhedskopier/*")), "a failed upgrade keeps no new backup"
    finally:
        subprocess.run(["umount", "-l", str(disk)])
