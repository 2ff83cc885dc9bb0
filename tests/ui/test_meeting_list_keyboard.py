"""The first screen from the keyboard alone: the first meeting is selected and has the focus, Return or Enter opens
the selected meeting (and a double-click opens it once), and Tab reaches every button of the meeting list.

tests/end_to_end/test_first_start.py presses Return on the real xcb platform plugin, where the window is not yet
active."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from drøftelse.store import meetings as store
from drøftelse.store.demo import create_demo_meeting
from drøftelse.ui.app import open_main_window


@pytest.fixture
def window(danish_app, qtbot, db, db_path, templates):
    """The main window on the demo committee with a second, newer meeting: the list as a user meets it."""
    demo = create_demo_meeting(db, templates)
    committee = store.get_meeting(db, demo).committee_id
    store.create_meeting(
        db, committee, templates.get("kompetencedroeftelse"), "Opfølgning", dt.date.today() + dt.timedelta(days=30)
    )
    w = open_main_window(db_path)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.list_page.table)
    return w


def row_of(page, meeting_id: int) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.record(r).id == meeting_id)


def test_the_first_meeting_is_selected_and_has_the_focus(window):
    page = window.list_page
    assert QApplication.focusWidget() is page.table
    assert page.selected_meeting() == page.model.record(0).id


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_return_or_enter_opens_the_selected_meeting(window, qtbot, key):
    page = window.list_page
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    second = page.model.record(1)
    assert page.selected_meeting() == second.id
    QTest.keyClick(page.table, key)
    assert window.stack.currentWidget() is window.placeholder  # at once; the meeting is read in a task
    qtbot.waitUntil(lambda: window.view is not None)
    assert window.view.meeting_id == second.id
    assert window.windowTitle() == f"Drøftelse – {second.title}"


def test_a_double_click_opens_the_meeting_once(window, qtbot):
    page = window.list_page
    opened = []
    page.open_requested.connect(opened.append)
    first = page.model.record(0)
    spot = page.table.visualRect(page.model.index(0, 2)).center()
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)  # a double-click's first click
    QTest.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: window.view is not None)
    assert opened == [first.id] and window.view.meeting_id == first.id


def test_tab_reaches_every_button_and_comes_back_to_the_meetings(window):
    page = window.list_page
    buttons = {b for b in page.findChildren(QPushButton) if b.isVisible() and b.isEnabled()}
    assert len(buttons) >= 9  # the list's eight and the årshjul's two, less none
    reached = []
    for _ in range(len(buttons) + 5):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is page.table:
            break
    assert buttons <= set(reached), sorted(b.text() for b in buttons - set(reached))
    assert reached[-1] is page.table


def test_the_list_never_has_the_focus_without_a_selected_meeting(window, qtbot):
    page = window.list_page
    first = page.model.record(0)
    spot = page.table.visualRect(page.model.index(0, 2)).center()
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, spot)
    assert page.selected_meeting() is None  # a Ctrl+click takes the selection away
    QTest.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.table
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is page.table
    assert page.selected_meeting() == first.id
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view is not None)
    assert window.view.meeting_id == first.id
