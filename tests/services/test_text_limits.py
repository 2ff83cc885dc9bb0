"""How long a text may be (#17, point 9): 100,000 characters in a box or a handleplan cell, 500 in a name or title,
checked at every entrance — typing in the window, the services, a meeting file (test_exchange_hostile.py), a
returned sheet — with a Danish message naming the field, and nothing stored. How fast the documents are at the
limit is measured by benchmarks/long_texts.py, not asserted here."""

import datetime as dt

import pytest
from conftest import dump, run_cli, window_at_step

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.limits import MAX_LINE, MAX_TEXT
from drøftelse.services import meetings as service
from drøftelse.store.demo import create_demo_meeting

KIND = "kompetencedroeftelse"


def _text(n: int) -> str:
    words = "Støj og kemi i pakkeriet følges op af AMR og leder. "
    return (words * (n // len(words) + 1))[:n]


@pytest.fixture
def meeting(db, templates):
    committee = service.create_committee(db, "AMO")
    return service.create_meeting(db, committee, templates.get(KIND), "Møde", dt.date(2026, 11, 20)).id


def test_a_text_at_the_limit_is_stored_one_over_is_refused_naming_the_field(db, db_path, meeting):
    row = service.add_action_item(db, meeting, service.ActionFields(hvordan=_text(MAX_TEXT)))
    assert service.action_item(db, row).hvordan == _text(MAX_TEXT)
    before = dump(db_path)
    with pytest.raises(DroeftelseError, match=r"Teksten under Hvordan\? er for lang \(100\.001 tegn; højst 100\.000\)"):
        service.update_action_item(db, row, hvordan=_text(MAX_TEXT + 1))
    with pytest.raises(DroeftelseError, match=r"Teksten under Hvem\? er for lang"):
        service.add_action_item(db, meeting, service.ActionFields(hvem=_text(MAX_TEXT + 1)))
    with pytest.raises(DroeftelseError, match=r"Teksten er for lang \(1\.000\.000 tegn"):
        service.set_answer(db, meeting, None, "enige", "fokus", _text(1_000_000))
    with pytest.raises(DroeftelseError, match=r"Mødets titel er for lang \(501 tegn; højst 500\)"):
        service.update_meeting(db, meeting, title=_text(MAX_LINE + 1))
    person = service.add_participant(db, meeting, "Mette", "AMR")
    with pytest.raises(DroeftelseError, match=r"Navnet er for lang"):
        service.update_participant(db, person, name=_text(MAX_LINE + 1))
    after = dump(db_path)
    assert [t for t in after if t[0] != "participant"] == [t for t in before if t[0] != "participant"]


def test_typing_past_the_limit_in_the_window_says_so_and_keeps_the_text(danish_app, qtbot, db, db_path, templates):
    meeting = create_demo_meeting(db, templates)
    window, page = window_at_step(qtbot, db_path, meeting, "enige")
    box = page.boxes["fokus"]
    stored = service.answers(db, meeting).get((None, "enige", "fokus"), "")
    box.setFocus()
    box.selectAll()
    box.insertPlainText(_text(MAX_TEXT + 1))  # what a paste does
    qtbot.waitUntil(lambda: "er for lang" in window.status.text(), timeout=5000)
    assert "Teksten er for lang (100.001 tegn; højst 100.000)" in window.status.text()
    assert box.toPlainText() == _text(MAX_TEXT + 1)  # still in the window, to be cut down
    assert service.answers(db, meeting).get((None, "enige", "fokus"), "") == stored
    box.textCursor().deletePreviousChar()  # one character less: now it fits, and is stored
    qtbot.waitUntil(lambda: service.answers(db, meeting)[(None, "enige", "fokus")] == _text(MAX_TEXT), timeout=5000)
    window.close()


@pytest.mark.slow
def test_a_returned_sheet_with_a_box_past_the_limit_is_refused(tmp_path):
    from test_sheets import fill

    db = tmp_path / "udvalg.sqlite"
    meeting = run_cli("--db", str(db), "demo").stdout.strip()
    out = tmp_path / "ark"
    assert run_cli("--db", str(db), "ark", meeting, "--out", str(out)).returncode == 0
    (sheet,) = out.glob("*Mette*.pdf")
    returned = fill(sheet, {"opgaver": _text(MAX_TEXT + 1)}, tmp_path / "retur.pdf")
    before = dump(db)
    result = run_cli("--db", str(db), "indlaes", meeting, str(returned))
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("droeftelse: retur.pdf: Teksten i »") and "er for lang (100.001 tegn" in line, line
    assert "Intet er indlæst" in line
    assert dump(db) == before
