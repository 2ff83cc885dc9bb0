"""The frozen app's smoke test on any system (Windows and macOS in .github/workflows/desktop.yml; Linux has the
fuller scripts/check_bundle.sh): its version, the demo meeting and a handleplan PDF, forberedelsesark out and one
filled in and read back (the sheet reader is a spawned child process of the frozen app itself), and the window
started offscreen.

    python scripts/smoke_bundle.py [dist]

A windowed program on Windows may have no standard output to read: what it prints is checked when there is
any, the files it writes always.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def frozen_program(dist: Path) -> Path:
    candidates = [
        dist / "Drøftelse" / "droeftelse.exe",
        dist / "Drøftelse.app" / "Contents" / "MacOS" / "droeftelse",
        dist / "Drøftelse" / "droeftelse",
    ]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:
        raise SystemExit(f"Bundtet findes ikke (ledte efter {', '.join(map(str, candidates))})")
    return found


def main() -> int:
    dist = (Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist").resolve()  # the app runs in a temporary folder
    program = frozen_program(dist)
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = dict(os.environ, HOME=str(work), USERPROFILE=str(work), APPDATA=str(work / "appdata"))
        env.update(LOCALAPPDATA=str(work / "local"), XDG_DATA_HOME=str(work / "data"), LANGUAGE="da")
        db = str(work / "udvalg.sqlite")

        def app(*args: str, **extra) -> str:
            result = subprocess.run(
                [str(program), *args], capture_output=True, env=dict(env, **extra), timeout=300, cwd=work
            )
            said = result.stdout.decode("utf-8", errors="replace")
            if result.returncode != 0:
                err = result.stderr.decode("utf-8", errors="replace")
                raise SystemExit(f"{program.name} {' '.join(args)} gav {result.returncode}: {said}{err}")
            return said

        said = app("--version")
        assert not said or said.strip() == f"Drøftelse {version}", said
        meeting = app("--db", db, "demo").strip() or "1"  # the first meeting of a new file when nothing is shown
        app("--db", db, "handleplan", meeting, "--pdf", str(work / "handleplan.pdf"))
        assert (work / "handleplan.pdf").read_bytes()[:5] == b"%PDF-", "ingen handleplan"
        app("--db", db, "ark", meeting, "--out", str(work / "ark"))
        sheet = next((work / "ark").glob("*Mette*.pdf"))
        filled = fill(sheet, work / "mette.pdf")
        said = app("--db", db, "indlaes", meeting, str(filled), "--ved-konflikt", "erstat")
        assert not said or "Mette Kjær Andersen – 1 felt(er) indlæst" in said, said
        app("--db", db, "referat", meeting, "--pdf", str(work / "referat.pdf"))
        assert (work / "referat.pdf").read_bytes()[:5] == b"%PDF-", "intet referat"
        app("--db", db, QT_QPA_PLATFORM="offscreen", DROEFTELSE_QUIT_AFTER_START="1")
    print(f"Bundtet virker: {program}")
    return 0


def fill(path: Path, target: Path) -> Path:
    """Fill a box as a participant's PDF reader does (pypdf, from the project's own dependencies)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(path))
    writer.update_page_form_field_values(writer.pages[0], {"ark_styrke": "Nyt fra Mette"}, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    with open(target, "wb") as f:
        writer.write(f)
    return target


if __name__ == "__main__":
    sys.exit(main())
