"""Screenshots of the main steps with the demo meeting, for the README (offscreen, no display needed).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--scale 1]

With --scale 2 the same pictures are taken at 200 % scaling, to check that the layout holds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

SHOTS = {  # file name: (the meeting: "k" kompetencedrøftelse, "a" annual discussion; step key, None: the list)
    "01-moeder": ("k", None),
    "02-opsaetning": ("k", "opsaetning"),
    "03-forberedelse": ("k", "forberedelse"),
    "04-rammen": ("k", "rammen"),
    "05-runde": ("k", "runde"),
    "06-enige": ("k", "enige"),
    "07-kompetencer": ("k", "kompetencer"),
    "08-handleplan": ("k", "handleplan"),
    "09-afslut": ("k", "afslut"),
    "11-aarlig-opsaetning": ("a", "opsaetning"),
    "12-aarlig-evaluering": ("a", "evaluering"),
    "13-aarlig-indhold": ("a", "indhold"),
    "14-aarlig-maal": ("a", "maal"),
    "15-aarlig-kompetenceplan": ("a", "uddannelse"),  # point six; the file keeps its name
    "16-aarlig-referat": ("a", "referat"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--scale", default="1")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from drøftelse.domain.templates import TemplateLibrary
    from drøftelse.paths import templates_dir
    from drøftelse.store.database import open_database
    from drøftelse.store.demo import create_annual_demo
    from drøftelse.ui.app import open_main_window, setup_application

    setup_application(app, catch_errors=False)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "demo.sqlite"
        db = open_database(db_path)
        meetings = {"a": create_annual_demo(db, TemplateLibrary(templates_dir()), today=dt.date(2026, 11, 20))}
        meetings["k"] = meetings["a"] - 2  # the demo kompetencedrøftelse is made first
        window = open_main_window(db_path, clock=lambda: 1000.0)
        window.list_page.year.today = lambda: dt.date(2026, 11, 20)
        window.list_page.refresh()
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        suffix = "" if args.scale == "1" else f"-{args.scale}x"
        for name, (which, step) in SHOTS.items():
            if step is not None:
                if window.view is None or window.view.meeting_id != meetings[which]:
                    window.open_meeting(meetings[which])
                view = window.view
                view.go_to_step(step)
                if step == "runde":
                    view.page.timer.reset(4 * 60)  # show the calm warning near the end
                    view.page.timer._accumulated = 4 * 60 - 25
                    view.page.timer.changed.emit()
            app.processEvents()
            window.grab().save(str(args.out / f"{name}{suffix}.png"))
        window.close_meeting()
        window.list_page.show_plan()
        for _ in range(5):  # the rows are measured once the columns have their widths (a short timer)
            app.processEvents()
            time.sleep(0.05)
        app.processEvents()
        window.grab().save(str(args.out / f"17-udvalgets-handleplan{suffix}.png"))
        window.list_page.tabs.setCurrentIndex(0)
        window.open_meeting(meetings["k"])
        window.view.go_to_step("runde")
        window.view.toggle_presentation()
        shown = window.view.presentation_window
        shown.showNormal()  # the offscreen screen is smaller than a projector: the picture is taken at 1366×768
        shown.setGeometry(0, 0, 1366, 768)
        window.view.page.timer.reset(4 * 60)
        window.view.page.timer._accumulated = 4 * 60 - 25  # the calm warning near the end, as on the Runde step
        window.view.page.timer.start()
        app.processEvents()
        shown.grab().save(str(args.out / f"10-praesentation{suffix}.png"))
        window.view.flush()
        window.close()
    print(f"Skærmbilleder gemt i {args.out}")


if __name__ == "__main__":
    main()
