"""The workplace's size and the form of a discussion: how many employees the committee's workplace has (under 10
there is no AMO, and the annual discussion is held by the employer with the employees), and how a meeting was
held (møde, video, skriftligt), which the referat names. Only adds; existing committees have no size stated and
existing meetings no form.

Revision ID: 0007
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("committee") as batch:
        batch.add_column(sa.Column("employees", sa.Integer(), nullable=True))
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("form", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("form")
    with op.batch_alter_table("committee") as batch:
        batch.drop_column("employees")
