"""The demo's meetings are examples (issue 28, item 5): every closed meeting of every demo keeps the app's own
closing rules; each meeting and AMO member the demo makes is marked as an example wherever it appears – the list,
`droeftelse list`, the meeting's banner, the documents, the members' table, the meeting file – and left out of the
committee's årshjul and handleplan until the chairs keep it (`behold`, "Behold som vores eget"); a demo made into
a committee the user named leaves that committee's APV date alone."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import replace

import pytest
from conftest import dump, rows, run_cli, when_dialog, window_at_step
from pypdf import PdfReader
from PySide6.QtCore import Qt

from drøftelse.documents.handleplan_csv import render_csv
from drøftelse.documents.handleplan_pdf import render_handleplan
from drøftelse.documents.preparation_sheet import render_sheet
from drøftelse.documents.referat_pdf import render_referat
from drøftelse.domain.errors import ExchangeError
from drøftelse.services import annual
from drøftelse.services import meetings as service
from drøftelse.services.exports import handleplan_snapshot
from drøftelse.services.listing import apv_date, committees_with_meetings, year_ahead
from drøftelse.services.organisation import overview
from drøftelse.store.exchange import export_meeting, import_meeting
from drøftelse.store.referat import referat_snapshot
from drøftelse.store.sheets import sheet_snapshots

TODAY = dt.date.today()  # the demo is dated to the day it is made

DEMOS = {
    "kompetencedrøftelse": {},
    "årlig": {"annual": True},
    "årlig, 40 ansatte": {"annual": True, "employees": 40},
    "årlig, 9 ansatte": {"annual": True, "employees": 9},
    "årlig, 8 ansatte": {"annual": True, "employees": 8},
    "årlig, 3 ansatte": {"annual": True, "employees": 3},
    "årlig i et navngivet udvalg": {"annual": True, "committee": "Arbejdsmiljøudvalget, Havnen"},
    "8 ansatte i et navngivet udvalg": {"annual": True, "employees": 8, "committee": "Bageriet Solsikken"},
    "kompetencedrøftelse i et navngivet udvalg": {"committee": "MED-udvalget, Skolen"},
}


@pytest.fixture
def either(any_db):  # on a SQLite file and on a PostgreSQL database (conftest.any_db)
    return any_db


def pdf_text(data: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def meetings_of(db) -> list:
    return [m for c in committees_with_meetings(db) for m in c.meetings]


# --- the closing rules
@pytest.mark.parametrize("demo", DEMOS)
def test_every_closed_meeting_of_every_demo_keeps_the_closing_rules(db, templates, demo):
    """Walked as the Referat step and `afslut` see a meeting: no legal point without an entry (point 6's two boxes
    each), the form chosen where the template asks it; and reopened, the real finish_meeting closes it again."""
    service.create_demo(db, templates, **DEMOS[demo])
    closed = [m for m in meetings_of(db) if m.closed]
    assert closed or "annual" not in DEMOS[demo]  # every annual demo has last year's discussion, closed
    for line in closed:
        m = service.get_meeting(db, line.id)
        template = templates.get(m.kind)
        assert annual.missing_points(db, m.id, template) == [], (demo, m.title)
        assert service.closing_summary(db, templates, m.id).missing_points == ()
        if template.forms:
            assert m.form in template.forms, (demo, m.title)
        assert m.closed_count == 1 and m.first_closed_at == m.closed_at
        service.reopen_meeting(db, m.id, "Prøver reglerne")
        assert service.finish_meeting(db, templates, m.id).closed_at is not None  # NotFinished would say what


@pytest.mark.parametrize("demo", DEMOS)
def test_every_meeting_and_member_the_demo_makes_is_an_example(db, db_path, templates, demo):
    service.create_demo(db, templates, **DEMOS[demo])
    assert meetings_of(db) and all(m.example for m in meetings_of(db))
    assert all(service.get_meeting(db, m.id).example for m in meetings_of(db))
    assert rows(db_path, "SELECT count(*) FROM member WHERE NOT example") == [(0,)]
    for c in committees_with_meetings(db):
        assert all(p.example for p in annual.members(db, c.id, TODAY))
        # the committee's own facts are the user's: a demo made into their committee sets no APV date
        named = DEMOS[demo].get("committee")
        assert (apv_date(db, c.id) is None) == bool(named) or "annual" not in DEMOS[demo]


def test_the_first_starts_demo_leaves_the_named_committees_apv_alone(danish_app, qtbot, db, db_path, templates):
    from drøftelse.ui.app import open_main_window

    service.create_committee(db, "AMO")  # no first-run welcome in the way
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    page = window.list_page
    page.create_committee("Bageriet Solsikken", demo=True, employees=8)
    page.create_committee("Arbejdsmiljøudvalget, Lager A/S", demo=True, employees=40)
    for name in ("Bageriet Solsikken", "Arbejdsmiljøudvalget, Lager A/S"):
        c = next(c for c in page.committees if c.name == name)
        assert c.meetings and all(m.example for m in c.meetings)
        assert apv_date(db, c.id) is None
    assert rows(db_path, "SELECT count(*) FROM member WHERE NOT example") == [(0,)]


# --- left out until kept
def test_an_example_is_left_out_of_the_aarshjul_and_handleplan_until_kept(either, templates):
    db = either
    now = service.create_demo(db, templates, annual=True)
    cid = service.get_meeting(db, now).committee_id
    kompetence, last = now - 2, now - 1
    kinds = lambda events: {e.kind for e in events}  # noqa: E731

    events = year_ahead(db, cid, TODAY)
    assert kinds(events) == {"årlig drøftelse", "APV"}  # no row, no member's training: they are the demo's
    (due,) = [e for e in events if e.kind == "årlig drøftelse"]
    assert due.date == TODAY  # the demo's discussions do not count as held
    assert service.committee_actions(db, cid) == []
    (standing,) = [c for c in overview(db, TODAY) if c.id == cid]
    assert standing.last_annual is None and standing.open_rows == 0

    # a meeting of the committee's own draws on none of it: no goals or rows to judge, no members invited
    own = service.create_meeting(db, cid, templates.get("aarlig_arbejdsmiljoedroeftelse"), "Vores", TODAY)
    assert own.invited == 0
    ev = annual.evaluation(db, own.id)
    assert (ev.previous, ev.earlier_meetings, ev.goals, ev.rows) == (None, 0, (), ())
    assert referat_snapshot(db, own.id, templates).rows_from == ()
    # while the demo's own annual discussion still draws on the year behind it
    assert annual.evaluation(db, now).goals and referat_snapshot(db, now, templates).rows_from

    kept = service.keep_example(db, now)
    assert kept.meetings == (last, kompetence, now) and kept.members == 3
    assert not any(service.get_meeting(db, m).example for m in (kompetence, last, now))
    assert not any(p.example for p in annual.members(db, cid, TODAY))
    events = year_ahead(db, cid, TODAY)
    assert {"handleplan", "uddannelse", "årlig drøftelse"} <= kinds(events)
    assert next(e for e in events if e.kind == "årlig drøftelse").date > TODAY  # held today
    assert len(service.committee_actions(db, cid)) == 7
    (standing,) = [c for c in overview(db, TODAY) if c.id == cid]
    assert standing.last_annual == TODAY and standing.open_rows > 0
    assert annual.evaluation(db, own.id).goals  # this year's goals are next year's to judge
    assert service.keep_example(db, now).meetings == ()  # kept already: nothing more to do


def test_keeping_an_earlier_meeting_keeps_what_it_stands_on_and_leaves_later_examples(either, templates):
    db = either
    now = service.create_demo(db, templates, annual=True)
    kompetence, last = now - 2, now - 1
    kept = service.keep_example(db, kompetence)
    assert kept.meetings == (last, kompetence) and kept.members == 3
    assert service.get_meeting(db, now).example
    assert annual.evaluation(db, now).goals  # the example still draws on the year it now stands beside


def test_a_closed_example_is_kept_with_its_record_untouched(either, templates):
    """Revision 0009's triggers protect a closed meeting's record; the mark is none of it, on SQLite and on
    PostgreSQL alike: kept, the closed meeting reads as before, and nothing enters its change log."""
    db = either
    now = service.create_demo(db, templates, annual=True)
    last = now - 1
    before = service.get_meeting(db, last)
    referat = referat_snapshot(db, last, templates)
    assert before.closed_at is not None and referat.example

    assert service.keep_example(db, last).meetings == (last,)
    after = service.get_meeting(db, last)
    assert not after.example
    assert (after.closed_at, after.first_closed_at, after.closed_count) == (
        before.closed_at,
        before.first_closed_at,
        before.closed_count,
    )
    unmarked = replace(referat, example=False, competence=replace(referat.competence, example=False))
    assert referat_snapshot(db, last, templates) == unmarked
    assert service.change_log(db, last) == ()


# --- marked everywhere it appears
def test_the_documents_of_an_example_say_so(db, templates):
    now = service.create_demo(db, templates, annual=True)
    last = now - 1
    referat = pdf_text(render_referat(referat_snapshot(db, last, templates)))
    assert "EKSEMPEL – lavet af Drøftelses demo, ikke udvalgets eget møde." in referat
    assert referat.count("EKSEMPEL") >= 2  # under the title, and in the header of every page
    plan = handleplan_snapshot(db, templates, now)
    assert "EKSEMPEL" in pdf_text(render_handleplan(plan))
    table = list(csv.reader(io.StringIO(render_csv(plan).decode("utf-8-sig")), delimiter=";"))
    assert table[0][0].startswith("EKSEMPEL") and table[1][0] == "Nr." and len(table) == 2 + len(plan.rows)
    sheet = sheet_snapshots(db, now - 2, templates)[0]
    assert "EKSEMPEL" in pdf_text(render_sheet(sheet))
    assert PdfReader(io.BytesIO(render_referat(referat_snapshot(db, last, templates)))).metadata.title.startswith(
        "EKSEMPEL: "
    )

    service.keep_example(db, now)
    assert "EKSEMPEL" not in pdf_text(render_referat(referat_snapshot(db, last, templates)))
    assert not render_csv(handleplan_snapshot(db, templates, now)).decode("utf-8-sig").startswith("EKSEMPEL")


def test_an_example_meeting_file_stays_an_example(db, templates, tmp_path):
    from drøftelse.store.database import open_database

    made = service.create_demo(db, templates)
    data = export_meeting(db, made, templates)
    assert data["meeting"]["example"] is True
    other = open_database(tmp_path / "andet.sqlite")
    try:
        copy = import_meeting(other, json.loads(json.dumps(data)), templates)
        assert service.get_meeting(other, copy).example
        assert export_meeting(other, copy, templates) == data  # the same file when exported again
    finally:
        other.dispose()
    service.keep_example(db, made)
    assert "example" not in export_meeting(db, made, templates)["meeting"]  # a meeting of their own: as before
    data["meeting"]["example"] = "ja"
    with pytest.raises(ExchangeError, match=r"meeting\.example: skal være sand/falsk"):
        import_meeting(db, data, templates)


def test_the_command_line_lists_the_mark_and_behold_keeps(tmp_path):
    db = tmp_path / "udvalg.sqlite"
    made = run_cli("--db", str(db), "demo", "--aarlig")
    assert made.returncode == 0, made.stderr
    now = int(made.stdout)
    listed = run_cli("--db", str(db), "list").stdout
    assert listed.count("EKSEMPEL · ") == 3 and "'droeftelse behold MØDE'" in listed
    before = dump(db)

    kept = run_cli("--db", str(db), "behold", str(now))
    assert kept.returncode == 0, kept.stderr
    assert f"Møde {now} (Årlig arbejdsmiljødrøftelse {TODAY.year}) er nu udvalgets eget" in kept.stdout
    assert f"også beholdt: {now - 1}, {now - 2}." in kept.stdout and "Demoens 3 AMO-medlemmer" in kept.stdout
    after = dump(db)
    changed = {table for (table, old), (_, new) in zip(before, after, strict=True) if old != new}
    assert changed == {"meeting", "member"}
    assert rows(db, "SELECT count(*) FROM meeting WHERE example") == [(0,)]
    assert rows(db, "SELECT count(*) FROM member WHERE example") == [(0,)]
    closed = rows(db, f"SELECT closed_at, first_closed_at, closed_count FROM meeting WHERE id = {now - 1}")
    assert closed[0][0] is not None and closed[0][2] == 1
    assert "EKSEMPEL" not in run_cli("--db", str(db), "list").stdout

    again = run_cli("--db", str(db), "behold", str(now))
    assert again.returncode == 0 and "allerede udvalgets eget; intet er ændret" in again.stdout
    assert dump(db) == after
    missing = run_cli("--db", str(db), "behold", "99")
    assert missing.returncode == 2 and "intet møde med nummer 99" in missing.stderr
    assert dump(db) == after


# --- the window
def test_the_window_marks_the_example_and_its_banner_keeps_it(danish_app, qtbot, db, db_path, templates):
    from drøftelse.ui.app import open_main_window

    now = service.create_demo(db, templates, annual=True)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    model = window.list_page.model
    titles = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert titles and all(t.startswith("Eksempel · ") for t in titles)
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "ikke jeres eget møde" in tip and "årshjulet" in tip

    window.open_meeting(now)
    view = window.view
    banner = view.example_banner
    assert banner.isVisible() and not view.closed_banner.isVisible()
    assert banner.label.text() == (
        "Eksempel – ikke jeres eget møde. Det tælles ikke med i årshjulet eller udvalgets handleplan."
    )
    assert banner.button.isEnabled() and banner.button.text().replace("&", "").startswith("Behold som vores eget")
    before = dump(db_path)

    def cancel(dialog):
        next(b for b in dialog.buttons() if b.text() == "Annuller").click()

    seen = when_dialog(cancel)
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert "Behold »Årlig arbejdsmiljødrøftelse" in seen["text"] and banner.isVisible()
    assert dump(db_path) == before

    def keep(dialog):
        next(b for b in dialog.buttons() if b.text() == "Behold som vores eget").click()

    when_dialog(keep)
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert not service.get_meeting(db, now).example and not service.get_meeting(db, now - 1).example
    assert "er nu jeres eget møde" in window.status.text()

    qtbot.mouseClick(view.header_buttons["back"], Qt.MouseButton.LeftButton)
    model = window.list_page.model
    assert not any(model.data(model.index(r, 2)).startswith("Eksempel") for r in range(model.rowCount()))
    assert any(e.kind == "handleplan" for e in window.list_page.year.events)  # counted in the årshjul now


def test_a_closed_example_shows_both_banners_and_is_kept_locked(danish_app, qtbot, db, db_path, templates):
    from drøftelse.ui.app import open_main_window

    now = service.create_demo(db, templates, annual=True)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(now - 1)
    view = window.view
    assert view.closed_banner.isVisible() and view.example_banner.isVisible()
    assert view.example_banner.button.isEnabled()  # keeping changes none of the record: it stays usable
    assert view.keep_example(confirm=False)
    assert not view.example_banner.isVisible() and view.closed_banner.isVisible()
    assert service.get_meeting(db, now - 1).closed_at is not None


def test_the_members_table_marks_the_demos_members(danish_app, qtbot, db, templates):
    from drøftelse.ui.page_models import MemberModel

    now = service.create_demo(db, templates, annual=True)
    cid = service.get_meeting(db, now).committee_id
    model = MemberModel()
    model.set_rows(annual.members(db, cid, TODAY))
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == [
        "Eksempel · Mette Kjær Andersen",
        "Eksempel · Łukasz Wiśniewski",
        "Eksempel · Jūratė Petrauskienė",
    ]
    service.keep_example(db, now)
    model.set_rows(annual.members(db, cid, TODAY))
    assert model.data(model.index(0, 0)) == "Mette Kjær Andersen"


def test_the_member_dialog_of_an_example_member_says_so(danish_app, qtbot, db, db_path, templates):
    now = service.create_demo(db, templates, annual=True)
    window, page = window_at_step(qtbot, db_path, now, "uddannelse")
    assert page.members.model().data(page.members.model().index(0, 0)).startswith("Eksempel · ")
    page.members.selectRow(0)
    seen = when_dialog(lambda dialog: dialog.reject())
    page.edit_member()
    assert seen["title"] == "Eksempel · Medlem af arbejdsmiljøorganisationen"
