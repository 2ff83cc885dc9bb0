"""Presentation mode (F5) as the chairs meet it: on one screen the projected view covers the laptop and answers
every shortcut of the wizard; on two it goes to the other screen and comes back when that is unplugged; and it
shows only what the room should see."""

import datetime as dt
import json
import os
import subprocess
import sys

from conftest import TESTS, FakeClock
from PySide6.QtCore import QPoint, Qt

from drøftelse.store import meetings as store
from drøftelse.ui.app import open_main_window
from drøftelse.ui.round_timer import clock_text

CTRL, ALT, NONE = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.NoModifier
PEOPLE = [("Mette Kjaer", "Leder"), ("Lukasz Wisniewski", "AMR"), ("Jurate Petrauskiene", "TR")]


def press(qtbot, shown, key, mod=NONE):
    qtbot.keyClick(shown, key, mod)


def test_a_whole_kompetencedroeftelse_by_keyboard_in_presentation_mode(danish_app, qtbot, db_path, db, templates):
    template = templates.get("kompetencedroeftelse")
    mid = store.create_meeting(
        db, store.create_committee(db, "AMO"), template, "Kompetencer 2026", dt.date(2026, 11, 20)
    )
    people = [store.add_participant(db, mid, name, role) for name, role in PEOPLE]
    clock = FakeClock()
    window = open_main_window(db_path, clock=clock)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_meeting(mid)
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_F5)
    shown = view.presentation_window
    assert shown.isVisible() and shown.isFullScreen()
    assert shown.heading.text() == "1. Opsætning"

    press(qtbot, shown, Qt.Key.Key_Right, ALT)
    assert shown.heading.text() == "2. Forberedelse" == view.step_title.text()
    press(qtbot, shown, Qt.Key.Key_PageDown, CTRL)
    # the frame: one numbering in the side list, the heading and on the wall; the purpose projected
    assert view.steps.currentItem().text() == "3. Sæt rammen" == view.step_title.text() == shown.heading.text()
    assert template.purpose in shown.shown_text()
    press(qtbot, shown, Qt.Key.Key_F2)  # write the frame into the chairs' box, seen on the wall as it is typed
    assert shown.writing and shown.write_hint.isVisible()
    qtbot.keyClicks(shown, "60 minutter, en ad gangen.")
    assert "60 minutter, en ad gangen." in shown.agreed.text()
    press(qtbot, shown, Qt.Key.Key_Escape)  # Esc ends the writing, not the presentation
    assert not shown.writing and shown.isVisible()

    # the round: start/pause, the next speaker, the notes stay off the wall
    press(qtbot, shown, Qt.Key.Key_Right, ALT)
    assert shown.speaker.text() == "Mette Kjaer" and shown.clock.isVisible()
    for i in range(len(PEOPLE)):
        press(qtbot, shown, Qt.Key.Key_Space, CTRL)
        assert view.page.timer.running
        clock.advance(100)
        view.page.timer.changed.emit()
        assert shown.clock.text() == view.page.clock.text() == clock_text(view.page.minutes.value() * 60 - 100)
        press(qtbot, shown, Qt.Key.Key_F2)
        qtbot.keyClicks(shown, f"Pointe {i}")
        press(qtbot, shown, Qt.Key.Key_F2)
        assert f"Pointe {i}" not in shown.shown_text()
        press(qtbot, shown, Qt.Key.Key_Space, CTRL)
        assert not view.page.timer.running
        press(qtbot, shown, Qt.Key.Key_Return, CTRL)
        if i < len(PEOPLE) - 1:
            assert shown.speaker.text() == PEOPLE[i + 1][0]
    assert [p.spoken_seconds for p in store.participants(db, mid)] == [100, 100, 100]

    # agreeing: the agreed text is projected as it is written
    press(qtbot, shown, Qt.Key.Key_Right, ALT)
    assert shown.heading.text().startswith("5. Drøft")
    press(qtbot, shown, Qt.Key.Key_F2)
    qtbot.keyClicks(shown, "Kemi og trucks")
    press(qtbot, shown, Qt.Key.Key_F2)
    assert "Kemi og trucks" in shown.shown_text()

    # B blanks the screen and brings it back, as in PowerPoint
    press(qtbot, shown, Qt.Key.Key_B)
    assert shown.blanked and shown.shown_text() == ""
    press(qtbot, shown, Qt.Key.Key_B)
    assert not shown.blanked and "Kemi og trucks" in shown.shown_text()

    press(qtbot, shown, Qt.Key.Key_PageDown)  # a presenter's clicker
    assert shown.heading.text().startswith("6. Aftal")
    press(qtbot, shown, Qt.Key.Key_Right, ALT)
    assert shown.heading.text() == "7. Handleplan"
    press(qtbot, shown, Qt.Key.Key_N, CTRL)  # a new row in the handleplan
    assert view.page.model.rowCount() == 1 and shown.lines.text().startswith("•  1.")
    press(qtbot, shown, Qt.Key.Key_Right, ALT)
    assert view.step_key() == "afslut" and shown.heading.text() == "8. Afslut"
    press(qtbot, shown, Qt.Key.Key_Left, ALT)
    assert view.step_key() == "handleplan"
    press(qtbot, shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()

    view.flush()
    texts = store.answers(db, mid)
    assert texts[(None, "rammen", "rammen")] == "60 minutter, en ad gangen."
    assert [texts[(p, "runde", "pointer")] for p in people] == ["Pointe 0", "Pointe 1", "Pointe 2"]
    assert texts[(None, "enige", "fokus")] == "Kemi og trucks"


def test_the_control_strip_hides_itself_and_comes_back_with_the_mouse(danish_app, qtbot, db_path, db, templates):
    from drøftelse.store.demo import create_demo_meeting

    mid = create_demo_meeting(db, templates, today=dt.date(2026, 11, 20))
    window = open_main_window(db_path, clock=FakeClock())
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(mid)
    window.view.go_to_step("runde")
    window.view.toggle_presentation()
    shown = window.view.presentation_window
    assert shown.strip.isVisible() and shown.strip_timer.isActive()
    shown.strip_timer.timeout.emit()  # the mouse has rested
    assert not shown.strip.isVisible()
    window.move(shown.geometry().right() + 20, 0)  # beside the wall, as on its own screen: the mouse is on the wall
    qtbot.mouseMove(shown, QPoint(200, 200))
    qtbot.mouseMove(shown, QPoint(220, 240))
    qtbot.waitUntil(shown.strip.isVisible)
    speaker = shown.speaker.text()
    qtbot.mouseClick(shown.strip_buttons["blank"], Qt.MouseButton.LeftButton)
    assert shown.blanked
    qtbot.mouseClick(shown.strip_buttons["blank"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(shown.strip_buttons["timer"], Qt.MouseButton.LeftButton)
    assert window.view.page.timer.running
    qtbot.mouseClick(shown.strip_buttons["speaker"], Qt.MouseButton.LeftButton)
    assert shown.speaker.text() != speaker
    qtbot.mouseClick(shown.strip_buttons["close"], Qt.MouseButton.LeftButton)
    assert not shown.isVisible()


def test_the_wall_never_shows_a_members_overdue_training(danish_app, qtbot, db_path, db, templates):
    from drøftelse.store import annual_members as annual_store
    from drøftelse.store.demo import create_annual_demo

    annual = create_annual_demo(db, templates, today=dt.date(2026, 11, 20))
    # a member elected three years ago who has not taken the obligatory course: overdue
    annual_store.add_member(db, store.get_meeting(db, annual).committee_id, "Tomasz Nowak", "AMR", dt.date(2023, 1, 9))
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(annual)
    view = window.view
    page = view.page_for("uddannelse")
    view.go_to_step("uddannelse")
    model = page.member_model
    statuses = [model.index(r, model.COL_STATUS).data() for r in range(model.rowCount())]
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any("overskredet" in s.lower() for s in statuses), statuses  # the chairs see it on their screen
    qtbot.keyClick(view, Qt.Key.Key_F5)
    shown = view.presentation_window
    wall = shown.shown_text()
    assert wall.startswith(view.step_title.text())
    for name, status in zip(names, statuses, strict=True):
        assert name not in wall and status not in wall
    for key in [s.key for s in view.template.steps]:  # nor on any other step of the annual discussion
        view.go_to_step(key)
        wall = shown.shown_text()
        assert not any(f"{n}: " in wall for n in names) and not any(s in wall for s in statuses if s), key


def test_the_main_controls_have_accessible_names(danish_app, qtbot, db_path, db, templates):
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QListWidget, QPlainTextEdit, QTableView

    from drøftelse.store.demo import create_demo_meeting

    mid = create_demo_meeting(db, templates, today=dt.date(2026, 11, 20))
    window = open_main_window(db_path, clock=FakeClock())
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(mid)
    view = window.view
    kinds = (QAbstractButton, QAbstractSpinBox, QListWidget, QPlainTextEdit, QTableView)
    for key in [s.key for s in view.template.steps]:
        view.go_to_step(key)
        controls = [w for kind in kinds for w in view.findChildren(kind) if w.isVisible()]
        controls = [w for w in controls if not isinstance(w.parent(), QTableView)]  # a table's corner button
        # what a screen reader reads: the accessible name, or a button's own text
        heard = {w: QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name) for w in controls}
        nameless = [type(w).__name__ for w, name in heard.items() if not name.strip()]
        assert not nameless, (key, nameless)
    for control in (view.steps, view.next_button, view.back_button, view.screen_button, view.step_title):
        assert control.accessibleName()
    view.toggle_presentation()
    shown = view.presentation_window
    assert all(b.accessibleName() for b in shown.strip_buttons.values())
    assert shown.accessibleName() == "Præsentation"


TWO_SCREENS = {
    "screens": [
        {
            "name": "Laptop",
            "x": 0,
            "y": 0,
            "width": 1366,
            "height": 768,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
        {
            "name": "Projektor",
            "x": 1366,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
    ]
}


def test_two_screens_the_view_goes_to_the_projector_and_back_when_it_is_unplugged(tmp_path, db_path, db, templates):
    from drøftelse.store.demo import create_demo_meeting

    mid = create_demo_meeting(db, templates, today=dt.date(2026, 11, 20))
    db.dispose()
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(TWO_SCREENS), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, str(TESTS / "two_screens_window.py"), str(db_path), str(mid)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["screens"] == ["Laptop", "Projektor"]
    assert seen["f5"] == {"view": "Projektor", "geometry": [1366, 0, 1920, 1080], "chairs": "Laptop"}
    assert seen["menu"] == ["Den anden skærm (projektoren)", "Laptop – 1366×768", "Projektor – 1920×1080"]
    assert seen["chosen"]["view"] == "Laptop"  # the chairs chose the laptop itself (a mirrored projector)
    assert seen["unplugged"]["view"] == "Laptop" and seen["unplugged"]["geometry"] == [0, 0, 1366, 768]
    assert seen["unplugged"]["speaker"] == seen["f5_speaker"] != ""  # the same speaker, time and notes as before
    assert seen["unplugged"]["clock"] == seen["f5_clock"] and seen["notes_kept"]


def test_the_projector_is_filled_says_nothing_for_the_chairs_and_f2_joins_with_a_space(
    danish_app, qtbot, db_path, db, templates
):
    """Issue 31, item 4: on a 1920×1080 projector the type grows until the content fills the screen (and shrinks on
    a small one without cutting a word); the room never reads the chairs' "Klar – tryk Start"; the frame's
    purpose is not said twice; F2 joins what is typed to the text already there with a space."""
    template = templates.get("kompetencedroeftelse")
    mid = store.create_meeting(
        db, store.create_committee(db, "AMO"), template, "Kompetencer 2026", dt.date(2026, 11, 20)
    )
    for name, role in PEOPLE:
        store.add_participant(db, mid, name, role)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(mid)
    view = window.view
    steps = [s.key for s in view.template.steps]
    view.go_to(steps.index("runde"))
    view.toggle_presentation()
    shown = view.presentation_window
    assert "tryk Start" not in shown.shown_text() and not shown.state.isVisible()  # the chairs' page says it
    assert "tryk Start" in view.page.state.text()
    heights = {}
    for size in ((1920, 1080), (800, 600)):
        shown.showNormal()
        shown.resize(*size)
        shown.fit_type()
        assert (shown.width(), shown.height()) == size
        content = shown.content.layout().totalHeightForWidth(size[0])
        heights[size] = (content, shown.scale)
        assert content <= size[1]  # nothing runs off the screen
    big, small = heights[(1920, 1080)], heights[(800, 600)]
    assert big[0] > 0.75 * (1080 - shown.strip.sizeHint().height())  # the projector is filled, not its top-left
    assert big[1] > 1.4 > small[1]  # larger type on the large screen than the fixed 1366-based scale gave

    view.go_to(steps.index("rammen"))
    box = next(iter(view.page.boxes.values()))
    box.setPlainText("Formål: at blive enige. Ramme: 60 min.")
    view.refresh_presentation()
    assert shown.shown_text().count("Formål") == 1  # the group's own purpose, said once
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    press(qtbot, shown, Qt.Key.Key_F2)
    qtbot.keyClicks(shown, "Vi lytter.")
    press(qtbot, shown, Qt.Key.Key_F2)
    assert box.toPlainText() == "Formål: at blive enige. Ramme: 60 min. Vi lytter."
