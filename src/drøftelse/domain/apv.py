"""What the APV asks of a handleplan row beyond its six columns (docs/sources.md, checked 6.12.2026):

- the problem's alvor and omfang, a short choice each, a text for both, and its årsag;
- a priority that sets the order in which the problems are solved;
- at the next annual evaluation: did it work? ("Virkede det?")

And two hints for the chairs: the generelle forebyggelsesprincipper on "Hvordan?" (bilag 1 til bekendtgørelse nr. 65
af 22. januar 2024 om systematisk arbejdsmiljøarbejde), and the psykisk arbejdsmiljø's risk factors that kapitel 3
of bekendtgørelse nr. 1406 af 26. september 2020 om psykisk arbejdsmiljø has special rules for.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TypeVar

from drøftelse.domain.actions import Priority
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate

# a handleplan row's assessment fields, as the row, the meeting file and the exports name them
ASSESSMENT_FIELDS = ("alvor", "omfang", "vurdering", "aarsag")


class _Choice(str, Enum):
    """A short choice, stored by its value and shown by its label in the current language."""

    @property
    def label(self) -> str:
        return translate("Apv", _LABELS[self])


class Alvor(_Choice):
    """How serious the problem is: how much harm it can do, on short or long sight."""

    MINDRE = "mindre"
    ALVORLIG = "alvorlig"
    MEGET_ALVORLIG = "meget_alvorlig"


class Omfang(_Choice):
    """How many it touches."""

    ENKELTE = "enkelte"
    GRUPPE = "gruppe"
    MANGE = "mange"


class Effect(_Choice):
    """The next annual evaluation's answer to "Virkede det?" for a row that was acted on."""

    JA = "ja"
    DELVIST = "delvist"
    NEJ = "nej"
    FOR_TIDLIGT = "for_tidligt"


_LABELS = {
    Alvor.MINDRE: QT_TRANSLATE_NOOP("Apv", "mindre alvorligt"),
    Alvor.ALVORLIG: QT_TRANSLATE_NOOP("Apv", "alvorligt"),
    Alvor.MEGET_ALVORLIG: QT_TRANSLATE_NOOP("Apv", "meget alvorligt"),
    Omfang.ENKELTE: QT_TRANSLATE_NOOP("Apv", "få ansatte"),
    Omfang.GRUPPE: QT_TRANSLATE_NOOP("Apv", "en gruppe"),
    Omfang.MANGE: QT_TRANSLATE_NOOP("Apv", "mange eller alle"),
    Effect.JA: QT_TRANSLATE_NOOP("Apv", "ja"),
    Effect.DELVIST: QT_TRANSLATE_NOOP("Apv", "delvist"),
    Effect.NEJ: QT_TRANSLATE_NOOP("Apv", "nej"),
    Effect.FOR_TIDLIGT: QT_TRANSLATE_NOOP("Apv", "for tidligt at sige"),
}

_CHOICES = {"alvor": Alvor, "omfang": Omfang, "effect": Effect}


def choice(field: str, value: str | None) -> Enum | None:
    """A stored short choice as its enum; None when not chosen. An unknown value is refused (ValueError)."""
    return _CHOICES[field](value) if value else None


def label(field: str, value: str | None) -> str:
    """A stored short choice in words ("alvorligt"), "" when none is chosen."""
    chosen = choice(field, value)
    return chosen.label if chosen is not None else ""


def assessment(alvor: str | None, omfang: str | None, vurdering: str) -> str:
    """The assessment as one line under Hvad? in the PDF and the referat: "Alvor: alvorligt · Omfang: en gruppe.
    <text>"; empty when nothing is assessed."""
    parts = []
    if alvor:
        parts.append(translate("Apv", "Alvor: {0}").format(Alvor(alvor).label))
    if omfang:
        parts.append(translate("Apv", "Omfang: {0}").format(Omfang(omfang).label))
    head = " · ".join(parts)
    text = vurdering.strip()
    if head and text:
        return f"{head}. {text}"
    return head or text


def cause(aarsag: str) -> str:
    """The cause as it reads under Hvorfor?: "Årsag: <text>"; empty when none is given."""
    return translate("Apv", "Årsag: {0}").format(aarsag.strip()) if aarsag.strip() else ""


def effect_line(effect: str | None, note: str) -> str:
    """A row's "Virkede det?" in words: "Virkede det? Delvist – <note>"; empty when not answered."""
    if not effect:
        return note.strip()
    line = translate("Apv", "Virkede det? {0}").format(Effect(effect).label)
    return f"{line} – {note.strip()}" if note.strip() else line


_SEVERITY_ORDER = {Alvor.MEGET_ALVORLIG: 0, Alvor.ALVORLIG: 1, Alvor.MINDRE: 2}
Row = TypeVar("Row")


def urgency(row) -> tuple[int, int]:
    """How soon a row's problem is to be solved, as a sort key: high priority first, then the more serious. A row
    with no priority (or no alvor) comes after those with one."""
    priority = getattr(row, "priority", None)
    alvor = getattr(row, "alvor", None)
    return (
        int(Priority(priority)) if priority is not None else len(Priority) + 1,
        _SEVERITY_ORDER[Alvor(alvor)] if alvor else len(_SEVERITY_ORDER),
    )


def by_priority(rows: Iterable[Row]) -> list[Row]:
    """The rows in the order the problems are solved in; a stable sort, so equal rows keep their order."""
    return sorted(rows, key=urgency)


PREVENTION_PRINCIPLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Apv", "Forhindr risikoen, eller bekæmp den ved kilden"),
    QT_TRANSLATE_NOOP("Apv", "Udskift det farlige med noget ufarligt eller mindre farligt"),
    QT_TRANSLATE_NOOP("Apv", "Tilpas arbejdet til mennesket"),
    QT_TRANSLATE_NOOP("Apv", "Kollektiv beskyttelse frem for individuel – personlige værnemidler sidst"),
    QT_TRANSLATE_NOOP("Apv", "Hensigtsmæssig instruktion af de ansatte"),
)
PREVENTION_SOURCE = QT_TRANSLATE_NOOP(
    "Apv", "Efter de generelle forebyggelsesprincipper, bilag 1 til bekendtgørelse nr. 65 af 22. januar 2024"
)

PSYCHOSOCIAL_FACTORS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Apv", "Stor arbejdsmængde og tidspres"),
    QT_TRANSLATE_NOOP("Apv", "Uklare krav og modstridende krav i arbejdet"),
    QT_TRANSLATE_NOOP("Apv", "Høje følelsesmæssige krav i arbejdet med mennesker"),
    QT_TRANSLATE_NOOP("Apv", "Krænkende handlinger, herunder mobning og seksuel chikane"),
    QT_TRANSLATE_NOOP("Apv", "Arbejdsrelateret vold, i og uden for arbejdstiden"),
)
PSYCHOSOCIAL_SOURCE = QT_TRANSLATE_NOOP(
    "Apv", "Bekendtgørelse nr. 1406 af 26. september 2020 om psykisk arbejdsmiljø, kapitel 3"
)


def prevention_hint() -> str:
    """The hint on "Hvordan?": the principles in the order the most effective measure is chosen."""
    lines = [f"{i}. {translate('Apv', p)}" for i, p in enumerate(PREVENTION_PRINCIPLES, 1)]
    return "\n".join(
        [translate("Apv", "Vælg det mest effektive tiltag først:"), *lines, translate("Apv", PREVENTION_SOURCE)]
    )


def psychosocial_hint() -> str:
    """The prompt where the annual discussion or the handleplan meets psykisk arbejdsmiljø."""
    lines = [f"• {translate('Apv', f)}" for f in PSYCHOSOCIAL_FACTORS]
    return "\n".join(
        [translate("Apv", "Psykisk arbejdsmiljø – tænk også på:"), *lines, translate("Apv", PSYCHOSOCIAL_SOURCE)]
    )
