"""Queries and edits of committees, meetings, participants and answers (ORM, short sessions). The handleplan's
rows are in store/action_items.py, a closed meeting's log in store/meeting_log.py."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import delete, func, select, update

from drøftelse.domain.annual import check_employees
from drøftelse.domain.errors import AnswerChanged, FieldChanged
from drøftelse.domain.field_names import field_names
from drøftelse.domain.limits import clean_text
from drøftelse.domain.templates import Template
from drøftelse.store.common import (
    begin_write,
    insert_for,
    must_get,
    refuse_closed,
    renumber,
    touch_meeting,
)
from drøftelse.store.database import Database
from drøftelse.store.field_writes import write_fields
from drøftelse.store.meeting_reads import (  # noqa: F401 - plain SQL; callers take the reads from here too
    answers,
    get_meeting,
    meeting_settings,
    meeting_version,
    participants,
    prepared_texts,
    stored_answers,
)
from drøftelse.store.models import ActionItem, Answer, Committee, Meeting, Participant, utcnow
from drøftelse.store.positions import next_position
from drøftelse.store.records import AnswerRecord


def create_committee(db: Database, name: str, employees: int | None = None) -> int:
    check_employees(employees)
    with db.session() as s:
        c = Committee(name=name, employees=employees)
        s.add(c)
        s.commit()
        return c.id


def set_employees(db: Database, committee_id: int, employees: int | None) -> None:
    """How many work at the committee's workplace (None: not stated); under 10 its annual discussion is the variant
    held with the employees. Meetings already made keep their kind."""
    check_employees(employees)
    with db.session() as s:
        must_get(s, Committee, committee_id)
        s.execute(update(Committee).where(Committee.id == committee_id).values(employees=employees))
        s.commit()


def committee_employees(db: Database, committee_id: int) -> int | None:
    with db.session() as s:
        return must_get(s, Committee, committee_id).employees


def committee_by_name(db: Database, name: str) -> int | None:
    with db.session() as s:
        return s.scalar(select(Committee.id).where(Committee.name == name).order_by(Committee.id).limit(1))


def committee_name(db: Database, committee_id: int) -> str:
    with db.session() as s:
        c = must_get(s, Committee, committee_id)
        return c.name


def create_meeting(
    db: Database,
    committee_id: int,
    template: Template,
    title: str,
    date: dt.date,
    place: str = "",
    forum: str = "",
    example: bool = False,
) -> int:
    """A new meeting; `example` marks one the demo made (left out of the årshjul and handleplan until kept)."""
    with db.session() as s:
        must_get(s, Committee, committee_id)
        m = Meeting(
            committee_id=committee_id,
            kind=template.key,
            template_version=template.version,
            title=title,
            date=date,
            place=place,
            forum=forum,
            current_step=template.steps[0].key,
            example=example,
        )
        s.add(m)
        s.commit()
        return m.id


# what closing, reopening and walking through a closed meeting's steps write
FREE_WHEN_CLOSED = {"closed_at", "current_step", "reopen_reason", "reopened_by"}


def update_meeting(db: Database, meeting_id: int, seen: dict | None = None, **values) -> None:
    """Change the meeting's fields. A window passes `seen`, the values it showed: a field the other chair changed
    since is not overwritten (FieldChanged, with both values), and a field not written here is never touched."""
    allowed = {"title", "date", "place", "forum", "form", "settings"} | FREE_WHEN_CLOSED
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"unknown meeting fields {unknown}")
    with db.session() as s:
        if set(values) - FREE_WHEN_CLOSED:
            refuse_closed(s, meeting_id)
        must_get(s, Meeting, meeting_id)
        write_fields(s, Meeting, meeting_id, values, seen, field_names("meeting"))
        touch_meeting(s, meeting_id)
        s.commit()


def update_meeting_settings(db: Database, meeting_id: int, seen: dict | None = None, **changes) -> dict:
    """Change some of the meeting's settings, leaving the others as stored (another window may have changed
    them). With `seen` (the values the window showed), a setting changed since is not overwritten: FieldChanged."""
    with db.session() as s:
        begin_write(s)
        refuse_closed(s, meeting_id)
        stored = s.scalar(select(Meeting.settings).where(Meeting.id == meeting_id).with_for_update())
        if stored is None:
            must_get(s, Meeting, meeting_id)
        settings = json.loads(stored or "{}")
        names = field_names("meeting")
        for key, value in changes.items():
            if seen is not None and key in seen and settings.get(key) != seen[key] and settings.get(key) != value:
                raise FieldChanged(names.get(key, key), key, settings.get(key), value)
        settings.update(changes)
        s.execute(
            update(Meeting).where(Meeting.id == meeting_id).values(settings=json.dumps(settings, ensure_ascii=False))
        )
        touch_meeting(s, meeting_id)
        s.commit()
    return settings


def meeting_summary(db: Database, meeting_id: int) -> dict:
    """What deleting a meeting would lose, in numbers the confirmation can name."""
    with db.session() as s:
        count = lambda model: s.scalar(select(func.count()).where(model.meeting_id == meeting_id)) or 0  # noqa: E731
        texts = s.scalar(select(func.count()).where(Answer.meeting_id == meeting_id, Answer.text != "")) or 0
        return {"participants": count(Participant), "texts": texts, "action_items": count(ActionItem)}


def delete_meeting(db: Database, meeting_id: int) -> None:
    get_meeting(db, meeting_id)
    with db.session() as s:
        s.execute(delete(Meeting).where(Meeting.id == meeting_id))
        s.commit()


def add_participant(
    db: Database,
    meeting_id: int,
    name: str,
    role: str = "",
    formandskab: bool = False,
    note_taker: bool = False,
    present: bool = True,
) -> int:
    with db.session() as s:
        refuse_closed(s, meeting_id)
        p = Participant(
            meeting_id=meeting_id,
            name=name,
            role=role,
            formandskab=formandskab,
            note_taker=note_taker,
            present=present,
            position=next_position(s, Participant, meeting_id),
        )
        s.add(p)
        s.commit()
        return p.id


def update_participant(db: Database, participant_id: int, seen: dict | None = None, **values) -> None:
    """Change a participant's fields; with `seen` (what the window showed) as update_meeting."""
    allowed = {"name", "role", "formandskab", "note_taker", "present", "spoken_seconds"}
    if set(values) - allowed:
        raise ValueError(f"unknown participant fields {set(values) - allowed}")
    with db.session() as s:
        p = must_get(s, Participant, participant_id)
        refuse_closed(s, p.meeting_id)
        write_fields(s, Participant, participant_id, values, seen, field_names("participant"))
        touch_meeting(s, p.meeting_id)
        s.commit()


def add_spoken_seconds(db: Database, participant_id: int, seconds: int) -> None:
    """Add to a participant's speaking time in one statement: two windows timing the round on a shared database
    each add theirs (read, add and write back lost the other's)."""
    with db.session() as s:
        p = must_get(s, Participant, participant_id)
        refuse_closed(s, p.meeting_id)
        total = func.coalesce(Participant.spoken_seconds, 0) + seconds
        s.execute(update(Participant).where(Participant.id == participant_id).values(spoken_seconds=total))
        touch_meeting(s, p.meeting_id)
        s.commit()


def delete_participant(db: Database, participant_id: int) -> None:
    """Remove a participant and their texts; the others close up the order of the round."""
    with db.session() as s:
        p = s.get(Participant, participant_id)
        if p is None:
            return
        meeting_id = p.meeting_id
        refuse_closed(s, meeting_id)
        s.execute(delete(Answer).where(Answer.participant_id == participant_id))
        s.delete(p)
        s.flush()
        renumber(s, Participant, meeting_id)
        s.commit()


def move_participant(db: Database, participant_id: int, new_position: int, seen_order: list[int] | None = None) -> None:
    """Move a participant in the order of the round. `seen_order` is the order (participant ids) the window
    showed: when the other chair changed it since, nothing moves (FieldChanged, with the order stored now)."""
    with db.session() as s:
        begin_write(s)
        p = must_get(s, Participant, participant_id)
        refuse_closed(s, p.meeting_id)
        if seen_order is not None:
            # locked first, sorted after: PostgreSQL sorts before it waits for a lock, so an ORDER BY would give
            # the order from before the other chair's move (a lost move, found by tests/random_writer.py)
            locked = s.execute(
                select(Participant.id, Participant.position)
                .where(Participant.meeting_id == p.meeting_id)
                .order_by(Participant.id)
                .with_for_update()
            ).all()
            order = [pid for pid, _ in sorted(locked, key=lambda r: (r.position, r.id))]
            if order != list(seen_order):
                raise FieldChanged(field_names("participant")["position"], "position", order, None)
        renumber(s, Participant, p.meeting_id, participant_id, new_position)
        s.execute(
            update(Participant).where(Participant.meeting_id == p.meeting_id).values(version=Participant.version + 1)
        )
        touch_meeting(s, p.meeting_id)
        s.commit()


def _answer_is(meeting_id: int, participant_id: int | None, step: str, box: str) -> tuple:
    who = Answer.participant_id.is_(None) if participant_id is None else Answer.participant_id == participant_id
    return (Answer.meeting_id == meeting_id, who, Answer.step == step, Answer.box == box)


def _answer_conflict(participant_id: int | None) -> dict:
    """The partial unique index an answer's insert collides with: the group's text or a participant's."""
    if participant_id is None:
        return dict(index_elements=["meeting_id", "step", "box"], index_where=Answer.participant_id.is_(None))
    return dict(
        index_elements=["meeting_id", "participant_id", "step", "box"], index_where=Answer.participant_id.is_not(None)
    )


def set_answer(
    db: Database,
    meeting_id: int,
    participant_id: int | None,
    step: str,
    box: str,
    text: str,
    source: str = "typed",
    expected_version: int | None = None,
) -> AnswerRecord:
    """Store one box's text (insert or replace): the autosave path, one short transaction. Returns the stored
    text with its new version.

    With `expected_version` (the version the writer last read; 0 when no text was stored yet) the text is stored
    only when nobody changed it since, in the same statement that checks it; otherwise AnswerChanged carries
    what is stored now and nothing is written. The same text written twice is no conflict."""
    text = clean_text(text)  # as it is stored (LimitedText): "the same text written twice" compares equal
    now = utcnow()
    values = {"text": text, "source": source, "updated_at": now}
    where = _answer_is(meeting_id, participant_id, step, box)
    with db.session() as s:
        refuse_closed(s, meeting_id)
        insert_new = insert_for(s, Answer).values(
            meeting_id=meeting_id, participant_id=participant_id, step=step, box=box, version=1, **values
        )
        if expected_version is None:
            stmt = insert_new.on_conflict_do_update(
                **_answer_conflict(participant_id), set_={**values, "version": Answer.version + 1}
            )
        elif expected_version == 0:
            stmt = insert_new.on_conflict_do_nothing(**_answer_conflict(participant_id))
        else:
            stmt = (
                update(Answer)
                .where(*where, Answer.version == expected_version)
                .values(**values, version=Answer.version + 1)
                .execution_options(synchronize_session=False)
            )
        version = s.scalar(stmt.returning(Answer.version))
        if version is None:  # changed (or removed) since the writer read it
            current = s.execute(select(Answer.text, Answer.version).where(*where)).first()
            if current is not None and current.text == text:
                return AnswerRecord(text, current.version)
            raise AnswerChanged(*(current or ("", 0)))
        touch_meeting(s, meeting_id, now)
        s.commit()
    return AnswerRecord(text, version)
