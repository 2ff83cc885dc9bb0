"""Participants on their own phones (issue 30): what a link's code looks like, and every limit a phone meets.

The limits are the window's where the text is the same (a box, a hearing answer: 100,000 characters) and small
where the text is new (an idea for the room: 1,000). Every limit is checked on the server; the page's own
`maxlength` only spares a phone a refused send.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
import secrets
from dataclasses import dataclass

from drøftelse.domain.errors import DroeftelseError, NotFound
from drøftelse.domain.i18n import translate
from drøftelse.domain.limits import MAX_TEXT, thousands

# --- links
CODE_BYTES = 16  # 128 bits: a link's code cannot be guessed, nor found by trying (the rate limit) in any lifetime
CODE = re.compile(r"[a-z2-7]{26}", re.ASCII)  # 128 bits in lower-case base32: typed on a phone without Shift
ROOM, PREPARATION, HEARING = "rum", "forberedelse", "hoering"
KINDS = (ROOM, PREPARATION, HEARING)


def new_code() -> str:
    return base64.b32encode(secrets.token_bytes(CODE_BYTES)).decode("ascii").rstrip("=").lower()


def typed_code(code: str) -> str:
    """A code as a person may type it from the screen: in groups with hyphens or spaces, in capitals."""
    return (code or "")[:200].replace("-", "").replace(" ", "").lower()


def looks_like_code(code: str) -> bool:
    return bool(CODE.fullmatch(code or ""))


def grouped(code: str) -> str:
    """A code in groups of five for the screen: abcde-fghij-…"""
    return "-".join(code[i : i + 5] for i in range(0, len(code), 5))


# --- limits
MAX_IDEA = 1_000  # an idea for the room: a few lines, as a sticky note
MAX_IDEAS_PER_PHONE = 30  # per phone and step while the server runs
MAX_IDEAS_PER_MEETING = 2_000
MAX_PHONES = 500  # phones that may join the room of one meeting while the server runs
MAX_HEARING_LINKS = 2_000  # as many as høringsark (domain/hearing.MAX_SHEETS)
MAX_PREPARATION_SENDS = 50  # sends of one participant's forberedelse per link while the server runs
DOTS = 3  # each phone's dots in a vote, unless the chairs choose otherwise
MAX_DOTS = 10
MAX_VOTE_ROWS = 50  # rows one vote may offer
MAX_BODY = 4 * 1024 * 1024  # one request's body: six boxes of 100,000 characters, form-encoded, fit
MAX_FIELDS = 40  # fields in one form
RATE_WRITES = (20, 60.0)  # at most 20 sends a minute from one phone or link
RATE_READS = (240, 60.0)  # at most 240 page loads and polls a minute (one every ¼ s)


class PhoneRefused(DroeftelseError):
    """What a phone sent cannot be taken; nothing was stored. The message is shown on the phone."""


def checked_idea(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise PhoneRefused(translate("phones", "Skriv idéen, før du sender den."))
    if len(text) > MAX_IDEA:
        raise PhoneRefused(
            translate("phones", "Idéen er for lang ({0} tegn; højst {1}). Intet er sendt.").format(
                thousands(len(text)), thousands(MAX_IDEA)
            )
        )
    return text


def checked_box(label: str, text: str) -> str:
    if len(text) > MAX_TEXT:
        raise PhoneRefused(
            translate("phones", "Teksten i »{0}« er for lang ({1} tegn; højst {2}). Intet er gemt.").format(
                label, thousands(len(text)), thousands(MAX_TEXT)
            )
        )
    return text


def checked_dots(dots: int) -> int:
    if not 1 <= dots <= MAX_DOTS:
        raise PhoneRefused(translate("phones", "Hver telefon skal have mellem 1 og {0} prikker.").format(MAX_DOTS))
    return dots


def checked_link_count(count: int) -> int:
    if not 1 <= count <= MAX_HEARING_LINKS:
        raise DroeftelseError(
            translate("phones", "Antallet af høringslinks skal være mellem 1 og {0}.").format(MAX_HEARING_LINKS)
        )
    return count


def checked_vote_rows(row_ids: list[int]) -> list[int]:
    if len(row_ids) > MAX_VOTE_ROWS:
        raise DroeftelseError(translate("phones", "En afstemning kan højst have {0} rækker.").format(MAX_VOTE_ROWS))
    return row_ids


def phone_answer_name() -> str:
    """What a hearing answer sent from a phone is called in a message, where a sheet's file name would stand."""
    return translate("phones", "Svaret fra telefonen")


# --- refusals the store meets, with what they are about
class HearingLinksFull(DroeftelseError):
    """The meeting has as many hearing links as it may have (`limit`)."""

    def __init__(self, limit: int = MAX_HEARING_LINKS):
        super().__init__(translate("phones", "Der kan højst laves {0} høringslinks til et møde.").format(limit))
        self.limit = limit


class ParticipantNotInMeeting(NotFound):
    def __init__(self, participant_id: int, meeting_id: int):
        super().__init__(translate("phones", "Deltageren er ikke med i dette møde."))
        self.participant_id, self.meeting_id = participant_id, meeting_id


class IdeaNotInMeeting(NotFound):
    def __init__(self, idea_id: int, meeting_id: int):
        super().__init__(translate("phones", "Idéen hører ikke til dette møde."))
        self.idea_id, self.meeting_id = idea_id, meeting_id


class IdeasFull(PhoneRefused):
    """The meeting has as many ideas as it takes (`limit`)."""

    def __init__(self, limit: int = MAX_IDEAS_PER_MEETING):
        super().__init__(translate("phones", "Mødet har fået så mange idéer, som det kan tage imod."))
        self.limit = limit


class RowNotInVote(PhoneRefused):
    def __init__(self, action_item_id: int, meeting_id: int):
        super().__init__(translate("phones", "Rækken er ikke med i afstemningen."))
        self.action_item_id, self.meeting_id = action_item_id, meeting_id


# --- what the store hands out about phones
@dataclass(frozen=True)
class LinkRecord:
    id: int
    meeting_id: int
    kind: str
    participant_id: int | None
    number: int | None
    code: str
    revoked: bool
    participant: str = ""  # the participant's name, for a forberedelse link
    used: bool = False  # a hearing link whose answers are in


@dataclass(frozen=True)
class PhoneBox:
    key: str
    label: str
    text: str
    version: int


@dataclass(frozen=True)
class PhoneSheet:
    """What a participant's phone shows for their forberedelse: the boxes with their texts now and versions."""

    meeting_title: str
    meeting_date: dt.date
    participant: str
    instruction: str
    prompt_groups: tuple[tuple[str, tuple[str, ...]], ...]
    boxes: tuple[PhoneBox, ...]
    closed: bool


@dataclass(frozen=True)
class PhoneQuestion:
    key: str  # "q<question id>", as on a høringsark
    point: str  # "Punkt 1 · Indhold for året"
    text: str


@dataclass(frozen=True)
class IdeaRecord:
    id: int
    step: str
    text: str
    state: str  # ny, taget, afvist
