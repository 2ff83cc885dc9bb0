"""A file handed to the app by the desktop (double-clicked, or dropped on its icon): a meeting file is read in as
a new meeting; a returned forberedelsesark or høringsark opens the meeting it was made for, on its step, and is
read in there as if chosen with "Indlæs". Anything else is told in Danish, and nothing changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from drøftelse.ui.translation import translate

MEETING_FILE_SUFFIX = ".json"  # what "Gem mødefil" writes (services/meeting_file.py)
SHEET_SUFFIX = ".pdf"


def open_given_file(window, path: Path):
    """Returns the Task that reads the file (a meeting file, or which meeting a sheet is of), or None when the
    file was refused at once."""
    path = Path(path)
    if window.db.read_only:
        window.show_message(
            translate("opened_file", "{0} er ikke indlæst: databasen er åbnet skrivebeskyttet.").format(path.name),
            error=True,
        )
        return None
    if not path.is_file():
        window.show_message(
            translate("opened_file", "{0} findes ikke (flyttet eller slettet?). Intet er indlæst.").format(path),
            error=True,
        )
        return None
    suffix = path.suffix.lower()
    if suffix == MEETING_FILE_SUFFIX:
        window.close_meeting()  # the list shows the meeting read in
        return window.list_page.import_meeting_file(path)
    if suffix == SHEET_SUFFIX:
        return _open_sheet(window, path)
    window.show_message(
        translate(
            "opened_file",
            "{0} er ikke indlæst: Drøftelse åbner mødefiler (.json) og udfyldte forberedelses- og høringsark (.pdf).",
        ).format(path.name),
        error=True,
    )
    return None


def _open_sheet(window, path: Path):
    from drøftelse.services.exchange import meeting_of_sheet
    from drøftelse.ui.tasks import run_task

    def found(owner: tuple[int, bool]) -> None:
        meeting_id, hearing = owner
        if window.view is None or window.view.meeting_id != meeting_id:
            window.open_meeting(meeting_id)
        view = window.view
        if view is None or view.meeting_id != meeting_id:
            return  # refused (the server is gone, a damaged meeting): open_meeting said why
        kind = "hearing" if hearing else "preparation"
        step = next((s for s in view.order if s.kind == kind), None)
        if step is None:  # a sheet of a step this meeting no longer has
            window.show_message(
                translate("opened_file", "{0}: mødet har ikke længere trinnet, arket hører til.").format(path.name),
                error=True,
            )
            return
        view.go_to_step(step.key)
        view.page_for(step.key).import_files([path])

    return run_task(
        meeting_of_sheet,
        window.db,
        path,
        on_done=found,
        on_error=lambda e: QMessageBox.warning(window, translate("opened_file", "Arket kan ikke indlæses"), e.message),
        parent=window,
        label=translate("opened_file", "Læser {0} …").format(path.name),
    )
