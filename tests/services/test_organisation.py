"""Issue 16, point 4: the organisation's view across committees, on a SQLite file and on PostgreSQL: whose annual
discussion is overdue, each committee's open rows, the organisation's handleplan as one PDF/XLSX; and the window's
Organisation tab, with the committee copied to another database from there (point 5 in the window)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import finished, run_cli

from drøftelse.domain.annual import ANNUAL_KIND
from drøftelse.services import meetings as service
from drøftelse.services.organisation import overview, write_organisation_handleplan

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def db(any_db):
    return any_db


@pytest.fixture
def three(db, templates):
    """Three committees: one held its annual discussion this spring, one 14 months ago, one never."""
    ids = {}
    for name, held in (("Lageret", dt.date(2026, 3, 1)), ("Kontoret", dt.date(2025, 9, 1)), ("Havnen", None)):
        cid = service.create_committee(db, name)
        ids[name] = cid
        kind = "kompetencedroeftelse" if held is None else ANNUAL_KIND
        mid = service.create_meeting(db, cid, templates.get(kind), f"Møde i {name}", held or TODAY).id
        rows = {"Lageret": 3, "Kontoret": 2, "Havnen": 1}[name]
        for i in range(rows):
            item = service.add_action_item(
                db, mid, service.ActionFields(hvad=f"{name} række {i + 1}", hvornaar="1. kvartal 2026")
            )
            if name == "Lageret" and i == 0:
                service.update_action_item(db, item, status="gennemfoert")
    return ids


def test_the_overview_says_whose_annual_discussion_is_overdue_and_counts_open_rows(db, three):
    by_name = {c.name: c for c in overview(db, TODAY)}
    assert [c.name for c in overview(db, TODAY)] == ["Havnen", "Kontoret", "Lageret"]
    assert (by_name["Lageret"].annual_overdue, by_name["Lageret"].annual_due) == (False, dt.date(2027, 3, 1))
    assert (by_name["Kontoret"].annual_overdue, by_name["Kontoret"].annual_due) == (True, dt.date(2026, 9, 1))
    assert by_name["Havnen"].annual_overdue and by_name["Havnen"].last_annual is None
    assert [by_name[n].open_rows for n in ("Lageret", "Kontoret", "Havnen")] == [2, 2, 1]
    assert by_name["Lageret"].overdue_rows == 2  # 1. kvartal 2026 has passed


def test_the_organisations_handleplan_has_every_open_row_once(db, three, templates, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    made = write_organisation_handleplan(db, templates, {"pdf": tmp_path / "o.pdf", "xlsx": tmp_path / "o.xlsx"}, TODAY)
    assert made.rows == 5
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "o.pdf").pages)
    assert "Hele organisationen (3 udvalg)" in text
    for name, n in (("Lageret", 3), ("Kontoret", 2), ("Havnen", 1)):
        for i in range(1, n + 1):
            assert (f"{name} række {i}" in text) == (not (name == "Lageret" and i == 1))
    sheet = load_workbook(tmp_path / "o.xlsx").active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert sum(c.startswith(("Lageret række", "Kontoret række", "Havnen række")) for c in cells) == 5
    assert any(c.startswith("Kontoret: Møde i Kontoret") for c in cells)


def test_the_command_line_shows_the_overview(db, three):
    result = run_cli("--db", str(db.path), "organisation", "--dato", TODAY.isoformat())
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith("Havnen: ingen årlig drøftelse endnu; 1 åbne rækker, 1 overskredne")
    assert "Kontoret: OVERSKREDET næste senest 1.9.2026" in lines[1]


def test_the_organisation_tab_shows_each_committee_and_copies_one(qtbot, danish_app, db_path, templates, tmp_path):
    from drøftelse.store.database import open_database
    from drøftelse.ui.app import open_main_window

    db = open_database(db_path)
    for name in ("Lageret", "Kontoret"):
        service.create_demo(db, templates, committee=name, annual=name == "Kontoret")
    db.dispose()
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    page = window.list_page.show_organisation()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.table.isVisible())
    assert [page.model.record(r).name for r in range(2)] == ["Kontoret", "Lageret"]
    assert "2 udvalg" in page.summary.text()
    window.grab().save(str(tmp_path / "organisation.png"))
    target = tmp_path / "kopi.sqlite"
    report = finished(page.copy_selected(str(target)))
    assert report.name == "Kontoret" and all(c.rows > 0 for c in report.tables if c.table == "meeting")
    qtbot.waitUntil(lambda: page.copied is not None and page.copied.isVisible())
    assert "kontrolsum" in page.copied.text() and "som udvalg 1" in page.copied.text()
    page.copied.grab().save(str(tmp_path / "kopieret.png"))
    page.copied.accept()
    copied = open_database(target)
    from drøftelse.services.listing import committees_with_meetings

    assert [c.name for c in committees_with_meetings(copied)] == ["Kontoret"]
    copied.dispose()
