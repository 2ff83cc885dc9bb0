"""Helpers the store's modules share: the Danish "not found", renumbering, marking a meeting as changed, the
dates read from a row's Hvornår/Opfølgning, who approves a meeting's documents. Store modules import these from
here, never each other's private names."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text, update

from drøftelse.domain.approval import approving_body
from drøftelse.domain.deadlines import derived_dates  # noqa: F401 - the store's modules take it from here
from drøftelse.domain.errors import MeetingClosed
from drøftelse.domain.i18n import translate
from drøftelse.domain.snapshots import Approval, Signer
from drøftelse.store.models import Meeting, utcnow
from drøftelse.store.not_found import not_found


def must_get(s, model, key: int):
    """The row with this id, or a Danish NotFound the user can act on."""
    row = s.get(model, key)
    if row is None:
        raise not_found(model.__name__, key)
    return row


def renumber(s, model, meeting_id: int, moved: int | None = None, new_position: int = 0, **same) -> None:
    """Give a meeting's participants, rows, goals or plan lines the positions 0, 1, 2 …, with `moved` put at
    `new_position`; `same` narrows the set (goals of one kind)."""
    where = [model.meeting_id == meeting_id, *(getattr(model, k) == v for k, v in same.items())]
    ids = list(s.scalars(select(model.id).where(*where).order_by(model.position, model.id)))
    if moved is not None:
        ids.remove(moved)
        ids.insert(max(0, min(new_position, len(ids))), moved)
    for pos, i in enumerate(ids):
        s.execute(update(model).where(model.id == i).values(position=pos))


def insert_for(s, model):
    """An INSERT with the ON CONFLICT clauses of the session's database (SQLite's or PostgreSQL's; the same API)."""
    if s.get_bind().dialect.name == "postgresql":  # imported only then: 35 ms that a SQLite file never needs
        from sqlalchemy.dialects.postgresql import insert  # noqa: PLC0415
    else:
        from sqlalchemy.dialects.sqlite import insert  # noqa: PLC0415
    return insert(model)


def begin_write(s) -> None:
    """Take SQLite's write lock now, before reading what the write will check: pysqlite begins a transaction only
    at the first INSERT/UPDATE/DELETE, so a read before it saw the file as it was before another program's commit
    (two first saves of the hearing questions both stored theirs). A statement that changes no row takes the lock
    and fires no trigger. On PostgreSQL the callers lock the rows they read (SELECT … FOR UPDATE)."""
    if s.get_bind().dialect.name == "sqlite":
        s.execute(text("UPDATE meeting SET id = id WHERE 0"))


def refuse_closed(s, meeting_id: int | None) -> None:
    """A closed meeting's data is its record (issue 28): refused before anything is written, naming the meeting.
    The database's triggers (revision 0009) refuse the same, for any path that does not come here."""
    if meeting_id is None:
        return
    row = s.execute(select(Meeting.title, Meeting.closed_at).where(Meeting.id == meeting_id)).first()
    if row is not None and row.closed_at is not None:
        raise MeetingClosed(row.title, row.closed_at)


def touch_meeting(s, meeting_id: int | None, now: dt.datetime | None = None) -> dt.datetime:
    """Mark a meeting as changed (the list's "Sidst ændret"): the one place that writes `updated_at`."""
    now = now or utcnow()
    if meeting_id is not None:
        # the version tells another window on a shared database that something changed (revision 0008)
        s.execute(update(Meeting).where(Meeting.id == meeting_id).values(updated_at=now, version=Meeting.version + 1))
    return now


def approval(m, at: str = "") -> Approval:
    """Who approves the meeting's handleplan and referat: the forum chosen at setup, and each participant present,
    in the order of the round. With nobody marked present, two blank lines to write names on."""
    present = tuple(Signer(p.role, p.name) for p in m.participants if p.present)
    return Approval(approving_body(m.forum), present or (Signer("", ""), Signer("", "")), at)


def version_note(m) -> str:
    """What the referat and handleplan of a meeting closed more than once say under their title (revision 0009):
    the version (how many times closed), when it was closed last and why it was reopened."""
    if m.closed_at is None or (m.closed_count or 0) < 2:
        return ""
    when = f"{m.closed_at.day}.{m.closed_at.month}.{m.closed_at.year}"
    return translate("Referat", "Version {0}, rettet {1}: {2}").format(m.closed_count, when, m.reopen_reason)


def meeting_label(m) -> str:
    """ "Årlig drøftelse 2025 (12.11.2025)": how a meeting is named where a row or goal came from."""
    return f"{m.title} ({m.date.day}.{m.date.month}.{m.date.year})"
