"""Screenshots of every page with the demo meetings: for the README, and to check that every page fits (issue 31).

    .venv/bin/python scripts/screenshots.py                       # the README's pictures (1366×768, offscreen)
    .venv/bin/python scripts/screenshots.py --all --out /tmp/shots  # every page at 1280×720, 1366×768 and
                                                                    # 2732×1536 at 200 %, each under its own Xvfb
    .venv/bin/python scripts/screenshots.py --screen 1280x720       # on the display it is given (xcb)

The window is sized as a user's would be (ui/window_size.py: the screen's free area, never larger), so a page that
does not fit shows it in the picture. The pictures of a checking run are named `<page>-<width>x<height>[@2x].png`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
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
    "11b-aarlig-hoering": ("a", "hoering"),
    "11c-aarlig-forberedelse": ("a", "forberedelse"),
    "12-aarlig-evaluering": ("a", "evaluering"),
    "13-aarlig-indhold": ("a", "indhold"),
    "13b-aarlig-samarbejde": ("a", "samarbejde"),
    "14-aarlig-maal": ("a", "maal"),
    "14b-aarlig-viden": ("a", "viden"),
    "15-aarlig-kompetenceplan": ("a", "uddannelse"),  # point six; the file keeps its name
    "16-aarlig-referat": ("a", "referat"),
    "16b-aarlig-handleplan": ("a", "handleplan"),
}
SIZES = (("1280x720", "1"), ("1366x768", "1"), ("2732x1536", "2"))  # the screens of issue 31; the last at 200 %


def every_size(out: Path) -> None:
    """Take the pictures once per screen size, each run under its own Xvfb of that size."""
    for screen, scale in SIZES:
        env = dict(os.environ, QT_QPA_PLATFORM="xcb")
        command = [sys.executable, __file__, "--screen", screen, "--scale", scale, "--out", str(out)]
        xvfb = ["xvfb-run", "-a", "-s", f"-screen 0 {screen}x24"]
        subprocess.run(xvfb + command, env=env, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--scale", default="1")
    parser.add_argument("--screen", help="WxH: take the pictures on this display, named with the size")
    parser.add_argument("--all", action="store_true", help="every page at the three sizes of issue 31 (Xvfb)")
    args = parser.parse_args()
    if args.all:
        every_size(args.out)
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale
    settings_home = tempfile.TemporaryDirectory()  # no remembered window size of the user's is read or changed
    os.environ["XDG_CONFIG_HOME"] = settings_home.name
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from drøftelse.domain.template_library import TemplateLibrary
    from drøftelse.paths import templates_dir
    from drøftelse.store.database import open_database
    from drøftelse.store.demo import create_annual_demo
    from drøftelse.ui.app import open_main_window, setup_application

    setup_application(app, catch_errors=False)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = ""
    if args.screen:
        suffix = f"-{args.screen}" + ("" if args.scale == "1" else f"@{args.scale}x")
    elif args.scale != "1":
        suffix = f"-{args.scale}x"

    def settle() -> None:
        for _ in range(5):  # rows are measured once the columns have their widths (a short timer)
            app.processEvents()
            time.sleep(0.05)
        app.processEvents()

    def save(widget, name: str) -> None:
        settle()
        widget.grab().save(str(args.out / f"{name}{suffix}.png"))

    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "demo.sqlite"
        db = open_database(db_path)
        meetings = {"a": create_annual_demo(db, TemplateLibrary(templates_dir()), today=dt.date(2026, 11, 20))}
        meetings["k"] = meetings["a"] - 2  # the demo kompetencedrøftelse is made first
        window = open_main_window(db_path, clock=lambda: 1000.0)
        window.list_page.year.today = lambda: dt.date(2026, 11, 20)
        window.list_page.refresh()
        if not args.screen:
            window.resize(1366, 768)  # offscreen: the README's size
        window.show()
        for name, (which, step) in SHOTS.items():
            if step is not None:
                if window.view is None or window.view.meeting_id != meetings[which]:
                    window.open_meeting(meetings[which])
                view = window.view
                if step not in [s.key for s in view.order]:
                    continue
                view.go_to_step(step)
                if step == "runde":
                    view.page.timer.reset(4 * 60)  # show the calm warning near the end
                    view.page.timer._accumulated = 4 * 60 - 25
                    view.page.timer.changed.emit()
            save(window, name)
        window.close_meeting()
        window.list_page.show_plan()
        save(window, "17-udvalgets-handleplan")
        window.list_page.tabs.setCurrentIndex(0)
        welcome(window, save)
        window.open_meeting(meetings["k"])
        window.view.go_to_step("runde")
        window.view.toggle_presentation()
        shown = window.view.presentation_window
        if not args.screen:
            shown.showNormal()  # the offscreen screen is smaller than a projector: the picture is taken at 1366×768
            shown.setGeometry(0, 0, 1366, 768)
        window.view.page.timer.reset(4 * 60)
        window.view.page.timer._accumulated = 4 * 60 - 25  # the calm warning near the end, as on the Runde step
        window.view.page.timer.start()
        save(shown, "10-praesentation")
        window.view.flush()
        window.close()
    print(f"Skærmbilleder gemt i {args.out}")


def welcome(window, save) -> None:
    """The welcome dialog of a first start, its committee name left empty."""
    from drøftelse.ui.dialogs import WelcomeDialog

    dialog = WelcomeDialog(window)
    dialog.show()
    if hasattr(dialog, "check_name"):
        dialog.check_name()
    save(dialog, "00-velkommen")
    dialog.reject()


if __name__ == "__main__":
    main()
