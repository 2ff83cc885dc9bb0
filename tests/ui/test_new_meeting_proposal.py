"""The new-meeting dialog proposes the meeting the årshjul says is due next (issue 14, point 6): an overdue or
nearly due annual discussion, otherwise the kompetencedrøftelse held between two of them."""

import datetime as dt
import os
from pathlib import Path

from conftest import when_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from drøftelse.domain.aarshjul import DUE_SOON_MONTHS, proposed_meeting, year_ahead
from drøftelse.domain.training import add_months
from drøftelse.store import meetings as store
from drøftelse.ui.app import open_main_window

ANNUAL, COMPETENCE = "aarlig_arbejdsmiljoedroeftelse", "kompetencedroeftelse"
TODAY = dt.date.today()  # the window's day
DAY = dt.date(2026, 11, 23)  # the rule's examples


def proposal(last_annual):
    return proposed_meeting(year_ahead(DAY, last_annual, None, [], []), DAY)


def test_no_annual_discussion_yet_proposes_one_now():
    p = proposal(None)
    assert (p.kind, p.date, p.reason) == (ANNUAL, DAY, "Årshjulet: den årlige arbejdsmiljødrøftelse skal holdes nu.")


def test_an_overdue_annual_discussion_is_proposed_for_today():
    p = proposal(dt.date(2025, 9, 10))
    assert (p.kind, p.date) == (ANNUAL, DAY)
    assert p.reason == "Årshjulet: den årlige arbejdsmiljødrøftelse skulle være holdt senest 10.9.2026."


def test_an_annual_discussion_due_soon_is_proposed_on_its_day():
    p = proposal(dt.date(2026, 2, 23))  # due 23.2.2027, exactly DUE_SOON_MONTHS ahead
    assert DUE_SOON_MONTHS == 3
    assert (p.kind, p.date) == (ANNUAL, dt.date(2027, 2, 23))
    assert p.reason == "Årshjulet: den årlige arbejdsmiljødrøftelse skal holdes senest 23.2.2027."


def test_far_from_the_annual_discussion_the_kompetencedroeftelse_is_proposed():
    p = proposal(dt.date(2026, 2, 24))  # due one day after the window
    assert (p.kind, p.date) == (COMPETENCE, DAY)
    assert p.reason == "Den årlige arbejdsmiljødrøftelse er først til 24.2.2027: her er en kompetencedrøftelse."


def test_the_dialog_proposes_the_overdue_annual_discussion(danish_app, qtbot, db, db_path, templates):
    cid = store.create_committee(db, "Arbejdsmiljøudvalget")
    held = add_months(TODAY, -13)
    store.create_meeting(db, cid, templates.get(ANNUAL), f"Årlig drøftelse {held.year}", held)
    store.create_meeting(db, cid, templates.get(COMPETENCE), "Kompetencedrøftelse", add_months(TODAY, -6))
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.list_page.refresh()
    seen = {}

    def look_and_accept(dialog):
        seen["kind"], seen["date"], seen["reason"] = dialog.kind.currentText(), dialog.values()[2], dialog.reason.text()
        seen["title"] = dialog.title.text()
        if shots := os.environ.get("DROEFTELSE_SCREENSHOTS"):
            dialog.grab().save(str(Path(shots) / "nyt-moede-forslag.png"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(look_and_accept)
    qtbot.mouseClick(window.list_page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None, timeout=5000)
    assert seen["kind"] == "Årlig arbejdsmiljødrøftelse" and seen["date"] == TODAY
    assert seen["reason"].startswith("Årshjulet: den årlige arbejdsmiljødrøftelse skulle være holdt senest")
    assert seen["title"] == f"Årlig arbejdsmiljødrøftelse {TODAY.year}"
    assert store.get_meeting(db, window.view.meeting_id).kind == ANNUAL


def test_a_workplace_under_10_is_proposed_its_own_annual_discussion_never_a_kompetencedroeftelse():
    small = "aarlig_arbejdsmiljoedroeftelse_under_10"
    held_recently = year_ahead(DAY, dt.date(2026, 9, 1), None, [], [])  # due 1.9.2027: far off
    assert proposed_meeting(held_recently, DAY).kind == COMPETENCE
    p = proposed_meeting(held_recently, DAY, small)
    assert (p.kind, p.date) == (small, dt.date(2027, 9, 1))
    assert proposed_meeting(year_ahead(DAY, None, None, [], []), DAY, small).kind == small
