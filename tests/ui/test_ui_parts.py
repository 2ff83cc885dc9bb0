"""The wizard's parts on their own: the round timer, the handleplan table model, autosave, refusals."""

import datetime as dt
import sqlite3

import pytest
from conftest import FakeClock, when_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from drøftelse.domain.actions import ActionFields, Status
from drøftelse.store import action_items as action_store
from drøftelse.store import meetings as store
from drøftelse.ui.autosave import Autosaver
from drøftelse.ui.handleplan_model import FIELDS, HandleplanModel
from drøftelse.ui.round_timer import RoundTimer, clock_text


def test_round_timer_counts_down_warns_and_runs_over(danish_app):
    clock = FakeClock()
    timer = RoundTimer(clock=clock)
    timer.reset(120)
    assert (timer.state, clock_text(timer.remaining)) == ("klar", "02:00")
    timer.start()
    clock.advance(60)
    assert (timer.state, clock_text(timer.remaining)) == ("tale", "01:00")
    timer.pause()
    clock.advance(500)  # paused: no time passes for the speaker
    assert timer.elapsed == 60
    timer.start()
    clock.advance(45)
    assert timer.state == "snart" and clock_text(timer.remaining) == "00:15"
    clock.advance(27)
    assert timer.state == "slut" and clock_text(timer.remaining) == "+00:12"


@pytest.fixture
def meeting(db, templates):
    committee = store.create_committee(db, "AMO")
    return store.create_meeting(db, committee, templates.get("kompetencedroeftelse"), "Møde", dt.date(2026, 11, 20))


def test_handleplan_model_insert_delete_undo_move(danish_app, ended_at_test_end, db, meeting, qtmodeltester):
    model = ended_at_test_end(HandleplanModel(db, meeting, dt.date(2026, 11, 20)))
    qtmodeltester.check(model)
    for n in range(3):
        model.add_row(ActionFields(hvad=f"Række {n}", hvornaar="3. kvartal"))
    assert [i.hvad for i in action_store.action_items(db, meeting)] == ["Række 0", "Række 1", "Række 2"]
    assert "→ 30.9.2027" in model.data(model.index(0, FIELDS.index("hvornaar")))
    assert model.data(model.index(0, FIELDS.index("hvornaar")), Qt.ItemDataRole.EditRole) == "3. kvartal"

    assert model.setData(model.index(1, FIELDS.index("hvem")), "AMR <og> leder & TR")
    assert model.setData(model.index(1, FIELDS.index("status")), Status.I_GANG)
    model.delete_row(1)
    assert [i.hvad for i in action_store.action_items(db, meeting)] == ["Række 0", "Række 2"]
    model.undo_stack.undo()
    restored = action_store.action_items(db, meeting)[1]
    assert (restored.hvad, restored.hvem, restored.status) == ("Række 1", "AMR <og> leder & TR", "i_gang")
    model.move_row(0, 2)
    assert [i.hvad for i in action_store.action_items(db, meeting)] == ["Række 1", "Række 2", "Række 0"]
    model.undo_stack.undo()
    assert [i.hvad for i in action_store.action_items(db, meeting)] == ["Række 0", "Række 1", "Række 2"]
    assert not model.move_row(2, 1)  # the last row cannot move down
    qtmodeltester.check(model)


def test_autosave_stores_after_typing_stops_and_on_flush(danish_app, qtbot, db, meeting):
    saver = Autosaver(debounce_ms=100)
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    saver.watch_text(box, lambda t: store.set_answer(db, meeting, None, "enige", "fokus", t))
    qtbot.keyClicks(box, "Kemi & trucks <i gang 3>")
    qtbot.waitUntil(
        lambda: store.answers(db, meeting).get((None, "enige", "fokus")) == "Kemi & trucks <i gang 3>", timeout=2000
    )
    box.insertPlainText(" – også lager")
    saver.flush()
    assert store.answers(db, meeting)[(None, "enige", "fokus")].endswith("også lager")


def test_autosave_keeps_the_text_and_reports_when_storing_fails(danish_app, qtbot):
    saver = Autosaver(debounce_ms=50)
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    stored, attempts = [], []

    def save(text):
        attempts.append(text)
        if len(attempts) == 1:
            raise sqlite3.OperationalError("database or disk is full")
        stored.append(text)

    saver.watch_text(box, save)
    with qtbot.waitSignal(saver.failed, timeout=2000) as failure:
        qtbot.keyClicks(box, "vigtigt")
    assert "disken er fuld" in failure.args[0] and "står stadig i vinduet" in failure.args[0]
    assert box.toPlainText() == "vigtigt"
    saver.flush()  # the next try stores it
    assert stored == ["vigtigt"]


def test_a_meeting_from_a_newer_template_is_refused_in_a_danish_dialog(danish_app, qtbot, db, db_path, meeting):
    from drøftelse.ui.app import open_main_window

    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE meeting SET template_version = 99")
    conn.commit()
    conn.close()
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    seen = when_dialog(lambda d: d.accept())
    window.open_meeting(meeting)
    assert "nyere udgave af skabelonen" in seen["text"]
    assert window.view is None


def test_a_database_refused_by_the_core_is_a_danish_dialog(danish_app, tmp_path):
    from drøftelse.ui.app import open_main_window

    path = tmp_path / "ikke-en-database.sqlite"
    path.write_text("dette er et brev", encoding="utf-8")
    seen = when_dialog(lambda d: d.accept())
    assert open_main_window(path) is None
    assert seen["title"] == "Databasen kan ikke åbnes"
    assert "ikke en SQLite-database" in seen["text"] and "Filen er ikke ændret" in seen["text"]
    assert path.read_text(encoding="utf-8") == "dette er et brev"


def test_qt_speaks_danish(danish_app):
    box = QMessageBox(
        QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Ja", "Nej"]
