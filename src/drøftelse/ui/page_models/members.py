"""The AMO's members and their training (the training step) as a table, and their status in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from drøftelse.domain import training
from drøftelse.domain.danish_dates import short_date
from drøftelse.services import annual
from drøftelse.ui.page_models.cells import days
from drøftelse.ui.stored_values import role_shown
from drøftelse.ui.table_models import Column, RecordTableModel
from drøftelse.ui.translation import translate

OVERDUE = QColor("#8a1c1c")
GONE = QColor(Qt.GlobalColor.darkGray)  # a member who has left
ASSUMED = QColor("#7a5a00")  # a tiltrædelse taken over from the election date, not yet confirmed


def member_status(m: annual.MemberLine) -> str:
    """The Status column: the mandatory course first (in the words of domain.training), then the days left and
    when they lapse – for two years pooled in writing, at the second year's end."""
    st = m.status
    if st.mandatory == "fratrådt":
        return translate("page_models", "Fratrådt {0}").format(short_date(m.left_on))
    if st.mandatory in ("overskredet", "skal tages"):
        warning = "⚠ " if st.mandatory == "overskredet" else ""
        return translate("page_models", "{0}Obligatorisk uddannelse {1}").format(warning, training.mandatory_text(st))
    if st.pooled is not None and st.remaining_days > 0:
        if st.remaining_days >= st.entitled_days:
            return translate("page_models", "{0} dage over 2 år (aftalt skriftligt) – bortfalder {1}").format(
                days(st.entitled_days), short_date(st.lapses_on)
            )
        return translate(
            "page_models", "{0} af {1} dage tilbage over 2 år (aftalt skriftligt) – bortfalder {2}"
        ).format(days(st.remaining_days), days(st.entitled_days), short_date(st.lapses_on))
    if st.remaining_days > 0:
        return translate("page_models", "{0} dage tilbage i år – de bortfalder {1}").format(
            days(st.remaining_days), short_date(st.lapses_on or st.year_ends)
        )
    return translate("page_models", "I orden")


def supplementary(m: annual.MemberLine) -> str:
    """The Supplerende column: days used of the year's (or the pooled years') days, and this year's offer."""
    st = m.status
    if not st.year_ends:
        return ""
    if st.pooled is not None:
        used = translate("page_models", "{0} af {1} dage brugt ({2}. og {3}. funktionsår til {4})").format(
            days(st.used_days), days(st.entitled_days), st.pooled, st.pooled + 1, short_date(st.lapses_on)
        )
    else:
        used = translate("page_models", "{0} af {1} dage brugt ({2}. funktionsår til {3})").format(
            days(st.used_days), days(st.entitled_days), st.year_of_office, short_date(st.year_ends)
        )
    offer = training.offer_text(st)
    return f"{used}; {offer}" if offer else used


def took_office(m: annual.MemberLine) -> str:
    """The tiltrædelse, "6.8.2023 (antaget)" while it is only the election date taken over."""
    if m.took_office_on is None:
        return ""
    if m.took_office_assumed:
        return translate("MemberModel", "{0} (antaget)").format(short_date(m.took_office_on))
    return short_date(m.took_office_on)


def pooling_lines(m: annual.MemberLine) -> list[str]:
    """Each pooling agreed in writing, in words: "2. og 3. funktionsår lagt sammen til 3 dage, aftalt 1.3.2025 (…)"."""
    lines = []
    for p in m.pooled:
        line = translate(
            "MemberModel", "{0}. og {1}. funktionsår lagt sammen til 3 dage, aftalt skriftligt {2}"
        ).format(p.first_year, p.first_year + 1, short_date(p.agreed_on))
        lines.append(f"{line} ({p.note})" if p.note else line)
    return lines


def member_name(m: annual.MemberLine) -> str:
    """The member's name; the demo's example member's marked, as its meetings are in the list."""
    return translate("MemberModel", "Eksempel · {0}").format(m.name) if m.example else m.name


class MemberModel(RecordTableModel):
    """The AMO's members and their training (MemberLine), read-only: the dialogs edit them. An overdue mandatory
    course is said in words and marked dark red and bold; members who have left are grey; the demo's example
    members are named "Eksempel · …" until the chairs keep the demo. A tiltrædelse only taken over from the
    election date says "(antaget)"; a pooling agreed in writing is in the status's tooltip."""

    COL_TOOK_OFFICE = 3
    COL_STATUS = 6

    def __init__(self, parent=None):
        columns = (
            Column(translate("MemberModel", "Navn"), member_name),
            Column(translate("MemberModel", "Rolle"), lambda m: role_shown(m.role)),
            Column(translate("MemberModel", "Gruppe"), lambda m: m.group_name),
            Column(translate("MemberModel", "Tiltrådt"), took_office),
            Column(
                translate("MemberModel", "Obligatorisk uddannelse"),
                lambda m: short_date(m.mandatory_on) if m.mandatory_on else translate("MemberModel", "ikke taget"),
            ),
            Column(translate("MemberModel", "Supplerende i år"), supplementary),
            Column(translate("MemberModel", "Status"), member_status),
        )
        super().__init__(columns, parent=parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and 0 <= index.row() < len(self.rows):
            m = self.rows[index.row()]
            if index.column() == self.COL_TOOK_OFFICE and m.took_office_assumed and m.took_office_on:
                return translate(
                    "MemberModel",
                    "Antaget ud fra valgdatoen {0} – ret datoen under »Ret medlem«, hvis medlemmet tiltrådte en "
                    "anden dag",
                ).format(short_date(m.took_office_on))
            if index.column() == self.COL_STATUS and m.pooled:
                return "\n".join([member_status(m), *pooling_lines(m)])
        return super().data(index, role)

    def foreground(self, record, column: int):
        if record.status.mandatory == "fratrådt":
            return GONE
        if record.status.mandatory == "overskredet" and column == self.COL_STATUS:
            return OVERDUE
        if record.took_office_assumed and column == self.COL_TOOK_OFFICE:
            return ASSUMED
        return None

    def bold(self, record, column: int) -> bool:
        return record.status.mandatory == "overskredet" and column == self.COL_STATUS
