"""The handleplan's rows: a meeting's rows added, edited, moved, ordered and removed, and the committee's plan
read; each one transaction. services/meetings.py offers them with the meeting's other use cases."""

from __future__ import annotations

from drøftelse.domain.actions import ActionFields
from drøftelse.services.store_modules import StoreModule
from drøftelse.store import meeting_reads
from drøftelse.store.database import Database
from drøftelse.store.records import ActionItemRecord, CommitteeActionRecord

store = StoreModule("drøftelse.store.action_items")
committee_plan = StoreModule("drøftelse.store.committee_plan")


def action_items(db: Database, meeting_id: int) -> list[ActionItemRecord]:
    """The meeting's rows in their order: one plain read (store/meeting_reads.py), before the ORM has loaded."""
    return meeting_reads.action_items(db, meeting_id)


def action_item(db: Database, item_id: int) -> ActionItemRecord:
    return meeting_reads.action_item(db, item_id)


def add_action_item(db: Database, meeting_id: int, fields: ActionFields, position: int | None = None) -> int:
    """A row added at the end, or at `position` with the later rows moved down."""
    with db.transaction():
        return store.add_action_item(db, meeting_id, fields, position)


def new_action_item(
    db: Database, meeting_id: int, fields: ActionFields, position: int | None = None
) -> ActionItemRecord:
    """`add_action_item`, handing back the row as stored (the window shows it without reading it again)."""
    with db.transaction():
        return store.new_action_item(db, meeting_id, fields, position)


def update_action_item(db: Database, item_id: int, expected: tuple[int, dict] | None = None, **values) -> int:
    """Some fields of a row changed; with `expected` (the version and values read), the other chair's change is not
    overwritten (ActionItemChanged). Returns the row's new version."""
    with db.transaction():
        return store.update_action_item(db, item_id, expected, **values)


def delete_action_item(db: Database, item_id: int) -> None:
    with db.transaction():
        store.delete_action_item(db, item_id)


def move_action_item(db: Database, item_id: int, new_position: int) -> None:
    with db.transaction():
        store.move_action_item(db, item_id, new_position)


def set_action_order(db: Database, meeting_id: int, item_ids: list[int]) -> None:
    """The meeting's rows numbered in the order given; OrderChanged when a row was added or removed meanwhile."""
    with db.transaction():
        store.set_action_order(db, meeting_id, item_ids)


def committee_actions(db: Database, committee_id: int) -> list[CommitteeActionRecord]:
    """Every handleplan row of the committee, in the plan's order; none of the demo's examples until kept."""
    with db.transaction():
        return committee_plan.committee_actions(db, committee_id)


def committee_action(db: Database, item_id: int) -> CommitteeActionRecord:
    with db.transaction():
        return committee_plan.committee_action(db, item_id)


def committee_plan_version(db: Database, committee_id: int) -> tuple[int, ...]:
    with db.transaction():
        return committee_plan.committee_plan_version(db, committee_id)
