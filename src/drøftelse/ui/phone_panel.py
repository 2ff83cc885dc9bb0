"""Deltag fra telefon (issue 30): the chairs start the phone server on the address they pick, show its QR code and
short address, hand out a participant's forberedelse link or the hearing's links, show the step's question on the
phones, take the room's ideas into the agreed text, and run a dot-vote on the handleplan's rows.

The server runs on threads of its own (web/server.py); this window only sets what the phones may do and polls, once
a second, whether anything came in, reading it then through the services. Nothing here waits on the network.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain.errors import DroeftelseError
from drøftelse.services import phones
from drøftelse.ui.translation import translate

POLL_MS = 1000
PROJECTED_IDEAS = 6  # the newest ideas not yet settled, on the projector


def local_addresses() -> list[str]:
    """The laptop's IPv4 addresses on interfaces that are up, the local network's first and loopback last."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    found = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp or not flags & QNetworkInterface.InterfaceFlag.IsRunning:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(ip.toString())
    found = sorted(set(found), key=lambda a: (a.startswith("127."), a))
    return found or ["127.0.0.1"]


def qr_pixmap(text: str, size: int) -> QPixmap:
    """The QR code of `text`, black on white, `size` pixels square (whole pixels per module, so it scans)."""
    from drøftelse.web.qr import qr_matrix

    matrix = qr_matrix(text)
    n = len(matrix)
    scale = max(1, size // n)
    image = QImage(QSize(n * scale, n * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * scale, y * scale, scale, scale, QColor("black"))
    painter.end()
    return QPixmap.fromImage(image)


class PhonePanel(QDialog):
    """The chairs' window for the phones of one meeting: beside the meeting, never modal."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.db, self.templates, self.meeting_id = view.db, view.templates, view.meeting_id
        self.server = None
        self.certificate: tuple[str, str] | None = None
        self._seen_changes = -1
        self._people: list[tuple[int, str]] = []
        self._ideas_step: str | None = None
        self._idea_items: dict[int, QListWidgetItem] = {}
        self.setWindowTitle(translate("PhonePanel", "Deltag fra telefon"))
        self.setAccessibleName(translate("PhonePanel", "Deltag fra telefon"))
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("PhonePanel", "Netværk:")))
        self.address_box = QComboBox()
        self.address_box.setAccessibleName(translate("PhonePanel", "Den adresse, telefonerne skal bruge"))
        self.address_box.setToolTip(
            translate("PhonePanel", "Serveren lytter kun på denne adresse: vælg det net, deltagerne er på")
        )
        for address in local_addresses():
            self.address_box.addItem(address, address)
        top.addWidget(self.address_box, 1)
        self.certificate_button = QPushButton(translate("PhonePanel", "Certifikat …"))
        self.certificate_button.setToolTip(
            translate("PhonePanel", "Brug HTTPS med organisationens certifikat og nøgle (PEM-filer)")
        )
        self.certificate_button.clicked.connect(lambda: self.choose_certificate())
        top.addWidget(self.certificate_button)
        self.start_button = QPushButton(translate("PhonePanel", "Start"))
        self.start_button.clicked.connect(lambda: self.toggle_server())
        top.addWidget(self.start_button)
        layout.addLayout(top)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(translate("PhonePanel", "Telefonserverens status"))
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # never cut
        layout.addWidget(self.status)

        room_row = QHBoxLayout()
        self.qr = QLabel()
        self.qr.setAccessibleName(translate("PhonePanel", "QR-kode til mødet"))
        self.qr.setFixedSize(150, 150)
        room_row.addWidget(self.qr)
        room_text = QVBoxLayout()
        self.room_address = QLabel()
        self.room_address.setTextFormat(Qt.TextFormat.PlainText)
        self.room_address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.room_address.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.room_address.setAccessibleName(translate("PhonePanel", "Mødets adresse"))
        self.room_address.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        room_text.addWidget(self.room_address)
        self.new_room_code = QPushButton(translate("PhonePanel", "Ny kode til mødet"))
        self.new_room_code.setToolTip(translate("PhonePanel", "Træk mødets kode tilbage; telefonerne skal scanne igen"))
        self.new_room_code.clicked.connect(lambda: self.renew_room_link())
        room_text.addWidget(self.new_room_code)
        room_text.addStretch(1)
        room_row.addLayout(room_text, 1)
        layout.addLayout(room_row)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._room_tab(), translate("PhonePanel", "I mødet"))
        self.tabs.addTab(self._preparation_tab(), translate("PhonePanel", "Forberedelse"))
        self.tabs.addTab(self._hearing_tab(), translate("PhonePanel", "Høring"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout.addWidget(self.tabs, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        for shown in (self.ideas, self.results):
            shown.setMinimumHeight(70)
        self.resize(660, 780)
        self._show_state()

    # --- tabs
    def _room_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.show_question = QCheckBox(
            translate("PhonePanel", "Vis trinnets spørgsmål på telefonerne og tag imod idéer")
        )
        self.show_question.toggled.connect(lambda on: self.signal_question(on))
        layout.addWidget(self.show_question)
        self.ideas = QListWidget()
        self.ideas.setAccessibleName(translate("PhonePanel", "Idéer fra telefonerne"))
        self.ideas.setWordWrap(True)
        layout.addWidget(self.ideas, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("PhonePanel", "Tag med i:")))
        self.idea_box = QComboBox()
        self.idea_box.setAccessibleName(translate("PhonePanel", "Feltet idéen tages med i"))
        row.addWidget(self.idea_box, 1)
        self.accept_button = QPushButton(translate("PhonePanel", "Tag med i teksten"))
        self.accept_button.clicked.connect(lambda: self.accept_idea())
        row.addWidget(self.accept_button)
        self.reject_button = QPushButton(translate("PhonePanel", "Afvis"))
        self.reject_button.clicked.connect(lambda: self.reject_idea())
        row.addWidget(self.reject_button)
        layout.addLayout(row)
        vote = QHBoxLayout()
        vote.addWidget(QLabel(translate("PhonePanel", "Prikker pr. telefon:")))
        self.dots = QSpinBox()
        self.dots.setRange(1, 10)
        self.dots.setValue(3)
        self.dots.setAccessibleName(translate("PhonePanel", "Prikker pr. telefon"))
        vote.addWidget(self.dots)
        self.vote_button = QPushButton(translate("PhonePanel", "Start afstemning om handleplanen"))
        self.vote_button.setToolTip(
            translate("PhonePanel", "Hver telefon fordeler sine prikker på mødets handleplanrækker")
        )
        self.vote_button.clicked.connect(lambda: self.toggle_vote())
        vote.addWidget(self.vote_button, 1)
        layout.addLayout(vote)
        self.results = QListWidget()
        self.results.setAccessibleName(translate("PhonePanel", "Afstemningens resultat"))
        layout.addWidget(self.results, 1)
        return tab

    def _preparation_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(
            QLabel(translate("PhonePanel", "Vælg en deltager, og vis dem deres personlige QR-kode (kun deres)."))
        )
        row = QHBoxLayout()
        self.people = QListWidget()
        self.people.setAccessibleName(translate("PhonePanel", "Deltagere"))
        self.people.currentRowChanged.connect(lambda _row: self.show_person_link())
        row.addWidget(self.people, 1)
        person = QVBoxLayout()
        self.person_qr = QLabel()
        self.person_qr.setFixedSize(150, 150)
        self.person_qr.setAccessibleName(translate("PhonePanel", "Deltagerens QR-kode"))
        person.addWidget(self.person_qr)
        self.person_address = QLabel()
        self.person_address.setWordWrap(True)
        self.person_address.setTextFormat(Qt.TextFormat.PlainText)
        self.person_address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.person_address.setAccessibleName(translate("PhonePanel", "Deltagerens adresse"))
        person.addWidget(self.person_address)
        self.revoke_person = QPushButton(translate("PhonePanel", "Træk linket tilbage"))
        self.revoke_person.clicked.connect(lambda: self.revoke_person_link())
        person.addWidget(self.revoke_person)
        person.addStretch(1)
        row.addLayout(person)
        layout.addLayout(row, 1)
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.waiting.setAccessibleName(translate("PhonePanel", "Forberedelse der venter"))
        layout.addWidget(self.waiting)
        self.waiting_button = QPushButton(translate("PhonePanel", "Se og vælg …"))
        self.waiting_button.clicked.connect(lambda: self.settle_waiting())
        layout.addWidget(self.waiting_button)
        self._waiting: list = []
        return tab

    def _hearing_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(
            QLabel(
                translate(
                    "PhonePanel",
                    "Hver ansat får sit eget link (én gang, anonymt), som et høringsark med engangskode.",
                )
            )
        )
        row = QHBoxLayout()
        self.hearing_count = QSpinBox()
        self.hearing_count.setRange(1, 2000)
        self.hearing_count.setValue(10)
        self.hearing_count.setAccessibleName(translate("PhonePanel", "Antal høringslinks"))
        row.addWidget(self.hearing_count)
        self.hearing_button = QPushButton(translate("PhonePanel", "Lav høringslinks"))
        self.hearing_button.clicked.connect(lambda: self.make_hearing_links())
        row.addWidget(self.hearing_button)
        self.hearing_save = QPushButton(translate("PhonePanel", "Gem som tekst …"))
        self.hearing_save.setToolTip(translate("PhonePanel", "Linkene i en tekstfil, til at sende eller udskrive"))
        self.hearing_save.clicked.connect(lambda: self.save_hearing_links())
        row.addWidget(self.hearing_save)
        layout.addLayout(row)
        self.hearing_links = QListWidget()
        self.hearing_links.setAccessibleName(translate("PhonePanel", "Høringslinks"))
        layout.addWidget(self.hearing_links, 1)
        self.revoke_hearing = QPushButton(translate("PhonePanel", "Træk det valgte link tilbage"))
        self.revoke_hearing.clicked.connect(lambda: self.revoke_hearing_link())
        layout.addWidget(self.revoke_hearing)
        return tab

    # --- the server
    def choose_certificate(self, certfile: str | None = None, keyfile: str | None = None) -> None:
        if certfile is None:
            certfile, _ = QFileDialog.getOpenFileName(
                self, translate("PhonePanel", "Vælg certifikatet (PEM)"), "", "PEM (*.pem *.crt);;* (*)"
            )
            if not certfile:
                return
            keyfile, _ = QFileDialog.getOpenFileName(
                self, translate("PhonePanel", "Vælg nøglen (PEM)"), "", "PEM (*.pem *.key);;* (*)"
            )
        self.certificate = (certfile, keyfile or certfile)
        self._show_state()

    def toggle_server(self) -> None:
        if self.server is not None:
            self.stop_server()
        else:
            self.start_server()

    def start_server(self, host: str | None = None, port: int | None = None) -> bool:
        from drøftelse.domain.i18n import current_language
        from drøftelse.web.server import DEFAULT_PORT, PhoneServer

        host = host or self.address_box.currentData()
        if self.address_box.findData(host) < 0:
            self.address_box.addItem(host, host)
        self.address_box.setCurrentIndex(self.address_box.findData(host))
        cert, key = self.certificate or (None, None)
        for chosen in (port,) if port is not None else (DEFAULT_PORT, 0):  # the usual port, else any free one
            server = PhoneServer(self.db, self.templates, self.meeting_id, host, chosen, current_language(), cert, key)
            try:
                server.start()
                break
            except DroeftelseError as e:
                error = e
        else:
            QMessageBox.warning(self, translate("PhonePanel", "Telefonserveren kunne ikke starte"), error.message)
            return False
        self.server = server
        try:
            self.room_link = phones.link_for(self.db, self.meeting_id, phones.ROOM)
        except DroeftelseError as e:
            self.stop_server()
            QMessageBox.warning(self, translate("PhonePanel", "Telefonserveren kunne ikke starte"), e.message)
            return False
        self.timer.start()
        self._show_state()
        self.refresh()
        self.view.refresh_presentation()
        return True

    def stop_server(self) -> None:
        if self.server is not None:
            self.server.stop()
            self._waiting += self.server.room.take_waiting()  # still the chairs' to settle after the server stops
        self.server = None
        self.timer.stop()
        self.show_question.setChecked(False)
        self._show_state()
        self.view.refresh_presentation()

    def _show_state(self) -> None:
        running = self.server is not None
        self.start_button.setText(translate("PhonePanel", "Stop") if running else translate("PhonePanel", "Start"))
        self.address_box.setEnabled(not running)
        self.certificate_button.setEnabled(not running)
        for w in (self.tabs, self.new_room_code):
            w.setEnabled(running)
        if not running:
            self.status.setText(
                translate(
                    "PhonePanel",
                    "Telefonerne kan ikke nå mødet, før I trykker Start. Serveren kører kun, mens I har den tændt, "
                    "og stopper, når I forlader mødet eller lukker programmet.",
                )
            )
            self.qr.clear()
            self.room_address.clear()
            return
        if self.server.scheme == "https":
            security = translate("PhonePanel", "HTTPS med jeres certifikat.")
        else:
            security = translate(
                "PhonePanel",
                "Almindelig HTTP på det lokale net: det sendte er ikke krypteret på vej gennem nettet. Brug et net, "
                "I stoler på, eller HTTPS med organisationens certifikat.",
            )
        self.status.setText(
            translate("PhonePanel", "Telefonserveren kører på {0}. {1}").format(self.server.address, security)
        )
        self.qr.setPixmap(qr_pixmap(self.room_url(), 150))
        host, _, path = self.room_short().partition("/")
        self.room_address.setText(f"{host}\n/{path}")  # two lines, each whole: never wrapped inside the code

    def room_url(self) -> str:
        return self.server.url("r", self.room_link.code)

    def room_short(self) -> str:
        return self.server.short_url("r", self.room_link.code)

    def renew_room_link(self) -> None:
        phones.revoke(self.db, self.room_link.id)
        self.room_link = phones.link_for(self.db, self.meeting_id, phones.ROOM)
        self._show_state()
        self.view.refresh_presentation()

    # --- what came in
    def poll(self) -> None:
        if self.server is None:
            return
        changes = self.server.room.changes
        if changes != self._seen_changes:
            self._seen_changes = changes
            self.refresh()

    def refresh(self) -> None:
        if self.server is None:
            return
        self._waiting += self.server.room.take_waiting()
        self._fill_ideas()
        self._fill_results()
        shown = self.tabs.currentIndex()  # a tab not shown is filled when it is (no write, no wait, every second)
        if shown == 1:
            self._fill_people()
        elif shown == 2:
            self._fill_hearing()
        waiting = translate("PhonePanel", "{0} deltager(e) har sendt forberedelse, hvor der allerede står noget andet.")
        self.waiting.setText(
            waiting.format(len(self._waiting))
            if self._waiting
            else translate("PhonePanel", "Ingen forberedelse venter på jeres valg.")
        )
        self.waiting_button.setEnabled(bool(self._waiting))
        self.view.refresh_presentation()

    def _fill_ideas(self) -> None:
        """The step's ideas, newest last: items are added and changed, never rebuilt, so a room that sent a thousand
        costs the window no more than one that sent ten."""
        step = self.view.step_key()
        if step != self._ideas_step:
            self._ideas_step, self._idea_items = step, {}
            self.ideas.clear()
            self.idea_box.clear()
            for box in self.view.page.step.boxes:
                self.idea_box.addItem(box.label, box.key)
        # only what came since: a settled idea is marked where the chairs settle it (accept_idea, reject_idea)
        for idea in phones.ideas(self.db, self.meeting_id, step, after=max(self._idea_items, default=0)):
            item = self._idea_items[idea.id] = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, idea.id)
            self.ideas.addItem(item)
            self._mark(idea)
        self.accept_button.setEnabled(self.idea_box.count() > 0 and not self.view.locked)
        self.reject_button.setEnabled(not self.view.locked)

    def _mark(self, idea) -> None:
        """An idea's line: taken into the text, rejected, or new."""
        marks = {"ny": "", "taget": translate("PhonePanel", "✓ taget med: "), "afvist": translate("PhonePanel", "✗ ")}
        item = self._idea_items.get(idea.id)
        if item is not None:
            item.setText(marks.get(idea.state, "") + idea.text)

    def shown_ideas(self) -> list[str]:
        """The step's newest ideas not yet settled, newest last: what the projector shows."""
        if self.server is None:
            return []
        return [i.text for i in phones.ideas(self.db, self.meeting_id, self.view.step_key(), "ny", PROJECTED_IDEAS)]

    def vote_lines(self) -> list[tuple[str, int]]:
        """(row, dots) of the vote running or last run, most dots first."""
        room = self.server.room if self.server is not None else None
        if room is None or room.vote is None:
            return []
        totals = phones.vote_totals(self.db, self.meeting_id, room.vote.round)
        lines = [(label, totals.get(i, 0)) for i, label in room.vote.rows]
        return sorted(lines, key=lambda x: -x[1])

    def _fill_results(self) -> None:
        self.results.clear()
        for label, dots in self.vote_lines():
            self.results.addItem(f"{'●' * min(dots, 40)}  {dots}  {label}")
        running = self.server is not None and self.server.room.vote is not None and self.server.room.vote.open
        self.vote_button.setText(
            translate("PhonePanel", "Stop afstemningen")
            if running
            else translate("PhonePanel", "Start afstemning om handleplanen")
        )

    def _fill_people(self) -> None:
        """The participants, read again; a participant's link is made (a write) only when the chairs choose them."""
        from drøftelse.services import meetings

        people = [(p.id, p.name) for p in meetings.participants(self.db, self.meeting_id)]
        if people == self._people:
            return
        self._people = people
        chosen = self._chosen_person()
        self.people.blockSignals(True)
        self.people.clear()
        for pid, name in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.people.addItem(item)
            if pid == chosen:
                self.people.setCurrentItem(item)
        self.people.blockSignals(False)
        if self.people.currentItem() is None and self.people.count():
            self.people.setCurrentRow(0)  # the first participant's code at once (a link is made once, then kept)
        elif self._chosen_person() != chosen:
            self.show_person_link()

    def _fill_hearing(self) -> None:
        self.hearing_links.clear()
        for link in phones.links(self.db, self.meeting_id):
            if link.kind != phones.HEARING or link.revoked:
                continue
            used = translate("PhonePanel", "  (svaret)") if link.used else ""
            item = QListWidgetItem(f"{link.number}.  {self.server.short_url('h', link.code)}{used}")
            item.setData(Qt.ItemDataRole.UserRole, link.id)
            self.hearing_links.addItem(item)

    # --- the room's question and ideas
    def signal_question(self, on: bool) -> None:
        if self.server is None:
            return
        if on:
            self.follow_step()
        else:
            self.server.room.hide_question()

    def follow_step(self) -> None:
        """The step changed, or the chairs gave the signal: the phones show the step's question as the projector
        does."""
        if self.server is None:
            return
        if self.show_question.isChecked():
            content = self.view.page.presentation()
            self.server.room.show_question(
                self.view.step_key(), self.view.shown_heading(), content.get("lines", []), ideas=True
            )
        self.refresh()

    def _chosen_idea(self) -> int | None:
        item = self.ideas.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def accept_idea(self, idea_id: int | None = None, box: str | None = None) -> bool:
        idea_id = idea_id or self._chosen_idea()
        box = box or self.idea_box.currentData()
        if idea_id is None or box is None:
            return False
        self.view.flush()
        try:
            self._mark(phones.accept_idea(self.db, self.meeting_id, idea_id, self.view.step_key(), box))
        except DroeftelseError as e:
            self.view.message.emit(e.message, True)
            return False
        self.view.page.enter()  # the box shows the idea taken in
        self.refresh()
        return True

    def reject_idea(self, idea_id: int | None = None) -> None:
        idea_id = idea_id or self._chosen_idea()
        if idea_id is None:
            return
        try:
            self._mark(phones.reject_idea(self.db, self.meeting_id, idea_id))
        except DroeftelseError as e:
            self.view.message.emit(e.message, True)
        self.refresh()

    # --- the vote
    def toggle_vote(self) -> None:
        room = self.server.room
        if room.vote is not None and room.vote.open:
            room.stop_vote()
        else:
            self.start_vote()
        self.refresh()

    def start_vote(self, row_ids: list[int] | None = None) -> bool:
        from drøftelse.services import meetings

        if row_ids is None:
            row_ids = [r.id for r in meetings.action_items(self.db, self.meeting_id)]
        try:
            rows = phones.vote_rows(self.db, self.meeting_id, row_ids)
            if not rows:
                raise DroeftelseError(translate("PhonePanel", "Mødet har ingen handleplanrækker at stemme om endnu."))
            self.server.room.start_vote(phones.next_round(self.db, self.meeting_id), rows, self.dots.value())
        except DroeftelseError as e:
            self.view.message.emit(e.message, True)
            return False
        self.refresh()
        return True

    # --- forberedelse
    def _chosen_person(self) -> int | None:
        item = self.people.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def person_link(self):
        person = self._chosen_person()
        if person is None or self.server is None:
            return None
        return phones.link_for(self.db, self.meeting_id, phones.PREPARATION, person)

    def show_person_link(self) -> None:
        try:
            link = self.person_link()
        except DroeftelseError as e:
            self.person_address.setText(e.message)
            return
        self.revoke_person.setEnabled(link is not None)
        if link is None:
            self.person_qr.clear()
            self.person_address.clear()
            return
        self.person_qr.setPixmap(qr_pixmap(self.server.url("f", link.code), 150))
        self.person_address.setText(f"{link.participant}\n{self.server.short_url('f', link.code)}")

    def revoke_person_link(self) -> None:
        link = self.person_link()
        if link is not None:
            phones.revoke(self.db, link.id)
            self.show_person_link()

    def settle_waiting(self) -> None:
        """The forberedelse that met text written elsewhere: the same choice as for a returned sheet."""
        from pathlib import PurePath

        from drøftelse.ui.sheet_import import SheetImportDialog

        if not self._waiting:
            return
        results = [(PurePath(translate("PhonePanel", "fra telefon")), plan) for plan in self._waiting]
        dialog = SheetImportDialog(results, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_waiting({plan.participant_id: dialog.choices(plan.participant_id) for plan in self._waiting})

    def keep_both_waiting(self) -> int:
        """Leaving the meeting with forberedelse still waiting: both texts are kept, so nothing sent is lost."""
        if not self._waiting:
            return 0
        return self.apply_waiting({p.participant_id: {c.box: "begge" for c in p.changes} for p in self._waiting})

    def apply_waiting(self, choices: dict[int, dict[str, str]]) -> int:
        from drøftelse.services.exchange import apply_imports

        plans, self._waiting = self._waiting, []
        try:
            changed = apply_imports(
                self.db, self.templates, self.meeting_id, [(p, choices.get(p.participant_id, {})) for p in plans]
            )
        except DroeftelseError as e:
            self.view.message.emit(e.message, True)
            return 0
        if self.view.index >= 0:
            self.view.page.enter()
        self.refresh()
        return changed

    # --- the hearing
    def make_hearing_links(self, count: int | None = None) -> list:
        try:
            made = phones.hearing_links(self.db, self.templates, self.meeting_id, count or self.hearing_count.value())
        except DroeftelseError as e:
            QMessageBox.warning(self, translate("PhonePanel", "Høringslinks"), e.message)
            return []
        self.tabs.setCurrentIndex(2)  # where the links are listed
        self.refresh()
        return made

    def save_hearing_links(self, path: str | None = None) -> None:
        from pathlib import Path

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, translate("PhonePanel", "Gem høringslinks"), "hoeringslinks.txt", "Tekst (*.txt)"
            )
            if not path:
                return
        lines = [
            f"{link.number}. {self.server.url('h', link.code)}"
            for link in phones.links(self.db, self.meeting_id)
            if link.kind == phones.HEARING and not link.revoked and not link.used
        ]
        try:
            Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
        except OSError as e:
            QMessageBox.warning(self, translate("PhonePanel", "Gem høringslinks"), str(e.strerror or e))

    def revoke_hearing_link(self) -> None:
        item = self.hearing_links.currentItem()
        if item is not None:
            phones.revoke(self.db, item.data(Qt.ItemDataRole.UserRole))
            self.refresh()

    # --- what the projector shows
    def presentation(self) -> dict | None:
        """The QR code and short address, the step's open ideas and the vote, for the projector; None when off."""
        if self.server is None:
            return None
        return {
            "url": self.room_url(),
            "address": self.room_short(),
            "ideas": self.shown_ideas() if self.show_question.isChecked() else [],
            "vote": self.vote_lines(),
        }

    def closeEvent(self, event) -> None:  # noqa: N802
        # closing the panel hides it; the server runs on until the chairs stop it or leave the meeting
        event.accept()
