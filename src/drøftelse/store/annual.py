"""The annual discussion in the store: the meetings before it, last year's open rows, the goals, what is written
towards the legal points, closing, and the committee's APV date. The verdicts are in store/annual_verdicts.py, the
members and their training in store/annual_members.py, the kompetenceudviklingsplan in store/competence_plan.py;
the rules (what is missing before closing) in domain/closing.py."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, or_, select, update

from drøftelse.domain.actions import Status
from drøftelse.domain.annual import ANNUAL_KINDS, NEW
from drøftelse.domain.field_names import field_names
from drøftelse.store.annual_reads import goals, point_entries  # noqa: F401 - plain SQL; callers take them here
from drøftelse.store.common import must_get, refuse_closed, touch_meeting
from drøftelse.store.database import Database
from drøftelse.store.examples import drawn_on_by
from drøftelse.store.field_writes import write_fields
from drøftelse.store.models import ActionItem, Committee, Goal, Meeting
from drøftelse.store.positions import delete_closing_up, next_position
from drøftelse.store.records import ActionItemRecord, MeetingRecord, record


# --- which meetings come before
def held_before(m: Meeting):
    """Meetings of the same committee held before `m` (by date, then by creation order); for a meeting of the
    committee's own, none of the demo's examples (store/examples.py)."""
    return and_(
        Meeting.committee_id == m.committee_id,
        Meeting.id != m.id,
        or_(Meeting.date < m.date, and_(Meeting.date == m.date, Meeting.id < m.id)),
        drawn_on_by(m),
    )


def previous_annual(db: Database, meeting_id: int) -> MeetingRecord | None:
    with db.session() as s:
        m = must_get(s, Meeting, meeting_id)
        prev = s.scalar(
            select(Meeting)
            .where(held_before(m), Meeting.kind.in_(ANNUAL_KINDS))
            .order_by(Meeting.date.desc(), Meeting.id.desc())
            .limit(1)
        )
        return record(MeetingRecord, prev) if prev else None


def open_rows(db: Database, committee_id: int, meeting_id: int) -> list[ActionItemRecord]:
    """The committee's handleplan rows still open (åben, i gang) from the meetings held before `meeting_id` that it
    may draw on, oldest meeting first: what the kompetencedrøftelse's forberedelsesark lists."""
    with db.session() as s:
        m = must_get(s, Meeting, meeting_id)
        rows = s.scalars(
            select(ActionItem)
            .join(Meeting, ActionItem.meeting_id == Meeting.id)
            .where(
                ActionItem.committee_id == committee_id,
                ActionItem.status.in_((Status.AABEN.value, Status.I_GANG.value)),
                held_before(m),  # held before it (a row planned later was not there to look in)
            )
            .order_by(Meeting.date, ActionItem.position, ActionItem.id)
        ).all()
        return [record(ActionItemRecord, r) for r in rows]


# --- goals
def add_goal(db: Database, meeting_id: int, text: str = "", kind: str = NEW) -> int:
    with db.session() as s:
        m = must_get(s, Meeting, meeting_id)
        refuse_closed(s, meeting_id)
        position = next_position(s, Goal, meeting_id, kind=kind)
        g = Goal(committee_id=m.committee_id, meeting_id=meeting_id, kind=kind, position=position, text=text)
        s.add(g)
        touch_meeting(s, meeting_id)
        s.commit()
        return g.id


def update_goal(db: Database, goal_id: int, text: str, seen: str | None = None) -> None:
    """Change a goal's text; with `seen` (the text the window showed), a text the other chair changed since is
    not overwritten (FieldChanged)."""
    with db.session() as s:
        g = must_get(s, Goal, goal_id)
        refuse_closed(s, g.meeting_id)
        write_fields(s, Goal, goal_id, {"text": text}, None if seen is None else {"text": seen}, field_names("goal"))
        touch_meeting(s, g.meeting_id)
        s.commit()


def delete_goal(db: Database, goal_id: int) -> None:
    with db.session() as s:
        delete_closing_up(s, Goal, goal_id, "kind")
        s.commit()


# --- what is written towards the legal points, and closing
def close(db: Database, meeting_id: int, when: dt.datetime) -> None:
    """Mark the meeting closed at `when`; whether it may be is decided before (domain/closing.check_closable)."""
    with db.session() as s:
        s.execute(update(Meeting).where(Meeting.id == meeting_id).values(closed_at=when))
        touch_meeting(s, meeting_id)
        s.commit()


# --- the committee's year ahead
def set_apv_date(db: Database, committee_id: int, when: dt.date | None) -> None:
    with db.session() as s:
        must_get(s, Committee, committee_id)
        s.execute(update(Committee).where(Committee.id == committee_id).values(apv_date=when))
        s.commit()
