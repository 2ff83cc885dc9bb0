"""The annual discussion in the store: last year's goals and open rows with their verdicts, the new goals, the
AMO's members and training, the kompetenceudviklingsplan, the finalise check and the committee's year ahead."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from sqlalchemy import and_, delete, false, func, or_, select, update
from sqlalchemy.exc import IntegrityError

from drøftelse.domain import apv, training
from drøftelse.domain.actions import Status
from drøftelse.domain.annual import (
    ANNUAL_KINDS,
    COMPETENCE_KIND,
    OWN_DEVELOPMENT,
    SAGKUNDSKAB_BOX,
    TRAINING_BOX,
    Verdict,
    missing_message,
    point_steps,
)
from drøftelse.domain.errors import DroeftelseError, FieldChanged
from drøftelse.domain.field_names import field_names
from drøftelse.domain.i18n import translate
from drøftelse.domain.snapshots import (
    CompetencePlanSnapshot,
    MemberTraining,
    PlanLine,
)
from drøftelse.domain.templates import Box, Step, Template
from drøftelse.store.common import (
    approval,
    begin_write,
    meeting_label,
    must_get,
    refuse_closed,
    renumber,
    touch_meeting,
)
from drøftelse.store.database import Database
from drøftelse.store.examples import drawn_on_by
from drøftelse.store.field_writes import write_fields
from drøftelse.store.meetings import add_participant, participants
from drøftelse.store.models import (
    ActionItem,
    Answer,
    Committee,
    Goal,
    Meeting,
    Member,
    PlanItem,
    Training,
    TrainingOffer,
    TrainingPooling,
    utcnow,
)
from drøftelse.store.models import (
    Verdict as VerdictRow,
)
from drøftelse.store.records import ActionItemRecord, CourseRecord, GoalRecord, MeetingRecord, PlanItemRecord, record

NEW, LAST_YEAR = "ny", "sidste_aar"


class NotFinished(DroeftelseError):
    """The meeting cannot be finalised: some legal points have no entry (`missing` names them), or the template asks
    how the discussion was held and no form is chosen (`forms_missing`: the choices)."""

    def __init__(self, missing: list[Step], forms_missing: tuple[str, ...] = ()):
        super().__init__(missing_message(missing, forms_missing))
        self.missing = missing
        self.forms_missing = forms_missing


# --- which meetings come before
def _before(m: Meeting):
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
            .where(_before(m), Meeting.kind.in_(ANNUAL_KINDS))
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
                _before(m),  # held before it (a row planned later was not there to look in)
            )
            .order_by(Meeting.date, ActionItem.position, ActionItem.id)
        ).all()
        return [record(ActionItemRecord, r) for r in rows]


# --- last year's goals and open rows, with verdicts
@dataclass(frozen=True)
class EvaluationItem:
    goal_id: int | None
    action_item_id: int | None
    text: str  # the goal, or the row's Hvad
    origin: str  # the meeting it came from, "Årlig drøftelse 2025 (12.11.2025)", or "Skrevet ind i år"
    hvem: str
    hvornaar: str
    status: Status | None
    verdict: Verdict | None
    comment: str
    typed_here: bool = False  # a goal typed by hand in this meeting
    effect: str | None = None  # a row's "Virkede det?" (domain/apv.Effect), with a note; goals have none
    effect_note: str = ""


@dataclass(frozen=True)
class Evaluation:
    previous: str | None  # "Årlig arbejdsmiljødrøftelse 2025 (12.11.2025)" or None when there is none
    earlier_meetings: int
    goals: tuple[EvaluationItem, ...]
    rows: tuple[EvaluationItem, ...]

    @property
    def judged(self) -> int:
        return sum(1 for i in self.goals + self.rows if i.verdict is not None)


def evaluation(db: Database, meeting_id: int) -> Evaluation:
    """What this annual discussion evaluates: the previous annual discussion's goals (or goals typed by hand when
    there is none) and every handleplan row of the committee still open – or judged here – from earlier meetings."""
    with db.session() as s:
        m = must_get(s, Meeting, meeting_id)
        earlier = s.scalar(select(func.count()).select_from(Meeting).where(_before(m))) or 0
        prev = s.scalar(
            select(Meeting)
            .where(_before(m), Meeting.kind.in_(ANNUAL_KINDS))
            .order_by(Meeting.date.desc(), Meeting.id.desc())
            .limit(1)
        )
        verdicts = {
            (v.goal_id, v.action_item_id): v
            for v in s.scalars(select(VerdictRow).where(VerdictRow.meeting_id == meeting_id))
        }

        def judged(goal_id=None, item_id=None):
            v = verdicts.get((goal_id, item_id))
            return (Verdict(v.verdict) if v and v.verdict else None), (v.comment if v else "")

        goal_filter = and_(Goal.meeting_id == meeting_id, Goal.kind == LAST_YEAR)
        if prev is not None:
            goal_filter = or_(goal_filter, and_(Goal.meeting_id == prev.id, Goal.kind == NEW))
        goals = []
        for g in s.scalars(select(Goal).where(goal_filter).order_by(Goal.kind.desc(), Goal.position, Goal.id)):
            here = g.meeting_id == meeting_id
            verdict, comment = judged(goal_id=g.id)
            goals.append(
                EvaluationItem(
                    g.id,
                    None,
                    g.text,
                    translate("annual", "Skrevet ind i år") if here else meeting_label(prev),
                    "",
                    "",
                    None,
                    verdict,
                    comment,
                    here,
                )
            )
        judged_here = select(VerdictRow.action_item_id).where(
            VerdictRow.meeting_id == meeting_id, VerdictRow.action_item_id.is_not(None)
        )
        rows = s.execute(
            select(ActionItem, Meeting)
            .join(Meeting, ActionItem.meeting_id == Meeting.id)
            .where(
                _before(m),
                or_(ActionItem.status.in_([Status.AABEN.value, Status.I_GANG.value]), ActionItem.id.in_(judged_here)),
            )
            .order_by(Meeting.date, Meeting.id, ActionItem.position)
        ).all()
        items = []
        for item, source in rows:
            verdict, comment = judged(item_id=item.id)
            v = verdicts.get((None, item.id))
            items.append(
                EvaluationItem(
                    None,
                    item.id,
                    item.hvad,
                    meeting_label(source),
                    item.hvem,
                    item.hvornaar,
                    Status(item.status),
                    verdict,
                    comment,
                    effect=v.effect if v else None,
                    effect_note=v.effect_note if v else "",
                )
            )
        return Evaluation(meeting_label(prev) if prev else None, earlier, tuple(goals), tuple(items))


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
    """Judge a goal or a row. A row's status follows the verdict; no verdict gives the row its old status back.
    With `seen` (the verdict the window showed, None for none), a verdict the other chair changed since is not
    overwritten (FieldChanged). The comment is written only when given (`set_verdict_comment` writes it alone)."""
    if (goal_id is None) == (action_item_id is None):
        raise ValueError("a verdict is on a goal or on a row")
    verdict = Verdict(verdict) if verdict else None
    now = utcnow()
    with db.session() as s:
        target = _open_verdict(s, meeting_id, goal_id, action_item_id)
        row = s.scalar(select(VerdictRow).where(VerdictRow.meeting_id == meeting_id, target).with_for_update())
        if seen != "any":
            stored = row.verdict if row is not None else ""
            shown = Verdict(seen).value if seen else ""
            wanted = verdict.value if verdict else ""
            if stored not in (shown, wanted):
                raise FieldChanged(
                    field_names("verdict")["verdict"], "verdict", Verdict(stored) if stored else None, verdict
                )
        if row is None:
            row = VerdictRow(meeting_id=meeting_id, goal_id=goal_id, action_item_id=action_item_id, comment="")
            s.add(row)
        if action_item_id is not None:
            item = must_get(s, ActionItem, action_item_id)
            if row.previous_status is None:
                row.previous_status = item.status
            new_status = verdict.row_status.value if verdict else row.previous_status
            s.execute(
                update(ActionItem)
                .where(ActionItem.id == action_item_id)
                .values(status=new_status, updated_at=now, version=ActionItem.version + 1)
            )
        row.verdict = verdict.value if verdict else ""
        if comment is not None:
            row.comment = comment
        row.updated_at = now
        row.version = (row.version or 1) + 1
        touch_meeting(s, meeting_id, now)
        s.commit()


def _make_verdict_row(s, meeting_id: int, goal_id: int | None, action_item_id: int | None, target) -> None:
    """The verdict's row, made empty when there is none yet, so that it can be locked: two chairs judging the same
    goal for the first time at once would otherwise both insert one (the second met the unique index)."""
    if s.scalar(select(VerdictRow.id).where(VerdictRow.meeting_id == meeting_id, target)) is not None:
        return
    if action_item_id is not None:
        must_get(s, ActionItem, action_item_id)
    try:
        with s.begin_nested():
            s.add(
                VerdictRow(
                    meeting_id=meeting_id, goal_id=goal_id, action_item_id=action_item_id, verdict="", comment=""
                )
            )
    except IntegrityError:
        pass  # the other chair's came first: theirs is locked and judged below


def set_verdict_comment(
    db: Database,
    meeting_id: int,
    comment: str,
    *,
    goal_id: int | None = None,
    action_item_id: int | None = None,
    seen: str | None = None,
) -> None:
    """The comment on a goal's or a row's verdict, and nothing else: the verdict and the row's status stay as
    stored (a comment typed in a window that showed an older verdict changed them before, issue 27). With `seen`
    (the comment the window showed), a comment the other chair changed since is not overwritten (FieldChanged)."""
    if (goal_id is None) == (action_item_id is None):
        raise ValueError("a verdict is on a goal or on a row")
    _write_verdict_fields(
        db, meeting_id, goal_id, action_item_id, {"comment": comment}, None if seen is None else {"comment": seen}
    )


def set_verdict_effect(
    db: Database, meeting_id: int, action_item_id: int, values: dict, *, seen: dict | None = None
) -> None:
    """A row's "Virkede det?" at this annual evaluation: `values` has "effect" (domain/apv.Effect's value, or None:
    not answered) and/or "effect_note"; the verdict and the row's status stay as stored. With `seen` (those fields
    as the window showed them), what the other chair changed since is not overwritten (FieldChanged)."""
    if not values or set(values) - {"effect", "effect_note"}:
        raise ValueError(f"a row's effect is 'effect' and 'effect_note', not {set(values)}")
    values = dict(values)
    if "effect" in values:
        values["effect"] = apv.choice("effect", values["effect"]).value if values["effect"] else None
    _write_verdict_fields(db, meeting_id, None, action_item_id, values, seen)


def _open_verdict(s, meeting_id: int, goal_id: int | None, action_item_id: int | None):
    """In a write: the meeting's lock taken, a closed meeting refused, and the goal's or row's verdict made when
    there is none yet. Returns the condition that picks that verdict out of the meeting's."""
    begin_write(s)
    must_get(s, Meeting, meeting_id)
    refuse_closed(s, meeting_id)
    target = VerdictRow.goal_id == goal_id if goal_id is not None else VerdictRow.action_item_id == action_item_id
    _make_verdict_row(s, meeting_id, goal_id, action_item_id, target)
    return target


def _write_verdict_fields(
    db: Database, meeting_id: int, goal_id: int | None, action_item_id: int | None, values: dict, seen: dict | None
) -> None:
    """Some fields of a goal's or a row's verdict (made when there is none yet), each written only where it still
    holds what the window showed (`seen`); the verdict itself and the row's status stay as stored."""
    now = utcnow()
    with db.session() as s:
        target = _open_verdict(s, meeting_id, goal_id, action_item_id)
        row_id = s.scalar(select(VerdictRow.id).where(VerdictRow.meeting_id == meeting_id, target))
        write_fields(s, VerdictRow, row_id, {**values, "updated_at": now}, seen, field_names("verdict"))
        touch_meeting(s, meeting_id, now)
        s.commit()


# --- goals
def goals(db: Database, meeting_id: int, kind: str = NEW) -> list[GoalRecord]:
    with db.session() as s:
        rows = s.scalars(
            select(Goal).where(Goal.meeting_id == meeting_id, Goal.kind == kind).order_by(Goal.position, Goal.id)
        )
        return [record(GoalRecord, g) for g in rows]


def add_goal(db: Database, meeting_id: int, text: str = "", kind: str = NEW) -> int:
    with db.session() as s:
        m = must_get(s, Meeting, meeting_id)
        refuse_closed(s, meeting_id)
        position = s.scalar(select(func.count()).where(Goal.meeting_id == meeting_id, Goal.kind == kind)) or 0
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
        g = s.get(Goal, goal_id)
        if g is None:
            return
        meeting_id, kind = g.meeting_id, g.kind
        refuse_closed(s, meeting_id)
        s.delete(g)
        s.flush()
        renumber(s, Goal, meeting_id, kind=kind)
        touch_meeting(s, meeting_id)
        s.commit()


# --- members and training
@dataclass(frozen=True)
class MemberLine:
    id: int
    name: str
    role: str
    elected_on: dt.date | None
    left_on: dt.date | None
    mandatory_on: dt.date | None
    courses: tuple[CourseRecord, ...]  # supplementary, newest first
    status: training.TrainingStatus
    group_name: str = ""  # the arbejdsmiljøgruppe (revision 0011)
    contact: str = ""  # how the employees reach the member: phone, mail, where they sit
    example: bool = False  # made by the demo: marked, and left out of the årshjul, until kept (revision 0011)
    version: int = 1  # counted up by every write (revision 0012)
    took_office_on: dt.date | None = None  # the rights run from here (revision 0013)
    took_office_assumed: bool = False  # taken from the election date; a chair has not confirmed it
    offers: tuple[OfferRecord, ...] = ()  # offers of supplementary training, newest first
    pooled: tuple[PoolingRecord, ...] = ()  # two years' days pooled into 3, agreed in writing


@dataclass(frozen=True)
class OfferRecord:
    id: int
    member_id: int
    offered_on: dt.date
    days: float
    title: str
    answer: str
    version: int = 1


@dataclass(frozen=True)
class PoolingRecord:
    id: int
    member_id: int
    first_year: int
    agreed_on: dt.date
    note: str


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
    """A member of the committee's AMO; `example` marks one the demo made. Without `took_office_on` the rights run
    from the election date, marked as assumed until a chair confirms the tiltrædelse."""
    with db.session() as s:
        must_get(s, Committee, committee_id)
        member = Member(
            committee_id=committee_id,
            name=name,
            role=role,
            elected_on=elected_on,
            took_office_on=took_office_on or elected_on,
            took_office_assumed=took_office_on is None and elected_on is not None,
            group_name=group_name,
            contact=contact,
            example=example,
        )
        s.add(member)
        s.commit()
        return member.id


def update_member(db: Database, member_id: int, seen: dict | None = None, **values) -> None:
    """Change a member's fields; with `seen` (the values the window showed), a field the other chair changed
    since is not overwritten (FieldChanged), and fields not written here are never touched."""
    allowed = {
        "name",
        "role",
        "elected_on",
        "took_office_on",
        "took_office_assumed",
        "left_on",
        "formandskab",
        "group_name",
        "contact",
    }
    if set(values) - allowed:
        raise ValueError(f"unknown member fields {set(values) - allowed}")
    if "left_on" in values:
        values["active"] = values["left_on"] is None
    if "took_office_on" in values:  # a tiltrædelse written by a chair is confirmed
        values.setdefault("took_office_assumed", False)
    with db.session() as s:
        must_get(s, Member, member_id)
        write_fields(s, Member, member_id, values, seen, field_names("member"))
        s.commit()


def members_version(db: Database, committee_id: int) -> tuple[int, ...]:
    """Changes whenever a member or a course of the committee is added, changed or removed: a window compares it
    to show the other chair's change (the members belong to no one meeting, so the meeting's version misses them)."""
    with db.session() as s:
        people = s.execute(
            select(
                func.count(), func.coalesce(func.sum(Member.version), 0), func.coalesce(func.max(Member.id), 0)
            ).where(Member.committee_id == committee_id)
        ).one()
        courses = s.execute(
            select(func.count(), func.coalesce(func.sum(Training.version), 0), func.coalesce(func.max(Training.id), 0))
            .join(Member)
            .where(Member.committee_id == committee_id)
        ).one()
        offers = s.execute(
            select(
                func.count(),
                func.coalesce(func.sum(TrainingOffer.version), 0),
                func.coalesce(func.max(TrainingOffer.id), 0),
            )
            .join(Member)
            .where(Member.committee_id == committee_id)
        ).one()
        pooled = s.execute(
            select(func.count(), func.coalesce(func.max(TrainingPooling.id), 0))
            .join(Member)
            .where(Member.committee_id == committee_id)
        ).one()
    return tuple(people) + tuple(courses) + tuple(offers) + tuple(pooled)


def delete_member(db: Database, member_id: int) -> None:
    with db.session() as s:
        s.execute(delete(Member).where(Member.id == member_id))
        s.commit()


def set_mandatory_course(
    db: Database, member_id: int, taken_on: dt.date | None, seen: dt.date | None | str = "any"
) -> None:
    """The date of the mandatory arbejdsmiljøuddannelse (3 days); None takes it away. With `seen` (the date the
    window showed, None for none), a date the other chair changed since is not overwritten (FieldChanged)."""
    with db.session() as s:
        begin_write(s)
        must_get(s, Member, member_id)
        # the member's row first: with no date stored yet there is no course row to lock, and two chairs would
        # both add one
        s.execute(select(Member.id).where(Member.id == member_id).with_for_update())
        if seen != "any":
            stored = s.scalar(
                select(Training.taken_on)
                .where(Training.member_id == member_id, Training.kind == training.MANDATORY)
                .with_for_update()
            )
            if stored != seen and stored != taken_on:
                raise FieldChanged(field_names("member")["mandatory"], "mandatory", stored, taken_on)
            if stored == taken_on:
                return
        s.execute(delete(Training).where(Training.member_id == member_id, Training.kind == training.MANDATORY))
        if taken_on is not None:
            s.add(
                Training(
                    member_id=member_id,
                    kind=training.MANDATORY,
                    title="Den obligatoriske arbejdsmiljøuddannelse",
                    taken_on=taken_on,
                    days=3.0,
                )
            )
        s.commit()


def add_training(db: Database, member_id: int, title: str, taken_on: dt.date, days: float) -> int:
    if days < 0 or days > 365:
        raise DroeftelseError(translate("annual", "Antal dage skal være mellem 0 og 365."))
    with db.session() as s:
        must_get(s, Member, member_id)
        t = Training(member_id=member_id, kind=training.SUPPLEMENTARY, title=title, taken_on=taken_on, days=days)
        s.add(t)
        s.commit()
        return t.id


def delete_training(db: Database, training_id: int) -> None:
    with db.session() as s:
        s.execute(delete(Training).where(Training.id == training_id))
        s.commit()


def add_offer(db: Database, member_id: int, offered_on: dt.date, days: float, title: str = "", answer: str = "") -> int:
    """Record an offer of supplementary training: the date, the days, and the member's answer (accepteret, afslaaet,
    udskudt, or "" not yet)."""
    if days <= 0 or days > 365:
        raise DroeftelseError(translate("annual", "Antal dage skal være mellem 0 og 365."))
    if answer not in training.ANSWERS:
        raise ValueError(f"unknown answer {answer!r}")
    with db.session() as s:
        must_get(s, Member, member_id)
        offer = TrainingOffer(member_id=member_id, offered_on=offered_on, days=days, title=title, answer=answer)
        s.add(offer)
        s.commit()
        return offer.id


def set_offer_answer(db: Database, offer_id: int, answer: str, seen: str | None = None) -> None:
    if answer not in training.ANSWERS:
        raise ValueError(f"unknown answer {answer!r}")
    with db.session() as s:
        must_get(s, TrainingOffer, offer_id)
        seen_values = None if seen is None else {"answer": seen}
        write_fields(s, TrainingOffer, offer_id, {"answer": answer}, seen_values, {"answer": "Svaret på tilbuddet"})
        s.commit()


def delete_offer(db: Database, offer_id: int) -> None:
    with db.session() as s:
        s.execute(delete(TrainingOffer).where(TrainingOffer.id == offer_id))
        s.commit()


def agree_pooling(db: Database, member_id: int, first_year: int, agreed_on: dt.date, note: str = "") -> int:
    """Pool funktionsår `first_year` and the next into 3 days, as agreed in writing on `agreed_on`; refused for the
    first funktionsår (DroeftelseError, in Danish) and for a year already pooled."""
    training.check_pooling(first_year)
    with db.session() as s:
        must_get(s, Member, member_id)
        taken = set(s.scalars(select(TrainingPooling.first_year).where(TrainingPooling.member_id == member_id)))
        if taken & {first_year - 1, first_year, first_year + 1}:
            raise DroeftelseError(
                translate("annual", "Funktionsår {0} er allerede lagt sammen med et andet år.").format(first_year)
            )
        pooling = TrainingPooling(member_id=member_id, first_year=first_year, agreed_on=agreed_on, note=note)
        s.add(pooling)
        s.commit()
        return pooling.id


def delete_pooling(db: Database, pooling_id: int) -> None:
    with db.session() as s:
        s.execute(delete(TrainingPooling).where(TrainingPooling.id == pooling_id))
        s.commit()


def members(
    db: Database, committee_id: int, today: dt.date, include_left: bool = True, include_examples: bool = True
) -> list[MemberLine]:
    """The committee's members with their courses and what they are entitled to and owe today; without the demo's
    example members when `include_examples` is false (a meeting of the committee's own)."""
    with db.session() as s:
        chosen = select(Member).where(Member.committee_id == committee_id)
        if not include_examples:
            chosen = chosen.where(Member.example == false())
        people = s.scalars(chosen.order_by(Member.id)).all()
        courses = s.scalars(
            select(Training)
            .join(Member)
            .where(Member.committee_id == committee_id)
            .order_by(Training.taken_on.desc(), Training.id.desc())
        ).all()
        ids = [p.id for p in people]
        offers = s.scalars(
            select(TrainingOffer)
            .where(TrainingOffer.member_id.in_(ids))
            .order_by(TrainingOffer.offered_on.desc(), TrainingOffer.id.desc())
        ).all()
        poolings = s.scalars(
            select(TrainingPooling).where(TrainingPooling.member_id.in_(ids)).order_by(TrainingPooling.first_year)
        ).all()
    lines = []
    for p in people:
        own = [c for c in courses if c.member_id == p.id]
        own_offers = tuple(record(OfferRecord, o) for o in offers if o.member_id == p.id)
        own_pooled = tuple(record(PoolingRecord, x) for x in poolings if x.member_id == p.id)
        mandatory = next((c.taken_on for c in own if c.kind == training.MANDATORY), None)
        status = training.training_status(
            p.took_office_on,
            [training.Course(c.kind, c.taken_on, c.days, c.planned) for c in own],
            today,
            p.left_on,
            [training.Offer(o.offered_on, o.days, o.answer) for o in own_offers],
            {x.first_year for x in own_pooled},
        )
        if include_left or status.mandatory != "fratrådt":
            lines.append(
                MemberLine(
                    p.id,
                    p.name,
                    p.role,
                    p.elected_on,
                    p.left_on,
                    mandatory,
                    tuple(record(CourseRecord, c) for c in own if c.kind == training.SUPPLEMENTARY),
                    status,
                    p.group_name,
                    p.contact,
                    p.example,
                    p.version,
                    p.took_office_on,
                    p.took_office_assumed,
                    own_offers,
                    own_pooled,
                )
            )
    return lines


# --- the kompetenceudviklingsplan
def plan_items(db: Database, meeting_id: int) -> list[PlanItemRecord]:
    with db.session() as s:
        rows = s.scalars(
            select(PlanItem).where(PlanItem.meeting_id == meeting_id).order_by(PlanItem.position, PlanItem.id)
        )
        return [record(PlanItemRecord, i) for i in rows]


def add_plan_item(
    db: Database,
    meeting_id: int,
    hvem: str = "",
    hvad: str = "",
    hvornaar: str = "",
    days: float | None = None,
    member_id: int | None = None,
) -> int:
    with db.session() as s:
        must_get(s, Meeting, meeting_id)
        refuse_closed(s, meeting_id)
        position = s.scalar(select(func.count()).where(PlanItem.meeting_id == meeting_id)) or 0
        item = PlanItem(
            meeting_id=meeting_id,
            member_id=member_id,
            position=position,
            hvem=hvem,
            hvad=hvad,
            hvornaar=hvornaar,
            days=days,
        )
        s.add(item)
        touch_meeting(s, meeting_id)
        s.commit()
        return item.id


def update_plan_item(db: Database, item_id: int, seen: dict | None = None, **values) -> None:
    """Change a line of the kompetenceudviklingsplan; with `seen` as update_member."""
    allowed = {"hvem", "hvad", "hvornaar", "days"}
    if set(values) - allowed:
        raise ValueError(f"unknown plan fields {set(values) - allowed}")
    with db.session() as s:
        item = must_get(s, PlanItem, item_id)
        refuse_closed(s, item.meeting_id)
        write_fields(s, PlanItem, item_id, values, seen, field_names("plan_item"))
        touch_meeting(s, item.meeting_id)
        s.commit()


def delete_plan_item(db: Database, item_id: int) -> None:
    with db.session() as s:
        item = s.get(PlanItem, item_id)
        if item is None:
            return
        meeting_id = item.meeting_id
        refuse_closed(s, meeting_id)
        s.delete(item)
        s.flush()
        renumber(s, PlanItem, meeting_id)
        touch_meeting(s, meeting_id)
        s.commit()


def latest_own_development(db: Database, meeting_id: int) -> tuple[str, str] | None:
    """The latest earlier kompetencedrøftelse's "Egen kompetenceudvikling": (its label, the text), or None."""
    step, box = OWN_DEVELOPMENT
    with db.session() as s:
        m = must_get(s, Meeting, meeting_id)
        found = s.execute(
            select(Meeting, Answer.text)
            .join(Answer, Answer.meeting_id == Meeting.id)
            .where(
                Meeting.committee_id == m.committee_id,
                Meeting.kind == COMPETENCE_KIND,
                Meeting.date <= m.date,
                drawn_on_by(m),
                Answer.participant_id.is_(None),
                Answer.step == step,
                Answer.box == box,
                Answer.text != "",
            )
            .order_by(Meeting.date.desc(), Meeting.id.desc())
            .limit(1)
        ).first()
        return (meeting_label(found[0]), found[1]) if found else None


_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s*")


def prefill_plan(db: Database, meeting_id: int, today: dt.date) -> str | None:
    """Fill an empty plan: a line per active member, and each line of the latest kompetencedrøftelse's "Egen
    kompetenceudvikling" under the member it names (or on its own). Returns where the text came from."""
    if db.read_only or plan_items(db, meeting_id):  # a read-only database is shown as it is
        return None
    m = _get(db, meeting_id)
    if m.closed_at is not None:  # and a closed meeting's plan as it was closed
        return None
    people = [p for p in members(db, m.committee_id, today, include_left=False, include_examples=m.example)]
    source = latest_own_development(db, meeting_id)
    lines = [_BULLET.sub("", ln).strip() for ln in (source[1].splitlines() if source else [])]
    lines = [ln for ln in lines if ln]
    by_member: dict[int, list[str]] = {p.id: [] for p in people}
    loose = []
    for ln in lines:
        owner = next((p for p in people if p.name and p.name.split()[0].casefold() in ln.casefold()), None)
        (by_member[owner.id] if owner else loose).append(ln)
    for p in people:
        add_plan_item(db, meeting_id, hvem=p.name, hvad="\n".join(by_member[p.id]), member_id=p.id)
    for ln in loose:
        add_plan_item(db, meeting_id, hvad=ln)
    return source[0] if source else None


def _get(db: Database, meeting_id: int) -> MeetingRecord:
    with db.session() as s:
        return record(MeetingRecord, must_get(s, Meeting, meeting_id))


# --- finalising
def has_entry(db: Database, meeting_id: int, step: Step) -> bool:
    """A point has an entry when its text is written, or (for its kind) goals or verdicts exist. Point 6 asks
    more: see missing_points."""
    with db.session() as s:
        text = s.scalar(
            select(func.count()).where(
                Answer.meeting_id == meeting_id,
                Answer.participant_id.is_(None),
                Answer.step == step.key,
                func.trim(Answer.text) != "",
            )
        )
        if text:
            return True
        if step.kind == "goals":
            return bool(
                s.scalar(
                    select(func.count()).where(
                        Goal.meeting_id == meeting_id, Goal.kind == NEW, func.trim(Goal.text) != ""
                    )
                )
            )
        if step.kind == "evaluation":
            return bool(
                s.scalar(select(func.count()).where(VerdictRow.meeting_id == meeting_id, VerdictRow.verdict != ""))
            )
        return False


def empty_boxes(db: Database, meeting_id: int, step: Step) -> list[Box]:
    """The step's boxes without a group text."""
    with db.session() as s:
        written = set(
            s.scalars(
                select(Answer.box).where(
                    Answer.meeting_id == meeting_id,
                    Answer.participant_id.is_(None),
                    Answer.step == step.key,
                    func.trim(Answer.text) != "",
                )
            )
        )
    return [b for b in step.boxes if b.key not in written]


def missing_points(db: Database, meeting_id: int, template: Template) -> list[Step]:
    """The legal points without an entry, in the law's order. Point 6 (kind "training") needs each of its boxes –
    the supplerende uddannelse and the sagkundskab – written; the kompetenceudviklingsplan is an aid and never
    counts. When only some are written, the point's title names what is missing."""
    missing = []
    for step in sorted(point_steps(template), key=lambda s: s.legal_point):
        if step.kind == "training":
            empty = empty_boxes(db, meeting_id, step)
            if empty and len(empty) < len(step.boxes):
                step = replace(step, title=f"{step.title} – mangler: {', '.join(b.label for b in empty)}")
            if empty:
                missing.append(step)
        elif not has_entry(db, meeting_id, step):
            missing.append(step)
    return missing


def finalise(db: Database, meeting_id: int, template: Template, when: dt.datetime | None = None) -> None:
    """Mark the meeting closed, or raise NotFinished naming the legal points without an entry."""
    missing = missing_points(db, meeting_id, template)
    forms_missing = template.forms if template.forms and not _get(db, meeting_id).form else ()
    if missing or forms_missing:
        raise NotFinished(missing, forms_missing)
    with db.session() as s:
        s.execute(update(Meeting).where(Meeting.id == meeting_id).values(closed_at=when or dt.datetime.now()))
        touch_meeting(s, meeting_id)
        s.commit()


# --- the committee's year ahead
def set_apv_date(db: Database, committee_id: int, when: dt.date | None) -> None:
    with db.session() as s:
        must_get(s, Committee, committee_id)
        s.execute(update(Committee).where(Committee.id == committee_id).values(apv_date=when))
        s.commit()


# --- what the referat and the kompetenceudviklingsplan are made from
def competence_snapshot(db: Database, meeting_id: int, templates):
    with db.session() as s:
        m = must_get(s, Meeting, meeting_id)
        committee, title, date, cid, kind, example = (
            m.committee.name,
            m.title,
            m.date,
            m.committee_id,
            m.kind,
            m.example,
        )
        signed_by = approval(m)
        steps = templates.get(kind).steps_of_kind("training")
        texts = dict(
            s.execute(
                select(Answer.box, Answer.text).where(
                    Answer.meeting_id == meeting_id,
                    Answer.participant_id.is_(None),
                    Answer.step.in_([st.key for st in steps[:1]]),
                )
            ).all()
        )
    people = tuple(
        MemberTraining(
            p.name,
            p.role,
            p.took_office_on,
            training.mandatory_text(p.status, p.mandatory_on),
            p.status.entitled_days,
            p.status.used_days,
            training.offer_text(p.status),
            p.took_office_assumed,
        )
        for p in members(db, cid, date, include_left=False, include_examples=example)
    )
    plan = tuple(PlanLine(p.hvem, p.hvad, p.hvornaar, p.days) for p in plan_items(db, meeting_id))
    return CompetencePlanSnapshot(
        committee,
        title,
        date,
        people,
        plan,
        texts.get(TRAINING_BOX, ""),
        signed_by,
        templates.get(kind).rules.checked,
        sagkundskab=texts.get(SAGKUNDSKAB_BOX, ""),
        example=example,
    )


def invite_members(db: Database, meeting_id: int) -> int:
    """A new meeting starts with the committee's current members as participants (all present until ticked
    off); returns how many were added. A meeting that already has participants is left alone."""
    if participants(db, meeting_id):
        return 0
    m = _get(db, meeting_id)
    people = members(db, m.committee_id, m.date, include_left=False, include_examples=m.example)
    for p in people:
        add_participant(db, meeting_id, p.name, p.role, formandskab=p.id in _formandskab(db, m.committee_id))
    return len(people)


def copy_last_participants(db: Database, meeting_id: int) -> int:
    """A workplace without an AMO has no members to invite: a new annual discussion starts with the people of the
    previous one (name, role, who led it), all present until ticked off. Returns how many; a meeting that already
    has participants is left alone."""
    if participants(db, meeting_id):
        return 0
    prev = previous_annual(db, meeting_id)
    people = participants(db, prev.id) if prev else []
    for p in people:
        add_participant(db, meeting_id, p.name, p.role, formandskab=p.formandskab)
    return len(people)


def _formandskab(db: Database, committee_id: int) -> set[int]:
    with db.session() as s:
        return set(s.scalars(select(Member.id).where(Member.committee_id == committee_id, Member.formandskab)))
