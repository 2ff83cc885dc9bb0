"""The day a forberedelsesark or høringsark asks to be handed in by (issue 29): never a day already past.

The usual day is a few days before the meeting (`hearing.return_by`, a weekday), so the chairs can read the sheets
first. A sheet made on or after that day would print today's date or one gone by: then the chairs choose (the
window asks, the command line takes --senest DATO or --ved-moedet), and with no choice made the sheet says "Aflever
arket ved mødet" and the chairs are told why (`passed_note`). A sheet for a meeting already held asks for no day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drøftelse.domain.danish_dates import long_date
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.hearing import return_by
from drøftelse.domain.i18n import translate


@dataclass(frozen=True)
class HandIn:
    """What a sheet says about handing it in: by a day (`by`), at the meeting, or – a meeting already held –
    nothing."""

    by: dt.date | None = None
    at_meeting: bool = False


AT_MEETING = HandIn(at_meeting=True)
NOTHING = HandIn()


def must_ask(meeting_date: dt.date, today: dt.date) -> bool:
    """The usual day is today or gone by, and the meeting is today or still to come: the chairs choose."""
    return return_by(meeting_date) <= today <= meeting_date


def proposal(meeting_date: dt.date, today: dt.date) -> HandIn:
    """What the chairs are offered when asked: the last weekday before the meeting while that is after today,
    else at the meeting."""
    day = meeting_date - dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return HandIn(by=day) if day > today else AT_MEETING


def decide_hand_in(meeting_date: dt.date, today: dt.date, chosen: HandIn | None = None) -> HandIn:
    """What a sheet made `today` says: the chairs' choice when they made one (never a day before today or after
    the meeting, never "at the meeting" once it is held); else the usual day while it is still to come; else at the
    meeting; nothing for a meeting already held."""
    if chosen is not None:
        _check(chosen, meeting_date, today)
        return chosen
    if meeting_date < today:
        return NOTHING
    usual = return_by(meeting_date)
    return HandIn(by=usual) if usual > today else AT_MEETING


def _check(chosen: HandIn, meeting_date: dt.date, today: dt.date) -> None:
    if chosen.by is not None and chosen.by < today:
        raise DroeftelseError(
            translate(
                "hand_in",
                "Afleveringsdatoen {0} er allerede passeret. Vælg i dag eller en senere dag, eller »ved mødet«.",
            ).format(long_date(chosen.by))
        )
    if chosen.by is not None and chosen.by > meeting_date:
        raise DroeftelseError(
            translate("hand_in", "Afleveringsdatoen {0} ligger efter mødet ({1}). Vælg en dag før mødet.").format(
                long_date(chosen.by), long_date(meeting_date)
            )
        )
    if chosen.at_meeting and meeting_date < today:
        raise DroeftelseError(
            translate("hand_in", "Mødet blev holdt {0}; arkene kan ikke bede om at blive afleveret ved det.").format(
                long_date(meeting_date)
            )
        )


def passed_note(meeting_date: dt.date, today: dt.date) -> str:
    """What the chairs are told when a sheet made `today` with no day chosen cannot ask for the usual day; "" when
    it can."""
    usual = return_by(meeting_date)
    if meeting_date < today:
        return translate(
            "hand_in", "Mødet blev holdt {0}: arkene beder ikke om at blive afleveret en bestemt dag."
        ).format(long_date(meeting_date))
    if usual <= today:
        return translate(
            "hand_in",
            "Den sædvanlige afleveringsdato, {0}, er {1}: arkene siger »Aflever arket ved mødet«.",
        ).format(
            long_date(usual), translate("hand_in", "i dag") if usual == today else translate("hand_in", "passeret")
        )
    return ""
