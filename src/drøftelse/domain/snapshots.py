"""Plain, frozen pictures of a meeting that documents are made from.

A query builds them; the PDF and CSV writers take them. So an export is tested without a database, and a
slow export never holds a transaction open.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drøftelse.domain.actions import Priority, Status


@dataclass(frozen=True)
class ActionRow:
    position: int
    hvad: str
    hvorfor: str
    hvordan: str
    hvornaar: str
    hvem: str
    opfoelgning: str
    status: Status = Status.AABEN
    priority: Priority | None = None
    hvornaar_dato: dt.date | None = None
    opfoelgning_dato: dt.date | None = None
    origin: str = ""  # the meeting the row came from, "Årlig arbejdsmiljødrøftelse 2026 (23.11.2026)": committee plan
    origin_date: dt.date | None = None  # that meeting's date
    # the APV's assessment (domain/apv): shown under Hvad? and Hvorfor?; the last "Virkede det?" under Opfølgning?
    alvor: str | None = None
    omfang: str | None = None
    vurdering: str = ""
    aarsag: str = ""
    effect: str | None = None
    effect_note: str = ""

    def text(self, field: str) -> str:
        return getattr(self, field)


@dataclass(frozen=True)
class Signer:
    role: str  # as given at setup: "Leder", "AMR", "Arbejdsleder" …
    name: str


@dataclass(frozen=True)
class Approval:
    """Who approves a document: "Godkendt af <body>", and a line to sign on for each of `signers` (the members
    present). `at` names the meeting they were present at, when the document is not that meeting's own."""

    body: str  # "arbejdsmiljøudvalget", "MED-udvalget" …: the forum, as it reads after "Godkendt af"
    signers: tuple[Signer, ...]
    at: str = ""


@dataclass(frozen=True)
class HandleplanSnapshot:
    committee: str
    meeting_title: str
    meeting_kind_name: str
    meeting_date: dt.date
    place: str
    rows: tuple[ActionRow, ...]
    approval: Approval
    rules_reference: str
    rules_checked: dt.date
    version_note: str = ""  # closed more than once: "Version 2, rettet 3.12.2026: <the reopening's reason>"
    example: bool = False  # the demo's meeting, not the committee's own: the document says EKSEMPEL


@dataclass(frozen=True)
class CommitteeHandleplanSnapshot:
    """Every row of a committee's handleplan that a selection keeps, from all its meetings, in the order of their
    Hvornår dates: the plan HR keeps for the workplace."""

    committee: str
    printed: dt.date
    selection: str  # what the plan shows, in words: "Ikke udførte rækker og rækker udført i 2026"
    rows: tuple[ActionRow, ...]
    approval: Approval
    rules_reference: str
    rules_checked: dt.date
    example: bool = False  # only the demo's meeting's rows (chosen by meeting): the document says EKSEMPEL


@dataclass(frozen=True)
class SheetSnapshot:
    """A forberedelsesark: for one participant (with the identity that finds its way home), or blank for paper."""

    committee: str
    meeting_title: str
    meeting_date: dt.date
    place: str
    material_title: str
    instruction: str
    prompt_groups: tuple[tuple[str, tuple[str, ...]], ...]
    boxes: tuple[tuple[str, str], ...]  # (key, label)
    participant: str | None = None
    identity: str | None = None  # "droeftelse-ark:2:<meeting token>:<participant id>:<signature>"
    return_by: dt.date | None = None  # the date the chairs want it back
    at_meeting: bool = False  # no date: "Aflever arket ved mødet" (domain.hand_in; the usual date had passed)
    prefill: tuple[tuple[str, str], ...] = ()  # (box key, the text the participant already has in the app)
    heading: str = "Forberedelsesark"  # "Høringsark" for the employees' hearing
    recipient: str = ""  # who fills it when it is not one participant's: "Alle ansatte", "Lager – alle ansatte"
    example: bool = False  # for the demo's meeting: the sheet says EKSEMPEL


@dataclass(frozen=True)
class PointText:
    number: int  # the legal point, 1–6
    title: str
    text: str


@dataclass(frozen=True)
class EvaluationLine:
    kind: str  # "Mål" or "Handleplan"
    text: str
    origin: str
    verdict: str  # "nået", "delvist", "ikke nået", "opgivet" or "" (not judged)
    comment: str
    effect: str = ""  # a row's "Virkede det? delvist – <note>" (domain/apv.effect_line), "" when not answered


@dataclass(frozen=True)
class MemberTraining:
    name: str
    role: str
    elected_on: dt.date | None  # the tiltrædelse the rights run from (revision 0013)
    mandatory: str  # "gennemført 15.6.2021", "skal tages senest 1.1.2027", …
    entitled_days: float
    used_days: float
    offer: str = ""  # this funktionsår's offer: "tilbudt 1,5 dage", "skal tilbydes senest …"
    assumed: bool = False  # the tiltrædelse is the election date, not confirmed by a chair


@dataclass(frozen=True)
class PlanLine:
    hvem: str
    hvad: str
    hvornaar: str
    days: float | None


@dataclass(frozen=True)
class CompetencePlanSnapshot:
    committee: str
    meeting_title: str
    meeting_date: dt.date
    members: tuple[MemberTraining, ...]
    plan: tuple[PlanLine, ...]
    text: str  # what the group wrote under point 6 on the supplerende arbejdsmiljøuddannelse
    approval: Approval
    rules_checked: dt.date
    sagkundskab: str = ""  # what the group wrote under point 6 on the sagkundskab (own, or an arbejdsmiljørådgiver)
    example: bool = False  # the demo's meeting: the document says EKSEMPEL


@dataclass(frozen=True)
class ReferatSection:
    """A step of a meeting without legal points (the kompetencedrøftelse): its title and the group's texts."""

    title: str
    texts: tuple[tuple[str, str], ...]  # (the box's label, what the group wrote)


@dataclass(frozen=True)
class RowsFrom:
    """Handleplan rows made in another meeting of the year, and that meeting's name and date."""

    meeting: str  # "Kompetencedrøftelse 2026 (20.3.2026)"
    rows: tuple[ActionRow, ...]


@dataclass(frozen=True)
class HearingNote:
    """How the employees were heard before the annual discussion, for the referat."""

    form: str  # what the chairs wrote under "Sådan er de ansatte hørt"
    questions: tuple[str, ...]
    responses: int  # returned hearing sheets
    by_group: tuple[tuple[str, int], ...] = ()  # (arbejdsmiljøgruppe, sheets) when sheets went out per group
    handed_out: int = 0  # sheets (one-time codes) handed out; 0 when none were made with a code


@dataclass(frozen=True)
class ReferatSnapshot:
    committee: str
    meeting_title: str
    meeting_kind_name: str
    meeting_date: dt.date
    place: str
    forum: str
    present: tuple[str, ...]  # "Navn (rolle)"
    absent: tuple[str, ...]
    points: tuple[PointText, ...]  # in the law's order
    evaluation: tuple[EvaluationLine, ...]
    goals: tuple[str, ...]
    rows: tuple[ActionRow, ...]
    competence: CompetencePlanSnapshot | None  # the annual discussion's point 6; None for other meetings
    approval: Approval
    rules_reference: str
    rules_checked: dt.date
    closed: bool
    sections: tuple[ReferatSection, ...] = ()  # a meeting without legal points: its steps, in order
    rows_from: tuple[RowsFrom, ...] = ()  # the annual discussion: the year's rows from its other meetings
    hearing: HearingNote | None = None  # the annual discussion: how the employees were heard
    form: str = ""  # how it was held (møde, video, skriftligt), when the template asks (under 10 ansatte)
    version_note: str = ""  # closed more than once: "Version 2, rettet 3.12.2026: <the reopening's reason>"
    example: bool = False  # the demo's meeting, not the committee's own: the document says EKSEMPEL


@dataclass(frozen=True)
class ChangeLine:
    changed_at: dt.datetime
    what: str
    old_value: str
    new_value: str
    reason: str
    user_name: str


@dataclass(frozen=True)
class ChangeLogSnapshot:
    """The changes made to a meeting after it was first closed (issue 28): what `aendringslog --pdf` prints."""

    committee: str
    meeting_title: str
    meeting_date: dt.date
    first_closed_at: dt.datetime | None
    closed_count: int
    changes: tuple[ChangeLine, ...]
    approval: Approval
    example: bool = False  # the demo's meeting: the document says EKSEMPEL
