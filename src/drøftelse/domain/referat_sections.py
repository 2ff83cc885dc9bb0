"""Which steps of a meeting without legal points the referat prints a section for: closing asks it too
(domain/closing.py), without loading the referat's records (domain/snapshots.py) on a meeting's opening."""

from __future__ import annotations

from drøftelse.domain.templates import Step

GROUP_TEXT_KINDS = ("frame", "agree")  # the steps whose boxes hold what the group wrote together
ROUND_KIND = "round"  # each participant's points, noted as they spoke


def prints_section(step: Step) -> bool:
    """A meeting without legal points prints a section for the group's texts and for the round."""
    return step.kind in GROUP_TEXT_KINDS or step.kind == ROUND_KIND
