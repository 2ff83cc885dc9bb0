"""The employees' hearing in the store: the chairs' questions, the hearing sheets' identities, and the returned
sheets with their answers.

A hearing sheet is blank (anyone may fill it, the answers are not signed by a name), so its hidden identity names
the meeting and the arbejdsmiljøgruppe it was made for, signed with the database's key like a forberedelsesark's.
The same file read in twice counts once (its SHA-256 is kept); two employees' files always differ.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from drøftelse.domain.annual import point_steps
from drøftelse.domain.errors import DroeftelseError, MeetingClosed
from drøftelse.domain.hearing import (
    HearingRefused,
    Question,
    checked_answer,
    checked_groups,
    checked_questions,
    proposed_questions,
    return_by,
)
from drøftelse.domain.i18n import translate
from drøftelse.domain.snapshots import SheetSnapshot
from drøftelse.domain.templates import Template, TemplateLibrary
from drøftelse.store import meetings as store
from drøftelse.store.common import must_get, touch_meeting
from drøftelse.store.database import Database
from drøftelse.store.models import HearingAnswer, HearingQuestion, HearingResponse, Meeting
from drøftelse.store.sheets import meeting_token, sheet_key

HEARING_PREFIX = "droeftelse-hoering:1"
FIELD_KEY = "q{}"  # a question's box key on the sheet: q<question id>
HEARING_IDENTITY = re.compile(r"droeftelse-hoering:1:([0-9a-f]{16}):((?:[0-9a-f]{2}){0,2000}):([0-9a-f]{32})", re.ASCII)
MAX_HEARING_IDENTITY = 4200


def is_hearing_identity(identity: str) -> bool:
    return identity.strip().startswith("droeftelse-hoering:")


def hearing_step(template: Template):
    steps = template.steps_of_kind("hearing")
    if not steps:
        raise DroeftelseError(translate("hearing", "{0} har ingen høring af de ansatte.").format(template.name))
    return steps[0]


def _open_meeting(s, meeting_id: int, what: str) -> Meeting:
    m = must_get(s, Meeting, meeting_id)
    if m.closed_at is not None:
        raise MeetingClosed(
            m.title,
            m.closed_at,
            translate("hearing", "Mødet »{0}« er afsluttet; {1}. Genåbn mødet først.").format(m.title, what),
        )
    return m


# --- questions and groups
def questions(db: Database, meeting_id: int, template: Template) -> list[Question]:
    """The stored questions in order, or the template's proposals (not stored yet) when none are."""
    with db.session() as s:
        rows = s.scalars(
            select(HearingQuestion)
            .where(HearingQuestion.meeting_id == meeting_id)
            .order_by(HearingQuestion.position, HearingQuestion.id)
        ).all()
        if rows:
            return [Question(r.step, r.text, r.id) for r in rows]
    return list(proposed_questions(template))


def save_questions(db: Database, meeting_id: int, template: Template, wanted: list[Question]) -> list[Question]:
    """Store the questions as given: a question with an id is changed, one without is added, a stored one not
    given is removed (its answers keep its text). Refused whole, in Danish, when they break a rule."""
    wanted = checked_questions(template, wanted)
    with db.session() as s:
        _open_meeting(s, meeting_id, translate("hearing", "spørgsmålene kan ikke ændres"))
        stored = {q.id: q for q in s.scalars(select(HearingQuestion).where(HearingQuestion.meeting_id == meeting_id))}
        kept = []
        for position, q in enumerate(wanted):
            row = stored.pop(q.id, None) if q.id is not None else None
            if row is None:
                row = HearingQuestion(meeting_id=meeting_id)
                s.add(row)
            row.position, row.step, row.text = position, q.step, q.text
            kept.append(row)
        for row in stored.values():
            s.delete(row)
        touch_meeting(s, meeting_id)
        s.flush()
        result = [Question(r.step, r.text, r.id) for r in kept]
        s.commit()
    return result


def groups(db: Database, meeting_id: int) -> list[str]:
    return list(store.meeting_settings(db, meeting_id).get("hearing_groups") or [])


def set_groups(db: Database, meeting_id: int, names: list[str]) -> list[str]:
    names = checked_groups(names)
    with db.session() as s:
        _open_meeting(s, meeting_id, translate("hearing", "arbejdsmiljøgrupperne kan ikke ændres"))
    store.update_meeting_settings(db, meeting_id, hearing_groups=names)
    return names


# --- sheets out
def _signature(key: bytes, token: str, group_hex: str) -> str:
    return hmac.new(key, f"hoering:{token}:{group_hex}".encode(), hashlib.sha256).hexdigest()[:32]


def hearing_identity(meeting, group: str, key: bytes) -> str:
    token, group_hex = meeting_token(meeting), group.encode("utf-8").hex()
    return f"{HEARING_PREFIX}:{token}:{group_hex}:{_signature(key, token, group_hex)}"


def hearing_sheets(db: Database, meeting_id: int, templates: TemplateLibrary) -> list[SheetSnapshot]:
    """The blank, fillable høringsark: one for all employees, or one per arbejdsmiljøgruppe when groups are set.
    Proposed questions are stored first, so the sheet's fields name questions that exist."""
    m = store.get_meeting(db, meeting_id)
    template = templates.get(m.kind)
    hearing_step(template)  # a meeting kind without a hearing is refused in Danish
    with db.session() as s:  # its answers could not be read into a closed meeting
        _open_meeting(s, meeting_id, translate("hearing", "der kan ikke laves høringsark til det"))
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
        instruction=(
            translate(
                "hearing",
                "Før den årlige arbejdsmiljødrøftelse vil arbejdsmiljøorganisationen gerne høre, hvad du mener. "
                "Svar på de spørgsmål, du har noget at sige til – kort eller langt. Du skal ikke skrive dit navn.",
            )
        ),
        prompt_groups=(),
        boxes=tuple(
            (
                FIELD_KEY.format(q.id),
                translate("hearing", "Punkt {0} · {1}: {2}").format(
                    numbers.get(q.step, ""), titles.get(q.step, ""), q.text
                ),
            )
            for q in asked
        ),
        return_by=return_by(m.date),
        heading=translate("hearing", "Høringsark"),
    )
    key = sheet_key(db)
    return [
        SheetSnapshot(
            **base, recipient=f"{g} – alle ansatte" if g else "Alle ansatte", identity=hearing_identity(m, g, key)
        )
        for g in (groups(db, meeting_id) or [""])
    ]


# --- sheets in
@dataclass(frozen=True)
class HearingReceipt:
    group: str  # "" for the common sheet
    answered: int  # how many questions got an answer
    duplicate: bool = False  # the same file was read in before: nothing stored


def _verified_group(db: Database, m: Meeting, identity: str, file_name: str) -> str:
    identity = identity.strip() if len(identity) <= MAX_HEARING_IDENTITY else ""
    match = HEARING_IDENTITY.fullmatch(identity)
    if match is None:
        raise DroeftelseError(
            translate(
                "hearing",
                "{0}: arket kan ikke bekræftes som et høringsark fra dette møde – det skjulte mærke er ændret eller "
                "ikke lavet af Drøftelse. Intet er indlæst.",
            ).format(file_name)
        )
    token, group_hex, signature = match.groups()
    if token != meeting_token(m):
        raise DroeftelseError(
            translate("hearing", "{0}: høringsarket hører til et andet møde end »{1}«. Intet er indlæst.").format(
                file_name, m.title
            )
        )
    if not hmac.compare_digest(signature, _signature(sheet_key(db), token, group_hex)):
        raise DroeftelseError(
            translate(
                "hearing",
                "{0}: arket kan ikke bekræftes som et høringsark fra dette møde – det skjulte mærke er ændret. Intet "
                "er indlæst.",
            ).format(file_name)
        )
    try:
        return bytes.fromhex(group_hex).decode("utf-8")
    except UnicodeDecodeError:  # signed by us, so never; said in Danish all the same
        raise DroeftelseError(
            translate("hearing", "{0}: høringsarkets mærke kan ikke læses. Intet er indlæst.").format(file_name)
        ) from None


def import_hearing_sheet(
    db: Database,
    meeting_id: int,
    templates: TemplateLibrary,
    identity: str,
    texts: dict[str, str],
    labels: dict[str, str],
    digest: str,
    file_name: str,
) -> HearingReceipt:
    """Store a returned høringsark's answers. Refused in Danish (nothing stored) when it is from another meeting,
    empty, or too long; the same file twice is stored once."""
    with db.session() as s:
        m = _open_meeting(s, meeting_id, translate("hearing", "høringsark kan ikke indlæses i det"))
        group = _verified_group(db, m, identity, file_name)
        template = templates.get(m.kind)
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
            raise HearingRefused(
                translate("hearing", "{0}: høringsarket er ikke udfyldt – der er intet at indlæse.").format(file_name)
            )
        seen = s.scalar(
            select(func.count())
            .select_from(HearingResponse)
            .where(HearingResponse.meeting_id == meeting_id, HearingResponse.digest == digest)
        )
        if seen:
            return HearingReceipt(group, len(answers), duplicate=True)
        s.add(
            HearingResponse(
                meeting_id=meeting_id, group_name=group, file_name=file_name[:500], digest=digest, answers=answers
            )
        )
        touch_meeting(s, meeting_id)
        s.commit()
    return HearingReceipt(group, len(answers))


# --- what the hearing said
@dataclass(frozen=True)
class HearingAnswerLine:
    step: str  # the legal point's step key; "" for a question removed since
    question: str
    text: str
    group: str
    response_id: int


@dataclass(frozen=True)
class HearingSummary:
    responses: int  # returned sheets
    by_group: tuple[tuple[str, int], ...]  # (group, sheets), groups in the order they were set, "" for all
    answers: tuple[HearingAnswerLine, ...]

    def for_step(self, step: str) -> list[HearingAnswerLine]:
        return [a for a in self.answers if a.step == step]


def summary(db: Database, meeting_id: int) -> HearingSummary:
    with db.session() as s:
        rows = s.execute(  # an answer stands by its question's point as it is now, if the chairs moved it
            select(HearingAnswer, HearingResponse, HearingQuestion.step)
            .join(HearingResponse, HearingAnswer.response_id == HearingResponse.id)
            .outerjoin(HearingQuestion, HearingAnswer.question_id == HearingQuestion.id)
            .where(HearingResponse.meeting_id == meeting_id)
            .order_by(
                HearingQuestion.position.is_(None), HearingQuestion.position, HearingResponse.id, HearingAnswer.id
            )
        ).all()
        counts = s.execute(
            select(HearingResponse.group_name, func.count())
            .where(HearingResponse.meeting_id == meeting_id)
            .group_by(HearingResponse.group_name)
        ).all()
    lines = tuple(HearingAnswerLine(step or a.step, a.question, a.text, r.group_name, r.id) for a, r, step in rows)
    return HearingSummary(sum(n for _, n in counts), tuple((g, n) for g, n in counts), lines)


def delete_response(db: Database, meeting_id: int, response_id: int) -> None:
    """Take a returned sheet back out (read in by mistake)."""
    with db.session() as s:
        _open_meeting(s, meeting_id, translate("hearing", "høringssvar kan ikke fjernes"))
        s.execute(
            delete(HearingResponse).where(HearingResponse.id == response_id, HearingResponse.meeting_id == meeting_id)
        )
        touch_meeting(s, meeting_id)
        s.commit()
