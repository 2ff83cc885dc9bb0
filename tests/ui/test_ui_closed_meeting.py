"""A closed meeting in the window (issue 28, item 1): it opens locked under a banner that says when it was closed,
typing into it stores nothing, reopening asks why, and closing first shows what will be recorded – the points
with their lengths, the rows nobody judged – and waits for "Afslut mødet"."""

from __future__ import annotations

from conftest import dump, when_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextEdit,
    QWidget,
)
from test_ui_meeting import type_into

from drøftelse.domain.annual import point_steps
from drøftelse.domain.danish_dates import long_date
from drøftelse.services import meetings as service
from drøftelse.ui.app import open_main_window


def demo(db, templates) -> dict[str, int]:
    """The annual demo: last year's discussion (closed), this year's (open, with rows to judge), and the
    kompetencedrøftelse (open)."""
    now = service.create_demo(db, templates, annual=True)
    ids = {"kompetence": now - 2, "last_year": now - 1, "annual": now}
    assert service.get_meeting(db, ids["last_year"]).closed_at is not None
    assert service.get_meeting(db, ids["annual"]).closed_at is None
    assert service.get_meeting(db, ids["kompetence"]).closed_at is None
    return ids


def opened(qtbot, db_path, meeting_id):
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_meeting(meeting_id)
    return window, window.view


def page_widgets(root, kind):
    """The widgets of a kind (or kinds) under `root`: the meeting view's pages, or one page."""
    found = root.stack.findChildren(QWidget) if hasattr(root, "stack") else root.findChildren(QWidget)
    return [w for w in found if isinstance(w, kind)]


def assert_locked(view) -> None:
    """Every box of every step read-only, every table closed to editing and dragging, every button that changes
    something off; only the exports (marked `reads_only`) and Genåbn stay."""
    for box in page_widgets(view, (QLineEdit, QPlainTextEdit, QTextEdit)):
        assert box.isReadOnly(), box.accessibleName()
    for table in page_widgets(view, QAbstractItemView):
        assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers, table.accessibleName()
        assert table.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop, table.accessibleName()
    for button in page_widgets(view, QAbstractButton):
        if button.isEnabled():
            assert button.property("reads_only") or button.property("reopens_meeting"), button.text()


def test_a_closed_meeting_opens_locked_and_typing_stores_nothing(danish_app, qtbot, db, db_path, templates):
    ids = demo(db, templates)
    closed_at = service.get_meeting(db, ids["last_year"]).closed_at
    before = dump(db_path)
    window, view = opened(qtbot, db_path, ids["last_year"])

    banner = view.closed_banner
    assert banner.isVisible()
    assert banner.label.text() == f"Afsluttet {long_date(closed_at.date())} – genåbn for at rette"
    assert banner.button.isEnabled() and banner.button.text() == "&Genåbn …"
    tables = 0
    for step in view.template.steps:  # every step, as the chairs would click through them
        view.go_to_step(step.key)
        assert_locked(view)
        tables += len(page_widgets(view.page, QTableView))
        for box in page_widgets(view.page, (QLineEdit, QPlainTextEdit)):
            if box.isVisibleTo(view.page):
                type_into(qtbot, box, "QQQ")
                assert "QQQ" not in (box.text() if isinstance(box, QLineEdit) else box.toPlainText())
        qtbot.keyClick(view.page, Qt.Key.Key_Delete)
    assert tables >= 3  # participants, evaluation, handleplan … all seen locked
    qtbot.wait(1300)  # longer than the autosaver ever waits
    view.flush()
    assert "Gemt" not in view.saved_label.text()
    window.close_meeting()
    assert dump(db_path) == before


def test_reopening_asks_why_and_unlocks(danish_app, qtbot, db, db_path, templates):
    ids = demo(db, templates)
    window, view = opened(qtbot, db_path, ids["last_year"])
    view.go_to_step("indhold")
    before = dump(db_path)

    # Annuller: nothing changes

    def cancel(dialog):
        assert not dialog.reopen_button.isEnabled()  # no reason, no reopening
        type_into(qtbot, dialog.reason, "   ")
        assert not dialog.reopen_button.isEnabled()
        dialog.cancel_button.click()

    when_dialog(cancel)
    qtbot.mouseClick(view.closed_banner.button, Qt.MouseButton.LeftButton)
    assert window.view is view and view.closed_banner.isVisible()
    assert dump(db_path) == before

    def give_reason(dialog):
        labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "Hvorfor genåbnes mødet? Grunden skrives i mødets ændringslog og på referatet." in labels
        type_into(qtbot, dialog.reason, "Fristen for støjmålingen var forkert")
        assert dialog.reopen_button.isEnabled()
        qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)

    when_dialog(give_reason)
    qtbot.mouseClick(view.closed_banner.button, Qt.MouseButton.LeftButton)
    assert service.get_meeting(db, ids["last_year"]).closed_at is None
    qtbot.waitUntil(lambda: window.view is not view)
    view = window.view
    assert not view.closed_banner.isVisible()
    assert view.step_key() == "indhold"  # where the chairs were
    assert "genåbnet" in window.status.text()
    box = view.page.boxes["tekst"]
    assert not box.isReadOnly()
    type_into(qtbot, box, " Rettet.")
    view.flush()
    assert "Gemt" in view.saved_label.text()
    stored = service.stored_answers(db, ids["last_year"])
    assert any(a.text.endswith(" Rettet.") for a in stored.values())
    view.go_to_step("handleplan")
    table = view.page.findChild(QTableView)
    assert table.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    assert any(b.isEnabled() and not b.property("reads_only") for b in view.page.findChildren(QPushButton))


def fill_every_point(db, templates, meeting_id) -> None:
    template = templates.get(service.get_meeting(db, meeting_id).kind)
    for step in point_steps(template):
        for box in step.boxes:
            service.set_answer(db, meeting_id, None, step.key, box.key, f"Drøftet: {step.short_title}")


def close_button(view):
    return view.page.close_button


def test_closing_shows_what_is_recorded_and_asks(danish_app, qtbot, db, db_path, templates):
    ids = demo(db, templates)
    fill_every_point(db, templates, ids["annual"])
    window, view = opened(qtbot, db_path, ids["annual"])
    view.go_to_step("referat")
    finish = view.page
    assert close_button(view).text() == "&Afslut mødet"

    seen = {}

    def look_and_go_back(dialog):
        seen["text"] = dialog.text()
        seen["buttons"] = [b.text() for b in dialog.buttons()]
        back = next(b for b in dialog.buttons() if b.text() == "&Tilbage")
        assert dialog.defaultButton() is back  # Enter does not close the meeting by accident
        back.click()

    when_dialog(look_and_go_back)
    qtbot.mouseClick(close_button(view), Qt.MouseButton.LeftButton)
    summary = service.closing_summary(db, templates, ids["annual"])
    assert summary.unjudged_rows  # the demo's rows from last year are not judged yet
    assert sorted(seen["buttons"]) == ["&Afslut mødet", "&Tilbage"]
    assert "rækker er ikke vurderet:" in seen["text"]
    for row in summary.unjudged_rows:
        assert row in seen["text"]
    for title, length in summary.points:
        assert title in seen["text"]
        assert (f"{title} – {length} tegn" if length else f"{title} – intet skrevet") in seen["text"]
    assert service.get_meeting(db, ids["annual"]).closed_at is None  # Tilbage: still open
    assert not view.closed_banner.isVisible()

    def close_it(dialog):
        next(b for b in dialog.buttons() if b.text() == "&Afslut mødet").click()

    when_dialog(close_it)
    qtbot.mouseClick(close_button(view), Qt.MouseButton.LeftButton)
    closed_at = service.get_meeting(db, ids["annual"]).closed_at
    assert closed_at is not None
    assert view.closed_banner.isVisible() and long_date(closed_at.date()) in view.closed_banner.label.text()
    assert finish.state.text() == f"Mødet blev afsluttet {long_date(closed_at.date())}."
    assert close_button(view).text() == "&Genåbn mødet" and close_button(view).isEnabled()
    assert_locked(view)
    for step in view.template.steps:
        view.go_to_step(step.key)
        assert_locked(view)
    assert "Gemt" not in view.saved_label.text()


def test_the_kompetencedroeftelse_is_not_closed_without_asking(danish_app, qtbot, db, db_path, templates):
    ids = demo(db, templates)
    window, view = opened(qtbot, db_path, ids["kompetence"])
    view.go_to_step("afslut")
    seen = {}

    def go_back(dialog):
        seen["title"] = dialog.windowTitle()
        seen["text"] = dialog.text()
        next(b for b in dialog.buttons() if b.text() == "&Tilbage").click()

    when_dialog(go_back)
    qtbot.mouseClick(close_button(view), Qt.MouseButton.LeftButton)
    assert seen["title"] == "Afslut mødet?"
    assert "låses" in seen["text"]
    assert service.get_meeting(db, ids["kompetence"]).closed_at is None

    when_dialog(lambda dialog: next(b for b in dialog.buttons() if b.text() == "&Afslut mødet").click())
    qtbot.mouseClick(close_button(view), Qt.MouseButton.LeftButton)
    assert service.get_meeting(db, ids["kompetence"]).closed_at is not None
    assert view.closed_banner.isVisible()
    assert_locked(view)


def test_a_meeting_closed_in_another_window_stops_the_typing_here(danish_app, qtbot, db, db_path, templates):
    """The other window closes the meeting; what is typed here meets MeetingClosed: its message in the status
    line, the view locked, never "Uventet fejl" and never "Gemt"."""
    ids = demo(db, templates)
    window, view = opened(qtbot, db_path, ids["kompetence"])
    view.go_to_step([s.key for s in view.template.steps if s.boxes][0])
    box = next(b for b in view.page.findChildren(QPlainTextEdit) if not b.isReadOnly() and b.isVisibleTo(view.page))
    service.close_meeting(db, ids["kompetence"])  # the other window
    before = dump(db_path)
    type_into(qtbot, box, "QQQ")
    view.flush()
    assert dump(db_path) == before
    assert window.status.text().startswith("⚠ ")
    assert "Uventet" not in window.status.text() and "Gemt" not in view.saved_label.text()
    assert view.closed_banner.isVisible()
    assert box.isReadOnly() and "QQQ" not in box.toPlainText()
    assert_locked(view)
