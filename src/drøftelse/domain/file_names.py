"""File names made from what users typed: a committee's name, a meeting's title (for exports and sheets).

A name made here is one Windows, macOS and Linux all accept, so a file carried on a USB stick or mailed to a
colleague opens there too: no reserved device name (CON, NUL, COM1 …), no trailing dot or space, no character
a file system refuses, none that is invisible or turns the text around, and short enough for every disk.
"""

from __future__ import annotations

import re
import unicodedata

# File systems count a name's bytes, not its characters: most allow 255 bytes (ext4, APFS, NTFS counts UTF-16
# units, 255). A name made here stays well under, leaving room for a " (12)" that tells two sheets apart and the
# ".delvis" of a file being written.
MAX_NAME_BYTES = 200
REFUSED = set('<>:"/\\|?*')
# Characters that change the direction of the text around them: "‮fdp.exe" shows as "exe.pdf"
BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Invisible characters: two names that look the same would be two files, and a pasted title carries them
ZERO_WIDTH = set("\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff")
# Characters that break a line: a file name shown on two lines, or refused
LINE_BREAKS = set("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
# Windows' device names, refused with any extension and in any case ("con.json", "Lpt1.tar.gz"); the
# superscript digits count as digits there
RESERVED = re.compile(r"(con|prn|aux|nul|conin\$|conout\$|(com|lpt)[0-9¹²³])", re.IGNORECASE)
# what an extension looks like: ".pdf", ".json", ".xlsx", ".ics"
EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}")


def safe_name(text: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """A file name (without its extension) from user text: characters a file system refuses become "_", line
    breaks a space, invisible and direction characters go; no trailing dot or space, no device name, and at
    most `max_bytes` of UTF-8, cut without splitting a character."""
    text = unicodedata.normalize("NFC", text)
    cleaned = "".join(_kept(c) for c in text)
    cleaned = _cut(_trimmed(cleaned), max_bytes)
    cleaned = _trimmed(cleaned)
    head, dot, rest = cleaned.partition(".")
    if RESERVED.fullmatch(head.rstrip(" ")):  # "CON" → "CON_", "nul.txt" → "nul_.txt": Windows accepts those
        cleaned = _trimmed(_cut(f"{head.rstrip(' ')}_{dot}{rest}", max_bytes))
    return cleaned or "dokument"


def safe_file_name(name: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """A whole file name ("Handleplan – Møde.pdf") made safe as `safe_name` does, its extension kept and counted
    in `max_bytes`."""
    stem, extension = split_extension(name)
    return safe_name(stem, max_bytes - len(extension.encode("utf-8"))) + extension


def split_extension(name: str) -> tuple[str, str]:
    """("Referat", ".pdf") from "Referat.pdf"; a dot that does not start an extension ("Møde 3. juni") stays."""
    stem, dot, extension = name.rpartition(".")
    if dot and EXTENSION.fullmatch(dot + extension):
        return stem, dot + extension
    return name, ""


def _kept(c: str) -> str:
    if c in BIDI_CONTROLS or c in ZERO_WIDTH:
        return ""
    if c in LINE_BREAKS:
        return " "
    category = unicodedata.category(c)
    if c in REFUSED or category in ("Cc", "Cs", "Co", "Cn"):  # controls, lone surrogates, private, unassigned
        return "_"
    if category == "Cf":  # every other format character is invisible too
        return ""
    return c


def _trimmed(text: str) -> str:
    """Without the dots and spaces (of any width) Windows drops at the end, and the dots that hide a file at the
    start on macOS and Linux."""
    while (trimmed := text.strip(" .").strip()) != text:
        text = trimmed
    return text


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
