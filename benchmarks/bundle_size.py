"""Benchmark: the size of the desktop bundle (dist/Drøftelse, made by `make bundle`), and that it still works.

Prints `bundle_size` (MB, 10^6 bytes) and the number of files, the largest parts, then runs scripts/check_bundle.sh
(the frozen app starts its window and writes every PDF it makes). `make bench-bundle` builds the bundle first.

    .venv/bin/python benchmarks/bundle_size.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_line import bench  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "Drøftelse"


def main() -> None:
    if not BUNDLE.is_dir():
        raise SystemExit("dist/Drøftelse findes ikke: kør 'make bundle' først")
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    for p in sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:12]:
        print(f"{p.stat().st_size / 1e6:6.1f} MB  {p.relative_to(BUNDLE)}")
    checked = subprocess.run(["bash", "scripts/check_bundle.sh"], cwd=ROOT, capture_output=True, text=True)
    print(checked.stdout.strip() or checked.stderr.strip())
    if checked.returncode != 0:
        raise SystemExit(f"the frozen app does not work: {checked.stderr.strip()}")
    bench("bundle_size", total / 1e6, "MB", target="< 150")
    bench("bundle_files", len(files), "files")


if __name__ == "__main__":
    main()
