"""Where a meeting's next participant, handleplan row, goal or plan line goes: the positions are kept 0, 1, 2 …
(common.renumber after a deletion or a move), so the next one is their count."""

from __future__ import annotations

from sqlalchemy import func, select


def next_position(s, model, meeting_id: int, **same) -> int:
    """The position after the meeting's last row of `model`; `same` narrows the set (goals of one kind)."""
    where = [model.meeting_id == meeting_id, *(getattr(model, k) == v for k, v in same.items())]
    return s.scalar(select(func.count()).where(*where)) or 0
