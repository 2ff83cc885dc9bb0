"""The light read path: committees and meetings for `droeftelse list` and the main window's list.

Plain sqlite3 from the standard library, so listing starts without SQLAlchemy, Alembic or reportlab loaded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drøftelse.domain import aarshjul, i18n, training
from drøftelse.domain.annual import ANNUAL_KINDS
from drøftelse.domain.errors import NotFound
from drøftelse.domain.i18n import translate
from drøftelse.store.database import Database
from drøftelse.store.sqlite_errors import decodes, schema_problems, shown


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
    example: bool = False  # made by the demo: marked "Eksempel" until the chairs keep it (revision 0011)


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
        return [f"begrænsningen {name} på {table} er ikke kontrolleret" for table, name in rows]
    # Every text is read as its bytes and decoded here: one that is not UTF-8 is a finding with its place, where
    # sqlite3 would stop at the first with an error that names no row
    conn.text_factory = bytes
    try:
        problems = [shown(r[0], 200) for r in conn.execute("PRAGMA integrity_check") if r[0] != b"ok"]
        problems += [
            translate("listing", "fremmednøgle brudt i {0} række {1}").format(shown(r[0]), r[1])
            for r in conn.execute("PRAGMA foreign_key_check")
        ]
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
                        problems.append(
                            translate(
                                "listing",
                                "tabellen {0}, række {1}, feltet {2}: teksten er ikke gyldig UTF-8 og kan ikke læses "
                                "(»{3}«)",
                            ).format(table, row[0], column, shown(value))
                        )
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


def year_ahead(db: Database, committee_id: int, today: dt.date, months: int = 12):
    """The committee's årshjul: next annual discussion, next full APV, open rows' dates, training due. The demo's
    meetings and members (`example`) are left out until the chairs keep them."""
    date = lambda text: dt.date.fromisoformat(text) if text else None  # noqa: E731
    conn = db.connect()
    try:
        found = conn.execute("SELECT apv_date FROM committee WHERE id = ?", (committee_id,)).fetchone()
        if found is None:
            raise NotFound(translate("listing", "Der findes intet udvalg med nummer {0}.").format(committee_id))
        last_annual = conn.execute(
            "SELECT max(date) FROM meeting WHERE committee_id = ? AND kind IN (?, ?) AND date <= ? AND NOT example",
            (committee_id, *ANNUAL_KINDS, today.isoformat()),
        ).fetchone()[0]
        rows = conn.execute(
            "SELECT a.hvad, a.hvornaar_dato, a.opfoelgning_dato, a.status FROM action_item a "
            "LEFT JOIN meeting m ON m.id = a.meeting_id WHERE a.committee_id = ? AND (m.id IS NULL OR NOT m.example)",
            (committee_id,),
        ).fetchall()
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
    for pid, name, took_office, left in people:
        own = [
            training.Course(kind, date(taken), days, bool(planned))
            for member, kind, taken, days, planned in courses
            if member == pid
        ]
        own_offers = [training.Offer(date(on), days, answer) for member, on, days, answer in offers if member == pid]
        own_pooled = {first for member, first in pooled if member == pid}
        st = training.training_status(date(took_office), own, today, date(left), own_offers, own_pooled)
        if st.mandatory in ("skal tages", "overskredet"):
            due.append(
                (translate("listing", "{0} – den obligatoriske arbejdsmiljøuddannelse").format(name), st.mandatory_due)
            )
        if st.offer_due and st.offered_days <= 0:  # what the employer must document is the offer
            due.append(
                (translate("listing", "{0} – tilbud om supplerende arbejdsmiljøuddannelse").format(name), st.offer_due)
            )
        if st.lapses_on and st.remaining_days > st.planned_days:
            # with two years pooled in writing, the days lapse only at the second year's end
            left_days = i18n.decimal(st.remaining_days)
            due.append(
                (
                    translate("listing", "{0} – {1} dags supplerende uddannelse bortfalder").format(name, left_days),
                    st.lapses_on,
                )
            )
    return aarshjul.year_ahead(today, date(last_annual), date(found[0]), row_dates, due, months)
