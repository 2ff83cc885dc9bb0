"""Text that goes into a spreadsheet cell (the handleplan's CSV today; an XLSX writer would use the same rule).

A cell that starts with one of OWASP's formula characters (=, +, -, @, tab, carriage return) is run as a formula
when Excel or LibreOffice opens the file: `-2+3+cmd|' /C calc'!A0` starts a program. An apostrophe in front
keeps it text; it is the one mark both programs read that way.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_cell_text(text: str) -> str:
    """`text` as a spreadsheet shows it, never run as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
