"""File dialogs start in the last folder used for that kind of file, a bare name typed lands there, and the name
the app proposes is safe on every system (issue 31, item 3). Qt's own dialog, driven as a user drives it."""

from pathlib import Path

import pytest
from conftest import when_dialog
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from drøftelse.ui import file_dialogs
from drøftelse.ui.file_dialogs import (
    MEETING_FILES,
    PDF,
    RETURNED_SHEETS,
    SHEETS_OUT,
    TABLES,
    ask_folder,
    ask_open_path,
    ask_open_paths,
    ask_save_path,
    kind_of,
    landed,
    last_folder,
)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "indstillinger.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def parent(danish_app, qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _answer(typed: str | None, seen: dict):
    """Type `typed` in the dialog's name box and press its button (or cancel when None); what the dialog showed
    first goes to `seen`."""

    def act(dialog: QFileDialog) -> None:
        seen["folder"] = Path(dialog.directory().absolutePath())
        box = dialog.findChild(QLineEdit, "fileNameEdit")
        seen["proposed"] = box.text() if box is not None else ""
        if typed is None:
            dialog.reject()
            return
        box.setText(typed)
        dialog.accept()

    when_dialog(act, kind=QFileDialog)


def test_a_save_dialog_starts_in_the_last_folder_of_its_kind_and_a_bare_name_lands_there(parent, settings, tmp_path):
    board = tmp_path / "bestyrelsen"
    board.mkdir()
    seen: dict = {}
    _answer(str(board / "Referat.pdf"), seen)
    first = ask_save_path(parent, "Gem referatet", "Referat – Møde.pdf", "PDF (*.pdf)", settings=settings)
    assert first == board / "Referat.pdf"
    assert seen["folder"] == Path.home()  # the first time: the home folder

    _answer("handleplan", seen)  # a bare name, no extension
    second = ask_save_path(parent, "Gem handleplan", "Handleplan – Møde.pdf", "PDF (*.pdf)", settings=settings)
    assert seen["folder"] == board  # where the last PDF went
    assert seen["proposed"] == "Handleplan – Møde.pdf"
    assert second == board / "handleplan.pdf"  # in that folder, with the pattern's extension

    _answer(None, seen)
    assert ask_save_path(parent, "Gem mødefil", "Møde.json", "Mødefil (*.json)", settings=settings) is None
    assert seen["folder"] == Path.home()  # meeting files have their own folder, not yet chosen
    assert last_folder(PDF, settings) == board


def test_the_proposed_name_is_safe_on_windows(parent, settings):
    seen: dict = {}
    _answer(None, seen)
    ask_save_path(parent, "Gem mødefil", "CON.json", "Mødefil (*.json)", settings=settings)
    assert seen["proposed"] == "CON_.json"  # issue 31: CON.json cannot be made on Windows
    _answer(None, seen)
    ask_save_path(parent, "Gem", "Kick\u200boff\u2028møde . .pdf", "PDF (*.pdf)", settings=settings)
    assert seen["proposed"] == "Kickoff møde.pdf"


def test_open_dialogs_and_folders_remember_their_own_kind(parent, settings, tmp_path):
    returned, meetings, out = (tmp_path / name for name in ("indkomne", "moeder", "ud"))
    for folder in (returned, meetings, out):
        folder.mkdir()
    (returned / "Mette.pdf").write_bytes(b"%PDF-")
    (meetings / "Møde.json").write_text("{}", encoding="utf-8")

    def pick(folder: Path, name: str):
        def act(dialog: QFileDialog) -> None:
            dialog.setDirectory(str(folder))
            dialog.selectFile(name)
            dialog.accept()

        when_dialog(act, kind=QFileDialog)

    pick(returned, "Mette.pdf")
    sheets = ask_open_paths(parent, "Indlæs ark", "PDF (*.pdf)", RETURNED_SHEETS, settings=settings)
    assert sheets == [returned / "Mette.pdf"]
    pick(meetings, "Møde.json")
    assert ask_open_path(parent, "Indlæs mødefil", "Mødefil (*.json);;Alle filer (*)", settings=settings) == (
        meetings / "Møde.json"
    )

    def choose_folder(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(out))
        dialog.accept()

    when_dialog(choose_folder, kind=QFileDialog)
    assert ask_folder(parent, "Gem ark i mappen", SHEETS_OUT, settings=settings) == out

    assert last_folder(RETURNED_SHEETS, settings) == returned
    assert last_folder(MEETING_FILES, settings) == meetings
    assert last_folder(SHEETS_OUT, settings) == out
    seen: dict = {}
    _answer(None, seen)
    ask_open_paths(parent, "Indlæs ark", "PDF (*.pdf)", RETURNED_SHEETS, settings=settings)
    assert seen["folder"] == returned  # the next time it opens there


def test_a_bare_name_lands_in_the_last_folder_and_a_gone_folder_falls_back_home(settings, tmp_path):
    file_dialogs.remember_folder(TABLES, tmp_path, settings)
    assert landed(TABLES, "plan.csv", settings) == tmp_path / "plan.csv"
    assert landed(TABLES, "under/plan.csv", settings) == tmp_path / "under" / "plan.csv"
    assert landed(TABLES, str(tmp_path / "x" / "plan.csv"), settings) == tmp_path / "x" / "plan.csv"
    file_dialogs.remember_folder(TABLES, tmp_path / "fjernet", settings)
    assert last_folder(TABLES, settings) == Path.home()


def test_the_kind_is_read_from_the_name_or_the_pattern():
    assert kind_of("Mødefil (*.json);;Alle filer (*)") == MEETING_FILES
    assert kind_of("Handleplan – Møde.xlsx") == TABLES
    assert kind_of("CSV til Excel (*.csv)") == TABLES
    assert kind_of("Referat.pdf") == PDF
    assert kind_of("Årshjul.ics") == file_dialogs.CALENDAR
