"""Starting on the meeting the window was closed on (`open_main_window(resume=True)`, as `droeftelse` does): the
placeholder is shown and the meeting read and painted without making the committee's list, which is made behind
the meeting after that; a meeting closed or deleted since shows the list, without a dialog (issue 32)."""

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from drøftelse.services import meetings as service
from drøftelse.store.demo import create_demo_meeting
from drøftelse.ui.app import open_main_window
from drøftelse.ui.meeting_list import MeetingListPage


def remember(db_path: Path, meeting_id: int) -> None:
    QSettings().setValue(f"sidste_møde/{db_path.resolve()}", meeting_id)


def started(qtbot, db_path: Path):
    window = open_main_window(db_path, resume=True)
    qtbot.addWidget(window)
    window.show()
    return window


def dialogs_shown(window) -> list[str]:
    """The titles of the modal dialogs shown while the window lives, each closed at once (a test never hangs)."""
    shown: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            shown.append(dialog.windowTitle())
            dialog.reject()

    timer = QTimer(window)
    timer.timeout.connect(look)
    timer.start(10)
    return shown


def test_the_remembered_meeting_opens_without_the_list_which_is_made_behind_it_once_it_is_painted(
    danish_app, qtbot, db, db_path, templates
):
    mid = create_demo_meeting(db, templates)
    service.update_meeting(db, mid, current_step="handleplan")
    remember(db_path, mid)

    window = started(qtbot, db_path)
    lists_when_shown: list[int] = []
    show_opened = window._show_opened

    def watched(*args):
        lists_when_shown.append(len(window.findChildren(MeetingListPage)))
        show_opened(*args)

    window._show_opened = watched

    assert window.stack.currentWidget() is window.placeholder
    qtbot.waitUntil(lambda: window.view is not None)
    assert window.view.step_key() == "handleplan"
    assert lists_when_shown == [0]  # read and built without the list
    qtbot.waitUntil(lambda: bool(window.findChildren(MeetingListPage)), timeout=10_000)  # made behind the meeting
    assert window.stack.currentWidget() is window.view  # the meeting stays in front
    window.view.back_requested.emit()  # "Til oversigten"
    assert window.stack.currentWidget() is window.list_page
    assert [m.id for c in window.list_page.committees for m in c.meetings] == [mid]
    assert window.list_page.model.rowCount() == 1


def test_a_remembered_meeting_closed_since_shows_the_list_without_a_dialog(danish_app, qtbot, db, db_path, templates):
    mid = create_demo_meeting(db, templates)
    service.close_meeting(db, mid)  # by the command, or another window, after this one was closed on it
    remember(db_path, mid)

    window = started(qtbot, db_path)
    shown = dialogs_shown(window)

    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.placeholder)
    assert window.view is None and window.stack.currentWidget() is window.list_page
    assert window.list_page.model.rowCount() == 1
    qtbot.wait(100)
    assert shown == []


def test_a_remembered_meeting_deleted_since_shows_the_list_without_a_dialog(danish_app, qtbot, db, db_path, templates):
    kept = create_demo_meeting(db, templates)
    gone = create_demo_meeting(db, templates)
    service.delete_meeting(db, gone)
    remember(db_path, gone)

    window = started(qtbot, db_path)
    shown = dialogs_shown(window)

    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.placeholder)
    assert window.view is None and window.stack.currentWidget() is window.list_page
    assert [m.id for c in window.list_page.committees for m in c.meetings] == [kept]
    qtbot.wait(100)
    assert shown == []


def test_the_start_s_own_work_waits_until_the_reopened_meeting_is_painted(danish_app, qtbot, db, db_path, templates):
    mid = create_demo_meeting(db, templates)
    remember(db_path, mid)
    window = started(qtbot, db_path)
    ran: list[bool] = []

    window.after_settled(lambda: ran.append(window.view is not None))

    qtbot.waitUntil(lambda: bool(ran), timeout=5000)
    assert ran == [True]  # run after the meeting's view, not after the placeholder
