"""What an annual discussion's pages read of its goals and legal points, in plain SQL on `db.read_connection()` as
store/meeting_reads.py: a meeting reopened on its goals or its referat is painted before SQLAlchemy has loaded
(issue 32), and closing reads its points inside its own transaction."""

from __future__ import annotations

from drøftelse.domain.annual import NEW
from drøftelse.domain.closing import PointEntries
from drøftelse.store.plain_records import columns, record_from
from drøftelse.store.records import GoalRecord

_GOALS = f"SELECT {columns(GoalRecord)} FROM goal WHERE meeting_id = ? AND kind = ? ORDER BY position, id"


def goals(db, meeting_id: int, kind: str = NEW) -> list[GoalRecord]:
    with db.read_connection() as conn:
        return [record_from(GoalRecord, r) for r in conn.execute(_GOALS, (meeting_id, kind)).fetchall()]


def point_entries(db, meeting_id: int) -> PointEntries:
    """The group's texts that are not blank (step, box), and whether a new goal has a text or a verdict is given:
    what domain/closing.py decides from."""
    with db.read_connection() as conn:
        boxes = conn.execute(
            "SELECT step, box FROM answer WHERE meeting_id = ? AND participant_id IS NULL AND trim(text) != ''",
            (meeting_id,),
        ).fetchall()
        goals = conn.execute(
            "SELECT count(*) FROM goal WHERE meeting_id = ? AND kind = ? AND trim(text) != ''", (meeting_id, NEW)
        ).fetchone()[0]
        verdicts = conn.execute(
            "SELECT count(*) FROM verdict WHERE meeting_id = ? AND verdict != ''", (meeting_id,)
        ).fetchone()[0]
    return PointEntries(frozenset((step, box) for step, box in boxes), bool(goals), bool(verdicts))


_OF_MEMBERS = "JOIN member ON {0}.member_id = member.id WHERE member.committee_id = ?"
_MEMBERS_VERSION = (
    "SELECT count(*), coalesce(sum(version), 0), coalesce(max(id), 0) FROM member WHERE committee_id = ?",
    "SELECT count(*), coalesce(sum(training.version), 0), coalesce(max(training.id), 0) FROM training "
    + _OF_MEMBERS.format("training"),
    "SELECT count(*), coalesce(sum(training_offer.version), 0), coalesce(max(training_offer.id), 0) "
    "FROM training_offer " + _OF_MEMBERS.format("training_offer"),
    "SELECT count(*), coalesce(max(training_pooling.id), 0) FROM training_pooling "
    + _OF_MEMBERS.format("training_pooling"),
)


def members_version(db, committee_id: int) -> tuple[int, ...]:
    """Changes whenever a member or a course of the committee is added, changed or removed: a window compares it
    to show the other chair's change (the members belong to no one meeting, so the meeting's version misses them).
    Read by the list's year panel as the window starts, before the ORM has loaded."""
    with db.read_connection() as conn:
        return tuple(int(v) for sql in _MEMBERS_VERSION for v in conn.execute(sql, (committee_id,)).fetchone())
