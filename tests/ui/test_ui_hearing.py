"""The Høring step driven through the window as the chairs would: the proposed questions edited, one removed, an
empty one refused; the høringsark made, filled by another program and read back (a foreign file refused in
Danish); the answers shown under their points, and beside the point during the discussion."""

import os
from pathlib import Path

from conftest import finished, when_dialog, window_at_step
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from test_hearing import fill
from test_ui_meeting import type_into

from drøftelse.services import hearing
from drøftelse.services.meetings import create_demo
from drøftelse.ui.hand_in_dialog import HandInDialog

SCREENSHOTS = Path(os.environ.get("DROEFTELSE_SCREENSHOTS", "/tmp/droeftelse-screenshots"))


def test_hearing_step_from_questions_to_answers_beside_the_point(danish_app, qtbot, db, db_path, templates, tmp_path):
    meeting = create_demo(db, templates, annual=True)
    window, page = window_at_step(qtbot, db_path, meeting, "hoering")
    window.resize(1400, 900)
    assert window.view.steps.item(1).text() == "2. Høring"
    assert len(page.rows) == 5 and page.rows[0].text.text().startswith("Hvad bør vi arbejde med")
    assert not page.add_button.isEnabled()  # five is the most

    # the chairs change the first question and remove the fourth
    first = page.rows[0].text
    first.selectAll()
    type_into(qtbot, first, "Hvad fylder mest for dig i hverdagen – støj, løft eller travlhed?")
    page.ctx.autosaver.flush()
    stored = hearing.questions(db, templates, meeting)
    assert stored[0].text == "Hvad fylder mest for dig i hverdagen – støj, løft eller travlhed?" and stored[0].id
    qtbot.mouseClick(page.rows[3].remove, Qt.MouseButton.LeftButton)
    assert len(page.rows) == 4 and len(hearing.questions(db, templates, meeting)) == 4
    assert page.add_button.isEnabled()

    # an emptied question is refused in Danish; the stored one stays
    second = page.rows[1].text
    second.selectAll()
    qtbot.keyClick(second, Qt.Key.Key_Delete)
    page.ctx.autosaver.flush()
    assert "Spørgsmål 2 er tomt" in window.status.text()
    assert hearing.questions(db, templates, meeting)[1].text.startswith("Hvordan vil du gerne høre")
    type_into(qtbot, second, "Hvordan vil du høre fra AMO?")
    page.ctx.autosaver.flush()

    type_into(qtbot, page.boxes["form"], "Høringsark udleveret på personalemødet og sendt på mail.")
    page.sheet_count.setValue(2)  # one sheet per employee, each its own code
    when_dialog(lambda dialog: dialog.accept(), kind=HandInDialog)  # the demo meets today: when to hand in, asked
    sheet, sheet2 = finished(page.export_sheets(tmp_path / "ud"))
    assert "2 høringsark er gemt" in window.view.notice.message()  # on the page, with what to do next
    answered = fill(sheet, ["Støjen i pakkeriet 😀", "På tavlemødet, Łukasz"], tmp_path / "svar1.pdf")
    answered2 = fill(sheet2, ["Løft ved rampe 2"], tmp_path / "svar2.pdf")
    (tmp_path / "noter.pdf").write_bytes(b"%PDF-1.4 ikke et rigtigt ark")

    seen = when_dialog(lambda box: box.accept())
    finished(page.import_files([answered, answered2, tmp_path / "noter.pdf"]))
    qtbot.waitUntil(lambda: "title" in seen)
    assert seen["title"] == "Nogle høringsark blev ikke indlæst" and "noter.pdf" in seen["text"]
    assert "2 høringsark er indlæst" in window.view.notice.message()
    assert page.answers.count.text() == "2 af 2 udleverede ark er kommet tilbage."
    assert page.answers.shown == ["Støjen i pakkeriet 😀", "Løft ved rampe 2", "På tavlemødet, Łukasz"]

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "hoering.png"))

    # during the discussion: the point shows what the employees said about it
    window.view.go_to_step("indhold")
    panel = window.view.page.hearing
    assert panel.isVisible() and panel.shown == ["Støjen i pakkeriet 😀", "Løft ved rampe 2"]
    qtbot.waitUntil(lambda: all(w.isVisible() for w in panel.answers.findChildren(QLabel)))  # Qt shows them queued
    window.grab().save(str(SCREENSHOTS / "hoering-ved-punkt-1.png"))
    window.view.go_to_step("viden")
    assert window.view.page.hearing.shown == []


def test_a_code_read_twice_asks_which_sheet_to_keep(danish_app, qtbot, db, db_path, templates, tmp_path):
    meeting = create_demo(db, templates, annual=True)
    window, page = window_at_step(qtbot, db_path, meeting, "hoering")
    when_dialog(lambda dialog: dialog.accept(), kind=HandInDialog)
    (sheet,) = finished(page.export_sheets(tmp_path / "ud"))
    finished(page.import_files([fill(sheet, ["Først"], tmp_path / "a.pdf")]))
    later = fill(sheet, ["Siden"], tmp_path / "b.pdf")

    seen = when_dialog(lambda box: box.reject())  # No: the first read in stays
    finished(page.import_files([later]))
    qtbot.waitUntil(lambda: "title" in seen)
    assert seen["title"] == "Samme engangskode to gange" and "b.pdf" in seen["text"]
    assert [a.text for a in hearing.summary(db, meeting).answers] == ["Først"]

    seen = when_dialog(lambda box: box.button(box.StandardButton.Yes).click())  # Yes: the new one counts
    task = page.import_files([later])
    finished(task)
    qtbot.waitUntil(lambda: "title" in seen)
    qtbot.waitUntil(lambda: [a.text for a in hearing.summary(db, meeting).answers] == ["Siden"])
    assert hearing.summary(db, meeting).responses == 1
    qtbot.waitUntil(lambda: page.answers.count.text() == "1 af 1 udleverede ark er kommet tilbage.")
