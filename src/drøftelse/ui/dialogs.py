"""Small dialogs: the first-run welcome, a new meeting, and asking where to save or what to open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain.limits import FIRST_YEAR, LAST_YEAR
from drøftelse.domain.templates import TemplateLibrary
from drøftelse.ui.translation import translate


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def date_edit(d: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(to_qdate(d))
    edit.setCalendarPopup(True)
    edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))  # what a meeting file may hold
    edit.setDisplayFormat(translate("dialogs", "d. MMMM yyyy"))  # Qt's format: English drops the dot
    edit.setAccessibleName(name)
    return edit


class WelcomeDialog(QDialog):
    """First run: name the committee, and choose whether to start from the demo meeting."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("WelcomeDialog", "Velkommen til Drøftelse"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "WelcomeDialog",
                "<h2>Velkommen</h2><p>Drøftelse hjælper formandskabet med at holde kompetencedrøftelsen og den årlige "
                "arbejdsmiljødrøftelse – og giver HR en handleplan at udskrive. Alt gemmes mens I skriver, på denne "
                "computer.</p><p>Hvad hedder jeres udvalg?</p>",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("WelcomeDialog", "fx Arbejdsmiljøudvalget, Eksempel A/S"))
        self.name.setAccessibleName(translate("WelcomeDialog", "Udvalgets navn"))
        layout.addWidget(self.name)
        self.demo = QCheckBox(
            translate("WelcomeDialog", "Opret et eksempel på en kompetencedrøftelse, så vi kan se, hvordan det virker")
        )
        self.demo.setChecked(True)
        layout.addWidget(self.demo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("WelcomeDialog", "Kom i gang"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 280)

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.name.setFocus()
            self.name.setPlaceholderText(translate("WelcomeDialog", "Skriv udvalgets navn for at komme i gang"))
            return
        self.accept()


class NewMeetingDialog(QDialog):
    def __init__(self, templates: TemplateLibrary, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("NewMeetingDialog", "Nyt møde"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("NewMeetingDialog", "Mødetype"))
        for key in sorted(templates.kinds(), reverse=True):  # the kompetencedrøftelse first
            self.kind.addItem(templates.get(key).name, key)
        self.title = QLineEdit()
        self.title.setAccessibleName(translate("NewMeetingDialog", "Titel"))
        self.date = date_edit(dt.date.today(), translate("NewMeetingDialog", "Dato"))
        self.place = QLineEdit()
        self.place.setAccessibleName(translate("NewMeetingDialog", "Sted"))
        form.addRow(translate("NewMeetingDialog", "&Mødetype"), self.kind)
        form.addRow(translate("NewMeetingDialog", "&Titel"), self.title)
        form.addRow(translate("NewMeetingDialog", "&Dato"), self.date)
        form.addRow(translate("NewMeetingDialog", "&Sted"), self.place)
        self.kind.currentIndexChanged.connect(self._suggest_title)
        self.date.dateChanged.connect(self._suggest_title)
        self._suggested = ""
        self._suggest_title()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("NewMeetingDialog", "Opret møde"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _suggest_title(self) -> None:
        suggestion = f"{self.kind.currentText()} {self.date.date().year()}"
        if self.title.text() in ("", self._suggested):
            self.title.setText(suggestion)
        self._suggested = suggestion

    def values(self) -> tuple[str, str, dt.date, str]:
        return self.kind.currentData(), self.title.text().strip(), from_qdate(self.date.date()), self.place.text()


def ask_save_path(parent: QWidget, title: str, suggested: str, pattern: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), pattern)
    return Path(path) if path else None


def ask_open_path(parent: QWidget, title: str, pattern: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), pattern)
    return Path(path) if path else None
