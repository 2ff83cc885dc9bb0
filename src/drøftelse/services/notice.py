"""The notice for the employees (`droeftelse opslag`, "Opslag til de ansatte …"): read in one transaction, then
written as one A4 page with none open; the file appears only complete (documents.output)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from drøftelse.documents.notice_pdf import render_notice
from drøftelse.documents.output import write_file
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate
from drøftelse.domain.notice import NoticeSnapshot
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.store.database import Database
from drøftelse.store.notice import notice_snapshot as read_notice


def notice_snapshot(
    db: Database, templates: TemplateLibrary, meeting_id: int, today: dt.date | None = None
) -> NoticeSnapshot:
    """What the notice shows; refused in Danish when the meeting has neither goals, agreements nor rows yet."""
    with db.transaction():
        snapshot = read_notice(db, meeting_id, templates, today or dt.date.today())
    if snapshot.empty:
        raise DroeftelseError(
            translate(
                "notice",
                "Møde {0} har endnu hverken mål, aftaler eller rækker i handleplanen, så der er intet at hænge op. "
                "Skriv dem ind i mødet først.",
            ).format(meeting_id)
        )
    return snapshot


def write_notice(
    db: Database,
    templates: TemplateLibrary,
    meeting_id: int,
    target: Path,
    check: Callable[[], None] | None = None,
    today: dt.date | None = None,
) -> Path:
    """The meeting's notice for the employees as a one-page PDF. `check` (when given) raises to cancel."""
    snapshot = notice_snapshot(db, templates, meeting_id, today)
    payload = render_notice(snapshot)
    if check is not None:
        check()  # the last moment to cancel: after this the file is in place
    return write_file(Path(target), payload)
