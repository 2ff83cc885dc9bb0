"""Sheets made when the usual hand-in day has come or gone (issue 29, item 5): the window asks the chairs for a day
(or "Ved mødet"), and the day chosen is on the sheets, read back with pypdf; cancelling makes no sheets."""

import datetime as dt

from conftest import finished, when_dialog, window_at_step
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from drøftelse.domain.danish_dates import long_date
from drøftelse.services.meetings import create_demo, update_meeting
from drøftelse.ui.dialogs import to_qdate
from drøftelse.ui.hand_in_dialog import HandInDialog

TODAY = dt.date.today()


def sheet_text(written, name: str = "Łukasz") -> str:
    sheet = next(p for p in written if name in p.name)
    return " ".join(" ".join(page.extract_text() for page in PdfReader(sheet).pages).split())


def test_sheets_made_on_the_meeting_day_ask_and_say_ved_moedet(danish_app, qtbot, db, db_path, templates, tmp_path):
    meeting = create_demo(db, templates)
    update_meeting(db, meeting, date=TODAY)
    window, page = window_at_step(qtbot, db_path, meeting, "forberedelse")
    seen = when_dialog(lambda dialog: dialog.accept(), kind=HandInDialog)  # as offered: at the meeting
    written = finished(page.export_sheets(tmp_path / "ark"))
    assert seen["title"] == "Hvornår skal arkene afleveres?"
    text = sheet_text(written)
    assert "Aflever arket ved mødet." in text and "Aflever arket senest" not in text
    blank = sheet_text(written, "blankt")
    assert "aflever det til formandskabet ved mødet" in blank


def test_the_day_chosen_is_on_the_sheets_and_no_day_gone_by_can_be_chosen(
    danish_app, qtbot, db, db_path, templates, tmp_path
):
    meeting = create_demo(db, templates)
    update_meeting(db, meeting, date=TODAY + dt.timedelta(days=2))  # the usual day was yesterday
    window, page = window_at_step(qtbot, db_path, meeting, "forberedelse")
    chosen = TODAY + dt.timedelta(days=1)
    shown = {}

    def choose(dialog: HandInDialog) -> None:
        shown["text"] = dialog.message.text()
        dialog.date.setDate(to_qdate(TODAY - dt.timedelta(days=5)))  # refused by the field: today at the earliest
        shown["earliest"] = dialog.date.date().toPython()
        dialog.date.setDate(to_qdate(chosen))
        assert dialog.by_date.isChecked()
        dialog.accept()

    when_dialog(choose, kind=HandInDialog)
    written = finished(page.export_sheets(tmp_path / "ark"))
    assert shown["earliest"] == TODAY
    assert "Den dato er passeret" in shown["text"]
    assert f"Aflever arket senest {long_date(chosen)}." in sheet_text(written)


def test_cancelled_no_sheets_are_made(danish_app, qtbot, db, db_path, templates, tmp_path):
    meeting = create_demo(db, templates)
    update_meeting(db, meeting, date=TODAY)
    window, page = window_at_step(qtbot, db_path, meeting, "forberedelse")
    when_dialog(lambda dialog: dialog.reject(), kind=HandInDialog)
    assert page.export_sheets(tmp_path / "ark") is None
    assert not (tmp_path / "ark").exists()


def test_hearing_sheets_on_the_meeting_day_ask_too(danish_app, qtbot, db, db_path, templates, tmp_path):
    meeting = create_demo(db, templates, annual=True)
    update_meeting(db, meeting, date=TODAY)
    window, page = window_at_step(qtbot, db_path, meeting, "hoering")

    def choose(dialog: HandInDialog) -> None:
        dialog.by_date.setChecked(True)  # today is the only day left before the meeting
        dialog.accept()

    when_dialog(choose, kind=HandInDialog)
    (sheet,) = finished(page.export_sheets(tmp_path / "ud"))
    assert f"Aflever arket senest {long_date(TODAY)}." in sheet_text([sheet], "Høringsark")


def test_the_day_is_asked_before_the_folder_and_a_folder_cancelled_makes_no_sheets(
    danish_app, qtbot, db, db_path, templates, tmp_path
):
    """Both pages ask the same way (ui/hand_in_dialog.ask_day_and_folder), the folder in each page's words."""
    meeting = create_demo(db, templates, annual=True)
    update_meeting(db, meeting, date=TODAY)
    for step, title in (("forberedelse", "Gem forberedelsesark i mappen"), ("hoering", "Gem høringsark i mappen")):
        window, page = window_at_step(qtbot, db_path, meeting, step)
        asked: list[str] = []
        when_dialog(lambda dialog, asked=asked: (asked.append("dag"), dialog.accept()), kind=HandInDialog)
        folder = when_dialog(lambda dialog, asked=asked: (asked.append("mappe"), dialog.reject()), kind=QFileDialog)
        assert page.export_sheets() is None
        assert asked == ["dag", "mappe"] and folder["title"] == title
        window.close()
