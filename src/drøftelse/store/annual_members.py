"""The AMO's members in the store: who they are, their mandatory course, supplementary courses, offers and
poolings, and each member's training status today (domain/training.py decides it)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, false, select

from drøftelse.domain import training
from drøftelse.domain.errors import FieldChanged
from drøftelse.domain.field_names import field_names
from drøftelse.domain.members import MemberLine, OfferRecord, PoolingRecord
from drøftelse.store.annual_reads import members_version  # noqa: F401 - plain SQL; callers take it here
from drøftelse.store.common import begin_write, must_get
from drøftelse.store.database import Database
from drøftelse.store.field_writes import write_fields
from drøftelse.store.models import Committee, Member, Training, TrainingOffer, TrainingPooling
from drøftelse.store.records import CourseRecord, record


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
    office, assumed = training.took_office(took_office_on, elected_on)
    with db.session() as s:
        must_get(s, Committee, committee_id)
        member = Member(
            committee_id=committee_id,
            name=name,
            role=role,
            elected_on=elected_on,
            took_office_on=office,
            took_office_assumed=assumed,
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
    values = training.member_values(values)
    with db.session() as s:
        must_get(s, Member, member_id)
        write_fields(s, Member, member_id, values, seen, field_names("member"))
        s.commit()


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
                    title=training.MANDATORY_TITLE,
                    taken_on=taken_on,
                    days=training.MANDATORY_DAYS,
                )
            )
        s.commit()


def add_training(db: Database, member_id: int, title: str, taken_on: dt.date, days: float) -> int:
    """A supplementary course taken; its days are checked before (domain/training.check_days)."""
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
    udskudt, or "" not yet); its days are checked before (domain/training.check_days)."""
    training.check_answer(answer)
    with db.session() as s:
        must_get(s, Member, member_id)
        offer = TrainingOffer(member_id=member_id, offered_on=offered_on, days=days, title=title, answer=answer)
        s.add(offer)
        s.commit()
        return offer.id


def set_offer_answer(db: Database, offer_id: int, answer: str, seen: str | None = None) -> None:
    training.check_answer(answer)
    with db.session() as s:
        must_get(s, TrainingOffer, offer_id)
        seen_values = None if seen is None else {"answer": seen}
        write_fields(s, TrainingOffer, offer_id, {"answer": answer}, seen_values, field_names("offer"))
        s.commit()


def delete_offer(db: Database, offer_id: int) -> None:
    with db.session() as s:
        s.execute(delete(TrainingOffer).where(TrainingOffer.id == offer_id))
        s.commit()


def pooled_years(db: Database, member_id: int) -> set[int]:
    """The first funktionsår of each of the member's poolings."""
    with db.session() as s:
        must_get(s, Member, member_id)
        return set(s.scalars(select(TrainingPooling.first_year).where(TrainingPooling.member_id == member_id)))


def add_pooling(db: Database, member_id: int, first_year: int, agreed_on: dt.date, note: str = "") -> int:
    """Pool funktionsår `first_year` and the next into 3 days, as agreed in writing on `agreed_on`; whether they may
    be is decided before (domain/training.check_pooling, check_pooling_free)."""
    with db.session() as s:
        must_get(s, Member, member_id)
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
        courses, offers, poolings = _training_rows(s, committee_id, [p.id for p in people])
    lines = []
    for p in people:
        line = _member_line(
            p,
            [c for c in courses if c.member_id == p.id],
            tuple(record(OfferRecord, o) for o in offers if o.member_id == p.id),
            tuple(record(PoolingRecord, x) for x in poolings if x.member_id == p.id),
            today,
        )
        if include_left or line.status.mandatory != "fratrådt":
            lines.append(line)
    return lines


def _training_rows(s, committee_id: int, ids: list[int]) -> tuple[list, list, list]:
    """The committee's courses (newest first), and its members' offers (newest first) and poolings."""
    courses = s.scalars(
        select(Training)
        .join(Member)
        .where(Member.committee_id == committee_id)
        .order_by(Training.taken_on.desc(), Training.id.desc())
    ).all()
    offers = s.scalars(
        select(TrainingOffer)
        .where(TrainingOffer.member_id.in_(ids))
        .order_by(TrainingOffer.offered_on.desc(), TrainingOffer.id.desc())
    ).all()
    poolings = s.scalars(
        select(TrainingPooling).where(TrainingPooling.member_id.in_(ids)).order_by(TrainingPooling.first_year)
    ).all()
    return courses, offers, poolings


def _member_line(p: Member, own: list, offers: tuple, pooled: tuple, today: dt.date) -> MemberLine:
    """A member with their training status today (domain/training.training_status)."""
    status = training.training_status(
        p.took_office_on,
        [training.Course(c.kind, c.taken_on, c.days, c.planned) for c in own],
        today,
        p.left_on,
        [training.Offer(o.offered_on, o.days, o.answer) for o in offers],
        {x.first_year for x in pooled},
    )
    return MemberLine(
        p.id,
        p.name,
        p.role,
        p.elected_on,
        p.left_on,
        next((c.taken_on for c in own if c.kind == training.MANDATORY), None),
        tuple(record(CourseRecord, c) for c in own if c.kind == training.SUPPLEMENTARY),
        status,
        p.group_name,
        p.contact,
        p.example,
        p.version,
        p.took_office_on,
        p.took_office_assumed,
        offers,
        pooled,
    )


def formandskab(db: Database, committee_id: int) -> set[int]:
    """The members of the committee's formandskab (their ids)."""
    with db.session() as s:
        return set(s.scalars(select(Member.id).where(Member.committee_id == committee_id, Member.formandskab)))
