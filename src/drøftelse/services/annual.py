"""The annual discussion: last year's goals and open rows judged, next year's goals, the AMO's members and
their training, the kompetenceudviklingsplan, and closing it only when every legal point has an entry.

Each use case is one transaction around the store functions it calls; the rules it applies (what a closing
misses, how many days a course may have, which years may be pooled) are domain/'s."""

from __future__ import annotations

import datetime as dt

from drøftelse.domain import training
from drøftelse.domain.annual import LAST_YEAR, NEW, Verdict
from drøftelse.domain.closing import NotFinished, check_closable
from drøftelse.domain.closing import missing_points as points_missing
from drøftelse.domain.competence_plan import first_lines, should_prefill
from drøftelse.domain.evaluation import Evaluation, EvaluationItem
from drøftelse.domain.members import MemberLine
from drøftelse.domain.templates import Step, Template
from drøftelse.services.store_modules import StoreModule
from drøftelse.store import annual_reads
from drøftelse.store.database import Database
from drøftelse.store.meeting_reads import get_meeting
from drøftelse.store.records import CourseRecord, GoalRecord, PlanItemRecord

store = StoreModule("drøftelse.store.annual")
annual_members = StoreModule("drøftelse.store.annual_members")
annual_verdicts = StoreModule("drøftelse.store.annual_verdicts")
competence_plan = StoreModule("drøftelse.store.competence_plan")
meetings_store = StoreModule("drøftelse.store.meetings")

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
    "copy_last_participants",
    "invite_members",
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


# --- last year's goals and open rows, judged
def evaluation(db: Database, meeting_id: int) -> Evaluation:
    """What this annual discussion evaluates: the previous one's goals (or goals typed by hand) and every open row
    of the committee from earlier meetings, with the verdicts given here."""
    with db.transaction():
        return annual_verdicts.evaluation(db, meeting_id)


def set_verdict(
    db: Database,
    meeting_id: int,
    verdict: Verdict | str | None,
    comment: str | None = None,
    *,
    goal_id: int | None = None,
    action_item_id: int | None = None,
    seen: Verdict | str | None = "any",
) -> None:
    """Judge a goal or a row; a row's status follows the verdict. With `seen`, the other chair's verdict given
    since is not overwritten (FieldChanged)."""
    with db.transaction():
        annual_verdicts.set_verdict(
            db, meeting_id, verdict, comment, goal_id=goal_id, action_item_id=action_item_id, seen=seen
        )


def set_verdict_comment(
    db: Database,
    meeting_id: int,
    comment: str,
    *,
    goal_id: int | None = None,
    action_item_id: int | None = None,
    seen: str | None = None,
) -> None:
    """The comment on a verdict, and nothing else; with `seen` as set_verdict."""
    with db.transaction():
        annual_verdicts.set_verdict_comment(
            db, meeting_id, comment, goal_id=goal_id, action_item_id=action_item_id, seen=seen
        )


def set_verdict_effect(
    db: Database, meeting_id: int, action_item_id: int, values: dict, *, seen: dict | None = None
) -> None:
    """A row's "Virkede det?" at this evaluation; the verdict and the row's status stay as stored."""
    with db.transaction():
        annual_verdicts.set_verdict_effect(db, meeting_id, action_item_id, values, seen=seen)


# --- goals
def goals(db: Database, meeting_id: int, kind: str = NEW) -> list[GoalRecord]:
    return annual_reads.goals(db, meeting_id, kind)


def add_goal(db: Database, meeting_id: int, text: str = "", kind: str = NEW) -> int:
    with db.transaction():
        return store.add_goal(db, meeting_id, text, kind)


def update_goal(db: Database, goal_id: int, text: str, seen: str | None = None) -> None:
    with db.transaction():
        store.update_goal(db, goal_id, text, seen)


def delete_goal(db: Database, goal_id: int) -> None:
    with db.transaction():
        store.delete_goal(db, goal_id)


# --- members and their training
def members(
    db: Database, committee_id: int, today: dt.date, include_left: bool = True, include_examples: bool = True
) -> list[MemberLine]:
    """The committee's members with their courses and their training status today."""
    with db.transaction():
        return annual_members.members(db, committee_id, today, include_left, include_examples)


def members_version(db: Database, committee_id: int) -> tuple[int, ...]:
    return annual_reads.members_version(db, committee_id)


def add_member(
    db: Database,
    committee_id: int,
    name: str,
    role: str = "",
    elected_on: dt.date | None = None,
    group_name: str = "",
    contact: str = "",
    example: bool = False,
    took_office_on: dt.date | None = None,
) -> int:
    """A member of the committee's AMO; without a tiltrædelse the rights run from the election date, assumed."""
    with db.transaction():
        return annual_members.add_member(
            db, committee_id, name, role, elected_on, group_name, contact, example, took_office_on
        )


def update_member(db: Database, member_id: int, seen: dict | None = None, **values) -> None:
    with db.transaction():
        annual_members.update_member(db, member_id, seen, **values)


def delete_member(db: Database, member_id: int) -> None:
    with db.transaction():
        annual_members.delete_member(db, member_id)


def set_mandatory_course(
    db: Database, member_id: int, taken_on: dt.date | None, seen: dt.date | None | str = "any"
) -> None:
    with db.transaction():
        annual_members.set_mandatory_course(db, member_id, taken_on, seen)


def add_training(db: Database, member_id: int, title: str, taken_on: dt.date, days: float) -> int:
    """A supplementary course taken: between 0 and 365 days."""
    training.check_days(days)
    with db.transaction():
        return annual_members.add_training(db, member_id, title, taken_on, days)


def delete_training(db: Database, training_id: int) -> None:
    with db.transaction():
        annual_members.delete_training(db, training_id)


def add_offer(db: Database, member_id: int, offered_on: dt.date, days: float, title: str = "", answer: str = "") -> int:
    """An offer of supplementary training (more than 0 and at most 365 days), with the member's answer."""
    training.check_days(days, offer=True)
    with db.transaction():
        return annual_members.add_offer(db, member_id, offered_on, days, title, answer)


def set_offer_answer(db: Database, offer_id: int, answer: str, seen: str | None = None) -> None:
    with db.transaction():
        annual_members.set_offer_answer(db, offer_id, answer, seen)


def delete_offer(db: Database, offer_id: int) -> None:
    with db.transaction():
        annual_members.delete_offer(db, offer_id)


def agree_pooling(db: Database, member_id: int, first_year: int, agreed_on: dt.date, note: str = "") -> int:
    """Pool funktionsår `first_year` and the next into 3 days, as agreed in writing on `agreed_on`; refused for the
    first funktionsår and for a year already pooled (DroeftelseError, in Danish)."""
    training.check_pooling(first_year)
    with db.transaction():
        training.check_pooling_free(first_year, annual_members.pooled_years(db, member_id))
        return annual_members.add_pooling(db, member_id, first_year, agreed_on, note)


def delete_pooling(db: Database, pooling_id: int) -> None:
    with db.transaction():
        annual_members.delete_pooling(db, pooling_id)


def invite_members(db: Database, meeting_id: int) -> int:
    """A new meeting starts with the committee's current members as participants (all present until ticked
    off); returns how many were added. A meeting that already has participants is left alone."""
    with db.transaction():
        if meetings_store.participants(db, meeting_id):
            return 0
        m = get_meeting(db, meeting_id)
        people = annual_members.members(db, m.committee_id, m.date, include_left=False, include_examples=m.example)
        chairs = annual_members.formandskab(db, m.committee_id)
        for p in people:
            meetings_store.add_participant(db, meeting_id, p.name, p.role, formandskab=p.id in chairs)
        return len(people)


def copy_last_participants(db: Database, meeting_id: int) -> int:
    """A workplace without an AMO has no members to invite: a new annual discussion starts with the people of the
    previous one (name, role, who led it), all present until ticked off. Returns how many; a meeting that already
    has participants is left alone."""
    with db.transaction():
        if meetings_store.participants(db, meeting_id):
            return 0
        prev = store.previous_annual(db, meeting_id)
        people = meetings_store.participants(db, prev.id) if prev else []
        for p in people:
            meetings_store.add_participant(db, meeting_id, p.name, p.role, formandskab=p.formandskab)
        return len(people)


# --- the kompetenceudviklingsplan
def plan_items(db: Database, meeting_id: int) -> list[PlanItemRecord]:
    with db.transaction():
        return competence_plan.plan_items(db, meeting_id)


def add_plan_item(
    db: Database,
    meeting_id: int,
    hvem: str = "",
    hvad: str = "",
    hvornaar: str = "",
    days: float | None = None,
    member_id: int | None = None,
) -> int:
    with db.transaction():
        return competence_plan.add_plan_item(db, meeting_id, hvem, hvad, hvornaar, days, member_id)


def update_plan_item(db: Database, item_id: int, seen: dict | None = None, **values) -> None:
    with db.transaction():
        competence_plan.update_plan_item(db, item_id, seen, **values)


def delete_plan_item(db: Database, item_id: int) -> None:
    with db.transaction():
        competence_plan.delete_plan_item(db, item_id)


def latest_own_development(db: Database, meeting_id: int) -> tuple[str, str] | None:
    with db.transaction():
        return competence_plan.latest_own_development(db, meeting_id)


def prefill_plan(db: Database, meeting_id: int, today: dt.date) -> str | None:
    """Fill an empty kompetenceudviklingsplan (a line per active member, last kompetencedrøftelse's wishes under
    the member they name): every line or none. Returns where the text came from."""
    with db.transaction():
        m = get_meeting(db, meeting_id)
        has_lines = bool(competence_plan.plan_items(db, meeting_id))
        if not should_prefill(db.read_only, has_lines, m.closed_at is not None):
            return None
        people = annual_members.members(db, m.committee_id, today, include_left=False, include_examples=m.example)
        source = competence_plan.latest_own_development(db, meeting_id)
        lines = first_lines([(p.id, p.name) for p in people], source[1] if source else "")
        competence_plan.add_plan_lines(db, meeting_id, lines)
        return source[0] if source else None


# --- the committee's year ahead, and closing
def set_apv_date(db: Database, committee_id: int, when: dt.date | None) -> None:
    with db.transaction():
        store.set_apv_date(db, committee_id, when)


def missing_points(db: Database, meeting_id: int, template: Template) -> list[Step]:
    """The legal points without an entry, in the law's order (domain/closing.missing_points)."""
    return points_missing(template, annual_reads.point_entries(db, meeting_id))


def finalise(db: Database, meeting_id: int, template: Template, when: dt.datetime | None = None) -> None:
    """Close the meeting, or raise NotFinished naming the legal points without an entry; checked and closed in
    one transaction, so a point emptied meanwhile cannot slip through."""
    with db.transaction():
        check_closable(template, store.point_entries(db, meeting_id), get_meeting(db, meeting_id).form)
        store.close(db, meeting_id, when or dt.datetime.now())
