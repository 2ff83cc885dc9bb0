"""A database opened read-only on purpose (a read-only file or folder, a full disk at start): the window says so
in a banner, and nothing in it pretends to save. Texts are read-only, tables cannot be edited or ticked, and
buttons and shortcuts that change something are disabled; those marked with `reads_only` (exports, moving
between steps) stay.

A closed meeting is locked the same way, with its own banner (when it was closed, and Genåbn …): its referat
stands as it was closed until the chairs reopen it and say why. Its reopen buttons (`reopens`) stay usable
unless the database itself is read-only.

The demo's example meeting has a banner of the same look (`ExampleBanner`): not the committee's own, not counted,
and a button that keeps it as theirs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Container

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from drøftelse.domain.danish_dates import long_date
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.ui.translation import translate

_MARK = "reads_only"
_REOPENS = "reopens_meeting"
_STYLE = "background: #fff4cc; color: #4a3b00; border: 1px solid #d9b54a; border-radius: 4px;"
TITLE = QT_TRANSLATE_NOOP("read_only", "Skrivebeskyttet — ændringer gemmes ikke")


def reads_only(*objects) -> None:
    """Mark buttons, boxes or shortcuts that only read, so they stay usable when the database is read-only."""
    for o in objects:
        o.setProperty(_MARK, True)


def reopens(*objects) -> None:
    """Mark buttons that reopen a closed meeting: the one thing a closed meeting's page still does."""
    for o in objects:
        o.setProperty(_REOPENS, True)


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
    label.setStyleSheet(f"QLabel {{ {_STYLE} padding: 6px; }}")
    return label


class ClosedBanner(QFrame):
    """Above a closed meeting: when it was closed, and the way to reopen it."""

    def __init__(self, reopen: Callable[[], None], can_reopen: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("closedBanner")
        self.setStyleSheet(f"QFrame#closedBanner {{ {_STYLE} }}")
        self.setAccessibleName(translate("read_only", "Mødet er afsluttet"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet("font-weight: bold; border: none; background: transparent;")
        row.addWidget(self.label, 1)
        self.button = QPushButton(translate("read_only", "&Genåbn …"))
        self.button.setAccessibleName(translate("read_only", "Genåbn mødet"))
        self.button.setToolTip(translate("read_only", "Genåbn mødet for at rette i det; I bliver spurgt hvorfor"))
        self.button.setEnabled(can_reopen)  # a read-only database cannot reopen anything
        self.button.clicked.connect(lambda: reopen())
        row.addWidget(self.button)
        self.hide()

    def show_closed(self, closed_at: dt.datetime | None) -> None:
        if closed_at is None:
            self.hide()
            return
        self.label.setText(
            translate("read_only", "Afsluttet {0} – genåbn for at rette").format(long_date(closed_at.date()))
        )
        self.show()


class ExampleBanner(QFrame):
    """Above the demo's example meeting: it is not the committee's own, and is not counted, until the chairs keep
    it (`keep`, which asks first)."""

    def __init__(self, keep: Callable[[], None], can_keep: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exampleBanner")
        self.setStyleSheet(f"QFrame#exampleBanner {{ {_STYLE} }}")
        self.setAccessibleName(translate("read_only", "Eksempel"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(
            translate(
                "read_only",
                "Eksempel – ikke jeres eget møde. Det tælles ikke med i årshjulet eller udvalgets handleplan.",
            )
        )
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet("font-weight: bold; border: none; background: transparent;")
        row.addWidget(self.label, 1)
        self.button = QPushButton(translate("read_only", "&Behold som vores eget …"))
        self.button.setAccessibleName(translate("read_only", "Behold mødet som vores eget"))
        self.button.setToolTip(
            translate(
                "read_only",
                "Mødet bliver udvalgets eget og tælles med i årshjulet og handleplanen; I bliver spurgt først",
            )
        )
        self.button.setEnabled(can_keep)  # a read-only database cannot keep anything
        self.button.clicked.connect(lambda: keep())
        row.addWidget(self.button)
        self.hide()


def lock_editing(root: QWidget, closed_meeting: bool = False) -> None:
    """Nothing under `root` can change the database any more; for a closed meeting (`closed_meeting`, the
    database writable) the buttons that reopen it stay."""
    for w in root.findChildren(QWidget):
        if w.property(_MARK) or (closed_meeting and w.property(_REOPENS)):
            continue
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            w.setReadOnly(True)
            palette = w.palette()  # greyed as the window, so a box does not look as if it takes typing
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
            w.setPalette(palette)
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


def lock_for_now(root: QWidget, spare: Container[QWidget] = ()) -> Callable[[], None]:
    """Lock what can change the database under `root`, as `lock_editing` does, but for a while (the server cannot be
    reached): the widgets in `spare` (the answer boxes, whose typing is kept) stay as they are. Returns what
    unlocks exactly what this locked; what was locked already stays locked."""
    undo: list[Callable[[], None]] = []
    for w in root.findChildren(QWidget):
        if w in spare or w.property(_MARK):
            continue
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            if not w.isReadOnly():
                palette = w.palette()
                w.setReadOnly(True)
                grey = w.palette()
                grey.setColor(QPalette.ColorRole.Base, grey.color(QPalette.ColorRole.Window))
                w.setPalette(grey)
                undo.append(lambda w=w, p=palette: (w.setReadOnly(False), w.setPalette(p)))
        elif isinstance(w, QAbstractItemView):
            triggers, drops, model = w.editTriggers(), w.dragDropMode(), w.model()
            w.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            w.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
            undo.append(lambda w=w, t=triggers, d=drops: (w.setEditTriggers(t), w.setDragDropMode(d)))
            if hasattr(model, "locked") and not model.locked:  # RecordTableModel, HandleplanModel
                model.locked = True
                undo.append(lambda m=model: setattr(m, "locked", False))
        elif isinstance(w, (QAbstractButton, QAbstractSpinBox, QComboBox)):
            if not w.testAttribute(Qt.WidgetAttribute.WA_Disabled):  # its own state, not its parent's
                w.setEnabled(False)
                undo.append(lambda w=w: w.setEnabled(True))
    for shortcut in root.findChildren(QShortcut):
        if not shortcut.property(_MARK) and shortcut.isEnabled():
            shortcut.setEnabled(False)
            undo.append(lambda s=shortcut: s.setEnabled(True))

    def unlock() -> None:
        for step in reversed(undo):
            try:
                step()
            except RuntimeError:  # its widget was deleted meanwhile (a view closed)
                pass

    return unlock


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
