"""The organisation's overview across committees and its handleplan of open rows (issue 16, point 4), for the
command line (`droeftelse organisation`) and the window's Organisation tab alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from drøftelse.documents.output import write_file
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.services.exports import COMMITTEE_FORMATS, Check, CommitteeExport
from drøftelse.store.database import Database
from drøftelse.store.organisation import CommitteeStanding, organisation_handleplan_snapshot, organisation_overview

__all__ = ["CommitteeStanding", "overview", "write_organisation_handleplan"]


def overview(db: Database, today: dt.date | None = None) -> list[CommitteeStanding]:
    with db.transaction():
        return organisation_overview(db, today or dt.date.today())


def write_organisation_handleplan(
    db: Database,
    templates: TemplateLibrary,
    targets: dict[str, Path],
    today: dt.date | None = None,
    check: Check = None,
) -> CommitteeExport:
    """Every committee's open rows in one plan, as PDF, CSV and/or XLSX (`targets`: "pdf"/"csv"/"xlsx" -> file),
    from one snapshot read in one transaction; the files are written with none open."""
    unknown = set(targets) - set(COMMITTEE_FORMATS)
    if unknown:
        raise ValueError(f"unknown formats {unknown}")
    with db.transaction():
        snapshot = organisation_handleplan_snapshot(db, templates, today or dt.date.today())
    written = []
    for fmt, target in targets.items():
        if check is not None:
            check()
        written.append(write_file(Path(target), COMMITTEE_FORMATS[fmt](snapshot)))
    return CommitteeExport(len(snapshot.rows), snapshot.selection, tuple(written))
