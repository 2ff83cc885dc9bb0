"""Action items of the APV-handleplan: the six columns, status and priority."""

from __future__ import annotations

from enum import Enum

# The six columns in the order of the source's handleplan, with their Danish headings.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("hvad", "Hvad?"),
    ("hvorfor", "Hvorfor?"),
    ("hvordan", "Hvordan?"),
    ("hvornaar", "Hvornår?"),
    ("hvem", "Hvem?"),
    ("opfoelgning", "Opfølgning?"),
)
TEXT_FIELDS: tuple[str, ...] = tuple(key for key, _ in COLUMNS)
DATED_FIELDS: tuple[str, ...] = ("hvornaar", "opfoelgning")


class Status(str, Enum):
    AABEN = "aaben"
    I_GANG = "i_gang"
    GENNEMFOERT = "gennemfoert"
    OPGIVET = "opgivet"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self in (Status.AABEN, Status.I_GANG)


_STATUS_LABELS = {
    Status.AABEN: "åben",
    Status.I_GANG: "i gang",
    Status.GENNEMFOERT: "gennemført",
    Status.OPGIVET: "opgivet",
}


class Priority(int, Enum):
    HOEJ = 1
    MIDDEL = 2
    LAV = 3

    @property
    def label(self) -> str:
        return {Priority.HOEJ: "høj", Priority.MIDDEL: "middel", Priority.LAV: "lav"}[self]
