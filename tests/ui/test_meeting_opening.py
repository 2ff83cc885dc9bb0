"""Opening a meeting never holds the window: the placeholder shows at once, the meeting is read in a task
(ui/meeting_opening.py), and the view builds only the step it opens on; the other steps' pages are built when
first shown and behave as before."""

import threading

from PySide6.QtWidgets import QLabel

from drøftelse.services import meetings as service
from drøftelse.store.demo import create_demo_meeting
from drøftelse.ui.app import open_main_window


def gui_thread_reads(db) -> list[str]:
    """Every use of the database by the GUI thread from now on, by what was asked for."""
    used: list[str] = []
    gui = threading.current_thread()
    for name in ("session", "connect", "transaction", "write_connection"):
        real = getattr(db, name)

        def watched(*args, _real=real, _name=name, **kwargs):
            if threading.current_thread() is gui:
                used.append(_name)
            return _real(*args, **kwargs)

        setattr(db, name, watched)
    return used


def test_a_meeting_opened_from_the_list_shows_a_placeholder_and_reads_nothing_on_the_gui_thread(
    danish_app, qtbot, db, db_path, templates
):
    mid = create_demo_meeting(db, templates)
    for n in range(30):
        service.add_action_item(db, mid, service.ActionFields(hvad=f"Række {n}"))
    service.update_meeting(db, mid, current_step="handleplan")  # left on the handleplan step
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    used = gui_thread_reads(window.db)

    window.list_page.open_requested.emit(mid)  # what a double-click or Return on the list does

    assert window.view is None and window.stack.currentWidget() is window.placeholder
    assert isinstance(window.placeholder, QLabel) and window.placeholder.text() == "Mødet åbnes …"
    qtbot.waitUntil(lambda: window.view is not None)
    view = window.view
    assert window.stack.currentWidget() is view and view.step_key() == "handleplan"
    assert view.page.model.rowCount() == len(service.action_items(db, mid)) >= 30
    assert used == []  # the meeting, its settings and the handleplan's rows were all read by the task
    assert [p is not None for p in view.pages].count(True) == 1  # the one step shown is the one page built


def test_pages_built_when_first_shown_behave_as_before(danish_app, qtbot, db, db_path, templates):
    mid = create_demo_meeting(db, templates)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(mid, "opsaetning")
    view = window.view
    keys = [s.key for s in view.order]
    assert [p is not None for p in view.pages].count(True) == 1

    for key in keys:  # every step once, forwards: each page built as it is shown, and the wizard remembers it
        view.go_to_step(key)
        assert view.step_key() == key and view.stack.currentWidget().widget() is view.page
        assert service.get_meeting(db, mid).current_step == key
    assert all(p is not None for p in view.pages)
    view.go_to_step("handleplan")
    rows = view.page.model.rowCount()
    view.page.add_row()
    assert len(service.action_items(db, mid)) == rows + 1


def test_a_meeting_that_cannot_be_read_goes_back_to_the_list_with_a_danish_message(
    danish_app, qtbot, db, db_path, templates, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append((title, text)))
    create_demo_meeting(db, templates)  # a committee: no welcome dialog
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(9999, wait=False)
    assert window.stack.currentWidget() is window.placeholder
    qtbot.waitUntil(lambda: said != [])
    assert said[0][0] == "Mødet kan ikke åbnes" and "9999" in said[0][1]
    assert window.view is None and window.stack.currentWidget() is window.list_page
