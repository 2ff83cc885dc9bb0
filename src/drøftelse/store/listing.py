"""The light read path: committees and meetings for `droeftelse list` and the main window's list.

Plain sqlite3 from the standard library, so listing starts without SQLAlchemy, Alembic or reportlab loaded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drøftelse.domain import aarshjul, training
from drøftelse.domain.annual import ANNUAL_KINDS
from drøftelse.domain.errors import NotFound
from drøftelse.domain.i18n import translate
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
    employees: int | None = None  # how many work there; under 10 there is no AMO


def committees_with_meetings(db: Database) -> list[CommitteeLine]:
    """Every committee with its meetings, open meetings first, newest date first within each group."""
    conn = db.connect()
    try:
        committees = conn.execute("SELECT id, name, employees FROM committee ORDER BY name, id").fetchall()
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
    return [CommitteeLine(cid, name, tuple(by_committee.get(cid, ())), n) for cid, name, n in committees]


def integrity_problems(db: Database) -> list[str]:
    """SQLite's integrity and foreign-key checks; an empty list means the file is sound. A PostgreSQL server
    checks keys on every write itself: there, a constraint it was told not to check (NOT VALID) is the finding."""
    conn = db.connect()
    if db.dialect == "postgresql":
        try:
            rows = conn.execute(
                "SELECT conrelid::regclass::text, conname FROM pg_constraint "
                "WHERE NOT convalidated AND connamespace = 'public'::regnamespace"
            ).fetchall()
        finally:
            conn.close()
        return [f"begrænsningen {name} på {table} er ikke kontrolleret" for table, name in rows]
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [
            translate("listing", "fremmednøgle brudt i {0} række {1}").format(r[0], r[1])
            for r in conn.execute("PRAGMA foreign_key_check")
        ]
    finally:
        conn.close()
    return problems


def apv_date(db: Database, committee_id: int) -> dt.date | None:
    """The date of the committee's last full APV, or None when it is not given."""
    conn = db.connect()
    try:
        row = conn.execute("SELECT apv_date FROM committee WHERE id = ?", (committee_id,)).fetchone()
    finally:
        conn.close()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None


def year_ahead(db: Database, committee_id: int, today: dt.date, months: int = 12):
    """The committee's årshjul: next annual discussion, next full APV, open rows' dates, training due."""
    date = lambda text: dt.date.fromisoformat(text) if text else None  # noqa: E731
    conn = db.connect()
    try:
        found = conn.execute("SELECT apv_date FROM committee WHERE id = ?", (committee_id,)).fetchone()
        if found is None:
            raise NotFound(translate("listing", "Der findes intet udvalg med nummer {0}.").format(committee_id))
        last_annual = conn.execute(
            "SELECT max(date) FROM meeting WHERE committee_id = ? AND kind IN (?, ?) AND date <= ?",
            (committee_id, *ANNUAL_KINDS, today.isoformat()),
        ).fetchone()[0]
        rows = conn.execute(
            "SELECT hvad, hvornaar_dato, opfoelgning_dato, status FROM action_item WHERE committee_id = ?",
            (committee_id,),
        ).fetchall()
        people = conn.execute(
            "SELECT id, name, elected_on, left_on FROM member WHERE committee_id = ? ORDER BY id", (committee_id,)
        ).fetchall()
        courses = conn.execute(
            "SELECT t.member_id, t.kind, t.taken_on, t.days, t.planned FROM training t "
            "JOIN member m ON m.id = t.member_id WHERE m.committee_id = ?",
            (committee_id,),
        ).fetchall()
    finally:
        conn.close()
    row_dates = [
        aarshjul.RowDates(
            hvad.strip().splitlines()[0] if hvad.strip() else translate("listing", "(uden titel)"),
            date(when),
            date(follow),
            status in ("aaben", "i_gang"),
        )
        for hvad, when, follow, status in rows
    ]
    due = []
    for pid, name, elected, left in people:
        own = [
            training.Course(kind, date(taken), days, bool(planned))
            for member, kind, taken, days, planned in courses
            if member == pid
        ]
        st = training.training_status(date(elected), own, today, date(left))
        if st.mandatory in ("skal tages", "overskredet"):
            due.append(
                (translate("listing", "{0} – den obligatoriske arbejdsmiljøuddannelse").format(name), st.mandatory_due)
            )
        if st.year_ends and st.remaining_days > st.planned_days:
            left_days = f"{st.remaining_days:g}".replace(".", ",")
            due.append(
                (
                    translate("listing", "{0} – {1} dags supplerende uddannelse bortfalder").format(name, left_days),
                    st.year_ends,
                )
            )
    return aarshjul.year_ahead(today, date(last_annual), date(found[0]), row_dates, due, months)
