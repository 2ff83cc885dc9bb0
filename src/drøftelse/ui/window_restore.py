"""Putting a backup back while the window has the database open (issue 26): asked first, the open meeting closed,
every connection let go (restore_backup needs the file to itself), the backup put in place on a worker, and the
window built again on the reopened file, keeping the single-instance guard. A shared PostgreSQL database and a
file opened read-only are refused in Danish."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from drøftelse.domain.errors import DroeftelseError
from drøftelse.services.database import open_database, restore_backup
from drøftelse.ui.restore_dialog import _cannot_restore, _restore_task, choose_backup, made_text, restored_text
from drøftelse.ui.translation import translate

_windows: list = []  # the window built on the restored file: a top-level window has no parent to keep it


def refusal(db) -> str | None:
    if db.dialect == "postgresql":
        return translate(
            "RestoreDialog",
            "En fælles database på en server lægges tilbage af serveren (jeres IT), ikke fra dette vindue.",
        )
    if db.read_only:
        return translate(
            "RestoreDialog", "Databasen er åbnet skrivebeskyttet ({0}), så en sikkerhedskopi kan ikke lægges tilbage."
        ).format(db.read_only)
    return None


def restore_into_window(window, chosen: tuple[Path, dt.datetime | None] | None = None, confirm: bool = True):
    """Ask for a backup (unless `chosen`), confirm, and put it in place; returns the Task, or None. Once it is done
    the window is `window.replaced_by`, built on the restored file."""
    db = window.db
    title = translate("RestoreDialog", "Gendan sikkerhedskopi")
    if (why := refusal(db)) is not None:
        QMessageBox.information(window, title, why)
        return None
    chosen = chosen or choose_backup(window, db.path)
    if chosen is None:
        return None
    backup, made = chosen
    if confirm and not _confirmed(window, made):
        return None
    view = window.view
    window.close_meeting()  # what was typed is stored first
    if view is not None:  # its polls would open the file again while it is being replaced
        for timer in view.findChildren(QTimer):
            timer.stop()
    window.setEnabled(False)  # nothing may read the file until it is back
    db.dispose()

    def failed(error: DroeftelseError) -> None:
        window.setEnabled(True)
        _cannot_restore(window, error)
        window.list_page.refresh()  # nothing changed: the same file, opened again when read

    return _restore_task(window, db.path, backup, on_done=lambda kept: _reopen(window, made, kept), on_error=failed)


def _confirmed(window, made: dt.datetime | None) -> bool:
    when = made_text(made).replace(" ", "\u00a0") if made else translate("RestoreDialog", "da kopien blev taget")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("RestoreDialog", "Gendan sikkerhedskopi"),
        translate(
            "RestoreDialog",
            "Databasen lægges tilbage, som den var {0}. Det, der er skrevet siden, gemmes som en sikkerhedskopi og "
            "kan hentes igen.",
        ).format(when),  # the date kept on one line
        parent=window,
    )
    restore = box.addButton(translate("RestoreDialog", "Gendan"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("RestoreDialog", "Annuller"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is restore


def _reopen(window, made: dt.datetime | None, kept: Path | None) -> None:
    path = window.db.path
    text = restored_text(made, kept)
    try:
        db = open_database(path)
    except DroeftelseError as e:
        # the copy was sound but cannot be opened (its upgrade failed): the file that was there goes back
        text = translate("RestoreDialog", "Sikkerhedskopien kan ikke åbnes: {0}").format(e.message)
        try:
            if kept is None:
                raise
            restore_backup(path, kept)
            db = open_database(path)
        except DroeftelseError as again:
            QMessageBox.critical(window, translate("RestoreDialog", "Databasen kan ikke åbnes"), again.message)
            window.close()
            return
        text += "\n\n" + translate("RestoreDialog", "Databasen er lagt tilbage, som den var før.")
        QMessageBox.warning(window, translate("RestoreDialog", "Sikkerhedskopien kan ikke gendannes"), text)
        text = ""
    _replace_window(window, db, text)


def _replace_window(old, db, text: str) -> None:
    # a window of the old one's own class (ui/main_window.MainWindow): the main window reaches this module through
    # its list page, so naming the class here would close a circle of imports
    new = type(old)(db, old.templates, clock=old.clock)
    guard = getattr(old, "guard", None)
    if guard is not None:  # the lock beside the file stays held throughout: no second Drøftelse slips in
        old.guard = None
        guard.show_requested.disconnect(old.bring_forward)
        guard.setParent(new)
        new.guard = guard
        guard.file_replaced()
        guard.show_requested.connect(new.bring_forward)
    new.setGeometry(old.geometry())
    new.showMaximized() if old.isMaximized() else new.show()
    new.show_message(text)
    old.replaced_by = new
    _windows[:] = [w for w in _windows if w is not old] + [new]
    new.destroyed.connect(lambda *_: _windows.remove(new) if new in _windows else None)
    old.close()
    old.deleteLater()
