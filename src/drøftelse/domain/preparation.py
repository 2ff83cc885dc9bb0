"""What the participants prepared, as the hearing's and the points' preparation panels show it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PreparedText:
    """One participant's preparation for one box of the preparation step ("" when they wrote none)."""

    participant_id: int
    name: str
    present: bool
    text: str
