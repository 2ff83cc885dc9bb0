"""A read-only database file or folder, tried as a user who may not write there (#17, points 5 and 6): the file is
opened read-only on purpose and said to be so, with the real reason; reading and exporting work, writing is
refused in Danish, and nothing beside the file changes.

CI runs as root, who may write anywhere. The commands here run as `nobody` (setpriv), keeping only the right to
read and search folders (so the interpreter under /root can load): what they may change is decided by the
permission bits, as for any user. Run as an ordinary user, the tests run the commands as that user."""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import sha256

AS_NOBODY = [
    "setpriv",
    "--reuid=nobody",
    "--regid=nogroup",
    "--clear-groups",
    "--inh-caps=+dac_read_search",
    "--ambient-caps=+dac_read_search",
]
NOBODY = 65534


def as_user_prefix() -> list[str]:
    """How to run a command as a user without the right to write everywhere; skips when that cannot be had."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None or subprocess.run([*AS_NOBODY, "true"]).returncode != 0:
        pytest.skip("running as root, and setpriv cannot drop to nobody here")
    return AS_NOBODY


def give_to_user(*paths: Path) -> None:
    """Make `paths` the tested user's own (nobody's when we are root)."""
    if os.geteuid() == 0:
        for p in paths:
            os.chown(p, NOBODY, -1)


def run_as_user(*args: str, state: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_STATE_HOME=str(state), XDG_DATA_HOME=str(state), HOME=str(state))
    return subprocess.run(
        [*as_user_prefix(), sys.executable, "-m", "drøftelse", *args], capture_output=True, text=True, env=env
    )


def demo_database(folder: Path) -> Path:
    folder.mkdir()
    path = folder / "udvalg.sqlite"
    made = subprocess.run([sys.executable, "-m", "drøftelse", "--db", str(path), "demo"], capture_output=True)
    assert made.returncode == 0, made.stderr
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all in the main file, as after a clean close
    conn.close()
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    return path


@pytest.fixture
def workspace(request):
    """A folder the tested user may write to (its log, the exported files) and a meeting file to import, in a
    folder every user may search (pytest's own is root's alone)."""
    as_user_prefix()
    tmp_path = Path(tempfile.mkdtemp(prefix="droeftelse-skrivebeskyttet-"))
    request.addfinalizer(lambda: shutil.rmtree(tmp_path, ignore_errors=True))
    shared = tmp_path / "fælles"
    shared.mkdir()
    shared.chmod(0o777)
    meeting_file = shared / "møde.json"
    source = demo_database(tmp_path / "kilde")
    out = subprocess.run(
        [sys.executable, "-m", "drøftelse", "--db", str(source), "export", "1", "--json", str(meeting_file)],
        capture_output=True,
    )
    assert out.returncode == 0, out.stderr
    meeting_file.chmod(0o644)
    tmp_path.chmod(0o755)
    request.addfinalizer(lambda: [p.chmod(0o755) for p in tmp_path.iterdir() if p.is_dir()])
    return tmp_path, shared, meeting_file


@pytest.fixture
def read_only_file(workspace):
    """A database the user owns in a folder the user may write to, but the file itself is read-only (chmod 444)."""
    root, shared, meeting_file = workspace
    path = demo_database(root / "fil")
    give_to_user(path.parent, path)
    path.chmod(0o444)
    return path, shared, meeting_file


@pytest.fixture
def read_only_folder(workspace):
    """A database the user may write to, in a folder the user may not create files in (chmod 555)."""
    root, shared, meeting_file = workspace
    path = demo_database(root / "mappe")
    give_to_user(path)
    path.parent.chmod(0o555)
    return path, shared, meeting_file


def _check_commands(path: Path, shared: Path, meeting_file: Path, reason: str) -> None:
    before, beside = sha256(path), sorted(p.name for p in path.parent.iterdir())
    listing = run_as_user("--db", str(path), "list", state=shared)
    assert listing.returncode == 0, listing.stderr
    assert "Kompetencedrøftelse" in listing.stdout and listing.stderr == ""
    pdf = shared / "handleplan.pdf"
    exported = run_as_user("--db", str(path), "handleplan", "1", "--pdf", str(pdf), state=shared)
    assert exported.returncode == 0, exported.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    imported = run_as_user("--db", str(path), "import", str(meeting_file), state=shared)
    assert imported.returncode == 2, imported.stderr
    assert imported.stderr.strip().splitlines() == [
        f"droeftelse: udvalg.sqlite er åbnet skrivebeskyttet — ændringer gemmes ikke ({reason})."
    ]
    copy = shared / "kopi.sqlite"
    backup = run_as_user("--db", str(path), "backup", str(copy), state=shared)
    assert backup.returncode == 0, backup.stderr
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM meeting").fetchone()[0] == 1
    check = run_as_user("--db", str(path), "check", state=shared)
    assert check.returncode == 0 and "Integritet: ok" in check.stdout, check.stdout + check.stderr
    assert sha256(path) == before
    assert "beskadiget" not in listing.stderr + imported.stderr
    assert not list(shared.rglob("fejl.log"))  # nothing unexpected happened
    assert sorted(p.name for p in path.parent.iterdir()) == beside  # not even a -wal or -shm beside it


@pytest.mark.slow
def test_a_read_only_file_is_opened_read_only_and_said_so(read_only_file):
    path, shared, meeting_file = read_only_file
    _check_commands(path, shared, meeting_file, "filen er skrivebeskyttet")


@pytest.mark.slow
def test_a_read_only_folder_is_named_not_called_damaged(read_only_folder):
    path, shared, meeting_file = read_only_folder
    _check_commands(path, shared, meeting_file, f"mappen {path.parent} er skrivebeskyttet")
