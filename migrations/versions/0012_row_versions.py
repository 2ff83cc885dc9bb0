"""Two chairs, one shared database (issue 27): every row the window edits carries a version, counted up by each
write (store/field_writes), so a window sees that the other chair changed a participant, a goal, a verdict, a
line of the kompetenceudviklingsplan, a course, a member or a hearing question. The meeting, the answers and the
handleplan rows have theirs already (revisions 0004 and 0008).

Only adds columns (SQLite's ALTER TABLE ADD COLUMN, no table is recreated): the triggers of 0009 and 0010 stay.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TABLES = ("member", "training", "participant", "goal", "verdict", "plan_item", "hearing_question")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN keeps the tables and so their triggers; batch mode would recreate them
    for table in reversed(TABLES):
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
