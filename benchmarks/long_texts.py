"""Benchmark: documents made from texts at the length limits (domain/limits.py; issue 17, point 9).

- a handleplan PDF with one row of six 100,000-character cells (the limit per cell; "&", "<" and ">" in every
  sentence, which the PDF's markup escapes), and one with a single
  1,000,000-character cell stored before the limit existed (written into the file directly): both must take
  seconds, not minutes (before the cells were printed piece by piece: 18 s and more than 300 s);
- the forberedelsesark with the meeting's title, place, committee and every participant's name at 500 characters.

The baseline is the same document for the demo meeting (short texts), made in the same run; median of 3.

    .venv/bin/python benchmarks/long_texts.py
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

ROUNDS = 3


def text(n: int) -> str:
    # with the characters a PDF's markup must escape, as chairs type them: "&", "<" and ">"
    words = "Støj & kemi i pakkeriet (<85 dB, >3 stoffer) følges op af AMR og leder; nye rutiner aftales med HR. "
    return (words * (n // len(words) + 1))[:n]


def demo(folder: Path, name: str):
    from drøftelse.domain.template_library import TemplateLibrary
    from drøftelse.paths import templates_dir
    from drøftelse.services.database import open_database
    from drøftelse.services.meetings import create_demo

    path = folder / f"{name}.sqlite"
    db = open_database(path)
    templates = TemplateLibrary(templates_dir())
    return db, templates, create_demo(db, templates), path


def median_s(make) -> tuple[float, list[float]]:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        make()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def main() -> None:
    import shutil

    from drøftelse.domain.actions import TEXT_FIELDS
    from drøftelse.domain.limits import MAX_LINE, MAX_TEXT
    from drøftelse.services import meetings as service
    from drøftelse.services.exports import write_handleplan, write_sheets

    folder = Path(tempfile.mkdtemp())
    try:
        db, templates, meeting, _ = demo(folder, "baseline")
        n = [0]

        def pdf(db, meeting):
            n[0] += 1
            write_handleplan(db, templates, meeting, folder / f"h{n[0]}.pdf")

        def sheets(db, meeting):
            n[0] += 1
            write_sheets(db, templates, meeting, folder / f"ark{n[0]}")

        base_pdf, _ = median_s(lambda: pdf(db, meeting))
        base_ark, _ = median_s(lambda: sheets(db, meeting))

        full, _, full_meeting, _ = demo(folder, "six-cells")
        fields = service.ActionFields(**{f: text(MAX_TEXT) for f in TEXT_FIELDS})
        service.add_action_item(full, full_meeting, fields)
        six, six_runs = median_s(lambda: pdf(full, full_meeting))

        old, _, old_meeting, old_path = demo(folder, "million")
        old.dispose()
        conn = sqlite3.connect(old_path)  # as a file from before the limit could hold it
        conn.execute("UPDATE action_item SET hvordan = ? WHERE id = (SELECT min(id) FROM action_item)", (text(10**6),))
        conn.commit()
        conn.close()
        million, million_runs = median_s(lambda: pdf(old, old_meeting))

        names, _, names_meeting, _ = demo(folder, "names")
        service.update_meeting(names, names_meeting, title=text(MAX_LINE), place=text(MAX_LINE))
        for p in service.participants(names, names_meeting):
            service.update_participant(names, p.id, name=text(MAX_LINE), role=text(MAX_LINE))
        ark, ark_runs = median_s(lambda: sheets(names, names_meeting))

        print(f"six {MAX_TEXT:,}-character cells in one row: {', '.join(f'{t:.2f}' for t in six_runs)} s")
        print(
            f"one 1,000,000-character cell (stored before the limit): {', '.join(f'{t:.2f}' for t in million_runs)} s"
        )
        print(f"forberedelsesark with {MAX_LINE}-character names: {', '.join(f'{t:.2f}' for t in ark_runs)} s")
        print(f"BENCH handleplan_six_cells_at_limit {six:.2f} s baseline={base_pdf:.2f} ratio={six / base_pdf:.1f}")
        print(
            f"BENCH handleplan_million_char_cell {million:.2f} s baseline={base_pdf:.2f} ratio={million / base_pdf:.1f}"
        )
        print(f"BENCH sheets_names_at_limit {ark:.2f} s baseline={base_ark:.2f} ratio={ark / base_ark:.1f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
