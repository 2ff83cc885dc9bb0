"""Benchmark: start-up until the first paint of the main window, against a bare PySide6 window.

Every figure is a whole process started from scratch (interleaved: bare, fresh, reopen, bare, …) and timed from
launch until the window has been painted for the first time (offscreen): the child notes the moment its window's
first paint has been handled and leaves at once, so neither the parent's bookkeeping nor the child's exit is
counted. Each child reads its own peak memory (VmHWM in /proc/self/status) at that moment.

  startup_fresh   `droeftelse --db …` on a database of 50 meetings: the meeting list
  startup_reopen  the same, when the app was closed on one of the meetings (it reopens it, after the first paint)
  startup_reopen_meeting  (no target) until that meeting's view has been painted too

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

# In every child: on the first paint of the widget named by WAIT_FOR, once the paint has been handled (the queued
# call runs after it), print the time since launch, the peak memory and the heavy libraries loaded, and leave without
# tearing anything down. The filter watches that one widget, put on it where Python shows it (QWidget.show, or
# QStackedWidget.addWidget for the meeting view): an application-wide Python filter would make PySide convert every
# event of every object to Python, and wrap types the app never touches (14 ms and 138 enum classes in the main
# window's table alone), which a user's start does not pay.
PAINTED = """
import os, sys, time, json
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QStackedWidget, QWidget
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
    if type(widget).__name__ == WAIT_FOR:
        widget.installEventFilter(painted)

def watching(original):
    def shown(self, *args):
        watch(args[0] if args else self)
        return original(self, *args)
    return shown

QWidget.show = watching(QWidget.show)
QStackedWidget.addWidget = watching(QStackedWidget.addWidget)
"""

BARE = (
    PAINTED
    + """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("Drøftelse")
w.resize(1280, 760)
w.show()
app.exec()
"""
)

# `droeftelse --db …` as a user starts it (python -m drøftelse, so cli, then ui.app.run)
OURS = (
    PAINTED
    + """
import runpy
sys.argv = ["droeftelse", *sys.argv[1:]]
runpy.run_module("drøftelse", run_name="__main__")
"""
)


def make_database(path: Path, meetings: int) -> None:
    from drøftelse.domain.templates import TemplateLibrary
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
        fresh_env = dict(base, XDG_CONFIG_HOME=str(Path(tmp) / "fresh"))
        reopen_env = dict(base, XDG_CONFIG_HOME=str(Path(tmp) / "reopen"))
        remember_meeting(db, reopen_env)
        kinds = {
            "bare": ([sys.executable, "-c", BARE], base, "QLabel"),
            "fresh": ([sys.executable, "-c", OURS, "--db", str(db)], fresh_env, "MainWindow"),
            "reopen": ([sys.executable, "-c", OURS, "--db", str(db)], reopen_env, "MainWindow"),
            "reopen_meeting": ([sys.executable, "-c", OURS, "--db", str(db)], reopen_env, "MeetingView"),
        }
        for cmd, env, wait_for in kinds.values():  # warm the file cache for all
            launch(cmd, env, wait_for)
        results: dict[str, list[dict]] = {k: [] for k in kinds}
        for _ in range(args.runs):
            for kind, (cmd, env, wait_for) in kinds.items():
                results[kind].append(launch(cmd, env, wait_for))

    def median(kind: str) -> float:
        return statistics.median(r["seconds"] for r in results[kind])

    def peak(kind: str) -> float:
        return max(r["peak_kib"] for r in results[kind]) / 1024

    bare = median("bare")
    print(f"runs: {args.runs} each, interleaved (median); database with {args.meetings} meetings")
    for kind in ("fresh", "reopen", "reopen_meeting"):
        print(f"{kind}: heavy libraries loaded by then: {', '.join(results[kind][-1]['heavy']) or 'none'}")
    bench("startup_fresh", median("fresh"), "s", bare, target="ratio <= 1.5")
    bench("startup_reopen", median("reopen"), "s", bare, target="ratio <= 2")
    bench("startup_reopen_meeting", median("reopen_meeting"), "s", bare)
    bench("startup_peak_bare", peak("bare"), "MiB")
    bench("startup_peak_fresh", peak("fresh"), "MiB", peak("bare"))
    bench("startup_peak_reopen_meeting", peak("reopen_meeting"), "MiB", peak("bare"))


if __name__ == "__main__":
    main()
