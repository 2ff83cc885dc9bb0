"""What the notice for the employees holds (issue 28, seed 004: "Hæng det op, så det er synligt"): one A4 page
with what a meeting agreed – the annual discussion's goals for the year, or what a kompetencedrøftelse agreed –,
its decisions (the handleplan's Hvad, Hvornår, Hvem) and whom to ask. Plain data; store/notice.py fills it in one
transaction, documents/notice_pdf.py prints it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class NoticeDecision:
    hvad: str
    hvornaar: str  # as written ("2. kvartal"), or the date it was given as
    hvem: str


@dataclass(frozen=True)
class NoticeContact:
    name: str
    role: str
    group: str = ""  # the arbejdsmiljøgruppe
    contact: str = ""  # phone, mail, where they sit


@dataclass(frozen=True)
class NoticeSnapshot:
    committee: str  # the workplace, as the committee is named
    meeting_title: str
    meeting_kind_name: str
    meeting_date: dt.date
    annual: bool  # the annual discussion (goals for the year); else a meeting whose group texts say what was agreed
    goals: tuple[str, ...]  # the annual discussion's goals for the coming year
    agreed: tuple[tuple[str, str], ...]  # another meeting: (the box's label, what the group agreed)
    decisions: tuple[NoticeDecision, ...]  # the meeting's handleplan rows, those given up left out
    contacts: tuple[NoticeContact, ...]
    amo: bool  # the contacts are the AMO's members; else those who led the discussion (under 10 ansatte)
    closed: bool  # not closed: the notice says it is a draft

    @property
    def empty(self) -> bool:
        """Nothing agreed and nothing decided: nothing to hang up."""
        return not (self.goals or self.agreed or self.decisions)
