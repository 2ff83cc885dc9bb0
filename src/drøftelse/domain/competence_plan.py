"""The kompetenceudviklingsplan's first lines: the latest kompetencedrøftelse's "Egen kompetenceudvikling" shared
out over the active members, and when an empty plan is filled with them, without a database."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

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


@dataclass(frozen=True)
class FirstLine:
    """A line an empty plan is filled with: a member's (what they wished for under their name) or one naming none."""

    hvad: str
    hvem: str = ""
    member_id: int | None = None


def should_prefill(read_only: bool, has_lines: bool, closed: bool) -> bool:
    """Whether the plan is filled now: only an empty one (never over what the chairs wrote); a database opened
    read-only is shown as it is, and a closed meeting's plan as it was closed."""
    return not (read_only or has_lines or closed)


def first_lines(people: Sequence[tuple[int, str]], own_development: str) -> tuple[FirstLine, ...]:
    """A line per active member (id, name) with the lines of the latest "Egen kompetenceudvikling" that name them,
    then a line for each that names none (plan_lines)."""
    by_member, loose = plan_lines(people, own_development)
    named = tuple(FirstLine("\n".join(by_member[pid]), name, pid) for pid, name in people)
    return named + tuple(FirstLine(ln) for ln in loose)
