"""The APV's content per handleplan row (issue 29): the problem's alvor and omfang (a short choice each, and a text
for both) and its årsag; and at the next annual evaluation "Virkede det?" (ja / delvist / nej / for tidligt at sige)
with a note, kept with the verdict on the row.

The columns are added (ALTER TABLE ADD COLUMN keeps the triggers); the triggers of 0009 on action_item and verdict
are made again so a closed meeting's new columns are protected and a change after reopening is logged.

Revision ID: 0014
Revises: 0013
"""

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

NEW_ROW_COLUMNS = {"alvor": "Alvor", "omfang": "Omfang", "vurdering": "Vurdering", "aarsag": "Årsag"}
NEW_VERDICT_COLUMNS = {"effect": "Virkede det?", "effect_note": "Virkede det? (note)"}


def _revision_0009():
    """0009's trigger makers, loaded on their own (Alembic's copy of the module is not importable by name)."""
    path = Path(__file__).with_name("0009_closed_meetings.py")
    spec = importlib.util.spec_from_file_location("_droeftelse_revision_0009", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tables(previous, with_new: bool) -> dict:
    """action_item's and verdict's trigger specs, with the new columns protected and logged (or as 0009 had them)."""
    tables = {}
    for table, new in (("action_item", NEW_ROW_COLUMNS), ("verdict", NEW_VERDICT_COLUMNS)):
        spec = dict(previous.TABLES[table])
        if with_new:
            spec["protected"] = (*spec["protected"], *new)
            spec["logged"] = {**spec["logged"], **new}
        tables[table] = spec
    return tables


def _remake_triggers(with_new: bool) -> None:
    previous = _revision_0009()
    pg = op.get_bind().dialect.name == "postgresql"
    previous.TABLES = _tables(previous, with_new)
    for name, table, when, condition, logs in previous._statements(pg):
        if table not in previous.TABLES:
            continue
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (f" ON {table}" if pg else ""))
        if pg:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        previous._trigger(pg, name, table, when, condition, logs, previous.CLOSED)


def upgrade() -> None:
    op.add_column("action_item", sa.Column("alvor", sa.String(20), nullable=True))
    op.add_column("action_item", sa.Column("omfang", sa.String(20), nullable=True))
    op.add_column("action_item", sa.Column("vurdering", sa.Text(), nullable=False, server_default=""))
    op.add_column("action_item", sa.Column("aarsag", sa.Text(), nullable=False, server_default=""))
    op.add_column("verdict", sa.Column("effect", sa.String(20), nullable=True))
    op.add_column("verdict", sa.Column("effect_note", sa.Text(), nullable=False, server_default=""))
    _remake_triggers(with_new=True)


def downgrade() -> None:
    _remake_triggers(with_new=False)  # first: SQLite's DROP COLUMN refuses a column a trigger names
    for column in NEW_ROW_COLUMNS:
        op.drop_column("action_item", column)
    for column in NEW_VERDICT_COLUMNS:
        op.drop_column("verdict", column)
