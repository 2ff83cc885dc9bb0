"""`pip install .` into a fresh virtual environment gives a working command with its resources inside.

A resource that only exists in the source tree is the classic failure of a desktop app, so the installed
command is run from a folder far from the source, and the files are looked for inside site-packages.
"""

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

pytestmark = [pytest.mark.slow, pytest.mark.heavy]  # the slow group (make test-slow): a wheel in a fresh venv


def run(*cmd, **kw):
    result = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    assert result.returncode == 0, f"{cmd}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_wheel_in_a_fresh_venv_runs_demo_and_handleplan(tmp_path):
    wheels = tmp_path / "wheels"
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", wheels, REPO)
    (wheel,) = wheels.glob("droeftelse-*.whl")
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv)
    python = venv / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", wheel)

    site = Path(run(python, "-c", "import drøftelse, os; print(os.path.dirname(drøftelse.__file__))").strip())
    assert site.is_relative_to(venv), site
    for shipped in (
        "resources/templates/kompetencedroeftelse.toml",
        "resources/templates/aarlig_arbejdsmiljoedroeftelse.toml",
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/LICENSE-DejaVu.txt",
        "resources/demo/kompetencedroeftelse.json",
        "resources/i18n/droeftelse_en.ts",  # the English catalogue (the .qm is built from it by make)
        "migrations/env.py",
        "migrations/versions/0001_initial.py",
    ):
        assert (site / shipped).is_file(), shipped

    elsewhere = tmp_path / "et-andet-sted"
    elsewhere.mkdir()
    env = {"HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(tmp_path / "data")}
    db = elsewhere / "udvalg.sqlite"
    command = venv / "bin" / "droeftelse"
    assert run(command, "--db", db, "demo", cwd=elsewhere, env=env).strip() == "1"
    run(command, "--db", db, "handleplan", "1", "--pdf", elsewhere / "h.pdf", cwd=elsewhere, env=env)
    assert (elsewhere / "h.pdf").read_bytes().startswith(b"%PDF")
    assert "Integritet: ok" in run(python, "-m", "drøftelse", "--db", db, "check", cwd=elsewhere, env=env)
    assert "Integrity: ok" in run(command, "--lang", "en", "--db", db, "check", cwd=elsewhere, env=env)
