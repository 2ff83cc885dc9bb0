"""File dialogs that start where the chairs were last for that kind of file (issue 31): the meeting files in one
folder, the returned sheets in another, the PDFs for the board in a third. Each kind's last folder is kept in the
settings; a bare name typed lands in it; the names the app proposes are safe on every system
(domain/file_names.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from drøftelse.domain.file_names import safe_file_name

# the kinds of file, each with its own last folder (the settings' keys: "mapper/<kind>")
MEETING_FILES = "moedefiler"
RETURNED_SHEETS = "indkomne-ark"
SHEETS_OUT = "ark-ud"
PDF = "pdf"
TABLES = "tabeller"  # CSV and Excel
CALENDAR = "kalender"
AT_FOLDER = "arbejdstilsynet"
KINDS = (MEETING_FILES, RETURNED_SHEETS, SHEETS_OUT, PDF, TABLES, CALENDAR, AT_FOLDER)
_KIND_OF_SUFFIX = {".json": MEETING_FILES, ".csv": TABLES, ".xlsx": TABLES, ".ics": CALENDAR, ".pdf": PDF}
_FIRST_SUFFIX = re.compile(r"\*(\.[A-Za-z0-9]{1,5})\b")


def kind_of(name_or_pattern: str) -> str:
    """The kind a suggested name ("Referat.pdf") or a dialog's pattern ("Mødefil (*.json)") is of."""
    found = _FIRST_SUFFIX.search(name_or_pattern)
    suffix = found.group(1) if found else Path(name_or_pattern).suffix
    return _KIND_OF_SUFFIX.get(suffix.lower(), PDF)


def last_folder(kind: str, settings: QSettings | None = None) -> Path:
    """The folder last used for `kind`; the home folder the first time, or when that folder is gone."""
    value = (settings or QSettings()).value(f"mapper/{kind}", "")
    folder = Path(str(value)) if value else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def remember_folder(kind: str, folder: Path, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(f"mapper/{kind}", str(folder))


def landed(kind: str, chosen: str, settings: QSettings | None = None) -> Path:
    """Where a chosen name is: a bare or relative name ("referat.pdf", as a native dialog or a typed answer may
    give it) in the kind's last folder, never in the folder the app happened to start in."""
    path = Path(chosen).expanduser()
    return path if path.is_absolute() else last_folder(kind, settings) / path


def ask_save_path(
    parent: QWidget | None,
    title: str,
    suggested: str,
    pattern: str,
    kind: str | None = None,
    settings: QSettings | None = None,
) -> Path | None:
    """Where to save: the dialog opens in the kind's last folder with a safe name proposed; a name typed without
    its extension gets the pattern's (asked about before it overwrites anything, by the dialog itself)."""
    kind = kind or kind_of(suggested)
    dialog = QFileDialog(parent, title, str(last_folder(kind, settings)), pattern)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if found := _FIRST_SUFFIX.search(pattern):
        dialog.setDefaultSuffix(found.group(1)[1:])
    dialog.selectFile(safe_file_name(suggested))
    chosen = dialog.selectedFiles() if dialog.exec() else []
    dialog.deleteLater()
    return _remembered(kind, chosen[0], settings) if chosen and chosen[0] else None


def ask_open_path(
    parent: QWidget | None, title: str, pattern: str, kind: str | None = None, settings: QSettings | None = None
) -> Path | None:
    kind = kind or kind_of(pattern)
    path, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder(kind, settings)), pattern)
    return _remembered(kind, path, settings) if path else None


def ask_open_paths(
    parent: QWidget | None, title: str, pattern: str, kind: str, settings: QSettings | None = None
) -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(last_folder(kind, settings)), pattern)
    paths = [landed(kind, p, settings) for p in chosen if p]
    if paths:
        remember_folder(kind, paths[0].parent, settings)
    return paths


def ask_folder(parent: QWidget | None, title: str, kind: str, settings: QSettings | None = None) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(last_folder(kind, settings)))
    if not chosen:
        return None
    folder = landed(kind, chosen, settings)
    remember_folder(kind, folder, settings)
    return folder


def _remembered(kind: str, chosen: str, settings: QSettings | None) -> Path:
    path = landed(kind, chosen, settings)
    remember_folder(kind, path.parent, settings)
    return path
