"""Examples apart, and the AMO's structure (issue 28): a meeting or AMO member the demo made is marked as an
example, so it is never taken for the committee's own – the årshjul, the committee's handleplan and the folder for
Arbejdstilsynet leave it out until the chairs keep it. Each member gets the arbejdsmiljøgruppe they belong to and
how the employees reach them, for the plan of the AMO's structure the employer must make known.

Only adds columns (SQLite's ALTER TABLE ADD COLUMN, no table is recreated): the triggers of 0009 and 0010 stay.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("meeting", sa.Column("example", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("member", sa.Column("example", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("member", sa.Column("group_name", sa.Text(), nullable=False, server_default=""))
    op.add_column("member", sa.Column("contact", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35 and later) keeps the tables and so their triggers; batch mode would
    # recreate them
    for table, column in (("member", "contact"), ("member", "group_name"), ("member", "example"), ("meeting", "example")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
