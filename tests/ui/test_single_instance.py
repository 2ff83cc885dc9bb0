"""One file, two windows: the second Drøftelse brings the first forward and says so in Danish; a lock left
by a crashed instance is taken over. Never two writers on one file."""

import os
import signal
import subprocess
import sys
import time

from conftest import when_dialog

from drøftelse.ui.app import open_main_window
from drøftelse.ui.single_instance import InstanceGuard

HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1] + ".lock")
assert lock.tryLock(1000)
print("låst", flush=True)
time.sleep(60)
"""


def test_a_second_window_on_the_same_file_brings_the_first_forward(danish_app, qtbot, db, db_path):
    from drøftelse.store.meetings import create_committee

    create_committee(db, "AMO")  # no first-run welcome in the way
    first = open_main_window(db_path)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.guard.server is not None)  # listening once the window has been painted
    brought = []
    first.guard.show_requested.connect(lambda: brought.append(True))
    seen = when_dialog(lambda d: d.accept())
    assert open_main_window(db_path) is None
    assert seen["title"] == "Drøftelse er allerede åben"
    assert "Vinduet er hentet frem" in seen["text"]
    qtbot.waitUntil(lambda: bool(brought), timeout=3000)
    assert "forsøgt åbnet igen" in first.status.text()
    first.close()
    again = open_main_window(db_path)  # once the first is closed, the file opens again
    assert again is not None
    again.close()


def test_a_lock_held_by_another_running_process_is_named(danish_app, db_path, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_path.resolve())], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "låst"
        seen = when_dialog(lambda d: d.accept())
        assert open_main_window(db_path) is None
        assert f"proces {holder.pid}" in seen["text"] and "Luk det andet vindue først" in seen["text"]
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_left_by_a_crashed_instance_is_taken_over(danish_app, db_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_path.resolve())], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "låst"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert (db_path.parent / (db_path.name + ".lock")).exists()  # the crash left its lock behind
    guard = InstanceGuard(db_path)
    started = time.perf_counter()
    assert guard.acquire()
    assert time.perf_counter() - started < 5
    guard.release()


def test_a_hard_link_to_an_open_file_is_the_same_file(danish_app, db, db_path, tmp_path):
    """Issue 26: a second name for the file (os.link) resolves to another path, but it is one file: refused."""
    other = tmp_path / "anden mappe" / "link.sqlite"
    other.parent.mkdir()
    os.link(db_path, other)
    first = InstanceGuard(db_path)
    assert first.acquire()
    second = InstanceGuard(other)
    assert not second.acquire()
    assert second.cannot_lock() is None  # held by another Drøftelse, not a folder that cannot be written
    assert f"proces {os.getpid()}" in second.holder()
    assert second.name == first.name  # the second window reaches the first one's socket
    first.release()
    assert second.acquire()  # once the first lets go, the link opens
    second.release()


def test_a_window_on_a_hard_link_brings_the_first_forward(danish_app, qtbot, db, db_path, tmp_path):
    from drøftelse.store.meetings import create_committee

    create_committee(db, "AMO")
    link = tmp_path / "link.sqlite"
    os.link(db_path, link)
    first = open_main_window(db_path)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.guard.server is not None)
    brought = []
    first.guard.show_requested.connect(lambda: brought.append(True))
    seen = when_dialog(lambda d: d.accept())
    assert open_main_window(link) is None
    assert seen["title"] == "Drøftelse er allerede åben" and "Vinduet er hentet frem" in seen["text"]
    qtbot.waitUntil(lambda: bool(brought), timeout=3000)
    first.close()


def test_a_new_file_gets_its_identity_lock_once_it_exists(danish_app, tmp_path):
    path = tmp_path / "ny.sqlite"
    guard = InstanceGuard(path)
    assert guard.acquire() and guard.same_file is None  # nothing to name yet
    path.write_bytes(b"")  # what open_database makes
    guard.listen()
    assert guard.same_file is not None and guard.same_file.isLocked()
    link = tmp_path / "link.sqlite"
    os.link(path, link)
    assert not InstanceGuard(link).acquire()
    guard.release()
