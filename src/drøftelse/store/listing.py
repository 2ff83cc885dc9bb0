"""The light read path: committees and meetings for `droeftelse list` and the main window's list.

Plain sqlite3 from the standard library, so listing starts without SQLAlchemy, Alembic or reportlab loaded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drøftelse.store.database import Database


@dataclass(frozen=True)
class MeetingLine:
    id: int
    committee_id: int
    kind: str
    title: str
    date: dt.date
    current_step: str
    updated_at: str
    closed: bool


@dataclass(frozen=True)
class CommitteeLine:
    id: int
    name: str
    meetings: tuple[MeetingLine, ...]


def committees_with_meetings(db: Database) -> list[CommitteeLine]:
    """Every committee with its meetings, open meetings first, newest date first within each group."""
    conn = db.connect()
    try:
        committees = conn.execute("SELECT id, name FROM committee ORDER BY name, id").fetchall()
        rows = conn.execute(
            "SELECT id, committee_id, kind, title, date, current_step, updated_at, closed_at IS NOT NULL "
            "FROM meeting ORDER BY closed_at IS NOT NULL, date DESC, id DESC"
        ).fetchall()
    finally:
        conn.close()
    by_committee: dict[int, list[MeetingLine]] = {}
    for r in rows:
        line = MeetingLine(r[0], r[1], r[2], r[3], dt.date.fromisoformat(r[4]), r[5], r[6], bool(r[7]))
        by_committee.setdefault(line.committee_id, []).append(line)
    return [CommitteeLine(cid, name, tuple(by_committee.get(cid, ()))) for cid, name in committees]


def integrity_problems(db: Database) -> list[str]:
    """SQLite's integrity and foreign-key checks; an empty list means the file is sound."""
    conn = db.connect()
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"fremmednøgle brudt i {r[0]} række {r[1]}" for r in conn.execute("PRAGMA foreign_key_check")]
    finally:
        conn.close()
    return problems
