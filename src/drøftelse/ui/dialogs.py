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
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain.aarshjul import Proposal
from drøftelse.domain.annual import (
    MAX_EMPLOYEES,
    SMALL_ANNUAL_KIND,
    SMALL_WORKPLACE,
    SMALL_WORKPLACE_NOTE,
    is_small_workplace,
    offered_kinds,
)
from drøftelse.domain.limits import FIRST_YEAR, LAST_YEAR
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.ui.translation import translate


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class EmployeesField(QWidget):
    """How many work at the workplace: a number, or "ikke angivet"; under 10 a note says what that means."""

    def __init__(self, value: int | None = None):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.spin = QSpinBox()
        self.spin.setRange(0, MAX_EMPLOYEES)
        self.spin.setSpecialValueText(translate("EmployeesField", "ikke angivet"))  # 0: the size is not stated
        self.spin.setSuffix(" ansatte")
        self.spin.setAccessibleName(translate("EmployeesField", "Antal ansatte"))
        self.spin.setValue(value or 0)
        layout.addWidget(self.spin)
        self.note = QLabel(SMALL_WORKPLACE_NOTE)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        layout.addWidget(self.note)
        self.spin.valueChanged.connect(lambda *_: self.note.setVisible(self.small))
        self.note.setVisible(self.small)

    def value(self) -> int | None:
        return self.spin.value() or None

    @property
    def small(self) -> bool:
        return is_small_workplace(self.value())


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
        # an empty name is said in words under the field, not only by a greyed placeholder (issue 31, row 9)
        self.name_needed = QLabel(
            translate("WelcomeDialog", "⚠ Skriv udvalgets navn for at komme i gang – det står på møder og dokumenter.")
        )
        self.name_needed.setWordWrap(True)
        self.name_needed.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        self.name_needed.hide()
        layout.addWidget(self.name_needed)
        self.name.textChanged.connect(
            lambda text: self.name_needed.setVisible(self.name_needed.isVisible() and not text.strip())
        )
        size = QLabel(
            translate(
                "WelcomeDialog",
                "Hvor mange ansatte er I? Med under {0} ansatte ser den årlige drøftelse anderledes ud.",
            ).format(SMALL_WORKPLACE)
        )
        size.setWordWrap(True)
        layout.addWidget(size)
        self.employees = EmployeesField()
        size.setBuddy(self.employees.spin)
        layout.addWidget(self.employees)
        self.demo = QCheckBox()
        self.demo.setChecked(True)
        layout.addWidget(self.demo)
        self.employees.spin.valueChanged.connect(lambda *_: self._name_demo())
        self._name_demo()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("WelcomeDialog", "Kom i gang"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)  # room the dialog gets beyond its content goes below, not between the fields
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.resize(600, 300)

    def _fit_height(self) -> None:
        """As tall as its wrapped texts need at its width, the note under the name included: nothing cut."""
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.layout().totalHeightForWidth(self.width())))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_height()

    def _name_demo(self) -> None:
        self.demo.setText(
            translate(
                "WelcomeDialog",
                "Opret et eksempel på en årlig drøftelse med de ansatte, så vi kan se, hvordan det virker",
            )
            if self.employees.small
            else translate(
                "WelcomeDialog", "Opret et eksempel på en kompetencedrøftelse, så vi kan se, hvordan det virker"
            )
        )

    def check_name(self) -> bool:
        """True when the committee has a name; otherwise say that it is needed, and put the cursor there."""
        if self.name.text().strip():
            return True
        self.name.setFocus()
        self.name_needed.show()
        self._fit_height()
        return False

    def _accept(self) -> None:
        if self.check_name():
            self.accept()


class CommitteeDialog(QDialog):
    """The committee's workplace: how many work there (under 10: no AMO, and the annual discussion is held with the
    employees)."""

    def __init__(self, name: str, employees: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("CommitteeDialog", "Udvalget – {0}").format(name))
        form = QFormLayout(self)
        self.employees = EmployeesField(employees)
        form.addRow(translate("CommitteeDialog", "&Antal ansatte"), self.employees)
        note = QLabel(
            translate(
                "CommitteeDialog",
                "Møder, der allerede er oprettet, er uændrede; antallet gælder de møder, I opretter herefter.",
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("CommitteeDialog", "Gem"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 180)


class NewMeetingDialog(QDialog):
    """A new meeting: its kind, title, date and place. With a `proposal` (the årshjul's next due meeting) that
    kind and date are chosen, and why is said above them; `employees` decides which annual discussion is offered."""

    def __init__(
        self,
        templates: TemplateLibrary,
        parent: QWidget | None = None,
        proposal: Proposal | None = None,
        employees: int | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("NewMeetingDialog", "Nyt møde"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("NewMeetingDialog", "Mødetype"))
        kinds = sorted(offered_kinds(templates.kinds(), employees), reverse=True)  # the kompetencedrøftelse first
        if is_small_workplace(employees):  # no AMO: the annual discussion with the employees is what they hold
            kinds.sort(key=lambda k: k != SMALL_ANNUAL_KIND)
        for key in kinds:
            self.kind.addItem(templates.get(key).name, key)
        self.title = QLineEdit()
        self.title.setAccessibleName(translate("NewMeetingDialog", "Titel"))
        self.date = date_edit(proposal.date if proposal else dt.date.today(), translate("NewMeetingDialog", "Dato"))
        self.place = QLineEdit()
        self.place.setAccessibleName(translate("NewMeetingDialog", "Sted"))
        self.reason = QLabel(proposal.reason if proposal else "")
        self.reason.setWordWrap(True)
        self.reason.setVisible(proposal is not None)
        if proposal is not None and (found := self.kind.findData(proposal.kind)) >= 0:
            self.kind.setCurrentIndex(found)
        form.addRow(self.reason)
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
        self.setMinimumWidth(480)  # the title and the årshjul's reason read whole

    def _suggest_title(self) -> None:
        name = self.kind.currentText().split(" (")[0]  # "Årlig arbejdsmiljødrøftelse (under 10 ansatte)"
        suggestion = f"{name} {self.date.date().year()}"
        if self.title.text() in ("", self._suggested):
            self.title.setText(suggestion)
        self._suggested = suggestion

    def values(self) -> tuple[str, str, dt.date, str]:
        return self.kind.currentData(), self.title.text().strip(), from_qdate(self.date.date()), self.place.text()


def ask_save_path(parent: QWidget, title: str, suggested: str, pattern: str, kind: str | None = None) -> Path | None:
    """Where to save, starting in the last folder used for this kind of file (ui/file_dialogs.py)."""
    from drøftelse.ui import file_dialogs

    return file_dialogs.ask_save_path(parent, title, suggested, pattern, kind)


def ask_open_path(parent: QWidget, title: str, pattern: str, kind: str | None = None) -> Path | None:
    """Which file to open, starting in the last folder used for this kind of file (ui/file_dialogs.py)."""
    from drøftelse.ui import file_dialogs

    return file_dialogs.ask_open_path(parent, title, pattern, kind)
