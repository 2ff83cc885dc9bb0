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


def pieces(text: str, size: int = 1500) -> list[str]:
    """`text` cut into pieces of about `size` characters, at a line break where there is one, else after a
    sentence or a word. A long cell printed as several paragraphs is split over pages piece by piece; as one
    paragraph, every page would break all the lines left again (a 100,000-character cell took seconds per page)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    while len(text) > size:
        cut = text.rfind("\n", size // 2, size)
        if cut >= 0:
            out.append(text[:cut])
            text = text[cut + 1 :]  # the line break is where one paragraph ends and the next begins
            continue
        cut = max(text.rfind(". ", size // 2, size), text.rfind("; ", size // 2, size))
        cut = cut + 1 if cut >= 0 else text.rfind(" ", size // 2, size)
        cut = cut if cut > 0 else size
        out.append(text[:cut])
        text = text[cut:].lstrip(" ")
    out.append(text)
    return out
