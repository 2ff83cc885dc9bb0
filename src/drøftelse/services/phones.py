"""Participants on their own phones (issue 30): the use cases the phone server (web/) and the chairs' window call.
Each is one transaction, the same services and store functions the window's own edits go through; what a phone
may send is decided here and in domain/phones.py before anything is written."""

from __future__ import annotations

from drøftelse.domain.errors import AnswerChanged, DroeftelseError
from drøftelse.domain.hearing import CodeAlreadyRead, HearingReceipt, hearing_step
from drøftelse.domain.i18n import translate
from drøftelse.domain.phones import (
    HEARING,
    PREPARATION,
    ROOM,
    IdeaRecord,
    LinkRecord,
    PhoneQuestion,
    PhoneSheet,
    checked_idea,
    checked_link_count,
    checked_vote_rows,
)
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.store import meetings as meetings_store
from drøftelse.store import phones as store
from drøftelse.store.database import Database
from drøftelse.store.phones import PhonePreparation

__all__ = [
    "HEARING",
    "PREPARATION",
    "ROOM",
    "CodeAlreadyRead",
    "HearingReceipt",
    "IdeaRecord",
    "LinkRecord",
    "PhonePreparation",
    "PhoneQuestion",
    "PhoneSheet",
    "accept_idea",
    "add_dot",
    "add_idea",
    "dots_by_row",
    "find_link",
    "hearing_form",
    "hearing_links",
    "ideas",
    "link_for",
    "link_used",
    "links",
    "next_round",
    "phone_sheet",
    "reject_idea",
    "revoke",
    "store_hearing",
    "store_preparation",
    "vote_rows",
    "vote_totals",
]

IDEA_SEPARATOR = "\n• "


def link_for(db: Database, meeting_id: int, kind: str, participant_id: int | None = None) -> LinkRecord:
    """The meeting's room link, or a participant's forberedelse link: the one not revoked, or a new one."""
    with db.transaction():
        return store.link_for(db, meeting_id, kind, participant_id)


def hearing_links(db: Database, templates: TemplateLibrary, meeting_id: int, count: int) -> list[LinkRecord]:
    """At least `count` hearing links not revoked, made when there are fewer. A meeting without a hearing (the
    kompetencedrøftelse), or a count out of bounds, is refused in Danish."""
    with db.transaction():
        hearing_step(templates.get(meetings_store.get_meeting(db, meeting_id).kind))
        checked_link_count(count)
        return store.hearing_links(db, meeting_id, count)


def links(db: Database, meeting_id: int) -> list[LinkRecord]:
    """Every link of the meeting, revoked or not, with whether a hearing link's answers are in."""
    with db.transaction():
        return store.links(db, meeting_id)


def find_link(db: Database, code: str) -> LinkRecord | None:
    """The link a phone's code names, revoked or not; None when there is none."""
    with db.transaction():
        return store.find_link(db, code)


def link_used(db: Database, link: LinkRecord) -> bool:
    """A hearing link whose answers are in: it answers nothing more."""
    with db.transaction():
        return store.link_used(db, link)


def revoke(db: Database, link_id: int) -> None:
    """A revoked link answers nothing from now on; a new one is made when asked for."""
    with db.transaction():
        store.revoke(db, link_id)


def phone_sheet(db: Database, templates: TemplateLibrary, link: LinkRecord) -> PhoneSheet:
    with db.transaction():
        return store.phone_sheet(db, templates, link)


def store_preparation(
    db: Database, templates: TemplateLibrary, link: LinkRecord, sent: dict[str, tuple[str, int]]
) -> PhonePreparation:
    with db.transaction():
        return store.store_preparation(db, templates, link, sent)


def hearing_form(db: Database, templates: TemplateLibrary, meeting_id: int) -> tuple[PhoneQuestion, ...]:
    with db.transaction():
        return store.hearing_form(db, templates, meeting_id)


def store_hearing(db: Database, templates: TemplateLibrary, link: LinkRecord, texts: dict[str, str]) -> HearingReceipt:
    with db.transaction():
        return store.store_hearing(db, templates, link, texts)


def add_idea(db: Database, meeting_id: int, step: str, text: str) -> int:
    """An idea for the room from a phone: refused in Danish when empty or too long, or when the meeting has as
    many as it takes."""
    text = checked_idea(text)
    with db.transaction():
        return store.add_idea(db, meeting_id, step, text)


def ideas(
    db: Database,
    meeting_id: int,
    step: str | None = None,
    state: str | None = None,
    newest: int | None = None,
    after: int = 0,
) -> list[IdeaRecord]:
    with db.transaction():
        return store.ideas(db, meeting_id, step, state, newest, after)


def accept_idea(db: Database, meeting_id: int, idea_id: int, step: str, box: str) -> IdeaRecord:
    """Take an idea into the group's agreed text of `step`'s `box` (added as a new line) and mark it taken: one
    transaction, written on the version read in it, so a chair typing in the box at the same moment loses nothing
    (the window shows the text changed underneath, as it does for a returned sheet)."""
    with db.transaction():
        idea = next((i for i in store.ideas(db, meeting_id) if i.id == idea_id), None)
        if idea is None:
            raise DroeftelseError(translate("phones", "Idéen findes ikke længere."))
        now = meetings_store.stored_answers(db, meeting_id).get((None, step, box))
        text, version = (now.text, now.version) if now is not None else ("", 0)
        joined = f"{text.rstrip()}{IDEA_SEPARATOR}{idea.text}" if text.strip() else f"• {idea.text}"
        try:
            meetings_store.set_answer(db, meeting_id, None, step, box, joined, expected_version=version)
        except AnswerChanged:  # written in the very same moment: try once more on what is there now
            raise DroeftelseError(
                translate("phones", "Teksten blev ændret i samme øjeblik. Tag idéen med igen.")
            ) from None
        return store.set_idea_state(db, meeting_id, idea_id, "taget")


def reject_idea(db: Database, meeting_id: int, idea_id: int) -> IdeaRecord:
    with db.transaction():
        return store.set_idea_state(db, meeting_id, idea_id, "afvist")


def vote_rows(db: Database, meeting_id: int, row_ids: list[int]) -> list[tuple[int, str]]:
    """The rows a vote offers, (id, first line of Hvad?), in the handleplan's order; too many refused in Danish."""
    checked_vote_rows(row_ids)
    with db.transaction():
        return store.vote_rows(db, meeting_id, row_ids)


def next_round(db: Database, meeting_id: int) -> int:
    with db.transaction():
        return store.next_round(db, meeting_id)


def add_dot(db: Database, meeting_id: int, round_: int, action_item_id: int, delta: int = 1) -> int:
    """One dot more (or, with -1, one fewer) on a row in this round; the row's dots now."""
    with db.transaction():
        return store.add_dot(db, meeting_id, round_, action_item_id, delta)


def vote_totals(db: Database, meeting_id: int, round_: int) -> dict[int, int]:
    with db.transaction():
        return store.vote_totals(db, meeting_id, round_)


def dots_by_row(db: Database, meeting_id: int) -> dict[int, int]:
    with db.transaction():
        return store.dots_by_row(db, meeting_id)
