"""What a legal point's page shows of the hearing: the questions and the employees' answers, in plain SQL on
`db.read_connection()` as store/meeting_reads.py, so a meeting reopened on an annual discussion's point is painted
before SQLAlchemy has loaded (issue 32)."""

from __future__ import annotations

from drøftelse.domain.hearing import HearingAnswerLine, HearingSummary, Question, proposed_questions
from drøftelse.domain.phones import HEARING
from drøftelse.domain.templates import Template
from drøftelse.store.meeting_reads import meeting_settings

_ANSWERS = (  # an answer stands by its question's point as it is now, if the chairs moved it
    "SELECT hearing_question.step, hearing_answer.step, hearing_answer.question, hearing_answer.text, "
    "hearing_response.group_name, hearing_response.id FROM hearing_answer "
    "JOIN hearing_response ON hearing_answer.response_id = hearing_response.id "
    "LEFT OUTER JOIN hearing_question ON hearing_answer.question_id = hearing_question.id "
    "WHERE hearing_response.meeting_id = ? "
    "ORDER BY hearing_question.position IS NULL, hearing_question.position, hearing_response.id, hearing_answer.id"
)
_COUNTS = "SELECT group_name, count(*) FROM hearing_response WHERE meeting_id = ? GROUP BY group_name"
_PHONES = "SELECT count(*) FROM phone_link WHERE meeting_id = ? AND kind = ?"  # handed out, as sheets are (issue 30)


def questions(db, meeting_id: int, template: Template) -> list[Question]:
    """The stored questions in order, or the template's proposals (not stored yet) when none are."""
    with db.read_connection() as conn:
        rows = conn.execute(
            "SELECT step, text, id FROM hearing_question WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)
        ).fetchall()
    return [Question(step, text, qid) for step, text, qid in rows] or list(proposed_questions(template))


def groups(db, meeting_id: int) -> list[str]:
    """The arbejdsmiljøgrupper a sheet is made for each of; none: one sheet for all employees."""
    return list(meeting_settings(db, meeting_id).get("hearing_groups") or [])


def sheets_out(db, meeting_id: int) -> int:
    """How many høringsark (codes) have been handed out; 0 when none were made with a code."""
    value = meeting_settings(db, meeting_id).get("hearing_sheets_out")
    return value if isinstance(value, int) and value > 0 else 0


def summary(db, meeting_id: int) -> HearingSummary:
    with db.read_connection() as conn:
        rows = conn.execute(_ANSWERS, (meeting_id,)).fetchall()
        counts = conn.execute(_COUNTS, (meeting_id,)).fetchall()
        phones = conn.execute(_PHONES, (meeting_id, HEARING)).fetchone()[0]
    lines = tuple(
        HearingAnswerLine(point or step, question, text, group, response)
        for point, step, question, text, group, response in rows
    )
    handed_out = sheets_out(db, meeting_id) + (phones or 0)
    return HearingSummary(sum(n for _, n in counts), tuple((g, n) for g, n in counts), lines, handed_out)
