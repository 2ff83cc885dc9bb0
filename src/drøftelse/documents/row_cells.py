"""A handleplan row's cells as the CSV and XLSX write them, following the row's declared fields
(domain/record_fields): a new column there is a new column here."""

from __future__ import annotations

from drøftelse.domain import apv
from drøftelse.domain.record_fields import ACTION_ROW, CHOICE, PRINTED, Field, in_shape
from drøftelse.domain.snapshots import ActionRow

# printed after the columns and their dates: status, priority, then the APV's assessment
EXTRAS: tuple[Field, ...] = tuple(f for f in in_shape(ACTION_ROW, PRINTED) if not f.column and f.heading)


def label(row: ActionRow, name: str) -> str:
    """A short choice of the row in words: its enum's label (status, priority), or domain/apv's; "" when none."""
    value = getattr(row, name)
    if value is None:
        return ""
    return value.label if hasattr(value, "label") else apv.label(name, value)


def is_choice(field: Field) -> bool:
    return field.kind == CHOICE
