"""The phone server (issue 30): a small web server on the laptop's local network address, run by cheroot (a
well-kept WSGI server with TLS) on threads of its own, serving the Flask app of web/app.py.

Nothing listens until the chairs start it, and only on the one address they pick (loopback in tests); it stops
when they stop it, leave the meeting or close the app. The window talks to it through `RoomState`, whose every
field is guarded by one lock: the window sets what the phones may do (the question shown, ideas, a vote), and
reads what came in (`changes`, the forberedelse waiting for the chairs' choice). No Qt here: the window polls.
"""

from __future__ import annotations

import collections
import contextlib
import errno
import secrets
import socket
import threading
from dataclasses import dataclass, field

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import current_language, translate
from drøftelse.domain.phones import (
    DOTS,
    MAX_BODY,
    MAX_IDEAS_PER_PHONE,
    MAX_PHONES,
    PhoneRefused,
    checked_dots,
    grouped,
)

DEFAULT_PORT = 8470
_RUNNING: set[PhoneServer] = set()  # stopped before the interpreter waits for cheroot's (non-daemon) workers


@dataclass
class Vote:
    round: int
    rows: list[tuple[int, str]]  # (action item id, label)
    dots: int = DOTS
    open: bool = True
    ballots: dict[str, collections.Counter] = field(default_factory=dict)  # phone token -> row -> dots (memory only)


class RoomState:
    """What the phones in the room see and may do, set by the chairs; guarded by one lock."""

    def __init__(self):
        self.lock = threading.Lock()
        self.version = 1  # one more whenever what a phone shows changes: the phone's page reloads
        self.question: dict | None = None  # {"heading": …, "lines": […]}: only what the projector shows
        self.step = ""  # the step whose question is shown: ideas are filed under it
        self.ideas_open = False
        self.vote: Vote | None = None
        self.phones: set[str] = set()
        self.idea_counts: collections.Counter = collections.Counter()
        self.changes = 0  # one more with every write from a phone: the window reads again
        self.waiting: list = []  # forberedelse changed elsewhere meanwhile (store.sheets.SheetImport): chairs choose

    def _bump(self) -> None:
        self.version += 1

    def show_question(self, step: str, heading: str, lines: list[str], ideas: bool) -> None:
        with self.lock:
            self.step, self.question, self.ideas_open = step, {"heading": heading, "lines": list(lines)}, ideas
            self._bump()

    def hide_question(self) -> None:
        with self.lock:
            self.question, self.ideas_open = None, False
            self._bump()

    def start_vote(self, round_: int, rows: list[tuple[int, str]], dots: int = DOTS) -> None:
        with self.lock:
            self.vote = Vote(round_, list(rows), checked_dots(dots))
            self._bump()

    def stop_vote(self) -> None:
        with self.lock:
            if self.vote is not None:
                self.vote.open = False
            self._bump()

    def new_phone(self) -> str:
        with self.lock:
            if len(self.phones) >= MAX_PHONES:
                raise PhoneRefused(translate("phones", "Der er ikke plads til flere telefoner i dette møde."))
            token = secrets.token_urlsafe(16)
            self.phones.add(token)
            return token

    def count_idea(self, token: str, step: str) -> None:
        with self.lock:
            if self.idea_counts[(token, step)] >= MAX_IDEAS_PER_PHONE:
                raise PhoneRefused(
                    translate("phones", "Du har sendt {0} idéer til dette spørgsmål – det er det højeste.").format(
                        MAX_IDEAS_PER_PHONE
                    )
                )
            self.idea_counts[(token, step)] += 1

    def take_dot(self, token: str, row: int, delta: int) -> int:
        """Book a dot on the phone's ballot (memory only); returns the round. Refused past the phone's dots."""
        with self.lock:
            vote = self.vote
            if vote is None or not vote.open:
                raise PhoneRefused(translate("phones", "Afstemningen er slut."))
            if row not in {r for r, _ in vote.rows}:
                raise PhoneRefused(translate("phones", "Rækken er ikke med i afstemningen."))
            ballot = vote.ballots.setdefault(token, collections.Counter())
            if delta > 0 and sum(ballot.values()) >= vote.dots:
                raise PhoneRefused(translate("phones", "Du har brugt alle dine prikker."))
            if delta < 0 and ballot[row] <= 0:
                raise PhoneRefused(translate("phones", "Du har ingen prik på den række."))
            ballot[row] += 1 if delta > 0 else -1
            return vote.round

    def give_back_dot(self, token: str, row: int, delta: int) -> None:
        """Undo take_dot when storing the dot failed."""
        with self.lock:
            if self.vote is not None:
                self.vote.ballots.setdefault(token, collections.Counter())[row] -= 1 if delta > 0 else -1

    def phone_changed(self) -> None:
        with self.lock:
            self.changes += 1

    def add_waiting(self, plan) -> None:
        with self.lock:
            self.waiting = [p for p in self.waiting if p.participant_id != plan.participant_id] + [plan]
            self.changes += 1

    def take_waiting(self) -> list:
        with self.lock:
            waiting, self.waiting = self.waiting, []
            return waiting


class PhoneServer:
    """The web server for one meeting. `start()` binds at once (a taken port or an address not on this machine is a
    Danish error then), and serves on its own threads; `stop()` ends it."""

    def __init__(
        self,
        db,
        templates,
        meeting_id: int,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        lang: str | None = None,
        certfile: str | None = None,
        keyfile: str | None = None,
        threads: int = 16,
    ):
        self.db, self.templates, self.meeting_id = db, templates, meeting_id
        self.host, self.port, self.lang = host, port, lang or current_language()
        self.certfile, self.keyfile, self.threads = certfile, keyfile, threads
        self.room = RoomState()
        self._server = None
        self._thread: threading.Thread | None = None

    @property
    def scheme(self) -> str:
        return "https" if self.certfile else "http"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    def url(self, kind_path: str, code: str) -> str:
        """A link as the QR code carries it."""
        return f"{self.address}/{kind_path}/{code}"

    def short_url(self, kind_path: str, code: str) -> str:
        """The same link as a person types it: no scheme for plain HTTP, the code in groups."""
        shown = self.address.removeprefix("http://")
        return f"{shown}/{kind_path}/{grouped(code)}"

    def start(self) -> None:
        from cheroot import wsgi

        from drøftelse.web.app import make_app

        if self.running:
            return
        app = make_app(self)
        server = wsgi.Server(
            (self.host, self.port),
            app,
            numthreads=self.threads,
            server_name="droeftelse",
            timeout=10,
            shutdown_timeout=2,
            accepted_queue_timeout=5,
        )
        server.max_request_body_size = MAX_BODY
        server.max_request_header_size = 16 * 1024
        if self.certfile:
            from cheroot.ssl.builtin import BuiltinSSLAdapter

            try:
                server.ssl_adapter = BuiltinSSLAdapter(self.certfile, self.keyfile or self.certfile)
            except (OSError, ValueError) as e:
                raise DroeftelseError(
                    translate("phones", "Certifikatet kan ikke bruges: {0}").format(getattr(e, "strerror", None) or e)
                ) from None
        try:
            self._probe()
            server.prepare()
        except OSError as e:
            raise DroeftelseError(
                translate(
                    "phones",
                    "Telefonserveren kan ikke starte på {0}:{1}: {2}. Vælg en anden adresse eller port.",
                ).format(self.host, self.port, _bind_error(e))
            ) from None
        self.port = server.bind_addr[1]
        self._server = server
        _RUNNING.add(self)
        self._thread = threading.Thread(target=self._serve, name="phone-server", daemon=True)
        self._thread.start()

    def _probe(self) -> None:
        """Bind the address once by hand, so a refusal comes with its errno (cheroot's own message is English)."""
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((self.host, self.port))

    def _serve(self) -> None:
        with contextlib.suppress(Exception):  # stop() ends serve() with the socket closed under it
            self._server.serve()

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        _RUNNING.discard(self)
        if server is not None:
            server.stop()
        if thread is not None:
            thread.join(timeout=5)


def _bind_error(e: OSError) -> str:
    said = {
        errno.EADDRINUSE: translate("phones", "porten bruges allerede af et andet program"),
        errno.EADDRNOTAVAIL: translate("phones", "adressen hører ikke til denne maskine"),
        errno.EACCES: translate("phones", "porten kræver administratorrettigheder"),
    }
    return said.get(e.errno, e.strerror or str(e))


def _stop_all() -> None:
    for server in list(_RUNNING):
        server.stop()


# threading's own exit hook runs before the interpreter joins non-daemon threads (concurrent.futures uses it too): a
# server nobody stopped (a crash, a test that failed halfway) never keeps the process alive
threading._register_atexit(_stop_all)
