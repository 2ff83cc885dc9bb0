"""Dialogs for the AMO's members: who they are, when elected, the mandatory course, leaving; supplementary
training taken."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from drøftelse.ui.dialogs import date_edit, from_qdate

MEMBER_ROLES = ("AMR", "Arbejdsleder", "Leder", "Arbejdsmiljøleder", "Arbejdsmiljøkoordinator")


class OptionalDate(QWidget):
    """A date that may be missing: a tick box ("taget", "fratrådt") that enables the date."""

    def __init__(self, label: str, value: dt.date | None, name: str):
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.date = date_edit(value or dt.date.today(), name)
        self.check.toggled.connect(self.date.setEnabled)
        self.check.setChecked(value is not None)
        self.date.setEnabled(value is not None)
        row.addWidget(self.check)
        row.addWidget(self.date, 1)

    def value(self) -> dt.date | None:
        return from_qdate(self.date.date()) if self.check.isChecked() else None


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class MemberDialog(QDialog):
    def __init__(
        self,
        parent=None,
        name: str = "",
        role: str = "AMR",
        elected: dt.date | None = None,
        mandatory: dt.date | None = None,
        left: dt.date | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle("Medlem af arbejdsmiljøorganisationen")
        form = QFormLayout(self)
        self.name = QLineEdit(name)
        self.name.setAccessibleName("Navn")
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(MEMBER_ROLES)
        self.role.setCurrentText(role)
        self.role.setAccessibleName("Rolle")
        self.elected = date_edit(elected or dt.date.today(), "Valgt eller udpeget den")
        self.mandatory = OptionalDate("taget den", mandatory, "Obligatorisk uddannelse taget den")
        self.left = OptionalDate("fratrådt den", left, "Fratrådt den")
        form.addRow("&Navn", self.name)
        form.addRow("&Rolle", self.role)
        form.addRow("&Valgt/udpeget", self.elected)
        form.addRow("&Obligatorisk uddannelse", self.mandatory)
        form.addRow("&Fratrådt", self.left)
        form.addRow(_buttons(self, "Gem"))

    def accept(self) -> None:
        if not self.name.text().strip():
            QMessageBox.warning(self, "Navn mangler", "Skriv medlemmets navn.")
            return
        super().accept()

    def values(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "role": self.role.currentText().strip(),
            "elected_on": from_qdate(self.elected.date()),
            "mandatory": self.mandatory.value(),
            "left_on": self.left.value(),
        }


class TrainingDialog(QDialog):
    def __init__(self, member: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Supplerende uddannelse – {member}")
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.title.setAccessibleName("Kursets titel")
        self.title.setPlaceholderText("fx Psykisk arbejdsmiljø i praksis")
        self.date = date_edit(dt.date.today(), "Taget den")
        self.days = QDoubleSpinBox()
        self.days.setDecimals(1)
        self.days.setRange(0.5, 30)
        self.days.setSingleStep(0.5)
        self.days.setValue(1.0)
        self.days.setSuffix(" dage")
        self.days.setAccessibleName("Antal dage")
        form.addRow("&Kursus", self.title)
        form.addRow("&Dato", self.date)
        form.addRow("&Varighed", self.days)
        form.addRow(_buttons(self, "Registrér"))

    def values(self) -> tuple[str, dt.date, float]:
        return (
            self.title.text().strip() or "Supplerende arbejdsmiljøuddannelse",
            from_qdate(self.date.date()),
            self.days.value(),
        )
