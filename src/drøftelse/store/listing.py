"""The light read path: committees and meetings for `droeftelse list` and the main window's list.

Plain sqlite3 from the standard library, so listing starts without SQLAlchemy, Alembic or reportlab loaded.
"""

from __future__ import annotations

import datetime as dt

from drøftelse.domain import aarshjul, integrity, training
from drøftelse.domain.annual import ANNUAL_KINDS
from drøftelse.domain.errors import CommitteeNotFound
from drøftelse.domain.listing import CommitteeLine, MeetingLine
from drøftelse.store.database import Database
from drøftelse.store.sqlite_errors import decodes, schema_problems, shown


def committees_with_meetings(db: Database) -> list[CommitteeLine]:
    """Every committee with its meetings, open meetings first, newest date first within each group."""
    conn = db.connect()
    try:
        committees = conn.execute("SELECT id, name, employees FROM committee ORDER BY name, id").fetchall()
        rows = conn.execute(
            "SELECT id, committee_id, kind, title, date, current_step, updated_at, closed_at IS NOT NULL, example "
            "FROM meeting ORDER BY closed_at IS NOT NULL, date DESC, id DESC"
        ).fetchall()
    finally:
        conn.close()
    by_committee: dict[int, list[MeetingLine]] = {}
    for r in rows:
        line = MeetingLine(r[0], r[1], r[2], r[3], dt.date.fromisoformat(r[4]), r[5], r[6], bool(r[7]), bool(r[8]))
        by_committee.setdefault(line.committee_id, []).append(line)
    return [CommitteeLine(cid, name, tuple(by_committee.get(cid, ())), n) for cid, name, n in committees]


def integrity_problems(db: Database) -> list[str]:
    """SQLite's integrity and foreign-key checks, and every stored text read once: an empty list means the file is
    sound, and every command can read it. A PostgreSQL server checks keys on every write itself: there, a
    constraint it was told not to check (NOT VALID) is the finding."""
    conn = db.connect()
    if db.dialect == "postgresql":
        try:
            rows = conn.execute(
                "SELECT conrelid::regclass::text, conname FROM pg_constraint "
                "WHERE NOT convalidated AND connamespace = 'public'::regnamespace"
            ).fetchall()
        finally:
            conn.close()
        return [integrity.unchecked_constraint(table, name) for table, name in rows]
    # Every text is read as its bytes and decoded here: one that is not UTF-8 is a finding with its place, where
    # sqlite3 would stop at the first with an error that names no row
    conn.text_factory = bytes
    try:
        problems = [shown(r[0], 200) for r in conn.execute("PRAGMA integrity_check") if r[0] != b"ok"]
        problems += [integrity.broken_foreign_key(shown(r[0]), r[1]) for r in conn.execute("PRAGMA foreign_key_check")]
        problems += unreadable_texts(conn)
    finally:
        conn.close()
    return problems


def unreadable_texts(conn) -> list[str]:
    """Each text in the schema and in every column of every row that is not valid UTF-8, with its table, row id
    and column. `conn` reads texts as bytes."""
    schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    problems = schema_problems(schema)
    for kind, name, _table, sql in schema:
        if kind != b"table" or not decodes(name) or name.startswith(b"sqlite_"):
            continue
        table = name.decode()
        # a column whose name does not decode cannot be named in SQL; the schema finding above covers it
        columns = [c[1].decode() for c in conn.execute(f"PRAGMA table_info({_quoted(table)})") if decodes(c[1])]
        if not columns:
            continue
        row_id = "NULL" if sql and b"WITHOUT ROWID" in sql.upper() else "rowid"
        texts = ", ".join(f"CASE WHEN typeof({_quoted(c)}) = 'text' THEN {_quoted(c)} END" for c in columns)
        cursor = conn.execute(f"SELECT {row_id}, {texts} FROM {_quoted(table)}")
        while rows := cursor.fetchmany(500):
            for row in rows:
                for column, value in zip(columns, row[1:], strict=True):
                    if value is not None and not decodes(value):
                        problems.append(integrity.unreadable_text(table, row[0], column, shown(value)))
    return problems


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def apv_date(db: Database, committee_id: int) -> dt.date | None:
    """The date of the committee's last full APV, or None when it is not given."""
    conn = db.connect()
    try:
        row = conn.execute("SELECT apv_date FROM committee WHERE id = ?", (committee_id,)).fetchone()
    finally:
        conn.close()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None


def committee_facts(db: Database, committee_id: int, today: dt.date) -> aarshjul.CommitteeFacts:
    """What the committee's årshjul is made from (domain/aarshjul.committee_year decides it). The demo's meetings
    and members (`example`) are left out until the chairs keep them."""
    conn = db.connect()
    try:
        found = conn.execute("SELECT apv_date FROM committee WHERE id = ?", (committee_id,)).fetchone()
        if found is None:
            raise CommitteeNotFound(committee_id)
        last_annual = conn.execute(
            "SELECT max(date) FROM meeting WHERE committee_id = ? AND kind IN (?, ?) AND date <= ? AND NOT example",
            (committee_id, *ANNUAL_KINDS, today.isoformat()),
        ).fetchone()[0]
        rows = conn.execute(
            "SELECT a.hvad, a.hvornaar_dato, a.opfoelgning_dato, a.status FROM action_item a "
            "LEFT JOIN meeting m ON m.id = a.meeting_id WHERE a.committee_id = ? AND (m.id IS NULL OR NOT m.example)",
            (committee_id,),
        ).fetchall()
        members = _member_facts(conn, committee_id)
    finally:
        conn.close()
    return aarshjul.CommitteeFacts(
        _date(last_annual),
        _date(found[0]),
        tuple(aarshjul.RowFacts(hvad, _date(when), _date(follow), status) for hvad, when, follow, status in rows),
        members,
    )


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _member_facts(conn, committee_id: int) -> tuple[aarshjul.MemberFacts, ...]:
    """The committee's own members (no examples) with their courses, offers and pooled years."""
    people = conn.execute(
        "SELECT id, name, took_office_on, left_on FROM member WHERE committee_id = ? AND NOT example ORDER BY id",
        (committee_id,),
    ).fetchall()
    courses = conn.execute(
        "SELECT t.member_id, t.kind, t.taken_on, t.days, t.planned FROM training t "
        "JOIN member m ON m.id = t.member_id WHERE m.committee_id = ?",
        (committee_id,),
    ).fetchall()
    offers = conn.execute(
        "SELECT o.member_id, o.offered_on, o.days, o.answer FROM training_offer o "
        "JOIN member m ON m.id = o.member_id WHERE m.committee_id = ?",
        (committee_id,),
    ).fetchall()
    pooled = conn.execute(
        "SELECT p.member_id, p.first_year FROM training_pooling p "
        "JOIN member m ON m.id = p.member_id WHERE m.committee_id = ?",
        (committee_id,),
    ).fetchall()
    return tuple(
        aarshjul.MemberFacts(
            name,
            _date(took_office),
            _date(left),
            tuple(training.Course(k, _date(on), d, bool(plan)) for m, k, on, d, plan in courses if m == pid),
            tuple(training.Offer(_date(on), days, answer) for m, on, days, answer in offers if m == pid),
            frozenset(first for m, first in pooled if m == pid),
        )
        for pid, name, took_office, left in people
    )
