"""Forberedelsesark out and in: who a sheet belongs to, what importing it would change, and storing it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.limits import MAX_TEXT, TextTooLong, too_long
from drøftelse.domain.snapshots import SheetSnapshot
from drøftelse.domain.templates import Template, TemplateLibrary
from drøftelse.store import meetings as store
from drøftelse.store.database import Database
from drøftelse.store.models import Answer

IDENTITY_PREFIX = "droeftelse-ark:1"
BOTH_SEPARATOR = "\n\n— fra det returnerede ark —\n"


def meeting_token(meeting) -> str:
    """Tells this meeting from any other, on this laptop or another, without revealing anything."""
    return hashlib.sha256(f"{meeting.id}|{meeting.created_at.isoformat()}".encode()).hexdigest()[:16]


def sheet_identity(meeting, participant_id: int) -> str:
    return f"{IDENTITY_PREFIX}:{meeting_token(meeting)}:{participant_id}"


def preparation_step(template: Template):
    steps = template.steps_of_kind("preparation")
    if not steps:
        raise DroeftelseError(f"{template.name} har ingen forberedelsesark.")
    return steps[0]


def sheet_snapshots(db: Database, meeting_id: int, templates: TemplateLibrary) -> list[SheetSnapshot]:
    """One sheet per participant, then a blank one for paper."""
    m = store.get_meeting(db, meeting_id)
    template = templates.get(m.kind)
    step = preparation_step(template)
    committee = store.committee_name(db, m.committee_id)
    base = dict(
        committee=committee,
        meeting_title=m.title,
        meeting_date=m.date,
        place=m.place,
        material_title=template.title,
        instruction=step.instruction,
        prompt_groups=tuple((g.heading, g.items) for g in step.prompt_groups),
        boxes=tuple((b.key, b.label) for b in step.boxes),
    )
    sheets = [
        SheetSnapshot(**base, participant=p.name, identity=sheet_identity(m, p.id))
        for p in store.participants(db, meeting_id)
    ]
    return sheets + [SheetSnapshot(**base)]


@dataclass(frozen=True)
class BoxChange:
    box: str
    label: str
    current: str
    new: str

    @property
    def state(self) -> str:
        """ "tom" (nothing returned), "samme" (already there), "ny" (box empty now), "konflikt" (both have text)."""
        if not self.new.strip():
            return "tom"
        if self.new == self.current or self.new in self.current:
            return "samme"
        return "ny" if not self.current.strip() else "konflikt"


@dataclass(frozen=True)
class SheetImport:
    participant_id: int
    participant: str
    changes: tuple[BoxChange, ...]

    @property
    def conflicts(self) -> list[BoxChange]:
        return [c for c in self.changes if c.state == "konflikt"]

    @property
    def anything_new(self) -> bool:
        return any(c.state in ("ny", "konflikt") for c in self.changes)


def plan_import(
    db: Database, meeting_id: int, templates: TemplateLibrary, identity: str, texts: dict[str, str], file_name: str
) -> SheetImport:
    """What importing a returned sheet would do; refuses a sheet of another meeting or a removed participant."""
    m = store.get_meeting(db, meeting_id)
    parts = identity.split(":")
    if len(parts) != 4 or ":".join(parts[:2]) != IDENTITY_PREFIX or not parts[3].isdigit():
        raise DroeftelseError(f"{file_name}: arket er ikke et forberedelsesark fra Drøftelse.")
    if parts[2] != meeting_token(m):
        raise DroeftelseError(f"{file_name}: arket hører til et andet møde end »{m.title}«. Intet er indlæst.")
    people = {p.id: p for p in store.participants(db, meeting_id)}
    participant = people.get(int(parts[3]))
    if participant is None:
        raise DroeftelseError(
            f"{file_name}: deltageren, arket blev lavet til, er ikke længere med i mødet. Intet er indlæst."
        )
    step = preparation_step(templates.get(m.kind))
    current = store.answers(db, meeting_id)
    changes = tuple(
        BoxChange(b.key, b.label, current.get((participant.id, step.key, b.key), ""), texts.get(b.key, ""))
        for b in step.boxes
    )
    for c in changes:  # refused before the preview, not halfway through storing
        if len(c.new) > MAX_TEXT:
            raise TextTooLong(
                f"{file_name}: {too_long(f'Teksten i »{c.label}«', len(c.new), MAX_TEXT)}. Intet er indlæst."
            )
    return SheetImport(participant.id, participant.name, changes)


def apply_import(
    db: Database, meeting_id: int, templates: TemplateLibrary, plan: SheetImport, choices: dict[str, str] | None = None
) -> int:
    """Store a planned import. A conflict is settled by `choices[box]`: "behold" (the default: nothing is
    overwritten silently), "erstat" or "begge". Returns how many boxes changed."""
    step = preparation_step(templates.get(store.get_meeting(db, meeting_id).kind))
    changed = 0
    for c in plan.changes:
        choice = (choices or {}).get(c.box, "behold")
        if c.state == "ny" or (c.state == "konflikt" and choice == "erstat"):
            text = c.new
        elif c.state == "konflikt" and choice == "begge":
            text = c.current.rstrip() + BOTH_SEPARATOR + c.new
        else:
            continue
        store.set_answer(db, meeting_id, plan.participant_id, step.key, c.box, text, source="imported")
        changed += 1
    return changed


def imported_participants(db: Database, meeting_id: int, step_key: str) -> set[int]:
    """Participants with text imported from a returned sheet in `step_key`."""
    with db.session() as s:
        return set(
            s.scalars(
                select(Answer.participant_id).where(
                    Answer.meeting_id == meeting_id, Answer.step == step_key, Answer.source == "imported"
                )
            )
        )
