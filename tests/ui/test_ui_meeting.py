"""A whole kompetencedrøftelse driven as the chairs would: from an empty machine to a printed handleplan, then
the app closed and opened again on the same file with every text and the step intact."""

import datetime as dt

from conftest import FakeClock, finished, unhyphenated, when_dialog
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton

from drøftelse.store import meetings as store
from drøftelse.ui.app import open_main_window
from drøftelse.ui.handleplan_model import FIELDS

PEOPLE = [
    ("Mette Kjær Andersen", "Leder"),
    ("Łukasz Wiśniewski", "AMR"),
    ("Søren Østergaard", "TR"),
    ("Jūratė Petrauskienė", "Arbejdsmiljøleder"),
]
NASTY = 'Kemi <i> gang 3 & "trucks" 😀'


def fill_welcome(qtbot, name):
    def act(dialog):
        type_into(qtbot, dialog.name, name)
        dialog.demo.setChecked(False)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    return act


def fill_new_meeting(qtbot, title, place, kind=None, proposed=None):
    """Fill the new-meeting dialog; `kind` is typed into the meeting type as a user picks it by keyboard, and
    `proposed` is what the dialog must have proposed (kind, reason) before that."""

    def act(dialog):
        if proposed is not None:
            assert (dialog.kind.currentData(), dialog.reason.text()) == proposed
        if kind is not None:
            qtbot.keyClicks(dialog.kind, kind)
        dialog.title.clear()
        type_into(qtbot, dialog.title, title)
        type_into(qtbot, dialog.place, place)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    return act


def cell(table, row, col, role=Qt.ItemDataRole.DisplayRole):
    """What a table view's cell holds, read through its model."""
    return table.model().index(row, col).data(role)


def tick(table, row, col, on=True):
    """Tick (or untick) a check box cell as the view does when it is clicked."""
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    assert table.model().setData(table.model().index(row, col), state, Qt.ItemDataRole.CheckStateRole)


def click_next(qtbot, view):
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text):
    """Type as a user: key by key; letters QTest cannot press offscreen (beyond ASCII: é, Ł, ø, 😀) are entered as an
    input method would, into the same widget."""
    widget.setFocus()
    for ch in text:
        if ord(ch) < 128:
            qtbot.keyClicks(widget, ch)
        elif isinstance(widget, QLineEdit):
            widget.insert(ch)
        else:
            widget.insertPlainText(ch)


def test_a_whole_kompetencedroeftelse(danish_app, qtbot, tmp_path):
    db_path = tmp_path / "data" / "droeftelse.sqlite"
    clock = FakeClock()
    window = open_main_window(db_path, clock=clock)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()

    # first run: the welcome creates the committee
    when_dialog(fill_welcome(qtbot, "Arbejdsmiljøudvalget, Eksempel A/S"))
    qtbot.waitUntil(lambda: bool(window.list_page.committees), timeout=5000)
    assert window.list_page.heading.text() == "Arbejdsmiljøudvalget, Eksempel A/S"

    # a new meeting opens the wizard on its first step
    # a new committee has held no annual discussion: the årshjul has it due now, so it is proposed; the chairs
    # choose the kompetencedrøftelse instead
    proposed = ("aarlig_arbejdsmiljoedroeftelse", "Årshjulet: den årlige arbejdsmiljødrøftelse skal holdes nu.")
    when_dialog(fill_new_meeting(qtbot, "Kompetencedrøftelse 2026", "Mødelokale 2", kind="K", proposed=proposed))
    qtbot.mouseClick(window.list_page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
    view = window.view
    assert view.step_title.text() == "1. Opsætning"

    # Opsætning: participants typed in, the first two in the formandskab, the AMR writes notes
    setup = view.page
    for name, role in PEOPLE:
        setup.new_role.setCurrentText(role)
        type_into(qtbot, setup.new_name, name)
        qtbot.keyClick(setup.new_name, Qt.Key.Key_Return)
    for row in (0, 1):
        tick(setup.table, row, 2)
    tick(setup.table, 1, 3)
    assert [cell(setup.table, r, 2) for r in range(4)] == ["ja", "ja", "nej", "nej"]  # in words, not only a tick
    people = store.participants(window.db, view.meeting_id)
    assert [(p.name, p.role) for p in people] == PEOPLE
    assert [p.formandskab for p in people] == [True, True, False, False] and people[1].note_taker

    # Forberedelse: each participant's sheet, at the laptop
    click_next(qtbot, view)
    prep = view.page
    assert "0 af 4" in prep.overview.text()
    for i, (name, _) in enumerate(PEOPLE):
        prep.people.setCurrentRow(i)
        for key, box in prep.boxes.items():
            type_into(qtbot, box, f"{name.split()[0]} {key}")
    view.flush()
    assert "4 af 4" in prep.overview.text()

    # Sæt rammen
    click_next(qtbot, view)
    frame = view.page
    type_into(qtbot, frame.boxes["rammen"], "60 minutter, én ad gangen.")
    frame.minutes["runde"].setValue(24)
    assert "64 af 60 min" in frame.total.text()

    # Runde: the speaker's name large, their own preparation visible, a countdown, Næste passes the word
    click_next(qtbot, view)
    round_page = view.page
    assert round_page.speaker.text() == "Mette Kjær Andersen"
    assert "Mette opgaver" in round_page.preparation.toPlainText()
    round_page.minutes.setValue(4)
    qtbot.mouseClick(round_page.start_button, Qt.MouseButton.LeftButton)
    clock.advance(215)
    round_page.timer.changed.emit()
    assert round_page.clock.text() == "00:25" and round_page.state.text().startswith("Snart tid")
    type_into(qtbot, round_page.notes, f"Mettes pointe: {NASTY}")
    qtbot.keyClick(round_page.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert round_page.speaker.text() == "Łukasz Wiśniewski"
    # passing over someone who has not spoken asks first
    asked = when_dialog(lambda box: box.button(QMessageBox.StandardButton.No).click())
    round_page.go(1)
    assert round_page.speaker.text() == "Łukasz Wiśniewski" and "ikke haft ordet" in asked["text"]
    for speaker in range(1, 4):
        qtbot.mouseClick(round_page.start_button, Qt.MouseButton.LeftButton)
        clock.advance(100 + speaker)
        type_into(qtbot, round_page.notes, f"Pointe {speaker}")
        round_page.go(1)
    spoken = [p.spoken_seconds for p in store.participants(window.db, view.meeting_id)]
    assert spoken == [215, 101, 102, 103]

    # Drøft og bliv enige: a note from the round copied into a field, and typed text
    click_next(qtbot, view)
    agree = view.page
    assert [n for n, _ in agree.round_notes] == [p for p, _ in PEOPLE]
    agree.copy_note(agree.round_notes[0][1], "fokus")
    type_into(qtbot, agree.boxes["styrke"], "Formidling af AMO's arbejde")
    view.flush()

    # Aftal kompetencer, with the reminder about sagkyndig bistand
    click_next(qtbot, view)
    skills = view.page
    assert skills.step.reminder.startswith("Husk")
    type_into(qtbot, skills.boxes["egen"], "Supplerende uddannelse i formidling")

    # Handleplan: a row from an agreed point, typed cells, delete and undo, a row moved
    click_next(qtbot, view)
    plan = view.page
    plan.make_action.menu().aboutToShow.emit()
    actions = [a for a in plan.make_action.menu().actions() if a.text().startswith("Formidling")]
    actions[0].trigger()
    model = plan.model
    assert model.value(0, "hvad") == "Formidling af AMO's arbejde"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    plan.view.setFocus()
    qtbot.keyClick(plan.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a new row by keyboard
    assert model.rowCount() == 2
    index = model.index(1, FIELDS.index("hvornaar"))
    plan.view.setCurrentIndex(index)
    plan.view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    type_into(qtbot, editor, "2. kvartal 2027")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # leaving the cell stores it
    assert model.value(1, "hvornaar") == "2. kvartal 2027"
    assert "→ 30.6.2027" in model.data(index)
    model.setData(model.index(1, FIELDS.index("hvad")), "Kemisk risikovurdering\nmed sagkyndig bistand")
    model.setData(model.index(1, FIELDS.index("hvem")), "AMR & leder")
    plan.view.setCurrentIndex(model.index(0, 0))
    plan.delete_selected()
    assert model.rowCount() == 1
    qtbot.keyClick(plan.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == 2 and model.value(0, "hvad") == "Formidling af AMO's arbejde"
    plan.view.setCurrentIndex(model.index(1, 0))
    plan.move_selected(-1)
    assert [model.value(r, "hvad") for r in range(2)][0].startswith("Kemisk")

    # Afslut: the handleplan as PDF, read back; the meeting closed
    click_next(qtbot, view)
    pdf = finished(view.export_pdf(tmp_path / "handleplan.pdf", open_after=False))
    text = " ".join(unhyphenated("\n".join(p.extract_text() for p in PdfReader(pdf).pages)).split())
    for expected in (
        "Kemisk risikovurdering",
        "2. kvartal 2027",
        "AMR & leder",
        "Formidling af AMO's arbejde",
        "Arbejdsmiljøudvalget, Eksempel A/S",
        "Navn: Łukasz Wiśniewski",
        "Side 1 af 1",
    ):
        assert expected in text
    finish = view.page
    # the kompetencedrøftelse's referat, from the button on Afslut: who took part and what was agreed
    referat_button = next(b for b in finish.findChildren(QPushButton) if "referat" in b.text())
    when_dialog(lambda dialog: dialog.reject())  # no file chosen: nothing is written
    qtbot.mouseClick(referat_button, Qt.MouseButton.LeftButton)
    referat = finished(finish.export_referat(tmp_path / "referat.pdf"))
    text = " ".join(unhyphenated("\n".join(p.extract_text() for p in PdfReader(referat).pages)).split())
    assert "Referat: Kompetencedrøftelse" in text and "Sæt rammen" in text and "Kemisk risikovurdering" in text
    assert not (tmp_path / "referat.pdf.delvis").exists()
    finish.toggle_closed(confirm=False)  # the confirmation itself: tests/ui/test_ui_closed_meeting.py
    assert "afsluttet" in finish.state.text()
    finish.toggle_closed(confirm=False, reason="Et punkt skal rettes")
    last_step = view.step_key()
    texts_before = store.answers(window.db, view.meeting_id)
    window.close()

    # closed and opened again on the same file: the same step, every text
    again = open_main_window(db_path, clock=clock)
    qtbot.addWidget(again)
    again.show()
    again.resume_last_meeting()
    assert again.view is not None and again.view.step_key() == last_step == "afslut"
    mid = again.view.meeting_id
    assert store.answers(again.db, mid) == texts_before
    people = store.participants(again.db, mid)
    assert texts_before[(people[0].id, "runde", "pointer")] == f"Mettes pointe: {NASTY}"
    assert texts_before[(None, "enige", "fokus")] == f"Mettes pointe: {NASTY}"
    assert texts_before[(people[3].id, "forberedelse", "styrke")] == "Jūratė styrke"
    again.view.go_to(0)
    assert again.view.page.title.text() == "Kompetencedrøftelse 2026"


def test_presentation_mode_shows_the_speaker_not_the_notes(danish_app, qtbot, db_path, db, templates):
    from drøftelse.store.demo import create_demo_meeting

    mid = create_demo_meeting(db, templates, today=dt.date(2026, 11, 20))
    window = open_main_window(db_path, clock=FakeClock())
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(mid)
    view = window.view
    view.go_to([s.key for s in view.template.steps].index("runde"))
    qtbot.keyClick(view, Qt.Key.Key_F5)
    shown = view.presentation_window
    assert shown.isVisible()
    words = " ".join(w.text() for w in shown.findChildren(type(shown.heading)) if w.isVisible())
    assert "Mette Kjær Andersen" in words and "Hvad er vigtige opgaver i vores arbejdsmiljøarbejde?" in words
    assert "Kemisk risikovurdering er mest presserende" not in words  # the speaker's notes stay on the laptop
    assert "Kemi på værkstedet" not in words  # and so does their preparation
    view.go_to(view.index + 1)
    assert shown.speaker.isHidden()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()


def test_meeting_list_export_import_and_delete(danish_app, qtbot, db_path, db, templates, tmp_path, opened_files):
    from drøftelse.store.demo import create_demo_meeting

    create_demo_meeting(db, templates)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    page = window.list_page
    assert page.table.model().rowCount() == 1 and cell(page.table, 0, 3) == "Handleplan"
    saved = finished(page.export_meeting_file(tmp_path / "møde.json"))
    assert finished(page.import_meeting_file(saved)) is not None
    assert page.table.model().rowCount() == 2
    pdf = finished(page.export_handleplan(tmp_path / "h.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert opened_files == [pdf]  # the PDF, not the meeting file, went to the viewer
    bad = tmp_path / "forkert.json"
    bad.write_text("{}", encoding="utf-8")
    seen = when_dialog(lambda d: d.accept())
    task = page.import_meeting_file(bad)
    assert task.wait() and task.error is not None
    qtbot.waitUntil(lambda: "text" in seen)
    assert "Intet er ændret" in seen["text"] and page.table.model().rowCount() == 2
    seen = when_dialog(lambda d: d.buttons()[0].click() if False else d.reject())
    assert not page.delete_selected()
    assert "3 rækker i handleplanen" in seen["text"] and page.table.model().rowCount() == 2
    assert page.delete_selected(confirm=False) and page.table.model().rowCount() == 1


def test_an_annual_discussion_opens_on_every_step(danish_app, qtbot, db, db_path, templates):
    template = templates.get("aarlig_arbejdsmiljoedroeftelse")
    mid = store.create_meeting(
        db, store.create_committee(db, "AMO"), template, "Årlig drøftelse 2026", dt.date(2026, 11, 20)
    )
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(mid)
    view = window.view
    for i, step in enumerate(template.steps):
        view.go_to(i)
        # one numbering: the heading has the number the side list shows
        assert view.steps.currentItem().text().startswith(f"{i + 1}. ")
        title = step.title.split(". ", 1)[-1] if step.title[0].isdigit() else step.title
        point = f"Punkt {step.legal_point} · " if step.legal_point else ""  # the closing message's and referat's
        assert view.step_title.text() == f"{i + 1}. {point}{title}"
    view.go_to([s.key for s in template.steps].index("viden"))
    type_into(qtbot, view.page.boxes["tekst"], "Vi mangler viden om kemi.")
    view.flush()
    assert store.answers(db, mid)[(None, "viden", "tekst")] == "Vi mangler viden om kemi."
