"""Every document the app writes, for the GUI's task runner and the command line alike.

The data is read in one short transaction (a snapshot), then the document is written from it with no
transaction open. `check` (when given) is called between the pieces of work and raises to cancel; a file
appears only complete (documents.output writes beside the target and moves it into place).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from drøftelse.documents.calendar_ics import render_ics
from drøftelse.documents.committee_csv import render_committee_csv
from drøftelse.documents.committee_pdf import render_committee_handleplan
from drøftelse.documents.committee_xlsx import render_committee_xlsx
from drøftelse.documents.competence_plan_pdf import render_competence_plan
from drøftelse.documents.output import write_file
from drøftelse.documents.preparation_sheet import render_sheet, sheet_file_name
from drøftelse.documents.referat_pdf import render_referat
from drøftelse.domain.annual import ANNUAL_KIND, SMALL_ANNUAL_KIND
from drøftelse.domain.committee_plan import PlanFilter
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.file_names import unique_names
from drøftelse.domain.hand_in import HandIn, decide_hand_in
from drøftelse.domain.i18n import translate
from drøftelse.domain.os_errors import describe_os_error
from drøftelse.domain.template_library import TemplateLibrary

# the meeting's handleplan lives in its own module, light to import for the command line; named here as before
from drøftelse.services.handleplan_export import handleplan_snapshot, write_handleplan  # noqa: F401
from drøftelse.services.listing import year_ahead
from drøftelse.store.committee_plan import committee_handleplan_snapshot as read_committee_handleplan
from drøftelse.store.competence_plan import competence_snapshot
from drøftelse.store.database import Database
from drøftelse.store.meetings import get_meeting
from drøftelse.store.referat import referat_snapshot
from drøftelse.store.sheets import sheet_snapshots

Check = Callable[[], None] | None


def _go_on(check: Check) -> None:
    if check is not None:
        check()


COMMITTEE_FORMATS: dict[str, Callable] = {
    "pdf": render_committee_handleplan,
    "csv": render_committee_csv,
    "xlsx": render_committee_xlsx,
}


@dataclass(frozen=True)
class CommitteeExport:
    rows: int  # how many rows the plan holds
    selection: str  # which, in words
    files: tuple[Path, ...]


def committee_handleplan_snapshot(
    db: Database, templates: TemplateLibrary, committee_id: int, plan_filter: PlanFilter, today: dt.date
):
    with db.transaction():
        return read_committee_handleplan(db, committee_id, templates, plan_filter, today)


def write_committee_handleplan(
    db: Database,
    templates: TemplateLibrary,
    committee_id: int,
    targets: dict[str, Path],
    plan_filter: PlanFilter | None = None,
    today: dt.date | None = None,
    check: Check = None,
) -> CommitteeExport:
    """The committee's handleplan (every meeting's rows that `plan_filter` keeps; by default what HR hangs on the
    wall) as PDF, CSV and/or XLSX: `targets` maps "pdf", "csv", "xlsx" to files. All are made from one snapshot."""
    unknown = set(targets) - set(COMMITTEE_FORMATS)
    if unknown:
        raise ValueError(f"unknown formats {unknown}")
    today = today or dt.date.today()
    snapshot = committee_handleplan_snapshot(db, templates, committee_id, plan_filter or PlanFilter(), today)
    written = []
    for fmt, target in targets.items():
        _go_on(check)
        written.append(_write(target, COMMITTEE_FORMATS[fmt](snapshot), check))
    return CommitteeExport(len(snapshot.rows), snapshot.selection, tuple(written))


@dataclass(frozen=True)
class MeetingDocument:
    what: str  # "Referatet": how messages name it
    snapshot: Callable
    render: Callable
    annual_only: str = ""  # "ingen kompetenceudviklingsplan": what another kind of meeting does not have


MEETING_DOCUMENTS = {
    "referat": MeetingDocument("Referatet", referat_snapshot, render_referat),
    "kompetenceplan": MeetingDocument(
        "Kompetenceudviklingsplanen", competence_snapshot, render_competence_plan, "ingen kompetenceudviklingsplan"
    ),
}


def write_meeting_document(
    db: Database, templates: TemplateLibrary, meeting_id: int, which: str, target: Path, check: Check = None
) -> Path:
    """A meeting's referat (any meeting), or the kompetenceudviklingsplan of an annual discussion, as a PDF."""
    doc = MEETING_DOCUMENTS[which]
    with db.transaction():
        kind = get_meeting(db, meeting_id).kind if doc.annual_only else None
        if kind == SMALL_ANNUAL_KIND:  # no AMO, so no AMO training to plan
            raise DroeftelseError(
                f"Møde {meeting_id} er en årlig arbejdsmiljødrøftelse med under 10 ansatte: uden en "
                f"arbejdsmiljøorganisation har det {doc.annual_only}. Referatet udskrives med 'droeftelse referat'."
            )
        if kind not in (None, ANNUAL_KIND):
            raise DroeftelseError(
                translate(
                    "exports",
                    "Møde {0} er ikke en årlig arbejdsmiljødrøftelse, så det har {1}. Handleplanen "
                    "udskrives med 'droeftelse handleplan', referatet med 'droeftelse referat'.",
                ).format(meeting_id, doc.annual_only)
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
    hand_in: HandIn | None = None,
    today: dt.date | None = None,
) -> list[Path]:
    """A fillable forberedelsesark (PDF) per participant and a blank one for paper, in `folder`. They ask to be
    handed in by the chairs' choice (`hand_in`), else as domain.hand_in decides for a sheet made `today`."""

    with db.transaction():
        day = decide_hand_in(get_meeting(db, meeting_id).date, today or dt.date.today(), hand_in)
        sheets = sheet_snapshots(db, meeting_id, templates)
    return write_sheet_files(sheets, folder, check, progress, day)


def write_sheet_files(
    sheets: list,
    folder: Path,
    check: Check = None,
    progress: Callable[[int, int], None] | None = None,
    hand_in: HandIn | None = None,
) -> list[Path]:
    """Sheets (forberedelsesark or høringsark) as PDFs in `folder`, made if missing; each its own file name. With
    `hand_in` (decided by domain.hand_in) they ask for that instead of the usual date the snapshots carry."""
    if hand_in is not None:
        sheets = [replace(s, return_by=hand_in.by, at_meeting=hand_in.at_meeting) for s in sheets]
    folder = Path(folder)
    if not folder.is_dir():
        try:
            folder.mkdir(parents=True)
        except OSError as e:
            raise DroeftelseError(
                translate("exports", "Mappen {0} kan ikke oprettes: {1}.").format(folder, describe_os_error(e))
            ) from None
    written = []
    names = unique_names([sheet_file_name(sheet) for sheet in sheets])  # every sheet its own file
    for n, (sheet, name) in enumerate(zip(sheets, names, strict=True)):
        _go_on(check)
        written.append(_write(folder / name, render_sheet(sheet), None))
        if progress is not None:
            progress(n + 1, len(sheets))
    return written


def _write(target: Path, payload: bytes, check: Check) -> Path:
    _go_on(check)  # the last moment to cancel: after this the file is in place
    return write_file(Path(target), payload)


def write_change_log(db: Database, meeting_id: int, target: Path, check: Check = None) -> Path:
    """The log of changes made to the meeting after it was closed, as a PDF."""
    from drøftelse.documents.change_log_pdf import render_change_log  # noqa: PLC0415 - only for this document
    from drøftelse.store.meeting_log import change_log_snapshot  # noqa: PLC0415

    with db.transaction():
        snapshot = change_log_snapshot(db, meeting_id)
    _go_on(check)
    return _write(target, render_change_log(snapshot), check)
