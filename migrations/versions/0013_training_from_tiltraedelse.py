"""Training as the law counts it (issue 29): the rights run from tiltrædelse, not the election; each member gets
`took_office_on`, taken from the election date and marked `took_office_assumed` until a chair confirms it. Offers of
supplementary training are recorded (what the employer must be able to document), and a written agreement to pool
two later years' days into 3.

Only adds (ALTER TABLE ADD COLUMN, new tables): the triggers of 0009 and 0010 stay.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("member", sa.Column("took_office_on", sa.Date(), nullable=True))
    op.add_column(
        "member", sa.Column("took_office_assumed", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.execute("UPDATE member SET took_office_on = elected_on, took_office_assumed = (elected_on IS NOT NULL)")
    op.create_table(
        "training_offer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("member.id", ondelete="CASCADE"), nullable=False),
        sa.Column("offered_on", sa.Date(), nullable=False),
        sa.Column("days", sa.Float(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("answer", sa.String(20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    )
    op.create_index("ix_training_offer_member_id", "training_offer", ["member_id"])
    op.create_table(
        "training_pooling",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("member.id", ondelete="CASCADE"), nullable=False),
        sa.Column("first_year", sa.Integer(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_index("ix_training_pooling_member_id", "training_pooling", ["member_id"])


def downgrade() -> None:
    op.drop_index("ix_training_pooling_member_id", "training_pooling")
    op.drop_table("training_pooling")
    op.drop_index("ix_training_offer_member_id", "training_offer")
    op.drop_table("training_offer")
    for column in ("took_office_assumed", "took_office_on"):
        op.execute(f"ALTER TABLE member DROP COLUMN {column}")
