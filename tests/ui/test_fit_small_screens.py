"""Issue 31, items 1 and 2: every page fits a 1280×720 laptop (the window never larger than the screen, remembered
per screen; no page wider than the window; one scroll bar per page), long and shared names, and feedback the
chairs cannot miss (a message area on the page, a step's messages leaving with it, a PDF that cannot be opened
saying why, the "Gemt" time taken from the write itself)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import finished, window_at_step
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractScrollArea, QGroupBox

from drøftelse.domain.names import told_apart
from drøftelse.services import meetings as service
from drøftelse.ui.app import open_main_window
from drøftelse.ui.window_size import PREFERRED, fit_to_screen, fitted_size, remember_size

LAPTOP = QSize(1280, 720 - 32)  # a 1280×720 screen less a window manager's title bar
LONG_NAME = "Agnieszka Małgorzata Wiśniewska-Brzęczyszczykiewicz"


@pytest.fixture
def demo(db, templates):
    """The demo's two meetings (kompetencedrøftelse, annual discussion), a long name among the participants."""
    annual = service.create_demo(db, templates, annual=True)
    kompetence = annual - 2  # the annual demo makes the kompetencedrøftelse first
    service.add_participant(db, kompetence, LONG_NAME, "Medarbejder")
    return kompetence, annual


def scroll_of(view):
    return view.stack.currentWidget()


def test_the_window_is_never_larger_than_the_screen_and_remembers_each_screen(
    danish_app, qtbot, db_path, demo, tmp_path
):
    assert fitted_size(PREFERRED, QSize(1280, 688)) == QSize(1280, 688)
    assert fitted_size(PREFERRED, QSize(1366, 736)) == QSize(1280, 736)
    assert fitted_size(QSize(3000, 2000), QSize(1366, 736)) == QSize(1366, 736)
    settings = QSettings(str(tmp_path / "indstillinger.ini"), QSettings.Format.IniFormat)
    laptop, projector = QRect(0, 0, 1280, 688), QRect(0, 0, 1920, 1048)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    fit_to_screen(window, settings, room=laptop)
    assert window.size() == QSize(1280, 688)  # the bottom buttons stay on the screen
    assert window.minimumSize().width() <= 1280 and window.minimumSize().height() <= 688
    window.resize(1100, 600)
    remember_size(window, settings, room=laptop)
    fit_to_screen(window, settings, room=projector)
    assert window.size() == PREFERRED  # the projector has no size of its own yet
    window.resize(1700, 1000)
    remember_size(window, settings, room=projector)
    fit_to_screen(window, settings, room=laptop)
    assert window.size() == QSize(1100, 600)  # the laptop's own size, not the projector's
    fit_to_screen(window, settings, room=projector)
    assert window.size() == QSize(1700, 1000)


@pytest.mark.parametrize("which", ["kompetence", "annual"])
def test_every_page_fits_1280x720(danish_app, qtbot, db_path, demo, which):
    """No page's least size exceeds the laptop: the window's minimum holds on every step, no page is wider than
    the window (no sideways scroll bar), and a page taller than the screen is its step's one scroller (no table
    or panel scrolling inside it)."""
    meeting = dict(zip(("kompetence", "annual"), demo, strict=True))[which]
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.resize(LAPTOP)
    window.show()
    window.open_meeting(meeting)
    view = window.view
    too_big, too_wide, nested = [], [], []
    for step in view.order:
        view.go_to_step(step.key)
        qtbot.wait(10)
        hint = window.minimumSizeHint()
        if hint.width() > LAPTOP.width() or hint.height() > LAPTOP.height():
            too_big.append((step.key, hint.toTuple()))
        scroll = scroll_of(view)
        if view.page.minimumSizeHint().width() > scroll.viewport().width() or scroll.horizontalScrollBar().isVisible():
            too_wide.append((step.key, view.page.minimumSizeHint().width(), scroll.viewport().width()))
        if scroll.verticalScrollBar().isVisible():
            inner = [
                w.accessibleName() or type(w).__name__
                for w in view.page.findChildren(QAbstractScrollArea)
                if w.isVisible() and w.verticalScrollBar().isVisible()
            ]
            if inner:
                nested.append((step.key, inner))
    assert not too_big, too_big
    assert not too_wide, too_wide
    assert not nested, nested


def test_the_steps_of_row_4_show_their_third_box_at_1366x768(danish_app, qtbot, db_path, demo):
    """Forberedelse, Drøft og bliv enige and Aftal kompetencer fit without scrolling on a 1366×768 laptop."""
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.resize(1280, 768 - 32)
    window.show()
    window.open_meeting(demo[0])
    for key in ("forberedelse", "enige", "kompetencer"):
        window.view.go_to_step(key)
        qtbot.wait(10)
        assert not scroll_of(window.view).verticalScrollBar().isVisible(), key


def test_a_long_name_wraps_and_the_prompts_keep_their_width(danish_app, qtbot, db_path, demo):
    window, page = window_at_step(qtbot, db_path, demo[0], "forberedelse")
    window.resize(LAPTOP)
    page.select_participant(LONG_NAME)
    qtbot.wait(10)
    assert not scroll_of(window.view).horizontalScrollBar().isVisible()
    assert not page.people.horizontalScrollBar().isVisible()
    prompts = next(g for g in page.findChildren(QGroupBox) if g.title() == "Kig i og reflekter over")
    assert prompts.width() >= 200  # read, not a 30 px sliver
    item = page.people.item(page.people.count() - 1)
    assert item.text().endswith("(ikke forberedt)") and LONG_NAME in item.text()
    assert page.sheet_title.wordWrap()


def test_two_participants_of_one_name_are_told_apart_and_counted_right(danish_app, qtbot, db, db_path, templates):
    assert told_apart(["Anna Hansen", "Bo", "anna hansen ", "Anna Hansen"]) == [
        "Anna Hansen",
        "Bo",
        "anna hansen  (2)",
        "Anna Hansen (3)",
    ]
    cid = service.create_committee(db, "AMO")
    made = service.create_meeting(db, cid, templates.get("kompetencedroeftelse"), "Møde", dt.date(2026, 11, 20))
    first = service.add_participant(db, made.id, "Anna Hansen", "AMR")
    service.add_participant(db, made.id, "Anna Hansen", "Leder")
    service.set_answer(db, made.id, first, "forberedelse", "opgaver", "Støj i pakkeriet")
    window, page = window_at_step(qtbot, db_path, made.id, "forberedelse")
    assert page.overview.text() == "<b>1 af 2</b> har forberedt sig"
    shown = [page.people.item(i).text() for i in range(page.people.count())]
    assert shown[0].startswith("✓  Anna Hansen") and "(2)" not in shown[0]
    assert shown[1].startswith("–  Anna Hansen (2)") and shown[1].endswith("(ikke forberedt)")
    window.view.go_to_step("runde")
    assert window.view.page.speaker.text() == "Anna Hansen"
    round_page = window.view.page
    round_page.ask = lambda title, text: text.startswith("Anna Hansen har ikke haft ordet")  # "Spring over?": yes
    round_page.go(1)
    assert round_page.speaker.text() == "Anna Hansen (2)"


def test_a_steps_messages_leave_with_it(danish_app, qtbot, db_path, demo):
    window, page = window_at_step(qtbot, db_path, demo[0], "runde")
    view = window.view
    view.notice.say("Handleplanen er gemt i /tmp/x.pdf")
    view.page.ctx.report("Runden er slut. Gå videre til næste trin, når I er klar.")
    assert view.notice.message() and "Runden er slut" in window.status.text()
    view.go_to_step("enige")
    assert view.notice.message() == "" and window.status.text() == ""


def test_an_export_says_on_the_page_what_happened(danish_app, qtbot, db_path, demo, tmp_path, opened_files):
    window, _page = window_at_step(qtbot, db_path, demo[0], "handleplan")
    finished(window.view.export_pdf(tmp_path / "handleplan.pdf"))
    said = window.view.notice.message()
    assert said.startswith("Færdig: Handleplanen er gemt i ") and str(tmp_path / "handleplan.pdf") in said
    assert "åbnet" in said and opened_files == [tmp_path / "handleplan.pdf"]


def test_a_pdf_that_cannot_be_opened_says_why(danish_app, qtbot, db_path, demo, tmp_path, monkeypatch):
    """No PDF reader and no xdg-open (an empty PATH): the real QDesktopServices answers False, and the page says so
    and what to do, where the PDF used to be silently not opened."""
    QDesktopServices.unsetUrlHandler("file")  # the real desktop, not the test's list of opened files
    monkeypatch.setenv("PATH", str(tmp_path / "tom"))
    window, _page = window_at_step(qtbot, db_path, demo[0], "handleplan")
    finished(window.view.export_pdf(tmp_path / "handleplan.pdf"))
    said = window.view.notice.message()
    assert window.view.notice.kind == "warning"
    assert "kunne ikke åbnes: der er intet program til PDF-filer" in said and "Installér en PDF-læser" in said
    assert (tmp_path / "handleplan.pdf").exists()


def test_a_meeting_file_read_in_is_said_on_the_list(danish_app, qtbot, db_path, demo, tmp_path):
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.list_page.refresh()
    window.list_page.table.selectRow(0)
    written = finished(window.list_page.export_meeting_file(tmp_path / "møde.json"))
    assert "Mødefilen er gemt i" in window.list_page.notice.message()
    finished(window.list_page.import_meeting_file(written))
    said = window.list_page.notice.message()
    assert "Mødet fra møde.json er indlæst." in said and "Fortsæt" in said  # what happened, and what to do


def test_gemt_takes_the_time_of_a_handleplan_row_written(danish_app, qtbot, db_path, demo):
    """Row 10: the time beside "Gemt" was the last typed box's, 20 s behind the row the table had just written."""
    window, page = window_at_step(qtbot, db_path, demo[0], "handleplan")
    view = window.view
    view.saved_label.setText("Gemt 00:00:00")
    model = page.model
    assert model.setData(model.index(0, 0), "Ny tekst i hvad-feltet")
    assert view.saved_label.text() != "Gemt 00:00:00" and view.saved_label.text().startswith("Gemt ")


def test_an_empty_committee_name_is_said_in_words(danish_app, qtbot):
    from drøftelse.ui.dialogs import WelcomeDialog

    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.name_needed.isVisible()
    assert not dialog.check_name()
    assert dialog.name_needed.isVisible() and "Skriv udvalgets navn" in dialog.name_needed.text()
    dialog.name.setText("AMO")
    assert not dialog.name_needed.isVisible() and dialog.check_name()


def test_the_preparation_step_says_sheets_can_be_dropped(danish_app, qtbot, db_path, demo):
    _window, page = window_at_step(qtbot, db_path, demo[0], "forberedelse")
    texts = [w.text() for w in page.findChildren(type(page.overview)) if w.isVisible()]
    assert any("træk de udfyldte ark" in t.lower() for t in texts)
    assert page.acceptDrops() and not page.drop.overlay.isVisible()
