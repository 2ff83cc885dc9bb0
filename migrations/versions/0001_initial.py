"""Initial schema: committees, members, training, meetings, participants, answers, action items.

Shipped: never edit this file; a change to the schema is the next revision.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 03:11:04.799538
"""

from alembic import op
import sqlalchemy as sa

APPLICATION_ID = 0x44524654  # "DRFT", as store/schema.py; written out so this shipped file never changes


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Marks the file as ours, so a foreign SQLite file is told apart from a Drøftelse database. (Issue 16: only a
    # SQLite file has the mark; a PostgreSQL database needs the same indexes as partial ones too. Nothing a SQLite
    # file gets has changed.)
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    op.create_table('committee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('forum', sa.Text(), nullable=False),
    sa.Column('current_step', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_committee_id'), ['committee_id'], unique=False)
    op.create_table('member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('role', sa.Text(), nullable=False),
    sa.Column('elected_on', sa.Date(), nullable=True),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('formandskab', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_committee_id'), ['committee_id'], unique=False)
    op.create_table('action_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('hvad', sa.Text(), nullable=False),
    sa.Column('hvorfor', sa.Text(), nullable=False),
    sa.Column('hvordan', sa.Text(), nullable=False),
    sa.Column('hvornaar', sa.Text(), nullable=False),
    sa.Column('hvornaar_dato', sa.Date(), nullable=True),
    sa.Column('hvem', sa.Text(), nullable=False),
    sa.Column('opfoelgning', sa.Text(), nullable=False),
    sa.Column('opfoelgning_dato', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=True),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_committee_id'), ['committee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_meeting_id'), ['meeting_id'], unique=False)
    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('role', sa.Text(), nullable=False),
    sa.Column('formandskab', sa.Boolean(), nullable=False),
    sa.Column('note_taker', sa.Boolean(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('spoken_seconds', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_meeting_id'), ['meeting_id'], unique=False)
    op.create_table('training',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('taken_on', sa.Date(), nullable=True),
    sa.Column('days', sa.Float(), nullable=False),
    sa.Column('planned', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_member_id'), ['member_id'], unique=False)
    op.create_table('answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=True),
    sa.Column('step', sa.String(length=60), nullable=False),
    sa.Column('box', sa.String(length=60), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.create_index('uq_answer_group', ['meeting_id', 'step', 'box'], unique=True, sqlite_where=sa.text('participant_id IS NULL'), postgresql_where=sa.text('participant_id IS NULL'))
        batch_op.create_index('uq_answer_participant', ['meeting_id', 'participant_id', 'step', 'box'], unique=True, sqlite_where=sa.text('participant_id IS NOT NULL'), postgresql_where=sa.text('participant_id IS NOT NULL'))



def downgrade() -> None:
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.drop_index('uq_answer_participant', sqlite_where=sa.text('participant_id IS NOT NULL'))
        batch_op.drop_index('uq_answer_group', sqlite_where=sa.text('participant_id IS NULL'))
    op.drop_table('answer')
    with op.batch_alter_table('training', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_member_id'))
    op.drop_table('training')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_meeting_id'))
    op.drop_table('participant')
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_item_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_action_item_committee_id'))
    op.drop_table('action_item')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_committee_id'))
    op.drop_table('member')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_committee_id'))
    op.drop_table('meeting')
    op.drop_table('committee')
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA application_id = 0")
