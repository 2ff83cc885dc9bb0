"""The APV's content per handleplan row (issue 29): alvor and omfang (short choices and a text), the cause, a priority
that orders the plan, and at the next annual evaluation "Virkede det?" with a note – stored on both databases,
protected once the meeting is closed, carried into the committee's plan, the PDFs, the spreadsheets, the referat and
meeting files, and edited in the window beside the table with the hints for Hvordan? and the psykisk arbejdsmiljø."""

import datetime as dt
import json

import pytest
from conftest import FIXTURES, dump, rows, unhyphenated, window_at_step
from pypdf import PdfReader
from PySide6.QtCore import Qt

from drøftelse.domain import apv
from drøftelse.domain.actions import Priority
from drøftelse.domain.committee_plan import PlanFilter
from drøftelse.domain.errors import DroeftelseError, FieldChanged, MeetingClosed
from drøftelse.services import annual
from drøftelse.services import meetings as service
from drøftelse.services.exports import write_committee_handleplan, write_handleplan, write_meeting_document
from drøftelse.services.meeting_file import import_meeting_file, write_meeting_file
from drøftelse.ui.handleplan_model import FIELDS


def pdf_text(path) -> str:
    """The PDF's words in order, a table cell's lines joined with a space as they read."""
    return " ".join(unhyphenated("\n".join(page.extract_text() for page in PdfReader(path).pages)).split())


# --- the rules, without a database
def test_the_assessment_reads_as_one_line_under_hvad_and_the_cause_under_hvorfor():
    assert (
        apv.assessment("alvorlig", "gruppe", " Hele lageret ") == "Alvor: alvorligt · Omfang: en gruppe. Hele lageret"
    )
    assert apv.assessment(None, "mange", "") == "Omfang: mange eller alle"
    assert apv.assessment(None, None, "Kun tekst") == "Kun tekst"
    assert apv.assessment(None, None, "  ") == ""
    assert apv.cause("Støj") == "Årsag: Støj" and apv.cause(" ") == ""
    assert apv.effect_line("for_tidligt", "") == "Virkede det? for tidligt at sige"
    assert apv.effect_line("nej", "Stadig støj") == "Virkede det? nej – Stadig støj"
    assert apv.effect_line(None, "") == ""
    with pytest.raises(ValueError):
        apv.choice("alvor", "katastrofe")


def test_the_plan_is_ordered_by_priority_then_alvor_and_rows_without_either_keep_their_order():
    class Row:
        def __init__(self, name, priority=None, alvor=None):
            self.name, self.priority, self.alvor = name, priority, alvor

    rows = [
        Row("uden"),
        Row("lav", 3, "meget_alvorlig"),
        Row("høj mindre", 1, "mindre"),
        Row("uden 2"),
        Row("høj meget", 1, "meget_alvorlig"),
        Row("middel", 2),
        Row("kun alvor", None, "alvorlig"),
    ]
    assert [r.name for r in apv.by_priority(rows)] == [
        "høj meget",
        "høj mindre",
        "middel",
        "lav",
        "kun alvor",
        "uden",
        "uden 2",
    ]


def test_the_hints_name_their_sources():
    assert "bekendtgørelse nr. 65 af 22. januar 2024" in apv.prevention_hint()
    assert "Kollektiv beskyttelse frem for individuel" in apv.prevention_hint()
    hint = apv.psychosocial_hint()
    assert "nr. 1406 af 26. september 2020" in hint
    assert len(apv.PSYCHOSOCIAL_FACTORS) == 5 and all(f in hint for f in apv.PSYCHOSOCIAL_FACTORS)


# --- the store, on SQLite and PostgreSQL
@pytest.fixture
def meeting(any_db, templates):
    return service.create_demo(any_db, templates, annual=True)


def test_a_row_keeps_its_assessment_and_a_closed_meeting_protects_it(any_db, meeting):
    db = any_db
    fields = service.ActionFields(
        hvad="Støj på lageret", alvor="alvorlig", omfang="gruppe", vurdering="Hele holdet", aarsag="Porten"
    )
    item = service.add_action_item(db, meeting, fields)
    row = service.action_item(db, item)
    assert (row.alvor, row.omfang, row.vurdering, row.aarsag) == ("alvorlig", "gruppe", "Hele holdet", "Porten")
    version = service.update_action_item(db, item, expected=(row.version, {"alvor": "alvorlig"}), alvor="mindre")
    assert service.action_item(db, item).alvor == "mindre" and version == row.version + 1
    with pytest.raises(ValueError):
        service.update_action_item(db, item, omfang="alle i hele verden")
    assert service.action_item(db, item).omfang == "gruppe"  # nothing stored

    service.close_meeting(db, meeting, dt.datetime(2026, 11, 23, 15, 0))
    with pytest.raises(MeetingClosed):
        service.update_action_item(db, item, aarsag="En anden årsag")
    with db.engine.begin() as conn, pytest.raises(MeetingClosed):  # plain SQL too
        conn.exec_driver_sql(f"UPDATE action_item SET alvor = 'meget_alvorlig' WHERE id = {item}")
    assert service.action_item(db, item).alvor == "mindre"
    service.reopen_meeting(db, meeting, "Årsagen var forkert")
    service.update_action_item(db, item, aarsag="Ventilationen")
    (entry,) = [e for e in service.change_log(db, meeting) if "Årsag" in e.what]
    assert (entry.old_value, entry.new_value) == ("Porten", "Ventilationen")


def test_virkede_det_is_stored_with_the_evaluation_and_carried_into_the_committees_plan(any_db, meeting):
    db = any_db
    ev = annual.evaluation(db, meeting)
    row = ev.rows[0]
    annual.set_verdict_effect(db, meeting, row.action_item_id, {"effect": "delvist"}, seen={"effect": None})
    annual.set_verdict_effect(db, meeting, row.action_item_id, {"effect_note": "Bedre om formiddagen"})
    judged = next(i for i in annual.evaluation(db, meeting).rows if i.action_item_id == row.action_item_id)
    assert (judged.effect, judged.effect_note) == ("delvist", "Bedre om formiddagen")
    assert judged.verdict == row.verdict  # the verdict and the row's status stay as they were
    # the other chair answered meanwhile: nothing is overwritten, the question carries both
    with pytest.raises(FieldChanged) as changed:
        annual.set_verdict_effect(db, meeting, row.action_item_id, {"effect": "ja"}, seen={"effect": None})
    assert changed.value.current_value == "delvist"
    committee = service.get_meeting(db, meeting).committee_id
    service.keep_example(db, meeting)  # the demo's meetings join the committee's plan once kept
    carried = next(r for r in service.committee_actions(db, committee) if r.id == row.action_item_id)
    assert (carried.effect, carried.effect_note) == ("delvist", "Bedre om formiddagen")
    assert service.committee_action(db, row.action_item_id).effect == "delvist"


def test_the_committees_plan_puts_high_priority_and_serious_problems_first(db, templates):
    meeting = service.create_demo(db, templates)
    committee = service.get_meeting(db, meeting).committee_id
    service.keep_example(db, meeting)
    for hvad, priority, alvor in (("Sidst", None, None), ("Midt", Priority.MIDDEL, None), ("Først", 1, "alvorlig")):
        service.add_action_item(db, meeting, service.ActionFields(hvad=hvad, priority=priority, alvor=alvor))
    order = [r.hvad for r in service.committee_actions(db, committee)]
    assert order.index("Først") < order.index("Midt") < order.index("Sidst")


# --- the documents
def test_the_pdfs_show_the_assessment_within_the_six_columns(db, templates, tmp_path):
    meeting = service.create_demo(db, templates, annual=True)
    item = service.add_action_item(
        db,
        meeting,
        service.ActionFields(
            hvad="Tunge løft i køkkenet",
            hvorfor="Ondt i ryggen",
            alvor="meget_alvorlig",
            omfang="mange",
            vurdering="Hver dag & <alle> 🙂",
            aarsag="Gryderne står lavt",
            priority=Priority.HOEJ,
        ),
    )
    pdf = write_handleplan(db, templates, meeting, tmp_path / "plan.pdf")
    text = pdf_text(pdf)
    assert "Alvor: meget alvorligt · Omfang: mange eller alle. Hver dag & <alle>" in text
    assert "Årsag: Gryderne står lavt" in text
    assert len(PdfReader(pdf).pages[0].extract_text()) > 0

    ev = annual.evaluation(db, meeting)
    judged = ev.rows[0].action_item_id
    annual.set_verdict_effect(db, meeting, judged, {"effect": "nej", "effect_note": "Stadig for varmt"})
    referat = pdf_text(write_meeting_document(db, templates, meeting, "referat", tmp_path / "referat.pdf"))
    assert "Virkede det? nej – Stadig for varmt" in referat
    committee = service.get_meeting(db, meeting).committee_id
    service.keep_example(db, meeting)  # the demo's meetings join the committee's plan once kept
    written = write_committee_handleplan(
        db, templates, committee, {"pdf": tmp_path / "udvalg.pdf"}, PlanFilter(), dt.date(2026, 12, 6)
    )
    assert written.rows >= 1
    committee_text = pdf_text(tmp_path / "udvalg.pdf")
    assert "Virkede det? nej – Stadig for varmt" in committee_text
    assert "Årsag: Gryderne står lavt" in committee_text
    assert service.action_item(db, item).priority == 1


def test_a_meeting_file_carries_the_assessment_and_one_without_it_reads_as_before(db, db_path, templates, tmp_path):
    meeting = service.create_demo(db, templates)
    service.add_action_item(db, meeting, service.ActionFields(hvad="Med", alvor="alvorlig", aarsag="Årsag æøå"))
    service.add_action_item(db, meeting, service.ActionFields(hvad="Uden"))
    path = write_meeting_file(db, templates, meeting, tmp_path / "møde.json")
    items = json.loads(path.read_text(encoding="utf-8"))["action_items"]
    with_it = next(i for i in items if i["hvad"] == "Med")
    without = next(i for i in items if i["hvad"] == "Uden")
    assert (with_it["alvor"], with_it["aarsag"]) == ("alvorlig", "Årsag æøå") and "omfang" not in with_it
    assert not set(apv.ASSESSMENT_FIELDS) & set(without)  # an older Drøftelse reads it as before
    copy = import_meeting_file(db, path, templates)
    copied = {r.hvad: r for r in service.action_items(db, copy)}
    assert (copied["Med"].alvor, copied["Med"].aarsag, copied["Uden"].alvor) == ("alvorlig", "Årsag æøå", None)
    # a file with a made-up choice is refused in Danish, and nothing is read in
    bad = json.loads(path.read_text(encoding="utf-8"))
    bad["action_items"][0]["alvor"] = "katastrofal"
    (tmp_path / "forkert.json").write_text(json.dumps(bad), encoding="utf-8")
    before = dump(db_path)
    with pytest.raises(DroeftelseError, match="alvor"):
        import_meeting_file(db, tmp_path / "forkert.json", templates)
    assert dump(db_path) == before


# --- the window
def test_the_chairs_assess_a_row_beside_the_table_and_order_the_plan(qtbot, danish_app, db, db_path, templates):
    meeting = service.create_demo(db, templates, annual=True)
    for hvad, priority in (("Lav", Priority.LAV), ("Høj", Priority.HOEJ)):
        service.add_action_item(db, meeting, service.ActionFields(hvad=hvad, priority=priority))
    window, page = window_at_step(qtbot, db_path, meeting, "handleplan")
    model = page.model
    tip = model.headerData(FIELDS.index("hvordan"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "forebyggelsesprincipper" in tip
    assert not page.apv.isEnabled()  # no row chosen yet
    row = next(i for i, r in enumerate(model.rows) if r.hvad == "Lav")
    page.view.setCurrentIndex(model.index(row, 0))
    assert page.apv.isEnabled()
    page.apv.alvor.setCurrentIndex(page.apv.alvor.findData("meget_alvorlig"))
    page.apv.alvor.activated.emit(page.apv.alvor.currentIndex())
    qtbot.keyClicks(page.apv.aarsag, "Støj & <porten>")
    page.ctx.autosaver.flush()
    stored = next(r for r in service.action_items(db, meeting) if r.hvad == "Lav")
    assert (stored.alvor, stored.aarsag) == ("meget_alvorlig", "Støj & <porten>")

    ids_before = [r.id for r in service.action_items(db, meeting)]
    page.order_by_priority()
    order = [r.hvad for r in service.action_items(db, meeting)]
    assert order.index("Høj") < order.index("Lav")
    assert [r.hvad for r in model.rows] == order  # the table shows the stored order
    model.undo_stack.undo()
    assert [r.id for r in service.action_items(db, meeting)] == ids_before


def test_virkede_det_is_answered_in_the_evaluation_for_rows_not_goals(qtbot, danish_app, db, db_path, templates):
    meeting = service.create_demo(db, templates, annual=True)
    window, page = window_at_step(qtbot, db_path, meeting, "evaluering")
    model = page.model
    goal = next(i for i, r in enumerate(model.rows) if r.goal_id)
    row = next(i for i, r in enumerate(model.rows) if r.action_item_id)
    assert not model.flags(model.index(goal, model.COL_EFFECT)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(row, model.COL_EFFECT)) & Qt.ItemFlag.ItemIsEditable
    assert model.data(model.index(row, model.COL_EFFECT)) == "– svar –"
    model.setData(model.index(row, model.COL_EFFECT), "for_tidligt")
    model.setData(model.index(row, model.COL_EFFECT_NOTE), "Nyt udstyr kom i oktober")
    stored = next(i for i in annual.evaluation(db, meeting).rows if i.action_item_id == model.rows[row].action_item_id)
    assert (stored.effect, stored.effect_note) == ("for_tidligt", "Nyt udstyr kom i oktober")
    assert model.data(model.index(row, model.COL_EFFECT)) == "for tidligt at sige"


def test_an_upgraded_file_protects_the_new_columns_of_its_closed_meetings(tmp_path):
    """From the 0013 fixture: every row keeps its six columns and has no assessment yet; a closed meeting's row
    refuses an assessment written even by plain SQL (revision 0014 made the triggers again)."""
    import shutil
    import sqlite3

    from drøftelse.store.database import open_database

    path = tmp_path / "revision-0013-demo.sqlite"
    shutil.copy(FIXTURES / "revision-0013-demo.sqlite", path)
    before = rows(path, "SELECT id, hvad, hvorfor, hvordan, hvornaar, hvem, opfoelgning FROM action_item ORDER BY id")
    open_database(path).dispose()
    assert (
        rows(path, "SELECT id, hvad, hvorfor, hvordan, hvornaar, hvem, opfoelgning FROM action_item ORDER BY id")
        == before
    )
    assert set(rows(path, "SELECT alvor, omfang, vurdering, aarsag FROM action_item")) == {(None, None, "", "")}
    db = open_database(path)
    meeting = rows(path, "SELECT meeting_id FROM action_item ORDER BY id LIMIT 1")[0][0]
    service.close_meeting(db, meeting, dt.datetime(2026, 12, 6, 12, 0))
    db.dispose()
    closed = rows(path, f"SELECT id FROM action_item WHERE meeting_id = {meeting} LIMIT 1")[0]
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="meeting-closed"):
        conn.execute("UPDATE action_item SET alvor = 'alvorlig' WHERE id = ?", closed)
    assert {"effect", "effect_note"} <= {c[1] for c in conn.execute("PRAGMA table_info(verdict)")}
    conn.close()
