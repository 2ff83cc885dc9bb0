"""Benchmark: how long the GUI thread is blocked while a 2,000-row handleplan PDF is written from the meeting list
(the button's own path: services on a worker through ui.tasks). A 10 ms QTimer records when it really ran; the
longest gap between two runs is the longest block. Baseline, in the same run: the same timer over an idle event
loop for as long as the export took. Also shown: the same export with Python's default garbage-collector
thresholds (what the app ran with before ui.app set them), so the effect of that setting is measured, not told.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_responsiveness.py [--rows 2000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def timer_gaps(run) -> tuple[float, int, float]:
    """Run `run()` (which spins the event loop until its work is done) under a 10 ms timer: (seconds, longest gap
    in ms, ticks per second)."""
    clock, times = QElapsedTimer(), []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: times.append(clock.elapsed()))
    clock.start()
    timer.start()
    run()
    timer.stop()
    seconds = clock.elapsed() / 1000
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)] or [0]
    return seconds, max(gaps), len(times) / seconds


def idle_for(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--long", action="store_true", help="cells of ~400 characters instead of ~80")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    from drøftelse.domain.template_library import TemplateLibrary
    from drøftelse.paths import templates_dir
    from drøftelse.services import meetings as service
    from drøftelse.services.database import open_database
    from drøftelse.ui.app import open_main_window, setup_application

    setup_application(app, catch_errors=False)
    app_thresholds = gc.get_threshold()
    folder = Path(tempfile.mkdtemp())
    db = open_database(folder / "udvalg.sqlite")
    templates = TemplateLibrary(templates_dir())
    cid = service.create_committee(db, "Arbejdsmiljøudvalget")
    meeting = service.create_meeting(db, cid, templates.get("kompetencedroeftelse"), "Stor", dt.date(2026, 11, 20)).id
    with db.transaction():
        for n in range(args.rows):
            text = f"Række {n}: støj i pakkeriet & kemi – Łódź, målt og fulgt op med leverandøren. " * (
                5 if args.long else 1
            )
            fields = service.ActionFields(hvad=text, hvorfor=text, hvordan=text, hvornaar="3. kvartal 2027", hvem="AMR")
            service.add_action_item(db, meeting, fields)
    db.dispose()
    window = open_main_window(folder / "udvalg.sqlite")
    window.show()
    app.processEvents()

    def export(name: str):
        return lambda: window.list_page.export_handleplan(folder / name, meeting_id=meeting).wait(300_000)

    export("opvarmning.pdf")()  # fonts, reportlab and the progress dialog loaded once, as after a first export
    seconds, ours, ticks = timer_gaps(export("handleplan.pdf"))
    gc.set_threshold(700, 10, 10)  # Python's default
    default_seconds, default_gap, _ = timer_gaps(export("standard-gc.pdf"))
    gc.set_threshold(*app_thresholds)
    _, idle, idle_ticks = timer_gaps(lambda: idle_for(seconds))
    print(f"{args.rows}-row handleplan PDF from the meeting list: {seconds:.2f} s; {ticks:.0f} timer ticks/s")
    print(f"BENCH gui_longest_block_{args.rows}_rows {ours} ms baseline={idle} ratio={ours / max(idle, 1):.1f}")
    print(
        f"BENCH gui_longest_block_{args.rows}_rows_default_gc {default_gap} ms baseline={ours} "
        f"ratio={default_gap / max(ours, 1):.1f}  ({default_seconds:.2f} s)"
    )
    name = f"gui_ticks_per_s_{args.rows}_rows"
    print(f"BENCH {name} {ticks:.0f} ticks/s baseline={idle_ticks:.0f} ratio={ticks / idle_ticks:.2f}")
    window.close()


if __name__ == "__main__":
    main()
