"""Dialogs for the AMO's members: who they are, when elected and when they took office (tiltrædelse), the mandatory
course, leaving; supplementary training taken, offers of it, and two years pooled by a written agreement."""

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
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from drøftelse.domain import training
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.ui.dialogs import date_edit, from_qdate
from drøftelse.ui.roles import MEMBER_ROLES
from drøftelse.ui.stored_values import role_shown, role_stored
from drøftelse.ui.translation import translate


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
        role: str = "AMR",  # as stored: Danish
        elected: dt.date | None = None,
        mandatory: dt.date | None = None,
        left: dt.date | None = None,
        group_name: str = "",
        contact: str = "",
        took_office: dt.date | None = None,
        assumed: bool = False,
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("MemberDialog", "Medlem af arbejdsmiljøorganisationen"))
        self._build_who(name, role, group_name, contact)
        self._build_dates(elected, took_office, assumed, mandatory, left)
        self._lay_out(QFormLayout(self))

    def _build_who(self, name: str, role: str, group_name: str, contact: str) -> None:
        """Name and role, and the AMO's structure the employees must be told: the group and how to reach them."""
        self.name = QLineEdit(name)
        self.name.setAccessibleName(translate("MemberDialog", "Navn"))
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems([translate("MemberDialog", r) for r in MEMBER_ROLES])
        self.role.setCurrentText(role_shown(role))
        self.role.setAccessibleName(translate("MemberDialog", "Rolle"))
        # the AMO's structure, which the employees must be told: the group and how to reach the member
        self.group = QLineEdit(group_name)
        self.group.setPlaceholderText(translate("MemberDialog", "fx Lageret, dagholdet"))
        self.group.setAccessibleName(translate("MemberDialog", "Arbejdsmiljøgruppe"))
        self.contact = QLineEdit(contact)
        self.contact.setPlaceholderText(translate("MemberDialog", "fx telefon, mail eller hvor man finder personen"))
        self.contact.setAccessibleName(translate("MemberDialog", "Kontakt"))

    def _build_dates(
        self,
        elected: dt.date | None,
        took_office: dt.date | None,
        assumed: bool,
        mandatory: dt.date | None,
        left: dt.date | None,
    ) -> None:
        self.elected = date_edit(elected or dt.date.today(), translate("MemberDialog", "Valgt eller udpeget den"))
        # the rights run from the tiltrædelse; a new member's follows the election date until it is set apart
        self.took_office = date_edit(
            took_office or elected or dt.date.today(), translate("MemberDialog", "Tiltrådt den")
        )
        if took_office is None and elected is None:
            self.elected.dateChanged.connect(self._follow_election)
        self._followed = self.elected.date()
        self.assumed = QLabel(
            translate(
                "MemberDialog",
                "Antaget ud fra valgdatoen – ret datoen, hvis medlemmet tiltrådte en anden dag",
            )
        )
        self.assumed.setWordWrap(True)
        self.assumed.setStyleSheet("color: #7a5a00;")
        self.assumed.setVisible(assumed)
        self.mandatory = OptionalDate(
            translate("MemberDialog", "taget den"),
            mandatory,
            translate("MemberDialog", "Obligatorisk uddannelse taget den"),
        )
        self.left = OptionalDate(
            translate("MemberDialog", "fratrådt den"), left, translate("MemberDialog", "Fratrådt den")
        )

    def _lay_out(self, form: QFormLayout) -> None:
        form.addRow(translate("MemberDialog", "&Navn"), self.name)
        form.addRow(translate("MemberDialog", "&Rolle"), self.role)
        form.addRow(translate("MemberDialog", "&Gruppe"), self.group)
        form.addRow(translate("MemberDialog", "&Kontakt"), self.contact)
        form.addRow(translate("MemberDialog", "&Valgt/udpeget"), self.elected)
        form.addRow(translate("MemberDialog", "&Tiltrådt"), self.took_office)
        form.addRow("", self.assumed)
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

    def _follow_election(self, date) -> None:
        if self.took_office.date() == self._followed:  # not set apart by the chair
            self.took_office.setDate(date)
        self._followed = date

    def values(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "role": role_stored(self.role.currentText()),
            "group_name": self.group.text().strip(),
            "contact": self.contact.text().strip(),
            "elected_on": from_qdate(self.elected.date()),
            "took_office_on": from_qdate(self.took_office.date()),
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


ANSWER_CHOICES = (
    (QT_TRANSLATE_NOOP("OfferDialog", "Ikke svaret endnu"), ""),
    (QT_TRANSLATE_NOOP("OfferDialog", "Accepteret"), training.ACCEPTED),
    (QT_TRANSLATE_NOOP("OfferDialog", "Afslået"), training.DECLINED),
    (QT_TRANSLATE_NOOP("OfferDialog", "Udskudt"), training.POSTPONED),
)


def answer_label(answer: str) -> str:
    """An offer's answer in words: "Accepteret", "Ikke svaret endnu" …"""
    return next(translate("OfferDialog", label) for label, value in ANSWER_CHOICES if value == answer)


class OfferDialog(QDialog):
    """An offer of supplementary training, as the employer must be able to document it: when, how many days, what,
    and the member's answer."""

    def __init__(self, member: str, days: float = training.LATER_YEAR_DAYS, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("OfferDialog", "Tilbud om supplerende uddannelse – {0}").format(member))
        form = QFormLayout(self)
        self.date = date_edit(dt.date.today(), translate("OfferDialog", "Tilbudt den"))
        self.days = QDoubleSpinBox()
        self.days.setDecimals(1)
        self.days.setRange(0.5, 30)
        self.days.setSingleStep(0.5)
        self.days.setValue(days)
        self.days.setSuffix(translate("OfferDialog", " dage"))
        self.days.setAccessibleName(translate("OfferDialog", "Antal dage"))
        self.title = QLineEdit()
        self.title.setAccessibleName(translate("OfferDialog", "Hvad blev tilbudt"))
        self.title.setPlaceholderText(translate("OfferDialog", "fx Kursus i psykisk arbejdsmiljø, 2 dage i marts"))
        self.answer = QComboBox()
        for label, value in ANSWER_CHOICES:
            self.answer.addItem(translate("OfferDialog", label), value)
        self.answer.setAccessibleName(translate("OfferDialog", "Svar"))
        form.addRow(translate("OfferDialog", "&Tilbudt den"), self.date)
        form.addRow(translate("OfferDialog", "&Dage"), self.days)
        form.addRow(translate("OfferDialog", "&Hvad"), self.title)
        form.addRow(translate("OfferDialog", "&Svar"), self.answer)
        form.addRow(_buttons(self, translate("OfferDialog", "Registrér")))

    def values(self) -> tuple[dt.date, float, str, str]:
        """(offered_on, days, title, answer) as add_offer takes them."""
        return from_qdate(self.date.date()), self.days.value(), self.title.text().strip(), self.answer.currentData()


class PoolingDialog(QDialog):
    """Two funktionsår's 1½ days pooled into 3 days, agreed in writing: which year with the next, when, and where
    the agreement is kept."""

    def __init__(self, member: str, current_year: int | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("PoolingDialog", "Læg to år sammen – {0}").format(member))
        form = QFormLayout(self)
        form.addRow(
            wrapped_label(
                translate(
                    "PoolingDialog",
                    "To funktionsårs 1½ dag kan lægges sammen til 3 dage, når det er aftalt skriftligt – aldrig "
                    "det første år. Ubrugte dage bortfalder først ved udgangen af det andet år.",
                )
            )
        )
        self.year = QComboBox()
        last = max(2, (current_year or 1) + 1)
        for n in range(2, last + 1):
            self.year.addItem(translate("PoolingDialog", "{0}. og {1}. funktionsår").format(n, n + 1), n)
        if current_year is not None and current_year >= 2:
            self.year.setCurrentIndex(self.year.findData(current_year))
        self.year.setAccessibleName(translate("PoolingDialog", "Funktionsår"))
        self.agreed = date_edit(dt.date.today(), translate("PoolingDialog", "Aftalt skriftligt den"))
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("PoolingDialog", "Hvor aftalen står"))
        self.note.setPlaceholderText(translate("PoolingDialog", "fx Mail fra lederen 3.3.2026, i personalemappen"))
        form.addRow(translate("PoolingDialog", "&Funktionsår"), self.year)
        form.addRow(translate("PoolingDialog", "&Aftalt den"), self.agreed)
        form.addRow(translate("PoolingDialog", "&Hvor aftalen står"), self.note)
        form.addRow(_buttons(self, translate("PoolingDialog", "Læg sammen")))

    def values(self) -> tuple[int, dt.date, str]:
        """(first_year, agreed_on, note) as agree_pooling takes them."""
        return self.year.currentData(), from_qdate(self.agreed.date()), self.note.text().strip()


def wrapped_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label
