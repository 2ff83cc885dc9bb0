"""Exporting from any step: the handleplan (PDF or CSV), the referat and the kompetenceudviklingsplan, written by
`services.exports` and then opened in the system's viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from drøftelse.domain.errors import DroeftelseError
from drøftelse.ui.dialogs import ask_save_path, safe_file_name

OPEN_WITH_VIEWER = True  # tests turn this off: no PDF viewer pops up in a test run

ANNUAL_DOCUMENTS = {
    "referat": ("Referatet", "Referat"),
    "kompetenceplan": ("Kompetenceudviklingsplanen", "Kompetenceudviklingsplan"),
}


def export_handleplan_pdf(
    parent: QWidget,
    db,
    templates,
    meeting_id: int,
    path: Path | None,
    report,
    open_after: bool = True,
    csv: bool = False,
) -> Path | None:
    from drøftelse.services.exports import write_handleplan
    from drøftelse.services.meetings import get_meeting

    suffix, pattern = (".csv", "CSV til Excel (*.csv)") if csv else (".pdf", "PDF (*.pdf)")
    try:
        title = get_meeting(db, meeting_id).title
    except DroeftelseError as e:
        QMessageBox.warning(parent, "Handleplanen kan ikke laves", e.message)
        return None
    path = path or ask_save_path(parent, "Gem handleplan", f"Handleplan – {safe_file_name(title)}{suffix}", pattern)
    if path is None:
        return None
    write = lambda target: write_handleplan(db, templates, meeting_id, target, csv=csv)  # noqa: E731
    return export_document(parent, "Handleplanen", "", write, path, report, open_after)


def export_annual_document(parent: QWidget, ctx, which: str, path: Path | None = None) -> Path | None:
    """The referat or the kompetenceudviklingsplan of the open annual discussion."""
    from drøftelse.services.exports import write_annual_document
    from drøftelse.services.meetings import get_meeting

    ctx.autosaver.flush()
    what, name = ANNUAL_DOCUMENTS[which]
    suggested = f"{name} – {get_meeting(ctx.db, ctx.meeting_id).title}"
    write = lambda target: write_annual_document(ctx.db, ctx.templates, ctx.meeting_id, which, target)  # noqa: E731
    return export_document(parent, what, suggested, write, path, ctx.report)


def export_document(
    parent: QWidget, what: str, suggested: str, write, path: Path | None, report, open_after: bool = True
) -> Path | None:
    """Ask where (unless `path` is given), `write(path)` with a wait cursor, say where it went, open it.
    `what` is "Referatet", "Handleplanen" …; a DroeftelseError becomes a Danish warning and None."""
    path = path or ask_save_path(parent, f"Gem {what.lower()}", f"{safe_file_name(suggested)}.pdf", "PDF (*.pdf)")
    if path is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write(path)
    except DroeftelseError as e:
        QMessageBox.warning(parent, f"{what} kunne ikke gemmes", e.message)
        return None
    finally:
        QApplication.restoreOverrideCursor()
    report(f"{what} er gemt i {path}")
    if open_after and OPEN_WITH_VIEWER:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
