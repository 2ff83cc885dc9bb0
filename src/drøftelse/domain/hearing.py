"""The hearing of the employees before the annual discussion: how many questions, which are proposed, what a
group's name may be, and the date every sheet asks to have back.

Arbejdsgiveren skal sørge for, at de ansatte i nødvendigt omfang bliver hørt før den årlige
arbejdsmiljødrøftelse. The chairs write 2–5 questions, each about one of the six points, so the answers can stand
beside that point in the discussion.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drøftelse.domain.annual import point_steps
from drøftelse.domain.errors import DroeftelseError, MeetingClosed
from drøftelse.domain.i18n import translate
from drøftelse.domain.limits import MAX_LINE, MAX_TEXT, thousands
from drøftelse.domain.templates import Template

MIN_QUESTIONS, MAX_QUESTIONS = 2, 5
MAX_GROUPS = 30  # arbejdsmiljøgrupper: a sheet each
MAX_QUESTION = 1_000  # a question is read on a sheet: a few lines, not a page
MAX_SHEETS = 2_000  # høringsark per sheet kind: one per employee, more than any committee hands out on paper
RETURN_DAYS_BEFORE = 3  # a sheet is asked back this many days before the meeting, so the chairs can read it


@dataclass(frozen=True)
class Question:
    step: str  # the legal point's step key ("indhold", "viden" …)
    text: str
    id: int | None = None  # None for a proposal not stored yet


class HearingRefused(DroeftelseError):
    """Questions or groups that cannot be stored; nothing was changed."""


def proposed_questions(template: Template) -> tuple[Question, ...]:
    """One question per legal point, in the law's order, as many as a sheet may hold (point 6, the AMO's own
    training, is the one left out: it is the one employees are least asked about)."""
    points = sorted((s for s in point_steps(template) if s.hearing_question), key=lambda s: s.legal_point)
    return tuple(Question(s.key, s.hearing_question) for s in points[:MAX_QUESTIONS])


def checked_questions(template: Template, questions: list[Question]) -> list[Question]:
    """The questions as they will be stored (trimmed), or HearingRefused in Danish."""
    points = {s.key for s in point_steps(template)}
    out = [Question(q.step, q.text.strip(), q.id) for q in questions]
    if not MIN_QUESTIONS <= len(out) <= MAX_QUESTIONS:
        raise HearingRefused(
            translate("hearing", "Skriv mellem {0} og {1} spørgsmål (der er {2}).").format(
                MIN_QUESTIONS, MAX_QUESTIONS, len(out)
            )
        )
    for n, q in enumerate(out, 1):
        if not q.text:
            raise HearingRefused(translate("hearing", "Spørgsmål {0} er tomt. Skriv det, eller fjern det.").format(n))
        if len(q.text) > MAX_QUESTION:
            raise HearingRefused(
                translate("hearing", "Spørgsmål {0} er {1}. Det er ikke gemt.").format(
                    n, too_long(len(q.text), MAX_QUESTION)
                )
            )
        if q.step not in points:
            raise HearingRefused(translate("hearing", "Spørgsmål {0} skal høre til et af de seks punkter.").format(n))
    return out


def checked_groups(names: list[str]) -> list[str]:
    """Arbejdsmiljøgrupper to make a sheet for, one per line: trimmed, empty lines dropped, each name once."""
    out = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    if len(out) > MAX_GROUPS:
        raise HearingRefused(
            translate("hearing", "Der kan højst laves ark til {0} arbejdsmiljøgrupper (der er {1}).").format(
                MAX_GROUPS, len(out)
            )
        )
    for name in out:
        if len(name) > MAX_LINE:
            raise HearingRefused(
                translate("hearing", "Gruppens navn er {0}. Det er ikke gemt.").format(too_long(len(name), MAX_LINE))
            )
    return out


def checked_answer(question: str, text: str, file_name: str) -> str:
    if len(text) > MAX_TEXT:
        raise HearingRefused(
            translate("hearing", "{0}: svaret på »{1}« er {2}. Intet er indlæst.").format(
                file_name, question[:60], too_long(len(text), MAX_TEXT)
            )
        )
    return text


def too_long(length: int, limit: int) -> str:
    """Said of a neuter noun (spørgsmålet, svaret, navnet): "for langt (1.200 tegn; højst 1.000)"."""
    return translate("hearing", "for langt ({0} tegn; højst {1})").format(thousands(length), thousands(limit))


def return_by(meeting_date: dt.date) -> dt.date:
    """The date a sheet asks to have back: a few days before the meeting, a weekday (a Saturday or Sunday becomes
    the Friday before)."""
    day = meeting_date - dt.timedelta(days=RETURN_DAYS_BEFORE)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def point_label(number, title: str) -> str:
    """A question's legal point as a phone shows it: "Punkt 1 · Indhold for året"."""
    return translate("hearing", "Punkt {0} · {1}").format(number, title)


def hearing_step(template: Template):
    """The template's hearing step; a kind of meeting without one (the kompetencedrøftelse) is refused in Danish."""
    steps = template.steps_of_kind("hearing")
    if not steps:
        raise DroeftelseError(translate("hearing", "{0} har ingen høring af de ansatte.").format(template.name))
    return steps[0]


def checked_sheet_count(count: int) -> int:
    if not 1 <= count <= MAX_SHEETS:
        raise DroeftelseError(
            translate("hearing", "Antallet af høringsark skal være mellem 1 og {0}.").format(MAX_SHEETS)
        )
    return count


# what a closed meeting refuses of its hearing, by the store's name for the action
_CLOSED_ACTIONS = {
    "questions": lambda: translate("hearing", "spørgsmålene kan ikke ændres"),
    "groups": lambda: translate("hearing", "arbejdsmiljøgrupperne kan ikke ændres"),
    "sheets": lambda: translate("hearing", "der kan ikke laves høringsark til det"),
    "read": lambda: translate("hearing", "høringsark kan ikke indlæses i det"),
    "remove": lambda: translate("hearing", "høringssvar kan ikke fjernes"),
}


def hearing_closed(title: str, closed_at, action: str) -> MeetingClosed:
    """The refusal of `action` ("questions", "groups", "sheets", "read", "remove") on a closed meeting's hearing."""
    what = _CLOSED_ACTIONS[action]()
    message = translate("hearing", "Mødet »{0}« er afsluttet; {1}. Genåbn mødet først.").format(title, what)
    return MeetingClosed(title, closed_at, message)


class EmptyHearingSheet(HearingRefused):
    """A returned høringsark (or a phone's hearing answers) with no answer in it; nothing was stored."""

    def __init__(self, file_name: str):
        super().__init__(
            translate("hearing", "{0}: høringsarket er ikke udfyldt – der er intet at indlæse.").format(file_name)
        )
        self.file_name = file_name


class CodeAlreadyRead(DroeftelseError):
    """A sheet with this one-time code was read in before (from another file): which one counts is the user's
    choice (keep the first, or replace it)."""

    def __init__(self, file_name: str):
        super().__init__(
            translate(
                "hearing",
                "{0}: et høringsark med samme engangskode er allerede indlæst – hvert ark tæller kun én gang. "
                "Det først indlæste gælder; intet er indlæst fra denne fil.",
            ).format(file_name)
        )
        self.file_name = file_name


@dataclass(frozen=True)
class HearingReceipt:
    group: str  # "" for the common sheet
    answered: int  # how many questions got an answer
    duplicate: bool = False  # the same file was read in before: nothing stored
    replaced: bool = False  # a sheet with the same code was read in before and this one took its place


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
    handed_out: int = 0  # sheets (codes) handed out; 0 when none were made with a code

    def for_step(self, step: str) -> list[HearingAnswerLine]:
        return [a for a in self.answers if a.step == step]
