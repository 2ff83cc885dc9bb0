"""Flat Qt table models over lists of frozen records from the services, and what their cells and views share.

A `RecordTableModel` holds one record (a frozen dataclass: `MeetingLine`, `ParticipantRecord`, an aarshjul `Event`
…) per row and describes its columns with `Column`s. It tells the view one small change at a time: an edit
replaces one record and emits `dataChanged` for its row; a record added or removed is `beginInsertRows` or
`beginRemoveRows`; `sync` turns a fresh list into those same steps and resets only when the rows changed order.

Long texts: a cell shows its first lines (at most `DISPLAY_CHARS` characters) and "…", its tooltip the text (cut at
`TOOLTIP_CHARS`, for sanity) and its editor the whole text. Laying out 100,000 characters for every size hint and
every paint is what made a row with long cells take most of a minute to appear.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from drøftelse.domain.errors import ServerUnreachable
from drøftelse.ui.translation import translate

DISPLAY_CHARS = 300
DISPLAY_LINES = 6
TOOLTIP_CHARS = 4000
TOOLTIP_LINES = 60
ELLIPSIS = "…"

_ROOT = QModelIndex()  # Qt's "no parent": a flat table has only the root
_ROLE = Qt.ItemDataRole
# The roles a RecordTableModel answers. A view asks each cell for eight or more roles to size and paint it; the
# others are answered None before any record is looked at (half the time of sizing a 250-row årshjul's column).
_ANSWERED = frozenset(
    int(r.value)
    for r in (
        _ROLE.DisplayRole,
        _ROLE.EditRole,
        _ROLE.ToolTipRole,
        _ROLE.CheckStateRole,
        _ROLE.ForegroundRole,
        _ROLE.FontRole,
    )
)


def cut(text: str, chars: int = DISPLAY_CHARS, lines: int = DISPLAY_LINES) -> str:
    """The start of a text, at most `chars` characters and `lines` lines, ending in "…" when some is left out."""
    if len(text) <= chars and text.count("\n") < lines:
        return text
    head = text[:chars].split("\n", lines)
    return "\n".join(head[:lines]).rstrip() + ELLIPSIS


def tooltip(text: str) -> str | None:
    """The whole text for a cell's tooltip: only cut when it is beyond reading there."""
    return cut(text, TOOLTIP_CHARS, TOOLTIP_LINES) if text else None


_bold: QFont | None = None


def bold_font() -> QFont:
    global _bold
    if _bold is None:  # made on first use: a QFont wants the application to exist
        _bold = QFont()
        _bold.setBold(True)
    return _bold


def is_checked(value) -> bool:
    """A check state as the view (an int), a test (Qt.CheckState) or code (a bool) passes it."""
    if isinstance(value, bool):
        return value
    return Qt.CheckState(value) == Qt.CheckState.Checked


@dataclass(frozen=True)
class Column:
    heading: str
    text: Callable[[Any], str]  # what the cell says (shown cut when long)
    edit: Callable[[Any], Any] | None = None  # the value an editor starts from; None: the cell is read-only
    check: Callable[[Any], bool] | None = None  # a tick box; `text` says the same in words ("ja"/"nej")


class RecordTableModel(QAbstractTableModel):
    """One frozen record per row. Subclasses store edits (`store`) and may colour cells (`foreground`, `bold`)."""

    stored = Signal()  # an edit was written: the meeting's "Gemt" shows the time of it

    def __init__(self, columns: Sequence[Column], rows: Iterable = (), parent=None):
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: list = list(rows)

    def key(self, record) -> Any:
        """What stays the same about a record across edits, to tell a changed row from a new one."""
        return record.id

    # --- reading
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=_ROLE.DisplayRole):  # noqa: N802
        if role != _ROLE.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].heading if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def record(self, row: int):
        return self.rows[row]

    def row_of(self, key) -> int:
        return next((r for r, record in enumerate(self.rows) if self.key(record) == key), -1)

    def by_key(self, key):
        row = self.row_of(key)
        return self.rows[row] if row >= 0 else None

    def foreground(self, record, column: int):
        """A QColor (or Qt.GlobalColor) for the cell's text, or None for the palette's."""
        return None

    def bold(self, record, column: int) -> bool:
        return False

    def data(self, index, role=_ROLE.DisplayRole):
        if int(role) not in _ANSWERED or not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        record, column = self.rows[index.row()], self.columns[index.column()]
        if role == _ROLE.DisplayRole:
            return cut(column.text(record))
        if role == _ROLE.EditRole:
            return column.edit(record) if column.edit else column.text(record)
        if role == _ROLE.ToolTipRole:
            return tooltip(column.text(record))
        if role == _ROLE.CheckStateRole and column.check:
            return Qt.CheckState.Checked if column.check(record) else Qt.CheckState.Unchecked
        if role == _ROLE.ForegroundRole:
            return self.foreground(record, index.column())
        if role == _ROLE.FontRole:
            return bold_font() if self.bold(record, index.column()) else None
        return None

    # --- editing
    locked = False  # the database is read-only: no cell can be edited or ticked (ui/read_only.py)

    def flags(self, index):
        flags = super().flags(index)
        if not index.isValid() or self.locked:
            return flags
        column = self.columns[index.column()]
        if column.check:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if column.edit:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=_ROLE.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return False
        record, column = self.rows[index.row()], self.columns[index.column()]
        if role == _ROLE.CheckStateRole and column.check:
            value, current = is_checked(value), column.check(record)
        elif role == _ROLE.EditRole and column.edit:
            current = column.edit(record)
        else:
            return False
        if value == current:
            return False
        try:
            changed = self.store(record, index.column(), value)
        except ServerUnreachable as e:  # the cell keeps the stored value; the window lists this edit as not stored
            if e.not_stored is None:
                e.not_stored = self.describe_edit(record, index.column(), value, current)
            raise
        if changed is None:
            return False
        self.replace_row(index.row(), changed)
        self.stored.emit()
        return True

    def store(self, record, column: int, value):
        """Store an edit of one cell through the services; the record as it now is, or None when it is refused."""
        return None

    def describe_edit(self, record, column: int, value, current) -> str:
        """An edit of a cell in words, for the list of what was not stored: "Navn «Bente B» (i stedet for «Bente»)"."""
        heading = self.columns[column].heading
        if self.columns[column].check:
            yes = translate("RecordTableModel", "ja") if value else translate("RecordTableModel", "nej")
            return translate("RecordTableModel", "{0}: {1} for «{2}»").format(
                heading, yes, cut(self.columns[0].text(record), 60, 1)
            )
        return translate("RecordTableModel", "{0} «{1}» (i stedet for «{2}»)").format(
            heading, cut(str(value if value is not None else ""), 120, 2), cut(str(current or ""), 40, 1)
        )

    # --- the small changes the view is told about
    def replace_row(self, row: int, record) -> None:
        self.rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def insert_row(self, row: int, record) -> None:
        self.beginInsertRows(_ROOT, row, row)
        self.rows.insert(row, record)
        self.endInsertRows()

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(_ROOT, row, row)
        del self.rows[row]
        self.endRemoveRows()

    def move_row(self, row: int, target: int, records: Iterable | None = None) -> None:
        """Move a row to `target`; `records`, when given, is the list as it is after the move (new positions)."""
        self.beginMoveRows(_ROOT, row, row, _ROOT, target + 1 if target > row else target)
        if records is None:
            self.rows.insert(target, self.rows.pop(row))
        else:
            self.rows = list(records)
        self.endMoveRows()

    def set_rows(self, records: Iterable) -> None:
        """Show a new list from scratch (a load): one reset."""
        self.beginResetModel()
        self.rows = list(records)
        self.endResetModel()

    def sync(self, records: Iterable) -> None:
        """Show `records` in place of the rows shown, in the fewest steps: rows that went are removed, rows that
        came are inserted, rows that changed are replaced, and an unchanged list changes nothing. A new list with
        nothing in common with the one shown (the first load, another committee), rows in a new order or keys that
        repeat reset the model."""
        records = list(records)
        keys = [self.key(r) for r in records]
        shown = [self.key(r) for r in self.rows]
        wanted = set(keys)
        if not records and not self.rows:
            return
        if (records and wanted.isdisjoint(shown)) or len(wanted) < len(keys) or len(set(shown)) < len(shown):
            self.set_rows(records)
            return
        for row in range(len(self.rows) - 1, -1, -1):
            if shown[row] not in wanted:
                self.remove_row(row)
        kept = {self.key(r) for r in self.rows}
        if [self.key(r) for r in self.rows] != [k for k in keys if k in kept]:
            self.set_rows(records)
            return
        for row, record in enumerate(records):
            if keys[row] not in kept:
                self.insert_row(row, record)
            elif self.rows[row] != record:
                self.replace_row(row, record)


class ComboDelegate(QStyledItemDelegate):
    """A combo box that stays open in its cell (the view's persistent editor, see `keep_editors_open`), as a
    QComboBox put in a QTableWidget cell did: choosing (or, when `editable`, typing) stores at once.
    `choices` are (label, value); `name(index)` gives each box its accessible name."""

    def __init__(self, choices: Sequence[tuple[str, Any]], parent=None, editable: bool = False, name=None):
        super().__init__(parent)
        self.choices, self.editable, self.name = tuple(choices), editable, name

    def createEditor(self, parent, option, index):  # noqa: N802
        box = QComboBox(parent)
        box.setEditable(self.editable)
        for label, value in self.choices:
            box.addItem(label, value)
        changed = box.currentTextChanged if self.editable else box.currentIndexChanged
        changed.connect(lambda *_: self.commitData.emit(box))
        return box

    def setEditorData(self, editor, index):  # noqa: N802
        if self.name is not None:
            editor.setAccessibleName(self.name(index))
        value = index.data(_ROLE.EditRole)
        editor.blockSignals(True)  # showing the stored value is not a choice to store
        if self.editable:
            if editor.currentText() != value:  # as it is while typing: the cursor stays where it is
                editor.setCurrentText(value)
        else:
            editor.setCurrentIndex(max(0, editor.findData(value)))
        editor.blockSignals(False)

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentText() if self.editable else editor.currentData(), _ROLE.EditRole)


def keep_editors_open(view, column: int) -> None:
    """Open the column's editor in every row the view shows, now and as rows come (call after `setModel`)."""
    model = view.model()

    def open_rows(first: int, last: int) -> None:
        for row in range(first, last + 1):
            view.openPersistentEditor(model.index(row, column))

    model.modelReset.connect(lambda: open_rows(0, model.rowCount() - 1))
    model.rowsInserted.connect(lambda _parent, first, last: open_rows(first, last))
    open_rows(0, model.rowCount() - 1)
