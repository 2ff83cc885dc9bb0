"""A version per answer, so an edit made on a text that changed underneath (a returned sheet imported from the
command line, another window) is noticed instead of overwriting it; and the key that signs a forberedelsesark's
hidden identity, so a sheet cannot be made to pass for another participant's. Only adds; every existing answer
starts at version 1.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("answer") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "secret",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    # made by SQLite itself from its own random source, never seen outside this file; a PostgreSQL database
    # (issue 16) gets it from the operating system's
    if op.get_bind().dialect.name == "sqlite":
        op.execute("INSERT INTO secret (name, value) VALUES ('sheet_identity', randomblob(32))")
    else:
        import os

        op.execute(
            sa.text("INSERT INTO secret (name, value) VALUES ('sheet_identity', :key)").bindparams(key=os.urandom(32))
        )


def downgrade() -> None:
    op.drop_table("secret")
    with op.batch_alter_table("answer") as batch:
        batch.drop_column("version")
