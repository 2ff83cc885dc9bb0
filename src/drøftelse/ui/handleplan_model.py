"""The handleplan as a Qt table model over the store, with undoable insert, delete and move. Long cells show their
start (table_models.cut), the tooltip and the editor the whole text.

On a shared database a second chair may edit the same meeting: every second the meeting's version is compared
(services.meetings.meeting_version) and the rows are read again when it moved, and an edit of a field the other
chair changed since it was shown asks which to keep, both texts in front of the chair (issue 16)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from shiboken6 import isValid

from drøftelse.domain import apv
from drøftelse.domain.actions import COLUMNS, DATED_FIELDS, TEXT_FIELDS, Priority, Status
from drøftelse.domain.apv import ASSESSMENT_FIELDS
from drøftelse.domain.deadlines import describe, how_read, read_row_dates
from drøftelse.domain.errors import ActionItemChanged, ServerUnreachable
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.services import meetings as service
from drøftelse.services.meetings import ActionFields
from drøftelse.ui.answer_fields import BOTH_SEPARATOR, KEEP_BOTH, KEEP_MINE, TAKE_NEW
from drøftelse.ui.handleplan_undo import Delete, Insert, Move, Order
from drøftelse.ui.table_models import cut, tooltip
from drøftelse.ui.translation import translate

FIELDS = (*TEXT_FIELDS, "status", "priority")
HEADINGS = (
    *(h for _, h in COLUMNS),
    QT_TRANSLATE_NOOP("Handleplan", "Status"),
    QT_TRANSLATE_NOOP("Handleplan", "Prioritet"),
)
# the APV's assessment, edited beside the table (ui/apv_panel.py): the question names the field
ASSESSMENT_HEADINGS = {
    "alvor": QT_TRANSLATE_NOOP("Handleplan", "Alvor"),
    "omfang": QT_TRANSLATE_NOOP("Handleplan", "Omfang"),
    "vurdering": QT_TRANSLATE_NOOP("Handleplan", "Vurdering"),
    "aarsag": QT_TRANSLATE_NOOP("Handleplan", "Årsag"),
}
POLL_MS = 1000  # another chair's stored edit is shown within this and one query


_ROOT = QModelIndex()  # Qt's "no parent": a flat table has only the root
_ANSWERED_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_HORIZONTAL = Qt.Orientation.Horizontal
_TOP_LEFT = int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
_SHOWN = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled  # what QAbstractTableModel.flags gives a cell
_EDITABLE = _SHOWN | Qt.ItemFlag.ItemIsEditable


@lru_cache(maxsize=512)
def _read(hvornaar: str, opfoelgning: str, meeting_date: dt.date):
    """How a row's two date texts read (Opfølgning from Hvornår's date); asked on every paint, so remembered."""
    return dict(zip(DATED_FIELDS, read_row_dates(hvornaar, opfoelgning, meeting_date), strict=True))


class HandleplanModel(QAbstractTableModel):
    locked = False  # the database is read-only: no cell can be edited (ui/read_only.py)
    # a row was written: the view's "Gemt" takes the time. It once kept the last typed box's time, 20 s behind
    stored = Signal()

    def __init__(self, db, meeting_id: int, meeting_date: dt.date, parent=None, read: tuple | None = None):
        """`read`: the meeting's version and rows, already read on a worker (ui/meeting_opening.py)."""
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        self.meeting_date = meeting_date
        self.undo_stack = QUndoStack(self)
        self.rows: list = []
        self.seen_version: int | None = None
        self._reading = False  # the rows are being read in a task (poll)
        self._edits = 0  # this window's writes so far: a read begun before one is not shown
        self.ask = ask_which_to_keep  # (label, mine, theirs, both_possible) -> KEEP_MINE, TAKE_NEW or KEEP_BOTH
        if read is None:
            self.reload()
        else:
            self.seen_version, self.rows = read[0], list(read[1])
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start()

    # --- reading
    def reload(self) -> None:
        self.beginResetModel()
        self.seen_version = self._version()
        self.rows = service.action_items(self.db, self.meeting_id)
        self.endResetModel()

    def _version(self) -> int | None:
        try:
            return service.meeting_version(self.db, self.meeting_id)
        except ServerUnreachable as e:  # said once, in the window's banner
            from drøftelse.ui.lost_server import connection_lost

            connection_lost(e)
            return None
        except Exception:  # noqa: BLE001 - looking stays quiet; storing says what is wrong
            return None

    def poll(self) -> None:
        """Show what another window stored, when the meeting's version moved on. The version is one small query
        here; the rows are read in a task: 1,000 rows held the window ~40 ms (benchmarks/handleplan_table.py)."""
        from drøftelse.ui.tasks import run_task

        if self._reading:
            return
        version = self._version()
        if version is None or version == self.seen_version:
            return
        self._reading, edits = True, self._edits

        def read(rows) -> None:
            self._reading = False
            if edits == self._edits:  # an edit here since the read began: its rows are read again next tick
                self.seen_version = version
                self._show(rows)

        def failed(_error) -> None:
            self._reading = False

        run_task(service.action_items, self.db, self.meeting_id, on_done=read, on_error=failed)

    def refresh(self) -> None:
        """Show the rows as stored without starting over: nothing happens when nothing changed, a changed row is
        one dataChanged; only rows added, removed or reordered elsewhere reset the table."""
        self.seen_version = self._version()
        self._show(service.action_items(self.db, self.meeting_id))

    def _show(self, rows) -> None:
        if not isValid(self):
            return  # the page was closed while the rows were read
        if [r.id for r in rows] != [r.id for r in self.rows]:
            self.beginResetModel()
            self.rows = list(rows)
            self.endResetModel()
            return
        for row, (now, shown) in enumerate(zip(rows, self.rows, strict=True)):
            if now != shown:
                self.rows[row] = now
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(FIELDS) - 1))

    def _read_as(self, row: int, field: str):
        return _read(self.value(row, "hvornaar"), self.value(row, "opfoelgning"), self.meeting_date)[field]

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        # the row numbers' header asks for every row's label and roles after a row is added (~1,000 calls for
        # Ctrl+N at 1,000 rows): plain ints compared, no Qt enum made per call
        if role != _DISPLAY:
            if role == _TOOLTIP and orientation == _HORIZONTAL and FIELDS[section] == "hvordan":
                return apv.prevention_hint()  # the most effective measure first
            return None
        return translate("Handleplan", HEADINGS[section]) if orientation == _HORIZONTAL else str(section + 1)

    def value(self, row: int, field: str):
        item = self.rows[row]
        if field == "status":
            return Status(item.status)
        if field == "priority":
            return Priority(item.priority) if item.priority is not None else None
        return getattr(item, field)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # asked ~700 times a paint of 1,000 rows' view: the roles it does not answer (font, colours, size …) leave
        # before a row is looked at (benchmarks/handleplan_table.py)
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        if role == _ALIGNMENT:
            return _TOP_LEFT
        field = FIELDS[index.column()]
        value = self.value(index.row(), field)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "status":
                return value.label
            if field == "priority":
                return value.label if value is not None else ""
            if field in DATED_FIELDS and value.strip():
                return f"{cut(value)}\n→ {describe(self._read_as(index.row(), field))}"  # how the date was read
            return cut(value)
        if role == Qt.ItemDataRole.ToolTipRole and field in DATED_FIELDS:
            found = self._read_as(index.row(), field)
            read_as = translate("HandleplanModel", "Læst som: {0}").format(describe(found)) + (
                f" ({how_read(found)})" if found and not found.asap else ""
            )
            return read_as if cut(value) == value else f"{tooltip(value)}\n\n{read_as}"
        if role == Qt.ItemDataRole.ToolTipRole and field in TEXT_FIELDS:
            return tooltip(value)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{translate('Handleplan', HEADINGS[index.column()])}: {self.data(index)}"
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _SHOWN if self.locked else _EDITABLE  # made once: combining Qt's flags costs ~7 µs a cell

    # --- editing
    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.write(index.row(), FIELDS[index.column()], value)

    def write(self, row_index: int, field: str, value) -> bool:
        """Store one field of a row (a cell, or the APV's assessment beside the table) on the version shown; a
        field the other chair changed since asks which to keep. False when the value is what is stored."""
        if value == self.value(row_index, field):
            return False
        self._edits += 1
        row = self.rows[row_index]
        heading = HEADINGS[FIELDS.index(field)] if field in FIELDS else ASSESSMENT_HEADINGS[field]
        expected = (row.version, {field: self.value(row_index, field)})
        while True:
            try:
                service.update_action_item(self.db, row.id, expected=expected, **{field: value})
                break
            except ServerUnreachable as e:  # the cell keeps the stored value; the window lists the edit
                e.not_stored = translate("HandleplanModel", "Handleplanen, {0} «{1}» (i stedet for «{2}»)").format(
                    translate("Handleplan", heading),
                    cut(str(self._label(field, value) or ""), 120, 2),
                    cut(str(self._label(field, self.value(row_index, field)) or ""), 40, 1),
                )
                raise
            except ActionItemChanged as changed:  # the other chair changed this field since it was shown
                theirs = self._as_value(field, changed.current_value)
                texts = field in TEXT_FIELDS or field in ("vurdering", "aarsag")
                choice = self.ask(heading, self._label(field, value), self._label(field, theirs), texts)
                if choice == TAKE_NEW:
                    break
                if choice == KEEP_BOTH and texts:
                    value = value.rstrip() + BOTH_SEPARATOR + theirs
                expected = (changed.current_version, {field: theirs})
        self._refresh_row(row_index)
        self.stored.emit()
        return True

    @staticmethod
    def _as_value(field: str, stored):
        if field == "status":
            return Status(stored)
        if field == "priority":
            return Priority(stored) if stored is not None else None
        return stored

    @staticmethod
    def _label(field: str, value) -> str:
        if field == "status":
            return value.label
        if field == "priority":
            return value.label if value is not None else ""
        if field in ("alvor", "omfang"):
            return apv.label(field, value)
        return value

    def _refresh_row(self, row: int) -> None:
        self.rows[row] = service.action_item(self.db, self.rows[row].id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(FIELDS) - 1))

    def fields_of(self, row: int) -> ActionFields:
        return ActionFields(**{f: self.value(row, f) for f in (*FIELDS, *ASSESSMENT_FIELDS)})

    def set_order(self, item_ids) -> None:
        """Show the rows in the order given (ordered by priority, or that taken back), stored first."""
        service.set_action_order(self.db, self.meeting_id, list(item_ids))
        self.reload()

    def order_by_priority(self) -> bool:
        """Order the rows as their problems are to be solved (domain/apv); undoable. False: already in order."""
        before = tuple(r.id for r in self.rows)
        after = tuple(r.id for r in apv.by_priority(self.rows))
        if before == after:
            return False
        self.undo_stack.push(Order(self, before, after))
        return True

    def add_row(self, fields: ActionFields | None = None, position: int | None = None) -> int:
        position = len(self.rows) if position is None else position
        self.undo_stack.push(Insert(self, fields or ActionFields(), position))
        return position

    def delete_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.undo_stack.push(Delete(self, row))

    def move_row(self, row: int, delta: int) -> bool:
        target = row + delta
        if not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return False
        self.undo_stack.push(Move(self, row, target))
        return True

    # the three primitive changes the undo commands are made of; each changes the list shown in place (the rows
    # after it only get their new position), so the view is told of one row, never given the whole list again
    def _renumber(self, first: int) -> None:
        for i in range(first, len(self.rows)):
            if self.rows[i].position != i:
                self.rows[i] = replace(self.rows[i], position=i)

    def _insert(self, fields: ActionFields, position: int) -> None:
        self._edits += 1
        item = service.new_action_item(self.db, self.meeting_id, fields, position)
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.insert(position, item)
        self._renumber(position)
        self.endInsertRows()
        self.stored.emit()

    def _delete(self, row: int) -> None:
        self._edits += 1
        service.delete_action_item(self.db, self.rows[row].id)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self._renumber(row)
        self.endRemoveRows()
        self.stored.emit()

    def _move(self, row: int, target: int) -> None:
        self._edits += 1
        service.move_action_item(self.db, self.rows[row].id, target)
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + 1 if target > row else target)
        self.rows.insert(target, self.rows.pop(row))
        self._renumber(min(row, target))
        self.endMoveRows()
        self.stored.emit()


def ask_which_to_keep(label: str, mine: str, theirs: str, both_possible: bool) -> str:
    """The same question as for a box's text (ui/answer_fields.py), both values shown; a status or a priority
    cannot be both."""
    from PySide6.QtWidgets import QApplication, QLabel

    from drøftelse.ui.answer_fields import ChangedUnderneathDialog

    parent = QApplication.activeWindow()
    if parent is not None and not parent.isVisible():  # a question just closed may still be named the active window
        parent = None
    dialog = ChangedUnderneathDialog(label, mine, theirs, parent)
    dialog.setWindowTitle(translate("handleplan_model", "Feltet er ændret af en anden"))
    dialog.findChild(QLabel).setText(  # the box's question names sheets; a handleplan cell has another writer
        translate(
            "handleplan_model",
            "Mens du rettede »{0}«, blev feltet ændret et andet sted (fx af den anden formand på den fælles "
            "database). Intet er overskrevet endnu. Hvad skal gemmes?",
        ).format(label)
    )
    if not both_possible:
        dialog.button(KEEP_BOTH).hide()
        dialog.button(KEEP_MINE).setDefault(True)
        dialog.choice = TAKE_NEW  # closed without a choice: what is stored stays, as shown
    dialog.exec()
    return dialog.choice
