"""Dates written the Danish way: "20. november 2026" and "20.11.2026"."""

from __future__ import annotations

import datetime as dt

from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate

MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Dates", "januar"),
    QT_TRANSLATE_NOOP("Dates", "februar"),
    QT_TRANSLATE_NOOP("Dates", "marts"),
    QT_TRANSLATE_NOOP("Dates", "april"),
    QT_TRANSLATE_NOOP("Dates", "maj"),
    QT_TRANSLATE_NOOP("Dates", "juni"),
    QT_TRANSLATE_NOOP("Dates", "juli"),
    QT_TRANSLATE_NOOP("Dates", "august"),
    QT_TRANSLATE_NOOP("Dates", "september"),
    QT_TRANSLATE_NOOP("Dates", "oktober"),
    QT_TRANSLATE_NOOP("Dates", "november"),
    QT_TRANSLATE_NOOP("Dates", "december"),
)


def long_date(d: dt.date) -> str:
    """ "20. november 2026"; in English "20 November 2026"."""
    month = translate("Dates", MONTH_NAMES[d.month - 1])
    return translate("Dates", "{day}. {month} {year}").format(day=d.day, month=month, year=d.year)


def short_date(d: dt.date) -> str:
    return f"{d.day}.{d.month}.{d.year}"
