"""Issue 27, point 3: the shared database's server goes away while a chair works, and comes back.

A real PostgreSQL server of this module's own (tests/pg_cluster.py), stopped with `pg_ctl stop -m immediate` and
started again on the same port and data: every shape psycopg gives a lost server is `ServerUnreachable`; the window
says so in one banner (no dialog per action, no "Uventet fejl", no "Gemt" for what was not stored), keeps the typing
in the answer boxes, locks the rest, and when the server is back writes the typing, unlocks and names the edits that
were not stored. The command line says it in one Danish line.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import time

import psycopg
import pytest
from conftest import run_cli

from drøftelse.domain.errors import DatabaseRefused, ServerUnreachable
from drøftelse.services import meetings as service
from drøftelse.store.database import open_database
from drøftelse.store.demo import create_demo_meeting
from drøftelse.store.postgres import lost_connection


@pytest.fixture(scope="module")
def server():
    """A server of this module's own: the session's (`pg_server`) serves other tests and must not be stopped."""
    from pg_cluster import Cluster

    cluster = Cluster(crash_safe=True).start()  # what a chair was told is stored survives the stop
    yield cluster
    cluster.stop()


@pytest.fixture
def url(server):
    name = f"outage_{time.monotonic_ns()}"
    server.sql(f'CREATE DATABASE "{name}"')
    open_database(server.url(name)).dispose()  # at head
    yield server.url(name)
    if not server._accepts():  # a test that failed while the server was down leaves it running for the next
        server.start()


def down(server) -> None:
    server.stop(mode="immediate", remove=False)


# --- the store: every shape of a lost server, and none of the refusals


@pytest.mark.parametrize(
    "error",
    [
        psycopg.OperationalError(
            'connection failed: connection to server at "127.0.0.1", port 5432 failed: Connection refused\n'
            "\tIs the server running on that host and accepting TCP/IP connections?"
        ),
        psycopg.OperationalError("connection failed: connection timeout expired"),
        psycopg.errors.ConnectionTimeout("connection timeout expired"),
        psycopg.OperationalError('could not translate host name "db.kommune.dk" to address'),
        psycopg.OperationalError("connection failed: No route to host"),
        psycopg.OperationalError("consuming input failed: server closed the connection unexpectedly"),
        psycopg.OperationalError("sending query failed: another command is already in progress; broken pipe"),
        psycopg.OperationalError("the connection is closed"),
        psycopg.OperationalError("the connection is lost"),
        psycopg.OperationalError("SSL SYSCALL error: EOF detected"),
        psycopg.errors.AdminShutdown("terminating connection due to administrator command"),
        psycopg.errors.CrashShutdown("terminating connection because of crash of another server process"),
        psycopg.errors.CannotConnectNow("the database system is starting up"),
        psycopg.errors.CannotConnectNow("the database system is shutting down"),
        psycopg.errors.IdleSessionTimeout("terminating connection due to idle-session timeout"),
        psycopg.errors.ConnectionFailure("connection failure"),
        psycopg.errors.ConnectionDoesNotExist("connection does not exist"),
    ],
    ids=lambda e: f"{type(e).__name__}:{str(e)[:40]}",
)
def test_every_shape_of_a_lost_server_is_a_lost_connection(error):
    assert lost_connection(error)


@pytest.mark.parametrize(
    "error",
    [
        psycopg.OperationalError('connection failed: FATAL:  password authentication failed for user "formand"'),
        psycopg.OperationalError('connection failed: FATAL:  database "amo" does not exist'),
        psycopg.OperationalError("connection failed: fe_sendauth: no password supplied"),
        psycopg.errors.UniqueViolation("duplicate key value violates unique constraint"),
        psycopg.errors.LockNotAvailable("could not obtain lock on row"),
        psycopg.errors.QueryCanceled("canceling statement due to statement timeout"),
        psycopg.errors.TooManyConnections("sorry, too many clients already"),
        ValueError("the connection is closed"),  # not psycopg's
    ],
    ids=lambda e: f"{type(e).__name__}:{str(e)[:40]}",
)
def test_a_refusal_is_not_a_lost_connection(error):
    assert not lost_connection(error)


def test_every_path_to_a_stopped_server_says_server_unreachable(qapp, server, url, templates):
    """`qapp`: Qt has set the process's locale, so libpq's reasons come in the user's language ("Opkobling
    nægtet"), as they do in the app."""
    db = open_database(url)
    meeting = create_demo_meeting(db, templates, today=dt.date(2026, 11, 20))
    held_light = db.connect()
    held_orm = db.engine.connect()
    try:
        # an administrator ends our sessions: mid-session on both kinds of connection
        server.sql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{url.rsplit('/', 1)[1]}'")
        with pytest.raises(ServerUnreachable):
            held_light.execute("SELECT 1")
        from sqlalchemy import text

        with pytest.raises(ServerUnreachable):
            held_orm.execute(text("SELECT 1"))
        held_orm.close()
        assert service.participants(db, meeting)  # the next use reconnects by itself
        down(server)
        for use in (
            lambda: service.participants(db, meeting),  # the ORM: pre-ping, reconnect refused
            lambda: service.update_participant(db, service.participants(db, meeting)[0].id, name="X"),
            lambda: db.connect(),  # the light connection's connect
            lambda: service.stored_answers(db, meeting),
        ):
            with pytest.raises(ServerUnreachable) as raised:
                use()
            assert raised.value.server == f"127.0.0.1:{server.port}"
            assert "Der er ikke forbindelse til databaseserveren" in raised.value.message
        # the window waits for the server: nothing waits for a timeout any more, until a probe reaches it
        db.wait_for_server()
        started = time.monotonic()
        with pytest.raises(ServerUnreachable):
            service.participants(db, meeting)
        with pytest.raises(ServerUnreachable):
            db.connect()
        assert time.monotonic() - started < 0.2
        assert db.probe() is False
        server.start()
        with pytest.raises(ServerUnreachable):  # still held: only the probe lets go
            service.participants(db, meeting)
        assert db.probe() is True
        assert service.participants(db, meeting)
    finally:
        held_light.close()
        db.dispose()


def test_the_command_line_says_a_stopped_server_in_one_danish_line(server, url):
    down(server)
    try:
        for args in (["list"], ["demo"]):
            result = run_cli("--db", url, *args)
            assert result.returncode == 2, result.stderr
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
            assert lines[0].startswith(
                f"droeftelse: Der er ikke forbindelse til databaseserveren 127.0.0.1:{server.port}"
            )
            assert "tager ikke imod forbindelser" in lines[0] and "Intet er gemt" in lines[0]
    finally:
        server.start()
    assert run_cli("--db", url, "list").returncode == 0


def test_a_wrong_password_is_still_a_refusal_not_an_outage(server, url):
    with pytest.raises(DatabaseRefused) as raised:
        open_database(url.replace("droeftelse@", "ingen@"))
    assert not isinstance(raised.value, ServerUnreachable)


# --- the window


class Watch:
    """Every modal dialog that opens (closed at once, and remembered) and every error that reaches the app's
    handler of errors in a click."""

    def __init__(self, qtbot):
        from PySide6.QtCore import QTimer

        self.dialogs: list[tuple[str, str]] = []
        self.errors: list[BaseException] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            self.dialogs.append((dialog.windowTitle(), getattr(dialog, "text", lambda: "")()))
            dialog.close()

    def hook(self, kind, value, tb) -> None:
        from drøftelse.ui.app import _show_unexpected_error

        self.errors.append(value)
        _show_unexpected_error(kind, value, tb)


@pytest.fixture
def watch(qtbot, danish_app, monkeypatch):
    """Watch for dialogs and errors for the test's length (its timer stopped after, so no later test's dialog is
    closed by it)."""
    watching = Watch(qtbot)
    monkeypatch.setattr(sys, "excepthook", watching.hook)
    yield watching
    watching.timer.stop()
    watching.timer.deleteLater()


def in_event_loop(qtbot, act) -> None:
    """Run `act` as a click's slot runs: from Qt's event loop, an error it raises going to the app's handler."""
    from PySide6.QtCore import QTimer

    ran = []
    QTimer.singleShot(0, lambda: (ran.append(1), act()))
    qtbot.waitUntil(lambda: bool(ran), timeout=2000)
    qtbot.wait(20)


def screenshot(window, path) -> None:
    """What the window shows, to look at: in the test's folder, and in DROEFTELSE_SCREENSHOTS when it is set."""
    import os
    from pathlib import Path

    window.grab().save(str(path))
    if os.environ.get("DROEFTELSE_SCREENSHOTS"):
        window.grab().save(str(Path(os.environ["DROEFTELSE_SCREENSHOTS"]) / path.name))


def stored_name(url: str, participant_id: int) -> str:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT name FROM participant WHERE id = %s", (participant_id,)).fetchone()[0]


def stored_answer(url: str, meeting: int, step: str, box: str) -> str | None:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT text FROM answer WHERE meeting_id = %s AND participant_id IS NULL AND step = %s AND box = %s",
            (meeting, step, box),
        ).fetchone()
    return row[0] if row else None


def test_the_window_says_the_server_is_gone_keeps_the_typing_and_names_what_was_not_stored(
    qtbot, watch, server, url, templates, tmp_path
):
    from PySide6.QtCore import Qt

    from drøftelse.ui.app import open_main_window
    from drøftelse.ui.tasks import run_task

    db = open_database(url)
    meeting = create_demo_meeting(db, templates, today=dt.date(2026, 11, 20))
    other = create_demo_meeting(db, templates, today=dt.date(2026, 11, 20))
    db.dispose()
    window = open_main_window(url)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(meeting)
    view = window.view
    keys = [s.key for s in view.order]
    for key in ("opsaetning", "handleplan", "enige"):  # each page read once, as the chairs went through them
        view.go_to(keys.index(key))
    setup, plan, box = view.page_for("opsaetning"), view.page_for("handleplan"), view.page.boxes["fokus"]
    person = setup.model.record(0)
    row = plan.model.rows[0]
    box.setFocus()
    qtbot.keyClicks(box, " Før.")
    qtbot.waitUntil(lambda: view.saved_label.text().startswith("Gemt"), timeout=3000)
    typed_before = box.toPlainText()

    down(server)
    lost_at = time.monotonic()
    qtbot.keyClicks(box, " Under afbrydelsen.")
    in_event_loop(qtbot, lambda: setup.model.setData(setup.model.index(0, 0), "Bente Berg"))
    in_event_loop(qtbot, lambda: plan.model.setData(plan.model.index(0, 0), "Ny handling"))
    qtbot.waitUntil(window.outage_banner.isVisible, timeout=3000)
    in_event_loop(qtbot, lambda: view.go_to(keys.index("handleplan")))  # changing step
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    in_event_loop(qtbot, lambda: window.open_meeting(other))  # opening another meeting
    errors_on_worker = []
    task = run_task(service.participants, window.db, meeting, on_error=errors_on_worker.append, label="Deltagerne …")
    task.wait(5000)
    in_event_loop(qtbot, lambda: view.export_pdf(tmp_path / "plan.pdf"))
    qtbot.keyClicks(box, " Mere.")
    screenshot(window, tmp_path / "outage.png")

    assert watch.dialogs == []  # no "Uventet fejl", no dialog per action
    assert all(isinstance(e, ServerUnreachable) for e in watch.errors), watch.errors
    assert errors_on_worker == []
    banner = window.outage_banner.label.text() + "\n" + window.outage_banner.not_stored.text()
    assert re.search(rf"databaseserveren 127\.0\.0\.1:{server.port} er afbrudt siden kl\. \d\d:\d\d", banner), banner
    assert "Det, I skriver i tekstfelterne, bliver stående og gemmes, når forbindelsen er tilbage" in banner
    assert f"Ikke gemt: Navn «Bente Berg» (i stedet for «{person.name}»)" in banner
    assert "Handleplanen, Hvad? «Ny handling»" in banner
    # the rename and the cell were not stored, and the tables do not pretend they were
    assert setup.model.record(0).name == person.name and plan.model.rows[0].hvad == row.hvad
    assert not view.saved_label.text().startswith("Gemt") and "Gemt" not in window.status.text()
    # the page stayed; everything but the answer boxes is locked; the boxes keep what is typed
    assert view.page.step.key == "enige" and view.index == keys.index("enige")
    assert window.view is view
    assert not view.next_button.isEnabled() and not view.steps.isEnabled()
    assert not setup.model.flags(setup.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not plan.model.flags(plan.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not view.header_buttons["back"].isEnabled()
    assert not box.isReadOnly()
    assert box.toPlainText() == typed_before + " Under afbrydelsen. Mere."

    server.start()
    qtbot.waitUntil(lambda: not window.outage_banner.isVisible(), timeout=10_000)
    back_after = time.monotonic() - lost_at
    screenshot(window, tmp_path / "outage_back.png")
    status = window.status.text()
    assert "Forbindelsen er tilbage. 1 tekst er gemt." in status, status
    assert "Ikke gemt under afbrydelsen: Navn «Bente Berg»" in status and "Handleplanen, Hvad? «Ny handling»" in status
    assert "Ikke udført: Deltagerne" in status
    assert stored_answer(url, meeting, "enige", "fokus") == typed_before + " Under afbrydelsen. Mere."
    assert stored_name(url, person.id) == person.name  # reported as not stored, and it was not
    assert watch.dialogs == []
    # the window works again: unlocked, a new edit stored, a step changed
    assert view.next_button.isEnabled() and view.steps.isEnabled()
    assert setup.model.flags(setup.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert setup.model.setData(setup.model.index(0, 0), "Bente Berg")
    assert stored_name(url, person.id) == "Bente Berg"
    assert view.saved_label.text().startswith("Gemt")  # the table's write says "Gemt" itself (issue 31, row 10)
    view.saved_label.clear()  # so the wait below is for the box's own
    qtbot.keyClicks(box, " Efter.")
    qtbot.waitUntil(lambda: view.saved_label.text().startswith("Gemt"), timeout=3000)
    assert stored_answer(url, meeting, "enige", "fokus").endswith(" Efter.")
    view.go_to(keys.index("handleplan"))
    assert view.page.step.key == "handleplan"
    assert back_after < 30
    window.close()


def test_the_unexpected_error_dialog_says_gemt_only_when_it_is_true(qtbot, danish_app):
    from conftest import when_dialog
    from PySide6.QtWidgets import QLineEdit

    from drøftelse.ui.app import _show_unexpected_error
    from drøftelse.ui.autosave import Autosaver

    saver = Autosaver(debounce_ms=60_000, max_wait_ms=60_000)
    edit = QLineEdit()
    saver.watch_text(edit, lambda text: None)
    seen = when_dialog(lambda d: d.accept())
    _show_unexpected_error(RuntimeError, RuntimeError("intern"), None)
    assert seen["title"] == "Uventet fejl"
    assert "er måske ikke gemt" in seen["text"] and "Alt, hvad I har skrevet i tekstfelterne, er gemt." in seen["text"]
    edit.setText("skrevet, ikke gemt endnu")
    seen = when_dialog(lambda d: d.accept())
    _show_unexpected_error(RuntimeError, RuntimeError("intern"), None)
    assert "tekstfelterne, er gemt" not in seen["text"] and "ikke er gemt endnu, står stadig i vinduet" in seen["text"]
    saver.stop()


def test_a_step_changed_or_a_meeting_opened_first_after_the_server_went_is_said_in_the_banner(
    qtbot, watch, server, url, templates
):
    """The first thing to meet the lost server is a step changed, then a meeting opened from the list: the banner,
    not "Uventet fejl"; the step shown stays; when the server is back the meeting opens."""
    from drøftelse.ui.app import open_main_window

    db = open_database(url)
    meeting = create_demo_meeting(db, templates, today=dt.date(2026, 11, 20))
    db.dispose()
    window = open_main_window(url)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(meeting)
    view = window.view
    view.answers.timer.stop()  # nothing polls: the step change is the first to meet the lost server
    keys = [s.key for s in view.order]
    view.go_to(keys.index("opsaetning"))
    down(server)
    in_event_loop(qtbot, lambda: view.go_to(keys.index("rammen")))
    assert window.outage_banner.isVisible() and watch.dialogs == []
    assert view.page.step.key == "opsaetning" and view.steps.currentRow() == keys.index("opsaetning")
    assert "Trinnet kan ikke skiftes" not in window.status.text()  # the banner says it; the step simply stays
    in_event_loop(qtbot, lambda: view.go_to(keys.index("rammen")))
    assert "Trinnet kan ikke skiftes" in window.status.text() and view.page.step.key == "opsaetning"
    server.start()
    qtbot.waitUntil(lambda: not window.outage_banner.isVisible(), timeout=10_000)
    assert "Forbindelsen er tilbage. 0 tekster er gemt." in window.status.text()
    view.go_to(keys.index("rammen"))
    assert view.page.step.key == "rammen"
    assert service.get_meeting(window.db, meeting).current_step == "rammen"

    window.close_meeting()  # the list; the server goes while it shows
    down(server)
    in_event_loop(qtbot, lambda: window.open_meeting(meeting))
    assert window.outage_banner.isVisible() and window.view is None and watch.dialogs == []
    assert "Mødet kan ikke åbnes, mens forbindelsen til databaseserveren er afbrudt." in window.status.text()
    assert all(isinstance(e, ServerUnreachable) for e in watch.errors), watch.errors
    server.start()
    qtbot.waitUntil(lambda: not window.outage_banner.isVisible(), timeout=10_000)
    window.open_meeting(meeting)
    assert window.view is not None and window.view.page.step.key == "rammen"
    assert watch.dialogs == []
    window.close()
