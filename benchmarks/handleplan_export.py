"""Benchmark: our handleplan PDF export against bare reportlab laying out the same table with the same font, and
how it grows from 500 to 5,000 rows.

  pdf_500        our PDF of 500 rows (cells of ~180 characters), ratio to bare reportlab's table of the same rows
  pdf_5000       our PDF of 5,000 such rows, ratio to pdf_500 (10x the rows: <= 10.5x the time)
  pdf_5000_peak  the peak memory (VmHWM) of the process that wrote it

Every figure is its own child process (interleaved, medians), so each peak is the writing's own. Not a test:
timings depend on the machine, so nothing here asserts a time.

    .venv/bin/python benchmarks/handleplan_export.py [--runs 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_line import bench, peak_mib  # noqa: E402

from drøftelse.documents.fonts import register_fonts
from drøftelse.documents.handleplan_pdf import render_handleplan
from drøftelse.domain.actions import COLUMNS
from drøftelse.domain.snapshots import ActionRow, Approval, HandleplanSnapshot, Signer

LONG = (
    "Vi inddrager medarbejderne på lageret & kontoret i at finde løsninger, der virker i hverdagen, "
    "og vi følger op på, om de virker. "
) * 3


def make_snapshot(rows: int) -> HandleplanSnapshot:
    def row(n: int) -> ActionRow:  # cells of 120–240 characters, ~180 on average
        texts = {k: f"{k} {n}: " + LONG[: 110 + (n * 7 + i * 31) % 120] for i, (k, _) in enumerate(COLUMNS)}
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


def child(kind: str, rows: int) -> None:
    """Write one PDF in this process (fonts and imports warmed on 3 rows first); print its time and the peak."""
    fn = render_handleplan if kind == "ours" else bare_reportlab
    register_fonts()
    fn(make_snapshot(3))
    snapshot = make_snapshot(rows)
    start = time.perf_counter()
    size = len(fn(snapshot))
    print(json.dumps({"seconds": time.perf_counter() - start, "peak": peak_mib(), "size": size}))


def run(kind: str, rows: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--rows", str(rows)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=500)
    parser.add_argument("--child", choices=("ours", "bare"))
    args = parser.parse_args()
    if args.child:
        child(args.child, args.rows)
        return
    bare, ours = [], []
    for _ in range(args.runs):
        bare.append(run("bare", args.rows))
        ours.append(run("ours", args.rows))
    big = run("ours", args.rows * 10)
    b = statistics.median(r["seconds"] for r in bare)
    o = statistics.median(r["seconds"] for r in ours)
    print(
        f"{args.rows} rows: bare reportlab {b:.2f} s ({bare[-1]['size'] / 1024:.0f} KiB), ours {o:.2f} s "
        f"({ours[-1]['size'] / 1024:.0f} KiB); {args.rows * 10} rows: {big['seconds']:.2f} s "
        f"({big['size'] / 1024:.0f} KiB); peaks: bare {bare[-1]['peak']:.0f} MiB, ours {ours[-1]['peak']:.0f} MiB"
    )
    bench(f"pdf_{args.rows}", o, "s", b, target="ratio <= 0.6")
    bench(f"pdf_{args.rows * 10}", big["seconds"], "s", o, target="ratio <= 10.5")
    bench(f"pdf_{args.rows * 10}_peak", big["peak"], "MiB", target="<= 150")


if __name__ == "__main__":
    main()
