"""Small things a chair notices (issue 15, item 6): the status bar speaks of the meeting on screen, and the
setup speaks of a round only where the template has one."""

import datetime as dt

from drøftelse.store import meetings as store
from drøftelse.ui.app import open_main_window

ANNUAL = "aarlig_arbejdsmiljoedroeftelse"


def test_opening_another_meeting_clears_the_status_bar(danish_app, qtbot, db, db_path, templates):
    cid = store.create_committee(db, "AMO")
    first = store.create_meeting(db, cid, templates.get(ANNUAL), "Årlig drøftelse 2025", dt.date(2025, 11, 20))
    second = store.create_meeting(db, cid, templates.get(ANNUAL), "Årlig drøftelse 2026", dt.date(2026, 11, 20))
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(first)
    window.view.message.emit("Referatet er gemt i referat-2025.pdf", False)
    assert window.status.text() == "Referatet er gemt i referat-2025.pdf"
    window.close_meeting()
    window.open_meeting(second)
    assert window.status.text() == ""


def test_a_new_meetings_message_stays_when_it_opens(danish_app, qtbot, db, db_path, templates):
    from drøftelse.services import annual

    cid = store.create_committee(db, "AMO")
    annual.add_member(db, cid, "Mette Kjær", "Leder", dt.date(2025, 1, 1))
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.list_page.refresh()
    made = window.list_page.create_meeting("kompetencedroeftelse", "Ny", dt.date(2026, 11, 20))
    window.open_meeting(made)
    assert "medlemmer er sat på" in window.status.text()


def test_the_round_is_spoken_of_only_where_there_is_one(danish_app, qtbot, db, db_path, templates):
    cid = store.create_committee(db, "AMO")
    annual = store.create_meeting(db, cid, templates.get(ANNUAL), "Årlig drøftelse 2026", dt.date(2026, 11, 20))
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(annual)
    assert window.view.page.participants_label.text() == "<b>Deltagere</b>"
    window.close_meeting()
    competence = store.create_meeting(
        db, cid, templates.get("kompetencedroeftelse"), "Kompetencedrøftelse 2026", dt.date(2026, 3, 1)
    )
    window.open_meeting(competence)
    assert "rækkefølgen i runden" in window.view.page.participants_label.text()
