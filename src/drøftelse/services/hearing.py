"""The employees' hearing before the annual discussion: questions, groups, sheets out, returned sheets in, and
what they said. Each use case is one transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.hand_in import HandIn, decide_hand_in
from drøftelse.domain.hearing import CodeAlreadyRead, HearingAnswerLine, HearingReceipt, HearingSummary, Question
from drøftelse.domain.hearing_sheets import is_hearing_identity
from drøftelse.domain.i18n import translate
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.services.store_modules import StoreModule
from drøftelse.store import hearing_reads
from drøftelse.store.database import Database
from drøftelse.store.meeting_reads import get_meeting

store = StoreModule("drøftelse.store.hearing")

if TYPE_CHECKING:  # the reader (pypdf) and the sheet writer (reportlab) load when a sheet is read, not with a meeting
    from drøftelse.documents.sheet_reader import ReturnedSheet

__all__ = [
    "CodeAlreadyRead",
    "HearingAnswerLine",
    "HearingReceipt",
    "HearingSummary",
    "Question",
    "delete_response",
    "groups",
    "import_hearing_file",
    "import_read_sheet",
    "is_hearing_identity",
    "questions",
    "save_questions",
    "set_groups",
    "summary",
    "write_hearing_sheets",
]


def questions(db: Database, templates: TemplateLibrary, meeting_id: int) -> list[Question]:
    """Plain reads (store/hearing_reads.py): a reopened meeting's hearing shows before the ORM has loaded."""
    return hearing_reads.questions(db, meeting_id, templates.get(get_meeting(db, meeting_id).kind))


def save_questions(
    db: Database,
    templates: TemplateLibrary,
    meeting_id: int,
    wanted: list[Question],
    seen: list[Question] | None = None,
) -> list[Question]:
    with db.transaction():
        return store.save_questions(db, meeting_id, templates.get(get_meeting(db, meeting_id).kind), wanted, seen)


def groups(db: Database, meeting_id: int) -> list[str]:
    """The arbejdsmiljøgrupper a sheet is made for each of; none: one sheet for all employees."""
    return hearing_reads.groups(db, meeting_id)


def set_groups(db: Database, meeting_id: int, names: list[str]) -> list[str]:
    with db.transaction():
        return store.set_groups(db, meeting_id, names)


def summary(db: Database, meeting_id: int) -> HearingSummary:
    return hearing_reads.summary(db, meeting_id)


def delete_response(db: Database, meeting_id: int, response_id: int) -> None:
    with db.transaction():
        store.delete_response(db, meeting_id, response_id)


def write_hearing_sheets(
    db: Database,
    templates: TemplateLibrary,
    meeting_id: int,
    folder: Path,
    check: Callable[[], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    count: int = 1,
    hand_in: HandIn | None = None,
    today: dt.date | None = None,
) -> list[Path]:
    """The fillable høringsark (PDF) in `folder`: `count` for all employees, or `count` per arbejdsmiljøgruppe,
    each with its own one-time code; handed in as `hand_in` or domain.hand_in decides (services.exports)."""
    from drøftelse.services.exports import write_sheet_files  # noqa: PLC0415 - the PDF writers load only here

    with db.transaction():  # a day refused is refused before the count of sheets handed out changes
        day = decide_hand_in(get_meeting(db, meeting_id).date, today or dt.date.today(), hand_in)
        sheets = store.hearing_sheets(db, meeting_id, templates, count)
    return write_sheet_files(sheets, folder, check, progress, day)


def import_read_sheet(
    db: Database, templates: TemplateLibrary, meeting_id: int, sheet: ReturnedSheet, replace: bool = False
) -> HearingReceipt:
    """A returned høringsark already read (by read_sheet) into the meeting. One whose code was read in before is
    refused (CodeAlreadyRead) unless `replace`. The file's name is used in messages only, never stored."""
    path = Path(sheet.path)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:  # read a moment ago; gone now: the answers still count, once per identical content
        digest = hashlib.sha256(repr(sorted(sheet.texts.items())).encode()).hexdigest()
    with db.transaction():
        return store.import_hearing_sheet(
            db, meeting_id, templates, sheet.identity, sheet.texts, sheet.labels, digest, path.name, replace
        )


def import_hearing_file(
    db: Database, templates: TemplateLibrary, meeting_id: int, path: Path, replace: bool = False
) -> HearingReceipt:
    """Read a returned høringsark (in a time- and memory-limited child process) and store its answers."""
    from drøftelse.documents.sheet_reader import read_sheet

    sheet = read_sheet(Path(path))
    if not is_hearing_identity(sheet.identity):
        raise DroeftelseError(
            translate(
                "hearing", "{0}: det er et forberedelsesark, ikke et høringsark. Indlæs det på trinnet Forberedelse."
            ).format(Path(path).name)
        )
    return import_read_sheet(db, templates, meeting_id, sheet, replace)
