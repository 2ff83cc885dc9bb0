"""The folder for Arbejdstilsynet (issue 28): the committee's record in one PDF with bookmarks, written into a
folder the chairs choose (`droeftelse mappe --til DIR`, "Mappe til Arbejdstilsynet …")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from drøftelse.domain.at_folder import folder_file_name
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.services.exports import Check, _go_on, _write
from drøftelse.store.at_folder import folder_snapshot
from drøftelse.store.database import Database


def write_folder(
    db: Database,
    templates: TemplateLibrary,
    committee_id: int,
    target: Path,
    today: dt.date | None = None,
    check: Check = None,
) -> Path:
    """The folder's PDF as `target`, or in `target` when it is a folder (which must exist; the file is named
    by `folder_file_name`); read in one transaction and written with none open. Returns the file, which appears
    complete or not at all."""
    from drøftelse import __version__  # noqa: PLC0415 - the installed version, asked for only here
    from drøftelse.documents.at_folder_pdf import render_folder  # noqa: PLC0415 - pypdf and reportlab, only here

    today = today or dt.date.today()
    with db.transaction():
        snapshot = folder_snapshot(db, templates, committee_id, today)
    _go_on(check)
    payload = render_folder(snapshot, __version__)
    target = Path(target)
    if target.is_dir():
        target = target / folder_file_name(snapshot.committee, today)
    return _write(target, payload, check)
