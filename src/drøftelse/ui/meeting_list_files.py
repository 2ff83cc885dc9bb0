"""The meeting list's actions on files and on what is stored: a meeting's handleplan as PDF, the folder for
Arbejdstilsynet, a meeting file out and in, the database's backup and restore, and deleting a meeting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.file_names import safe_name
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.ui.translation import translate

UNCHANGED = QT_TRANSLATE_NOOP("MeetingListPage", "Intet er ændret.")


class MeetingFileActions:
    """MeetingListPage's buttons from PDF to Slet; each acts on the selected meeting or the committee shown."""

    def export_handleplan(self, path: Path | None = None, meeting_id: int | None = None) -> Path | None:
        from drøftelse.ui.exporting import export_handleplan_pdf

        mid = meeting_id or self.selected_meeting()
        if mid is None:
            return None
        return export_handleplan_pdf(self, self.db, self.templates, mid, path, self.window_.show_message)

    def export_at_folder(self, path: Path | None = None):
        """The folder for Arbejdstilsynet of the committee shown, on a worker; returns the Task, or None."""
        from drøftelse.domain.at_folder import folder_file_name
        from drøftelse.ui.exporting import export_document
        from drøftelse.ui.file_dialogs import AT_FOLDER

        c = self.committee()
        if c is None:
            return None
        db, templates, cid = self.db, self.templates, c.id

        def write(target: Path, check) -> Path:
            from drøftelse.services.at_folder import write_folder  # reportlab and pypdf: on the worker

            return write_folder(db, templates, cid, target, check=check)

        return export_document(
            self,
            translate("MeetingListPage", "Mappen til Arbejdstilsynet"),
            folder_file_name(c.name, dt.date.today()).removesuffix(".pdf"),
            write,
            path,
            self.window_.show_message,
            kind=AT_FOLDER,
        )

    def export_meeting_file(self, path: Path | None = None):
        """The selected meeting as a meeting file, on a worker; returns the Task, or None."""
        from drøftelse.services.meeting_file import write_meeting_file

        mid = self.selected_meeting()
        if mid is None:
            return None
        title = self.model.by_key(mid).title
        from drøftelse.ui.dialogs import ask_save_path

        path = path or ask_save_path(
            self,
            translate("MeetingListPage", "Gem mødefil"),
            f"{safe_name(title)}.droeftelse.json",  # known as a meeting file by every desktop (packaging/linux)
            translate("MeetingListPage", "Mødefil (*.json)"),
        )
        if path is None:
            return None
        from drøftelse.ui.exporting import export_document

        db, templates = self.db, self.templates
        return export_document(
            self,
            translate("MeetingListPage", "Mødefilen"),
            title,
            lambda target, check: write_meeting_file(db, templates, mid, target),
            path,
            self.window_.show_message,
            open_after=False,
            pattern=translate("MeetingListPage", "Mødefil (*.json)"),
        )

    def import_meeting_file(self, path: Path | None = None):
        """A meeting file in, on a worker; returns the Task (its result is the new meeting's id), or None."""
        from drøftelse.services.meeting_file import import_meeting_file
        from drøftelse.ui.dialogs import ask_open_path
        from drøftelse.ui.tasks import run_task

        path = path or ask_open_path(
            self,
            translate("MeetingListPage", "Indlæs mødefil"),
            translate("MeetingListPage", "Mødefil (*.json);;Alle filer (*)"),
        )
        if path is None:
            return None

        def imported(_meeting_id: int) -> None:
            self.refresh()
            self.notice.say(
                translate("MeetingListPage", "Mødet fra {0} er indlæst.").format(path.name),
                "done",
                translate("MeetingListPage", "Det står i listen herunder: vælg det og tryk Fortsæt for at åbne det."),
            )

        return run_task(
            import_meeting_file,
            self.db,
            path,
            self.templates,
            on_done=imported,
            on_error=lambda e: QMessageBox.warning(
                self,
                translate("MeetingListPage", "Mødefilen kan ikke indlæses"),
                f"{e.message}\n\n{translate('MeetingListPage', UNCHANGED)}",
            ),
            parent=self,
            label=translate("MeetingListPage", "Indlæser mødefilen …"),
        )

    def backup_database(self, path: Path | None = None):
        """A copy of the whole database (every committee and meeting) to keep elsewhere; on a worker."""
        from drøftelse.services.database import backup_to
        from drøftelse.ui.exporting import export_document

        db = self.db
        stamp = dt.date.today().isoformat()
        return export_document(
            self,
            translate("MeetingListPage", "Sikkerhedskopien"),
            translate("MeetingListPage", "Drøftelse-sikkerhedskopi {0}.sqlite").format(stamp),
            lambda target, check: backup_to(db, target),
            path,
            self.window_.show_message,
            open_after=False,
            pattern=translate("MeetingListPage", "Drøftelse-database (*.sqlite)"),
        )

    def restore_database(self, chosen=None, confirm: bool = True):
        """Put a backup back in place of the database; the window is then built again on it (ui/window_restore)."""
        from drøftelse.ui.window_restore import restore_into_window

        return restore_into_window(self.window_, chosen, confirm)

    def delete_selected(self, confirm: bool = True) -> bool:
        from drøftelse.services.meetings import delete_meeting, get_meeting, meeting_summary

        mid = self.selected_meeting()
        if mid is None:
            return False
        m = get_meeting(self.db, mid)
        n = meeting_summary(self.db, mid)
        text = translate(
            "MeetingListPage",
            "Slet »{0}« ({1})?\n\nDette slettes for altid: {2} deltagere, {3} udfyldte tekster "
            "og {4} rækker i handleplanen.\n\nGem evt. en mødefil først, hvis I vil kunne "
            "hente mødet igen.",
        ).format(m.title, short_date(m.date), n["participants"], n["texts"], n["action_items"])
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Warning, translate("MeetingListPage", "Slet møde"), text, parent=self)
            delete = box.addButton(translate("MeetingListPage", "Slet mødet"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(translate("MeetingListPage", "Behold"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not delete:
                return False
        delete_meeting(self.db, mid)
        self.refresh()
        self.window_.show_message(translate("MeetingListPage", "»{0}« er slettet.").format(m.title))
        return True
