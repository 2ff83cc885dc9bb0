"""Meetings, their participants, texts and handleplan rows.

Most use cases here are one store function that is already one short transaction, offered as is; those that
touch several things (a new meeting with the committee's members invited, closing, the demo) hold one
transaction around them, so they happen whole or not at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drøftelse.domain.errors import AnswerChanged
from drøftelse.domain.templates import Template, TemplateLibrary
from drøftelse.store import meetings
from drøftelse.store.annual import invite_members
from drøftelse.store.committee_plan import committee_action, committee_actions
from drøftelse.store.database import Database
from drøftelse.store.demo import create_annual_demo, create_demo_meeting
from drøftelse.store.meetings import (
    ActionFields,
    action_item,
    action_items,
    add_action_item,
    add_participant,
    answers,
    check_template_version,
    committee_name,
    create_committee,
    delete_action_item,
    delete_meeting,
    delete_participant,
    get_meeting,
    meeting_settings,
    meeting_summary,
    meeting_version,
    move_action_item,
    move_participant,
    participants,
    stored_answers,
    update_action_item,
    update_meeting,
    update_meeting_settings,
    update_participant,
)
from drøftelse.store.records import (
    ActionItemRecord,
    AnswerRecord,
    CommitteeActionRecord,
    MeetingRecord,
    ParticipantRecord,
)

__all__ = [
    "ActionFields",
    "ActionItemRecord",
    "AnswerChanged",
    "AnswerRecord",
    "CommitteeActionRecord",
    "MeetingRecord",
    "NewMeeting",
    "ParticipantRecord",
    "action_item",
    "action_items",
    "add_action_item",
    "add_participant",
    "answers",
    "check_template_version",
    "close_meeting",
    "committee_action",
    "committee_actions",
    "committee_name",
    "create_committee",
    "create_demo",
    "create_meeting",
    "delete_action_item",
    "delete_meeting",
    "delete_participant",
    "get_meeting",
    "meeting_settings",
    "meeting_summary",
    "meeting_version",
    "move_action_item",
    "move_participant",
    "participants",
    "reopen_meeting",
    "set_answer",
    "stored_answers",
    "update_action_item",
    "update_meeting",
    "update_meeting_settings",
    "update_participant",
]


@dataclass(frozen=True)
class NewMeeting:
    id: int
    invited: int  # the committee's current members put on as participants


def create_meeting(
    db: Database,
    committee_id: int,
    template: Template,
    title: str,
    date: dt.date,
    place: str = "",
    forum: str = "",
    invite: bool = True,
) -> NewMeeting:
    """A new meeting, with the committee's current members as participants: both or neither."""

    with db.transaction():
        meeting_id = meetings.create_meeting(db, committee_id, template, title, date, place, forum)
        invited = invite_members(db, meeting_id) if invite else 0
    return NewMeeting(meeting_id, invited)


def set_answer(
    db: Database,
    meeting_id: int,
    participant_id: int | None,
    step: str,
    box: str,
    text: str,
    expected_version: int | None = None,
) -> AnswerRecord:
    """Store a box's text as typed; returns it with its new version.

    A window passes the version it shows (0 for a box with nothing stored yet): when the text was changed
    somewhere else since (a returned sheet imported from the command line, another window), nothing is
    overwritten and AnswerChanged (a Danish message) carries the text that is there now, for the window to show
    and ask which to keep. Without `expected_version` the text is stored whatever is there (scripts, the demo)."""
    return meetings.set_answer(db, meeting_id, participant_id, step, box, text, expected_version=expected_version)


def close_meeting(db: Database, meeting_id: int, when: dt.datetime | None = None) -> MeetingRecord:
    update_meeting(db, meeting_id, closed_at=when or dt.datetime.now())
    return get_meeting(db, meeting_id)


def reopen_meeting(db: Database, meeting_id: int) -> MeetingRecord:
    update_meeting(db, meeting_id, closed_at=None)
    return get_meeting(db, meeting_id)


def create_demo(db: Database, templates: TemplateLibrary, committee: str | None = None, annual: bool = False) -> int:
    """The demo kompetencedrøftelse, or (`annual`) a committee with a year behind it; returns the meeting's id."""
    with db.transaction():
        if annual:
            return create_annual_demo(db, templates, committee=committee)
        return create_demo_meeting(db, templates, committee=committee)
