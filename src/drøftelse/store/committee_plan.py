"""The committee's handleplan in the store: every row of every meeting of a committee in one query, one row again
after an edit, and the snapshot its PDF, CSV and XLSX are made from. The demo's example meetings are left out
until the chairs keep them (store/examples.py); chosen by name, an example meeting's rows are printed as one."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import false, func, or_, select

from drøftelse.domain.annual import ANNUAL_KIND
from drøftelse.domain.approval import approving_body
from drøftelse.domain.committee_plan import PlanFilter, plan_order
from drøftelse.domain.errors import MeetingNotInCommittee
from drøftelse.domain.snapshots import Approval, CommitteeHandleplanSnapshot, Signer
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.store.action_items import action_row
from drøftelse.store.common import approval, meeting_label, must_get
from drøftelse.store.database import Database
from drøftelse.store.examples import not_example
from drøftelse.store.models import ActionItem, Committee, Meeting, Verdict
from drøftelse.store.records import ActionItemRecord, CommitteeActionRecord

NO_MEETING = "(uden møde)"


def _record(item: ActionItem, meeting: Meeting | None, effects: dict) -> CommitteeActionRecord:
    values = {f.name: getattr(item, f.name) for f in dataclasses.fields(ActionItemRecord)}
    effect, note = effects.get(item.id, (None, ""))
    if meeting is None:
        return CommitteeActionRecord(**values, origin=NO_MEETING, meeting_date=None, effect=effect, effect_note=note)
    return CommitteeActionRecord(
        **values,
        origin=meeting_label(meeting),
        meeting_date=meeting.date,
        meeting_closed=meeting.closed_at is not None,
        effect=effect,
        effect_note=note,
    )


def _effects(s, committee_id: int, item_id: int | None = None) -> dict[int, tuple[str | None, str]]:
    """Each row's latest "Virkede det?" (the annual evaluation held last that answered it), by row id."""
    query = (
        select(Verdict.action_item_id, Verdict.effect, Verdict.effect_note)
        .join(Meeting, Verdict.meeting_id == Meeting.id)
        .where(
            Meeting.committee_id == committee_id,
            Verdict.action_item_id.is_not(None),
            or_(Verdict.effect.is_not(None), Verdict.effect_note != ""),
        )
        .order_by(Meeting.date, Meeting.id)
    )
    if item_id is not None:
        query = query.where(Verdict.action_item_id == item_id)
    return {row_id: (effect, note) for row_id, effect, note in s.execute(query)}  # the latest wins


def _with_meetings():
    return select(ActionItem, Meeting).outerjoin(Meeting, ActionItem.meeting_id == Meeting.id)


def _committee_rows(s, committee_id: int, example_meeting: int | None = None) -> list[CommitteeActionRecord]:
    """The committee's rows, but none of an example meeting's (`example_meeting`: but that one's)."""
    own = not_example() if example_meeting is None else or_(not_example(), Meeting.id == example_meeting)
    found = s.execute(_with_meetings().where(ActionItem.committee_id == committee_id, own)).all()
    effects = _effects(s, committee_id)
    return sorted((_record(item, meeting, effects) for item, meeting in found), key=plan_order)


def committee_actions(db: Database, committee_id: int) -> list[CommitteeActionRecord]:
    """Every handleplan row of the committee, annual and kompetence meetings alike, in the plan's order; none of
    the demo's example meetings until they are kept."""
    with db.session() as s:
        must_get(s, Committee, committee_id)
        return _committee_rows(s, committee_id)


def committee_action(db: Database, item_id: int) -> CommitteeActionRecord:
    """One row as it is now (after an edit), with its meeting."""
    with db.session() as s:
        row = must_get(s, ActionItem, item_id)
        item, meeting = s.execute(_with_meetings().where(ActionItem.id == item_id)).one()
        return _record(item, meeting, _effects(s, row.committee_id, item_id))


def _approval(s, committee_id: int, today: dt.date) -> Approval:
    """The committee's plan is approved by the forum of its latest meeting held (by today), with a line for each
    member present there; before any meeting, by arbejdsmiljøudvalget on blank lines. The demo's examples do
    not approve the committee's plan."""
    latest = (
        select(Meeting)
        .where(Meeting.committee_id == committee_id, Meeting.example == false())
        .order_by(Meeting.date.desc(), Meeting.id.desc())
    )
    m = s.scalar(latest.where(Meeting.date <= today).limit(1)) or s.scalar(latest.limit(1))
    if m is None:
        return Approval(approving_body(""), (Signer("", ""), Signer("", "")))
    return approval(m, at=meeting_label(m))


def committee_handleplan_snapshot(
    db: Database, committee_id: int, templates: TemplateLibrary, plan_filter: PlanFilter, today: dt.date
) -> CommitteeHandleplanSnapshot:
    """The rows `plan_filter` keeps, with the meeting each came from, and who approves the plan."""
    with db.session() as s:
        committee = must_get(s, Committee, committee_id)
        meeting, example = "", None  # the example meeting chosen, whose rows are printed as one
        if plan_filter.meeting_id is not None:
            m = must_get(s, Meeting, plan_filter.meeting_id)
            if m.committee_id != committee_id:
                raise MeetingNotInCommittee(m.id, committee.name)
            meeting, example = meeting_label(m), m if m.example else None
        rows = plan_filter.select(_committee_rows(s, committee_id, example.id if example else None), today)
        approved = approval(example, at=meeting) if example else _approval(s, committee_id, today)
        name = committee.name
    rules = templates.get(ANNUAL_KIND).rules
    return CommitteeHandleplanSnapshot(
        committee=name,
        printed=today,
        selection=plan_filter.describe(today, meeting),
        rows=tuple(dataclasses.replace(action_row(r), origin=r.origin, origin_date=r.meeting_date) for r in rows),
        approval=approved,
        rules_reference=rules.reference,
        rules_checked=rules.checked,
        example=example is not None,
    )


def committee_plan_version(db: Database, committee_id: int) -> tuple[int, ...]:
    """Changes whenever a row of the committee's handleplan is added, changed or removed, or a meeting of it is
    closed or reopened: the committee's plan page compares it each second (issue 27), one small query."""
    with db.session() as s:
        rows = s.execute(
            select(
                func.count(), func.coalesce(func.sum(ActionItem.version), 0), func.coalesce(func.max(ActionItem.id), 0)
            ).where(ActionItem.committee_id == committee_id)
        ).one()
        closed = s.execute(
            select(func.count(Meeting.closed_at), func.coalesce(func.sum(Meeting.closed_count), 0)).where(
                Meeting.committee_id == committee_id
            )
        ).one()
    return (*rows, *closed)
