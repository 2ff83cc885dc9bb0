"""Forberedelsesark out and in: who a sheet belongs to, what importing it would change, and storing it.

A sheet's hidden identity names the meeting and the participant and is signed (HMAC-SHA256) with a key that
only this database holds (table `secret`, revision 0004): whoever fills a sheet can read the identity and change
it, but cannot make one that checks for another participant, so Mette's sheet never imports as Łukasz's.
Sheets made before revision 0004 carry an unsigned identity; a forged one cannot be told from a genuine one, so
they are refused with a message asking for new sheets.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import select

from drøftelse.domain.annual import ANNUAL_KIND, COMPETENCE_KIND
from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.errors import AnswerChanged, DroeftelseError, MeetingClosed
from drøftelse.domain.hearing import return_by
from drøftelse.domain.i18n import translate
from drøftelse.domain.limits import MAX_TEXT, TextTooLong, too_long
from drøftelse.domain.snapshots import SheetSnapshot
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.domain.templates import Template
from drøftelse.store import meetings as store
from drøftelse.store.annual import goals, open_rows, previous_annual
from drøftelse.store.annual_verdicts import evaluation
from drøftelse.store.common import insert_for
from drøftelse.store.database import Database
from drøftelse.store.models import Secret
from drøftelse.store.records import AnswerRecord

IDENTITY_PREFIX = "droeftelse-ark:2"
BOTH_SEPARATOR = "\n\n— fra det returnerede ark —\n"
KEY_NAME = "sheet_identity"
# exactly what sheet_identity writes, ASCII digits only: "²" or 5,000 digits never reach int()
SIGNED_IDENTITY = re.compile(r"droeftelse-ark:2:([0-9a-f]{16}):([1-9][0-9]{0,17}):([0-9a-f]{32})", re.ASCII)
UNSIGNED_IDENTITY = re.compile(r"droeftelse-ark:1:[0-9a-f]{16}:[0-9]{1,18}", re.ASCII)  # before revision 0004
MAX_IDENTITY = 200


def meeting_token(meeting) -> str:
    """Tells this meeting from any other, on this laptop or another, without revealing anything."""
    return hashlib.sha256(f"{meeting.id}|{meeting.created_at.isoformat()}".encode()).hexdigest()[:16]


def sheet_key(db: Database) -> bytes:
    """The database's key for signing sheets (made by revision 0004; made here if someone removed it)."""
    with db.session() as s:
        key = s.scalar(select(Secret.value).where(Secret.name == KEY_NAME))
        if key is None:
            key = secrets.token_bytes(32)
            s.execute(insert_for(s, Secret).values(name=KEY_NAME, value=key).on_conflict_do_nothing())
            s.commit()
            key = s.scalar(select(Secret.value).where(Secret.name == KEY_NAME))
        return key


def _signature(key: bytes, token: str, participant_id: int) -> str:
    return hmac.new(key, f"{token}:{participant_id}".encode(), hashlib.sha256).hexdigest()[:32]


def sheet_identity(meeting, participant_id: int, key: bytes) -> str:
    token = meeting_token(meeting)
    return f"{IDENTITY_PREFIX}:{token}:{participant_id}:{_signature(key, token, participant_id)}"


def not_verified(file_name: str) -> DroeftelseError:
    return DroeftelseError(
        translate(
            "sheets",
            "{0}: arket kan ikke bekræftes som et forberedelsesark fra dette møde – det skjulte mærke, der "
            "siger, hvem arket tilhører, er ændret eller ikke lavet af Drøftelse. Bed deltageren udfylde det ark, "
            "formandskabet sendte. Intet er indlæst.",
        ).format(file_name)
    )


def verified_participant(db: Database, meeting, identity: str, file_name: str) -> int:
    """The participant a returned sheet was made for, once its identity checks; refused in Danish otherwise."""
    identity = identity.strip() if len(identity) <= MAX_IDENTITY else ""
    if UNSIGNED_IDENTITY.fullmatch(identity):
        raise DroeftelseError(
            translate(
                "sheets",
                "{0}: arket er lavet af en ældre udgave af Drøftelse, hvis ark ikke kan bekræftes. Lav nye "
                "forberedelsesark på trinnet Forberedelse og send dem ud igen (teksten på dette ark kan også skrives "
                "ind i hånden). Intet er indlæst.",
            ).format(file_name)
        )
    match = SIGNED_IDENTITY.fullmatch(identity)
    if match is None:
        raise not_verified(file_name)
    token, participant, signature = match.groups()
    if token != meeting_token(meeting):
        raise DroeftelseError(
            translate("sheets", "{0}: arket hører til et andet møde end »{1}«. Intet er indlæst.").format(
                file_name, meeting.title
            )
        )
    participant_id = int(participant)
    if not hmac.compare_digest(signature, _signature(sheet_key(db), token, participant_id)):
        raise not_verified(file_name)
    return participant_id


def preparation_step(template: Template):
    steps = template.steps_of_kind("preparation")
    if not steps:
        raise DroeftelseError(translate("sheets", "{0} har ingen forberedelsesark.").format(template.name))
    return steps[0]


def annual_context(db: Database, meeting_id: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """What a member judges before the annual discussion: last year's goals and the handleplan's open rows."""
    ev = evaluation(db, meeting_id)
    groups = []
    if ev.goals:
        groups.append((translate("sheets", "Sidste års mål"), tuple(g.text for g in ev.goals if g.text.strip())))
    if ev.rows:
        rows = []
        for r in ev.rows:
            extra = ", ".join(
                x
                for x in (
                    r.hvem and translate("sheets", "hvem: {0}").format(r.hvem),
                    r.hvornaar and translate("sheets", "hvornår: {0}").format(r.hvornaar),
                )
                if x
            )
            rows.append(f"{r.text} ({extra})" if extra else r.text)
        groups.append((translate("sheets", "Åbne rækker i handleplanen"), tuple(rows)))
    return tuple((heading, items) for heading, items in groups if items)


def competence_context(db: Database, meeting_id: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """What to look in before the kompetencedrøftelse (seed 004: the APV-handleplan and the årlige drøftelse): the
    goals set at the last annual discussion, and the committee's handleplan rows still open."""
    prev = previous_annual(db, meeting_id)
    m = store.get_meeting(db, meeting_id)
    groups = []
    if prev is not None:
        texts = tuple(g.text for g in goals(db, prev.id) if g.text.strip())
        heading = translate("sheets", "Målene fra den årlige drøftelse {0}").format(short_date(prev.date))
        groups.append((heading, texts))
    rows = []
    for r in open_rows(db, m.committee_id, meeting_id):
        extra = ", ".join(
            x
            for x in (
                r.hvem and translate("sheets", "hvem: {0}").format(r.hvem),
                r.hvornaar and translate("sheets", "hvornår: {0}").format(r.hvornaar),
            )
            if x
        )
        first = (r.hvad.strip().splitlines() or [""])[0]
        rows.append(f"{first} ({extra})" if extra else first)
    groups.append((translate("sheets", "Åbne rækker i handleplanen"), tuple(rows)))
    return tuple((heading, items) for heading, items in groups if items)


def sheet_snapshots(db: Database, meeting_id: int, templates: TemplateLibrary) -> list[SheetSnapshot]:
    """One sheet per participant, with what they have already written in the app, then a blank one for paper."""
    m = store.get_meeting(db, meeting_id)
    template = templates.get(m.kind)
    step = preparation_step(template)
    committee = store.committee_name(db, m.committee_id)
    if m.kind == ANNUAL_KIND:
        context = annual_context(db, meeting_id)
    elif m.kind == COMPETENCE_KIND:
        context = competence_context(db, meeting_id)
    else:
        context = ()
    base = dict(
        committee=committee,
        meeting_title=m.title,
        meeting_date=m.date,
        place=m.place,
        material_title=template.title,
        instruction=step.instruction,
        prompt_groups=context + tuple((g.heading, g.items) for g in step.prompt_groups),
        boxes=tuple((b.key, b.label) for b in step.boxes),
        return_by=return_by(m.date),
        example=m.example,
    )
    key = sheet_key(db)
    texts = store.answers(db, meeting_id)
    sheets = [
        SheetSnapshot(
            **base,
            participant=p.name,
            identity=sheet_identity(m, p.id, key),
            prefill=tuple((b.key, texts.get((p.id, step.key, b.key), "")) for b in step.boxes),
        )
        for p in store.participants(db, meeting_id)
    ]
    return sheets + [SheetSnapshot(**base)]


@dataclass(frozen=True)
class BoxChange:
    box: str
    label: str
    current: str
    new: str
    version: int = 0  # of the current text when the import was planned; storing checks it is still that

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


def refuse_closed(meeting) -> None:
    """A closed meeting's texts are its record (the referat): a returned sheet is not read into it."""
    if meeting.closed_at is not None:
        raise MeetingClosed(
            meeting.title,
            meeting.closed_at,
            f"Mødet »{meeting.title}« er afsluttet, så der kan ikke indlæses ark i det. Genåbn mødet først, hvis "
            "arkets tekst skal med. Intet er indlæst.",
        )


def plan_import(
    db: Database, meeting_id: int, templates: TemplateLibrary, identity: str, texts: dict[str, str], file_name: str
) -> SheetImport:
    """What importing a returned sheet would do; refuses a closed meeting, a sheet of another meeting or a removed
    participant."""
    m = store.get_meeting(db, meeting_id)
    refuse_closed(m)
    participant_id = verified_participant(db, m, identity, file_name)
    people = {p.id: p for p in store.participants(db, meeting_id)}
    participant = people.get(participant_id)
    if participant is None:
        raise DroeftelseError(
            translate(
                "sheets", "{0}: deltageren, arket blev lavet til, er ikke længere med i mødet. Intet er indlæst."
            ).format(file_name)
        )
    step = preparation_step(templates.get(m.kind))
    stored = store.stored_answers(db, meeting_id)
    changes = []
    for b in step.boxes:
        now = stored.get((participant.id, step.key, b.key), AnswerRecord("", 0))
        changes.append(BoxChange(b.key, b.label, now.text, texts.get(b.key, ""), now.version))
    for c in changes:  # refused before the preview, not halfway through storing
        if len(c.new) > MAX_TEXT:
            raise TextTooLong(
                translate("sheets", "{0}: {1}. Intet er indlæst.").format(
                    file_name, too_long(translate("sheets", "Teksten i »{0}«").format(c.label), len(c.new), MAX_TEXT)
                )
            )
    return SheetImport(participant.id, participant.name, tuple(changes))


def apply_import(
    db: Database, meeting_id: int, templates: TemplateLibrary, plan: SheetImport, choices: dict[str, str] | None = None
) -> int:
    """Store a planned import. A conflict is settled by `choices[box]`: "behold" (the default: nothing is
    overwritten silently), "erstat" or "begge". A box changed since the import was planned (typed in a window
    meanwhile) is not overwritten: the import is refused in Danish, and so is a meeting closed since the import was
    planned. Returns how many boxes changed."""
    m = store.get_meeting(db, meeting_id)
    refuse_closed(m)
    step = preparation_step(templates.get(m.kind))
    changed = 0
    for c in plan.changes:
        choice = (choices or {}).get(c.box, "behold")
        if c.state == "ny" or (c.state == "konflikt" and choice == "erstat"):
            text = c.new
        elif c.state == "konflikt" and choice == "begge":
            text = c.current.rstrip() + BOTH_SEPARATOR + c.new
        else:
            continue
        try:
            store.set_answer(
                db,
                meeting_id,
                plan.participant_id,
                step.key,
                c.box,
                text,
                source="imported",
                expected_version=c.version,
            )
        except AnswerChanged:
            raise DroeftelseError(
                translate(
                    "sheets",
                    "{0}: »{1}« er ændret, efter at arket blev læst ind (der er skrevet i det "
                    "imens). Intet er indlæst; indlæs arket igen for at se, hvad der står nu.",
                ).format(plan.participant, c.label)
            ) from None
        changed += 1
    return changed
