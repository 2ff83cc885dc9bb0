"""One line per figure, `BENCH <name> <value> <unit> [baseline=<value> ratio=<value>] [target=…]`, and the same
figures in a JSON file beside the script (benchmarks/results/<script>.json), so `run_all.py` and later runs can
follow each figure by its name."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

# Every process a benchmark starts runs compiled modules, as an installed app does (pip and the bundle keep them): a
# shell that sets PYTHONDONTWRITEBYTECODE would have each child compile the app's 100 modules again on every start.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

RESULTS = Path(__file__).resolve().parent / "results"
_figures: list[dict] = []


def bench(name: str, value: float, unit: str, baseline: float | None = None, target: str = "", note: str = "") -> None:
    """Print one figure (and remember it for the JSON file). `target` is how the figure is judged, e.g. "<= 16"
    (on the value) or "ratio <= 2" (on the ratio)."""
    figure = {"name": name, "value": round(value, 4), "unit": unit}
    line = f"BENCH {name} {_fmt(value)} {unit}"
    if baseline is not None:
        ratio = value / baseline if baseline else float("inf")
        figure |= {"baseline": round(baseline, 4), "ratio": round(ratio, 3)}
        line += f" baseline={_fmt(baseline)} ratio={ratio:.2f}"
    if target:
        figure["target"] = target
        figure["met"] = met(figure)
        line += f"  (target {target}: {'met' if figure['met'] else 'NOT MET'})"
    if note:
        figure["note"] = note
    _figures.append(figure)
    print(line, flush=True)
    _write()


def met(figure: dict) -> bool:
    target = figure["target"]
    subject = figure.get("ratio") if target.startswith("ratio") else figure["value"]
    op, limit = target.removeprefix("ratio").split()
    return subject <= float(limit) if op == "<=" else subject < float(limit)


def _fmt(value: float) -> str:
    return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"


def _write() -> None:
    RESULTS.mkdir(exist_ok=True)
    script = Path(sys.argv[0]).stem or "bench"
    (RESULTS / f"{script}.json").write_text(json.dumps(_figures, indent=1, ensure_ascii=False) + "\n")


def peak_mib(pid: int | str = "self") -> float:
    """A process's own peak resident memory (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


def rss_mib(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")
