"""Meetings, their participants, texts and handleplan rows.

Most use cases here are one store function that is already one short transaction, offered as is; those that
touch several things (a new meeting with the committee's members invited, closing, the demo) hold one
transaction around them, so they happen whole or not at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drøftelse.domain.annual import SMALL_ANNUAL_KIND, check_employees, is_small_workplace, point_label, point_steps
from drøftelse.domain.errors import AnswerChanged, DroeftelseError, MeetingClosed
from drøftelse.domain.i18n import translate
from drøftelse.domain.limits import MAX_LINE, check_length, clean_text
from drøftelse.domain.templates import Template, TemplateLibrary, numbered_title
from drøftelse.store import annual as annual_store
from drøftelse.store import meetings
from drøftelse.store.annual import copy_last_participants, finalise, invite_members
from drøftelse.store.committee_plan import committee_action, committee_actions, committee_plan_version
from drøftelse.store.database import Database
from drøftelse.store.examples import KeptExample
from drøftelse.store.examples import keep_example as keep_examples
from drøftelse.store.meetings import (
    ActionFields,
    PreparedText,
    action_item,
    action_items,
    add_action_item,
    add_participant,
    add_spoken_seconds,
    answers,
    check_template_version,
    committee_employees,
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
    prepared_texts,
    set_action_order,
    set_employees,
    stored_answers,
    update_action_item,
    update_meeting,
    update_meeting_settings,
    update_participant,
)
from drøftelse.store.records import (
    ActionItemRecord,
    AnswerRecord,
    ChangeEntry,
    CommitteeActionRecord,
    MeetingRecord,
    ParticipantRecord,
)

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
    "action_item",
    "action_items",
    "add_action_item",
    "add_participant",
    "add_spoken_seconds",
    "answers",
    "change_log",
    "check_template_version",
    "close_meeting",
    "closing_summary",
    "committee_action",
    "committee_actions",
    "committee_plan_version",
    "committee_employees",
    "committee_name",
    "create_committee",
    "create_demo",
    "create_meeting",
    "delete_action_item",
    "delete_meeting",
    "delete_participant",
    "finish_meeting",
    "get_meeting",
    "keep_example",
    "meeting_settings",
    "meeting_summary",
    "meeting_version",
    "move_action_item",
    "move_participant",
    "participants",
    "PreparedText",
    "prepared_texts",
    "reopen_meeting",
    "set_answer",
    "set_employees",
    "stored_answers",
    "update_action_item",
    "update_meeting",
    "update_meeting_settings",
    "update_participant",
    "set_action_order",
]


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
        meeting_id = meetings.create_meeting(db, committee_id, template, title, date, place, forum)
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
    return meetings.set_answer(db, meeting_id, participant_id, step, box, text, expected_version=expected_version)


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
    reason = clean_text((reason or "").strip())
    # the reason stands on the referat and the handleplan beside "Version N": a line, not pages
    check_length(translate("meetings", "Grunden til genåbningen"), reason, MAX_LINE)
    if not reason:
        raise DroeftelseError(
            translate(
                "meetings",
                "Skriv, hvorfor mødet genåbnes: grunden står i ændringsloggen og på referatet og handleplanen. "
                "Intet er ændret.",
            )
        )
    with db.transaction():
        m = get_meeting(db, meeting_id)
        if m.closed_at is not None:
            meetings.reopen(db, meeting_id, reason, _user_name())
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
    return tuple(meetings.change_log(db, meeting_id))


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
        m = get_meeting(db, meeting_id)
        template = templates.get(m.kind)
        written = meetings.written_characters(db, meeting_id, tuple(st.key for st in template.steps_of_kind("round")))
        steps = sorted(point_steps(template), key=lambda st: st.legal_point)
        unjudged: list[str] = []
        if any(st.kind == "evaluation" for st in template.steps):
            ev = annual_store.evaluation(db, meeting_id)
            goal = translate("meetings", "Mål: {0}")
            row = translate("meetings", "Handleplan: {0} ({1})")
            unjudged += [goal.format(_first_line(i.text)) for i in ev.goals if i.verdict is None]
            unjudged += [row.format(_first_line(i.text), i.origin) for i in ev.rows if i.verdict is None]
            comments = sum(len(i.comment.strip()) for i in ev.goals + ev.rows)
        else:
            comments = 0
        goals = sum(len(g.text.strip()) for g in annual_store.goals(db, meeting_id)) if steps else 0
        points = []
        # a meeting without legal points: the steps its referat has sections for (store/referat.GROUP_TEXT_KINDS
        # and the round), numbered as the wizard's steps
        number = {st.key: i for i, st in enumerate(template.steps, 1)}
        for st in steps or [st for st in template.steps if st.kind in ("frame", "round", "agree")]:
            extra = goals if st.kind == "goals" else comments if st.kind == "evaluation" else 0
            shown = point_label(st) if st.legal_point else numbered_title(number[st.key], st.title)
            points.append((shown, written.get(st.key, 0) + extra))
        missing = annual_store.missing_points(db, meeting_id, template) if steps else []
    return ClosingSummary(tuple(unjudged), tuple(points), tuple(point_label(st) for st in missing))


def _first_line(text: str, limit: int = 80) -> str:
    line = (text.strip().splitlines() or [""])[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"


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
        return keep_examples(db, meeting_id)


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
            if form is not None and form.strip().casefold() != m.form.casefold():
                raise DroeftelseError(
                    translate("meetings", "Møde {0} er afsluttet; genåbn det i programmet for at ændre formen.").format(
                        meeting_id
                    )
                )
            return m
        if form is not None:
            chosen = next((f for f in template.forms if f.casefold() == form.strip().casefold()), None)
            if chosen is None:
                allowed = ", ".join(f.lower() for f in template.forms)
                raise DroeftelseError(
                    f"Formen {form!r} kendes ikke for {template.name}; vælg mellem {allowed}."
                    if allowed
                    else translate("meetings", "{0} har ingen form at vælge.").format(template.name)
                )
            update_meeting(db, meeting_id, form=chosen)
        if point_steps(template):
            finalise(db, meeting_id, template, when)
        else:
            update_meeting(db, meeting_id, closed_at=when or dt.datetime.now())
        return get_meeting(db, meeting_id)
