"""The kompetenceudviklingsplan's first lines: the latest kompetencedrøftelse's "Egen kompetenceudvikling" shared
out over the active members, without a database."""

from __future__ import annotations

import re
from collections.abc import Sequence

_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s*")


def plan_lines(people: Sequence[tuple[int, str]], text: str) -> tuple[dict[int, list[str]], list[str]]:
    """Each line of `text` (bullets and numbers taken off, blank lines left out) under the member (id, name) whose
    first name it mentions, or loose when it names none: ({member id: lines}, loose lines)."""
    lines = [_BULLET.sub("", ln).strip() for ln in text.splitlines()]
    by_member: dict[int, list[str]] = {pid: [] for pid, _ in people}
    loose = []
    for ln in (ln for ln in lines if ln):
        owner = next((pid for pid, name in people if name and name.split()[0].casefold() in ln.casefold()), None)
        (by_member[owner] if owner is not None else loose).append(ln)
    return by_member, loose
