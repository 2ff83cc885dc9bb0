"""The arrows of the architecture, checked: the core never loads Qt, and listing never loads heavy libraries."""

import subprocess
import sys

CORE_MODULES = [
    "drøftelse.domain.actions",
    "drøftelse.domain.deadlines",
    "drøftelse.domain.templates",
    "drøftelse.domain.shape",
    "drøftelse.domain.snapshots",
    "drøftelse.domain.danish_dates",
    "drøftelse.store.database",
    "drøftelse.store.models",
    "drøftelse.store.meetings",
    "drøftelse.store.exchange",
    "drøftelse.store.listing",
    "drøftelse.store.backup",
    "drøftelse.store.migrate",
    "drøftelse.store.demo",
    "drøftelse.documents.handleplan_pdf",
    "drøftelse.documents.handleplan_csv",
    "drøftelse.documents.fonts",
    "drøftelse.documents.calendar_ics",
    "drøftelse.documents.preparation_sheet",
    "drøftelse.documents.sheet_reader",
    "drøftelse.store.sheets",
    "drøftelse.domain.training",
    "drøftelse.domain.aarshjul",
]


def loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_domain_store_and_documents_load_no_qt():
    modules = loaded_after("\n".join(f"import {m}" for m in CORE_MODULES))
    assert set(CORE_MODULES) <= modules
    assert not {m for m in modules if m.startswith(("PySide6", "shiboken6"))}


def test_domain_imports_nothing_of_the_project_outside_domain():
    modules = loaded_after("import drøftelse.domain.templates, drøftelse.domain.deadlines, drøftelse.domain.actions")
    ours = {m for m in modules if m.startswith("drøftelse.")}
    assert all(m.startswith("drøftelse.domain") for m in ours), ours
    assert "sqlalchemy" not in modules


def test_listing_meetings_loads_no_heavy_library(tmp_path):
    db = tmp_path / "udvalg.sqlite"
    subprocess.run([sys.executable, "-m", "drøftelse", "--db", str(db), "demo"], check=True, capture_output=True)
    modules = loaded_after(f"from drøftelse.cli import main\nmain(['--db', {str(db)!r}, 'list'])")
    heavy = {m.split(".")[0] for m in modules} & {"reportlab", "alembic", "pypdf", "PySide6", "sqlalchemy"}
    assert heavy == set()
