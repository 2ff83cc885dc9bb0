"""The committees and their meetings as the main window's list and `droeftelse list` show them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class MeetingLine:
    id: int
    committee_id: int
    kind: str
    title: str
    date: dt.date
    current_step: str
    updated_at: str
    closed: bool
    example: bool = False  # made by the demo: marked "Eksempel" until the chairs keep it (revision 0011)


@dataclass(frozen=True)
class CommitteeLine:
    id: int
    name: str
    meetings: tuple[MeetingLine, ...]
    employees: int | None = None  # how many work there; under 10 there is no AMO
