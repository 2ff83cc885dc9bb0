"""The file a desktop hands the app when one is double-clicked (`droeftelse %f` in the .desktop entry, the
document a Windows or macOS file association passes): `droeftelse [--db STI] FIL` opens the window with FIL,
while `droeftelse [--db STI] KOMMANDO …` stays the command line."""

from __future__ import annotations

from collections.abc import Container
from pathlib import Path
from urllib.parse import unquote, urlparse

OPTIONS_WITH_VALUE = ("--db", "--lang")
OPENED_SUFFIXES = (".json", ".pdf")  # meeting files and returned sheets


def split_file_argument(argv: list[str], commands: Container[str]) -> tuple[list[str], Path | None]:
    """(argv without the file, the file), or (argv, None) when the first word that is no option is a command or
    nothing a file could be."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word in OPTIONS_WITH_VALUE:
            i += 2
            continue
        if word.startswith("-") and word != "-":
            i += 1
            continue
        if word in commands:
            return argv, None
        path = _local_path(word)
        if path is not None and (path.suffix.lower() in OPENED_SUFFIXES or path.is_file()):
            return argv[:i] + argv[i + 1 :], path
        return argv, None
    return argv, None


def _local_path(word: str) -> Path | None:
    """A path, or a file:// address (a desktop's %u) made a path; None for an address of anything else."""
    if word.startswith("file://"):
        return Path(unquote(urlparse(word).path))
    if "://" in word:
        return None
    return Path(word).expanduser()
