"""Benchmark: the handleplan PDF as a chair gets it, `droeftelse --db FIL handleplan MØDE --pdf UD.pdf`, the whole
process (start, the database read, the layout, the file written), against a bare reportlab script doing the same
work in its own process: it reads the same rows from the same file with sqlite3, escapes them, lays out the same six
columns with the same font and widths in a long table, and writes the file. No furniture, hyphenation, signatures
or row splitting in the bare script: those are ours to pay for.

Rows are cells of 120–240 characters with `&`, `<` and `>` in them, as typed. Every run is a fresh process
(interleaved: bare, ours, bare, …; medians of the wall time); peak memory is the child's own (ru_maxrss from wait4).

  pdf_500         the command for 500 rows: its time, ratio to the bare script's
  pdf_5000        (no target) the same at 5,000 rows
  pdf_5000_peak   the command's peak memory at 5,000 rows; baseline: the bare script's

    .venv/bin/python benchmarks/handleplan_export.py [--runs 3]
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_line import bench  # noqa: E402

LONG = (
    "Vi inddrager medarbejderne på lageret & kontoret i at finde løsninger (<10 min. pr. dag, >3 forslag), der "
    "virker i hverdagen, og vi følger op på, om de virker. "
) * 3

# The bare script: sqlite3 and reportlab alone, the same texts escaped as reportlab needs them
BARE = """
import sqlite3, sys
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

db, meeting, target, fonts = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
pdfmetrics.registerFont(TTFont("R", f"{fonts}/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("B", f"{fonts}/DejaVuSans-Bold.ttf"))
columns = ("hvad", "hvorfor", "hvordan", "hvornaar", "hvem", "opfoelgning")
rows = sqlite3.connect(db).execute(
    f"SELECT {', '.join(columns)} FROM action_item WHERE meeting_id = ? ORDER BY position", (meeting,)
).fetchall()
body = ParagraphStyle("b", fontName="R", fontSize=8.5, leading=10.5)
head = ParagraphStyle("h", parent=body, fontName="B")
width = landscape(A4)[0] - 28 * mm
widths = [width * w / 102 for w in (17, 17, 19, 13, 18, 18)]
data = [[Paragraph(c, head) for c in ("Hvad", "Hvorfor", "Hvordan", "Hvornår", "Hvem", "Opfølgning")]]
data += [[Paragraph(escape(text), body) for text in row] for row in rows]
doc = SimpleDocTemplate(target, pagesize=landscape(A4), leftMargin=14 * mm, rightMargin=14 * mm)
doc.build([Table(data, colWidths=widths, repeatRows=1, longTableOptimize=1)])  # as reportlab advises
"""


def make_database(path: Path, rows: int) -> int:
    """A meeting with `rows` handleplan rows, made in a child process (the parent stays small)."""
    code = f"""
import datetime as dt
from pathlib import Path
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.paths import templates_dir
from drøftelse.services import meetings as service
from drøftelse.services.database import open_database
LONG = {LONG!r}
db = open_database(Path({str(path)!r}))
templates = TemplateLibrary(templates_dir())
cid = service.create_committee(db, "Arbejdsmiljøudvalget, Fjordens Lager & Logistik A/S")
mid = service.create_meeting(db, cid, templates.get("kompetencedroeftelse"), "Kompetencedrøftelse 2026",
                             dt.date(2026, 11, 20), "Mødelokale 2").id
keys = ("hvad", "hvorfor", "hvordan", "hvornaar", "hvem", "opfoelgning")
with db.transaction():
    for n in range({rows}):
        texts = {{k: f"{{k}} {{n}}: " + LONG[: 110 + (n * 7 + i * 31) % 120] for i, k in enumerate(keys)}}
        service.add_action_item(db, mid, service.ActionFields(**texts))
db.dispose()
print(mid)
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return int(out.stdout.split()[-1])


def timed_process(cmd: list[str]) -> tuple[float, float]:
    """Wall time of the whole process and its peak resident memory (MiB), from wait4's rusage."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    took = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{cmd[:4]} failed: {child.stderr.read().decode()[-2000:]}")
    child.stderr.close()
    return took, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=500)
    args = parser.parse_args()
    from drøftelse.paths import fonts_dir

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        results = {}
        for rows in (args.rows, args.rows * 10):
            db = tmp / f"plan{rows}.sqlite"
            meeting = make_database(db, rows)
            out = tmp / "ud.pdf"

            def ours(db=db, meeting=meeting, out=out):
                out.unlink(missing_ok=True)
                cmd = [sys.executable, "-m", "drøftelse", "--db", str(db), "handleplan", str(meeting), "--pdf"]
                return timed_process([*cmd, str(out)])

            def bare(db=db, meeting=meeting, out=out):
                return timed_process([sys.executable, "-c", BARE, str(db), str(meeting), str(out), str(fonts_dir())])

            if rows == args.rows:
                ours(), bare()  # the file cache and the compiled modules, for both
            runs = args.runs if rows == args.rows else 1
            measured = {"ours": [], "bare": []}
            for _ in range(runs):
                measured["bare"].append(bare())
                measured["ours"].append(ours())
            results[rows] = {
                kind: (statistics.median(t for t, _ in m), max(p for _, p in m)) for kind, m in measured.items()
            }
            print(
                f"{rows} rows: ours {results[rows]['ours'][0]:.2f} s, {results[rows]['ours'][1]:.0f} MiB; bare "
                f"reportlab {results[rows]['bare'][0]:.2f} s, {results[rows]['bare'][1]:.0f} MiB",
                flush=True,
            )
    small, big = results[args.rows], results[args.rows * 10]
    bench(f"pdf_{args.rows}", small["ours"][0], "s", small["bare"][0], target="ratio <= 0.6")
    bench(f"pdf_{args.rows * 10}", big["ours"][0], "s", big["bare"][0])
    bench(f"pdf_{args.rows * 10}_peak", big["ours"][1], "MiB", big["bare"][1], target="<= 150")


if __name__ == "__main__":
    main()
