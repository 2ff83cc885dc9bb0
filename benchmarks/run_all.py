"""`make bench`: run every benchmark, pass its BENCH lines through, and write docs/performance.md from them.

No figure in docs/performance.md is typed by hand: the table is this run's, with the machine and the date.
`--bundle` also builds the desktop bundle and adds `bundle_size` (`make bench-bundle`).

    .venv/bin/python benchmarks/run_all.py [--bundle]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"

# (script, arguments, what it shows): every figure the issue names, and the other benchmarks kept short
SCRIPTS = [
    (
        "startup.py",
        ["--runs", "7"],
        "The first start and a reopen until usable, against a bare main window with a table",
    ),
    ("handleplan_table.py", [], "A meeting of 1,000 handleplan rows opened and edited in the window (offscreen)"),
    (
        "handleplan_export.py",
        ["--runs", "3"],
        "`droeftelse handleplan --pdf` as a whole process: 500 and 5,000 rows against a bare reportlab script",
    ),
    ("cli_commands.py", ["--runs", "5"], "The command line on a database of 50 meetings"),
    ("gui_responsiveness.py", ["--rows", "1000"], "The window while a 1,000-row PDF is written on a worker"),
    ("typing_speed.py", [], "Typing and storing in a meeting of 30 participants and 200 rows"),
    ("committee_handleplan.py", [], "The committee's handleplan of 1,000 rows"),
    ("long_texts.py", [], "Texts at the length limits"),
    ("long_cells.py", [], "A handleplan row of long cells in the window"),
    ("organisation.py", [], "300 committees x 10 years on a throw-away PostgreSQL server, against SQLite"),
    ("phones_load.py", [], "60 phones in the room for 2 minutes, answering and voting (loopback only)"),
    ("test_suite.py", [], "`make test`: the suite a developer runs often, in parallel, against the 150 s target"),
]


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    import PySide6
    import reportlab

    return (
        f"{os.cpu_count()} CPUs ({cpu}), {platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}, reportlab {reportlab.Version}"
    )


def run(script: str, extra: list[str]) -> tuple[list[dict], float]:
    (RESULTS / f"{Path(script).stem}.json").unlink(missing_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(HERE / script), *extra], env=env, capture_output=True, text=True)
    took = time.perf_counter() - start
    for line in done.stdout.splitlines():
        if line.startswith("BENCH"):
            print(line, flush=True)
    if done.returncode != 0:
        print(f"{script} failed:\n{done.stderr[-3000:]}", file=sys.stderr)
        return [], took
    result = RESULTS / f"{Path(script).stem}.json"
    figures = json.loads(result.read_text()) if result.exists() else []
    if not figures:  # an older script that prints BENCH lines but writes no JSON
        for line in done.stdout.splitlines():
            if line.startswith("BENCH"):
                parts = line.split()
                figure = {"name": parts[1], "value": float(parts[2]), "unit": parts[3]}
                for part in parts[4:]:
                    if "=" in part:
                        key, value = part.split("=", 1)
                        figure[key] = float(value)
                figures.append(figure)
    return figures, took


def write_doc(sections: list[tuple[str, str, list[dict], float]], total: float) -> None:
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (`benchmarks/run_all.py`) from the run below; nothing here is typed by hand.",
        f"Run on {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z} on {machine()}; the whole run took "
        f"{total / 60:.1f} minutes. Every baseline is measured in the same run, interleaved with what it is compared "
        "with where the script can; compare ratios, not milliseconds, between runs (the machine may be shared).",
        "Timings are never asserted in the test suite. Each script's docstring says what it measures.",
        "",
    ]
    for script, title, figures, took in sections:
        lines += [f"## {title} (`benchmarks/{script}`, {took:.0f} s)", ""]
        if not figures:
            lines += ["The script failed in this run: no figures.", ""]
            continue
        lines += ["| figure | value | baseline | ratio | target | |", "| --- | ---: | ---: | ---: | --- | --- |"]
        for f in figures:
            baseline = f"{f['baseline']:g} {f['unit']}" if "baseline" in f else ""
            ratio = f"{f['ratio']:.2f}×" if "ratio" in f else ""
            verdict = ("met" if f["met"] else "**not met**") if "met" in f else ""
            lines.append(
                f"| `{f['name']}` | {f['value']:g} {f['unit']} | {baseline} | {ratio} | {f.get('target', '')} | "
                f"{verdict} |"
            )
        lines.append("")
    (ROOT / "docs" / "performance.md").write_text("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", action="store_true", help="also build the bundle and measure it")
    args = parser.parse_args()
    scripts = SCRIPTS + ([("bundle_size.py", [], "The desktop bundle (`make bundle`)")] if args.bundle else [])
    RESULTS.mkdir(exist_ok=True)
    start, sections = time.perf_counter(), []
    for script, extra, title in scripts:
        figures, took = run(script, extra)
        sections.append((script, title, figures, took))
    total = time.perf_counter() - start
    write_doc(sections, total)
    print(f"all benchmarks: {total:.0f} s; docs/performance.md written")


if __name__ == "__main__":
    main()
