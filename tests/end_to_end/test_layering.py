"""The arrows of the architecture (docs/architecture.md), checked on every module under src/drøftelse/ with `ast`,
no hand-kept list: domain ← store, documents ← services ← ui, cli. A planted wrong import in a copy of the tree
shows that the check fails; the core also loads no Qt when imported, and listing meetings loads nothing heavy."""

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

SOURCE = REPO / "src" / "drøftelse"

QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "alembic")
OURS = "drøftelse"

# layer -> what none of its modules may import (a name matches itself and everything under it)
WEB = f"{OURS}.web"
FORBIDDEN = {
    "domain": (*QT, *SQL, f"{OURS}.store", f"{OURS}.services", f"{OURS}.documents", f"{OURS}.ui", f"{OURS}.cli", WEB),
    "documents": (*QT, *SQL, f"{OURS}.store", f"{OURS}.services", f"{OURS}.ui", f"{OURS}.cli", WEB),
    "store": (*QT, f"{OURS}.services", f"{OURS}.documents", f"{OURS}.ui", f"{OURS}.cli", WEB),
    "services": (*QT, f"{OURS}.ui", f"{OURS}.cli", WEB),
    "ui": (*SQL, f"{OURS}.store", f"{OURS}.documents"),
    # the phone's face (issue 30): Flask pages over the services, like the window; no Qt, no SQL
    "web": (*QT, *SQL, f"{OURS}.store", f"{OURS}.documents", f"{OURS}.ui", f"{OURS}.cli"),
    "cli": (
        *QT,
        *SQL,
        f"{OURS}.store",
        f"{OURS}.documents",
    ),  # the GUI starts through a lazy import of drøftelse.ui.app
}


def layer_of(path: Path, root: Path) -> str | None:
    parts = path.relative_to(root).parts
    if parts[0] in FORBIDDEN:
        return parts[0]
    return "cli" if parts == ("cli.py",) else None


def imported_names(tree: ast.AST) -> list[tuple[int, str]]:
    """Every module an import statement names, anywhere in the file (inside functions too)."""
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append((node.lineno, node.module))
            # `from drøftelse import store` names the package through its alias
            names += [(node.lineno, f"{node.module}.{a.name}") for a in node.names if node.module == OURS]
    return names


def wrong_arrows(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        layer = layer_of(path, root)
        if layer is None:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, name in imported_names(tree):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                found.append(f"{path.relative_to(root)}:{line} ({layer}) imports {name}")
    return found


def test_every_module_keeps_to_its_layer():
    assert wrong_arrows(SOURCE) == []


def test_every_module_is_in_a_layer():
    loose = {p.relative_to(SOURCE).as_posix() for p in SOURCE.rglob("*.py") if layer_of(p, SOURCE) is None}
    # the package's entry points and where files live; a new top-level module must be given a layer here
    assert loose == {"__init__.py", "__main__.py", "paths.py"}


@pytest.mark.parametrize(
    ("module", "planted", "expected"),
    [
        ("domain/annual.py", "from drøftelse.store.models import Meeting", "domain/annual.py"),
        ("documents/referat_pdf.py", "from PySide6.QtWidgets import QWidget", "documents/referat_pdf.py"),
        ("ui/year_panel.py", "import sqlalchemy", "ui/year_panel.py"),
        ("ui/meeting_list.py", "from drøftelse import store", "ui/meeting_list.py"),
        ("ui/exporting.py", "from drøftelse.documents.handleplan_pdf import render_handleplan", "ui/exporting.py"),
        ("cli/meetings.py", "from drøftelse.store.meetings import get_meeting", "cli/meetings.py"),
        ("services/meetings.py", "from drøftelse.ui.tasks import run_task", "services/meetings.py"),
        ("web/app.py", "from drøftelse.store.phones import find_link", "web/app.py"),
        ("services/phones.py", "from drøftelse.web.server import PhoneServer", "services/phones.py"),
    ],
)
def test_a_planted_wrong_import_is_found(tmp_path, module, planted, expected):
    copy = tmp_path / "drøftelse"
    shutil.copytree(SOURCE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / module
    # inside a function, where a lazy import would hide from a check of the top level only
    target.write_text(target.read_text(encoding="utf-8") + f"\n\ndef _planted():\n    {planted}\n", encoding="utf-8")
    found = wrong_arrows(copy)
    assert len(found) == 1 and found[0].startswith(expected), found


def loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_the_core_loads_no_qt():
    core = sorted(
        ".".join((OURS, *p.relative_to(SOURCE).with_suffix("").parts)).removesuffix(".__init__")
        for layer in ("domain", "store", "documents", "services")
        for p in (SOURCE / layer).rglob("*.py")
    )
    modules = loaded_after("\n".join(f"import {m}" for m in core))
    assert set(core) <= modules
    assert not {m for m in modules if m.startswith(QT)}


def test_listing_meetings_loads_no_heavy_library(tmp_path):
    db = tmp_path / "udvalg.sqlite"
    subprocess.run([sys.executable, "-m", "drøftelse", "--db", str(db), "demo"], check=True, capture_output=True)
    modules = loaded_after(f"from drøftelse.cli import main\nmain(['--db', {str(db)!r}, 'list'])")
    heavy = {"reportlab", "pyphen", "alembic", "pypdf", "PySide6", "sqlalchemy", "pydantic"}
    assert {m.split(".")[0] for m in modules} & heavy == set()


def test_a_meeting_opened_in_the_window_loads_no_document_library(tmp_path):
    """SQLAlchemy comes with a meeting; the PDF writers, the sheet reader and the meeting file's checks come with an
    export, a sheet or a file (they were 40 MiB of a 1,000-row meeting's 180 MiB when they came with the view)."""
    db = tmp_path / "udvalg.sqlite"
    subprocess.run([sys.executable, "-m", "drøftelse", "--db", str(db), "demo", "--aarlig"], check=True)
    code = f"""
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = {str(tmp_path / "config")!r}
from PySide6.QtWidgets import QApplication
app = QApplication([])
from drøftelse.ui.app import open_main_window, setup_application
setup_application(app, catch_errors=False)
window = open_main_window({str(db)!r})
window.show()
meeting = window.list_page.model.record(0).id
window.open_meeting(meeting)
for step in range(len(window.view.template.steps)):
    window.view.go_to(step)
    app.processEvents()
"""
    modules = {m.split(".")[0] for m in loaded_after(code)}
    assert "sqlalchemy" in modules  # the probe did open the meeting
    assert modules & {"reportlab", "pypdf", "PIL", "cryptography", "pydantic", "openpyxl", "pyphen"} == set()


def test_export_and_import_of_a_meeting_file_load_no_orm(tmp_path):
    """Both read and write with plain SQL (store/meeting_export.py, store/exchange.import_meeting); the import checks
    the file with pydantic, the export does not need to."""
    db, saved = tmp_path / "udvalg.sqlite", tmp_path / "møde.json"
    subprocess.run([sys.executable, "-m", "drøftelse", "--db", str(db), "demo"], check=True, capture_output=True)
    run = "from drøftelse.cli import main\nassert main(['--db', {0!r}, {1}]) == 0"
    exported = loaded_after(run.format(str(db), f"'export', '--json', {str(saved)!r}, '1'"))
    imported = loaded_after(run.format(str(db), f"'import', {str(saved)!r}"))
    assert {m.split(".")[0] for m in exported} & {"sqlalchemy", "alembic", "pydantic", "reportlab", "pypdf"} == set()
    assert {m.split(".")[0] for m in imported} & {"sqlalchemy", "alembic", "reportlab", "pypdf"} == set()
    assert "pydantic" in {m.split(".")[0] for m in imported}  # the file was checked
    assert json.loads(saved.read_text(encoding="utf-8"))["meeting"]["kind"] == "kompetencedroeftelse"
