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
from pathlib import Path

SHOTS = {  # file name: the step key (None: the meeting list)
    "01-moeder": None,
    "02-opsaetning": "opsaetning",
    "03-forberedelse": "forberedelse",
    "04-rammen": "rammen",
    "05-runde": "runde",
    "06-enige": "enige",
    "07-kompetencer": "kompetencer",
    "08-handleplan": "handleplan",
    "09-afslut": "afslut",
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
    from drøftelse.store.demo import create_demo_meeting
    from drøftelse.ui.app import open_main_window, setup_application

    setup_application(app, catch_errors=False)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "demo.sqlite"
        db = open_database(db_path)
        meeting = create_demo_meeting(db, TemplateLibrary(templates_dir()), today=dt.date(2026, 11, 20))
        window = open_main_window(db_path, clock=lambda: 1000.0)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        suffix = "" if args.scale == "1" else f"-{args.scale}x"
        for name, step in SHOTS.items():
            if step is not None:
                if window.view is None:
                    window.open_meeting(meeting)
                view = window.view
                view.go_to([s.key for s in view.template.steps].index(step))
                if step == "runde":
                    view.page.timer.reset(4 * 60)  # show the calm warning near the end
                    view.page.timer._accumulated = 4 * 60 - 25
                    view.page.timer.changed.emit()
            app.processEvents()
            window.grab().save(str(args.out / f"{name}{suffix}.png"))
        window.view.go_to([s.key for s in window.view.template.steps].index("runde"))
        window.view.toggle_presentation()
        shown = window.view.presentation_window
        shown.resize(1366, 768)
        app.processEvents()
        shown.grab().save(str(args.out / f"10-praesentation{suffix}.png"))
        window.view.flush()
        window.close()
    print(f"Skærmbilleder gemt i {args.out}")


if __name__ == "__main__":
    main()
