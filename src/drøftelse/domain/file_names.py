"""File names made from what users typed: a committee's name, a meeting's title (for exports and sheets)."""

from __future__ import annotations

import unicodedata

# File systems count a name's bytes, not its characters: most allow 255 bytes (ext4, APFS, NTFS counts UTF-16
# units, 255). A name made here stays well under, leaving room for ".pdf", a " (12)" that tells two sheets
# apart and the ".delvis" of a file being written.
MAX_NAME_BYTES = 200
REFUSED = set('<>:"/\\|?*')
# Characters that change the direction of the text around them: "‮fdp.exe" shows as "exe.pdf"
BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def safe_name(text: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """A file name from user text: characters Windows or Linux refuse become "_", direction controls go, and it
    is cut to `max_bytes` of UTF-8 without splitting a character."""
    text = unicodedata.normalize("NFC", text)
    cleaned = "".join(
        "_" if c in REFUSED or ord(c) < 32 or ord(c) == 127 else c for c in text if c not in BIDI_CONTROLS
    )
    cleaned = _cut(cleaned.strip(" ."), max_bytes).rstrip(" .")
    return cleaned or "dokument"


def _cut(text: str, max_bytes: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    return encoded[:max_bytes].decode("utf-8", errors="ignore")  # a character cut in two is dropped whole


def unique_names(names: list[str]) -> list[str]:
    """The same names in the same order, each different from the others as a case-insensitive file system sees
    them (Windows, macOS): a name already taken gets " (2)", " (3)" … before its extension."""
    taken: set[str] = set()
    result = []
    for name in names:
        stem, dot, extension = name.rpartition(".") if "." in name else (name, "", "")
        candidate, n = name, 1
        while _same_for_a_disk(candidate) in taken:
            n += 1
            candidate = f"{stem} ({n}){dot}{extension}"
        taken.add(_same_for_a_disk(candidate))
        result.append(candidate)
    return result


def _same_for_a_disk(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()
