"""What the store hands out: frozen copies of its rows, so no ORM object (and no session) leaves `store/`.

Each record has the row's column attributes under the same names, made with `record(Cls, row)`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, fields


def record(cls, row):
    """A frozen copy of an ORM row: the dataclass's fields read from the row's attributes of the same name."""
    return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})


@dataclass(frozen=True)
class CommitteeRecord:
    id: int
    name: str
    apv_date: dt.date | None
    employees: int | None = None  # how many work there (revision 0007); None: not stated


@dataclass(frozen=True)
class AnswerRecord:
    """A box's stored text and its version (one more with every change; 0 when nothing was ever stored)."""

    text: str
    version: int


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    committee_id: int
    kind: str  # the template's key
    template_version: int
    title: str
    date: dt.date
    place: str
    forum: str
    current_step: str
    created_at: dt.datetime
    updated_at: dt.datetime
    closed_at: dt.datetime | None
    settings: str  # JSON: settings_dict(), or services.meetings.meeting_settings
    form: str = ""  # how it was held: "Møde", "Video", "Skriftligt" (revision 0007)
    first_closed_at: dt.datetime | None = None  # revision 0009: set by the first closing, kept
    closed_count: int = 0  # how many times it was closed; 2 and more: the documents say "Version N"
    reopen_reason: str = ""  # why it was last reopened (each change logged since carries it)
    example: bool = False  # made by the demo: marked "Eksempel", left out of the årshjul and handleplan until kept

    def settings_dict(self) -> dict:
        """The settings as stored: the agenda's minutes, the speaker's, where the round stands, the points' order."""
        return json.loads(self.settings or "{}")


@dataclass(frozen=True)
class ParticipantRecord:
    id: int
    meeting_id: int
    member_id: int | None
    name: str
    role: str
    formandskab: bool
    note_taker: bool
    present: bool
    position: int
    spoken_seconds: int | None
    version: int = 1  # counted up by every write (revision 0012): what the window last read


@dataclass(frozen=True)
class ActionItemRecord:
    id: int
    committee_id: int
    meeting_id: int | None
    position: int
    hvad: str
    hvorfor: str
    hvordan: str
    hvornaar: str
    hvornaar_dato: dt.date | None
    hvem: str
    opfoelgning: str
    opfoelgning_dato: dt.date | None
    status: str
    priority: int | None
    result: str
    updated_at: dt.datetime
    version: int = 1  # revision 0008: what an edit of this row expects to find (store.meetings.update_action_item)
    # the APV's assessment (revision 0014, domain/apv)
    alvor: str | None = None
    omfang: str | None = None
    vurdering: str = ""
    aarsag: str = ""


@dataclass(frozen=True)
class GoalRecord:
    id: int
    meeting_id: int
    kind: str
    position: int
    text: str
    version: int = 1  # counted up by every write (revision 0012): what the window last read


@dataclass(frozen=True)
class PlanItemRecord:
    id: int
    meeting_id: int
    member_id: int | None
    position: int
    hvem: str
    hvad: str
    hvornaar: str
    days: float | None
    version: int = 1  # counted up by every write (revision 0012): what the window last read


@dataclass(frozen=True)
class CourseRecord:
    id: int
    member_id: int
    kind: str
    title: str
    taken_on: dt.date | None
    days: float
    planned: bool
    version: int = 1  # counted up by every write (revision 0012): what the window last read


@dataclass(frozen=True)
class CommitteeActionRecord(ActionItemRecord):
    """A row of the committee's handleplan: the row, with the meeting it came from (store.committee_plan)."""

    origin: str = ""  # meeting_label: "Årlig arbejdsmiljødrøftelse 2026 (23.11.2026)"
    meeting_date: dt.date | None = None
    meeting_closed: bool = False  # the row is part of a closed meeting's record: only its status moves on
    effect: str | None = None  # the latest annual evaluation's "Virkede det?" (domain/apv.Effect), and its note
    effect_note: str = ""


@dataclass(frozen=True)
class ChangeEntry:
    """A change made to a meeting after it was closed and reopened (revision 0009's log, written by triggers)."""

    changed_at: dt.datetime
    what: str  # "Handleplan række 3: Hvem"
    old_value: str | None
    new_value: str | None
    reason: str  # the reopening's reason
    user_name: str


@dataclass(frozen=True)
class KeptExample:
    meetings: tuple[int, ...]  # the meeting kept and the example meetings before it, oldest first
    members: int  # the committee's example members kept with them
