"""Point six of the annual discussion as the law says it since 1 February 2024 (arbejdsmiljøloven § 6 d, stk. 3,
as changed by lov nr. 1540 af 12/12/2023): the AMO members' supplerende arbejdsmiljøuddannelse and whether the
necessary sagkundskab is present, no longer "the kompetenceudviklingsplan". The template's step "kompetenceplan"
became "uddannelse" (template version 2); this maps every annual discussion's texts, the step it stands on and
the chairs' order of the points to the new key, word for word. No table or column changes; nothing is dropped.

Revision ID: 0005
Revises: 0004
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen here on purpose: a revision must not change when the app's templates change later.
ANNUAL = "aarlig_arbejdsmiljoedroeftelse"
OLD, NEW = "kompetenceplan", "uddannelse"


def _move(old: str, new: str, version_from: int, version_to: int) -> None:
    conn = op.get_bind()
    annual = sa.text("SELECT id FROM meeting WHERE kind = :kind")
    ids = [row[0] for row in conn.execute(annual, {"kind": ANNUAL})]
    for meeting_id in ids:
        # a group's text and any participant's, each box kept under its key ("tekst" is the training box in both)
        conn.execute(
            sa.text("UPDATE answer SET step = :new WHERE meeting_id = :m AND step = :old"),
            {"new": new, "old": old, "m": meeting_id},
        )
        conn.execute(
            sa.text("UPDATE meeting SET current_step = :new WHERE id = :m AND current_step = :old"),
            {"new": new, "old": old, "m": meeting_id},
        )
        raw = conn.execute(sa.text("SELECT settings FROM meeting WHERE id = :m"), {"m": meeting_id}).scalar()
        try:
            settings = json.loads(raw or "{}")
        except ValueError:
            continue  # settings the app could not read either are left as they are
        changed = False
        if isinstance(settings, dict):
            for name in ("order",):  # the chairs' order of the legal points
                keys = settings.get(name)
                if isinstance(keys, list) and old in keys:
                    settings[name] = [new if k == old else k for k in keys]
                    changed = True
            agenda = settings.get("agenda")
            if isinstance(agenda, dict) and old in agenda:
                agenda[new] = agenda.pop(old)
                changed = True
        if changed:
            conn.execute(
                sa.text("UPDATE meeting SET settings = :s WHERE id = :m"),
                {"s": json.dumps(settings, ensure_ascii=False), "m": meeting_id},
            )
    conn.execute(
        sa.text("UPDATE meeting SET template_version = :to WHERE kind = :kind AND template_version = :frm"),
        {"to": version_to, "frm": version_from, "kind": ANNUAL},
    )


def upgrade() -> None:
    _move(OLD, NEW, 1, 2)


def downgrade() -> None:
    # the sagkundskab box stays stored under the old step (unused there), so no word is lost going down either
    _move(NEW, OLD, 2, 1)
