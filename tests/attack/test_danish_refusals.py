"""What the disk, SQLite and pypdf say reaches the user in Danish, one line, and a failed write leaves nothing.

The full and the read-only disk are real: a tiny tmpfs mounted for the test, which needs root (CI runs as root);
without it those tests are skipped, and the others still run."""

import errno
import os
import subprocess
from pathlib import Path

import pytest
from conftest import run_cli

from drøftelse.domain.os_errors import describe_os_error

ENGLISH = ("No space", "Permission denied", "Read-only", "No such file", "too long", "Is a directory", "disk is full")


@pytest.fixture
def demo(tmp_path):
    db = tmp_path / "udvalg.sqlite"
    result = run_cli("--db", str(db), "demo")
    assert result.returncode == 0, result.stderr
    return db, result.stdout.strip()


def mounted(folder: Path, options: str):
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("a real full or read-only disk needs root to mount a tmpfs (CI runs as root)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {done.stderr.decode(errors='replace').strip()}")
    return folder


@pytest.fixture
def full_disk(tmp_path):
    """A disk with 8 KB: no database copy or PDF fits."""
    folder = mounted(tmp_path / "fuld", "size=8k")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def read_only_disk(tmp_path):
    folder = mounted(tmp_path / "skrivebeskyttet", "ro,size=64k")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def refused_in_danish(result, *expected: str) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    for text in expected:
        assert text in result.stderr
    assert not any(word in result.stderr for word in ENGLISH), result.stderr
    return result.stderr


def test_a_backup_onto_a_full_disk_says_so_and_leaves_nothing(demo, full_disk):
    db, _ = demo
    result = run_cli("--db", str(db), "backup", str(full_disk / "kopi.sqlite"))
    refused_in_danish(result, "Sikkerhedskopien", "kunne ikke laves: disken er fuld")
    assert list(full_disk.iterdir()) == []  # no kopi.sqlite.delvis, no .delvis-journal


def test_a_pdf_onto_a_full_disk_says_so_and_leaves_nothing(demo, full_disk):
    db, meeting = demo
    result = run_cli("--db", str(db), "handleplan", meeting, "--pdf", str(full_disk / "handleplan.pdf"))
    refused_in_danish(result, "kunne ikke gemmes: disken er fuld")
    assert list(full_disk.iterdir()) == []


def test_a_pdf_onto_a_read_only_drive(demo, read_only_disk):
    db, meeting = demo
    result = run_cli("--db", str(db), "handleplan", meeting, "--pdf", str(read_only_disk / "handleplan.pdf"))
    refused_in_danish(result, "kunne ikke gemmes: drevet er skrivebeskyttet")


def test_a_pdf_onto_a_folder_or_with_a_name_too_long(demo, tmp_path):
    db, meeting = demo
    (tmp_path / "handleplan.pdf").mkdir()
    result = run_cli("--db", str(db), "handleplan", meeting, "--pdf", str(tmp_path / "handleplan.pdf"))
    refused_in_danish(result, "kunne ikke gemmes: det er en mappe, ikke en fil")
    result = run_cli("--db", str(db), "handleplan", meeting, "--pdf", str(tmp_path / ("ø" * 200 + ".pdf")))
    refused_in_danish(result, "kunne ikke gemmes: navnet er for langt")


@pytest.mark.parametrize(
    "number", [errno.ENOSPC, errno.EACCES, errno.EROFS, errno.ENOENT, errno.ENAMETOOLONG, errno.EISDIR, errno.EPERM]
)
def test_the_common_refusals_of_the_disk_are_danish(number):
    error = OSError(number, os.strerror(number), "fil.pdf")
    reason = describe_os_error(error)
    assert os.strerror(number) not in reason and errno.errorcode[number] not in reason
    assert describe_os_error(OSError(errno.ENXIO, os.strerror(errno.ENXIO))) == "operativsystemet afviste det (ENXIO)"


def test_pypdf_explains_its_repairs_in_the_log_not_on_the_screen(demo, tmp_path):
    """A returned sheet whose last line points a few bytes wrong: pypdf repairs it and says so in English; the
    chairs see only the Danish result, the log keeps pypdf's words."""
    db, meeting = demo
    home = tmp_path / "hjem"
    out = tmp_path / "ark"
    assert run_cli("--db", str(db), "ark", meeting, "--out", str(out)).returncode == 0
    sheet = next(out.glob("*Mette*")).read_bytes()
    start = sheet.rindex(b"startxref")
    pointer = int(sheet[start:].split()[1])
    skewed = tmp_path / "skaev.pdf"
    skewed.write_bytes(sheet[:start] + b"startxref\n" + str(pointer + 7).encode() + b"\n%%EOF\n")
    result = run_cli("--db", str(db), "indlaes", meeting, str(skewed), env_home=home)
    assert result.returncode == 0 and "skaev.pdf: Mette Kjær Andersen" in result.stdout
    assert result.stderr == ""
    (log,) = (home / "state").rglob("fejl.log")
    assert "incorrect startxref pointer" in log.read_text(encoding="utf-8")


SQLALCHEMY = ("sqlalche.me", "OperationalError", "sqlite3.", "disk is full", "disk I/O error", "uventet")


def test_a_database_created_on_a_full_disk_says_so_in_danish(full_disk):
    result = run_cli("--db", str(full_disk / "udvalg.sqlite"), "demo")
    line = refused_in_danish(result, "fuld")
    assert not any(word in line for word in SQLALCHEMY), line
    assert list(full_disk.iterdir()) == []  # no half-made database, no -wal or -shm


@pytest.fixture
def nearly_full_disk(tmp_path, demo):
    """The demo database on a disk with 48 KB left: it opens (its -shm fits), but a new meeting does not."""
    db, _ = demo
    folder = mounted(tmp_path / "naesten", "size=1m")
    target = folder / db.name
    target.write_bytes(db.read_bytes())
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    (folder / "fyld").write_bytes(b"\0" * (free - 48 * 1024))
    yield target
    subprocess.run(["umount", str(folder)], check=True)


def test_a_write_on_a_nearly_full_disk_says_so_in_danish(nearly_full_disk):
    from conftest import sha256

    before = sha256(nearly_full_disk)
    result = run_cli("--db", str(nearly_full_disk), "demo")
    line = refused_in_danish(result, "Disken med databasen", "er fuld", "Intet er ændret", "Frigør plads")
    assert not any(word in line for word in SQLALCHEMY), line
    assert sha256(nearly_full_disk) == before
