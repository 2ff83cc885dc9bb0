"""The annual discussion: last year's goals and open rows judged, next year's goals, the AMO's members and
their training, the kompetenceudviklingsplan, and closing it only when every legal point has an entry."""

from __future__ import annotations

import datetime as dt

from drøftelse.domain.templates import Template
from drøftelse.store import annual as store
from drøftelse.store.annual import (
    LAST_YEAR,
    NEW,
    Evaluation,
    EvaluationItem,
    MemberLine,
    NotFinished,
    add_goal,
    add_member,
    add_offer,
    add_plan_item,
    add_training,
    agree_pooling,
    delete_goal,
    delete_member,
    delete_offer,
    delete_plan_item,
    delete_pooling,
    delete_training,
    evaluation,
    goals,
    latest_own_development,
    members,
    members_version,
    missing_points,
    plan_items,
    set_apv_date,
    set_mandatory_course,
    set_offer_answer,
    set_verdict,
    set_verdict_comment,
    set_verdict_effect,
    update_goal,
    update_member,
    update_plan_item,
)
from drøftelse.store.database import Database
from drøftelse.store.records import CourseRecord, GoalRecord, PlanItemRecord

__all__ = [
    "LAST_YEAR",
    "NEW",
    "CourseRecord",
    "Evaluation",
    "EvaluationItem",
    "GoalRecord",
    "MemberLine",
    "NotFinished",
    "PlanItemRecord",
    "add_goal",
    "add_member",
    "add_plan_item",
    "add_offer",
    "add_training",
    "agree_pooling",
    "delete_goal",
    "delete_member",
    "delete_offer",
    "delete_pooling",
    "delete_plan_item",
    "delete_training",
    "evaluation",
    "finalise",
    "goals",
    "latest_own_development",
    "members",
    "missing_points",
    "plan_items",
    "prefill_plan",
    "set_apv_date",
    "set_mandatory_course",
    "set_offer_answer",
    "set_verdict",
    "set_verdict_comment",
    "set_verdict_effect",
    "members_version",
    "update_goal",
    "update_member",
    "update_plan_item",
]


def prefill_plan(db: Database, meeting_id: int, today: dt.date) -> str | None:
    """Fill an empty kompetenceudviklingsplan (a line per active member, last kompetencedrøftelse's wishes under
    the member they name): every line or none. Returns where the text came from."""
    with db.transaction():
        return store.prefill_plan(db, meeting_id, today)


def finalise(db: Database, meeting_id: int, template: Template, when: dt.datetime | None = None) -> None:
    """Close the meeting, or raise NotFinished naming the legal points without an entry; checked and closed in
    one transaction, so a point emptied meanwhile cannot slip through."""
    with db.transaction():
        store.finalise(db, meeting_id, template, when)
