"""The annual discussion in the store: last year's goals and open rows with their verdicts, the new goals, the
AMO's members and training, the kompetenceudviklingsplan, the finalise check and the committee's year ahead."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from sqlalchemy import and_, delete, func, or_, select, update

from drøftelse.domain import training
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
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate
from drøftelse.domain.snapshots import (
    CompetencePlanSnapshot,
    MemberTraining,
    PlanLine,
)
from drøftelse.domain.templates import Box, Step, Template
from drøftelse.store.common import approval, meeting_label, must_get, refuse_closed, renumber, touch_meeting
from drøftelse.store.database import Database
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
    utcnow,
)
from drøftelse.store.models import (
    Verdict as VerdictRow,
)
from drøftelse.store.records import CourseRecord, GoalRecord, MeetingRecord, PlanItemRecord, record

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
    """Meetings of the same committee held before `m` (by date, then by creation order)."""
    return and_(
        Meeting.committee_id == m.committee_id,
        Meeting.id != m.id,
        or_(Meeting.date < m.date, and_(Meeting.date == m.date, Meeting.id < m.id)),
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
) -> None:
    """Judge a goal or a row. A row's status follows the verdict; no verdict gives the row its old status back."""
    if (goal_id is None) == (action_item_id is None):
        raise ValueError("a verdict is on a goal or on a row")
    verdict = Verdict(verdict) if verdict else None
    now = utcnow()
    with db.session() as s:
        must_get(s, Meeting, meeting_id)
        refuse_closed(s, meeting_id)
        target = VerdictRow.goal_id == goal_id if goal_id is not None else VerdictRow.action_item_id == action_item_id
        row = s.scalar(select(VerdictRow).where(VerdictRow.meeting_id == meeting_id, target))
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


def update_goal(db: Database, goal_id: int, text: str) -> None:
    with db.session() as s:
        g = must_get(s, Goal, goal_id)
        refuse_closed(s, g.meeting_id)
        g.text = text
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


def add_member(db: Database, committee_id: int, name: str, role: str = "", elected_on: dt.date | None = None) -> int:
    with db.session() as s:
        must_get(s, Committee, committee_id)
        member = Member(committee_id=committee_id, name=name, role=role, elected_on=elected_on)
        s.add(member)
        s.commit()
        return member.id


def update_member(db: Database, member_id: int, **values) -> None:
    allowed = {"name", "role", "elected_on", "left_on", "formandskab"}
    if set(values) - allowed:
        raise ValueError(f"unknown member fields {set(values) - allowed}")
    if "left_on" in values:
        values["active"] = values["left_on"] is None
    with db.session() as s:
        must_get(s, Member, member_id)
        s.execute(update(Member).where(Member.id == member_id).values(**values))
        s.commit()


def delete_member(db: Database, member_id: int) -> None:
    with db.session() as s:
        s.execute(delete(Member).where(Member.id == member_id))
        s.commit()


def set_mandatory_course(db: Database, member_id: int, taken_on: dt.date | None) -> None:
    """The date of the mandatory arbejdsmiljøuddannelse (3 days); None takes it away."""
    with db.session() as s:
        must_get(s, Member, member_id)
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


def members(db: Database, committee_id: int, today: dt.date, include_left: bool = True) -> list[MemberLine]:
    """The committee's members with their courses and what they are entitled to and owe today."""
    with db.session() as s:
        people = s.scalars(select(Member).where(Member.committee_id == committee_id).order_by(Member.id)).all()
        courses = s.scalars(
            select(Training)
            .join(Member)
            .where(Member.committee_id == committee_id)
            .order_by(Training.taken_on.desc(), Training.id.desc())
        ).all()
    lines = []
    for p in people:
        own = [c for c in courses if c.member_id == p.id]
        mandatory = next((c.taken_on for c in own if c.kind == training.MANDATORY), None)
        status = training.training_status(
            p.elected_on, [training.Course(c.kind, c.taken_on, c.days, c.planned) for c in own], today, p.left_on
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


def update_plan_item(db: Database, item_id: int, **values) -> None:
    allowed = {"hvem", "hvad", "hvornaar", "days"}
    if set(values) - allowed:
        raise ValueError(f"unknown plan fields {set(values) - allowed}")
    with db.session() as s:
        item = must_get(s, PlanItem, item_id)
        refuse_closed(s, item.meeting_id)
        s.execute(update(PlanItem).where(PlanItem.id == item_id).values(**values))
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
    people = [p for p in members(db, m.committee_id, today, include_left=False)]
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
        committee, title, date, cid, kind = m.committee.name, m.title, m.date, m.committee_id, m.kind
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
            p.elected_on,
            training.mandatory_text(p.status, p.mandatory_on),
            p.status.entitled_days,
            p.status.used_days,
        )
        for p in members(db, cid, date, include_left=False)
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
    )


def invite_members(db: Database, meeting_id: int) -> int:
    """A new meeting starts with the committee's current members as participants (all present until ticked
    off); returns how many were added. A meeting that already has participants is left alone."""
    if participants(db, meeting_id):
        return 0
    m = _get(db, meeting_id)
    people = members(db, m.committee_id, m.date, include_left=False)
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
