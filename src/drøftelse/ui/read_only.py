"""A database opened read-only on purpose (a read-only file or folder, a full disk at start): the window says so
in a banner, and nothing in it pretends to save. Texts are read-only, tables cannot be edited or ticked, and
buttons and shortcuts that change something are disabled; those marked with `reads_only` (exports, moving
between steps) stay."""

from __future__ import annotations

from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.ui.translation import translate

_MARK = "reads_only"
TITLE = QT_TRANSLATE_NOOP("read_only", "Skrivebeskyttet — ændringer gemmes ikke")


def reads_only(*objects) -> None:
    """Mark buttons, boxes or shortcuts that only read, so they stay usable when the database is read-only."""
    for o in objects:
        o.setProperty(_MARK, True)


def banner(reason: str) -> QLabel:
    label = QLabel(
        translate(
            "read_only",
            "<b>{0}</b> ({1}). I kan læse møderne og gemme dem som PDF eller mødefil; for at "
            "skrive skal databasen ligge et sted, hvor den kan ændres.",
        ).format(translate("read_only", TITLE), _escaped(reason))
    )
    label.setAccessibleName(translate("read_only", "Skrivebeskyttet"))
    label.setWordWrap(True)
    label.setStyleSheet(
        "QLabel { background: #fff4cc; color: #4a3b00; border: 1px solid #d9b54a; border-radius: 4px; padding: 6px; }"
    )
    return label


def lock_editing(root: QWidget) -> None:
    """Nothing under `root` can change the database any more."""
    for w in root.findChildren(QWidget):
        if w.property(_MARK):
            continue
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            w.setReadOnly(True)
        elif isinstance(w, QAbstractItemView):
            w.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            w.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
            model = w.model()
            if hasattr(model, "locked"):  # RecordTableModel: no cell editable, no box tickable
                model.locked = True
        elif isinstance(w, (QAbstractButton, QAbstractSpinBox, QComboBox)):
            w.setEnabled(False)
    for shortcut in root.findChildren(QShortcut):
        if not shortcut.property(_MARK):
            shortcut.setEnabled(False)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
