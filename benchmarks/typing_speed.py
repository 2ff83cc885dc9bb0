"""Benchmark: storing an edit, and how long the window is busy while typing, in a meeting with 30 participants
and 200 handleplan rows. Baselines from the same run: a bare sqlite3 upsert with the same settings, and a
keystroke in a bare QPlainTextEdit. Targets: an edit stored in < 5 ms (median); no block over 50 ms.

    .venv/bin/python benchmarks/typing_speed.py
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def build(path: Path):
    from drøftelse.domain.actions import ActionFields
    from drøftelse.domain.template_library import TemplateLibrary
    from drøftelse.paths import templates_dir
    from drøftelse.store import action_items
    from drøftelse.store import meetings as store
    from drøftelse.store.database import open_database

    db = open_database(path)
    templates = TemplateLibrary(templates_dir())
    committee = store.create_committee(db, "Arbejdsmiljøudvalget")
    mid = store.create_meeting(
        db, committee, templates.get("kompetencedroeftelse"), "Stort møde", dt.date(2026, 11, 20)
    )
    for n in range(30):
        store.add_participant(db, mid, f"Deltager {n} Østergård", "Medarbejder")
    text = "Vi inddrager medarbejderne & følger op. " * 4
    for n in range(200):
        action_items.add_action_item(
            db,
            mid,
            ActionFields(
                hvad=f"Række {n}: {text}",
                hvorfor=text,
                hvordan=text,
                hvornaar="3. kvartal",
                hvem="AMR",
                opfoelgning="uge 12",
            ),
        )
    return db, templates, mid


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    app = QApplication([])
    from drøftelse.store import meetings as store
    from drøftelse.ui.app import setup_application

    setup_application(app, catch_errors=False)
    with tempfile.TemporaryDirectory() as tmp:
        db, templates, mid = build(Path(tmp) / "stor.sqlite")
        pid = store.participants(db, mid)[7].id

        # storing one edit: ours (ORM upsert + the meeting's updated_at) against a bare sqlite3 upsert
        conn = db.connect()
        conn.execute("CREATE TABLE bare (k TEXT PRIMARY KEY, v TEXT)")
        bare, ours = [], []
        text = ""
        store.set_answer(db, mid, pid, "forberedelse", "opgaver", "varm")
        for _ in range(300):
            text += "æ"
            t = time.perf_counter()
            conn.execute("INSERT INTO bare VALUES ('a', ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v", (text,))
            conn.commit()
            bare.append(time.perf_counter() - t)
            t = time.perf_counter()
            store.set_answer(db, mid, pid, "forberedelse", "opgaver", text)
            ours.append(time.perf_counter() - t)
        conn.close()

        # the window: opening the meeting, then typing in a preparation box
        from drøftelse.ui.main_window import MainWindow

        window = MainWindow(db, templates)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        t = time.perf_counter()
        window.open_meeting(mid)
        app.processEvents()
        open_ms = (time.perf_counter() - t) * 1000
        view = window.view
        keys = [s.key for s in view.template.steps]
        t = time.perf_counter()
        view.go_to(keys.index("handleplan"))
        app.processEvents()
        handleplan_ms = (time.perf_counter() - t) * 1000
        view.go_to(keys.index("forberedelse"))
        box = view.page.boxes["opgaver"]
        box.setFocus()
        bare_box = QPlainTextEdit()
        bare_box.show()
        keystrokes, bare_keys, flushes = [], [], []
        for i in range(200):
            t = time.perf_counter()
            QTest.keyClick(bare_box, Qt.Key.Key_A)
            app.processEvents()
            bare_keys.append(time.perf_counter() - t)
            t = time.perf_counter()
            QTest.keyClick(box, Qt.Key.Key_A)
            app.processEvents()
            keystrokes.append(time.perf_counter() - t)
            if i % 10 == 9:  # what the debounce timer does after a pause in typing
                t = time.perf_counter()
                view.autosaver.flush()
                flushes.append(time.perf_counter() - t)
        window.close()

    ms = lambda v: v * 1000  # noqa: E731
    print("meeting: 30 participants, 200 handleplan rows")
    print(
        f"store one edit   – ours: median {ms(statistics.median(ours)):.2f} ms, p99 {ms(pct(ours, 99)):.2f} ms;"
        f" bare sqlite3 upsert: median {ms(statistics.median(bare)):.2f} ms, p99 {ms(pct(bare, 99)):.2f} ms;"
        f" ratio {statistics.median(ours) / statistics.median(bare):.1f}x (target: median < 5 ms)"
    )
    print(
        f"keystroke        – ours: median {ms(statistics.median(keystrokes)):.2f} ms, max {ms(max(keystrokes)):.2f} ms;"
        f" bare QPlainTextEdit: median {ms(statistics.median(bare_keys)):.2f} ms, max {ms(max(bare_keys)):.2f} ms"
    )
    print(f"autosave flush   – median {ms(statistics.median(flushes)):.2f} ms, max {ms(max(flushes)):.2f} ms")
    print(f"longest block while typing: {max(ms(max(keystrokes)), ms(max(flushes))):.1f} ms (target <= 50 ms)")
    print(f"open the meeting: {open_ms:.0f} ms; show the 200-row handleplan: {handleplan_ms:.0f} ms")
    print(
        f"BENCH typing_store_edit {ms(statistics.median(ours)):.2f} ms baseline={ms(statistics.median(bare)):.2f}"
        f" ratio={statistics.median(ours) / statistics.median(bare):.2f}"
    )
    print(
        f"BENCH typing_keystroke_max {ms(max(keystrokes)):.2f} ms baseline={ms(max(bare_keys)):.2f}"
        f" ratio={max(keystrokes) / max(bare_keys):.2f}"
    )
    print(f"BENCH typing_autosave_flush {ms(statistics.median(flushes)):.2f} ms")
    import resource

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process (window, meeting, 200 rows): {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
