"""Exporting the handleplan from any step: PDF (and CSV), then opened in the system's viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from drøftelse.domain.errors import DroeftelseError
from drøftelse.ui.dialogs import ask_save_path, safe_file_name

OPEN_WITH_VIEWER = True  # tests turn this off: no PDF viewer pops up in a test run


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
    from drøftelse.store.meetings import handleplan_snapshot

    try:
        snapshot = handleplan_snapshot(db, meeting_id, templates)
    except DroeftelseError as e:
        QMessageBox.warning(parent, "Handleplanen kan ikke laves", e.message)
        return None
    suffix, pattern = (".csv", "CSV til Excel (*.csv)") if csv else (".pdf", "PDF (*.pdf)")
    name = f"Handleplan – {safe_file_name(snapshot.meeting_title)}{suffix}"
    path = path or ask_save_path(parent, "Gem handleplan", name, pattern)
    if path is None:
        return None

    def write(target: Path) -> None:
        if csv:
            from drøftelse.documents.handleplan_csv import write_handleplan_csv

            write_handleplan_csv(snapshot, target)
        else:
            from drøftelse.documents.handleplan_pdf import write_handleplan_pdf

            write_handleplan_pdf(snapshot, target)

    return export_document(parent, "Handleplanen", "", write, path, report, open_after)


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
