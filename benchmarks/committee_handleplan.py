"""Benchmark: the committee's handleplan export (snapshot + document, as `droeftelse handleplan --udvalg` and the
window do it) as PDF, CSV and XLSX, for the `demo --aarlig` committee and for a committee of 1,000 rows.

Baselines, measured in the same run on the same rows: the per-meeting handleplan PDF and CSV of the meetings the
rows are in (the export HR had before), and for the XLSX the committee's own CSV. Not a test: nothing here
asserts a time.

    .venv/bin/python benchmarks/committee_handleplan.py [--rows 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from drøftelse.domain.actions import ActionFields, Status
from drøftelse.domain.committee_plan import PlanFilter
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.paths import templates_dir
from drøftelse.services.exports import write_committee_handleplan, write_handleplan
from drøftelse.store import action_items
from drøftelse.store import meetings as store
from drøftelse.store.database import open_database
from drøftelse.store.demo import create_annual_demo

TODAY = dt.date(2026, 11, 20)
EVERY_ROW = PlanFilter(frozenset(Status))  # the same rows as the meetings' own plans
WHEN = ("1. kvartal", "uge 12", "inden sommerferien", "3. kvartal", "ultimo marts", "om 3 måneder", "næste år", "")
TEXT = "Vi inddrager medarbejderne på lageret & kontoret i at finde løsninger, der virker i hverdagen. "


def thousand_rows(db, templates, rows: int) -> tuple[int, list[int]]:
    """A committee whose `rows` rows are spread over four meetings; (committee id, meeting ids)."""
    cid = store.create_committee(db, "AMO med 1.000 rækker")
    kinds = ("aarlig_arbejdsmiljoedroeftelse", "kompetencedroeftelse")
    meetings = [
        store.create_meeting(db, cid, templates.get(kinds[i % 2]), f"Møde {i + 1}", TODAY.replace(year=2023 + i))
        for i in range(4)
    ]
    with db.transaction():
        for n in range(rows):
            fields = ActionFields(
                hvad=f"Punkt {n}: " + TEXT,
                hvorfor=TEXT * (1 + n % 3),
                hvordan=TEXT * (1 + n % 2),
                hvornaar=WHEN[n % len(WHEN)],
                hvem="Mette Kjær Andersen og Łukasz Wiśniewski",
                opfoelgning="Ved årlig drøftelse i 4. kvartal",
            )
            action_items.add_action_item(db, meetings[n % 4], fields)
    return cid, meetings


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench(name: str, db, templates, cid: int, meetings: list[int], out: Path, repeat: int) -> None:
    def committee(fmt: str):
        return lambda: write_committee_handleplan(db, templates, cid, {fmt: out / f"u.{fmt}"}, EVERY_ROW, TODAY)

    def per_meeting(csv: bool):
        suffix = "csv" if csv else "pdf"
        return lambda: [write_handleplan(db, templates, m, out / f"m{m}.{suffix}", csv=csv) for m in meetings]

    rows = write_committee_handleplan(db, templates, cid, {"csv": out / "n.csv"}, EVERY_ROW, TODAY).rows
    figures = {
        "pdf": (timed(committee("pdf"), repeat), timed(per_meeting(False), repeat), "per-meeting PDFs"),
        "csv": (timed(committee("csv"), repeat), timed(per_meeting(True), repeat), "per-meeting CSVs"),
    }
    figures["xlsx"] = (timed(committee("xlsx"), repeat), figures["csv"][0], "committee CSV")
    for fmt, (ours, base, what) in figures.items():
        print(
            f"BENCH committee_handleplan_{fmt}_{name} {ours * 1000:.0f} ms baseline={base * 1000:.0f} ms "
            f"({what}, {len(meetings)} meetings) ratio={ours / base:.2f} rows={rows} "
            f"size={(out / f'u.{fmt}').stat().st_size // 1024} KiB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    templates = TemplateLibrary(templates_dir())
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        db = open_database(out / "bench.sqlite")
        annual = create_annual_demo(db, templates, today=TODAY)
        cid = store.get_meeting(db, annual).committee_id
        demo_meetings = [annual - 2, annual - 1, annual]  # kompetencedrøftelse, last year's and this year's
        write_committee_handleplan(db, templates, cid, {"pdf": out / "warm.pdf", "xlsx": out / "warm.xlsx"})
        bench("demo_aarlig", db, templates, cid, demo_meetings, out, args.repeat)
        big, meetings = thousand_rows(db, templates, args.rows)
        bench(f"{args.rows}_rows", db, templates, big, meetings, out, args.repeat)
        db.dispose()


if __name__ == "__main__":
    main()
