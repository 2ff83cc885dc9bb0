"""The versioned JSON exchange format for one meeting (docs/exchange.md describes it).

Import checks the whole file before anything is stored and then stores it in one transaction, so a file with a
fault changes nothing; the message names the place in the file, e.g. `action_items[3].hvem: mangler`.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from drøftelse.domain.actions import TEXT_FIELDS, Priority, Status
from drøftelse.domain.errors import ExchangeError
from drøftelse.domain.os_errors import describe_os_error
from drøftelse.domain.shape import Key, ShapeError, check
from drøftelse.domain.templates import TemplateLibrary
from drøftelse.store.common import derived_dates
from drøftelse.store.database import Database
from drøftelse.store.meetings import check_template_version, get_meeting
from drøftelse.store.models import ActionItem, Answer, Committee, Meeting, Participant

FORMAT = "droeftelse.meeting"
VERSION = 1
MAX_BYTES = 50 * 1024 * 1024

_PARTICIPANT = {
    "key": Key(str),
    "name": Key(str),
    "role": Key(str, required=False),
    "formandskab": Key(bool, required=False),
    "note_taker": Key(bool, required=False),
    "present": Key(bool, required=False),
    "spoken_seconds": Key(int, required=False, nullable=True),
}
_ANSWER = {
    "participant": Key(str, nullable=True),
    "step": Key(str),
    "box": Key(str),
    "text": Key(str),
    "source": Key(str, required=False, choices=("typed", "imported")),
}
_ACTION = {
    **{f: Key(str) for f in TEXT_FIELDS},
    "status": Key(str, required=False, choices=tuple(s.value for s in Status)),
    "priority": Key(int, required=False, nullable=True, choices=tuple(int(p) for p in Priority)),
    "result": Key(str, required=False),
}
_FILE = {
    "format": Key(str),
    "version": Key(int),
    "committee": Key(dict, fields={"name": Key(str)}),
    "meeting": Key(
        dict,
        fields={
            "kind": Key(str),
            "template_version": Key(int, required=False),
            "title": Key(str),
            "date": Key(str),
            "place": Key(str, required=False),
            "forum": Key(str, required=False),
            "step": Key(str, required=False),
            "closed": Key(bool, required=False),
            "settings": Key(dict, required=False),
        },
    ),
    "participants": Key(list, fields=_PARTICIPANT),
    "answers": Key(list, required=False, fields=_ANSWER),
    "action_items": Key(list, fields=_ACTION),
}


def export_meeting(db: Database, meeting_id: int, templates: TemplateLibrary) -> dict[str, Any]:
    get_meeting(db, meeting_id)
    with db.session() as s:
        m = s.get(Meeting, meeting_id)
        template = templates.get(m.kind)
        keys = {p.id: f"p{i + 1}" for i, p in enumerate(m.participants)}
        step_order = {st.key: i for i, st in enumerate(template.steps)}
        position = {p.id: p.position for p in m.participants}
        ordered = sorted(
            m.answers,
            key=lambda a: (position.get(a.participant_id, -1), step_order.get(a.step, 99), a.step, a.box),
        )
        return {
            "format": FORMAT,
            "version": VERSION,
            "committee": {"name": m.committee.name},
            "meeting": {
                "kind": m.kind,
                "template_version": m.template_version,
                "title": m.title,
                "date": m.date.isoformat(),
                "place": m.place,
                "forum": m.forum,
                "step": m.current_step,
                "closed": m.closed_at is not None,
                "settings": json.loads(m.settings or "{}"),
            },
            "participants": [
                {
                    "key": keys[p.id],
                    "name": p.name,
                    "role": p.role,
                    "formandskab": p.formandskab,
                    "note_taker": p.note_taker,
                    "present": p.present,
                    "spoken_seconds": p.spoken_seconds,
                }
                for p in m.participants
            ],
            "answers": [
                {
                    "participant": keys.get(a.participant_id),
                    "step": a.step,
                    "box": a.box,
                    "text": a.text,
                    "source": a.source,
                }
                for a in ordered
            ],
            "action_items": [
                {
                    **{f: getattr(i, f) for f in TEXT_FIELDS},
                    "status": i.status,
                    "priority": i.priority,
                    "result": i.result,
                }
                for i in m.action_items
            ],
        }


def read_meeting_file(path: Path) -> dict[str, Any]:
    """Read and parse a meeting file; refuse what is not one, in Danish."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ExchangeError(f"{path.name} er for stor til at være en mødefil ({size // 1_000_000} MB).")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError(f"Filen {path} findes ikke.") from None
    except IsADirectoryError:
        raise ExchangeError(f"{path} er en mappe, ikke en mødefil.") from None
    except OSError as e:
        raise ExchangeError(f"Filen {path} kan ikke læses: {describe_os_error(e)}.") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ExchangeError(f"{path.name} er ikke en mødefil fra Drøftelse (ikke UTF-8-tekst).") from None
    except json.JSONDecodeError as e:
        raise ExchangeError(
            f"{path.name} er ikke en gyldig mødefil: JSON-fejl i linje {e.lineno}, kolonne {e.colno}."
        ) from None
    return data


def validate(data: Any, templates: TemplateLibrary) -> None:
    """Raise ExchangeError naming the first fault's place in the file."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExchangeError(f"Filen er ikke en mødefil fra Drøftelse (format skal være {FORMAT!r}).")
    version = data.get("version")
    if version != VERSION:
        raise ExchangeError(
            f"version: mødefilens version {version!r} kendes ikke; dette program læser version {VERSION}. "
            "Er filen lavet af en nyere Drøftelse?"
        )
    try:
        check(data, _FILE)
    except ShapeError as e:
        raise ExchangeError(f"Mødefilen har en fejl: {e}") from None

    def fault(path: str, problem: str) -> ExchangeError:
        return ExchangeError(f"Mødefilen har en fejl: {path}: {problem}")

    meeting = data["meeting"]
    if meeting["kind"] not in templates.kinds():
        raise fault(
            "meeting.kind", f"mødetypen {meeting['kind']!r} kendes ikke (kendte: {', '.join(templates.kinds())})"
        )
    template = templates.get(meeting["kind"])
    try:
        check_template_version(template, meeting.get("template_version", template.version))
    except Exception as e:
        raise fault("meeting.template_version", str(e)) from None
    try:
        dt.date.fromisoformat(meeting["date"])
    except ValueError:
        raise fault("meeting.date", f"{meeting['date']!r} er ikke en dato på formen ÅÅÅÅ-MM-DD") from None
    if "step" in meeting and meeting["step"] and template.step(meeting["step"]) is None:
        raise fault("meeting.step", f"trinnet {meeting['step']!r} findes ikke i skabelonen")
    keys: set[str] = set()
    for i, p in enumerate(data["participants"]):
        if p["key"] in keys:
            raise fault(f"participants[{i}].key", f"{p['key']!r} bruges af to deltagere")
        keys.add(p["key"])
    seen: set[tuple] = set()
    for i, a in enumerate(data.get("answers", [])):
        if a["participant"] is not None and a["participant"] not in keys:
            raise fault(f"answers[{i}].participant", f"{a['participant']!r} er ikke en af deltagerne")
        if template.step(a["step"]) is None:
            raise fault(f"answers[{i}].step", f"trinnet {a['step']!r} findes ikke i skabelonen {template.name}")
        if not template.has_box(a["step"], a["box"]):
            raise fault(f"answers[{i}].box", f"feltet {a['box']!r} findes ikke i trinnet {a['step']!r}")
        ident = (a["participant"], a["step"], a["box"])
        if ident in seen:
            raise fault(f"answers[{i}]", "samme felt står to gange for samme deltager")
        seen.add(ident)


def import_meeting(db: Database, data: Any, templates: TemplateLibrary) -> int:
    """Store a validated meeting file as a new meeting; returns its id. All or nothing."""
    validate(data, templates)
    m = data["meeting"]
    template = templates.get(m["kind"])
    date = dt.date.fromisoformat(m["date"])
    with db.session() as s:
        name = data["committee"]["name"]
        committee = s.scalar(select(Committee).where(Committee.name == name).order_by(Committee.id).limit(1))
        if committee is None:
            committee = Committee(name=name)
            s.add(committee)
            s.flush()
        meeting = Meeting(
            committee_id=committee.id,
            kind=template.key,
            template_version=m.get("template_version", template.version),
            title=m["title"],
            date=date,
            place=m.get("place", ""),
            forum=m.get("forum", ""),
            current_step=m.get("step") or template.steps[0].key,
            closed_at=dt.datetime.now() if m.get("closed") else None,
            settings=json.dumps(m.get("settings", {}), ensure_ascii=False),
        )
        s.add(meeting)
        s.flush()
        ids: dict[str, int] = {}
        for pos, p in enumerate(data["participants"]):
            row = Participant(
                meeting_id=meeting.id,
                name=p["name"],
                role=p.get("role", ""),
                formandskab=p.get("formandskab", False),
                note_taker=p.get("note_taker", False),
                present=p.get("present", True),
                position=pos,
                spoken_seconds=p.get("spoken_seconds"),
            )
            s.add(row)
            s.flush()
            ids[p["key"]] = row.id
        for a in data.get("answers", []):
            s.add(
                Answer(
                    meeting_id=meeting.id,
                    participant_id=ids.get(a["participant"]) if a["participant"] else None,
                    step=a["step"],
                    box=a["box"],
                    text=a["text"],
                    source=a.get("source", "typed"),
                )
            )
        for pos, item in enumerate(data["action_items"]):
            values = {f: item[f] for f in TEXT_FIELDS}
            s.add(
                ActionItem(
                    committee_id=committee.id,
                    meeting_id=meeting.id,
                    position=pos,
                    **values,
                    **derived_dates(values, date),
                    status=item.get("status", Status.AABEN.value),
                    priority=item.get("priority"),
                    result=item.get("result", ""),
                )
            )
        s.commit()
        return meeting.id


def import_meeting_file(db: Database, path: Path, templates: TemplateLibrary) -> int:
    return import_meeting(db, read_meeting_file(path), templates)
