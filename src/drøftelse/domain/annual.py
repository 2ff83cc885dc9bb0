"""The annual discussion's rules that need no database: verdicts, the order of the points, what is missing."""

from __future__ import annotations

from enum import Enum

from drøftelse.domain.actions import Status
from drøftelse.domain.i18n import translate
from drøftelse.domain.templates import Step, Template

ANNUAL_KIND = "aarlig_arbejdsmiljoedroeftelse"
COMPETENCE_KIND = "kompetencedroeftelse"
# Where the latest kompetencedrøftelse keeps its "Egen kompetenceudvikling" (step, box)
OWN_DEVELOPMENT = ("kompetencer", "egen")
POINT_KINDS = ("point", "evaluation", "goals", "training")


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


def missing_message(missing: list[Step]) -> str:
    names = "\n".join(f"•  {point_label(s)}" for s in missing)
    return translate(
        "Annual",
        "Referatet kan ikke afsluttes endnu. Disse punkter har ingen tekst – skriv mindst, hvad I har drøftet, "
        "eller »ikke relevant, fordi …«:\n{0}",
    ).format(names)
