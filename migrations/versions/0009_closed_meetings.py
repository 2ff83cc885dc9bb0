"""Closed is closed (issue 28): the referat and handleplan of a closed meeting are what HR and the committee show
Arbejdstilsynet. The database itself refuses every write to a closed meeting's data (triggers, so no path of the
program, a script or another program slips past), and every change made after a meeting was reopened is logged
with the old and the new value and the reopening's reason in `meeting_change`, which cannot be edited.

The meeting gets `first_closed_at` (set once), `closed_count`, `reopen_reason` and `reopened_by` (who reopened it,
copied into each logged change). The triggers fire `droeftelse:meeting-closed` (store/sqlite_errors.py and
store/postgres.py turn it into MeetingClosed) and `droeftelse:change-log`.

A later revision that recreates one of these tables (SQLite batch mode) loses its triggers and must create them
again: `create_triggers` here makes them from the table specs.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CLOSED = "droeftelse:meeting-closed"
LOG_LOCKED = "droeftelse:change-log"

# Per table: the meeting a row belongs to, what the log calls the row, the columns that may not change while the
# meeting is closed, and the logged columns with their Danish names (and a value expression when not the column).
# {r} is NEW or OLD. action_item's status and result stay free: later meetings follow a row up (verdicts).
TABLES = {
    "participant": {
        "meeting": "{r}.meeting_id",
        "label": "'Deltager ' || {r}.name",
        "shown": "{r}.name",
        "protected": (
            "meeting_id",
            "name",
            "role",
            "formandskab",
            "note_taker",
            "present",
            "position",
            "spoken_seconds",
        ),
        "logged": {
            "name": "Navn",
            "role": "Rolle",
            "formandskab": "Formandskab",
            "note_taker": "Referent",
            "present": "Til stede",
            "position": ("Plads i runden", "{r}.position + 1"),
            "spoken_seconds": "Taletid (sekunder)",
        },
    },
    "answer": {
        "meeting": "{r}.meeting_id",
        "label": "'Tekst, ' || {r}.step || ' / ' || {r}.box"
        " || COALESCE(' (' || (SELECT p.name FROM participant p WHERE p.id = {r}.participant_id) || ')', '')",
        "shown": "{r}.text",
        "protected": ("meeting_id", "participant_id", "step", "box", "text", "source"),
        "logged": {"text": "Teksten"},
    },
    "action_item": {
        "meeting": "{r}.meeting_id",
        "label": "'Handleplan række ' || ({r}.position + 1)",
        "shown": "{r}.hvad",
        "protected": (
            "meeting_id",
            "committee_id",
            "position",
            "hvad",
            "hvorfor",
            "hvordan",
            "hvornaar",
            "hvornaar_dato",
            "hvem",
            "opfoelgning",
            "opfoelgning_dato",
            "priority",
        ),
        "logged": {
            "hvad": "Hvad",
            "hvorfor": "Hvorfor",
            "hvordan": "Hvordan",
            "hvornaar": "Hvornår",
            "hvem": "Hvem",
            "opfoelgning": "Opfølgning",
            "status": "Status",
            "priority": "Prioritet",
            "result": "Resultat",
            "position": ("Nummer", "{r}.position + 1"),
        },
    },
    "goal": {
        "meeting": "{r}.meeting_id",
        "label": "CASE {r}.kind WHEN 'ny' THEN 'Mål ' ELSE 'Sidste års mål ' END || ({r}.position + 1)",
        "shown": "{r}.text",
        "protected": ("meeting_id", "committee_id", "kind", "position", "text"),
        "logged": {"text": "Teksten", "position": ("Nummer", "{r}.position + 1")},
    },
    "verdict": {
        "meeting": "{r}.meeting_id",
        "label": "'Vurdering af ' || COALESCE("
        "(SELECT 'mål »' || substr(g.text, 1, 60) || '«' FROM goal g WHERE g.id = {r}.goal_id), "
        "(SELECT 'handleplanrække »' || substr(a.hvad, 1, 60) || '«' FROM action_item a "
        "WHERE a.id = {r}.action_item_id), 'en række')",
        "shown": "{r}.verdict",
        "protected": ("meeting_id", "goal_id", "action_item_id", "verdict", "comment", "previous_status"),
        "logged": {"verdict": "Vurderingen", "comment": "Kommentaren"},
    },
    "plan_item": {
        "meeting": "{r}.meeting_id",
        "label": "'Kompetenceplan linje ' || ({r}.position + 1)",
        "shown": "{r}.who || ' – ' || {r}.what",
        "protected": ("meeting_id", "position", "who", "what", "hvornaar", "days"),
        "logged": {
            "who": "Hvem",
            "what": "Hvad",
            "hvornaar": "Hvornår",
            "days": "Dage",
            "position": ("Nummer", "{r}.position + 1"),
        },
    },
    "hearing_question": {
        "meeting": "{r}.meeting_id",
        "label": "'Høringsspørgsmål ' || ({r}.position + 1)",
        "shown": "{r}.text",
        "protected": ("meeting_id", "position", "step", "text"),
        "logged": {"text": "Spørgsmålet", "step": "Punktet", "position": ("Nummer", "{r}.position + 1")},
    },
    "hearing_response": {
        "meeting": "{r}.meeting_id",
        "label": "'Høringsark ' || {r}.file_name",
        "shown": "{r}.group_name",
        "protected": ("meeting_id", "group_name", "file_name", "digest"),
        "logged": {"group_name": "Gruppen"},
    },
    "hearing_answer": {  # logged as its sheet (hearing_response)
        "meeting": "(SELECT h.meeting_id FROM hearing_response h WHERE h.id = {r}.response_id)",
        "protected": ("response_id", "step", "question", "text"),
    },
}
# the meeting row: closing and reopening (closed_at, first_closed_at, closed_count, reopen_reason, reopened_by),
# the step the window stands at and the edit counters stay free
MEETING_PROTECTED = ("committee_id", "kind", "template_version", "title", "date", "place", "forum", "form", "settings")
MEETING_LOGGED = {
    "title": "Titel",
    "date": "Dato",
    "place": "Sted",
    "forum": "Forum",
    "form": "Form",
    "settings": "Dagsorden og indstillinger",
}


def _differs(pg: bool, a: str, b: str) -> str:
    return f"{a} IS DISTINCT FROM {b}" if pg else f"{a} IS NOT {b}"


def _changed(pg: bool, columns) -> str:
    return "(" + " OR ".join(_differs(pg, f"OLD.{c}", f"NEW.{c}") for c in columns) + ")"


def _closed(meeting: str) -> str:
    return f"(SELECT mc.closed_at FROM meeting mc WHERE mc.id = {meeting}) IS NOT NULL"


def _log(pg: bool, meeting: str, what: str, old: str, new: str, extra: str = "") -> str:
    """One INSERT into the log, for a meeting that was closed before and is open now."""
    now = "LOCALTIMESTAMP(0)" if pg else "datetime('now', 'localtime')"
    return (
        "INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) "
        f"SELECT m.id, {now}, {what}, {old}, {new}, m.reopen_reason, m.reopened_by FROM meeting m "
        f"WHERE m.id = {meeting} AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL{extra};"
    )


def _text(expr: str) -> str:
    return f"CAST({expr} AS TEXT)"


def _statements(pg: bool) -> list[tuple[str, str, str, str, list[str] | None]]:
    """(name, table, timing and event, refusal condition or "", log statements) for every trigger."""
    out = []
    for table, spec in TABLES.items():
        new_m, old_m = spec["meeting"].format(r="NEW"), spec["meeting"].format(r="OLD")
        changed = _changed(pg, spec["protected"])
        out += [
            (f"droeftelse_{table}_closed_ins", table, "BEFORE INSERT", _closed(new_m), None),
            (
                f"droeftelse_{table}_closed_upd",
                table,
                "BEFORE UPDATE",
                f"({_closed(old_m)} OR {_closed(new_m)}) AND {changed}",
                None,
            ),
            (f"droeftelse_{table}_closed_del", table, "BEFORE DELETE", _closed(old_m), None),
        ]
        if "logged" not in spec:
            continue
        label = spec["label"]
        updates = []
        for column, name in spec["logged"].items():
            name, expr = name if isinstance(name, tuple) else (name, "{r}." + column)
            what = f"{label.format(r='NEW')} || ': {name}'"
            differs = _differs(pg, f"OLD.{column}", f"NEW.{column}")
            updates.append(
                _log(pg, new_m, what, _text(expr.format(r="OLD")), _text(expr.format(r="NEW")), f" AND {differs}")
            )
        shown = spec["shown"]
        out += [
            (
                f"droeftelse_{table}_log_ins",
                table,
                "AFTER INSERT",
                "",
                [_log(pg, new_m, f"{label.format(r='NEW')} || ': tilføjet'", "NULL", _text(shown.format(r="NEW")))],
            ),
            (f"droeftelse_{table}_log_upd", table, "AFTER UPDATE", "", updates),
            (
                f"droeftelse_{table}_log_del",
                table,
                "AFTER DELETE",
                "",
                [_log(pg, old_m, f"{label.format(r='OLD')} || ': fjernet'", _text(shown.format(r="OLD")), "NULL")],
            ),
        ]
    meeting_refused = f"OLD.closed_at IS NOT NULL AND NEW.closed_at IS NOT NULL AND {_changed(pg, MEETING_PROTECTED)}"
    meeting_logs = [
        _log(
            pg,
            "NEW.id",
            f"'Mødet: {name}'",
            _text(f"OLD.{c}"),
            _text(f"NEW.{c}"),
            f" AND {_differs(pg, f'OLD.{c}', f'NEW.{c}')}",
        )
        for c, name in MEETING_LOGGED.items()
    ]
    out += [
        ("droeftelse_meeting_closed_upd", "meeting", "BEFORE UPDATE", meeting_refused, None),
        ("droeftelse_meeting_log_upd", "meeting", "AFTER UPDATE", "", meeting_logs),
    ]
    return out


def _log_guards(pg: bool) -> list[tuple[str, str, str]]:
    """The log is never changed; its rows go only with their meeting (ON DELETE CASCADE: the meeting is gone)."""
    gone = "NOT EXISTS (SELECT 1 FROM meeting m WHERE m.id = OLD.meeting_id)"
    return [
        ("droeftelse_meeting_change_upd", "BEFORE UPDATE", "TRUE" if pg else "1"),
        ("droeftelse_meeting_change_del", "BEFORE DELETE", f"NOT ({gone})"),
    ]


def create_triggers() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    for name, table, when, condition, logs in _statements(pg):
        _trigger(pg, name, table, when, condition, logs, CLOSED)
    for name, when, condition in _log_guards(pg):
        _trigger(pg, name, "meeting_change", when, condition, None, LOG_LOCKED)
    _count_closing(pg)


def _trigger(pg: bool, name: str, table: str, when: str, condition: str, logs, message: str) -> None:
    if not pg:
        body = " ".join(logs) if logs is not None else f"SELECT RAISE(ABORT, '{message}');"
        where = f" WHEN {condition}" if condition else ""
        op.execute(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW{where} BEGIN {body} END")
        return
    if logs is not None:
        body = " ".join(logs) + " RETURN NULL;"
    else:
        result = "OLD" if "DELETE" in when else "NEW"
        body = f"IF {condition} THEN RAISE EXCEPTION '{message}' USING ERRCODE = 'P0001'; END IF; RETURN {result};"
    op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN {body} END $fn$")
    op.execute(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()")


def _count_closing(pg: bool) -> None:
    """Every closing, whichever way it is done (the window, `afslut`, an import, the demo), counts and keeps the
    first date."""
    name, when = "droeftelse_meeting_closing", "OLD.closed_at IS NULL AND NEW.closed_at IS NOT NULL"
    if pg:
        op.execute(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN IF {when} THEN "
            "NEW.first_closed_at := COALESCE(NEW.first_closed_at, NEW.closed_at); "
            "NEW.closed_count := NEW.closed_count + 1; END IF; RETURN NEW; END $fn$"
        )
        op.execute(f"CREATE TRIGGER {name} BEFORE UPDATE ON meeting FOR EACH ROW EXECUTE FUNCTION {name}()")
    else:
        op.execute(
            f"CREATE TRIGGER {name} AFTER UPDATE OF closed_at ON meeting FOR EACH ROW WHEN {when} BEGIN "
            "UPDATE meeting SET first_closed_at = COALESCE(first_closed_at, NEW.closed_at), "
            "closed_count = closed_count + 1 WHERE id = NEW.id; END"
        )


def drop_triggers() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    names = [(n, t) for n, t, *_ in _statements(pg)] + [(n, "meeting_change") for n, *_ in _log_guards(pg)]
    names.append(("droeftelse_meeting_closing", "meeting"))
    for name, table in names:
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if pg else ""))
        if pg:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")


def upgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("first_closed_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("closed_count", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("reopen_reason", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("reopened_by", sa.Text(), nullable=False, server_default=""))
    # a meeting closed before this revision was closed once, at its closed_at
    op.execute("UPDATE meeting SET first_closed_at = closed_at, closed_count = 1 WHERE closed_at IS NOT NULL")
    op.create_table(
        "meeting_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("user_name", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_meeting_change_meeting_id", "meeting_change", ["meeting_id"])
    create_triggers()


def downgrade() -> None:
    drop_triggers()
    op.drop_table("meeting_change")
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("reopened_by")
        batch.drop_column("reopen_reason")
        batch.drop_column("closed_count")
        batch.drop_column("first_closed_at")
