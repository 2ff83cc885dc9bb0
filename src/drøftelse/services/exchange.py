"""Returned forberedelsesark and høringsark coming in (meeting files: services.meeting_file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.hearing import HearingReceipt
from drøftelse.domain.hearing_sheets import is_hearing_identity
from drøftelse.domain.i18n import translate
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.services.hearing import import_read_sheet
from drøftelse.store.database import Database
from drøftelse.store.meetings import get_meeting
from drøftelse.store.sheets import BoxChange, SheetImport, apply_import, plan_import, refuse_closed

__all__ = [
    "BoxChange",
    "HearingReceipt",
    "SheetImport",
    "apply_imports",
    "plan_sheet",
    "meeting_of_sheet",
    "read_returned",
]


def plan_sheet(db: Database, templates: TemplateLibrary, meeting_id: int, path: Path) -> SheetImport:
    """Read a returned sheet (in a time- and memory-limited child process) and say what importing it would do;
    a closed meeting, a sheet of another meeting, a removed participant or a file that is not our sheet is refused
    in Danish."""
    from drøftelse.documents.sheet_reader import read_sheet

    refuse_closed(get_meeting(db, meeting_id))  # before the sheet is read at all
    path = Path(path)
    sheet = read_sheet(path)
    if is_hearing_identity(sheet.identity):
        raise DroeftelseError(
            translate("exchange", "{0}: det er et høringsark. Indlæs det på trinnet Høring.").format(path.name)
        )
    with db.transaction():
        return plan_import(db, meeting_id, templates, sheet.identity, sheet.texts, path.name)


def read_returned(
    db: Database, templates: TemplateLibrary, meeting_id: int, path: Path, replace_hearing: bool = False
) -> SheetImport | HearingReceipt:
    """A returned sheet of either kind, as the command line reads it: a forberedelsesark is planned (and stored
    by apply_imports), a høringsark is stored at once (it has no one's earlier text to weigh it against; one whose
    code was read in before is refused unless `replace_hearing`)."""
    from drøftelse.documents.sheet_reader import read_sheet

    refuse_closed(get_meeting(db, meeting_id))  # before the sheet is read at all
    path = Path(path)
    sheet = read_sheet(path)
    if is_hearing_identity(sheet.identity):
        return import_read_sheet(db, templates, meeting_id, sheet, replace=replace_hearing)
    with db.transaction():
        return plan_import(db, meeting_id, templates, sheet.identity, sheet.texts, path.name)


def apply_imports(
    db: Database,
    templates: TemplateLibrary,
    meeting_id: int,
    plans: list[tuple[SheetImport, dict[str, str]]],
    check: Callable[[], None] | None = None,
) -> int:
    """Store planned imports, each with its choices for conflicting boxes ("behold", "erstat", "begge"): all of
    them in one transaction. Returns how many boxes changed."""

    changed = 0
    with db.transaction():
        for plan, choices in plans:
            if check is not None:
                check()
            changed += apply_import(db, meeting_id, templates, plan, choices)
    return changed


def meeting_of_sheet(db: Database, path: Path) -> tuple[int, bool]:
    """The meeting a returned sheet was made for, and whether it is a høringsark (read in a child process): what
    the window opens when a sheet is double-clicked. A sheet of no meeting here is refused in Danish."""
    from drøftelse.documents.sheet_reader import read_sheet
    from drøftelse.store.sheet_owner import meeting_of_identity

    path = Path(path)
    sheet = read_sheet(path)
    meeting_id = meeting_of_identity(db, sheet.identity)
    if meeting_id is None:
        raise DroeftelseError(
            translate(
                "exchange",
                "{0}: arket hører ikke til et møde i denne database. Åbn den database, arket er lavet fra, og "
                "indlæs det dér.",
            ).format(path.name)
        )
    return meeting_id, is_hearing_identity(sheet.identity)
