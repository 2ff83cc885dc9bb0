"""The first start (a database without a committee): the window shows its welcome page, not an empty list, and the
welcome dialog over it once the window is painted. Cancelled, the page stays and offers the three ways to begin;
answered, or once the list is wanted (a meeting file read in), the list takes the page's place (issue 32)."""

from conftest import when_dialog
from PySide6.QtWidgets import QDialogButtonBox

from drøftelse.services.database import has_committee
from drøftelse.services.meeting_file import write_meeting_file
from drøftelse.store.database import open_database
from drøftelse.store.demo import create_demo_meeting
from drøftelse.ui.app import open_main_window
from drøftelse.ui.meeting_list import MeetingListPage
from drøftelse.ui.welcome_page import WelcomePage


def first_start(qtbot, db_path):
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_first_start_shows_the_welcome_page_and_its_dialog_and_cancelled_the_page_stays(
    danish_app, qtbot, tmp_path
):
    seen: dict = {}
    when_dialog(lambda dialog: dialog.reject(), seen)
    window = first_start(qtbot, tmp_path / "ny.sqlite")

    assert isinstance(window.stack.currentWidget(), WelcomePage)
    qtbot.waitUntil(lambda: "title" in seen)
    assert seen["title"] == "Velkommen til Drøftelse"
    page = window.stack.currentWidget()
    assert isinstance(page, WelcomePage) and page.isVisible()
    assert [b.text() for b in (page.create_button, page.import_button, page.restore_button)] == [
        "&Opret udvalget …",
        "&Indlæs mødefil …",
        "Gen&dan sikkerhedskopi …",
    ]
    assert window.findChildren(MeetingListPage) == []  # nothing to list, nothing made
    assert not has_committee(window.db)


def test_answering_the_welcome_stores_the_committee_and_shows_its_list(danish_app, qtbot, tmp_path):
    cancelled = when_dialog(lambda dialog: dialog.reject())
    window = first_start(qtbot, tmp_path / "ny.sqlite")
    qtbot.waitUntil(lambda: "title" in cancelled)
    page = window.stack.currentWidget()

    def answer(dialog):
        dialog.name.setText("Arbejdsmiljøudvalget, Bageriet Łódź & Co")
        dialog.demo.setChecked(False)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(answer)
    page.create_button.click()  # the page's own way to the dialog, after it was cancelled

    qtbot.waitUntil(lambda: window.showing_the_list())
    assert window.list_page.heading.text() == "Arbejdsmiljøudvalget, Bageriet Łódź & Co"
    assert window.welcome_page is None and window.stack.indexOf(page) == -1  # taken out, and deleted later
    assert has_committee(window.db)


def test_a_meeting_file_read_in_on_the_first_start_shows_the_list_with_it(danish_app, qtbot, tmp_path, templates):
    elsewhere = open_database(tmp_path / "andet.sqlite")
    mid = create_demo_meeting(elsewhere, templates)
    written = write_meeting_file(elsewhere, templates, mid, tmp_path / "møde.json")
    elsewhere.dispose()
    cancelled = when_dialog(lambda dialog: dialog.reject())
    window = first_start(qtbot, tmp_path / "ny.sqlite")
    qtbot.waitUntil(lambda: "title" in cancelled)

    task = window.list_page.import_meeting_file(written)  # what the page's button does, the file chosen

    assert window.showing_the_list() and window.welcome_page is None
    assert task.wait(60_000) and task.error is None
    qtbot.waitUntil(lambda: window.list_page.model.rowCount() == 1)


def test_a_database_with_a_committee_opens_on_its_list(danish_app, qtbot, db_path, db, templates):
    create_demo_meeting(db, templates)
    window = first_start(qtbot, db_path)
    assert window.showing_the_list() and window.welcome_page is None
    assert has_committee(window.db)
