"""The kompetenceudviklingsplan in the store: its lines (the first ones made by domain/competence_plan from the
latest kompetencedrøftelse, read here), and the snapshot its PDF (and the referat's point 6) is made from."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from drøftelse.domain import training
from drøftelse.domain.annual import COMPETENCE_KIND, OWN_DEVELOPMENT, SAGKUNDSKAB_BOX, TRAINING_BOX
from drøftelse.domain.competence_plan import FirstLine
from drøftelse.domain.field_names import field_names
from drøftelse.domain.snapshots import CompetencePlanSnapshot, MemberTraining, PlanLine
from drøftelse.store.annual_members import members
from drøftelse.store.common import approval, meeting_label, must_get, refuse_closed, touch_meeting
from drøftelse.store.database import Database
from drøftelse.store.examples import drawn_on_by
from drøftelse.store.field_writes import write_fields
from drøftelse.store.models import Answer, Meeting, PlanItem
from drøftelse.store.positions import delete_closing_up, next_position
from drøftelse.store.records import PlanItemRecord, record


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
        item = PlanItem(
            meeting_id=meeting_id,
            member_id=member_id,
            position=next_position(s, PlanItem, meeting_id),
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
        delete_closing_up(s, PlanItem, item_id)
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


def add_plan_lines(db: Database, meeting_id: int, lines: Iterable[FirstLine]) -> None:
    """The plan's first lines (domain/competence_plan.first_lines), added after any there are."""
    for line in lines:
        add_plan_item(db, meeting_id, hvem=line.hvem, hvad=line.hvad, member_id=line.member_id)


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
