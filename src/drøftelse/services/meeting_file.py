"""Meeting files (JSON, docs/exchange.md) out and in. Apart from services.exchange, whose returned sheets need the
PDF reader: `export` reads with plain SQL (store.meeting_export) and loads neither SQLAlchemy nor the file's checks;
`import` loads the store and the checks."""

from __future__ import annotations

import json
from pathlib import Path

from drøftelse.documents.output import write_file
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.store.database import Database
from drøftelse.store.meeting_export import export_meeting


def write_meeting_file(db: Database, templates: TemplateLibrary, meeting_id: int, target: Path) -> Path:
    """The meeting as a meeting file another Drøftelse can import."""
    data = export_meeting(db, meeting_id, templates)  # one read transaction of its own
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return write_file(Path(target), text.encode("utf-8"))


def import_meeting_file(db: Database, path: Path, templates: TemplateLibrary) -> int:
    """A meeting file in, as a new meeting (checked whole first; a refused file changes nothing)."""
    from drøftelse.domain.meeting_file_import import read_meeting_file
    from drøftelse.store.exchange import import_meeting

    data = read_meeting_file(Path(path))
    return import_meeting(db, data, templates)  # one transaction of its own (Database.write_connection)
