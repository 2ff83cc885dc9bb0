"""Issue 29, point 4: each legal point of the annual discussion shows every participant's preparation for it beside
the hearing's answers, following the other chair's change; the steps carry the legal point's number."""

from __future__ import annotations

import os

from conftest import window_at_step
from PySide6.QtWidgets import QLabel

from drøftelse.services import meetings as service
from drøftelse.services.meetings import create_demo
from drøftelse.store.database import open_database

LIVE_MS = 2000  # the other chair's change is on screen within 2 s (ui/live_view.py)


def _prepared(db, meeting: int) -> list:
    """Two participants with a text for point 1 (box "indhold" of the Forberedelse step), the others without."""
    people = service.participants(db, meeting)
    for p in people:
        service.set_answer(db, meeting, p.id, "forberedelse", "indhold", "")
    service.set_answer(db, meeting, people[0].id, "forberedelse", "indhold", "Støjen i pakkeriet skal med.")
    service.set_answer(db, meeting, people[1].id, "forberedelse", "indhold", "Ergonomi ved rampe 2.")
    return people


def test_point_one_shows_each_participants_preparation(danish_app, qtbot, db, db_path, templates):
    meeting = create_demo(db, templates, annual=True)
    people = _prepared(db, meeting)
    window, page = window_at_step(qtbot, db_path, meeting, "indhold")
    window.resize(1366, 768)
    panel = page.hearing.preparation
    assert panel is not None and page.hearing.isVisible()
    shown = dict(panel.shown)
    assert shown[people[0].name] == "Støjen i pakkeriet skal med."
    assert shown[people[1].name] == "Ergonomi ved rampe 2."
    assert shown[people[2].name] == "(ikke forberedt)"

    # the chairs open the tab and copy a text into the point's box
    page.hearing.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.isVisible())
    page.hearing.preparation.copy_to("tekst", "Støjen i pakkeriet skal med.")
    assert "Støjen i pakkeriet skal med." in page.boxes["tekst"].toPlainText()
    window.view.flush()
    assert service.answers(db, meeting)[(None, "indhold", "tekst")].endswith("Støjen i pakkeriet skal med.")
    qtbot.waitUntil(lambda: all(w.isVisible() for w in panel.findChildren(QLabel)))  # Qt shows new labels queued
    window.grab().save(os.environ.get("DROEFTELSE_POINT_PREP_PNG", "/tmp/point_prep.png"))


def test_an_absent_participant_is_marked_and_left_out_without_text(danish_app, qtbot, db, db_path, templates):
    meeting = create_demo(db, templates, annual=True)
    people = _prepared(db, meeting)
    service.update_participant(db, people[0].id, present=False)
    service.update_participant(db, people[2].id, present=False)
    _, page = window_at_step(qtbot, db_path, meeting, "indhold")
    names = [name for name, _ in page.hearing.preparation.shown]
    assert f"{people[0].name} (fraværende)" in names  # wrote for the point, then sent apologies
    assert people[2].name not in names and f"{people[2].name} (fraværende)" not in names


def test_the_side_list_and_heading_carry_the_legal_points_number(danish_app, qtbot, db, db_path, templates):
    meeting = create_demo(db, templates, annual=True)
    window, _ = window_at_step(qtbot, db_path, meeting, "evaluering")
    view = window.view
    row = [s.key for s in view.order].index("evaluering")
    assert view.steps.item(row).text() == f"{row + 1}. Punkt 3 · Sidste års mål"
    assert view.step_title.text().startswith(f"{row + 1}. Punkt 3 · Vurdere")
    setup = [s.key for s in view.order].index("opsaetning")
    assert view.steps.item(setup).text() == f"{setup + 1}. Opsætning"  # a step that is no legal point: as before


def test_a_preparation_changed_elsewhere_appears_within_two_seconds(danish_app, qtbot, db, db_path, templates):
    meeting = create_demo(db, templates, annual=True)
    people = _prepared(db, meeting)
    _, page = window_at_step(qtbot, db_path, meeting, "indhold")
    other = open_database(db_path)  # the other chair's window, on its own connection
    try:
        service.set_answer(other, meeting, people[2].id, "forberedelse", "indhold", "Sygefraværet i lageret.")
    finally:
        other.dispose()
    qtbot.waitUntil(
        lambda: dict(page.hearing.preparation.shown)[people[2].name] == "Sygefraværet i lageret.", timeout=LIVE_MS
    )
