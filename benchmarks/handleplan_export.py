"""Benchmark: our handleplan PDF export against bare reportlab laying out the same table with the same font.

Prints figures and the ratio, both measured in this run (target: ours <= 1.3x bare). Not a test: timings
depend on the machine, so nothing here asserts a time.

    .venv/bin/python benchmarks/handleplan_export.py [--rows 500] [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import time

from drøftelse.documents.fonts import register_fonts
from drøftelse.documents.handleplan_pdf import render_handleplan
from drøftelse.domain.actions import COLUMNS
from drøftelse.domain.snapshots import ActionRow, Approval, HandleplanSnapshot, Signer

LONG = (
    "Vi inddrager medarbejderne på lageret & kontoret i at finde løsninger, der virker i hverdagen, "
    "og vi følger op på, om de virker. "
)


def make_snapshot(rows: int) -> HandleplanSnapshot:
    def row(n: int) -> ActionRow:
        texts = {k: f"{k} {n}: " + LONG * (1 + (n + i) % 4) for i, (k, _) in enumerate(COLUMNS)}
        return ActionRow(position=n, **texts)

    return HandleplanSnapshot(
        committee="Arbejdsmiljøudvalget, Fjordens Lager & Logistik A/S",
        meeting_title="Kompetencedrøftelse 2026",
        meeting_kind_name="Kompetencedrøftelse",
        meeting_date=dt.date(2026, 11, 20),
        place="Mødelokale 2",
        rows=tuple(row(n) for n in range(rows)),
        approval=Approval(
            "arbejdsmiljøudvalget", (Signer("Leder", "Mette Kjær Andersen"), Signer("AMR", "Łukasz Wiśniewski"))
        ),
        rules_reference="AT-vejledning 1.3.1 om systematisk arbejdsmiljøarbejde",
        rules_checked=dt.date(2026, 11, 22),
    )


def bare_reportlab(snapshot: HandleplanSnapshot) -> bytes:
    """The same table in plain reportlab: same font, widths and paragraphs; no escaping, furniture or signatures."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    regular, bold = register_fonts()
    body = ParagraphStyle("b", fontName=regular, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("h", parent=body, fontName=bold)
    width = landscape(A4)[0] - 28 * mm
    widths = [width * w / 100 for w in (17, 17, 19, 11, 18, 18)]
    data = [[Paragraph(h, head) for _, h in COLUMNS]]
    data += [[Paragraph(r.text(k), body) for k, _ in COLUMNS] for r in snapshot.rows]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=14 * mm, rightMargin=14 * mm)
    doc.build(
        [Table(data, colWidths=widths, repeatRows=1, longTableOptimize=1)]
    )  # as reportlab advises for long tables
    return buffer.getvalue()


def timed(fn, snapshot, repeat: int) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        size = len(fn(snapshot))
        times.append(time.perf_counter() - start)
    return statistics.median(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    snapshot = make_snapshot(args.rows)
    register_fonts()
    render_handleplan(make_snapshot(3))  # warm both paths: fonts, imports
    bare_reportlab(make_snapshot(3))
    bare, bare_size = timed(bare_reportlab, snapshot, args.repeat)
    ours, our_size = timed(render_handleplan, snapshot, args.repeat)
    print(f"rows: {args.rows}, repeats: {args.repeat} (median)")
    print(f"bare reportlab:   {bare * 1000:8.0f} ms  ({bare_size / 1024:.0f} KiB)")
    print(f"drøftelse export: {ours * 1000:8.0f} ms  ({our_size / 1024:.0f} KiB)")
    print(f"ratio: {ours / bare:.2f}x (target <= 1.30x)")


if __name__ == "__main__":
    main()
