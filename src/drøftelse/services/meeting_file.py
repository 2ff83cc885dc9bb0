"""Meeting files (JSON, docs/exchange.md) out and in. Apart from services.exchange, whose returned sheets need the
PDF reader, so `export` and `import` load only the store and the JSON checks."""

from __future__ import annotations

import json
from pathlib import Path

from drøftelse.documents.output import write_file
from drøftelse.domain.templates import TemplateLibrary
from drøftelse.store.database import Database
from drøftelse.store.exchange import export_meeting, import_meeting, read_meeting_file


def write_meeting_file(db: Database, templates: TemplateLibrary, meeting_id: int, target: Path) -> Path:
    """The meeting as a meeting file another Drøftelse can import."""
    with db.transaction():
        data = export_meeting(db, meeting_id, templates)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return write_file(Path(target), text.encode("utf-8"))


def import_meeting_file(db: Database, path: Path, templates: TemplateLibrary) -> int:
    """A meeting file in, as a new meeting (checked whole first; a refused file changes nothing)."""
    data = read_meeting_file(Path(path))
    with db.transaction():
        return import_meeting(db, data, templates)
