"""Storing a meeting file's meeting (docs/exchange.md) with plain SQL in one transaction, as store/meeting_export.py
reads it: the file is read and checked whole first (domain/meeting_file_import.py), so a file with a fault changes
nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from drøftelse.domain.actions import TEXT_FIELDS
from drøftelse.domain.apv import ASSESSMENT_FIELDS
from drøftelse.domain.deadlines import derived_dates
from drøftelse.domain.meeting_file import MeetingFile
from drøftelse.domain.meeting_file_import import read_meeting_file, validate
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.store.database import Database
from drøftelse.store.meeting_export import export_meeting

__all__ = ["export_meeting", "import_meeting", "import_meeting_file", "read_meeting_file", "validate"]


def import_meeting(db: Database, data: Any, templates: TemplateLibrary) -> int:
    """Store a validated meeting file as a new meeting; returns its id. All or nothing: in one transaction, the
    caller's when it holds one (the demo), else its own. Plain SQL, as the export reads: the command's time was
    mostly SQLAlchemy's import (benchmarks/cli_commands.py)."""
    checked = validate(data, templates)
    m = checked.meeting
    template = templates.get(m.kind)
    date = dt.date.fromisoformat(m.date)
    now = db.stored_time(dt.datetime.now(dt.UTC).replace(tzinfo=None))  # as the models' utcnow
    with db.write_connection() as conn:
        committee_id = _committee(conn, checked, now)
        meeting_id = _insert(
            conn,
            "meeting",
            committee_id=committee_id,
            kind=template.key,
            template_version=m.template_version or template.version,
            title=m.title,
            date=db.stored_date(date),
            place=m.place,
            forum=m.forum,
            form=m.form,
            current_step=m.step or template.steps[0].key,
            created_at=now,
            updated_at=now,
            closed_at=None,  # closed after its rows are in: the database refuses rows of a closed meeting
            settings=json.dumps(m.settings.model_dump(exclude_none=True), ensure_ascii=False),
            version=1,
            example=m.example,
        )
        _participants_and_answers(conn, checked, meeting_id, now)
        _action_items(db, conn, checked, committee_id, meeting_id, date, now)
        if m.closed:
            conn.execute(
                "UPDATE meeting SET closed_at = ? WHERE id = ?", (db.stored_time(dt.datetime.now()), meeting_id)
            )
    return meeting_id


def _committee(conn, checked: MeetingFile, now) -> int:
    """The committee the file names, made when there is none of that name."""
    name, employees = checked.committee.name, checked.committee.employees
    found = conn.execute("SELECT id, employees FROM committee WHERE name = ? ORDER BY id LIMIT 1", (name,))
    committee = found.fetchone()
    if committee is None:
        return _insert(conn, "committee", name=name, employees=employees, created_at=now)
    if committee[1] is None and employees is not None:  # a size stated here is kept; the file's fills in
        conn.execute("UPDATE committee SET employees = ? WHERE id = ?", (employees, committee[0]))
    return committee[0]


def _participants_and_answers(conn, checked: MeetingFile, meeting_id: int, now) -> None:
    ids: dict[str, int] = {}
    for pos, p in enumerate(checked.participants):
        ids[p.key] = _insert(
            conn,
            "participant",
            meeting_id=meeting_id,
            name=p.name,
            role=p.role,
            formandskab=p.formandskab,
            note_taker=p.note_taker,
            present=p.present,
            position=pos,
            spoken_seconds=p.spoken_seconds,
        )
    for a in checked.answers:
        _insert(
            conn,
            "answer",
            meeting_id=meeting_id,
            participant_id=ids[a.participant] if a.participant is not None else None,
            step=a.step,
            box=a.box,
            text=a.text,
            source=a.source,
            updated_at=now,
            version=1,
        )


def _action_items(db: Database, conn, checked: MeetingFile, committee_id: int, meeting_id: int, date, now) -> None:
    for pos, item in enumerate(checked.action_items):
        values = {f: getattr(item, f) for f in TEXT_FIELDS}
        dates = {k: db.stored_date(v) if v else None for k, v in derived_dates(values, date).items()}
        _insert(
            conn,
            "action_item",
            committee_id=committee_id,
            meeting_id=meeting_id,
            position=pos,
            **values,
            **dates,
            status=item.status,
            priority=item.priority,
            result=item.result,
            **{f: getattr(item, f) for f in ASSESSMENT_FIELDS},
            created_at=now,
            updated_at=now,
            version=1,
        )


def _insert(conn, table: str, **values) -> int:
    """One row in; its new id."""
    columns = ", ".join(values)
    marks = ", ".join("?" * len(values))
    return conn.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING id", tuple(values.values())
    ).fetchone()[0]


def import_meeting_file(db: Database, path: Path, templates: TemplateLibrary) -> int:
    return import_meeting(db, read_meeting_file(path), templates)
