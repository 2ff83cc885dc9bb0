"""What a meeting's window reads to show a step: the meeting, its participants, texts and handleplan rows.

Plain SQL on `db.read_connection()`, no ORM: a meeting reopened at start is read and painted before SQLAlchemy has
loaded (issue 32: ~0.3 s of a chair's wait), and a service's transaction still reads what it has written. The ORM
loads behind the painted window for the first write (services/database.load_for_writing)."""

from __future__ import annotations

from drøftelse.domain.errors import MeetingNotFound
from drøftelse.domain.preparation import PreparedText
from drøftelse.store.not_found import not_found
from drøftelse.store.plain_records import columns, record_from
from drøftelse.store.records import ActionItemRecord, AnswerRecord, MeetingRecord, ParticipantRecord

_MEETING = f"SELECT {columns(MeetingRecord)} FROM meeting WHERE id = ?"
_PARTICIPANTS = f"SELECT {columns(ParticipantRecord)} FROM participant WHERE meeting_id = ? ORDER BY position"
_ACTION_ITEMS = f"SELECT {columns(ActionItemRecord)} FROM action_item WHERE meeting_id = ? ORDER BY position, id"
_ACTION_ITEM = f"SELECT {columns(ActionItemRecord)} FROM action_item WHERE id = ?"


def _rows(db, sql: str, params: tuple) -> list:
    with db.read_connection() as conn:
        return conn.execute(sql, params).fetchall()


def get_meeting(db, meeting_id: int) -> MeetingRecord:
    rows = _rows(db, _MEETING, (meeting_id,))
    if not rows:
        raise MeetingNotFound(meeting_id, where_to_look=True)
    return record_from(MeetingRecord, rows[0])


def meeting_settings(db, meeting_id: int) -> dict:
    """The agenda's minutes per step, minutes per speaker, where the round stands, the points' order."""
    return get_meeting(db, meeting_id).settings_dict()


def meeting_version(db, meeting_id: int) -> int:
    """The meeting's edit count: another window compares it to see whether anything changed (revision 0008)."""
    rows = _rows(db, "SELECT version FROM meeting WHERE id = ?", (meeting_id,))
    if not rows:
        raise MeetingNotFound(meeting_id)
    return rows[0][0]


def participants(db, meeting_id: int) -> list[ParticipantRecord]:
    return [record_from(ParticipantRecord, r) for r in _rows(db, _PARTICIPANTS, (meeting_id,))]


def stored_answers(db, meeting_id: int) -> dict[tuple[int | None, str, str], AnswerRecord]:
    """Every text of a meeting with its version, by (participant id or None for the group, step, box)."""
    rows = _rows(db, "SELECT participant_id, step, box, text, version FROM answer WHERE meeting_id = ?", (meeting_id,))
    return {(p, step, box): AnswerRecord(text, version) for p, step, box, text, version in rows}


def answers(db, meeting_id: int) -> dict[tuple[int | None, str, str], str]:
    """Every text of a meeting by (participant id or None for the group, step, box)."""
    return {key: a.text for key, a in stored_answers(db, meeting_id).items()}


def prepared_texts(db, meeting_id: int, step: str, box: str) -> list[PreparedText]:
    """Every participant's text for one box of the preparation step, in the participants' order: one query."""
    rows = _rows(
        db,
        "SELECT participant.id, participant.name, participant.present, answer.text FROM participant "
        "LEFT OUTER JOIN answer ON answer.participant_id = participant.id AND answer.step = ? AND answer.box = ? "
        "WHERE participant.meeting_id = ? ORDER BY participant.position",
        (step, box, meeting_id),
    )
    return [PreparedText(pid, name, bool(present), text or "") for pid, name, present, text in rows]


def imported_participants(db, meeting_id: int, step_key: str) -> set[int]:
    """The participants whose text in `step_key` came from a returned sheet (the list marks them)."""
    rows = _rows(
        db,
        "SELECT participant_id FROM answer WHERE meeting_id = ? AND step = ? AND source = 'imported'",
        (meeting_id, step_key),
    )
    return {r[0] for r in rows}


def action_items(db, meeting_id: int) -> list[ActionItemRecord]:
    return [record_from(ActionItemRecord, r) for r in _rows(db, _ACTION_ITEMS, (meeting_id,))]


def action_item(db, item_id: int) -> ActionItemRecord:
    rows = _rows(db, _ACTION_ITEM, (item_id,))
    if not rows:
        raise not_found("ActionItem", item_id)
    return record_from(ActionItemRecord, rows[0])
