"""A closed meeting's record in the store: reopening it with a reason, the log of what changed after it was
first closed (kept by the database's triggers, revision 0009), and what closing shows will be recorded."""

from __future__ import annotations

from sqlalchemy import func, or_, select, update

from drøftelse.domain.snapshots import ChangeLine, ChangeLogSnapshot
from drøftelse.store.common import approval, must_get, touch_meeting
from drøftelse.store.database import Database
from drøftelse.store.models import Answer, Meeting, MeetingChange
from drøftelse.store.records import ChangeEntry, record


def reopen(db: Database, meeting_id: int, reason: str, user_name: str) -> None:
    """Open a closed meeting again with the reason (and who), which every change logged until it is closed again
    carries (the triggers of revision 0009 copy them into meeting_change)."""
    with db.session() as s:
        must_get(s, Meeting, meeting_id)
        s.execute(
            update(Meeting)
            .where(Meeting.id == meeting_id)
            .values(closed_at=None, reopen_reason=reason, reopened_by=user_name)
        )
        touch_meeting(s, meeting_id)
        s.commit()


def change_log(db: Database, meeting_id: int) -> list[ChangeEntry]:
    """The changes made after the meeting was first closed, oldest first."""
    with db.session() as s:
        must_get(s, Meeting, meeting_id)
        rows = s.scalars(select(MeetingChange).where(MeetingChange.meeting_id == meeting_id).order_by(MeetingChange.id))
        return [record(ChangeEntry, r) for r in rows]


def written_characters(db: Database, meeting_id: int, round_steps: tuple[str, ...] = ()) -> dict[str, int]:
    """How many characters the group's texts hold, per step (goals and verdict comments counted with theirs by
    the caller), and for `round_steps` what was noted for each participant: what closing shows will be recorded."""
    with db.session() as s:
        rows = s.execute(
            select(Answer.step, func.sum(func.length(func.trim(Answer.text))))
            .where(
                Answer.meeting_id == meeting_id,
                or_(Answer.participant_id.is_(None), Answer.step.in_(round_steps)),
            )
            .group_by(Answer.step)
        )
        return {step: int(n or 0) for step, n in rows}


def change_log_snapshot(db: Database, meeting_id: int) -> ChangeLogSnapshot:
    """The meeting's log of changes after closing, with what its document's header and signatures need."""
    with db.session() as s:
        m = must_get(s, Meeting, meeting_id)
        rows = s.scalars(select(MeetingChange).where(MeetingChange.meeting_id == meeting_id).order_by(MeetingChange.id))
        changes = tuple(
            ChangeLine(r.changed_at, r.what, r.old_value or "", r.new_value or "", r.reason, r.user_name) for r in rows
        )
        return ChangeLogSnapshot(
            m.committee.name, m.title, m.date, m.first_closed_at, m.closed_count, changes, approval(m), m.example
        )
