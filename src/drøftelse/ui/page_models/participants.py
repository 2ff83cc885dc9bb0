"""The participants of the meeting (Opsætning) as a table, in the order of the round."""

from __future__ import annotations

from drøftelse.domain.errors import FieldChanged
from drøftelse.services import meetings as service
from drøftelse.ui.field_conflict import write_checked
from drøftelse.ui.stored_values import role_shown, role_stored
from drøftelse.ui.table_models import Column, RecordTableModel
from drøftelse.ui.translation import translate


def yes_no(value: bool) -> str:
    # the state in words too, not only a tick
    return translate("ParticipantModel", "ja") if value else translate("ParticipantModel", "nej")


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
