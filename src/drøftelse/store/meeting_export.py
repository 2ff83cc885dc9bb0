"""One meeting as the meeting file holds it (docs/exchange.md), read with plain SQL in one read transaction.

`droeftelse export` is a few queries; reading them through the ORM cost the import of SQLAlchemy, its PostgreSQL
dialect and the models, three quarters of the command's time (benchmarks/cli_commands.py). The connection is the
one store/listing.py reads with: sqlite3 for a file, psycopg for a server."""

from __future__ import annotations

import json
from typing import Any

from drøftelse.domain.actions import TEXT_FIELDS
from drøftelse.domain.apv import ASSESSMENT_FIELDS
from drøftelse.domain.errors import MeetingNotFound
from drøftelse.domain.meeting_file_version import FORMAT, VERSION
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.store.database import Database

_MEETING = (
    "SELECT m.kind, m.template_version, m.title, m.date, m.place, m.forum, m.form, m.current_step, m.closed_at, "
    "m.settings, c.name, c.employees, m.example FROM meeting m JOIN committee c ON c.id = m.committee_id WHERE m.id = ?"
)
_PARTICIPANTS = (
    "SELECT id, name, role, formandskab, note_taker, present, spoken_seconds, position FROM participant "
    "WHERE meeting_id = ? ORDER BY position, id"
)
_ANSWERS = "SELECT participant_id, step, box, text, source FROM answer WHERE meeting_id = ?"
_ACTION_ITEMS = (
    f"SELECT {', '.join(TEXT_FIELDS)}, status, priority, result, {', '.join(ASSESSMENT_FIELDS)} FROM action_item "
    "WHERE meeting_id = ? "
    "ORDER BY position, id"
)


def export_meeting(db: Database, meeting_id: int, templates: TemplateLibrary) -> dict[str, Any]:
    m, people, texts, rows = _read(db, meeting_id)
    kind, template_version, title, date, place, forum, form, step, closed_at, settings, committee, employees = m[:12]
    example = bool(m[12])
    template = templates.get(kind)
    keys = {p[0]: f"p{i + 1}" for i, p in enumerate(people)}
    position = {p[0]: p[7] for p in people}
    step_order = {st.key: i for i, st in enumerate(template.steps)}
    ordered = sorted(texts, key=lambda a: (position.get(a[0], -1), step_order.get(a[1], 99), a[1], a[2]))
    return {
        "format": FORMAT,
        "version": VERSION,
        "committee": {"name": committee} | ({"employees": employees} if employees is not None else {}),
        "meeting": {
            "kind": kind,
            "template_version": template_version,
            "title": title,
            "date": str(date)[:10],
            "place": place,
            "forum": forum,
            **({"form": form} if form else {}),
            "step": step,
            "closed": closed_at is not None,
            "settings": _exported_settings(settings),
            **({"example": True} if example else {}),  # a meeting of the committee's own: the file as before
        },
        "participants": [
            {
                "key": keys[pid],
                "name": name,
                "role": role,
                "formandskab": bool(formandskab),
                "note_taker": bool(note_taker),
                "present": bool(present),
                "spoken_seconds": spoken,
            }
            for pid, name, role, formandskab, note_taker, present, spoken, _ in people
        ],
        "answers": [
            {"participant": keys.get(pid), "step": s, "box": box, "text": text, "source": source}
            for pid, s, box, text, source in ordered
        ],
        "action_items": [_action_item(row) for row in rows],
    }


def _read(db: Database, meeting_id: int) -> tuple:
    """The meeting's row, its participants, texts and handleplan rows, in one read transaction; MeetingNotFound."""
    conn = db.connect()
    try:
        conn.execute("BEGIN")  # one snapshot: another window's edit lands wholly before or after
        m = conn.execute(_MEETING, (meeting_id,)).fetchone()
        if m is None:
            raise MeetingNotFound(meeting_id, where_to_look=True)
        people = conn.execute(_PARTICIPANTS, (meeting_id,)).fetchall()
        texts = conn.execute(_ANSWERS, (meeting_id,)).fetchall()
        rows = conn.execute(_ACTION_ITEMS, (meeting_id,)).fetchall()
        conn.execute("COMMIT")
    finally:
        conn.close()
    return m, people, texts, rows


def _action_item(row) -> dict[str, Any]:
    fields = len(TEXT_FIELDS)
    return {
        **dict(zip(TEXT_FIELDS, row[:fields], strict=True)),
        "status": row[fields],
        "priority": row[fields + 1],
        "result": row[fields + 2],
        **{k: v for k, v in zip(ASSESSMENT_FIELDS, row[fields + 3 :], strict=True) if v},
    }


def _exported_settings(settings: str | None) -> dict:
    # the returned høringsark do not travel with the file, nor does their count of sheets handed out: another
    # database's referat would say none came back, and its key could not check the codes
    out = json.loads(settings or "{}")
    out.pop("hearing_sheets_out", None)
    return out
