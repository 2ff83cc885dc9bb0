"""Choosing a shared database in the window (issue 16): its address, used from the next start, and the password
put in the user's keyring (or left to ~/.pgpass). The address is kept in the app's settings; the password never."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from drøftelse.domain.errors import DroeftelseError
from drøftelse.services.server import check_address, remember_password
from drøftelse.ui.shared_database import SETTING, shared_database
from drøftelse.ui.translation import translate


class SharedDatabaseDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("SharedDatabaseDialog", "Fælles database"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "SharedDatabaseDialog",
                "En fælles database på organisationens PostgreSQL-server, fx postgresql://formand@db.kommune.dk/amo. "
                "Den bruges fra næste start. Adgangskoden gemmes i din nøglering (eller læses fra ~/.pgpass) – "
                "aldrig af Drøftelse selv. Tom adresse: tilbage til databasefilen på denne computer.",
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QLineEdit(shared_database() or "")
        self.address.setAccessibleName(translate("SharedDatabaseDialog", "Adresse"))
        self.address.setPlaceholderText("postgresql://bruger@server/database")
        form.addRow(translate("SharedDatabaseDialog", "&Adresse:"), self.address)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(translate("SharedDatabaseDialog", "Adgangskode"))
        self.password.setPlaceholderText(translate("SharedDatabaseDialog", "tom: fra nøgleringen eller ~/.pgpass"))
        form.addRow("Adgangs&kode:", self.password)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 200)

    def save(self) -> None:
        text = self.address.text().strip()
        try:
            if text:
                address = check_address(text)
                if self.password.text():
                    remember_password(address, self.password.text())
                text = str(address)
        except DroeftelseError as e:
            QMessageBox.warning(self, translate("SharedDatabaseDialog", "Fælles database"), e.message)
            return
        QSettings().setValue(SETTING, text)
        self.password.clear()
        self.accept()
