"""Deltag fra telefon (issue 30): the chairs start the phone server on the address they pick, show its QR code and
short address, hand out a participant's forberedelse link or the hearing's links, show the step's question on the
phones, take the room's ideas into the agreed text, and run a dot-vote on the handleplan's rows.

The server runs on threads of its own (web/server.py); this window only sets what the phones may do and polls, once
a second, whether anything came in, reading it then through the services. Nothing here waits on the network.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
)

from drøftelse.domain.errors import DroeftelseError
from drøftelse.services import phones
from drøftelse.ui.phone_panel_links import PersonalLinks
from drøftelse.ui.phone_panel_qr import local_addresses, qr_pixmap
from drøftelse.ui.phone_panel_room import RoomPhones
from drøftelse.ui.translation import translate

POLL_MS = 1000


class PhonePanel(RoomPhones, PersonalLinks, QDialog):
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
        layout.addLayout(self._build_server_row())
        layout.addWidget(self._build_status())
        layout.addLayout(self._build_room_row())
        layout.addWidget(self._build_tabs(), 1)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        for shown in (self.ideas, self.results):
            shown.setMinimumHeight(70)
        self.resize(660, 780)
        self._show_state()

    def _build_server_row(self) -> QHBoxLayout:
        """The address the server listens on, the certificate for HTTPS, Start/Stop."""
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
        return top

    def _build_status(self) -> QLabel:
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(translate("PhonePanel", "Telefonserverens status"))
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # never cut
        return self.status

    def _build_room_row(self) -> QHBoxLayout:
        """The meeting's QR code and short address, and the button that makes a new code."""
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
        return room_row

    def _build_tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._room_tab(), translate("PhonePanel", "I mødet"))
        self.tabs.addTab(self._preparation_tab(), translate("PhonePanel", "Forberedelse"))
        self.tabs.addTab(self._hearing_tab(), translate("PhonePanel", "Høring"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        return self.tabs

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
