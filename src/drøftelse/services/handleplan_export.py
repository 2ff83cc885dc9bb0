"""The meeting's handleplan as a PDF for HR or a CSV: what `droeftelse handleplan MØDE --pdf FIL` and the window's
"Handleplan som PDF" write.

Apart from services/exports.py, which loads every other document's writer (pypdf, icalendar, the referat …) when it
is imported: the handleplan command loads only what its own file needs (benchmarks/handleplan_export.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from drøftelse.documents.output import write_file
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.store.action_items import handleplan_snapshot as read_handleplan
from drøftelse.store.database import Database

Check = Callable[[], None] | None


def handleplan_snapshot(db: Database, templates: TemplateLibrary, meeting_id: int):
    with db.transaction():
        return read_handleplan(db, meeting_id, templates)


def write_handleplan(
    db: Database, templates: TemplateLibrary, meeting_id: int, target: Path, csv: bool = False, check: Check = None
) -> Path:
    """The meeting's handleplan as an A4 landscape PDF for HR, or (`csv`) a CSV that Excel opens with æøå."""
    if csv:
        from drøftelse.documents.handleplan_csv import render_csv as render  # noqa: PLC0415 - the CSV only for it
    else:
        from drøftelse.documents.handleplan_pdf import render_handleplan as render  # noqa: PLC0415 - reportlab
    snapshot = handleplan_snapshot(db, templates, meeting_id)
    payload = render(snapshot)
    if check is not None:
        check()  # the last moment to cancel: after this the file is in place
    return write_file(Path(target), payload)
