"""Benchmark: `droeftelse list` and `droeftelse aarshjul` on a database of 50 meetings, as whole processes.

Baseline, interleaved in the same run: `python -c pass` (the interpreter's own start). Also `export` and `import` of
one meeting file (each import adds the meeting again). Medians of --runs launches.

    .venv/bin/python benchmarks/cli_commands.py [--runs 7]
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
from startup import make_database  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--meetings", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "udvalg.sqlite"
        make_database(db, args.meetings)
        env = dict(os.environ, XDG_CONFIG_HOME=str(Path(tmp) / "config"), XDG_DATA_HOME=str(Path(tmp) / "data"))
        ours = [sys.executable, "-m", "drøftelse", "--db", str(db)]
        meeting_file = Path(tmp) / "møde.droeftelse"
        commands = {
            "pass": [sys.executable, "-c", "pass"],
            "list": [*ours, "list"],
            "aarshjul": [*ours, "aarshjul", "--udvalg", "1", "--dato", "2026-11-20"],
            "export": [*ours, "export", "1", "--json", str(meeting_file)],
            "import": [*ours, "import", str(meeting_file)],
        }
        times: dict[str, list[float]] = {k: [] for k in commands}
        for _ in range(args.runs + 1):  # the first round warms the file cache
            for name, cmd in commands.items():
                if name == "export":
                    meeting_file.unlink(missing_ok=True)  # written anew each time
                start = time.perf_counter()
                done = subprocess.run(cmd, env=env, capture_output=True, text=True)
                times[name].append(time.perf_counter() - start)
                if done.returncode != 0:
                    raise SystemExit(f"{name}: {done.stderr.strip()}")
    base = statistics.median(times["pass"][1:])
    for name in ("list", "aarshjul", "export", "import"):
        target = "<= 0.15" if name in ("list", "aarshjul") else "<= 0.3"
        bench(f"cli_{name}_{args.meetings}", statistics.median(times[name][1:]), "s", base, target=target)


if __name__ == "__main__":
    main()
