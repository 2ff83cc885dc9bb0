"""Participants on their own phones (issue 30): the links the chairs hand out (each an unguessable code tied to one
meeting and, for forberedelse, one participant, revocable), the ideas sent from the room and the dots of a vote.

Nothing that says who sent an idea or a dot: no device, no address, the day only.

Only adds new tables: the triggers of 0009, 0010 and 0014 stay.

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "phone_link",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("participant_id", sa.Integer(), sa.ForeignKey("participant.id", ondelete="CASCADE"), nullable=True),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_on", sa.Date(), nullable=False),
    )
    op.create_index("ix_phone_link_meeting_id", "phone_link", ["meeting_id"])
    op.create_index("uq_phone_link_code", "phone_link", ["code"], unique=True)
    op.create_table(
        "room_idea",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False),
        sa.Column("step", sa.String(60), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False, server_default="ny"),
        sa.Column("created_on", sa.Date(), nullable=False),
    )
    op.create_index("ix_room_idea_meeting_id", "room_idea", ["meeting_id"])
    op.create_table(
        "room_vote",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False),
        sa.Column("action_item_id", sa.Integer(), sa.ForeignKey("action_item.id", ondelete="CASCADE"), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("dots", sa.Integer(), nullable=False),
    )
    op.create_index("ix_room_vote_meeting_id", "room_vote", ["meeting_id"])
    op.create_index("uq_room_vote_row_round", "room_vote", ["action_item_id", "round"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_room_vote_row_round", "room_vote")
    op.drop_index("ix_room_vote_meeting_id", "room_vote")
    op.drop_table("room_vote")
    op.drop_index("ix_room_idea_meeting_id", "room_idea")
    op.drop_table("room_idea")
    op.drop_index("uq_phone_link_code", "phone_link")
    op.drop_index("ix_phone_link_meeting_id", "phone_link")
    op.drop_table("phone_link")
