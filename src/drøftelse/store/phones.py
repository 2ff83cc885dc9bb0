"""Phones in the store (issue 30): the links the chairs hand out, a participant's forberedelse sent from a phone,
an employee's hearing answers, the room's ideas and the dots of a vote.

A link's code is 128 random bits, stored as it is (the database already holds the key that signs the sheets, so a
copy of the file gives nothing more away). An idea or a dot stores no device, no address and no time but the day.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import func, select, update

from drøftelse.domain.annual import point_steps
from drøftelse.domain.errors import AnswerChanged
from drøftelse.domain.hearing import MAX_QUESTION, HearingReceipt, hearing_step, point_label
from drøftelse.domain.phones import (
    HEARING,
    MAX_HEARING_LINKS,
    MAX_IDEAS_PER_MEETING,
    PREPARATION,
    HearingLinksFull,
    IdeaNotInMeeting,
    IdeaRecord,
    IdeasFull,
    LinkRecord,
    ParticipantNotInMeeting,
    PhoneBox,
    PhoneQuestion,
    PhoneSheet,
    RowNotInVote,
    checked_box,
    new_code,
    phone_answer_name,
)
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.store import meetings as store
from drøftelse.store.common import begin_write, insert_for, must_get, refuse_closed
from drøftelse.store.database import Database
from drøftelse.store.hearing import questions, store_response
from drøftelse.store.models import ActionItem, HearingResponse, Meeting, Participant, PhoneLink, RoomIdea, RoomVote
from drøftelse.store.records import AnswerRecord
from drøftelse.store.sheets import BoxChange, SheetImport, preparation_step


def _link(row: PhoneLink, participant: str = "", used: bool = False) -> LinkRecord:
    return LinkRecord(
        row.id, row.meeting_id, row.kind, row.participant_id, row.number, row.code, bool(row.revoked), participant, used
    )


# --- links
def link_for(db: Database, meeting_id: int, kind: str, participant_id: int | None = None) -> LinkRecord:
    """The meeting's room link, or a participant's forberedelse link: the one not revoked, or a new one."""
    with db.session() as s:
        begin_write(s)
        refuse_closed(s, meeting_id)
        must_get(s, Meeting, meeting_id)
        name = ""
        if kind == PREPARATION:
            p = must_get(s, Participant, participant_id)
            if p.meeting_id != meeting_id:
                raise ParticipantNotInMeeting(participant_id, meeting_id)
            name = p.name
        row = s.scalar(
            select(PhoneLink).where(
                PhoneLink.meeting_id == meeting_id,
                PhoneLink.kind == kind,
                PhoneLink.participant_id.is_(None)
                if participant_id is None
                else PhoneLink.participant_id == participant_id,
                PhoneLink.revoked.is_(False),
            )
        )
        if row is None:
            row = PhoneLink(meeting_id=meeting_id, kind=kind, participant_id=participant_id, code=new_code())
            s.add(row)
            s.flush()
        result = _link(row, name)
        s.commit()
    return result


def hearing_links(db: Database, meeting_id: int, count: int) -> list[LinkRecord]:
    """At least `count` hearing links not revoked (numbered as høringsark are): made when there are fewer;
    HearingLinksFull when the meeting may have no more."""
    with db.session() as s:
        begin_write(s)
        refuse_closed(s, meeting_id)
        rows = list(
            s.scalars(
                select(PhoneLink)
                .where(PhoneLink.meeting_id == meeting_id, PhoneLink.kind == HEARING)
                .order_by(PhoneLink.number)
            )
        )
        live = [r for r in rows if not r.revoked]
        number = max((r.number or 0 for r in rows), default=0)
        total = len(rows)
        while len(live) < count:
            if total >= MAX_HEARING_LINKS:
                raise HearingLinksFull(MAX_HEARING_LINKS)
            number += 1
            total += 1
            row = PhoneLink(meeting_id=meeting_id, kind=HEARING, number=number, code=new_code())
            s.add(row)
            live.append(row)
        s.flush()
        used = _used_codes(s, meeting_id)
        result = [_link(r, used=r.code in used) for r in live[:count]]
        s.commit()
    return result


def _used_codes(s, meeting_id: int) -> set[str]:
    return set(s.scalars(select(HearingResponse.code).where(HearingResponse.meeting_id == meeting_id)))


def links(db: Database, meeting_id: int) -> list[LinkRecord]:
    with db.session() as s:
        rows = s.execute(
            select(PhoneLink, Participant.name)
            .outerjoin(Participant, PhoneLink.participant_id == Participant.id)
            .where(PhoneLink.meeting_id == meeting_id)
            .order_by(PhoneLink.kind, PhoneLink.number, PhoneLink.id)
        ).all()
        used = _used_codes(s, meeting_id)
        return [_link(r, name or "", r.code in used) for r, name in rows]


def find_link(db: Database, code: str) -> LinkRecord | None:
    """The link with this code, revoked or not; None when there is none."""
    with db.session() as s:
        row = s.scalar(select(PhoneLink).where(PhoneLink.code == code))
        if row is None:
            return None
        name = s.scalar(select(Participant.name).where(Participant.id == row.participant_id)) or ""
        return _link(row, name)


def link_used(db: Database, link: LinkRecord) -> bool:
    """A hearing link whose answers are in."""
    with db.session() as s:
        return bool(
            s.scalar(
                select(func.count()).where(
                    HearingResponse.meeting_id == link.meeting_id, HearingResponse.code == link.code
                )
            )
        )


def revoke(db: Database, link_id: int) -> None:
    """A revoked link answers nothing from now on; a new one is made when asked for."""
    with db.session() as s:
        s.execute(update(PhoneLink).where(PhoneLink.id == link_id).values(revoked=True))
        s.commit()


# --- forberedelse from a phone
def phone_sheet(db: Database, templates: TemplateLibrary, link: LinkRecord) -> PhoneSheet:
    m = store.get_meeting(db, link.meeting_id)
    step = preparation_step(templates.get(m.kind))
    stored = store.stored_answers(db, m.id)
    boxes = tuple(
        PhoneBox(b.key, b.label, *_text_version(stored.get((link.participant_id, step.key, b.key)))) for b in step.boxes
    )
    groups = tuple((g.heading, tuple(g.items)) for g in step.prompt_groups)
    return PhoneSheet(m.title, m.date, link.participant, step.instruction, groups, boxes, m.closed_at is not None)


def _text_version(found: AnswerRecord | None) -> tuple[str, int]:
    return (found.text, found.version) if found is not None else ("", 0)


@dataclass(frozen=True)
class PhonePreparation:
    stored: int  # boxes stored at once (the participant's own text, unchanged elsewhere since the phone read it)
    waiting: SheetImport | None  # boxes changed elsewhere meanwhile: the chairs choose, as for a returned sheet


def store_preparation(
    db: Database, templates: TemplateLibrary, link: LinkRecord, sent: dict[str, tuple[str, int]]
) -> PhonePreparation:
    """Store what a participant sent from their phone: `sent[box]` is the text and the version the phone showed.
    A box nobody changed since is stored at once (source "telefon"); one changed elsewhere meanwhile (a chair typed,
    a sheet was read in) is not overwritten: it waits for the chairs' choice (keep, replace, both), as a returned
    sheet's conflict does."""
    m = store.get_meeting(db, link.meeting_id)
    step = preparation_step(templates.get(m.kind))
    labels = {b.key: b.label for b in step.boxes}
    waiting: list[BoxChange] = []
    stored = 0
    for key, (text, version) in sent.items():
        if key not in labels:
            continue
        text = checked_box(labels[key], text)
        try:
            before = store.stored_answers(db, m.id).get((link.participant_id, step.key, key))
            if before is not None and before.text == text:
                continue
            if before is None and not text.strip():
                continue
            store.set_answer(db, m.id, link.participant_id, step.key, key, text, "telefon", version)
            stored += 1
        except AnswerChanged as e:
            change = BoxChange(key, labels[key], e.current_text, text, e.current_version)
            if change.state == "ny":
                store.set_answer(db, m.id, link.participant_id, step.key, key, text, "telefon", e.current_version)
                stored += 1
            elif change.state == "konflikt":
                waiting.append(change)
    plan = SheetImport(link.participant_id, link.participant, tuple(waiting)) if waiting else None
    return PhonePreparation(stored, plan)


# --- the hearing from a phone
def hearing_form(db: Database, templates: TemplateLibrary, meeting_id: int) -> tuple[PhoneQuestion, ...]:
    m = store.get_meeting(db, meeting_id)
    template = templates.get(m.kind)
    hearing_step(template)
    titles = {s.key: (s.legal_point, s.short_title) for s in point_steps(template)}
    out = []
    for q in questions(db, meeting_id, template):
        if q.id is None:  # proposals not stored yet: the chairs have not made the hearing
            continue
        number, title = titles.get(q.step, ("", ""))
        out.append(PhoneQuestion(f"q{q.id}", point_label(number, title), q.text))
    return tuple(out)


def store_hearing(db: Database, templates: TemplateLibrary, link: LinkRecord, texts: dict[str, str]) -> HearingReceipt:
    """An employee's answers from a hearing link: counted once, as a høringsark's code (CodeAlreadyRead after)."""
    with db.session() as s:
        begin_write(s)
        m = must_get(s, Meeting, link.meeting_id)
        refuse_closed(s, m.id)
        labels = {q.key: q.text[:MAX_QUESTION] for q in hearing_form(db, templates, m.id)}
        texts = {k: v for k, v in texts.items() if k in labels}
        digest = hashlib.sha256(f"telefon:{link.code}".encode()).hexdigest()
        where = phone_answer_name()
        return store_response(s, m, templates.get(m.kind), "", link.code, digest, texts, labels, where)


# --- the room: ideas
def add_idea(db: Database, meeting_id: int, step: str, text: str) -> int:
    with db.session() as s:
        begin_write(s)
        refuse_closed(s, meeting_id)
        count = s.scalar(select(func.count()).where(RoomIdea.meeting_id == meeting_id)) or 0
        if count >= MAX_IDEAS_PER_MEETING:
            raise IdeasFull(MAX_IDEAS_PER_MEETING)
        idea = RoomIdea(meeting_id=meeting_id, step=step, text=text)
        s.add(idea)
        s.flush()
        idea_id = idea.id
        s.commit()
    return idea_id


def ideas(
    db: Database,
    meeting_id: int,
    step: str | None = None,
    state: str | None = None,
    newest: int | None = None,
    after: int = 0,
) -> list[IdeaRecord]:
    """The meeting's ideas in the order they came, of one step and state if given; only the `newest`, or those
    that came `after` an idea, if given."""
    with db.session() as s:
        where = [RoomIdea.meeting_id == meeting_id, RoomIdea.id > after]
        where += [RoomIdea.step == step] if step is not None else []
        where += [RoomIdea.state == state] if state is not None else []
        query = select(RoomIdea).where(*where).order_by(RoomIdea.id.desc())
        rows = list(s.scalars(query.limit(newest) if newest else query))
        return [IdeaRecord(r.id, r.step, r.text, r.state) for r in reversed(rows)]


def set_idea_state(db: Database, meeting_id: int, idea_id: int, state: str) -> IdeaRecord:
    if state not in ("ny", "taget", "afvist"):
        raise ValueError(state)
    with db.session() as s:
        refuse_closed(s, meeting_id)
        idea = must_get(s, RoomIdea, idea_id)
        if idea.meeting_id != meeting_id:
            raise IdeaNotInMeeting(idea_id, meeting_id)
        idea.state = state
        result = IdeaRecord(idea.id, idea.step, idea.text, idea.state)
        s.commit()
    return result


# --- the room: dot-voting on handleplan rows
def vote_rows(db: Database, meeting_id: int, row_ids: list[int]) -> list[tuple[int, str]]:
    """The rows a vote offers, (id, first line of Hvad?), in the handleplan's order; rows of other meetings dropped."""
    with db.session() as s:
        rows = s.execute(
            select(ActionItem.id, ActionItem.hvad)
            .where(ActionItem.meeting_id == meeting_id, ActionItem.id.in_(row_ids))
            .order_by(ActionItem.position, ActionItem.id)
        ).all()
    return [(i, (hvad.strip().splitlines() or [""])[0][:200]) for i, hvad in rows]


def next_round(db: Database, meeting_id: int) -> int:
    with db.session() as s:
        return (s.scalar(select(func.max(RoomVote.round)).where(RoomVote.meeting_id == meeting_id)) or 0) + 1


def add_dot(db: Database, meeting_id: int, round_: int, action_item_id: int, delta: int = 1) -> int:
    """One dot more (or, with -1, one fewer) on a row in this round: one statement, so sixty phones voting at
    once lose none. Returns the row's dots now."""
    with db.session() as s:
        begin_write(s)
        refuse_closed(s, meeting_id)
        owner = s.scalar(select(ActionItem.meeting_id).where(ActionItem.id == action_item_id))
        if owner != meeting_id:
            raise RowNotInVote(action_item_id, meeting_id)
        stmt = (
            insert_for(s, RoomVote)
            .values(meeting_id=meeting_id, action_item_id=action_item_id, round=round_, dots=max(delta, 0))
            .on_conflict_do_update(
                index_elements=["action_item_id", "round"],
                set_={
                    "dots": func.max(RoomVote.dots + delta, 0)
                    if s.get_bind().dialect.name == "sqlite"
                    else func.greatest(RoomVote.dots + delta, 0)
                },
            )
            .returning(RoomVote.dots)
        )
        dots = s.scalar(stmt)
        s.commit()
    return dots


def vote_totals(db: Database, meeting_id: int, round_: int) -> dict[int, int]:
    with db.session() as s:
        rows = s.execute(
            select(RoomVote.action_item_id, RoomVote.dots).where(
                RoomVote.meeting_id == meeting_id, RoomVote.round == round_
            )
        ).all()
    return dict(rows)


def dots_by_row(db: Database, meeting_id: int) -> dict[int, int]:
    """Every row's dots, summed over the rounds (what is stored with the row)."""
    with db.session() as s:
        rows = s.execute(
            select(RoomVote.action_item_id, func.sum(RoomVote.dots))
            .where(RoomVote.meeting_id == meeting_id)
            .group_by(RoomVote.action_item_id)
        ).all()
    return {i: int(n or 0) for i, n in rows}
