"""Meetings, their participants, texts and handleplan rows: the use cases of a meeting.

Each is one transaction around the store functions it calls, so what it does happens whole or not at all; the
rules it applies (closing, the form, a reopening's reason) are domain/closing.py's. The handleplan's rows are
services/handleplan.py's, offered here too, as the window and the command line know them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drøftelse.domain.actions import ActionFields
from drøftelse.domain.annual import SMALL_ANNUAL_KIND, check_employees, is_small_workplace, point_label, point_steps
from drøftelse.domain.closing import (
    check_form_kept,
    checked_reason,
    chosen_form,
    missing_points,
    summary_points,
    unjudged_lines,
)
from drøftelse.domain.errors import AnswerChanged, MeetingClosed
from drøftelse.domain.preparation import PreparedText
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.domain.templates import Template
from drøftelse.services.annual import copy_last_participants, finalise, invite_members
from drøftelse.services.handleplan import (
    action_item,
    action_items,
    add_action_item,
    committee_action,
    committee_actions,
    committee_plan_version,
    delete_action_item,
    move_action_item,
    new_action_item,
    set_action_order,
    update_action_item,
)
from drøftelse.services.store_modules import StoreModule
from drøftelse.store import meeting_reads
from drøftelse.store.database import Database
from drøftelse.store.records import (
    ActionItemRecord,
    AnswerRecord,
    ChangeEntry,
    CommitteeActionRecord,
    KeptExample,
    MeetingRecord,
    ParticipantRecord,
)

store = StoreModule("drøftelse.store.meetings")
annual_store = StoreModule("drøftelse.store.annual")
annual_verdicts = StoreModule("drøftelse.store.annual_verdicts")
meeting_log = StoreModule("drøftelse.store.meeting_log")
examples = StoreModule("drøftelse.store.examples")

__all__ = [
    "ActionFields",
    "ActionItemRecord",
    "AnswerChanged",
    "AnswerRecord",
    "ChangeEntry",
    "ClosingSummary",
    "CommitteeActionRecord",
    "KeptExample",
    "MeetingClosed",
    "MeetingRecord",
    "NewMeeting",
    "ParticipantRecord",
    "PreparedText",
    # the handleplan's use cases (services/handleplan.py)
    "action_item",
    "action_items",
    "add_action_item",
    "committee_action",
    "committee_actions",
    "committee_plan_version",
    "delete_action_item",
    "move_action_item",
    "new_action_item",
    "set_action_order",
    "update_action_item",
]


# --- committees
def create_committee(db: Database, name: str, employees: int | None = None) -> int:
    check_employees(employees)
    with db.transaction():
        return store.create_committee(db, name, employees)


def set_employees(db: Database, committee_id: int, employees: int | None) -> None:
    """How many work at the committee's workplace (None: not stated); under 10 its annual discussion is the variant
    held with the employees. Meetings already made keep their kind."""
    check_employees(employees)
    with db.transaction():
        store.set_employees(db, committee_id, employees)


def committee_employees(db: Database, committee_id: int) -> int | None:
    with db.transaction():
        return store.committee_employees(db, committee_id)


def committee_name(db: Database, committee_id: int) -> str:
    with db.transaction():
        return store.committee_name(db, committee_id)


# --- a meeting
# A meeting's reads are one statement each, in plain SQL (store/meeting_reads.py): a read needs no transaction of
# its own (inside a service's it joins it), and the window shows a meeting before the ORM has loaded (issue 32).
def get_meeting(db: Database, meeting_id: int) -> MeetingRecord:
    return meeting_reads.get_meeting(db, meeting_id)


def meeting_version(db: Database, meeting_id: int) -> int:
    """The meeting's edit count: a window compares it to see whether anything changed."""
    return meeting_reads.meeting_version(db, meeting_id)


def update_meeting(db: Database, meeting_id: int, seen: dict | None = None, **values) -> None:
    """Change the meeting's fields; with `seen`, the other chair's change is not overwritten (FieldChanged)."""
    with db.transaction():
        store.update_meeting(db, meeting_id, seen, **values)


def meeting_settings(db: Database, meeting_id: int) -> dict:
    return meeting_reads.meeting_settings(db, meeting_id)


def update_meeting_settings(db: Database, meeting_id: int, seen: dict | None = None, **changes) -> dict:
    """Change some of the meeting's settings, the others left as stored; with `seen` as update_meeting."""
    with db.transaction():
        return store.update_meeting_settings(db, meeting_id, seen, **changes)


def meeting_summary(db: Database, meeting_id: int) -> dict:
    with db.transaction():
        return store.meeting_summary(db, meeting_id)


def delete_meeting(db: Database, meeting_id: int) -> None:
    with db.transaction():
        store.delete_meeting(db, meeting_id)


# --- participants
def participants(db: Database, meeting_id: int) -> list[ParticipantRecord]:
    return meeting_reads.participants(db, meeting_id)


def add_participant(
    db: Database,
    meeting_id: int,
    name: str,
    role: str = "",
    formandskab: bool = False,
    note_taker: bool = False,
    present: bool = True,
) -> int:
    with db.transaction():
        return store.add_participant(db, meeting_id, name, role, formandskab, note_taker, present)


def update_participant(db: Database, participant_id: int, seen: dict | None = None, **values) -> None:
    with db.transaction():
        store.update_participant(db, participant_id, seen, **values)


def add_spoken_seconds(db: Database, participant_id: int, seconds: int) -> None:
    with db.transaction():
        store.add_spoken_seconds(db, participant_id, seconds)


def delete_participant(db: Database, participant_id: int) -> None:
    with db.transaction():
        store.delete_participant(db, participant_id)


def move_participant(db: Database, participant_id: int, new_position: int, seen_order: list[int] | None = None) -> None:
    with db.transaction():
        store.move_participant(db, participant_id, new_position, seen_order)


# --- texts
def answers(db: Database, meeting_id: int) -> dict[tuple[int | None, str, str], str]:
    return meeting_reads.answers(db, meeting_id)


def stored_answers(db: Database, meeting_id: int) -> dict[tuple[int | None, str, str], AnswerRecord]:
    return meeting_reads.stored_answers(db, meeting_id)


def prepared_texts(db: Database, meeting_id: int, step: str, box: str) -> list[PreparedText]:
    return meeting_reads.prepared_texts(db, meeting_id, step, box)


def imported_participants(db: Database, meeting_id: int, step_key: str) -> set[int]:
    """The participants whose text in `step_key` came from a returned sheet (the list marks them)."""
    return meeting_reads.imported_participants(db, meeting_id, step_key)


@dataclass(frozen=True)
class NewMeeting:
    id: int
    invited: int  # the committee's current members put on as participants
    carried: int = 0  # under 10 ansatte (no members): the previous annual discussion's people put on


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
        meeting_id = store.create_meeting(db, committee_id, template, title, date, place, forum)
        invited = invite_members(db, meeting_id) if invite else 0
        small = invite and not invited and template.key == SMALL_ANNUAL_KIND
        carried = copy_last_participants(db, meeting_id) if small else 0
    return NewMeeting(meeting_id, invited, carried)


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
    return store.set_answer(db, meeting_id, participant_id, step, box, text, expected_version=expected_version)


def close_meeting(db: Database, meeting_id: int, when: dt.datetime | None = None) -> MeetingRecord:
    """Close the meeting; closing a closed one again changes nothing. The database counts each closing and keeps
    the first one's time (revision 0009)."""
    with db.transaction():
        m = get_meeting(db, meeting_id)
        if m.closed_at is None:
            update_meeting(db, meeting_id, closed_at=when or dt.datetime.now())
        return get_meeting(db, meeting_id)


def reopen_meeting(db: Database, meeting_id: int, reason: str) -> MeetingRecord:
    """Open a closed meeting again, for a reason that is required: every change made until it is closed again is
    logged with it (change_log), and the documents say "Version N, rettet …: reason" once it is closed again."""
    reason = checked_reason(reason)
    with db.transaction():
        m = get_meeting(db, meeting_id)
        if m.closed_at is not None:
            meeting_log.reopen(db, meeting_id, reason, _user_name())
        return get_meeting(db, meeting_id)


def _user_name() -> str:
    """Who is logged in, where the system knows it (the log names who changed a closed meeting)."""
    import getpass  # noqa: PLC0415 - only when a meeting is reopened

    try:
        return getpass.getuser()
    except Exception:  # no name in the environment or the password database
        return ""


def change_log(db: Database, meeting_id: int) -> tuple[ChangeEntry, ...]:
    """Every change made to the meeting after it was first closed, oldest first, with the old and new value and
    the reopening's reason. The database keeps it; nothing can change it."""
    with db.transaction():
        return tuple(meeting_log.change_log(db, meeting_id))


@dataclass(frozen=True)
class ClosingSummary:
    """What closing the meeting records, shown before it is closed."""

    unjudged_rows: tuple[str, ...]  # last year's goals and handleplan rows without a verdict
    points: tuple[tuple[str, int], ...]  # each legal point (or step) with the characters written for it
    missing_points: tuple[str, ...]  # legal points without an entry (closing an annual discussion is refused)


def closing_summary(db: Database, templates: TemplateLibrary, meeting_id: int) -> ClosingSummary:
    """What the referat will hold: each legal point (or, for a meeting without them, each step of group texts)
    with the characters written, the points still without an entry, and what the evaluation has not judged."""
    with db.transaction():
        template = templates.get(get_meeting(db, meeting_id).kind)
        rounds = tuple(st.key for st in template.steps_of_kind("round"))
        written = meeting_log.written_characters(db, meeting_id, rounds)
        has_points = bool(point_steps(template))
        unjudged: list[str] = []
        comments = 0
        if any(st.kind == "evaluation" for st in template.steps):
            ev = annual_verdicts.evaluation(db, meeting_id)
            unjudged = unjudged_lines(ev.goals, ev.rows)
            comments = sum(len(i.comment.strip()) for i in ev.goals + ev.rows)
        goals = sum(len(g.text.strip()) for g in annual_store.goals(db, meeting_id)) if has_points else 0
        points = summary_points(template, written, goals, comments)
        missing = missing_points(template, annual_store.point_entries(db, meeting_id)) if has_points else []
    return ClosingSummary(tuple(unjudged), tuple(points), tuple(point_label(st) for st in missing))


def create_demo(
    db: Database,
    templates: TemplateLibrary,
    committee: str | None = None,
    annual: bool = False,
    employees: int | None = None,
) -> int:
    """The demo kompetencedrøftelse, or (`annual`) a committee with a year behind it; returns the meeting's id.
    With `employees` under 10 the annual demo is a workplace without an AMO, its discussion held with the
    employees."""
    # the demo is read from a meeting file (pydantic): loaded when a demo is made, not with every meeting
    from drøftelse.store.demo import create_annual_demo, create_demo_meeting, create_small_annual_demo

    check_employees(employees)
    with db.transaction():
        if annual and is_small_workplace(employees):
            return create_small_annual_demo(db, templates, employees, committee=committee)
        if annual:
            made = create_annual_demo(db, templates, committee=committee)
        else:
            made = create_demo_meeting(db, templates, committee=committee)
        if employees is not None:
            set_employees(db, get_meeting(db, made).committee_id, employees)
        return made


def keep_example(db: Database, meeting_id: int) -> KeptExample:
    """The chairs keep the demo's example meeting as their own, in one transaction: it, the example meetings before
    it (which its evaluation and referat are made from) and the committee's example members lose the mark, and from
    then on count in the årshjul and the committee's handleplan. Works on a closed meeting too; a meeting of the
    committee's own is left as it is."""
    with db.transaction():
        return examples.keep_example(db, meeting_id)


def finish_meeting(
    db: Database, templates: TemplateLibrary, meeting_id: int, form: str | None = None, when: dt.datetime | None = None
) -> MeetingRecord:
    """Close a meeting as the Referat step does, in one transaction: first its form (`form`: one of the template's
    forms, any case), then closing – an annual discussion only when every legal point has an entry and, where
    the template asks it (under 10 ansatte), the form is chosen; else NotFinished says what is missing."""
    with db.transaction():
        m = get_meeting(db, meeting_id)
        template = templates.get(m.kind)
        if m.closed_at is not None:  # a closed meeting's referat stands as it was closed
            check_form_kept(meeting_id, m.form, form)
            return m
        if form is not None:
            update_meeting(db, meeting_id, form=chosen_form(template, form))
        if point_steps(template):
            finalise(db, meeting_id, template, when)
        else:
            update_meeting(db, meeting_id, closed_at=when or dt.datetime.now())
        return get_meeting(db, meeting_id)
