"""Participants who share a name told apart on screen (issue 31): the second "Anna Hansen" of a meeting is shown as
"Anna Hansen (2)", the third "(3)", in the order of the round; a name met once is shown as it is. Everything that
counts or ticks participants goes by their id, never by the name."""

from __future__ import annotations


def told_apart(names: list[str]) -> list[str]:
    """`names` as shown: each repeat of a name (compared without case and outer spaces) numbered from (2)."""
    seen: dict[str, int] = {}
    shown = []
    for name in names:
        key = " ".join(name.split()).casefold()
        seen[key] = seen.get(key, 0) + 1
        shown.append(name if seen[key] == 1 else f"{name} ({seen[key]})")
    return shown
