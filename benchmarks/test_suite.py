"""Benchmark: the wall time of `make test`, the suite a developer runs often (issue 33: under 2 min 30 s on 2 CPUs).

It runs exactly the pytest command of `make test` (the Makefile's recipe, through make with its other steps, the
system packages, .venv and the translations, taken as done: `make bench` has just made .venv, and the translations
are built first, untimed), in a subprocess, and times it from start to end: collection, the xdist workers' start
and every test but the slow group (`make test-slow`, not timed here). A failing suite is a failed benchmark.

The baseline is the target, 150 s, not a measurement; with `--serial` the same tests are also run one at a time
(`-n 0`) and that run is the baseline instead, measured in the same run. On a machine shared with other work both
figures move with its load.

    .venv/bin/python benchmarks/test_suite.py [--serial]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from bench_line import bench

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 150.0
GIVE_UP_S = 1200.0
DONE = ("system-deps", ".venv/.installed-stamp", "translations")  # make's steps before the tests, not timed


def make_test(extra: str = "") -> float:
    """Seconds `make test`'s pytest command took; exits with its output when a test fails."""
    command = ["make", "--no-print-directory", *(f"--old-file={step}" for step in DONE), "test"]
    env = dict(os.environ, PYTEST_ARGS=extra)
    start = time.perf_counter()
    # in a session of its own: should an xdist worker die and xdist wait for it, the whole group is ended after
    # GIVE_UP_S and the benchmark fails, instead of `make bench` waiting for ever
    with subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    ) as child:
        try:
            out, err = child.communicate(timeout=GIVE_UP_S)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            out, err = child.communicate()
            sys.exit(f"make test did not end within {GIVE_UP_S:.0f} s:\n{out[-3000:]}{err[-3000:]}")
    done = subprocess.CompletedProcess(command, child.returncode, out, err)
    took = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"make test failed ({done.returncode}):\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    print(done.stdout.strip().splitlines()[-1], flush=True)  # pytest's summary: how many passed, skipped …
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serial", action="store_true", help="also run the tests one at a time, as the baseline")
    args = parser.parse_args()
    built = ["make", "--no-print-directory", f"--old-file={DONE[1]}", "translations"]
    subprocess.run(built, cwd=ROOT, check=True, capture_output=True)
    parallel = make_test()
    serial = make_test("-n 0") if args.serial else None
    bench(
        "test_suite",
        parallel,
        "s",
        baseline=serial if serial is not None else TARGET_S,
        target="<= 150",
        note="make test (every test but make test-slow's), wall time; "
        + ("baseline: the same tests one at a time" if serial is not None else "baseline: the 150 s target"),
    )


if __name__ == "__main__":
    main()
