"""How long a text may be, checked where text comes in: typing, meeting files, returned sheets.

A box or a handleplan cell holds up to 100,000 characters (some 40 pages in a handleplan column: more than any
meeting writes, and still a PDF in seconds, benchmarks/long_texts.py); a name, title or place up to 500. Past
that, the text is refused with a Danish message naming the field, and nothing is stored.

Text from outside (a returned sheet, a meeting file, a paste) may also carry NUL and other control characters:
PostgreSQL refuses NUL in text, and none of them means anything in a box, so `clean_text` removes them.
"""

from __future__ import annotations

import re

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate

MAX_TEXT = 100_000  # a box, a handleplan cell, a goal, a result
MAX_LINE = 500  # a name, a title, a place, a role
FIRST_YEAR, LAST_YEAR = 1900, 2999  # a meeting's date; dates read from Hvornår/Opfølgning stay far from year 9999


class TextTooLong(DroeftelseError):
    """A text over its limit; nothing was stored."""


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def too_long(what: str, length: int, limit: int) -> str:
    return translate("limits", "{0} er for lang ({1} tegn; højst {2})").format(
        what, thousands(length), thousands(limit)
    )


def check_length(what: str, text: str | None, limit: int = MAX_TEXT) -> None:
    """Refuse `text` when it is longer than `limit`; `what` names the field ("Teksten under Hvordan?")."""
    if isinstance(text, str) and len(text) > limit:
        raise TextTooLong(
            translate("limits", "{0}. Den er ikke gemt; del den op eller kort den ned.").format(
                too_long(what, len(text), limit)
            )
        )


# C0 controls but tab, line feed and carriage return: NUL first of all, which PostgreSQL cannot store in text
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean_text(text):
    """`text` without NUL and the other invisible control characters; tabs and line breaks stay. Anything not a
    string is returned as it is."""
    if isinstance(text, str) and _CONTROL.search(text):
        return _CONTROL.sub("", text)
    return text
