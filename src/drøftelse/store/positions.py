"""Where a meeting's participants, handleplan rows, goals and plan lines stand: the positions are kept 0, 1, 2 …
(common.renumber), so the next one's is their count, and a row deleted closes the gap it leaves."""

from __future__ import annotations

from sqlalchemy import func, select

from drøftelse.store.common import refuse_closed, renumber, touch_meeting


def next_position(s, model, meeting_id: int, **same) -> int:
    """The position after the meeting's last row of `model`; `same` narrows the set (goals of one kind)."""
    where = [model.meeting_id == meeting_id, *(getattr(model, k) == v for k, v in same.items())]
    return s.scalar(select(func.count()).where(*where)) or 0


def delete_closing_up(s, model, row_id: int, *same: str) -> None:
    """Delete a row of an open meeting (one gone already: nothing) and close up the rest; `same` names the columns
    whose value the rows numbered together share (a goal's kind)."""
    row = s.get(model, row_id)
    if row is None:
        return
    meeting_id, narrowed = row.meeting_id, {column: getattr(row, column) for column in same}
    refuse_closed(s, meeting_id)
    s.delete(row)
    s.flush()
    renumber(s, model, meeting_id, **narrowed)
    touch_meeting(s, meeting_id)
