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

from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.ui.dialogs import date_edit, from_qdate
from drøftelse.ui.translation import translate

MEMBER_ROLES = (
    QT_TRANSLATE_NOOP("MemberDialog", "AMR"),
    QT_TRANSLATE_NOOP("MemberDialog", "Arbejdsleder"),
    QT_TRANSLATE_NOOP("MemberDialog", "Leder"),
    QT_TRANSLATE_NOOP("MemberDialog", "Arbejdsmiljøleder"),
    QT_TRANSLATE_NOOP("MemberDialog", "Arbejdsmiljøkoordinator"),
)


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
        role: str = translate("MemberDialog", "AMR"),
        elected: dt.date | None = None,
        mandatory: dt.date | None = None,
        left: dt.date | None = None,
        group_name: str = "",
        contact: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("MemberDialog", "Medlem af arbejdsmiljøorganisationen"))
        form = QFormLayout(self)
        self.name = QLineEdit(name)
        self.name.setAccessibleName(translate("MemberDialog", "Navn"))
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems([translate("MemberDialog", r) for r in MEMBER_ROLES])
        self.role.setCurrentText(role)
        self.role.setAccessibleName(translate("MemberDialog", "Rolle"))
        # the AMO's structure, which the employees must be told: the group and how to reach the member
        self.group = QLineEdit(group_name)
        self.group.setPlaceholderText(translate("MemberDialog", "fx Lageret, dagholdet"))
        self.group.setAccessibleName(translate("MemberDialog", "Arbejdsmiljøgruppe"))
        self.contact = QLineEdit(contact)
        self.contact.setPlaceholderText(translate("MemberDialog", "fx telefon, mail eller hvor man finder personen"))
        self.contact.setAccessibleName(translate("MemberDialog", "Kontakt"))
        self.elected = date_edit(elected or dt.date.today(), translate("MemberDialog", "Valgt eller udpeget den"))
        self.mandatory = OptionalDate(
            translate("MemberDialog", "taget den"),
            mandatory,
            translate("MemberDialog", "Obligatorisk uddannelse taget den"),
        )
        self.left = OptionalDate(
            translate("MemberDialog", "fratrådt den"), left, translate("MemberDialog", "Fratrådt den")
        )
        form.addRow(translate("MemberDialog", "&Navn"), self.name)
        form.addRow(translate("MemberDialog", "&Rolle"), self.role)
        form.addRow(translate("MemberDialog", "&Gruppe"), self.group)
        form.addRow(translate("MemberDialog", "&Kontakt"), self.contact)
        form.addRow(translate("MemberDialog", "&Valgt/udpeget"), self.elected)
        form.addRow(translate("MemberDialog", "&Obligatorisk uddannelse"), self.mandatory)
        form.addRow(translate("MemberDialog", "&Fratrådt"), self.left)
        form.addRow(_buttons(self, translate("MemberDialog", "Gem")))

    def accept(self) -> None:
        if not self.name.text().strip():
            QMessageBox.warning(
                self, translate("MemberDialog", "Navn mangler"), translate("MemberDialog", "Skriv medlemmets navn.")
            )
            return
        super().accept()

    def values(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "role": self.role.currentText().strip(),
            "group_name": self.group.text().strip(),
            "contact": self.contact.text().strip(),
            "elected_on": from_qdate(self.elected.date()),
            "mandatory": self.mandatory.value(),
            "left_on": self.left.value(),
        }


class TrainingDialog(QDialog):
    def __init__(self, member: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("TrainingDialog", "Supplerende uddannelse – {0}").format(member))
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.title.setAccessibleName(translate("TrainingDialog", "Kursets titel"))
        self.title.setPlaceholderText(translate("TrainingDialog", "fx Psykisk arbejdsmiljø i praksis"))
        self.date = date_edit(dt.date.today(), translate("TrainingDialog", "Taget den"))
        self.days = QDoubleSpinBox()
        self.days.setDecimals(1)
        self.days.setRange(0.5, 30)
        self.days.setSingleStep(0.5)
        self.days.setValue(1.0)
        self.days.setSuffix(translate("TrainingDialog", " dage"))
        self.days.setAccessibleName(translate("TrainingDialog", "Antal dage"))
        form.addRow(translate("TrainingDialog", "&Kursus"), self.title)
        form.addRow(translate("TrainingDialog", "&Dato"), self.date)
        form.addRow(translate("TrainingDialog", "&Varighed"), self.days)
        form.addRow(_buttons(self, translate("TrainingDialog", "Registrér")))

    def values(self) -> tuple[str, dt.date, float]:
        return (
            self.title.text().strip() or translate("TrainingDialog", "Supplerende arbejdsmiljøuddannelse"),
            from_qdate(self.date.date()),
            self.days.value(),
        )
