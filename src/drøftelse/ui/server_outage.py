"""The shared database's server cannot be reached (issue 27, point 3): said once, in a banner, never a dialog per
action, and never "gemt" about what was not stored.

Whatever meets the lost server first – a write, a step changed, a meeting opened, a poll, a task on a worker – hands its
`ServerUnreachable` to `connection_lost` (ui/lost_server.py), and the window's `ServerOutage` takes over: the banner
says since when and what happens to what is typed; the answer boxes keep taking typing, held by the autosaver until the
server is back; everything else that writes is locked (ui/read_only.lock_for_now); an edit that was refused (a renamed
participant, a handleplan cell) keeps its stored value in the table and is listed by name as not stored. Every two
seconds a probe off the GUI thread (ui/tasks.run_task, a short connect and `SELECT 1`) asks the server; meanwhile the
database fails at once (services.database.wait_for_server), so nothing on the GUI thread waits for a timeout. When the
server answers, the held texts are written through their version check (a text changed meanwhile asks), the window is
unlocked, the page read again, and the status line says how many texts were stored and exactly which edits were not.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from drøftelse.domain.errors import ServerUnreachable
from drøftelse.services import database as database_service
from drøftelse.ui.lost_server import connection_lost as connection_lost  # where the window's modules look for it
from drøftelse.ui.translation import translate

PROBE_MS = 2000  # how often the server is asked while it cannot be reached


class OutageBanner(QFrame):
    """Across the top of the window while the server cannot be reached: since when, what happens to what is typed,
    and what was not stored."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outageBanner")
        self.setStyleSheet(
            "QFrame#outageBanner { background: #fde3e0; color: #5c1010; border: 2px solid #c0392b; "
            "border-radius: 4px; }"
        )
        self.setAccessibleName(translate("OutageBanner", "Ingen forbindelse til databaseserveren"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(3)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("border: none; background: transparent; color: #5c1010;")
        layout.addWidget(self.label)
        self.not_stored = QLabel()
        self.not_stored.setWordWrap(True)
        self.not_stored.setStyleSheet("border: none; background: transparent; color: #5c1010; font-weight: bold;")
        self.not_stored.setAccessibleName(translate("OutageBanner", "Ikke gemt"))
        layout.addWidget(self.not_stored)
        self.not_stored.hide()
        self.hide()

    def say(self, server: str, since: dt.datetime, not_stored: list[str]) -> None:
        from PySide6.QtCore import Qt  # here, not when made: Qt's namespace stays off the start (ui/main_window.py)

        for label in (self.label, self.not_stored):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setText(
            translate(
                "OutageBanner",
                "⚠ Forbindelsen til databaseserveren {0} er afbrudt siden kl. {1}. Det, I skriver i tekstfelterne, "
                "bliver stående og gemmes, når forbindelsen er tilbage. Andre ændringer kan ikke gemmes imens, så "
                "resten af vinduet er låst. Vi prøver igen hvert andet sekund.",
            ).format(server, since.strftime("%H:%M"))
        )
        self.not_stored.setText(translate("OutageBanner", "Ikke gemt: {0}").format("; ".join(not_stored)))
        self.not_stored.setVisible(bool(not_stored))
        self.show()


class ServerOutage(QObject):
    """The main window's part: begun by the first `ServerUnreachable`, ended by the first probe that reaches the
    server. `window` has `db`, `view` (the open meeting, or None), `list_page`, `show_message` and a central widget
    to lock."""

    began = Signal()
    ended = Signal(str)  # what the status line says when the server is back

    def __init__(self, window, banner: OutageBanner, clock=dt.datetime.now):
        super().__init__(window)
        self.window, self.banner, self.clock = window, banner, clock
        self.active = False
        self.since: dt.datetime | None = None
        self.server = ""
        self.not_stored: list[str] = []  # edits refused during this outage, in words, in order
        self.not_done: list[str] = []  # work on a worker that ended without the server
        self.stored = 0  # held texts written since the server came back (a flush the server left midway counts)
        self._unlock = None
        self._probe = None  # the probe running on a worker, if one is
        self.timer = QTimer(self)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self.probe)

    def is_for(self, error: ServerUnreachable) -> bool:
        """Whether `error` is about this window's database's server."""
        return getattr(self.window.db, "server", None) == error.server

    # --- the server is gone
    def begin(self, error: ServerUnreachable, not_done: str | None = None) -> None:
        if error.not_stored and error.not_stored not in self.not_stored:
            self.not_stored.append(error.not_stored)
        if not_done and not_done not in self.not_done:
            self.not_done.append(not_done)
        if not self.active:
            self.active = True
            self.server = error.server
            database_service.wait_for_server(self.window.db)  # from now on nothing waits for libpq's timeout
            if self._unlock is None:
                self.since = self.clock()
                self._lock()
            elif self.window.view is not None:  # gone again while the held texts were written: still locked
                self.window.view.outage_began()
            self.timer.start()
            self.began.emit()
        self.banner.say(self.server, self.since, self.not_stored)

    def _lock(self) -> None:
        from drøftelse.ui.read_only import lock_for_now

        view = self.window.view
        spare = set(view.answers.boxes) if view is not None else set()
        if view is not None:
            view.outage_began()
        self._unlock = lock_for_now(self.window.stack, spare)

    # --- asking the server
    def probe(self) -> None:
        """Ask the server off the GUI thread, unless a probe is still out."""
        if not self.active or (self._probe is not None and not self._probe.done):
            return
        from drøftelse.ui.tasks import run_task

        self._probe = run_task(
            database_service.server_answers, self.window.db, on_done=self._answered, on_error=lambda e: None
        )

    def _answered(self, answers: bool) -> None:
        if answers and self.active:
            self.end()

    # --- the server is back
    def end(self) -> None:
        """Write what was held, unlock, read the page again and say what was and was not stored."""
        self.timer.stop()
        self.active = False
        view = self.window.view
        if view is not None:
            view.autosaver.held = False
            self.stored += view.autosaver.flush()  # through the version check: a text changed meanwhile asks
            if self.active:  # the server went again while writing: the texts not written stay held
                return
        if self._unlock is not None:
            self._unlock()
            self._unlock = None
        self.banner.hide()
        if view is not None:
            view.outage_ended()
            if self.active:
                return
        elif self.window.showing_the_list():
            self.window.list_page.refresh()
        text = translate("ServerOutage", "Forbindelsen er tilbage. {0}").format(
            translate("ServerOutage", "1 tekst er gemt.")
            if self.stored == 1
            else translate("ServerOutage", "{0} tekster er gemt.").format(self.stored)
        )
        lost = self.not_stored + self.not_done
        if self.not_stored:
            text += " " + translate("ServerOutage", "Ikke gemt under afbrydelsen: {0} – gør det igen.").format(
                "; ".join(self.not_stored)
            )
        if self.not_done:
            text += " " + translate("ServerOutage", "Ikke udført: {0}.").format("; ".join(self.not_done))
        self.not_stored, self.not_done, self.stored = [], [], 0
        self.window.show_message(text, error=bool(lost))
        self.ended.emit(text)
