"""Action items of the APV-handleplan: the six columns, status and priority."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate
from drøftelse.domain.record_fields import DATED, PLAN_COLUMNS

# The six columns in the order of the source's handleplan, with their Danish headings (`heading` translates them):
# declared once, in domain/record_fields
COLUMNS: tuple[tuple[str, str], ...] = tuple((f.name, f.heading) for f in PLAN_COLUMNS)
TEXT_FIELDS: tuple[str, ...] = tuple(key for key, _ in COLUMNS)
DATED_FIELDS: tuple[str, ...] = tuple(f.name for f in DATED)


def heading(danish: str) -> str:
    """A column's heading (as COLUMNS has it) in the current language."""
    return translate("Handleplan", danish)


class Status(str, Enum):
    AABEN = "aaben"
    I_GANG = "i_gang"
    GENNEMFOERT = "gennemfoert"
    OPGIVET = "opgivet"

    @property
    def label(self) -> str:
        return translate("Status", _STATUS_LABELS[self])

    @property
    def is_open(self) -> bool:
        return self in (Status.AABEN, Status.I_GANG)


_STATUS_LABELS = {
    Status.AABEN: QT_TRANSLATE_NOOP("Status", "åben"),
    Status.I_GANG: QT_TRANSLATE_NOOP("Status", "i gang"),
    Status.GENNEMFOERT: QT_TRANSLATE_NOOP("Status", "gennemført"),
    Status.OPGIVET: QT_TRANSLATE_NOOP("Status", "opgivet"),
}


class Priority(int, Enum):
    HOEJ = 1
    MIDDEL = 2
    LAV = 3

    @property
    def label(self) -> str:
        return {
            Priority.HOEJ: translate("Priority", "høj"),
            Priority.MIDDEL: translate("Priority", "middel"),
            Priority.LAV: translate("Priority", "lav"),
        }[self]


@dataclass(frozen=True)
class ActionFields:
    """A new handleplan row's fields, as the wizard and the command line give them."""

    hvad: str = ""
    hvorfor: str = ""
    hvordan: str = ""
    hvornaar: str = ""
    hvem: str = ""
    opfoelgning: str = ""
    status: Status = Status.AABEN
    priority: Priority | None = None
    # the APV's assessment of the problem (domain/apv): short choices, a text for both, and the cause
    alvor: str | None = None
    omfang: str | None = None
    vurdering: str = ""
    aarsag: str = ""
