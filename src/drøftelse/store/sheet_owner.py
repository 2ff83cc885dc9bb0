"""Which meeting of this database a returned sheet belongs to, from the meeting token in its hidden identity:
a sheet double-clicked in the file manager (issue 31) opens the meeting it was made for."""

from __future__ import annotations

from sqlalchemy import select

from drøftelse.domain.hearing_sheets import HEARING_IDENTITY, MAX_HEARING_IDENTITY
from drøftelse.store.database import Database
from drøftelse.store.models import Meeting
from drøftelse.store.sheets import MAX_IDENTITY, SIGNED_IDENTITY, meeting_token


def meeting_of_identity(db: Database, identity: str) -> int | None:
    """The id of the meeting whose token the identity carries; None when no meeting here made it. The identity's
    signature is checked when the sheet is imported, not here: this only says where to take it."""
    identity = identity.strip()
    token = None
    if len(identity) <= MAX_IDENTITY and (match := SIGNED_IDENTITY.fullmatch(identity)):
        token = match.group(1)
    elif len(identity) <= MAX_HEARING_IDENTITY and (match := HEARING_IDENTITY.fullmatch(identity)):
        token = match.group(1)
    if token is None:
        return None
    with db.session() as s:
        meetings = s.execute(select(Meeting.id, Meeting.created_at)).all()
    return next((m.id for m in meetings if meeting_token(m) == token), None)
