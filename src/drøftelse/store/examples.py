"""The demo's examples (revision 0011): the meetings and AMO members the demo makes are marked `example`, so they
are never taken for the committee's own. The årshjul, the committee's and the organisation's handleplan leave them
out, and a meeting of the committee's own never draws on them (last year's goals and open rows, the year's rows in
the referat, the kompetencedrøftelse's wishes, the members it invites) – until the chairs keep them.

An example meeting draws on every meeting before it, examples and the committee's own alike, so the demo reads
as a year of a committee's life. Keeping a meeting keeps the example meetings before it too (its evaluation and
referat are made from them, and read the same once it is kept) and the committee's example members, who belong to
the demo; example meetings after it stay examples.
"""

from __future__ import annotations

from sqlalchemy import and_, false, or_, select, true, update

from drøftelse.store.common import must_get, touch_meeting
from drøftelse.store.database import Database
from drøftelse.store.models import Meeting, Member
from drøftelse.store.records import KeptExample


def drawn_on_by(m: Meeting):
    """The meetings `m` may draw on, by their example mark: all of them for an example, else only real ones."""
    return true() if m.example else Meeting.example == false()


def not_example():
    """A meeting of the committee's own (no meeting at all counts as own: an outer join's NULL)."""
    return or_(Meeting.id.is_(None), Meeting.example == false())


def keep_example(db: Database, meeting_id: int) -> KeptExample:
    """The chairs keep an example meeting as their own: it and the committee's example meetings held before it
    (by date, then by creation) lose the mark, and so do the committee's example members. A closed meeting may be
    kept: the mark is none of the record that revision 0009 protects. Keeping a meeting of their own changes
    nothing."""
    with db.session() as s:
        m = must_get(s, Meeting, meeting_id)
        if not m.example:
            return KeptExample((), 0)
        earlier = or_(Meeting.date < m.date, and_(Meeting.date == m.date, Meeting.id <= m.id))
        ids = tuple(
            s.scalars(
                select(Meeting.id)
                .where(Meeting.committee_id == m.committee_id, Meeting.example, earlier)
                .order_by(Meeting.date, Meeting.id)
            )
        )
        s.execute(update(Meeting).where(Meeting.id.in_(ids)).values(example=False))
        for kept in ids:
            touch_meeting(s, kept)  # another window on a shared database sees the mark go
        members = s.execute(
            update(Member).where(Member.committee_id == m.committee_id, Member.example).values(example=False)
        ).rowcount
        s.commit()
        return KeptExample(ids, members or 0)
