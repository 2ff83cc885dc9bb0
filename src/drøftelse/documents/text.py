"""User text made safe for reportlab's paragraph markup: `<`, `&`, `>` and quotes stay text."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# C0/C1 control characters other than tab and newline cannot be drawn; they become a space
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    return _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))


def as_markup(text: str) -> str:
    """Escape `text` for a Paragraph and keep its line breaks."""
    return escape(printable(text)).replace("\t", " ").replace("\n", "<br/>")
