"""Putting a backup back (issue 26): the rotating backups beside the database listed in a dialog, one chosen, and
services.database.restore_backup putting it in place on a worker. Offered at start when the file cannot be opened,
and from the meeting list, where the window first lets go of the file and is then built again on the restored one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain.danish_dates import long_date
from drøftelse.domain.errors import DroeftelseError
from drøftelse.paths import backup_dir_for
from drøftelse.services.database import BackupInfo, backups_for, restore_backup
from drøftelse.ui.translation import translate

BEFORE_UPGRADE = "foer-opgradering-fra-"  # the names store/backup.py gives (the reason part of a backup's name)
BEFORE_RESTORE = "foer-gendannelse"


def reason_text(reason: str) -> str:
    if reason.startswith(BEFORE_UPGRADE):
        return translate("RestoreDialog", "Før opgradering fra skemaversion {0}").format(reason[len(BEFORE_UPGRADE) :])
    if reason == BEFORE_RESTORE:
        return translate("RestoreDialog", "Før en gendannelse")
    return translate("RestoreDialog", "Sikkerhedskopi")


def made_text(made: dt.datetime) -> str:
    return translate("RestoreDialog", "{0} kl. {1}").format(long_date(made.date()), made.strftime("%H.%M"))


class RestoreDialog(QDialog):
    """The backups, newest first; the newest taken before an upgrade is chosen (the one that undoes a failed
    upgrade). "Vælg en anden fil …" takes any copy, e.g. one kept on a USB stick."""

    def __init__(self, db_path: Path, backups: list[BackupInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.backups = backups
        self.chosen: Path | None = None
        self.chosen_made: dt.datetime | None = None
        self.setWindowTitle(translate("RestoreDialog", "Gendan sikkerhedskopi"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_intro())
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_buttons())
        self.table.itemSelectionChanged.connect(self._enable)
        self._preselect()
        self._enable()
        self.resize(680, 300 if backups else 150)

    def _build_intro(self) -> QLabel:
        intro = QLabel(
            translate(
                "RestoreDialog",
                "Vælg den sikkerhedskopi, databasen skal lægges tilbage til. Den fil, der er nu, gemmes først "
                "som en sikkerhedskopi, så intet går tabt.",
            )
            if self.backups
            else translate("RestoreDialog", "Der er ingen sikkerhedskopier i {0} endnu.").format(
                backup_dir_for(self.db_path)
            )
        )
        intro.setWordWrap(True)
        return intro

    def _build_table(self) -> QTreeWidget:
        """The backups, one a row: when, why, the schema version; one that cannot be read is shown, not offered."""
        self.table = QTreeWidget()
        self.table.setAccessibleName(translate("RestoreDialog", "Sikkerhedskopier"))
        self.table.setHeaderLabels(
            [
                translate("RestoreDialog", "Taget"),
                translate("RestoreDialog", "Hvad"),
                translate("RestoreDialog", "Skemaversion"),
            ]
        )
        self.table.setRootIsDecorated(False)
        self.table.setStyleSheet("QTreeView::item { padding: 3px 8px 3px 2px; }")  # columns apart, rows to click
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for b in self.backups:
            revision = b.revision or translate("RestoreDialog", "kan ikke læses")
            item = QTreeWidgetItem([made_text(b.made), reason_text(b.reason), revision])
            item.setData(0, Qt.ItemDataRole.UserRole, b)
            item.setToolTip(0, str(b.path))
            if b.revision is None:  # restore_backup would refuse it: not offered
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.table.addTopLevelItem(item)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(self.backups))
        self.table.itemDoubleClicked.connect(lambda *_: self.accept())
        return self.table

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()  # another file on the left, apart from the buttons that end the dialog
        self.other_button = QPushButton(translate("RestoreDialog", "&Vælg en anden fil …"))
        self.other_button.setAutoDefault(False)
        self.other_button.clicked.connect(lambda *_: self.choose_other())
        row.addWidget(self.other_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("RestoreDialog", "&Gendan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        return row

    def _preselect(self) -> None:
        usable = [i for i in range(self.table.topLevelItemCount()) if self.backups[i].revision is not None]
        upgrades = [i for i in usable if self.backups[i].reason.startswith(BEFORE_UPGRADE)]
        first = (upgrades or usable or [None])[0]  # newest first
        if first is not None:
            self.table.setCurrentItem(self.table.topLevelItem(first))
        self.table.setFocus()

    def _enable(self) -> None:
        self.ok.setEnabled(bool(self.table.selectedItems()))

    def selected(self) -> BackupInfo | None:
        items = self.table.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def choose_other(self) -> None:
        folder = backup_dir_for(self.db_path)
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("RestoreDialog", "Vælg en sikkerhedskopi"),
            str(folder if folder.is_dir() else self.db_path.parent),
            translate("RestoreDialog", "Drøftelse-database (*.sqlite);;Alle filer (*)"),
        )
        if not path:
            return
        self.chosen = Path(path)
        try:
            self.chosen_made = dt.datetime.fromtimestamp(self.chosen.stat().st_mtime)
        except OSError:
            self.chosen_made = None
        super().accept()

    def accept(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        self.chosen, self.chosen_made = backup.path, backup.made
        super().accept()


def choose_backup(parent: QWidget | None, db_path: Path) -> tuple[Path, dt.datetime | None] | None:
    """The backup the user chose (and when it was taken), or None."""
    dialog = RestoreDialog(db_path, backups_for(db_path), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    return dialog.chosen, dialog.chosen_made


def restored_text(made: dt.datetime | None, kept: Path | None) -> str:
    text = (
        translate("RestoreDialog", "Databasen er lagt tilbage, som den var {0}.").format(made_text(made))
        if made
        else translate("RestoreDialog", "Sikkerhedskopien er lagt tilbage.")
    )
    if kept is not None:
        text += " " + translate("RestoreDialog", "Den fil, der var, er gemt som {0}.").format(kept.name)
    return text


def refused_at_start(path: Path, message: str, offer_restore: bool = True) -> str | None:
    """The start's "cannot be opened" message; with backups beside the file it offers to put one back (not where
    the file cannot be written). Returns what to say in the window once one is in place (then the caller opens the
    file again), or None."""
    while True:
        box = QMessageBox(QMessageBox.Icon.Critical, translate("app", "Databasen kan ikke åbnes"), message)
        ok = box.addButton(QMessageBox.StandardButton.Ok)
        restore = None
        if offer_restore and backups_for(path):
            restore = box.addButton(
                translate("RestoreDialog", "Gendan sikkerhedskopi …"), QMessageBox.ButtonRole.ActionRole
            )
        box.setDefaultButton(ok)
        box.setEscapeButton(ok)
        box.exec()
        if restore is None or box.clickedButton() is not restore:
            return None
        chosen = choose_backup(None, path)
        if chosen is None:
            continue  # back to the message: the user may still close, or choose again
        task = _restore_task(None, path, chosen[0])
        while not task.wait(60_000):
            pass
        if task.error is None:
            return restored_text(chosen[1], task.result)
        _cannot_restore(None, task.error)


def _restore_task(parent: QWidget | None, path: Path, backup: Path, on_done=None, on_error=None):
    from drøftelse.ui.tasks import run_task

    return run_task(
        restore_backup,
        path,
        backup,
        on_done=on_done,
        on_error=on_error,
        parent=parent,
        label=translate("RestoreDialog", "Lægger sikkerhedskopien tilbage …"),
    )


def _cannot_restore(parent: QWidget | None, error: DroeftelseError) -> None:
    QMessageBox.warning(parent, translate("RestoreDialog", "Sikkerhedskopien kan ikke gendannes"), error.message)
