"""Danish hyphenation in the PDFs' tables (issue 29): a word that does not fit where a cell's line ends is broken at
a Danish hyphenation point with a hyphen ("arbejdsmiljø-|arbejdet"), never mid-word without one.

reportlab breaks the lines. A style made by `for_cells` hyphenates with pyphen's Danish patterns (LibreOffice's
hyph_da_DK), at least two letters before a break and three after it, and lets "APV-handleplan" break after its own
hyphen (`embeddedHyphenation`). Without it reportlab cut a word wider than its column where the line ended, letter
by letter and without a hyphen (`splitLongWords`), which printed "ar|bejdsmiljøarbejde|t".

A word wider than its column is laid out before reportlab sees it (`breakable`, given the column's width): on
lines of its own, each as full as the column takes, broken at the Danish hyphenation points with a hyphen and, where
a piece between them is still too wide (a very narrow column, "xxxxxxxx…"), after as many letters as fit – the last
resort, with a hyphen too. Only words of letters are hyphenated: anything with a digit or a sign in it (a web
address, a file's path, a case number) is cut without a hyphen, after a "/" or "-" or before a "." where there is
one, so what is printed can be typed in again as it was. (reportlab's own cut of an address split it once and let
the rest run out of the cell; a word it hyphenated more than once could be left wider than the column.)

Loaded with the PDF writers only: pyphen and its dictionary are read when the first PDF is made.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from itertools import accumulate

import pyphen
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

LANGUAGE = "da_DK"
SOFT_HYPHEN = "\xad"
# a word wider than its column and at most this long gets soft hyphens, which reportlab breaks at where a line ends
# (the rest of a line is used); a longer one is laid out in lines up front, as reportlab's soft-hyphen breaking
# measures every head of the word for every line
SOFT_UP_TO = 100
_LETTERS = re.compile(r"[^\W\d_]+")  # a run of letters: "miljø", not "3." or "_"
_EDGES = "([{«»\"'„“”‘’)]}.,;:!?…"  # what may stand before or after a word and still leave it a word


@cache
def _danish() -> pyphen.Pyphen:
    # read once; at least two letters before a break and three after it: "uddan-nelse", never "uddannel-se"
    return pyphen.Pyphen(lang=LANGUAGE, left=2, right=3)


def for_cells(style: ParagraphStyle) -> ParagraphStyle:
    """`style` with Danish hyphenation, for text in a table's cells."""
    return ParagraphStyle(
        f"{style.name}-da",
        parent=style,
        hyphenationLang=hyphenations,  # a callable: given a language, reportlab made a Pyphen for every paragraph
        embeddedHyphenation=1,  # 2 would also try each word that does not fit on the next line: a fifth slower
        splitLongWords=1,
    )


def hyphenations(word: str):
    """Where reportlab may break `word` at a line's end: (head, tail) pairs at its Danish hyphenation points, the
    longest head first. None for a word with a capital first, a name most often ("Mette Kjær Andersen"): it moves
    to the next line whole, unless it is wider than its column (then `breakable` gave it its points)."""
    return () if word[:1].isupper() else _danish().iterate(word)


@cache
def _long_tokens(shortest: int) -> re.Pattern:
    return re.compile(rf"\S{{{shortest},}}")


def breakable(text: str, style: ParagraphStyle, width: float) -> str:
    """`text` with each word wider than `width` (a cell's inner width, in points, in `style`'s font) on lines of
    its own: a word of letters broken at its Danish hyphenation points with a hyphen, and where a piece between them
    is still too wide, after as many letters as fit; anything else (an address, a number) cut without a hyphen,
    after a "/" or "-" or before a "." where it can. Every other word is left to reportlab."""
    font, size = style.fontName, style.fontSize
    width -= 0.5  # a hair narrower than the column: reportlab's own sums never find a line laid out here too long
    shortest = max(2, int(width / (1.3 * size)))  # no character is wider than 1.3 em: a shorter word fits
    if len(text) < shortest:
        return text

    def lay_out(match: re.Match) -> str:
        token = match.group(0)  # a plan repeats its long words row after row; a pasted blob is not kept
        return _laid_out(token, font, size, width) if len(token) <= 100 else _lay_out(token, font, size, width)

    return _long_tokens(shortest).sub(lay_out, text)


def _lay_out(token: str, font: str, size: float, width: float) -> str:
    if stringWidth(token, font, size) <= width:
        return token
    # where each character ends, in points (reportlab's widths add up, no kerning): a line's end is found by bisection
    ends = list(accumulate((stringWidth(c, font, size) for c in token), initial=0.0))
    word = token.strip(_EDGES)
    if word and all(part.isalpha() for part in word.split("-") if part):
        room = width - stringWidth("-", font, size)
        if len(token) <= SOFT_UP_TO:  # reportlab breaks at a soft hyphen with a hyphen, where the line ends
            return SOFT_HYPHEN.join(_soft(token, ends, room))
        return "\n".join(_hyphenated(token, ends, room, width))
    return "\n".join(_cut(token, ends, width))


_laid_out = lru_cache(maxsize=4096)(_lay_out)


def _end(ends: list[float], start: int, room: float) -> int:
    """Where the longest piece from `start` that fits in `room` points ends (one character at least)."""
    return max(start + 1, min(bisect_right(ends, ends[start] + room + 1e-6) - 1, len(ends) - 1))


def _hyphenated(token: str, ends: list[float], room: float, width: float) -> list[str]:
    """A word wider than `width` as lines that fit, each but the last ended by a hyphen (`room`: the width less the
    hyphen's): at the farthest Danish hyphenation point that fits, after a hyphen of its own ("APV-"), or else after
    as many letters as fit."""
    danish = _points(token)
    own = [i + 1 for i, c in enumerate(token[:-1]) if c == "-"]
    lines, start = [], 0
    while (end := _end(ends, start, width)) < len(token):
        fits = _end(ends, start, room)
        cut = max(_last(danish, fits, start), _last(own, end, start)) or fits
        lines.append(token[start:cut] + ("" if token[cut - 1] == "-" else "-"))
        start = cut
    return [*lines, token[start:]]


def _soft(token: str, ends: list[float], room: float) -> list[str]:
    """A word's pieces between its Danish hyphenation points, a piece still wider than `room` cut after as many
    letters as fit (never right after a hyphen of its own: reportlab adds one where it breaks)."""
    cuts = [0, *_points(token), len(token)]
    pieces = []
    for start, stop in zip(cuts, cuts[1:], strict=False):
        while (end := _end(ends, start, room)) < stop:
            end = end - 1 if token[end - 1] == "-" and end - 1 > start else end
            pieces.append(token[start:end])
            start = end
        pieces.append(token[start:stop])
    return pieces


def _points(token: str) -> list[int]:
    """Where the letters of `token` may be broken, by the Danish patterns."""
    return sorted(m.start() + p for m in _LETTERS.finditer(token) for p in _danish().positions(m.group(0)))


def _last(points: list[int], limit: int, start: int) -> int:
    """The last of the sorted `points` after `start` and at most `limit`, or 0."""
    i = bisect_right(points, limit) - 1
    return points[i] if i >= 0 and points[i] > start else 0


def _cut(token: str, ends: list[float], width: float) -> list[str]:
    """A token that is no word as lines as long as `width` takes, each ended after a "/" or "-" or before a "." or
    "?" in its second half where there is one: nothing added, nothing taken away."""
    lines, start = [], 0
    while (end := _end(ends, start, width)) < len(token):
        nice = max(
            token.rfind("/", start, end) + 1,
            token.rfind("-", start, end) + 1,
            token.rfind(".", start + 1, end),
            token.rfind("?", start + 1, end),
        )
        end = nice if nice > start + (end - start) // 2 else end
        lines.append(token[start:end])
        start = end
    return [*lines, token[start:]]
