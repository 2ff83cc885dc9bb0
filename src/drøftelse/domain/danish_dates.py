"""Dates written the Danish way: "20. november 2026" and "20.11.2026"."""

from __future__ import annotations

import datetime as dt

MONTH_NAMES = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)


def long_date(d: dt.date) -> str:
    return f"{d.day}. {MONTH_NAMES[d.month - 1]} {d.year}"


def short_date(d: dt.date) -> str:
    return f"{d.day}.{d.month}.{d.year}"
