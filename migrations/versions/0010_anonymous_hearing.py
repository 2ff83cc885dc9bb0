"""One voice, one answer, no names (issue 28): each høringsark handed out carries its own one-time code, kept
with the returned sheet so a code counts once, and nothing that could say who answered is kept – the returned
file's name goes, the time it was read in is cut to the day (the sheet's row and its change-log line alike), and
change-log lines that named a returned file are reworded without it.

Recreating hearing_response (SQLite batch mode) loses the triggers 0009 made on it and on hearing_answer (whose
triggers name hearing_response, which SQLite checks on the rename), so they are dropped first and made again here,
without file_name. A later revision that recreates these tables must use `create_hearing_triggers` from here.

Revision ID: 0010
Revises: 0009
"""

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

HEARING_TABLES = ("hearing_response", "hearing_answer")
# the sheet as the log names it: no file name any more
HEARING_RESPONSE = {
    "meeting": "{r}.meeting_id",
    "label": "'Høringsark'",
    "shown": "{r}.group_name",
    "protected": ("meeting_id", "group_name", "code", "digest"),
    "logged": {"group_name": "Gruppen"},
}


def _revision_0009():
    """0009's trigger makers, loaded on their own (Alembic's copy of the module is not importable by name)."""
    path = Path(__file__).with_name("0009_closed_meetings.py")
    spec = importlib.util.spec_from_file_location("_droeftelse_revision_0009", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _day_only(sql: str) -> str:
    # the log line of a returned sheet would otherwise tell the second it was read in
    return sql.replace("datetime('now', 'localtime')", "datetime('now', 'localtime', 'start of day')").replace(
        "LOCALTIMESTAMP(0)", "CAST(CURRENT_DATE AS TIMESTAMP)"
    )


def _hearing_statements(previous, pg: bool, tables: dict):
    previous.TABLES = {t: tables[t] for t in HEARING_TABLES}
    for name, table, when, condition, logs in previous._statements(pg):
        if table in HEARING_TABLES:
            yield name, table, when, condition, [_day_only(s) for s in logs] if logs is not None else None


def create_hearing_triggers(tables: dict | None = None) -> None:
    previous = _revision_0009()
    tables = tables or {"hearing_response": HEARING_RESPONSE, "hearing_answer": previous.TABLES["hearing_answer"]}
    pg = op.get_bind().dialect.name == "postgresql"
    for name, table, when, condition, logs in _hearing_statements(previous, pg, tables):
        previous._trigger(pg, name, table, when, condition, logs, previous.CLOSED)


def _drop_hearing_triggers() -> None:
    previous = _revision_0009()
    pg = op.get_bind().dialect.name == "postgresql"
    for name, table, *_ in _hearing_statements(previous, pg, dict(previous.TABLES)):
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if pg else ""))
        if pg:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")


def _reword_log(previous) -> None:
    """The log is locked by a trigger; it is lifted for this one rewording and put back."""
    pg = op.get_bind().dialect.name == "postgresql"
    name = "droeftelse_meeting_change_upd"
    op.execute(f"DROP TRIGGER IF EXISTS {name}" + (" ON meeting_change" if pg else ""))
    if pg:
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    day = "CAST(CAST(changed_at AS DATE) AS TIMESTAMP)" if pg else "datetime(changed_at, 'start of day')"
    op.execute(
        "UPDATE meeting_change SET what = CASE "
        "WHEN what LIKE '%: tilføjet' THEN 'Høringsark: tilføjet' "
        "WHEN what LIKE '%: fjernet' THEN 'Høringsark: fjernet' "
        f"ELSE 'Høringsark: Gruppen' END, changed_at = {day} WHERE what LIKE 'Høringsark %'"
    )
    for guard, when, condition in previous._log_guards(pg):
        if guard == name:
            previous._trigger(pg, guard, "meeting_change", when, condition, None, previous.LOG_LOCKED)


def upgrade() -> None:
    _drop_hearing_triggers()
    pg = op.get_bind().dialect.name == "postgresql"
    day = "CAST(CAST(created_at AS DATE) AS TIMESTAMP)" if pg else "datetime(created_at, 'start of day')"
    op.execute(f"UPDATE hearing_response SET created_at = {day}")
    with op.batch_alter_table("hearing_response") as batch:
        batch.drop_column("file_name")
        batch.add_column(sa.Column("code", sa.String(32), nullable=True))  # sheets read in before have none
        batch.create_index("uq_hearing_response_code", ["meeting_id", "code"], unique=True)
    create_hearing_triggers()
    _reword_log(_revision_0009())


def downgrade() -> None:
    _drop_hearing_triggers()
    with op.batch_alter_table("hearing_response") as batch:
        batch.drop_index("uq_hearing_response_code")
        batch.drop_column("code")
        batch.add_column(sa.Column("file_name", sa.Text(), nullable=False, server_default=""))
    create_hearing_triggers(dict(_revision_0009().TABLES))
