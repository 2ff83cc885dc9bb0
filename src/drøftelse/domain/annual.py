"""The annual discussion's rules that need no database: verdicts, the order of the points, what is missing."""

from __future__ import annotations

from enum import Enum

from drøftelse.domain.actions import Status
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate
from drøftelse.domain.templates import Step, Template

ANNUAL_KIND = "aarlig_arbejdsmiljoedroeftelse"
# a workplace under 10 employees has no AMO: its annual discussion is the variant held with the employees
SMALL_ANNUAL_KIND = "aarlig_arbejdsmiljoedroeftelse_under_10"
ANNUAL_KINDS = (ANNUAL_KIND, SMALL_ANNUAL_KIND)
SMALL_WORKPLACE = 10  # fewer employees than this: no AMO (arbejdsmiljøloven § 6 d, stk. 2)
SMALL_WORKPLACE_NOTE = (
    "Under 10 ansatte: der skal ikke oprettes en arbejdsmiljøorganisation. Arbejdsgiveren holder den årlige "
    "arbejdsmiljødrøftelse direkte med de ansatte eller en talsmand – som møde, på video eller skriftligt."
)
COMPETENCE_KIND = "kompetencedroeftelse"
# Where the latest kompetencedrøftelse keeps its "Egen kompetenceudvikling" (step, box)
OWN_DEVELOPMENT = ("kompetencer", "egen")
POINT_KINDS = ("point", "evaluation", "goals", "training")
# A goal's kind: set for the year ahead, or last year's typed in by hand (no earlier annual discussion to take it from)
NEW, LAST_YEAR = "ny", "sidste_aar"
# Point 6's boxes (step kind "training"): the supplerende arbejdsmiljøuddannelse, and the sagkundskab
TRAINING_BOX, SAGKUNDSKAB_BOX = "tekst", "sagkundskab"
# Steps the annual discussion's template renamed, by the template version that renamed them: a meeting file made
# before is read with the new key (revision 0005 does the same to a database)
RENAMED_STEPS = {ANNUAL_KIND: (2, {"kompetenceplan": "uddannelse"})}


class Verdict(str, Enum):
    NAAET = "naaet"
    DELVIST = "delvist"
    IKKE_NAAET = "ikke_naaet"
    OPGIVET = "opgivet"

    @property
    def label(self) -> str:
        return {
            Verdict.NAAET: translate("Verdict", "nået"),
            Verdict.DELVIST: translate("Verdict", "delvist"),
            Verdict.IKKE_NAAET: translate("Verdict", "ikke nået"),
            Verdict.OPGIVET: translate("Verdict", "opgivet"),
        }[self]

    @property
    def row_status(self) -> Status:
        """What a verdict means for a handleplan row: reached is done, partly is under way, given up is closed."""
        return {
            Verdict.NAAET: Status.GENNEMFOERT,
            Verdict.DELVIST: Status.I_GANG,
            Verdict.IKKE_NAAET: Status.AABEN,
            Verdict.OPGIVET: Status.OPGIVET,
        }[self]


def is_annual(kind: str) -> bool:
    return kind in ANNUAL_KINDS


def is_small_workplace(employees: int | None) -> bool:
    """Under 10 employees; a workplace whose size is not stated is taken to have an AMO."""
    return employees is not None and employees < SMALL_WORKPLACE


def annual_kind_for(employees: int | None) -> str:
    return SMALL_ANNUAL_KIND if is_small_workplace(employees) else ANNUAL_KIND


def offered_kinds(kinds: list[str], employees: int | None) -> list[str]:
    """The meeting kinds to offer a committee: one annual discussion, the one its size asks for."""
    other = ANNUAL_KIND if is_small_workplace(employees) else SMALL_ANNUAL_KIND
    return [k for k in kinds if k != other]


MAX_EMPLOYEES = 1_000_000


def check_employees(employees: int | None) -> None:
    """A workplace's size is a whole number of people, or not stated (None)."""
    if employees is not None and not (isinstance(employees, int) and 1 <= employees <= MAX_EMPLOYEES):
        raise DroeftelseError(
            translate("Annual", "Antal ansatte skal være et helt tal fra 1 til {0}.").format(
                f"{MAX_EMPLOYEES:,}".replace(",", ".")
            )
        )


def employees_text(employees: int | None) -> str:
    if employees is None:
        return translate("Annual", "Antal ansatte: ikke angivet")
    if is_small_workplace(employees):
        return translate("Annual", "{0} ansatte – under 10: ingen AMO").format(employees)
    return translate("Annual", "{0} ansatte").format(employees)


def point_steps(template: Template) -> tuple[Step, ...]:
    return tuple(s for s in template.steps if s.legal_point is not None)


def ordered_steps(template: Template, order: list[str] | None) -> tuple[Step, ...]:
    """The template's steps with the legal points in the chairs' order (unknown keys ignored, missing ones last).

    The points keep the places the template gives them as a group: set-up before, handleplan and referat after.
    """
    points = point_steps(template)
    keys = [s.key for s in points]
    chosen = [k for k in (order or []) if k in keys]
    chosen = list(dict.fromkeys(chosen)) + [k for k in keys if k not in chosen]
    queue = [template.step(k) for k in chosen]
    return tuple(queue.pop(0) if s.legal_point is not None else s for s in template.steps)


def point_label(step: Step) -> str:
    return translate("Annual", "Punkt {0}: {1}").format(step.legal_point, step.title)


def form_missing_line(forms: tuple[str, ...]) -> str:
    """What closing a meeting asks when its template wants the form named (møde, video, skriftligt) and none is
    chosen: the referat must say how the discussion was held."""
    words = [f.lower() for f in forms]
    choices = (
        translate("Annual", "{0} eller {1}").format(", ".join(words[:-1]), words[-1])
        if len(words) > 1
        else "".join(words)
    )
    return translate("Annual", "Vælg på Opsætning, hvordan drøftelsen blev holdt: {0}").format(choices)


def missing_message(missing: list[Step], forms_missing: tuple[str, ...] = ()) -> str:
    parts = []
    if missing:
        names = "\n".join(f"•  {point_label(s)}" for s in missing)
        parts.append(
            translate(
                "Annual",
                "Disse punkter har ingen tekst – skriv mindst, hvad I har drøftet, eller »ikke relevant, "
                "fordi …«:\n{0}",
            ).format(names)
        )
    if forms_missing:
        parts.append(f"{form_missing_line(forms_missing)}.")
    return translate("Annual", "Referatet kan ikke afsluttes endnu.") + " " + "\n\n".join(parts)
