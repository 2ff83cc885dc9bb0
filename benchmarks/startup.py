"""Benchmark: start-up until the main window shows a database with 50 meetings, against a bare PySide6 window.

Both are whole processes started from scratch and timed from launch until the window has been shown and the
event loop has run once (offscreen). Target: ours <= 3x the bare window. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("Drøftelse")
w.resize(1280, 760)
w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

# `droeftelse --db …` as a user starts it (cli, then ui.app.run), except that the event loop quits once it has run:
# run() shows the window, then calls app.exec(), which here first queues the quit, as the bare window does. At exit
# it prints which heavy libraries the start loaded.
OURS = """
import atexit, runpy, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
exec_loop = QApplication.exec
def exec_once():
    QTimer.singleShot(0, QApplication.instance().quit)
    return exec_loop()
QApplication.exec = staticmethod(exec_once)
heavy = {"sqlalchemy", "alembic", "reportlab", "pypdf"}
atexit.register(lambda: print(" ".join(sorted({m.split(".")[0] for m in sys.modules} & heavy))))
sys.argv = ["droeftelse", *sys.argv[1:]]
runpy.run_module("drøftelse", run_name="__main__")
"""


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


PEAK_KIB: dict[str, int] = {}


def timed(name: str, cmd: list[str], env: dict, runs: int) -> list[float]:
    """Wall times of `runs` launches; the peak resident memory of the last is kept in PEAK_KIB[name]."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        times.append(time.perf_counter() - start)
        child.returncode = os.waitstatus_to_exitcode(status)
        assert child.returncode == 0, cmd
        PEAK_KIB[name] = usage.ru_maxrss
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--meetings", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "udvalg.sqlite"
        make_database(db, args.meetings)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(Path(tmp) / "config"))
        bare_cmd = [sys.executable, "-c", BARE]
        ours_cmd = [sys.executable, "-c", OURS, "--db", str(db)]
        timed("bare", bare_cmd, env, 1)  # warm the file cache for both
        timed("ours", ours_cmd, env, 1)
        bare = timed("bare", bare_cmd, env, args.runs)
        ours = timed("ours", ours_cmd, env, args.runs)
        imports = subprocess.run(ours_cmd, env=env, capture_output=True, text=True, check=True).stdout.strip()
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"runs: {args.runs} each (median), database with {args.meetings} meetings")
    print(f"bare PySide6 window: {b * 1000:7.0f} ms")
    print(f"Drøftelse main window with the meeting list: {o * 1000:7.0f} ms")
    print(f"ratio: {o / b:.2f}x (target <= 3.00x)")
    print(f"heavy libraries loaded at start: {imports or 'none'}")
    print(f"peak memory: bare {PEAK_KIB['bare'] / 1024:.0f} MiB, Drøftelse {PEAK_KIB['ours'] / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
