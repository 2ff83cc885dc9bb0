"""Two chairs on one shared meeting (issue 16): a version per handleplan row, so an edit made on a row that
another window changed since is noticed instead of overwriting it, and a version per meeting, counted up by every
stored edit, so each window can see cheaply that the other one wrote. Only adds; every row starts at version 1.

Revision ID: 0008
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("action_item") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("version")
    with op.batch_alter_table("action_item") as batch:
        batch.drop_column("version")
