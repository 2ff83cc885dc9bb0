"""Windows and macOS start child processes with `spawn`, never `fork`, and have no `resource` module: the sheet
reader (the app's one child process; every other worker is a thread of QThreadPool, ui/tasks.py) runs the same
there. Shown here by reading real sheets with spawn as the default and `resource` taken away, and by a look over
the source for anything that would only work on Linux (issue 31, item 6)."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, run_cli
from test_sheets import fill, meeting  # noqa: F401 - the demo meeting fixture

SOURCE = REPO / "src" / "drøftelse"
POSIX_ONLY = {"resource", "fcntl", "pwd", "grp", "termios", "posix", "tty", "pty"}

# The child's imports of `resource` fail, as on Windows: a module of that name shadows the real one in every
# process started from here (PYTHONPATH comes before the standard library's extension modules)
NO_RESOURCE = 'raise ImportError("no module named resource (as on Windows)")\n'

READ_WITH_SPAWN = """
import multiprocessing, sys
multiprocessing.set_start_method("spawn", force=True)  # Windows' and macOS' way, made the default here
assert multiprocessing.get_start_method() == "spawn"
from drøftelse.documents.sheet_reader import SheetRefused, read_sheet
for path in sys.argv[1:]:
    try:
        sheet = read_sheet(path)
        print("ok", sheet.identity.split(":")[0], sorted(sheet.texts.items()))
    except SheetRefused as e:
        print("afvist", e.message)
"""


def _without_resource(tmp_path: Path) -> dict:
    shadow = tmp_path / "uden-resource"
    shadow.mkdir()
    (shadow / "resource.py").write_text(NO_RESOURCE, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(shadow), *filter(None, [env.get("PYTHONPATH")])])
    return env


def test_the_sheet_reader_reads_and_refuses_with_spawn_and_without_resource(db_path, meeting, tmp_path):  # noqa: F811
    out = tmp_path / "ark"
    assert run_cli("--db", str(db_path), "ark", str(meeting), "--out", str(out)).returncode == 0
    filled = fill(next(out.glob("*Mette*")), {"styrke": "Nyt fra Mette"}, tmp_path / "mette.pdf")
    damaged = tmp_path / "beskadiget.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + os.urandom(4000))
    env = _without_resource(tmp_path)
    assert (
        "resource"
        in subprocess.run([sys.executable, "-c", "import resource"], capture_output=True, text=True, env=env).stderr
    )  # the shadow works
    result = subprocess.run(
        [sys.executable, "-c", READ_WITH_SPAWN, str(filled), str(damaged)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    said = result.stdout.splitlines()
    assert said[0].startswith("ok droeftelse-ark") and "('styrke', 'Nyt fra Mette')" in said[0], said
    assert said[1].startswith("afvist beskadiget.pdf:"), said
    assert "Traceback" not in result.stderr


def test_the_command_line_imports_a_sheet_with_spawn_as_the_default(db_path, meeting, tmp_path):  # noqa: F811
    out = tmp_path / "ark"
    assert run_cli("--db", str(db_path), "ark", str(meeting), "--out", str(out)).returncode == 0
    filled = fill(next(out.glob("*Mette*")), {"styrke": "Nyt fra Mette"}, tmp_path / "mette.pdf")
    script = (
        "import multiprocessing, sys; multiprocessing.set_start_method('spawn', force=True)\n"
        "from drøftelse.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "--db",
            str(db_path),
            "indlaes",
            str(meeting),
            str(filled),
            "--ved-konflikt",
            "erstat",
        ],
        capture_output=True,
        text=True,
        env=_without_resource(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert "Mette Kjær Andersen – 1 felt(er) indlæst" in result.stdout


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(SOURCE.rglob("*.py"))]


def _guarded(tree: ast.Module, node: ast.AST) -> bool:
    """Inside a try whose handler catches ImportError (or a broader error): the module may be missing."""
    for parent in ast.walk(tree):
        if isinstance(parent, ast.Try) and any(node is n for stmt in parent.body for n in ast.walk(stmt)):
            names = {ast.unparse(h.type) if h.type else "" for h in parent.handlers}
            if any(any(e in name for e in ("ImportError", "Exception", "OSError")) or not name for name in names):
                return True
    return False


def test_every_child_process_is_spawned_and_nothing_needs_linux():
    found = []
    for path, tree in _modules():
        where = path.relative_to(SOURCE)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                called = ast.unparse(node.func)
                if called.endswith("get_context"):
                    args = [ast.literal_eval(a) for a in node.args]
                    if args != ["spawn"]:
                        found.append(f"{where}:{node.lineno}: {ast.unparse(node)} (spawn, as on Windows and macOS)")
                if called in ("multiprocessing.Process", "multiprocessing.Pool", "os.fork", "os.forkpty"):
                    found.append(f"{where}:{node.lineno}: {called} (the platform's start method, or none)")
                if called == "multiprocessing.set_start_method":
                    found.append(f"{where}:{node.lineno}: {called} (sets it for every library in the process)")
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                if POSIX_ONLY & {n.split(".")[0] for n in names} and not _guarded(tree, node):
                    found.append(f"{where}:{node.lineno}: {ast.unparse(node)} (missing on Windows, not guarded)")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("name", ["build.spec"])
def test_the_bundle_spec_names_no_linux_only_file_unguarded(name):
    """build.spec builds on Windows and macOS too: what it does with Linux's .so files is done only on Linux."""
    spec = (REPO / name).read_text(encoding="utf-8")
    assert 'IS_LINUX = sys.platform.startswith("linux")' in spec
    for line in spec.splitlines():
        if "icu_stub" in line and "cc" in line:
            assert "IS_LINUX" in line, line
