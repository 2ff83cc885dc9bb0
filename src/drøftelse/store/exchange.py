"""The versioned JSON exchange format for one meeting (docs/exchange.md describes it).

Import checks the whole file before anything is stored and then stores it in one transaction, so a file with a
fault changes nothing; the message names the place in the file, e.g. `action_items[3].hvem: mangler`.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from drøftelse.domain import meeting_file
from drøftelse.domain.actions import TEXT_FIELDS
from drøftelse.domain.annual import RENAMED_STEPS
from drøftelse.domain.apv import ASSESSMENT_FIELDS
from drøftelse.domain.deadlines import derived_dates
from drøftelse.domain.errors import DroeftelseError, ExchangeError
from drøftelse.domain.i18n import translate
from drøftelse.domain.meeting_file import FORMAT, FileFault, MeetingFile
from drøftelse.domain.os_errors import describe_os_error
from drøftelse.domain.templates import TemplateLibrary, check_template_version
from drøftelse.store.database import Database
from drøftelse.store.meeting_export import export_meeting

MAX_BYTES = 50 * 1024 * 1024
__all__ = ["export_meeting", "import_meeting", "import_meeting_file", "read_meeting_file", "validate"]


def read_meeting_file(path: Path) -> dict[str, Any]:
    """Read and parse a meeting file; refuse what is not one, in Danish."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ExchangeError(
                translate("exchange", "{0} er for stor til at være en mødefil ({1} MB).").format(
                    path.name, size // 1_000_000
                )
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError(translate("exchange", "Filen {0} findes ikke.").format(path)) from None
    except IsADirectoryError:
        raise ExchangeError(translate("exchange", "{0} er en mappe, ikke en mødefil.").format(path)) from None
    except OSError as e:
        raise ExchangeError(
            translate("exchange", "Filen {0} kan ikke læses: {1}.").format(path, describe_os_error(e))
        ) from None
    try:
        return meeting_file.parse(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ExchangeError(
            translate("exchange", "{0} er ikke en mødefil fra Drøftelse (ikke UTF-8-tekst).").format(path.name)
        ) from None
    except json.JSONDecodeError as e:
        raise ExchangeError(
            translate("exchange", "{0} er ikke en gyldig mødefil: JSON-fejl i linje {1}, kolonne {2}.").format(
                path.name, e.lineno, e.colno
            )
        ) from None
    except FileFault as e:
        raise ExchangeError(translate("exchange", "{0} er ikke en gyldig mødefil: {1}.").format(path.name, e)) from None


def validate(data: Any, templates: TemplateLibrary) -> MeetingFile:
    """The file as typed records (meeting_file.MeetingFile), or ExchangeError naming the first fault's place."""
    try:
        checked = meeting_file.check(data)
    except FileFault as e:
        if e.place == "format":
            raise ExchangeError(
                translate("exchange", "Filen er ikke en mødefil fra Drøftelse (format skal være {0!r}).").format(FORMAT)
            ) from None
        raise ExchangeError(translate("exchange", "Mødefilen har en fejl: {0}").format(e)) from None

    def fault(path: str, problem: str) -> ExchangeError:
        return ExchangeError(translate("exchange", "Mødefilen har en fejl: {0}: {1}").format(path, problem))

    checked = _with_renamed_steps(checked)
    meeting = checked.meeting
    if meeting.kind not in templates.kinds():
        raise fault(
            "meeting.kind",
            translate("exchange", "mødetypen {0!r} kendes ikke (kendte: {1})").format(
                meeting.kind, ", ".join(templates.kinds())
            ),
        )
    template = templates.get(meeting.kind)
    try:
        check_template_version(template, meeting.template_version or template.version)
    except DroeftelseError as e:
        raise fault("meeting.template_version", e.message) from None
    if meeting.step and template.step(meeting.step) is None:
        raise fault(
            "meeting.step", translate("exchange", "trinnet {0!r} findes ikke i skabelonen").format(meeting.step)
        )
    keys: set[str] = set()
    for i, p in enumerate(checked.participants):
        if p.key in keys:
            raise fault(f"participants[{i}].key", translate("exchange", "{0!r} bruges af to deltagere").format(p.key))
        keys.add(p.key)
    seen: set[tuple] = set()
    for i, a in enumerate(checked.answers):
        if a.participant is not None and a.participant not in keys:
            raise fault(
                f"answers[{i}].participant",
                translate("exchange", "{0!r} er ikke en af deltagerne").format(a.participant),
            )
        if template.step(a.step) is None:
            raise fault(
                f"answers[{i}].step",
                translate("exchange", "trinnet {0!r} findes ikke i skabelonen {1}").format(a.step, template.name),
            )
        if not template.has_box(a.step, a.box):
            raise fault(
                f"answers[{i}].box",
                translate("exchange", "feltet {0!r} findes ikke i trinnet {1!r}").format(a.box, a.step),
            )
        ident = (a.participant, a.step, a.box)
        if ident in seen:
            raise fault(f"answers[{i}]", translate("exchange", "samme felt står to gange for samme deltager"))
        seen.add(ident)
    return checked


def _with_renamed_steps(checked: MeetingFile) -> MeetingFile:
    """A file made before its template renamed a step (domain.annual.RENAMED_STEPS) is read with the new keys and
    the new template version: its texts land where the meeting now keeps them, as revision 0005 does in a
    database."""
    m = checked.meeting
    renamed = RENAMED_STEPS.get(m.kind)
    if renamed is None or m.template_version is None or m.template_version >= renamed[0]:
        return checked
    version, keys = renamed

    def new(key):
        return keys.get(key, key)

    settings = m.settings
    if settings.order is not None:
        settings = settings.model_copy(update={"order": [new(k) for k in settings.order]})
    if settings.agenda is not None:
        settings = settings.model_copy(update={"agenda": {new(k): v for k, v in settings.agenda.items()}})
    meeting = m.model_copy(
        update={"template_version": version, "step": new(m.step) if m.step else m.step, "settings": settings}
    )
    answers = [a.model_copy(update={"step": new(a.step)}) for a in checked.answers]
    return checked.model_copy(update={"meeting": meeting, "answers": answers})


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
        name, employees = checked.committee.name, checked.committee.employees
        found = conn.execute("SELECT id, employees FROM committee WHERE name = ? ORDER BY id LIMIT 1", (name,))
        committee = found.fetchone()
        if committee is None:
            committee_id = _insert(conn, "committee", name=name, employees=employees, created_at=now)
        else:
            committee_id = committee[0]
            if committee[1] is None and employees is not None:  # a size stated here is kept; the file's fills in
                conn.execute("UPDATE committee SET employees = ? WHERE id = ?", (employees, committee_id))
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
        if m.closed:
            conn.execute(
                "UPDATE meeting SET closed_at = ? WHERE id = ?", (db.stored_time(dt.datetime.now()), meeting_id)
            )
    return meeting_id


def _insert(conn, table: str, **values) -> int:
    """One row in; its new id."""
    columns = ", ".join(values)
    marks = ", ".join("?" * len(values))
    return conn.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING id", tuple(values.values())
    ).fetchone()[0]


def import_meeting_file(db: Database, path: Path, templates: TemplateLibrary) -> int:
    return import_meeting(db, read_meeting_file(path), templates)
