"""The employees' hearing in the store: the chairs' questions, the hearing sheets' identities, and the returned
sheets with their answers.

A hearing sheet is blank (the answers are not signed by a name). Its hidden identity names the meeting, the
arbejdsmiljøgruppe it was made for and the sheet's own one-time code, signed with the database's key like a
forberedelsesark's (domain/hearing_sheets.py signs and checks it): one code counts once however the file was
changed, and a changed or made-up code is refused.
Nothing that could say who answered is kept: no file name, and the day it was read in, not the time.
"""

from __future__ import annotations

import re

from sqlalchemy import delete, func, select

from drøftelse.domain.annual import point_steps
from drøftelse.domain.errors import FieldChanged
from drøftelse.domain.field_names import field_names
from drøftelse.domain.hearing import (
    CodeAlreadyRead,
    EmptyHearingSheet,
    HearingReceipt,
    Question,
    checked_answer,
    checked_groups,
    checked_questions,
    checked_sheet_count,
    hearing_closed,
    hearing_step,
    proposed_questions,
    return_by,
)
from drøftelse.domain.hearing_sheets import (
    FIELD_KEY,
    question_label,
    sheet_heading,
    sheet_instruction,
    sheet_recipient,
    signed_identity,
    verified_sheet,
)
from drøftelse.domain.snapshots import SheetSnapshot
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.domain.templates import Template
from drøftelse.store import meetings as store
from drøftelse.store.common import begin_write, must_get, touch_meeting
from drøftelse.store.database import Database
from drøftelse.store.hearing_reads import (  # noqa: F401 - plain SQL; callers take them here too
    groups,
    questions,
    sheets_out,
    summary,
)
from drøftelse.store.models import HearingAnswer, HearingQuestion, HearingResponse, Meeting
from drøftelse.store.sheets import meeting_token, sheet_key


def _open_meeting(s, meeting_id: int, action: str) -> Meeting:
    m = must_get(s, Meeting, meeting_id)
    if m.closed_at is not None:
        raise hearing_closed(m.title, m.closed_at, action)
    return m


# --- questions and groups
def save_questions(
    db: Database, meeting_id: int, template: Template, wanted: list[Question], seen: list[Question] | None = None
) -> list[Question]:
    """Store the questions as given: a question with an id is changed, one without is added, a stored one not
    given is removed (its answers keep its text). Refused whole, in Danish, when they break a rule. With `seen`
    (the questions the window showed), questions the other chair changed since are not overwritten: FieldChanged
    carries the questions stored now."""
    wanted = checked_questions(template, wanted)
    with db.session() as s:
        begin_write(s)
        _open_meeting(s, meeting_id, "questions")
        # the meeting's row first: with no question stored yet there is no row to lock, and two first saves would
        # both add theirs (the questions lock nothing else the meeting's other writers hold)
        s.execute(select(Meeting.id).where(Meeting.id == meeting_id).with_for_update())
        rows = s.scalars(
            select(HearingQuestion)
            .where(HearingQuestion.meeting_id == meeting_id)
            .order_by(HearingQuestion.position, HearingQuestion.id)
            .with_for_update()
        ).all()
        # with none stored the window showed the template's proposals
        now = [Question(r.step, r.text, r.id) for r in rows] or list(proposed_questions(template))
        if seen is not None and now != list(seen) and now != list(wanted):
            raise FieldChanged(field_names("hearing_question")["questions"], "questions", now, wanted)
        stored = {q.id: q for q in rows}
        kept = []
        for position, q in enumerate(wanted):
            row = stored.pop(q.id, None) if q.id is not None else None
            if row is None:
                row = HearingQuestion(meeting_id=meeting_id)
                s.add(row)
            if (row.position, row.step, row.text) != (position, q.step, q.text):
                row.position, row.step, row.text = position, q.step, q.text
                row.version = (row.version or 0) + 1
            kept.append(row)
        for row in stored.values():
            s.delete(row)
        touch_meeting(s, meeting_id)
        s.flush()
        result = [Question(r.step, r.text, r.id) for r in kept]
        s.commit()
    return result


def set_groups(db: Database, meeting_id: int, names: list[str]) -> list[str]:
    names = checked_groups(names)
    with db.session() as s:
        _open_meeting(s, meeting_id, "groups")
    store.update_meeting_settings(db, meeting_id, hearing_groups=names)
    return names


# --- sheets out
def hearing_identity(meeting, group: str, key: bytes, number: int = 1) -> str:
    return signed_identity(meeting_token(meeting), group, key, number)


def hearing_sheets(db: Database, meeting_id: int, templates: TemplateLibrary, count: int = 1) -> list[SheetSnapshot]:
    """The blank, fillable høringsark: `count` for all employees, or `count` per arbejdsmiljøgruppe when groups are
    set, each with its own one-time code. Proposed questions are stored first, so the sheet's fields name questions
    that exist."""
    checked_sheet_count(count)
    m = store.get_meeting(db, meeting_id)
    template = templates.get(m.kind)
    hearing_step(template)  # a meeting kind without a hearing is refused in Danish
    with db.session() as s:  # its answers could not be read into a closed meeting
        _open_meeting(s, meeting_id, "sheets")
    asked = questions(db, meeting_id, template)
    if any(q.id is None for q in asked):
        asked = save_questions(db, meeting_id, template, asked)
    titles = {s.key: s.short_title for s in point_steps(template)}
    numbers = {s.key: s.legal_point for s in point_steps(template)}
    base = dict(
        committee=store.committee_name(db, m.committee_id),
        meeting_title=m.title,
        meeting_date=m.date,
        place=m.place,
        material_title=template.title,
        instruction=sheet_instruction(),
        prompt_groups=(),
        boxes=tuple(
            (FIELD_KEY.format(q.id), question_label(numbers.get(q.step, ""), titles.get(q.step, ""), q.text))
            for q in asked
        ),
        return_by=return_by(m.date),
        heading=sheet_heading(),
        example=m.example,
    )
    key = sheet_key(db)
    kinds = groups(db, meeting_id) or [""]
    # codes 1..count stay valid when fewer are made again, so the count handed out is the largest made
    total = max(sheets_out(db, meeting_id), count * len(kinds))
    if total != sheets_out(db, meeting_id):
        store.update_meeting_settings(db, meeting_id, hearing_sheets_out=total)
    sheets = []
    for g in kinds:
        for n in range(1, count + 1):
            shown = sheet_recipient(g, n, count)
            sheets.append(SheetSnapshot(**base, recipient=shown, identity=hearing_identity(m, g, key, n)))
    return sheets


# --- sheets in
def import_hearing_sheet(
    db: Database,
    meeting_id: int,
    templates: TemplateLibrary,
    identity: str,
    texts: dict[str, str],
    labels: dict[str, str],
    digest: str,
    file_name: str,
    replace: bool = False,
) -> HearingReceipt:
    """Store a returned høringsark's answers. Refused in Danish (nothing stored) when it is from another meeting,
    its code is changed or made up, empty, or too long; the same file twice is stored once. A sheet whose code was
    read in before from another file is refused (CodeAlreadyRead) unless `replace`: then it takes the first's place.
    `file_name` is only for the messages: it is never stored."""
    with db.session() as s:
        m = _open_meeting(s, meeting_id, "read")
        group, code = verified_sheet(identity, sheet_key(db), meeting_token(m), file_name, m.title)
        return store_response(s, m, templates.get(m.kind), group, code, digest, texts, labels, file_name, replace)


def store_response(
    s,
    m: Meeting,
    template: Template,
    group: str,
    code: str,
    digest: str,
    texts: dict[str, str],
    labels: dict[str, str],
    file_name: str,
    replace: bool = False,
) -> HearingReceipt:
    """Store one employee's answers under a one-time `code` (a høringsark's, or a phone link's): the same `digest`
    twice is stored once, a code read in before is refused (CodeAlreadyRead) unless `replace`. Committed here."""
    meeting_id = m.id
    points = {st.key for st in point_steps(template)}
    stored = {q.id: q for q in s.scalars(select(HearingQuestion).where(HearingQuestion.meeting_id == meeting_id))}
    answers = []
    for key, text in texts.items():
        if not text.strip() or not re.fullmatch(r"q[1-9][0-9]{0,17}", key, re.ASCII):
            continue
        q = stored.get(int(key[1:]))
        label = labels.get(key, "")[:1000] or "Spørgsmål, der siden er fjernet"
        # a question removed since the sheet went out: the answer is kept under the sheet's own wording
        step = q.step if q is not None else ""
        question = q.text if q is not None else label
        answers.append(
            HearingAnswer(
                question_id=q.id if q is not None else None,
                step=step if step in points or not step else "",
                question=question,
                text=checked_answer(question, text, file_name),
            )
        )
    if not answers:
        raise EmptyHearingSheet(file_name)
    seen = s.scalar(
        select(func.count())
        .select_from(HearingResponse)
        .where(HearingResponse.meeting_id == meeting_id, HearingResponse.digest == digest)
    )
    if seen:
        return HearingReceipt(group, len(answers), duplicate=True)
    first = s.scalar(
        select(HearingResponse).where(HearingResponse.meeting_id == meeting_id, HearingResponse.code == code)
    )
    if first is not None and not replace:
        raise CodeAlreadyRead(file_name)
    if first is not None:
        s.delete(first)
        s.flush()  # the code is free again before the new sheet takes it
    s.add(HearingResponse(meeting_id=meeting_id, group_name=group, code=code, digest=digest, answers=answers))
    touch_meeting(s, meeting_id)
    s.commit()
    return HearingReceipt(group, len(answers), replaced=first is not None)


# --- what the hearing said
def delete_response(db: Database, meeting_id: int, response_id: int) -> None:
    """Take a returned sheet back out (read in by mistake)."""
    with db.session() as s:
        _open_meeting(s, meeting_id, "remove")
        s.execute(
            delete(HearingResponse).where(HearingResponse.id == response_id, HearingResponse.meeting_id == meeting_id)
        )
        touch_meeting(s, meeting_id)
        s.commit()
