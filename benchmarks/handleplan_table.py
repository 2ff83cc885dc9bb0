"""Benchmark: the Handleplan step of a meeting with 1,000 rows, as a chair uses it in the window (offscreen).

Figures (each the time until the window has painted the change, event loop included):
  handleplan_edit_1000     editing one cell (the delegate's setData), median of 20 rows
  handleplan_new_row_1000  Ctrl+N, a new row at the end, median of 10
  handleplan_enter_1000    entering the step from the one before, the first time (the page's rows loaded then)
  handleplan_scroll_1000   scrolling the table from top to bottom a page at a time: the longest step
  memory_1000_rows         resident memory of the whole process with the meeting open on that step
Baseline, in the same run and interleaved: a bare QTableView over a QStandardItemModel with the same texts,
word-wrapped, doing the same thing. Rows are ~180 characters a cell, as a municipality writes them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/handleplan_table.py [--rows 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_line import bench, rss_mib  # noqa: E402

TEXT = "Støj i pakkeriet & kemi på lageret – målt, drøftet med leverandøren og fulgt op af AMR hver måned; "


def cell(n: int, k: int) -> str:
    return f"{n}.{k}: " + (TEXT * 2)[: 150 + (n * 7 + k * 13) % 60]


def make_database(path: Path, rows: int) -> None:
    """In a child process, so the memory figure is the window's, not the building's."""
    from drøftelse.domain.templates import TemplateLibrary
    from drøftelse.paths import templates_dir
    from drøftelse.services import meetings as service
    from drøftelse.services.database import open_database

    db = open_database(path)
    templates = TemplateLibrary(templates_dir())
    cid = service.create_committee(db, "Arbejdsmiljøudvalget")
    mid = service.create_meeting(db, cid, templates.get("kompetencedroeftelse"), "Stor", dt.date(2026, 11, 20)).id
    with db.transaction():
        for n in range(rows):
            fields = service.ActionFields(
                hvad=cell(n, 0),
                hvorfor=cell(n, 1),
                hvordan=cell(n, 2),
                hvornaar="3. kvartal 2027",
                hvem=cell(n, 4),
                opfoelgning="december 2027",
            )
            service.add_action_item(db, mid, fields)
    db.dispose()
    print(mid)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--make-db")
    args = parser.parse_args()
    if args.make_db:
        make_database(Path(args.make_db), args.rows)
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp())
    db_path = tmp / "stor.sqlite"
    out = subprocess.run(
        [sys.executable, __file__, "--make-db", str(db_path), "--rows", str(args.rows)],
        check=True,
        capture_output=True,
        text=True,
    )
    meeting_id = int(out.stdout.split()[-1])

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([])
    from drøftelse.ui.app import open_main_window, setup_application

    setup_application(app, catch_errors=False)
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    window = open_main_window(db_path)
    window.resize(1366, 768)
    window.show()
    app.processEvents()

    def timed(action) -> float:
        start = time.perf_counter()
        action()
        app.processEvents()
        app.processEvents()  # and what the first pass queued (rows measured once the layout has settled)
        return (time.perf_counter() - start) * 1000

    window.open_meeting(meeting_id)
    app.processEvents()
    view = window.view
    keys = [s.key for s in view.template.steps]
    at = keys.index("handleplan")
    enter = [timed(lambda: view.go_to(at))]
    for _ in range(4):
        view.go_to(at - 1)
        app.processEvents()
        enter.append(timed(lambda: view.go_to(at)))
    memory = rss_mib()  # before the baseline's table is made in this process
    # the baseline: the same texts in a bare, word-wrapped table of the same size
    bare_model = QStandardItemModel(args.rows, 8)
    for n in range(args.rows):
        for k in range(8):
            bare_model.setItem(n, k, QStandardItem(cell(n, k) if k < 6 else "Åben"))
    bare = QTableView()
    bare.setWordWrap(True)
    bare.setModel(bare_model)
    bare.resize(1100, 560)
    bare.show()
    bare.resizeRowsToContents()
    app.processEvents()

    bare_enter = timed(lambda: (bare_model.layoutChanged.emit(), bare.resizeRowsToContents()))
    page = view.page
    model = page.model

    edits, bare_edits = [], []
    for i in range(20):
        row = (i * 37) % args.rows
        text = f"Rettet {i}: " + cell(row, 0)
        edits.append(timed(lambda r=row, t=text: model.setData(model.index(r, 0), t)))
        bare_edits.append(timed(lambda r=row, t=text: bare_model.setData(bare_model.index(r, 0), t)))

    new_rows, bare_new = [], []
    for _ in range(10):
        new_rows.append(timed(page.add_row))  # what Ctrl+N calls
        bare_new.append(timed(lambda: bare_model.appendRow([QStandardItem("") for _ in range(8)])))
    assert model.rowCount() == args.rows + 10, model.rowCount()

    def scroll(table) -> float:
        table.scrollToTop()
        app.processEvents()
        bar, longest = table.verticalScrollBar(), 0.0
        while bar.value() < bar.maximum():
            longest = max(longest, timed(lambda: bar.setValue(bar.value() + bar.pageStep())))
        return longest

    page.view.setFocus()
    scrolled, bare_scrolled = scroll(page.view), scroll(bare)
    window.close()

    n = args.rows
    bench(f"handleplan_edit_{n}", statistics.median(edits), "ms", statistics.median(bare_edits), target="<= 16")
    bench(f"handleplan_new_row_{n}", statistics.median(new_rows), "ms", statistics.median(bare_new), target="<= 16")
    bench(f"handleplan_enter_{n}", enter[0], "ms", bare_enter, target="<= 150")
    bench(f"handleplan_reenter_{n}", statistics.median(enter[1:]), "ms", bare_enter)
    bench(f"handleplan_scroll_{n}", scrolled, "ms", bare_scrolled, target="<= 50")
    bench(f"memory_{n}_rows", memory, "MiB", target="<= 150")


if __name__ == "__main__":
    main()
