"""The annual discussion: goals, verdicts on last year's goals and open rows, the kompetenceudviklingsplan, and
the committee's last full APV. Only adds; nothing existing changes.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("committee") as batch:
        batch.add_column(sa.Column("apv_date", sa.Date(), nullable=True))
    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["committee_id"], ["committee.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_goal_committee_id", "goal", ["committee_id"])
    op.create_index("ix_goal_meeting_id", "goal", ["meeting_id"])
    op.create_table(
        "verdict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("action_item_id", sa.Integer(), nullable=True),
        sa.Column("verdict", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("previous_status", sa.String(length=20), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["action_item_id"], ["action_item.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_verdict_meeting_id", "verdict", ["meeting_id"])
    op.create_index("uq_verdict_goal", "verdict", ["meeting_id", "goal_id"], unique=True,
                    sqlite_where=sa.text("goal_id IS NOT NULL"), postgresql_where=sa.text("goal_id IS NOT NULL"))
    op.create_index("uq_verdict_action", "verdict", ["meeting_id", "action_item_id"], unique=True,
                    sqlite_where=sa.text("action_item_id IS NOT NULL"),
                    postgresql_where=sa.text("action_item_id IS NOT NULL"))
    op.create_table(
        "plan_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("who", sa.Text(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("hvornaar", sa.Text(), nullable=False),
        sa.Column("days", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_plan_item_meeting_id", "plan_item", ["meeting_id"])


def downgrade() -> None:
    op.drop_table("plan_item")
    op.drop_table("verdict")
    op.drop_table("goal")
    with op.batch_alter_table("committee") as batch:
        batch.drop_column("apv_date")
