"""The Danish "not found" of a row the user named, by its table's model name: shared by the ORM's reads
(store/common.must_get) and the plain ones (store/meeting_reads.py), which load no SQLAlchemy to say it."""

from __future__ import annotations

from drøftelse.domain.errors import NotFound

_MISSING = {
    "Committee": "Der findes intet udvalg med nummer {}.",
    "Meeting": "Der findes intet møde med nummer {}. Se numrene med 'droeftelse list'.",
    "Participant": "Der findes ingen deltager med nummer {}.",
    "ActionItem": "Der findes ingen handleplanrække med nummer {}.",
    "Goal": "Der findes intet mål med nummer {}.",
    "Member": "Der findes intet medlem med nummer {}.",
    "PlanItem": "Der findes ingen linje i kompetenceplanen med nummer {}.",
    "Training": "Der findes intet kursus med nummer {}.",
}


def not_found(model_name: str, key: int) -> NotFound:
    return NotFound(_MISSING.get(model_name, "Der findes intet med nummer {}.").format(key))
