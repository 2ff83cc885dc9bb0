"""The step pages' tables as models: the participants (Opsætning), last year's goals and open rows (evaluation),
the AMO's members and the kompetenceudviklingsplan (training). An edit in a cell is stored through the services
and replaces that one row; rows added or removed are inserted or removed, nothing is reloaded whole."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from drøftelse.domain import apv, i18n, training
from drøftelse.domain.annual import Verdict
from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.errors import FieldChanged
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.services import annual
from drøftelse.services import meetings as service
from drøftelse.ui.field_conflict import show_value, write_checked
from drøftelse.ui.stored_values import role_shown, role_stored
from drøftelse.ui.table_models import Column, RecordTableModel
from drøftelse.ui.translation import translate

OVERDUE = QColor("#8a1c1c")
GONE = QColor(Qt.GlobalColor.darkGray)  # a member who has left
ASSUMED = QColor("#7a5a00")  # a tiltrædelse taken over from the election date, not yet confirmed
NO_VERDICT = QT_TRANSLATE_NOOP("EvaluationModel", "– vurdér –")
NO_EFFECT = QT_TRANSLATE_NOOP("EvaluationModel", "– svar –")


def yes_no(value: bool) -> str:
    # the state in words too, not only a tick
    return translate("ParticipantModel", "ja") if value else translate("ParticipantModel", "nej")


def days(value: float | None) -> str:
    return "" if value is None else i18n.decimal(value)


def parse_days(text: str) -> float | None:
    text = (
        text.strip()
        .replace(",", ".")
        .removesuffix("days")
        .removesuffix("day")
        .removesuffix("dage")
        .removesuffix("dag")
        .strip()
    )
    if not text:
        return None
    value = float(text)  # ValueError: the caller says so
    if not 0 <= value <= 365:
        raise ValueError(text)
    return value


class ParticipantModel(RecordTableModel):
    """The meeting's participants (ParticipantRecord) in the order of the round: name and role typed, formandskab,
    note-taker and presence ticked."""

    CHECKS = {2: "formandskab", 3: "note_taker", 4: "present"}

    def __init__(self, db, meeting_id: int, parent=None):
        columns = (
            Column(translate("ParticipantModel", "Navn"), lambda p: p.name, edit=lambda p: p.name),
            Column(
                translate("ParticipantModel", "Rolle"), lambda p: role_shown(p.role), edit=lambda p: role_shown(p.role)
            ),
            Column(
                translate("ParticipantModel", "Formandskab"),
                lambda p: yes_no(p.formandskab),
                check=lambda p: p.formandskab,
            ),
            Column(
                translate("ParticipantModel", "Skriver noter"),
                lambda p: yes_no(p.note_taker),
                check=lambda p: p.note_taker,
            ),
            Column(translate("ParticipantModel", "Til stede"), lambda p: yes_no(p.present), check=lambda p: p.present),
        )
        super().__init__(columns, parent=parent)
        self.db, self.meeting_id = db, meeting_id

    def fresh(self) -> list:
        return service.participants(self.db, self.meeting_id)

    _fresh = fresh

    def load(self) -> None:
        self.sync(self._fresh())

    def store(self, record, column: int, value):
        """Write the cell on the value shown; a value the other chair changed since is asked about
        (ui/field_conflict.py), and the row then shows what is kept."""
        if column == 0:
            field, value = "name", value.strip() or translate("ParticipantModel", "(uden navn)")
        else:
            field = "role" if column == 1 else self.CHECKS[column]
            if field == "role":  # stored in Danish, shown in the window's language (ui/stored_values.py)
                value = role_stored(value)
        write_checked(
            lambda values, seen: service.update_participant(self.db, record.id, seen=seen, **values),
            {field: value},
            {field: getattr(record, field)},
        )
        return next((p for p in self._fresh() if p.id == record.id), None)

    def add(self, name: str, role: str = "", formandskab: bool = False, note_taker: bool = False) -> int:
        pid = service.add_participant(self.db, self.meeting_id, name, role, formandskab, note_taker)
        fresh = self._fresh()
        row = next(r for r, p in enumerate(fresh) if p.id == pid)
        self.insert_row(row, fresh[row])
        return pid

    def remove(self, row: int) -> None:
        service.delete_participant(self.db, self.rows[row].id)
        self.sync(self._fresh())  # the row removed; the ones after it only move up in the round

    def move(self, row: int, target: int) -> None:
        """Move a participant in the round, checked against the order shown: when the other chair changed it
        since, the chair is asked, both orders shown by name."""
        shown = [p.id for p in self.rows]
        moved = list(shown)
        moved.insert(target, moved.pop(row))
        pid = self.rows[row].id

        def names(order) -> str:
            known = {p.id: p.name for p in self._fresh()} | {p.id: p.name for p in self.rows}
            return "\n".join(f"{n}. {known.get(i, '?')}" for n, i in enumerate(order or [], 1))

        def write(_values, seen) -> None:
            try:
                service.move_participant(self.db, pid, target, seen_order=seen["position"])
            except FieldChanged as e:  # "Behold min" moves the participant in the order stored now: say so
                mine = [i for i in e.current_value if i != pid]
                mine.insert(target, pid)
                raise FieldChanged(e.what, e.field, e.current_value, mine) from None

        write_checked(
            write,
            {"position": moved},
            {"position": shown},
            show=lambda _field, order: names(order),
        )
        fresh = self._fresh()
        if [p.id for p in fresh] == moved:
            self.move_row(row, target, fresh)
        else:
            self.sync(fresh)


class EvaluationModel(RecordTableModel):
    """Last year's goals and the open handleplan rows (EvaluationItem), each judged with a verdict and a comment.
    A verdict moves the row's status, so the row is read again after it."""

    COL_WHAT, COL_FROM, COL_WHO, COL_VERDICT, COL_COMMENT, COL_EFFECT, COL_EFFECT_NOTE = range(7)

    def __init__(self, db, meeting_id: int, parent=None):
        columns = (
            Column(
                translate("EvaluationModel", "Mål / handling"),
                lambda i: (
                    translate("EvaluationModel", "Mål: {0}")
                    if i.goal_id
                    else translate("EvaluationModel", "Handleplan: {0}")
                ).format(i.text),
            ),
            Column(
                translate("EvaluationModel", "Fra"),
                lambda i: (
                    i.origin
                    + (translate("EvaluationModel", "\nStatus nu: {0}").format(i.status.label) if i.status else "")
                ),
            ),
            Column(translate("EvaluationModel", "Hvem"), lambda i: i.hvem),
            Column(
                translate("EvaluationModel", "Vurdering"),
                lambda i: i.verdict.label if i.verdict else translate("EvaluationModel", NO_VERDICT),
                edit=lambda i: i.verdict.value if i.verdict else None,
            ),
            Column(translate("EvaluationModel", "Kommentar"), lambda i: i.comment, edit=lambda i: i.comment),
            # a row that was acted on: did it work? (the APV's follow-up; goals are judged by the verdict alone)
            Column(
                translate("EvaluationModel", "Virkede det?"),
                lambda i: "" if i.goal_id else effect_text(i.effect),
                edit=lambda i: i.effect,
            ),
            Column(
                translate("EvaluationModel", "Note om virkningen"),
                lambda i: i.effect_note,
                edit=lambda i: i.effect_note,
            ),
        )
        super().__init__(columns, parent=parent)
        self.db, self.meeting_id = db, meeting_id

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() >= self.COL_EFFECT and self.rows[index.row()].goal_id:
            return flags & ~Qt.ItemFlag.ItemIsEditable  # a goal has no "Virkede det?"
        return flags

    def key(self, record):
        return record.goal_id, record.action_item_id

    @staticmethod
    def target(item) -> dict:
        return {"goal_id": item.goal_id} if item.goal_id else {"action_item_id": item.action_item_id}

    def load(self) -> annual.Evaluation:
        found = annual.evaluation(self.db, self.meeting_id)
        self.sync(found.goals + found.rows)
        return found

    @property
    def judged(self) -> int:
        return sum(1 for i in self.rows if i.verdict is not None)

    def fresh(self) -> list:
        found = annual.evaluation(self.db, self.meeting_id)
        return list(found.goals + found.rows)

    def store(self, record, column: int, value):
        """The verdict and the comment are written apart, each on the value shown: a comment typed in a window
        that showed an older verdict leaves the verdict and the row's status as stored (issue 27)."""
        target = self.target(record)
        if column in (self.COL_EFFECT, self.COL_EFFECT_NOTE):
            field = "effect" if column == self.COL_EFFECT else "effect_note"
            write_checked(
                lambda values, seen: annual.set_verdict_effect(
                    self.db, self.meeting_id, record.action_item_id, values, seen=seen
                ),
                {field: (value or None) if field == "effect" else value},
                {field: getattr(record, field)},
                both={"effect_note"},
                show=lambda f, v: effect_text(v) if f == "effect" else show_value(v),
            )
        elif column == self.COL_VERDICT:
            write_checked(
                lambda values, seen: annual.set_verdict(
                    self.db, self.meeting_id, values["verdict"], seen=seen["verdict"], **target
                ),
                {"verdict": Verdict(value) if value else None},
                {"verdict": record.verdict},
                show=lambda _field, verdict: verdict_text(verdict),
            )
        else:
            write_checked(
                lambda values, seen: annual.set_verdict_comment(
                    self.db, self.meeting_id, values["comment"], seen=seen["comment"], **target
                ),
                {"comment": value},
                {"comment": record.comment},
                both={"comment"},
            )
        return next((i for i in self.fresh() if self.key(i) == self.key(record)), record)


def effect_text(effect: str | None) -> str:
    """A row's "Virkede det?" as the table says it, "– svar –" for none."""
    return apv.Effect(effect).label if effect else translate("EvaluationModel", NO_EFFECT)


def verdict_text(verdict) -> str:
    """A verdict as the table says it, "– vurdér –" for none."""
    return verdict.label if verdict else translate("EvaluationModel", NO_VERDICT)


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


class PlanModel(RecordTableModel):
    """The kompetenceudviklingsplan's lines (PlanItemRecord), every cell typed; days as "1,5"."""

    FIELDS = ("hvem", "hvad", "hvornaar", "days")

    def __init__(self, db, meeting_id: int, report: Callable[[str], None], parent=None):
        columns = (
            Column(translate("PlanModel", "Hvem"), lambda i: i.hvem, edit=lambda i: i.hvem),
            Column(translate("PlanModel", "Hvilken uddannelse"), lambda i: i.hvad, edit=lambda i: i.hvad),
            Column(translate("PlanModel", "Hvornår"), lambda i: i.hvornaar, edit=lambda i: i.hvornaar),
            Column(translate("PlanModel", "Dage"), lambda i: days(i.days), edit=lambda i: days(i.days)),
        )
        super().__init__(columns, parent=parent)
        self.db, self.meeting_id, self.report = db, meeting_id, report

    def fresh(self) -> list:
        return annual.plan_items(self.db, self.meeting_id)

    _fresh = fresh

    def load(self) -> None:
        self.sync(self._fresh())

    def store(self, record, column: int, value):
        """Write the cell on the value shown; a value the other chair changed since is asked about."""
        field = self.FIELDS[column]
        if field == "days":
            try:
                value = parse_days(value)
            except ValueError:
                self.report(translate("PlanModel", "»{0}« er ikke et antal dage. Skriv fx 1,5.").format(value))
                return None
        write_checked(
            lambda values, seen: annual.update_plan_item(self.db, record.id, seen=seen, **values),
            {field: value},
            {field: getattr(record, field)},
            show=lambda f, v: (days(v) or show_value(None)) if f == "days" else show_value(v),
        )
        return next((i for i in self._fresh() if i.id == record.id), None)

    def add(self) -> int:
        """A new empty line at the end; its row."""
        item_id = annual.add_plan_item(self.db, self.meeting_id)
        fresh = self._fresh()
        row = next(r for r, i in enumerate(fresh) if i.id == item_id)
        self.insert_row(row, fresh[row])
        return row

    def remove(self, row: int) -> None:
        annual.delete_plan_item(self.db, self.rows[row].id)
        self.sync(self._fresh())  # the row removed; the lines after it only change position
