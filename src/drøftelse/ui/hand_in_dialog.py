"""The day the sheets ask to be handed in by, asked of the chairs when the usual day (a few days before the meeting)
is today or gone by: a date no earlier than today, or "Ved mødet" (domain.hand_in)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from drøftelse.domain.danish_dates import long_date
from drøftelse.domain.hand_in import AT_MEETING, HandIn, decide_hand_in, must_ask, proposal
from drøftelse.domain.hearing import return_by
from drøftelse.ui.dialogs import date_edit, from_qdate, to_qdate
from drøftelse.ui.file_dialogs import SHEETS_OUT, ask_folder
from drøftelse.ui.translation import translate


class HandInDialog(QDialog):
    """A date (today to the meeting's day) or at the meeting; the offer is domain.hand_in's proposal."""

    def __init__(self, meeting_date: dt.date, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("HandInDialog", "Hvornår skal arkene afleveres?"))
        layout = QVBoxLayout(self)
        usual = return_by(meeting_date)
        said = translate("HandInDialog", "i dag") if usual == today else translate("HandInDialog", "passeret")
        self.message = QLabel(
            translate(
                "HandInDialog",
                "Arkene beder normalt om at blive afleveret senest {0}, så I kan nå at læse dem før mødet {1}. "
                "Den dato er {2}. Vælg en ny dato, eller bed om arkene ved mødet.",
            ).format(long_date(usual), long_date(meeting_date), said)
        )
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        offered = proposal(meeting_date, today)
        self.by_date = QRadioButton(translate("HandInDialog", "&Senest:"))
        self.date = date_edit(offered.by or today, translate("HandInDialog", "Afleveres senest"))
        self.date.setDateRange(to_qdate(today), to_qdate(meeting_date))  # never a day gone by, never after
        self.at_meeting = QRadioButton(translate("HandInDialog", "&Ved mødet"))
        (self.at_meeting if offered.at_meeting else self.by_date).setChecked(True)
        self.date.dateChanged.connect(lambda *_: self.by_date.setChecked(True))
        layout.addWidget(self.by_date)
        layout.addWidget(self.date)
        layout.addWidget(self.at_meeting)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("HandInDialog", "Lav arkene"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def value(self) -> HandIn:
        return AT_MEETING if self.at_meeting.isChecked() else HandIn(by=from_qdate(self.date.date()))


def ask_hand_in(parent: QWidget, db, meeting_id: int, today: dt.date | None = None) -> HandIn | None:
    """What the meeting's sheets made now ask: the usual day while it is still to come (nothing asked), else the
    chairs' choice; None when they cancel."""
    from drøftelse.services.meetings import get_meeting

    meeting_date, today = get_meeting(db, meeting_id).date, today or dt.date.today()
    if not must_ask(meeting_date, today):
        return decide_hand_in(meeting_date, today)
    dialog = HandInDialog(meeting_date, today, parent)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_day_and_folder(parent: QWidget, db, meeting_id: int, title: str, folder: Path | None):
    """Before sheets are made: the day they ask to be handed in by (ask_hand_in), then the folder they go to (asked
    with `title` unless given). (day, folder), or None when the chairs cancel either."""
    day = ask_hand_in(parent, db, meeting_id)  # asked only when the usual day is not ahead
    if day is None:
        return None
    if folder is None:
        folder = ask_folder(parent, title, SHEETS_OUT)
        if folder is None:
            return None
    return day, folder
