"""Writing a file completely or not at all: beside the target first, then one rename over it. No Qt here."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path


def write_beside(target: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(partial)` with "<target>.delvis" in the same folder, then rename it over `target` in one step.

    If `write` raises anything (a cancellation included), the partial file is removed and the exception goes on;
    `target` is then exactly as it was before.
    """
    target = Path(target)
    partial = target.with_name(target.name + ".delvis")
    try:
        write(partial)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):  # a failed clean-up must not hide the reason the write failed
            partial.unlink(missing_ok=True)
        raise
    return target
