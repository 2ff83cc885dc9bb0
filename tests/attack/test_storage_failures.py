"""A full disk, a read-only file, a vanished USB stick: the user gets a clear Danish message, the text being
typed stays in the window, and nothing already stored is lost."""

import datetime as dt
import shutil

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from sqlalchemy import event

from drøftelse.domain.errors import DatabaseGone
from drøftelse.store import meetings as store
from drøftelse.store.database import open_database
from drøftelse.ui.autosave import Autosaver


@pytest.fixture
def meeting(db, templates):
    mid = store.create_meeting(
        db, store.create_committee(db, "AMO"), templates.get("kompetencedroeftelse"), "Møde", dt.date(2026, 11, 20)
    )
    store.set_answer(db, mid, None, "enige", "fokus", "allerede gemt")
    return mid


def on_every_connection(db, sql: str) -> None:
    """Make every new connection of the store behave like the failing disk or file."""
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda conn, _: conn.execute(sql))


def type_and_fail(qtbot, db, meeting, text):
    saver = Autosaver(debounce_ms=20)
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    saver.watch_text(box, lambda t: store.set_answer(db, meeting, None, "enige", "fokus", t))
    with qtbot.waitSignal(saver.failed, timeout=3000) as failure:
        box.setPlainText(text)
    assert box.toPlainText() == text  # the words stay in the window
    assert saver.has_pending  # and are tried again on the next edit
    return failure.args[0], saver


def test_a_full_disk(danish_app, qtbot, db, db_path, meeting):
    from drøftelse.store.models import ActionItem  # noqa: F401  (tables mapped before the pages run out)

    conn = db.connect()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    on_every_connection(db, f"PRAGMA max_page_count = {pages}")
    message, _ = type_and_fail(qtbot, db, meeting, "ny tekst " + "ø" * 90_000)
    assert "Teksten kunne ikke gemmes: disken er fuld" in message
    assert store.answers(open_database(db_path), meeting)[(None, "enige", "fokus")] == "allerede gemt"


def test_a_read_only_file(danish_app, qtbot, db, db_path, meeting):
    on_every_connection(db, "PRAGMA query_only = ON")
    message, _ = type_and_fail(qtbot, db, meeting, "ny tekst")
    assert "databasen er skrivebeskyttet" in message
    assert store.answers(open_database(db_path), meeting)[(None, "enige", "fokus")] == "allerede gemt"


def test_a_vanished_usb_stick(danish_app, qtbot, db, db_path, meeting, tmp_path):
    stick = tmp_path / "pulled-out"
    stick.mkdir()
    for suffix in ("", "-wal", "-shm"):
        if db_path.with_name(db_path.name + suffix).exists():
            shutil.move(db_path.with_name(db_path.name + suffix), stick / (db_path.name + suffix))
    message, saver = type_and_fail(qtbot, db, meeting, "skrevet mens nøglen var væk")
    assert "er væk eller udskiftet (er USB-nøglen taget ud?)" in message
    with pytest.raises(DatabaseGone):
        store.answers(db, meeting)
    # the stick comes back: the next save stores the text, and what was stored before is still there
    for f in stick.iterdir():
        shutil.move(f, db_path.parent / f.name)
    saver.flush()
    assert not saver.has_pending
    assert store.answers(db, meeting)[(None, "enige", "fokus")] == "skrevet mens nøglen var væk"
