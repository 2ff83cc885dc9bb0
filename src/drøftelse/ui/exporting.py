"""Exporting from any step: the handleplan (PDF or CSV), the referat, the kompetenceudviklingsplan, the notice for
the employees, the meeting file and a backup. The file is chosen on the GUI thread; `services` write it on a worker
(ui.tasks), with a progress dialog and Annuller when it takes a moment; then the status line says where it went
and a PDF opens in the viewer.

Each export returns its `Task` (None when the user chose no file): `task.wait()` lets a caller or a test wait.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.file_names import safe_name
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.ui.dialogs import ask_save_path
from drøftelse.ui.message_area import MessageArea
from drøftelse.ui.tasks import Task, run_task
from drøftelse.ui.translation import in_document_language, translate

MEETING_DOCUMENTS = {
    "referat": (QT_TRANSLATE_NOOP("exporting", "Referatet"), QT_TRANSLATE_NOOP("exporting", "Referat")),
    "kompetenceplan": (
        QT_TRANSLATE_NOOP("exporting", "Kompetenceudviklingsplanen"),
        QT_TRANSLATE_NOOP("exporting", "Kompetenceudviklingsplan"),
    ),
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
) -> Task | None:
    from drøftelse.services.handleplan_export import write_handleplan
    from drøftelse.services.meetings import get_meeting

    suffix, pattern = (
        (".csv", translate("exporting", "CSV til Excel (*.csv)"))
        if csv
        else (".pdf", translate("exporting", "PDF (*.pdf)"))
    )
    try:
        title = get_meeting(db, meeting_id).title
    except DroeftelseError as e:
        from drøftelse.domain.errors import ServerUnreachable
        from drøftelse.ui.lost_server import connection_lost

        done = translate("exporting", "Handleplanen som PDF eller CSV")
        if not (isinstance(e, ServerUnreachable) and connection_lost(e, done)):  # a lost server: the banner says it
            QMessageBox.warning(parent, translate("exporting", "Handleplanen kan ikke laves"), e.message)
        return None
    path = path or ask_save_path(
        parent,
        translate("exporting", "Gem handleplan"),
        translate("exporting", "Handleplan – {0}{1}").format(safe_name(title), suffix),
        pattern,
    )
    if path is None:
        return None

    def write(target: Path, check) -> Path:
        return write_handleplan(db, templates, meeting_id, target, csv=csv, check=check)

    return export_document(
        parent, translate("exporting", "Handleplanen"), "", write, path, report, open_after and not csv
    )


def export_meeting_document(parent: QWidget, ctx, which: str, path: Path | None = None) -> Task | None:
    """The open meeting's referat, or (an annual discussion's) kompetenceudviklingsplan."""
    from drøftelse.services.exports import write_meeting_document
    from drøftelse.services.meetings import get_meeting

    ctx.autosaver.flush()
    what, name = (translate("exporting", t) for t in MEETING_DOCUMENTS[which])
    suggested = f"{name} – {get_meeting(ctx.db, ctx.meeting_id).title}"

    def write(target: Path, check) -> Path:
        return write_meeting_document(ctx.db, ctx.templates, ctx.meeting_id, which, target, check=check)

    return export_document(parent, what, suggested, write, path, ctx.report)


def export_notice(parent: QWidget, ctx, path: Path | None = None) -> Task | None:
    """The open meeting's notice for the employees: one A4 page with the goals, the decisions and whom to ask."""
    from drøftelse.services.meetings import get_meeting
    from drøftelse.services.notice import write_notice

    ctx.autosaver.flush()
    title = get_meeting(ctx.db, ctx.meeting_id).title
    suggested = translate("exporting", "Opslag til de ansatte – {0}").format(title)

    def write(target: Path, check) -> Path:
        return write_notice(ctx.db, ctx.templates, ctx.meeting_id, target, check=check)

    return export_document(parent, translate("exporting", "Opslaget"), suggested, write, path, ctx.report)


def tell_on_page(widget: QWidget, report) -> Callable[..., None]:
    """The message area of the page `widget` is on (a meeting's step, the meeting list: ui/message_area.py) as
    say(text, kind, next_step); the status line (`report`) when it is on none."""
    while widget is not None:
        area = getattr(widget, "notice", None)
        if isinstance(area, MessageArea):
            return area.say
        widget = widget.parentWidget()
    return lambda text, kind="done", next_step="": report(text)


def export_document(
    parent: QWidget,
    what: str,
    suggested: str,
    write: Callable[[Path, Callable[[], None]], Path],
    path: Path | None,
    report,
    open_after: bool = True,
    pattern: str | None = None,
    kind: str | None = None,
) -> Task | None:
    """Ask where (unless `path` is given), then `write(path, check)` on a worker; say where it went, open it.
    `what` is "Referatet", "Handleplanen" …; a DroeftelseError becomes a Danish warning."""
    pattern = pattern or translate("exporting", "PDF (*.pdf)")
    suffix = ".pdf" if "pdf" in pattern else ""
    path = path or ask_save_path(
        parent,
        translate("exporting", "Gem {0}").format(what.lower()),
        f"{safe_name(suggested)}{suffix}",
        pattern,
        kind,  # the last folder used for this kind of file (ui/file_dialogs.py)
    )
    if path is None:
        return None

    def done(written: Path) -> None:
        say = tell_on_page(parent, report)
        saved = translate("exporting", "{0} er gemt i {1}").format(what, written)
        if not open_after:
            say(saved)
        elif QDesktopServices.openUrl(QUrl.fromLocalFile(str(written))):
            say(saved, "done", translate("exporting", "Den er åbnet i jeres PDF-læser."))
        else:  # openUrl found no program (no PDF reader, no xdg-open): say so, not nothing
            say(
                translate(
                    "exporting",
                    "{0} er gemt i {1}, men kunne ikke åbnes: der er intet program til PDF-filer på denne computer.",
                ).format(what, written),
                "warning",
                translate(
                    "exporting",
                    "Installér en PDF-læser (fx Evince eller Okular), eller åbn filen fra mappen på en anden computer.",
                ),
            )

    write = in_document_language(write)
    return run_task(
        lambda cancel: write(Path(path), cancel.check),
        on_done=done,
        on_error=lambda e: QMessageBox.warning(
            parent, translate("exporting", "{0} kunne ikke gemmes").format(what), e.message
        ),
        on_cancelled=lambda: tell_on_page(parent, report)(
            translate("exporting", "{0} blev ikke gemt (annulleret).").format(what), "info"
        ),
        parent=parent,
        label=translate("exporting", "Gemmer {0} …").format(what.lower()),
        cancellable=True,
    )
