"""The meeting's handleplan rows in the store: added, edited (the other chair's change never overwritten
unseen), moved, ordered and removed, and the snapshot the handleplan's PDF and CSV are made from."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, or_, select, true, update

from drøftelse.domain import apv
from drøftelse.domain.actions import TEXT_FIELDS, ActionFields, Priority, Status
from drøftelse.domain.apv import ASSESSMENT_FIELDS
from drøftelse.domain.errors import ActionItemChanged, OrderChanged
from drøftelse.domain.snapshots import ActionRow, HandleplanSnapshot
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.store.common import (
    approval,
    begin_write,
    derived_dates,
    must_get,
    refuse_closed,
    renumber,
    touch_meeting,
    version_note,
)
from drøftelse.store.database import Database
from drøftelse.store.meeting_reads import action_item, action_items  # noqa: F401 - plain SQL; callers take them here
from drøftelse.store.models import ActionItem, Meeting, utcnow
from drøftelse.store.positions import next_position
from drøftelse.store.records import ActionItemRecord, record


def _column_values(fields: ActionFields) -> dict:
    values = {f: getattr(fields, f) for f in (*TEXT_FIELDS, *ASSESSMENT_FIELDS)}
    values["status"] = Status(fields.status).value
    values["priority"] = int(fields.priority) if fields.priority is not None else None
    return _checked_choices(values)


def _checked_choices(values: dict) -> dict:
    """Alvor and omfang as stored: one of domain/apv's choices, or None (an unknown value is a ValueError)."""
    for field in ("alvor", "omfang"):
        if field in values:
            values[field] = apv.choice(field, values[field]).value if values[field] else None
    return values


def add_action_item(db: Database, meeting_id: int, fields: ActionFields, position: int | None = None) -> int:
    """Add a row to the meeting's handleplan (at the end, or at `position`, moving later rows down)."""
    return new_action_item(db, meeting_id, fields, position).id


def new_action_item(
    db: Database, meeting_id: int, fields: ActionFields, position: int | None = None
) -> ActionItemRecord:
    """`add_action_item`, handing back the row as stored: a chair's Ctrl+N is one short transaction, not a second
    one to read the row it just wrote."""
    values = _column_values(fields)
    with db.session() as s:
        meeting = must_get(s, Meeting, meeting_id)
        refuse_closed(s, meeting_id)
        count = next_position(s, ActionItem, meeting_id)
        if position is None or position >= count:
            position = count
        else:
            s.execute(
                update(ActionItem)
                .where(ActionItem.meeting_id == meeting_id, ActionItem.position >= position)
                .values(position=ActionItem.position + 1)
            )
        item = ActionItem(
            committee_id=meeting.committee_id,
            meeting_id=meeting_id,
            position=position,
            **values,
            **derived_dates(values, meeting.date),
        )
        s.add(item)
        touch_meeting(s, meeting_id)
        s.flush()
        s.refresh(item)  # as stored (texts cleaned on the way in), read in this transaction before it ends
        stored = record(ActionItemRecord, item)
        s.commit()
        return stored


# a closed meeting's row is still followed up (its status and what the follow-up found): the running handleplan
FOLLOW_UP = {"status", "result"}


def update_action_item(db: Database, item_id: int, expected: tuple[int, dict] | None = None, **values) -> int:
    """Change some fields of a row; the dates read from Hvornår/Opfølgning follow their text. Returns the row's
    new version.

    With `expected` = (the version the writer read, {field: the value it read}) the change is stored when the row
    is still at that version, or when each field written still holds what the writer read (the other window
    changed another field); checked in the same statement that writes. Otherwise ActionItemChanged carries what
    is stored now and nothing is written. The same value written twice is no conflict."""
    allowed = set(TEXT_FIELDS) | set(ASSESSMENT_FIELDS) | {"status", "priority", "result"}
    if set(values) - allowed:
        raise ValueError(f"unknown action item fields {set(values) - allowed}")
    _checked_choices(values)
    if "status" in values:
        values["status"] = Status(values["status"]).value
    if values.get("priority") is not None:
        values["priority"] = int(Priority(values["priority"]))
    with db.session() as s:
        item = must_get(s, ActionItem, item_id)
        if set(values) - FOLLOW_UP:
            refuse_closed(s, item.meeting_id)
        meeting_date = item.meeting.date if item.meeting else dt.date.today()
        where = [ActionItem.id == item_id]
        if expected is not None:
            version, seen = expected
            unchanged = [getattr(ActionItem, f) == _stored_form(f, seen[f]) for f in values if f in seen]
            where.append(or_(ActionItem.version == version, and_(*unchanged)) if unchanged else true())
        new_version = s.scalar(
            update(ActionItem)
            .where(*where)
            .values(**values, **derived_dates(values, meeting_date, item), updated_at=utcnow())
            .values(version=ActionItem.version + 1)
            .returning(ActionItem.version)
            .execution_options(synchronize_session=False)
        )
        if new_version is None:  # another writer changed a field this edit writes
            current = s.execute(
                select(ActionItem).where(ActionItem.id == item_id).execution_options(populate_existing=True)
            ).scalar_one()
            for field, value in values.items():
                if getattr(current, field) != value:
                    raise ActionItemChanged(field, getattr(current, field), current.version)
            return current.version
        touch_meeting(s, item.meeting_id)
        s.commit()
    return new_version


def _stored_form(field: str, value):
    """A value as the row stores it (Status and Priority as their values)."""
    if field == "status" and value is not None:
        return Status(value).value
    if field == "priority" and value is not None:
        return int(Priority(value))
    return value


def delete_action_item(db: Database, item_id: int) -> None:
    with db.session() as s:
        item = must_get(s, ActionItem, item_id)
        meeting_id, position = item.meeting_id, item.position
        refuse_closed(s, meeting_id)
        s.delete(item)
        s.flush()
        s.execute(
            update(ActionItem)
            .where(ActionItem.meeting_id == meeting_id, ActionItem.position > position)
            .values(position=ActionItem.position - 1)
        )
        s.commit()


def move_action_item(db: Database, item_id: int, new_position: int) -> None:
    with db.session() as s:
        item = must_get(s, ActionItem, item_id)
        refuse_closed(s, item.meeting_id)
        renumber(s, ActionItem, item.meeting_id, item_id, new_position)
        s.commit()


def set_action_order(db: Database, meeting_id: int, item_ids: list[int]) -> None:
    """Number the meeting's rows in the order given (every row of the meeting, each once): ordering by priority,
    and taking that back."""
    with db.session() as s:
        begin_write(s)
        refuse_closed(s, meeting_id)
        stored = set(s.scalars(select(ActionItem.id).where(ActionItem.meeting_id == meeting_id)))
        if stored != set(item_ids) or len(item_ids) != len(stored):
            raise OrderChanged(frozenset(stored))  # a row was added or removed meanwhile: the window reads them again
        for position, item_id in enumerate(item_ids):
            s.execute(
                update(ActionItem)
                .where(ActionItem.id == item_id, ActionItem.position != position)
                .values(position=position, version=ActionItem.version + 1)
                .execution_options(synchronize_session=False)
            )
        touch_meeting(s, meeting_id)
        s.commit()


def action_row(item) -> ActionRow:
    return ActionRow(
        position=item.position,
        **{f: getattr(item, f) for f in TEXT_FIELDS},
        status=Status(item.status),
        priority=Priority(item.priority) if item.priority is not None else None,
        hvornaar_dato=item.hvornaar_dato,
        opfoelgning_dato=item.opfoelgning_dato,
        **{f: getattr(item, f) for f in ASSESSMENT_FIELDS},
        effect=getattr(item, "effect", None),  # the committee's plan carries the last "Virkede det?"
        effect_note=getattr(item, "effect_note", ""),
    )


def handleplan_snapshot(db: Database, meeting_id: int, templates: TemplateLibrary) -> HandleplanSnapshot:
    """Everything the handleplan PDF and CSV need, read in one short session."""
    with db.session() as s:
        m = must_get(s, Meeting, meeting_id)
        template = templates.get(m.kind)
        return HandleplanSnapshot(
            committee=m.committee.name,
            meeting_title=m.title,
            meeting_kind_name=template.name,
            meeting_date=m.date,
            place=m.place,
            rows=tuple(action_row(i) for i in m.action_items),
            approval=approval(m),
            rules_reference=template.rules.reference,
            rules_checked=template.rules.checked,
            version_note=version_note(m),
            example=m.example,
        )
