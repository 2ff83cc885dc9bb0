"""Reopening the last meeting waits for the window's first paint: the committee's list shows, then the meeting is
read and painted from plain reads, all before SQLAlchemy loads (benchmarks/startup.py measures how soon); the ORM
then loads behind the painted meeting, for the first keystroke to be stored (issue 32)."""

import os
import subprocess
import sys

from conftest import run_cli

# The app as `python -m drøftelse --db …` starts it; at each first paint of the main window and of the meeting's
# view the child says whether SQLAlchemy has loaded, and it ends once the meeting has been painted
CHILD = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from drøftelse.ui.app import start_qt

seen = set()

class Painted(QObject):
    def eventFilter(self, obj, event):
        name = type(obj).__name__
        if event.type() == QEvent.Type.Paint and name in ("MainWindow", "MeetingView") and name not in seen:
            seen.add(name)
            print(name, "sqlalchemy" in sys.modules, flush=True)
            if name == "MeetingView":
                QTimer.singleShot(0, wait_for_the_orm)
        return False


def wait_for_the_orm():
    if "drøftelse.store.models" in sys.modules and "drøftelse.store.meetings" in sys.modules:
        print("loaded behind", flush=True)
        QApplication.instance().quit()
    else:
        QTimer.singleShot(20, wait_for_the_orm)

app = start_qt()
painted = Painted()
app.installEventFilter(painted)
QTimer.singleShot(30_000, app.quit)  # a guard: the test fails on what was printed, never hangs
import runpy
sys.argv = ["droeftelse", *sys.argv[1:]]
runpy.run_module("drøftelse", run_name="__main__")
"""

REMEMBER = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
s = QSettings("Droeftelse", "Drøftelse")
s.setValue(f"sidste_møde/{Path(sys.argv[1]).resolve()}", int(sys.argv[2]))
s.sync()
"""


def test_the_window_and_the_last_meeting_paint_before_sqlalchemy_loads_and_it_loads_behind_them(tmp_path):
    db = tmp_path / "udvalg.sqlite"
    made = run_cli("--db", str(db), "demo")
    assert made.returncode == 0, made.stderr
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("DROEFTELSE_QUIT_AFTER_START", None)
    subprocess.run([sys.executable, "-c", REMEMBER, str(db), made.stdout.strip()], env=env, check=True)

    started = subprocess.run(
        [sys.executable, "-c", CHILD, "--db", str(db)], env=env, capture_output=True, text=True, timeout=120
    )

    assert started.returncode == 0, started.stderr
    assert started.stdout.split("\n")[:3] == ["MainWindow False", "MeetingView False", "loaded behind"], started.stdout
