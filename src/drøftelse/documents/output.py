"""Writing an exported file: complete or not at all, with a Danish message when the disk says no."""

from __future__ import annotations

import os
from pathlib import Path

from drøftelse.domain.errors import DroeftelseError


def write_file(target: Path, payload: bytes) -> Path:
    target = Path(target)
    partial = target.with_name(target.name + ".delvis")
    try:
        if target.parent and not target.parent.exists():
            raise DroeftelseError(f"Mappen {target.parent} findes ikke.")
        partial.write_bytes(payload)
        os.replace(partial, target)
    except OSError as e:
        partial.unlink(missing_ok=True)
        raise DroeftelseError(f"Filen {target} kunne ikke gemmes: {e.strerror or e}.") from None
    return target


def safe_name(text: str) -> str:
    """A file name from user text: characters Windows or Linux refuse become "_"."""
    bad = '<>:"/\\|?*'
    cleaned = "".join("_" if c in bad or ord(c) < 32 else c for c in text).strip(" .")
    return cleaned[:150] or "dokument"
