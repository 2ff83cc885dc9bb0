"""Deltag fra telefon's personal links: a participant's forberedelse link (the Forberedelse tab, and what they
sent that met text written elsewhere) and the employees' one-time hearing links (the Høring tab)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain.errors import DroeftelseError
from drøftelse.services import phones
from drøftelse.ui.phone_panel_qr import qr_pixmap
from drøftelse.ui.translation import translate


class PersonalLinks:
    """PhonePanel's Forberedelse and Høring tabs: `people`, `person_qr`, `waiting`, `hearing_links`."""

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
