"""Putting a backup back from the window (issue 26, point 2): at start when the file cannot be opened (a failed
upgrade), and in a running window, which lets go of the file, restores and is built again on the restored data."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import REPO, rows, when_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from shiboken6 import isValid
from test_pseudo_translation import pseudo_app, shown_texts, untranslated  # noqa: F401 (a fixture)

from drøftelse.paths import backup_dir_for
from drøftelse.store.backup import backups_of, rotating_backup
from drøftelse.ui.app import open_main_window
from drøftelse.ui.restore_dialog import RestoreDialog

FIXTURES = REPO / "tests" / "fixtures"
DEMO_COMMITTEE = "Arbejdsmiljøudvalget, Fjordens Lager & Logistik A/S"


def when_a(kind, act, seen: dict | None = None) -> dict:
    return when_dialog(act, seen, kind=kind)


def click(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


@pytest.fixture
def windows(qtbot):
    """Windows a test opened; closed at its end unless the restore has replaced (and deleted) them."""
    opened: list = []
    yield opened
    for w in opened:
        if isValid(w):
            w.close()
            w.deleteLater()


@pytest.fixture
def failing_upgrade(tmp_path):
    """A revision-0007 file whose upgrade fails (a column the upgrade adds is already there), with the backup
    taken before the upgrade beside it."""
    path = tmp_path / "udvalg.sqlite"
    shutil.copy(FIXTURES / "revision-0007-demo.sqlite", path)
    backup = rotating_backup(path, "foer-opgradering-fra-0007")
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE action_item ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    conn.commit()
    conn.close()
    return path, backup


def test_a_failed_upgrade_is_undone_from_the_start_dialog(danish_app, qtbot, windows, failing_upgrade):
    path, backup = failing_upgrade
    seen: dict = {}

    def in_message(box: QMessageBox) -> None:
        seen["message"] = (box.windowTitle(), box.text(), [b.text() for b in box.buttons()])
        when_a(RestoreDialog, in_restore_dialog)
        click(box, "Gendan sikkerhedskopi …")

    def in_restore_dialog(dialog: RestoreDialog) -> None:
        item = dialog.table.topLevelItem(0)
        seen["row"] = [item.text(c) for c in range(3)]
        seen["selected"] = dialog.selected().path
        dialog.ok.click()

    when_a(QMessageBox, in_message)
    window = open_main_window(path)
    assert window is not None, seen
    windows.append(window)
    title, text, buttons = seen["message"]
    assert title == "Databasen kan ikke åbnes" and "Gendan sikkerhedskopi …" in buttons
    assert seen["row"][1:] == ["Før opgradering fra skemaversion 0007", "0007"]
    assert " kl. " in seen["row"][0]
    assert seen["selected"] == backup
    assert [c.name for c in window.list_page.committees] == [DEMO_COMMITTEE]
    assert "lagt tilbage" in window.status.text()
    kept = [b for b in backups_of(path) if b.reason == "foer-gendannelse"]
    assert len(kept) == 1  # the file that failed to upgrade is kept, not lost
    assert "version" in [r[1] for r in rows(kept[0].path, "PRAGMA table_info(action_item)")]
    window.close()
    again = open_main_window(path)  # the lock was let go on closing: the file opens again
    assert again is not None
    windows.append(again)


def test_closing_the_start_dialog_releases_the_lock(danish_app, qtbot, failing_upgrade):
    path, _ = failing_upgrade
    seen = when_dialog(lambda box: box.accept())
    assert open_main_window(path) is None
    assert seen["title"] == "Databasen kan ikke åbnes"
    seen = when_dialog(lambda box: box.accept())
    assert open_main_window(path) is None
    assert seen["title"] == "Databasen kan ikke åbnes"  # refused again for the file, not as "allerede åben"


@pytest.fixture
def running(danish_app, qtbot, windows, db_path):
    """A window on a database with one committee ("Før") and a backup of that state; then "Efter" is made in it."""
    from drøftelse.services.database import open_database
    from drøftelse.services.meetings import create_committee

    db = open_database(db_path)
    create_committee(db, "Før", None)
    db.dispose()
    backup = rotating_backup(db_path, "haandtaget")
    window = open_main_window(db_path)
    windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    window.list_page.create_committee("Efter", demo=False)
    assert [c.name for c in window.list_page.committees] == ["Efter", "Før"]
    return window, backup


def test_restoring_in_the_window_shows_the_earlier_state(running, qtbot, windows, db_path):
    window, backup = running
    seen: dict = {}

    def in_restore_dialog(dialog: RestoreDialog) -> None:
        seen["rows"] = dialog.table.topLevelItemCount()
        when_a(QMessageBox, in_confirmation)
        dialog.ok.click()

    def in_confirmation(box: QMessageBox) -> None:
        seen["confirm"] = box.text()
        click(box, "Gendan")

    when_a(RestoreDialog, in_restore_dialog)
    qtbot.mouseClick(window.list_page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hasattr(window, "replaced_by"), timeout=20_000)
    new = window.replaced_by
    windows.append(new)
    assert seen["rows"] == 1
    assert seen["confirm"].startswith("Databasen lægges tilbage, som den var ")
    assert "gemmes som en sikkerhedskopi og kan hentes igen" in seen["confirm"]
    assert [c.name for c in new.list_page.committees] == ["Før"]
    assert new.isVisible() and "lagt tilbage" in new.status.text()
    qtbot.waitUntil(lambda: not isValid(window))  # the old window is gone, with its connections
    kept = [b for b in backups_of(db_path) if b.reason == "foer-gendannelse"]
    assert len(kept) == 1
    assert sorted(r[0] for r in rows(kept[0].path, "SELECT name FROM committee")) == ["Efter", "Før"]
    # the new window writes to the restored file, and still holds the file against a second Drøftelse
    new.list_page.create_committee("Igen", demo=False)
    assert sorted(r[0] for r in rows(db_path, "SELECT name FROM committee")) == ["Før", "Igen"]
    seen = when_dialog(lambda box: box.accept())
    assert open_main_window(db_path) is None
    assert seen["title"] == "Drøftelse er allerede åben"


def test_a_cancelled_confirmation_changes_nothing(running, qtbot):
    window, _ = running
    when_a(QMessageBox, lambda box: click(box, "Annuller"))
    assert window.list_page.restore_database(chosen=(running[1], None)) is None
    assert [c.name for c in window.list_page.committees] == ["Efter", "Før"]
    assert not [b for b in backups_of(window.db.path) if b.reason == "foer-gendannelse"]
    window.list_page.create_committee("Stadig", demo=False)  # the window still writes


def test_another_program_holding_the_file_is_said_in_danish(running, qtbot):
    window, backup = running
    other = sqlite3.connect(window.db.path)  # another program with the file open
    other.execute("SELECT 1 FROM committee").fetchall()
    try:
        seen = when_a(QMessageBox, lambda box: box.accept())
        task = window.list_page.restore_database(chosen=(backup, None), confirm=False)
        assert task.wait(30_000)
    finally:
        other.close()
    assert seen["title"] == "Sikkerhedskopien kan ikke gendannes"
    assert "er åben i et andet program" in seen["text"] and "Intet er ændret" in seen["text"]
    assert not hasattr(window, "replaced_by") and window.isEnabled()
    assert [c.name for c in window.list_page.committees] == ["Efter", "Før"]
    window.list_page.create_committee("Stadig", demo=False)


def test_a_read_only_database_is_refused(danish_app, qtbot, windows, db_path, templates):
    from drøftelse.services.database import open_database
    from drøftelse.ui.main_window import MainWindow

    open_database(db_path).dispose()
    db = open_database(db_path, read_only="filen er skrivebeskyttet")
    window = MainWindow(db, templates)
    windows.append(window)
    assert window.list_page.restore_button.isEnabled()  # it says why, rather than being grey
    seen = when_a(QMessageBox, lambda box: box.accept())
    assert window.list_page.restore_database() is None
    assert "skrivebeskyttet" in seen["text"] and "kan ikke lægges tilbage" in seen["text"]
    db.dispose()


def test_another_file_is_chosen_in_the_backup_folder(danish_app, qtbot, db_path, tmp_path):
    from drøftelse.services.database import backups_for, open_database

    open_database(db_path).dispose()
    made = rotating_backup(db_path, "foer-gendannelse")
    elsewhere = tmp_path / "usb" / "kopi.sqlite"
    elsewhere.parent.mkdir()
    shutil.copy(made, elsewhere)
    dialog = RestoreDialog(db_path, backups_for(db_path))
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItem(0).text(1) == "Før en gendannelse"
    seen: dict = {}

    def in_file_dialog(files: QFileDialog) -> None:
        seen["folder"] = Path(files.directory().absolutePath())
        files.selectFile(str(elsewhere))
        files.accept()

    when_a(QFileDialog, in_file_dialog)
    dialog.other_button.click()
    assert seen["folder"] == backup_dir_for(db_path)
    assert dialog.result() == RestoreDialog.DialogCode.Accepted and dialog.chosen == elsewhere


def test_the_restore_dialog_is_translated(pseudo_app, qtbot, db_path):  # noqa: F811
    """Every text of the dialog and of the start's message goes through translation (see test_pseudo_translation)."""
    from drøftelse.services.database import backups_for, open_database
    from drøftelse.ui.restore_dialog import refused_at_start

    open_database(db_path).dispose()
    rotating_backup(db_path, "foer-opgradering-fra-0007")
    rotating_backup(db_path, "foer-gendannelse")
    data = {"sqlite", "udvalg", "sikkerhedskopier"}
    dialog = RestoreDialog(db_path, backups_for(db_path))
    qtbot.addWidget(dialog)
    dialog.show()
    paths = {str(b.path) for b in backups_for(db_path)}  # each row's tooltip: the user's file, not a text
    escaped = [(where, t) for where, t in shown_texts(dialog) if t not in paths and untranslated(t, data)]
    assert not escaped, escaped

    def in_message(box: QMessageBox) -> None:
        found.extend((where, text) for where, text in shown_texts(box) if untranslated(text, data))
        box.accept()

    found: list = []
    when_a(QMessageBox, in_message)
    assert refused_at_start(db_path, "⟦besked⟧") is None
    assert not found, found


def test_a_backup_that_cannot_be_opened_puts_the_file_back(running, qtbot, windows, tmp_path):
    """A sound copy of ours whose upgrade fails: the file that was there goes back, and the window goes on."""
    window, _ = running
    broken = tmp_path / "brudt.sqlite"
    shutil.copy(FIXTURES / "revision-0007-demo.sqlite", broken)
    conn = sqlite3.connect(broken)
    conn.execute("ALTER TABLE action_item ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    conn.commit()
    conn.close()
    seen = when_a(QMessageBox, lambda box: box.accept())
    task = window.list_page.restore_database(chosen=(broken, None), confirm=False)
    assert task.wait(60_000)
    assert seen["title"] == "Sikkerhedskopien kan ikke gendannes"
    assert "Sikkerhedskopien kan ikke åbnes" in seen["text"] and "som den var før" in seen["text"]
    new = window.replaced_by
    windows.append(new)
    assert [c.name for c in new.list_page.committees] == ["Efter", "Før"]
    new.list_page.create_committee("Stadig", demo=False)


def test_an_open_meeting_is_stored_and_closed_first(danish_app, qtbot, windows, db_path, templates):
    from drøftelse.services.database import open_database
    from drøftelse.services.meetings import create_demo

    db = open_database(db_path)
    meeting = create_demo(db, templates)
    db.dispose()
    backup = rotating_backup(db_path, "haandtaget")
    window = open_main_window(db_path)
    windows.append(window)
    window.show()
    window.open_meeting(meeting)
    assert window.view is not None
    qtbot.wait(1200)  # the meeting's polls have run: they must stop before the file is replaced
    task = window.list_page.restore_database(chosen=(backup, None), confirm=False)
    assert window.view is None and not window.isEnabled()
    assert task.wait(30_000) and task.error is None, task.error and task.error.message
    new = window.replaced_by
    windows.append(new)
    assert new.view is None and [m.id for c in new.list_page.committees for m in c.meetings] == [meeting]
    new.open_meeting(meeting)
    assert new.view is not None
    qtbot.wait(1200)
    new.close_meeting()
