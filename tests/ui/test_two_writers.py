"""Two writers on one text: the window shows Mette's sheet while a returned sheet is imported from the command line
(or a second window writes). The window notices, shows the new text, and an edit made on the old text asks which
to keep, both texts shown. Nothing is overwritten without a word."""

import datetime as dt

import pytest
from conftest import run_cli, when_dialog, window_at_step
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from test_sheets import fill, sheet_for

from drøftelse.domain.errors import AnswerChanged, DroeftelseError
from drøftelse.services import meetings as service
from drøftelse.store.demo import create_demo_meeting
from drøftelse.store.sheets import apply_import, plan_import
from drøftelse.ui.answer_fields import BOTH_SEPARATOR, KEEP_BOTH, KEEP_MINE, TAKE_NEW, ChangedUnderneathDialog

FROM_SHEET = "Formidling – skrevet på det returnerede ark"


@pytest.fixture
def meeting(db, templates):
    return create_demo_meeting(db, templates, today=dt.date(2026, 11, 20))


def open_window(qtbot, db, db_path, meeting):
    """The window on the preparation step, Mette's sheet shown. The test's own connections are closed first:
    opening a file reads its header with a plain open()/close(), and closing any descriptor of a file drops
    every POSIX lock this process holds on it, SQLite's included (a second Database in one process is a test's
    doing; the app opens one)."""
    db.dispose()
    window, page = window_at_step(qtbot, db_path, meeting, "forberedelse")
    page.select_participant("Mette Kjær Andersen")
    return window, page


def mette(db, meeting) -> int:
    return next(p.id for p in service.participants(db, meeting) if p.name == "Mette Kjær Andersen")


def import_from_the_command_line(db, db_path, templates, meeting, tmp_path) -> None:
    sheet = fill(
        sheet_for(db, templates, meeting, "Mette Kjær Andersen", tmp_path), {"styrke": FROM_SHEET}, tmp_path / "m.pdf"
    )
    result = run_cli("--db", str(db_path), "indlaes", str(meeting), str(sheet), "--ved-konflikt", "erstat")
    assert result.returncode == 0 and "1 felt(er) indlæst" in result.stdout, result.stderr


def test_the_store_refuses_an_edit_on_a_text_that_changed_since_it_was_read(db, meeting):
    pid = mette(db, meeting)
    read = service.stored_answers(db, meeting)[(pid, "forberedelse", "styrke")]
    other = service.set_answer(db, meeting, pid, "forberedelse", "styrke", "fra et andet vindue")
    assert other.version == read.version + 1
    with pytest.raises(AnswerChanged) as e:
        service.set_answer(db, meeting, pid, "forberedelse", "styrke", "mit", expected_version=read.version)
    assert (e.value.current_text, e.value.current_version) == ("fra et andet vindue", other.version)
    assert "ændret et andet sted" in e.value.message
    assert service.answers(db, meeting)[(pid, "forberedelse", "styrke")] == "fra et andet vindue"
    # the same words from both is no conflict; a box nobody wrote in yet is version 0
    same = service.set_answer(db, meeting, pid, "forberedelse", "styrke", "fra et andet vindue", expected_version=1)
    assert same.version == other.version
    assert service.set_answer(db, meeting, None, "enige", "ny-boks", "først", expected_version=0).version == 1
    with pytest.raises(AnswerChanged):
        service.set_answer(db, meeting, None, "enige", "ny-boks", "også først", expected_version=0)


def test_a_sheet_import_planned_before_someone_typed_stores_nothing(db, db_path, templates, meeting, tmp_path):
    from conftest import dump

    pid = mette(db, meeting)
    plan = plan_import(
        db, meeting, templates, sheet_for_identity(db, templates, meeting), {"styrke": FROM_SHEET}, "m.pdf"
    )
    service.set_answer(db, meeting, pid, "forberedelse", "styrke", "skrevet i vinduet imens")
    before = dump(db_path)
    with pytest.raises(DroeftelseError, match="er ændret, efter at arket blev læst ind"):
        apply_import(db, meeting, templates, plan, {"styrke": "erstat"})
    assert dump(db_path) == before


def sheet_for_identity(db, templates, meeting) -> str:
    from drøftelse.store.sheets import sheet_snapshots

    return next(s.identity for s in sheet_snapshots(db, meeting, templates) if s.participant == "Mette Kjær Andersen")


def test_the_window_shows_a_text_imported_from_the_command_line(
    danish_app, qtbot, db, db_path, templates, meeting, tmp_path
):
    window, page = open_window(qtbot, db, db_path, meeting)
    box = page.boxes["styrke"]
    assert box.toPlainText().startswith("Vi er dårlige til at fortælle")
    import_from_the_command_line(db, db_path, templates, meeting, tmp_path)
    qtbot.waitUntil(lambda: box.toPlainText() == FROM_SHEET, timeout=10_000)
    assert "»Dette kan vi have brug for at styrke« er ændret et andet sted" in window.status.text()
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box, " og mere")
    window.view.flush()  # no question: the edit was made on the new text
    assert service.answers(db, meeting)[(mette(db, meeting), "forberedelse", "styrke")] == FROM_SHEET + " og mere"


@pytest.mark.parametrize("choice", [KEEP_MINE, TAKE_NEW, KEEP_BOTH])
def test_typing_on_a_text_that_changed_underneath_asks_which_to_keep(
    danish_app, qtbot, db, db_path, templates, meeting, tmp_path, choice
):
    window, page = open_window(qtbot, db, db_path, meeting)
    box = page.boxes["styrke"]
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box, " Og kemi!")  # typed, not yet stored: the debounce has not run
    mine = box.toPlainText()
    import_from_the_command_line(db, db_path, templates, meeting, tmp_path)

    shown = {}

    def answer(dialog):
        assert isinstance(dialog, ChangedUnderneathDialog)
        shown["mine"], shown["new"] = dialog.mine.toPlainText(), dialog.new.toPlainText()
        dialog.button(choice).click()

    seen = when_dialog(answer)
    window.view.flush()
    qtbot.waitUntil(lambda: "mine" in shown, timeout=5000)
    assert seen["title"] == "Teksten er ændret et andet sted"
    assert shown == {"mine": mine, "new": FROM_SHEET}  # both texts in front of the chairs
    expected = {KEEP_MINE: mine, TAKE_NEW: FROM_SHEET, KEEP_BOTH: mine + BOTH_SEPARATOR + FROM_SHEET}[choice]
    assert service.answers(db, meeting)[(mette(db, meeting), "forberedelse", "styrke")] == expected
    assert box.toPlainText() == expected
    said = {KEEP_MINE: "din tekst er gemt i stedet", TAKE_NEW: "din ændring er kasseret", KEEP_BOTH: "begge tekster"}
    assert said[choice] in window.status.text()
    window.view.flush()  # settled: the next store asks nothing
    assert service.answers(db, meeting)[(mette(db, meeting), "forberedelse", "styrke")] == expected


def test_when_the_session_ends_nobody_is_asked_and_both_texts_are_kept(
    danish_app, qtbot, db, db_path, templates, meeting, tmp_path
):
    from drøftelse.ui.autosave import flush_all

    window, page = open_window(qtbot, db, db_path, meeting)
    box = page.boxes["styrke"]
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box, " Og kemi!")
    mine = box.toPlainText()
    import_from_the_command_line(db, db_path, templates, meeting, tmp_path)
    asked = []

    def close_any_question() -> None:  # were a question to open, it is noted and closed, and the test fails
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            asked.append(dialog.windowTitle())
            dialog.reject()

    watcher = QTimer()
    watcher.timeout.connect(close_any_question)
    watcher.start(20)
    flush_all()  # SIGTERM, a logout: what ui.session_end does
    watcher.stop()
    assert asked == []
    stored = service.answers(db, meeting)[(mette(db, meeting), "forberedelse", "styrke")]
    assert stored == mine + BOTH_SEPARATOR + FROM_SHEET
