"""A user's text in a spreadsheet cell (CSV or XLSX) stays text: a leading character that Excel or LibreOffice
would take as the start of a formula gets an apostrophe in front (OWASP's advice against CSV injection)."""

from __future__ import annotations

# = + - @ start a formula; a tab or a carriage return in front of them hides one from a naive check
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text
