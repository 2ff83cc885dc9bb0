"""Issue 26, item 5: a NUL byte (and other control characters) in text from outside: a meeting file, a returned
forberedelsesark or høringsark, a paste into the window. PostgreSQL refuses NUL in text, and that surfaced as
exit code 70 ("uventet fejl"); now it is removed on the way in, on both backends, and the rest is stored."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import run_cli
from test_hearing import fill as fill_hearing
from test_sheets import fill as fill_sheet
from test_sheets import sheet_for

from drøftelse.documents.sheet_reader import read_sheet
from drøftelse.domain.limits import clean_text
from drøftelse.domain.meeting_file import Answer
from drøftelse.services import hearing
from drøftelse.services.meeting_file import import_meeting_file, write_meeting_file
from drøftelse.services.meetings import create_demo
from drøftelse.store import action_items as action_store
from drøftelse.store import meetings as store
from drøftelse.store.demo import create_demo_meeting
from drøftelse.store.sheets import apply_import, plan_import

DIRTY = "Kemi\x00 og\x01 støj\x1b\tlinje\r\nto\x0c"
CLEAN = "Kemi og støj\tlinje\r\nto"


@pytest.fixture
def db(any_db):  # each test runs on a SQLite file and on a PostgreSQL database (conftest.any_db)
    return any_db


def test_control_characters_are_removed_and_tabs_and_line_breaks_kept():
    assert clean_text(DIRTY) == CLEAN
    assert clean_text("Łukasz 😀 \u200bÆØÅ") == "Łukasz 😀 \u200bÆØÅ"  # zero-width and the rest stay
    assert clean_text(None) is None and clean_text(3) == 3
    assert Answer(participant=None, step="s", box="b\x00", text=DIRTY).box == "b"  # the meeting file's check


def test_a_meeting_file_with_nul_bytes_imports_without_them(db, templates, tmp_path):
    meeting = create_demo(db, templates)
    path = write_meeting_file(db, templates, meeting, tmp_path / "møde.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["committee"]["name"] = "AMO\x00 Nord"
    data["meeting"]["title"] = "Drøftelse\x00 2026"
    data["participants"][0]["name"] = "Mette\x00 Kjær"
    data["answers"][0]["text"] = DIRTY
    data["action_items"][0]["hvad"] = DIRTY
    path.write_text(json.dumps(data), encoding="utf-8")  # as `\u0000` in the JSON, the way JSON writes it

    new = import_meeting_file(db, path, templates)
    m = store.get_meeting(db, new)
    assert m.title == "Drøftelse 2026"
    assert "Mette Kjær" in [p.name for p in store.participants(db, new)]
    assert CLEAN in store.answers(db, new).values()
    assert action_store.action_items(db, new)[0].hvad == CLEAN


def test_a_returned_sheet_with_nul_bytes_imports_without_them(db, templates, tmp_path):
    committee = store.create_committee(db, "AMO")
    meeting = store.create_meeting(db, committee, templates.get("kompetencedroeftelse"), "Møde", dt.date(2026, 11, 20))
    pid = store.add_participant(db, meeting, "Łukasz Wiśniewski", "AMR")
    blank = sheet_for(db, templates, meeting, "Łukasz Wiśniewski", tmp_path)
    path = fill_sheet(blank, {"opgaver": DIRTY, "lykkes": "\x00"}, tmp_path / "retur.pdf")
    sheet = read_sheet(path)
    plan = plan_import(db, meeting, templates, sheet.identity, sheet.texts, path.name)
    apply_import(db, meeting, templates, plan)
    stored = store.answers(db, meeting)
    assert stored[(pid, "forberedelse", "opgaver")] == CLEAN.replace("\r\n", "\n")  # the reader's own line breaks
    assert "\x00" not in "".join(stored.values())


def test_a_hearing_sheet_with_nul_bytes_imports_without_them(db, templates, tmp_path):
    meeting = create_demo(db, templates, annual=True)
    (blank,) = hearing.write_hearing_sheets(db, templates, meeting, tmp_path / "ud")
    hearing.import_hearing_file(db, templates, meeting, fill_hearing(blank, [DIRTY, "To\x00"], tmp_path / "svar.pdf"))
    texts = [a.text for a in hearing.summary(db, meeting).answers]
    assert CLEAN.replace("\r\n", "\n") in texts and "To" in texts


def test_a_paste_with_nul_bytes_is_stored_without_them(db, templates):
    meeting = create_demo_meeting(db, templates, today=dt.date(2026, 11, 20))
    pid = store.participants(db, meeting)[0].id
    stored = store.set_answer(db, meeting, pid, "forberedelse", "opgaver", DIRTY)
    assert stored.text == CLEAN
    again = store.set_answer(db, meeting, pid, "forberedelse", "opgaver", DIRTY, expected_version=stored.version - 1)
    assert again.text == CLEAN  # the same text written twice is no conflict, NUL or not
    assert store.answers(db, meeting)[(pid, "forberedelse", "opgaver")] == CLEAN
    item = action_store.action_items(db, meeting)[0]
    action_store.update_action_item(db, item.id, hvem="Mette\x00")
    assert action_store.action_items(db, meeting)[0].hvem == "Mette"


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_command_line_imports_a_meeting_file_with_a_nul_byte(backend, request, tmp_path):
    target = str(tmp_path / "udvalg.sqlite") if backend == "sqlite" else request.getfixturevalue("pg_db_url")
    assert run_cli("--db", target, "demo").returncode == 0
    file = tmp_path / "møde.json"
    assert run_cli("--db", target, "export", "1", "--json", str(file)).returncode == 0
    data = json.loads(file.read_text(encoding="utf-8"))
    data["answers"][0]["text"] = "Deltagerens\x00 tekst"
    data["action_items"][0]["hvem"] = "\x00"
    file.write_text(json.dumps(data), encoding="utf-8")
    imported = run_cli("--db", target, "import", str(file))
    assert imported.returncode == 0, imported.stderr  # never 70, "uventet fejl"
    listed = run_cli("--db", target, "list")
    assert listed.returncode == 0 and "uventet" not in listed.stderr
