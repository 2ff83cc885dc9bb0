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

    def text(self, field: str) -> str:
        return getattr(self, field)


@dataclass(frozen=True)
class Signer:
    role: str  # "Leder" or "Arbejdsmiljørepræsentant"
    name: str


@dataclass(frozen=True)
class HandleplanSnapshot:
    committee: str
    meeting_title: str
    meeting_kind_name: str
    meeting_date: dt.date
    place: str
    rows: tuple[ActionRow, ...]
    signers: tuple[Signer, ...]
    rules_reference: str
    rules_checked: dt.date


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
    identity: str | None = None  # "droeftelse-ark:1:<meeting token>:<participant id>"
