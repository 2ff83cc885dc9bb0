"""Workplaces under 10 employees: no AMO, so the employer holds the annual discussion with the employees (or a
talsmand), as a meeting, on video or in writing. The size is asked when the committee is made and can be changed;
the variant of the annual discussion has points 1–5 (the necessary knowledge of arbejdsmiljø required, no AMO
training) and its referat names the form. Driven through the window, the command line and the store."""

import datetime as dt
import json
import shutil
import sqlite3

import pytest
from conftest import FIXTURES, REPO, finished, rows, run_cli, unhyphenated, when_dialog
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from test_cli import ok, refused
from test_ui_meeting import click_next, type_into

from drøftelse.domain.annual import ANNUAL_KIND, SMALL_ANNUAL_KIND, point_steps
from drøftelse.domain.closing import NotFinished
from drøftelse.domain.errors import DroeftelseError, TemplateError
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.paths import templates_dir
from drøftelse.services import annual
from drøftelse.services.meetings import create_demo, finish_meeting, keep_example
from drøftelse.store import meetings as store
from drøftelse.store.database import open_database
from drøftelse.store.exchange import export_meeting, import_meeting
from drøftelse.store.listing import committees_with_meetings
from drøftelse.ui.app import open_main_window

SHOTS = REPO / "build" / "screenshots"


def shot(widget, name: str) -> None:
    """Keep what the user saw, to look at (build/ is not committed)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # the layout's pending requests, as the event loop would before painting
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"under-10-{name}.png"))


def pdf_text(path) -> str:
    """The PDF's words, lines joined as they wrap (hyphenated words whole again)."""
    return " ".join(unhyphenated("\n".join(page.extract_text() for page in PdfReader(path).pages)).split())


# --- the template
def test_the_variant_is_the_annual_discussion_without_amo_training(templates):
    base, small = templates.get(ANNUAL_KIND), templates.get(SMALL_ANNUAL_KIND)
    assert [s.legal_point for s in point_steps(small)] == [3, 1, 2, 4, 5]
    assert small.step("kompetenceplan") is None and not small.steps_of_kind("training")
    assert small.step("viden").title == "Drøfte, om der er den nødvendige viden om arbejdsmiljø"
    assert small.step("viden").applies_to.startswith("Lovkrav ved under 10 ansatte")
    assert small.forms == ("Møde", "Video", "Skriftligt") and base.forms == ()
    assert "Arbejdsgiver" in small.step("opsaetning").roles and "Ansat" in small.step("opsaetning").roles
    assert "talsmand" in small.how and "arbejdsmiljøorganisation" in small.how
    assert "Alle fem punkter" in small.phases[1].text
    # what the variant does not say it takes from the base: the citation, the questions, the handleplan step
    assert small.rules.reference == base.rules.reference and small.rules.checked == base.rules.checked
    assert small.rules.text != base.rules.text
    assert small.step("indhold") == base.step("indhold")
    assert small.step("handleplan") == base.step("handleplan")


def test_a_variant_naming_a_step_its_base_lacks_is_refused(tmp_path):
    shutil.copy(templates_dir() / f"{ANNUAL_KIND}.toml", tmp_path)
    text = (templates_dir() / f"{SMALL_ANNUAL_KIND}.toml").read_text(encoding="utf-8")
    for wrong, where in (
        ('omit_steps = ["kompetenceplan"]', "omit_steps"),
        ('omit_kinds = ["uddannelse"]', "omit_kinds"),
    ):
        (tmp_path / f"{SMALL_ANNUAL_KIND}.toml").write_text(
            text.replace('omit_kinds = ["training", "hearing"]', wrong.replace("kompetenceplan", "kompetenceplanen")),
            encoding="utf-8",
        )
        with pytest.raises(TemplateError, match=rf"aarlig_arbejdsmiljoedroeftelse_under_10.toml.*{where}\[0\]"):
            TemplateLibrary(tmp_path).get(SMALL_ANNUAL_KIND)
    (tmp_path / f"{SMALL_ANNUAL_KIND}.toml").write_text(
        text.replace('key = "viden"', 'key = "videnn"'), encoding="utf-8"
    )
    with pytest.raises(TemplateError, match=r"steps\[2\]\.key: 'videnn' findes ikke"):
        TemplateLibrary(tmp_path).get(SMALL_ANNUAL_KIND)


# --- the store and services
def test_closing_asks_for_every_point_and_the_form(db, templates):
    cid = store.create_committee(db, "Bageriet", employees=6)
    assert committees_with_meetings(db)[0].employees == 6
    t = templates.get(SMALL_ANNUAL_KIND)
    mid = store.create_meeting(db, cid, t, "Årlig arbejdsmiljødrøftelse 2026", dt.date(2026, 11, 20))
    with pytest.raises(NotFinished) as refused_:
        finish_meeting(db, templates, mid)
    message = refused_.value.message
    assert "Punkt 5: Drøfte, om der er den nødvendige viden om arbejdsmiljø" in message
    assert "Punkt 6" not in message
    assert "Vælg på Opsætning, hvordan drøftelsen blev holdt: møde, video eller skriftligt." in message
    for step in ("evaluering", "indhold", "samarbejde", "maal", "viden"):
        store.set_answer(db, mid, None, step, "tekst", f"Drøftet: {step}")
    with pytest.raises(NotFinished) as only_form:
        finish_meeting(db, templates, mid)
    assert only_form.value.missing == [] and only_form.value.forms_missing == t.forms
    with pytest.raises(DroeftelseError, match="Formen 'fax' kendes ikke"):
        finish_meeting(db, templates, mid, form="fax")
    assert store.get_meeting(db, mid).form == "" and store.get_meeting(db, mid).closed_at is None
    closed = finish_meeting(db, templates, mid, form="VIDEO")
    assert closed.form == "Video" and closed.closed_at is not None


def test_the_size_is_a_whole_number_of_people(db):
    cid = store.create_committee(db, "Bageriet")
    assert store.committee_employees(db, cid) is None
    for wrong in (0, -3, 1_000_001):
        with pytest.raises(DroeftelseError, match="Antal ansatte skal være et helt tal fra 1 til 1.000.000"):
            store.set_employees(db, cid, wrong)
    assert store.committee_employees(db, cid) is None
    store.set_employees(db, cid, 8)
    assert store.committee_employees(db, cid) == 8


def test_the_demo_workplace_and_its_meeting_file_round_trip(db, templates, tmp_path):
    mid = create_demo(db, templates, annual=True, employees=8)
    m = store.get_meeting(db, mid)
    assert (m.kind, m.form) == (SMALL_ANNUAL_KIND, "Møde")
    (committee,) = committees_with_meetings(db)
    assert committee.employees == 8 and len(committee.meetings) == 2
    people = store.participants(db, mid)
    assert len(people) == 8 and people[0].role == "Arbejdsgiver" and {p.role for p in people[2:]} == {"Ansat"}
    ev = annual.evaluation(db, mid)  # last year's under-10 discussion carries over its goal and open row
    assert [g.text for g in ev.goals] == ["Ingen løft af gipsplader alene: altid to eller pladeløfter"]
    assert [r.text for r in ev.rows] == ["Pladeløfter til byggepladsen"]
    assert annual.missing_points(db, mid, templates.get(SMALL_ANNUAL_KIND)) == []

    data = export_meeting(db, mid, templates)
    assert data["committee"] == {"name": "Tømrer Nørgaard & Søn ApS", "employees": 8}
    assert data["meeting"]["form"] == "Møde"
    other = open_database(tmp_path / "anden.sqlite")
    copy = import_meeting(other, json.loads(json.dumps(data)), templates)
    assert store.get_meeting(other, copy).form == "Møde"
    assert committees_with_meetings(other)[0].employees == 8
    assert export_meeting(other, copy, templates) == data


def test_revision_0007_gives_old_committees_no_size_and_old_meetings_no_form(tmp_path):
    path = tmp_path / "revision-0004-demo.sqlite"
    shutil.copy(FIXTURES / "revision-0004-demo.sqlite", path)
    before = rows(path, "SELECT id, text FROM answer ORDER BY id")
    db = open_database(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT id, text FROM answer ORDER BY id").fetchall() == before
    assert {r for (r,) in conn.execute("SELECT employees FROM committee")} == {None}
    assert {r for (r,) in conn.execute("SELECT form FROM meeting")} == {""}
    (committee,) = committees_with_meetings(db)
    assert committee.employees is None


# --- the command line
def test_demo_aarlig_ansatte_8_closed_and_printed_from_the_command_line(tmp_path):
    db = tmp_path / "lille.sqlite"
    meeting = ok(run_cli("--db", str(db), "demo", "--aarlig", "--ansatte", "8")).strip()
    listing = ok(run_cli("--db", str(db), "list"))
    assert "Tømrer Nørgaard & Søn ApS" in listing and "Årlig arbejdsmiljødrøftelse (under 10 ansatte)" in listing
    refused(run_cli("--db", str(db), "demo", "--aarlig", "--ansatte", "nul"), "er ikke et antal ansatte")
    refused(run_cli("--db", str(db), "kompetenceplan", meeting, "--pdf", str(tmp_path / "k.pdf")), "under 10 ansatte")
    assert not (tmp_path / "k.pdf").exists()

    sqlite3.connect(db).execute("UPDATE meeting SET form = '' WHERE id = ?", (int(meeting),)).connection.commit()
    refused(run_cli("--db", str(db), "afslut", meeting), "hvordan drøftelsen blev holdt: møde, video eller skriftligt")
    refused(run_cli("--db", str(db), "afslut", meeting, "--form", "fax"), "vælg mellem møde, video, skriftligt")
    closed_at = sqlite3.connect(db).execute("SELECT closed_at, form FROM meeting WHERE id = ?", (int(meeting),))
    assert closed_at.fetchone() == (None, "")
    assert ok(run_cli("--db", str(db), "afslut", meeting, "--form", "skriftligt")).strip() == (
        f"Møde {meeting} er afsluttet (form: skriftligt)."
    )
    refused(run_cli("--db", str(db), "afslut", meeting, "--form", "video"), "er afsluttet; genåbn det")
    assert ok(run_cli("--db", str(db), "afslut", meeting)).strip() == (
        f"Møde {meeting} var allerede afsluttet (form: skriftligt)."
    )
    pdf = tmp_path / "referat.pdf"
    ok(run_cli("--db", str(db), "referat", meeting, "--pdf", str(pdf)))
    text = pdf_text(pdf)
    for piece in (
        "Referat: Årlig arbejdsmiljødrøftelse (under 10 ansatte)",
        "Form Skriftligt",
        "Henrik Nørgaard (Arbejdsgiver)",
        "Punkt 5. Drøfte, om der er den nødvendige viden om arbejdsmiljø",
        "Sagkyndig bistand om støv ved skæring",
        "Godkendt af arbejdsgiveren og alle de ansatte",
    ):
        assert piece in text, piece
    assert "Punkt 6" not in text and "Kompetenceudviklingsplan" not in text and "Udkast" not in text


# --- the window
def answer_welcome(qtbot, name: str, employees: int, seen: dict):
    """Fill in the first start's dialog; what it showed is kept in `seen` (asserted after, so it always closes)."""

    def act(dialog):
        type_into(qtbot, dialog.name, name)
        dialog.employees.spin.setValue(employees)
        seen["note"] = dialog.employees.note.isVisibleTo(dialog)
        seen["demo"] = dialog.demo.text()
        dialog.demo.setChecked(False)
        shot(dialog, "velkommen")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    return act


def test_a_workplace_of_8_from_the_first_start_to_a_closed_referat(danish_app, qtbot, tmp_path):
    window = open_main_window(tmp_path / "data" / "droeftelse.sqlite")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    seen = {}
    when_dialog(answer_welcome(qtbot, "Bageriet Solsikken", 8, seen))
    qtbot.waitUntil(lambda: bool(window.list_page.committees), timeout=5000)
    assert seen["note"] and "en årlig drøftelse med de ansatte" in seen["demo"]
    page = window.list_page
    assert page.committees[0].employees == 8
    assert page.size_label.text() == "8 ansatte – under 10: ingen AMO"
    assert "Arbejdsgiveren holder den årlige arbejdsmiljødrøftelse direkte" in page.size_label.toolTip()

    # the new meeting offers the annual discussion with the employees first, and not the AMO's
    offered = {}

    def new_meeting(dialog):
        offered["kinds"] = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
        offered["title"] = dialog.title.text()
        shot(dialog, "nyt-moede")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(new_meeting)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
    assert offered["kinds"] == [SMALL_ANNUAL_KIND, "kompetencedroeftelse"]
    assert offered["title"] == f"Årlig arbejdsmiljødrøftelse {dt.date.today().year}"
    view = window.view
    mid = view.meeting_id
    steps = [view.steps.item(i).text() for i in range(view.steps.count())]
    assert not any("Kompetenceudviklingsplan" in s for s in steps)

    # Opsætning: the employer and the employees, the forum and the form
    setup = view.page
    assert [setup.new_role.itemText(i) for i in range(setup.new_role.count())][:2] == ["Arbejdsgiver", "Ansat"]
    assert setup.forum.itemText(0) == "Arbejdsgiveren og alle de ansatte"
    for name, role in (("Henrik Nørgaard", "Arbejdsgiver"), ("Ali Hassan", "Ansat"), ("Mette Holm", "Ansat")):
        setup.new_role.setCurrentText(role)
        type_into(qtbot, setup.new_name, name)
        qtbot.keyClick(setup.new_name, Qt.Key.Key_Return)
    setup.forum.setCurrentIndex(0)
    assert [(p.name, p.role) for p in store.participants(window.db, mid)][0] == ("Henrik Nørgaard", "Arbejdsgiver")
    assert setup.form.currentText() == "Vælg, hvordan drøftelsen holdes …"
    shot(view, "opsaetning")

    # Referat: closing is refused while point 5 and the form are missing
    view.go_to_step("referat")
    finish = view.page
    assert "Punkt 5: Drøfte, om der er den nødvendige viden om arbejdsmiljø" in finish.missing.text()
    assert "hvordan drøftelsen blev holdt" in finish.missing.text()
    assert not finish.has_plan
    seen = when_dialog(lambda box: box.buttons()[1].click())  # "Luk"
    assert finish.toggle_closed() is False
    assert "Punkt 5:" in seen["text"] and "Punkt 6" not in seen["text"]
    shot(view, "referat-mangler")

    for step in ("evaluering", "indhold", "samarbejde", "maal", "viden"):
        view.go_to_step(step)
        if step == "maal":
            type_into(qtbot, view.page.new_goal, "Ingen ulykker ved ovnene")
            qtbot.keyClick(view.page.new_goal, Qt.Key.Key_Return)
        elif step != "evaluering":
            type_into(qtbot, view.page.boxes["tekst"], f"Vi drøftede {step}.")
        else:
            type_into(qtbot, view.page.boxes["tekst"], "Intet mål fra sidste år: første drøftelse i appen.")
    view.flush()
    view.go_to_step("referat")
    seen = when_dialog(lambda box: box.buttons()[0].click())  # "Gå til punktet": the form on Opsætning
    assert finish.toggle_closed() is False
    assert "Punkt" not in seen["text"] and "møde, video eller skriftligt" in seen["text"]
    assert view.order[view.index].key == "opsaetning"
    view.page.form.setCurrentIndex(view.page.form.findText("Video"))
    assert store.get_meeting(window.db, mid).form == "Video"

    view.go_to_step("referat")
    assert finish.toggle_closed(confirm=False) is True  # its dialog: tests/ui/test_ui_closed_meeting.py
    shot(view, "referat-afsluttet")
    pdf = finished(finish.export_referat(tmp_path / "referat.pdf"))
    text = pdf_text(pdf)
    assert "Form: video" in finish.summary.text()
    for piece in ("Form Video", "Henrik Nørgaard (Arbejdsgiver)", "Vi drøftede viden.", "Ingen ulykker ved ovnene"):
        assert piece in text, piece
    assert "Punkt 6" not in text and "Udkast" not in text


def test_the_size_is_changed_where_the_committee_is_shown(danish_app, qtbot, db, db_path, templates):
    store.create_committee(db, "Arbejdsmiljøudvalget, Lager A/S")
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    page = window.list_page
    assert page.size_label.text() == "Antal ansatte: ikke angivet"

    shown = {}

    def answer(dialog):
        shown["before"] = (dialog.employees.value(), dialog.employees.note.isVisibleTo(dialog))
        dialog.employees.spin.clear()
        qtbot.keyClicks(dialog.employees.spin, "7")
        shown["note"] = dialog.employees.note.isVisibleTo(dialog)
        shot(dialog, "ret-antal")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(answer)
    qtbot.mouseClick(page.size_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.committees[0].employees == 7, timeout=5000)
    assert shown == {"before": (None, False), "note": True}
    assert page.size_label.text() == "7 ansatte – under 10: ingen AMO"
    assert "7 ansatte" in window.status.text()
    shot(window, "moeder")
    page.edit_committee(40)
    assert page.size_label.text() == "40 ansatte"
    when_dialog(lambda dialog: click_new_kind(dialog, ANNUAL_KIND))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
    assert store.get_meeting(db, window.view.meeting_id).kind == ANNUAL_KIND


def click_new_kind(dialog, kind):
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert SMALL_ANNUAL_KIND not in kinds
    dialog.kind.setCurrentIndex(kinds.index(kind))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_click_next_still_walks_the_variant(danish_app, qtbot, db, db_path, templates):
    """Tilbage/Næste go through the variant's steps: set-up, the five points, handleplan, referat."""
    mid = create_demo(db, templates, annual=True, employees=5)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(mid)
    view = window.view
    seen = [view.order[view.index].key]
    for _ in range(len(view.order) - 1):
        click_next(qtbot, view)
        seen.append(view.order[view.index].key)
    assert seen == [
        "opsaetning",
        "forberedelse",
        "evaluering",
        "indhold",
        "samarbejde",
        "maal",
        "viden",
        "handleplan",
        "referat",
    ]
    assert len(store.participants(db, mid)) == 5


def test_the_variants_preparation_step_shows_last_years_goals(danish_app, qtbot, db, db_path, templates):
    """Beside the five boxes, as on the sheet: last year's goals and the open rows."""
    mid = create_demo(db, templates, annual=True, employees=5)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(mid)
    window.view.go_to_step("forberedelse")
    shown = window.view.page_for("forberedelse").to_judge.text()
    assert "Sidste års mål:" in shown and "Ingen løft af gipsplader alene" in shown


def test_the_first_starts_demo_follows_the_size(danish_app, qtbot, db, db_path, templates):
    """With 8 employees the welcome's example is the workplace's annual discussion, under the name typed; with 40
    it is the kompetencedrøftelse, and either way the size is kept."""
    store.create_committee(db, "AMO")  # no first-run welcome in the way
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    page = window.list_page
    page.create_committee("Bageriet Solsikken", demo=True, employees=8)
    page.create_committee("Arbejdsmiljøudvalget, Lager A/S", demo=True, employees=40)
    by_name = {c.name: c for c in page.committees}
    small, large = by_name["Bageriet Solsikken"], by_name["Arbejdsmiljøudvalget, Lager A/S"]
    assert small.employees == 8 and {m.kind for m in small.meetings} == {SMALL_ANNUAL_KIND}
    assert large.employees == 40 and {m.kind for m in large.meetings} == {"kompetencedroeftelse"}


def test_next_years_discussion_starts_with_this_years_people(db, templates):
    """No AMO, so no members to invite: the new annual discussion gets the previous one's people, all present."""
    from drøftelse.services.meetings import create_meeting

    mid = create_demo(db, templates, annual=True, employees=8)
    keep_example(db, mid)  # the demo's people are the workplace's own once kept (tests/services/test_demo_examples.py)
    this_year = store.get_meeting(db, mid)
    made = create_meeting(
        db,
        this_year.committee_id,
        templates.get(SMALL_ANNUAL_KIND),
        "Årlig arbejdsmiljødrøftelse 2027",
        this_year.date + dt.timedelta(days=365),
    )
    assert (made.invited, made.carried) == (0, 8)
    before = [(p.name, p.role, p.formandskab) for p in store.participants(db, mid)]
    after = store.participants(db, made.id)
    assert [(p.name, p.role, p.formandskab) for p in after] == before
    assert all(p.present for p in after)  # Søren was away this year; next year he is expected
