"""Participants on their own phones (issue 30): the use cases the phone server (web/) and the chairs' window call.
Each is one transaction, the same services and store functions the window's own edits go through."""

from __future__ import annotations

from drøftelse.domain.errors import AnswerChanged, DroeftelseError
from drøftelse.domain.i18n import translate
from drøftelse.domain.phones import HEARING, PREPARATION, ROOM
from drøftelse.domain.templates import TemplateLibrary
from drøftelse.store import meetings as meetings_store
from drøftelse.store import phones as store
from drøftelse.store.database import Database
from drøftelse.store.hearing import CodeAlreadyRead, HearingReceipt
from drøftelse.store.phones import (
    IdeaRecord,
    LinkRecord,
    PhonePreparation,
    PhoneQuestion,
    PhoneSheet,
)

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
    with db.transaction():
        return store.link_for(db, meeting_id, kind, participant_id)


def hearing_links(db: Database, templates: TemplateLibrary, meeting_id: int, count: int) -> list[LinkRecord]:
    with db.transaction():
        return store.hearing_links(db, templates, meeting_id, count)


def links(db: Database, meeting_id: int) -> list[LinkRecord]:
    return store.links(db, meeting_id)


def find_link(db: Database, code: str) -> LinkRecord | None:
    return store.find_link(db, code)


def link_used(db: Database, link: LinkRecord) -> bool:
    return store.link_used(db, link)


def revoke(db: Database, link_id: int) -> None:
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
    return store.add_idea(db, meeting_id, step, text)


def ideas(
    db: Database,
    meeting_id: int,
    step: str | None = None,
    state: str | None = None,
    newest: int | None = None,
    after: int = 0,
) -> list[IdeaRecord]:
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
    return store.set_idea_state(db, meeting_id, idea_id, "afvist")


def vote_rows(db: Database, meeting_id: int, row_ids: list[int]) -> list[tuple[int, str]]:
    return store.vote_rows(db, meeting_id, row_ids)


def next_round(db: Database, meeting_id: int) -> int:
    return store.next_round(db, meeting_id)


def add_dot(db: Database, meeting_id: int, round_: int, action_item_id: int, delta: int = 1) -> int:
    return store.add_dot(db, meeting_id, round_, action_item_id, delta)


def vote_totals(db: Database, meeting_id: int, round_: int) -> dict[int, int]:
    return store.vote_totals(db, meeting_id, round_)


def dots_by_row(db: Database, meeting_id: int) -> dict[int, int]:
    return store.dots_by_row(db, meeting_id)
