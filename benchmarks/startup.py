"""Benchmark: starting Drøftelse as a chair does, against a bare PySide6 main window with a table.

Every figure is a whole process started from scratch, interleaved (bare, first, reopen, bare, …), timed from launch
until the moment named below has been painted (offscreen); the child notes that moment once the paint has been
handled and leaves at once, so neither the parent's bookkeeping nor the child's exit is counted. Each child reads its
own peak memory (VmHWM in /proc/self/status) at that moment.

  startup_first            `droeftelse` on a machine that has never run it: no database, no settings (a fresh
                           XDG_DATA_HOME and XDG_CONFIG_HOME each run); until the main window is painted. The new
                           database file is made before (store/head_schema.py). With no committee to list, the window
                           shows its welcome page (ui/welcome_page.py), and the welcome dialog opens after the paint.
  startup_first_peak       that process's peak memory at that moment
  startup_first_welcome    (no target) the same start until the welcome dialog, the first thing a chair answers, has
                           been painted over the window
  startup_reopen_usable    `droeftelse --db …` on a database of 50 meetings, closed the last time on a meeting:
                           until that meeting's step page has been painted (read in a task, the page built), so a
                           chair can type in it
  startup_list             (no target) `droeftelse --db …` on the same database with no meeting remembered: until
                           the meeting list is painted
The baseline, `bare`: a QMainWindow of the same size with a QTableView of 10 rows × 4 columns as its central widget
and a status bar, shown the same way; its peak memory is the memory baseline.

    .venv/bin/python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_line import bench  # noqa: E402

# In every child: on the first paint of a widget whose class (or a base class) is named BENCH_WAIT_FOR, once the
# paint has been handled (a posted event of high priority runs after it), print the time since launch, the peak
# memory and the heavy libraries loaded, and leave without tearing anything down. The filter watches only widgets
# that Python shows or places (QWidget.show, QStackedWidget.addWidget, QScrollArea.setWidget: the meeting view builds
# a step's page into its scroll area; QDialog.exec: the welcome dialog): an application-wide Python filter would make
# PySide convert every event of every object to Python, which a user's start does not pay.
PAINTED = """
import os, sys, time, json
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QDialog, QScrollArea, QStackedWidget, QWidget
START, WAIT_FOR = float(os.environ["BENCH_START"]), os.environ["BENCH_WAIT_FOR"]
HIGH_PRIORITY = 1  # Qt.HighEventPriority, without making the 93 enum classes of the Qt namespace for the probe

def report():
    took = time.monotonic() - START
    hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
    heavy = sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "alembic", "reportlab", "pypdf"})
    print(json.dumps({"seconds": took, "peak_kib": hwm, "heavy": heavy}), flush=True)
    os._exit(0)

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:  # reported first thing after this paint, before the app's queued calls
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.User), HIGH_PRIORITY)
            obj.removeEventFilter(self)
        return False

    def event(self, event):
        if event.type() == QEvent.Type.User:
            report()
        return super().event(event)

painted = Painted()

def watch(widget):
    if any(k.__name__ == WAIT_FOR for k in type(widget).__mro__):
        widget.installEventFilter(painted)

def watching(original):
    def shown(self, *args):
        watch(args[0] if args else self)
        return original(self, *args)
    return shown

QWidget.show = watching(QWidget.show)
QStackedWidget.addWidget = watching(QStackedWidget.addWidget)
QScrollArea.setWidget = watching(QScrollArea.setWidget)
QDialog.exec = watching(QDialog.exec)
"""

BARE = (
    PAINTED
    + """
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
w = QMainWindow()
w.setWindowTitle("Drøftelse")
model = QStandardItemModel(10, 4)
for r in range(10):
    for c in range(4):
        model.setItem(r, c, QStandardItem(f"Møde {r}.{c}"))
table = QTableView()
table.setModel(model)
w.setCentralWidget(table)
w.statusBar().showMessage("Klar")
w.resize(1280, 760)
w.show()
app.exec()
"""
)

# `droeftelse [--db …]` as a user starts it (python -m drøftelse, so cli, then ui.app.run)
OURS = (
    PAINTED
    + """
import runpy
sys.argv = ["droeftelse", *sys.argv[1:]]
runpy.run_module("drøftelse", run_name="__main__")
"""
)


def make_database(path: Path, meetings: int) -> None:
    from drøftelse.domain.template_library import TemplateLibrary
    from drøftelse.paths import templates_dir
    from drøftelse.store.database import open_database
    from drøftelse.store.demo import create_demo_meeting

    db = open_database(path)
    templates = TemplateLibrary(templates_dir())
    for _ in range(meetings):
        create_demo_meeting(db, templates)
    db.dispose()


def remember_meeting(db: Path, env: dict) -> None:
    """As if the app had been closed on an open meeting: the QSettings key main_window.resume_last_meeting reads."""
    with sqlite3.connect(db) as conn:
        meeting_id = conn.execute("SELECT max(id) FROM meeting WHERE closed_at IS NULL").fetchone()[0]
    code = (
        "import sys; from PySide6.QtCore import QSettings; from pathlib import Path;"
        "from drøftelse import APP_NAME;"
        "s = QSettings('Droeftelse', APP_NAME); s.setValue(f'sidste_møde/{Path(sys.argv[1]).resolve()}', "
        "int(sys.argv[2])); s.sync()"
    )
    subprocess.run([sys.executable, "-c", code, str(db), str(meeting_id)], env=env, check=True)


def launch(cmd: list[str], env: dict, wait_for: str) -> dict:
    env = dict(env, BENCH_START=repr(time.monotonic()), BENCH_WAIT_FOR=wait_for)
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"{cmd[:3]} failed: {out.stderr[-2000:]}")
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--meetings", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "udvalg.sqlite"
        make_database(db, args.meetings)
        base = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        base.pop("DROEFTELSE_QUIT_AFTER_START", None)
        list_env = dict(base, XDG_CONFIG_HOME=str(Path(tmp) / "list"))
        reopen_env = dict(base, XDG_CONFIG_HOME=str(Path(tmp) / "reopen"))
        remember_meeting(db, reopen_env)
        fresh_homes = iter(range(10_000))

        def first_start(wait_for: str = "MainWindow") -> dict:  # a machine that has never run Drøftelse: new, empty
            home = Path(tmp) / f"first{next(fresh_homes)}"  # folders every time
            env = dict(base, HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
            result = launch([sys.executable, "-c", OURS], env, wait_for)
            if not list((home / "data").rglob("*.sqlite")):
                raise SystemExit("the first start made no database")
            return result

        kinds = {
            "bare": lambda: launch([sys.executable, "-c", BARE], base, "QMainWindow"),
            "first": first_start,
            "first_welcome": lambda: first_start("WelcomeDialog"),
            "reopen_usable": lambda: launch([sys.executable, "-c", OURS, "--db", str(db)], reopen_env, "StepPage"),
            "list": lambda: launch([sys.executable, "-c", OURS, "--db", str(db)], list_env, "MainWindow"),
        }
        for start in kinds.values():  # warm the file cache for all
            start()
        results: dict[str, list[dict]] = {k: [] for k in kinds}
        for _ in range(args.runs):
            for kind, start in kinds.items():
                results[kind].append(start())

    def median(kind: str) -> float:
        return statistics.median(r["seconds"] for r in results[kind])

    def peak(kind: str) -> float:
        return max(r["peak_kib"] for r in results[kind]) / 1024

    bare = median("bare")
    print(f"runs: {args.runs} each, interleaved (median; peak memory: the largest); {args.meetings} meetings")
    for kind in ("first", "first_welcome", "reopen_usable", "list"):
        print(f"{kind}: heavy libraries loaded by then: {', '.join(results[kind][-1]['heavy']) or 'none'}")
    bench("startup_first", median("first"), "s", bare, target="ratio <= 1.5")
    bench("startup_first_peak", peak("first"), "MiB", peak("bare"), target="ratio <= 1.3")
    bench("startup_first_welcome", median("first_welcome"), "s", bare)
    bench("startup_reopen_usable", median("reopen_usable"), "s", bare, target="ratio <= 2.5")
    bench("startup_list", median("list"), "s", bare)


if __name__ == "__main__":
    main()
