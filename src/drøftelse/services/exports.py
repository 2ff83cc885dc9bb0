"""Every document the app writes, for the GUI's task runner and the command line alike.

The data is read in one short transaction (a snapshot), then the document is written from it with no
transaction open. `check` (when given) is called between the pieces of work and raises to cancel; a file
appears only complete (documents.output writes beside the target and moves it into place).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from drøftelse.documents.calendar_ics import render_ics
from drøftelse.documents.competence_plan_pdf import render_competence_plan
from drøftelse.documents.handleplan_csv import render_csv
from drøftelse.documents.handleplan_pdf import render_handleplan
from drøftelse.documents.output import write_file
from drøftelse.documents.preparation_sheet import render_sheet, sheet_file_name
from drøftelse.documents.referat_pdf import render_referat
from drøftelse.domain.annual import ANNUAL_KIND
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.file_names import unique_names
from drøftelse.domain.os_errors import describe_os_error
from drøftelse.domain.templates import TemplateLibrary
from drøftelse.store.annual import competence_snapshot, referat_snapshot
from drøftelse.store.database import Database
from drøftelse.store.exchange import export_meeting
from drøftelse.store.listing import year_ahead
from drøftelse.store.meetings import get_meeting
from drøftelse.store.meetings import handleplan_snapshot as read_handleplan
from drøftelse.store.sheets import sheet_snapshots

Check = Callable[[], None] | None


def _go_on(check: Check) -> None:
    if check is not None:
        check()


def handleplan_snapshot(db: Database, templates: TemplateLibrary, meeting_id: int):
    with db.transaction():
        return read_handleplan(db, meeting_id, templates)


def write_handleplan(
    db: Database, templates: TemplateLibrary, meeting_id: int, target: Path, csv: bool = False, check: Check = None
) -> Path:
    """The meeting's handleplan as an A4 landscape PDF for HR, or (`csv`) a CSV that Excel opens with æøå."""
    snapshot = handleplan_snapshot(db, templates, meeting_id)
    payload = (render_csv if csv else render_handleplan)(snapshot)
    return _write(target, payload, check)


@dataclass(frozen=True)
class AnnualDocument:
    what: str  # "Referatet": how messages name it
    lacking: str  # "intet referat": what another kind of meeting does not have
    snapshot: Callable
    render: Callable


ANNUAL_DOCUMENTS = {
    "referat": AnnualDocument("Referatet", "intet referat", referat_snapshot, render_referat),
    "kompetenceplan": AnnualDocument(
        "Kompetenceudviklingsplanen", "ingen kompetenceudviklingsplan", competence_snapshot, render_competence_plan
    ),
}


def write_annual_document(
    db: Database, templates: TemplateLibrary, meeting_id: int, which: str, target: Path, check: Check = None
) -> Path:
    """The referat or the kompetenceudviklingsplan of an annual discussion, as a PDF."""

    doc = ANNUAL_DOCUMENTS[which]
    with db.transaction():
        if get_meeting(db, meeting_id).kind != ANNUAL_KIND:
            raise DroeftelseError(
                f"Møde {meeting_id} er ikke en årlig arbejdsmiljødrøftelse, så det har {doc.lacking}. "
                "Handleplanen udskrives med 'droeftelse handleplan'."
            )
        snapshot = doc.snapshot(db, meeting_id, templates)
    _go_on(check)
    return _write(target, doc.render(snapshot), check)


def write_year_ahead(db: Database, committee_id: int, committee: str, today: dt.date, target: Path) -> int:
    """The committee's årshjul as a calendar file (.ics) for Outlook and other calendars; returns how many dates
    it holds."""
    events = year_ahead(db, committee_id, today)
    _write(target, render_ics(committee, events), None)
    return len(events)


def write_sheets(
    db: Database,
    templates: TemplateLibrary,
    meeting_id: int,
    folder: Path,
    check: Check = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """A fillable forberedelsesark (PDF) per participant and a blank one for paper, in `folder`."""

    with db.transaction():
        sheets = sheet_snapshots(db, meeting_id, templates)
    folder = Path(folder)
    if not folder.is_dir():
        try:
            folder.mkdir(parents=True)
        except OSError as e:
            raise DroeftelseError(f"Mappen {folder} kan ikke oprettes: {describe_os_error(e)}.") from None
    written = []
    names = unique_names([sheet_file_name(sheet) for sheet in sheets])  # every sheet its own file
    for n, (sheet, name) in enumerate(zip(sheets, names, strict=True)):
        _go_on(check)
        written.append(_write(folder / name, render_sheet(sheet), None))
        if progress is not None:
            progress(n + 1, len(sheets))
    return written


def write_meeting_file(db: Database, templates: TemplateLibrary, meeting_id: int, target: Path) -> Path:
    """The meeting as a meeting file (JSON, docs/exchange.md) another Drøftelse can import."""
    with db.transaction():
        data = export_meeting(db, meeting_id, templates)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return _write(target, text.encode("utf-8"), None)


def _write(target: Path, payload: bytes, check: Check) -> Path:
    _go_on(check)  # the last moment to cancel: after this the file is in place
    return write_file(Path(target), payload)
