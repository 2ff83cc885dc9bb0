"""How the step pages' tables show a number of days ("1,5") and read one typed."""

from __future__ import annotations

from drøftelse.domain import i18n


def days(value: float | None) -> str:
    return "" if value is None else i18n.decimal(value)


def parse_days(text: str) -> float | None:
    text = (
        text.strip()
        .replace(",", ".")
        .removesuffix("days")
        .removesuffix("day")
        .removesuffix("dage")
        .removesuffix("dag")
        .strip()
    )
    if not text:
        return None
    value = float(text)  # ValueError: the caller says so
    if not 0 <= value <= 365:
        raise ValueError(text)
    return value
