"""A file double-clicked in the file manager reaches the app (`droeftelse FIL`, the .desktop entry's `%f`): a
meeting file is read in as a new meeting, a returned sheet opens its own meeting on its step and is read in there,
a file of another kind or from another database is told in Danish; with the window already open, the second
start hands the file over (issue 31, item 6)."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import finished, rows, run_cli, when_dialog
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from test_sheets import TEXTS, fill, sheet_for

from drøftelse.cli import COMMANDS
from drøftelse.domain.launch_argument import split_file_argument
from drøftelse.store import meetings as store
from drøftelse.store.demo import create_demo_meeting


@pytest.mark.parametrize(
    ("argv", "rest", "file"),
    [
        (["møde.json"], [], "møde.json"),
        (["--db", "udvalg.sqlite", "Mette.pdf"], ["--db", "udvalg.sqlite"], "Mette.pdf"),
        (["--lang", "en", "file:///tmp/M%C3%B8de.json"], ["--lang", "en"], "/tmp/Møde.json"),
        (["list"], ["list"], None),
        (["--db", "list.json", "list"], ["--db", "list.json", "list"], None),  # the value of --db is no file
        (["indlaes", "1", "Mette.pdf"], ["indlaes", "1", "Mette.pdf"], None),  # a command's own files
        (["https://eksempel.dk/a.pdf"], ["https://eksempel.dk/a.pdf"], None),
        (["nonsens"], ["nonsens"], None),  # argparse says it is no command
        ([], [], None),
    ],
)
def test_the_file_is_told_from_a_command(argv, rest, file):
    assert split_file_argument(argv, COMMANDS) == (rest, Path(file) if file else None)


def _meetings(db_path) -> int:
    return rows(db_path, "SELECT count(*) FROM meeting")[0][0]


@pytest.fixture
def meeting(db, templates):
    return create_demo_meeting(db, templates, today=dt.date(2026, 11, 20))


@pytest.fixture
def window(danish_app, qtbot, db_path, meeting):
    from drøftelse.ui.app import open_main_window

    w = open_main_window(db_path)
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_meeting_file_double_clicked_is_read_in_as_a_new_meeting(window, db_path, meeting, tmp_path):
    from drøftelse.ui.opened_file import open_given_file

    path = tmp_path / "Kompetencedrøftelse.json"
    assert run_cli("--db", str(db_path), "export", str(meeting), "--json", str(path)).returncode == 0
    before = _meetings(db_path)
    finished(open_given_file(window, path))
    assert _meetings(db_path) == before + 1
    # the result stands in the list's message area (issue 31: feedback a chair cannot miss)
    assert "Kompetencedrøftelse.json er indlæst" in window.list_page.notice.message()


def test_a_returned_sheet_double_clicked_opens_its_meeting_on_the_preparation_step(
    window, qtbot, db, templates, meeting, tmp_path
):
    from drøftelse.ui.opened_file import open_given_file
    from drøftelse.ui.sheet_import import SheetImportDialog

    filled = fill(sheet_for(db, templates, meeting, "Łukasz Wiśniewski", tmp_path), TEXTS, tmp_path / "l.pdf")

    def import_as_shown(dialog):
        assert isinstance(dialog, SheetImportDialog)
        for combo in dialog.choice_boxes.values():
            combo.setCurrentIndex(1)  # "Erstat med arkets tekst"
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(import_as_shown)
    finished(open_given_file(window, filled))  # which meeting: read in a child process
    assert window.view is not None and window.view.meeting_id == meeting
    page = window.view.page
    assert window.view.order[window.view.index].kind == "preparation"
    qtbot.waitUntil(lambda: "(indlæst fra ark)" in page.people.item(1).text(), timeout=60_000)
    (lukasz,) = [p for p in store.participants(db, meeting) if p.name == "Łukasz Wiśniewski"]
    assert store.answers(db, meeting)[(lukasz.id, "forberedelse", "opgaver")] == TEXTS["opgaver"]


def test_a_sheet_of_another_database_and_other_files_are_refused_in_danish(window, qtbot, templates, meeting, tmp_path):
    from drøftelse.store.database import open_database
    from drøftelse.ui.opened_file import open_given_file

    other = open_database(tmp_path / "andet.sqlite")
    try:
        foreign_meeting = create_demo_meeting(other, templates, today=dt.date(2026, 11, 20))
        foreign = sheet_for(other, templates, foreign_meeting, "Mette Kjær Andersen", tmp_path)
    finally:
        other.dispose()
    seen = when_dialog(lambda box: box.accept(), kind=QMessageBox)
    task = open_given_file(window, foreign)
    assert task.wait(60_000)
    qtbot.waitUntil(lambda: "text" in seen, timeout=10_000)
    assert "hører ikke til et møde i denne database" in seen["text"]
    assert window.view is None  # nothing opened

    notes = tmp_path / "noter.txt"
    notes.write_text("ikke et ark", encoding="utf-8")
    assert open_given_file(window, notes) is None
    assert "mødefiler (.json)" in window.status.text()
    assert open_given_file(window, tmp_path / "væk.json") is None
    assert "findes ikke" in window.status.text()


def test_a_second_start_with_a_file_hands_it_to_the_open_window(window, qtbot, db_path, meeting, tmp_path):
    path = tmp_path / "Møde.json"
    assert run_cli("--db", str(db_path), "export", str(meeting), "--json", str(path)).returncode == 0
    before = _meetings(db_path)
    second = subprocess.Popen(
        [sys.executable, "-m", "drøftelse", "--db", str(db_path), str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # the open window reads it in (on a worker) while the second start ends without a dialog of its own
    qtbot.waitUntil(lambda: _meetings(db_path) == before + 1, timeout=60_000)
    out, err = second.communicate(timeout=60)
    assert "Traceback" not in err
    qtbot.waitUntil(lambda: "Møde.json er indlæst" in window.list_page.notice.message(), timeout=10_000)
