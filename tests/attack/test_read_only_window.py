"""The window on a database it may not write (#17, points 5 and 6): a read-only file or folder opens read-only
on purpose, with a banner that says so and why, the meetings and texts shown and nothing editable; a lock file
that cannot be made (a read-only folder, a full disk) is said as what it is, never "allerede åben".

The permission cases need a user the permission bits apply to. Run as root (CI), `test_as_a_user_without_root`
runs this file's window tests in a pytest of their own as `nobody` (see test_read_only.py for how); run as an
ordinary user, they run directly. The full disk is a small tmpfs, which only root can mount."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, sha256
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from drøftelse.store.database import open_database
from drøftelse.store.demo import create_demo_meeting

ROOT = os.geteuid() == 0
as_user = pytest.mark.skipif(ROOT, reason="root may write anywhere: run through test_as_a_user_without_root")


class Dialogs:
    """Every modal dialog that opens is recorded and closed, so a test never waits on one it did not expect."""

    def __init__(self):
        self.seen: list[tuple[str, str]] = []
        self.running = True
        QTimer.singleShot(0, self._poll)

    def _poll(self):
        if not self.running:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            self.seen.append((dialog.windowTitle(), getattr(dialog, "text", lambda: "")()))
            dialog.close()
        QTimer.singleShot(20, self._poll)

    def stop(self):
        self.running = False


@pytest.fixture
def dialogs(danish_app):
    d = Dialogs()
    yield d
    d.stop()


def demo_database(folder: Path, templates) -> tuple[Path, int]:
    folder.mkdir()
    path = folder / "udvalg.sqlite"
    db = open_database(path)
    meeting = create_demo_meeting(db, templates)
    db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    return path, meeting


def _opened_read_only(qtbot, path: Path, meeting: int, reason: str, dialogs: Dialogs):
    from drøftelse.ui.app import open_main_window

    before, beside = sha256(path), sorted(p.name for p in path.parent.iterdir())
    window = open_main_window(path)
    assert window is not None, dialogs.seen
    qtbot.addWidget(window)
    window.show()
    assert window.db.read_only == reason
    banner = window.read_only_banner
    assert banner.isVisible() and "Skrivebeskyttet — ændringer gemmes ikke" in banner.text() and reason in banner.text()
    assert window.windowTitle().endswith("(skrivebeskyttet)")
    meetings = window.list_page
    assert not any(b.isEnabled() for b in (meetings.new_button, meetings.import_button, meetings.delete_button))
    assert all(b.isEnabled() for b in (meetings.continue_button, meetings.pdf_button, meetings.export_button))

    qtbot.mouseClick(meetings.continue_button, Qt.MouseButton.LeftButton)  # the meeting opens, as it is
    qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
    view = window.view
    steps = [s.key for s in view.template.steps]
    view.go_to(steps.index("enige"))
    box = view.page.boxes["fokus"]
    shown = box.toPlainText()
    assert shown and box.isReadOnly()  # the text is there, and cannot be typed into
    qtbot.keyClicks(box, "ny tekst")
    assert box.toPlainText() == shown
    view.go_to(steps.index("handleplan"))
    plan = view.page
    assert plan.model.rowCount() == 3
    assert not plan.model.flags(plan.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert view.next_button.isEnabled() and view.back_button.isEnabled()  # moving between steps still works
    window.close()
    assert dialogs.seen == []  # no "Uventet fejl", no "allerede åben"
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(".lock")) == beside


@as_user
def test_a_read_only_file_opens_read_only_with_a_banner(danish_app, qtbot, tmp_path, templates, dialogs):
    path, meeting = demo_database(tmp_path / "fil", templates)
    path.chmod(0o444)
    _opened_read_only(qtbot, path, meeting, "filen er skrivebeskyttet", dialogs)


@as_user
def test_a_read_only_folder_is_said_not_called_open_elsewhere(danish_app, qtbot, tmp_path, templates, dialogs):
    path, meeting = demo_database(tmp_path / "mappe", templates)
    path.parent.chmod(0o555)
    try:
        _opened_read_only(qtbot, path, meeting, f"mappen {path.parent} er skrivebeskyttet", dialogs)
    finally:
        path.parent.chmod(0o755)


@pytest.mark.slow
@pytest.mark.heavy  # the slow group (make test-slow): the file's tests again in a process as another user
@pytest.mark.skipif(not ROOT, reason="an ordinary user runs the window tests above directly")
def test_as_a_user_without_root():
    from test_read_only import as_user_prefix

    prefix = as_user_prefix()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTEST_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME="/tmp", PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(
        [*prefix, sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__, "-k", "read_only_f"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout, result.stdout[-2000:]


@pytest.mark.skipif(not ROOT, reason="mounting a small disk needs root")
def test_a_full_disk_at_start_is_said_not_called_open_elsewhere(danish_app, qtbot, tmp_path, templates, dialogs):
    disk = tmp_path / "usb"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)]).returncode != 0:
        pytest.skip("no tmpfs can be mounted here")
    try:
        path, meeting = demo_database(disk / "data", templates)
        with open(disk / "fyld", "wb", buffering=0) as filler:  # the rest of the disk, until it is full
            try:
                while True:
                    filler.write(b"\0" * 4096)
            except OSError:
                pass
        _opened_read_only(qtbot, path, meeting, "disken er fuld", dialogs)
    finally:
        subprocess.run(["umount", "-l", str(disk)])
