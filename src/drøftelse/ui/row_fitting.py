"""Row heights and column widths of the app's tables, measured as little as a chair's action needs: a handleplan
of 1,000 rows is measured row by row as rows come into view or change, never all at once for one edit."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from drøftelse.ui.table_models import cut
from drøftelse.ui.viewport import viewport_of


def size_columns_to_texts(view: QTableView) -> None:
    """What `resizeColumnsToContents` does for a RecordTableModel's text columns, from the texts and fonts alone.
    Qt's own asks each cell's delegate, which asks the model for eight roles through Python: the 250 events of a
    busy årshjul and the list's 50 meetings were a tenth of the window's start. A stretched column is left to
    stretch."""
    model, header = view.model(), view.horizontalHeader()
    font = QFont(view.font())
    plain = QFontMetricsF(font)
    font.setBold(True)
    bold = QFontMetricsF(font)
    # as QStyledItemDelegate's size hint: the text and a focus-frame margin each side; the grid's line
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    margin += 1 if view.showGrid() else 0
    for column, described in enumerate(model.columns):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch or header.isSectionHidden(column):
            continue
        widest = 0.0
        for record in model.rows:
            metrics = bold if model.bold(record, column) else plain
            for line in cut(described.text(record)).split("\n"):
                widest = max(widest, metrics.horizontalAdvance(line))
        header.resizeSection(column, max(math.ceil(widest) + margin, header.sectionSizeHint(column)))


def fit_rows(view, size_columns: Callable[[], None] | None = None) -> None:
    """Row heights follow the rows that change: a row inserted, edited or moved is measured again, the others
    not. A load (a reset) sizes the columns (`size_columns`, as the page wants them) and then measures the rows
    as they come into view, each once: measuring all 1,000 rows of a handleplan took over a second when the step
    was entered (benchmarks/handleplan_table.py). A column that changes width has its rows measured again the
    same way. Never the whole table for one edit."""
    _RowFitter(view, size_columns)


class _RowFitter(QObject):
    """Which rows have their height measured (`fitted`, one flag a row, kept in step with the model) and the
    measuring of the rows in view that are not."""

    def __init__(self, view, size_columns):
        super().__init__(view)
        self.view, self.size_columns = view, size_columns
        model = view.model()
        self.fitted = [False] * model.rowCount()
        self.waiting = False
        model.rowsInserted.connect(self._inserted)
        model.rowsRemoved.connect(lambda _parent, first, last: self.fitted.__delitem__(slice(first, last + 1)))
        model.rowsMoved.connect(self._moved)
        model.dataChanged.connect(lambda top_left, bottom_right, *_: self.fit(top_left.row(), bottom_right.row()))
        model.modelReset.connect(self._loaded)
        model.layoutChanged.connect(lambda *_: self._all_stale())
        view.verticalScrollBar().valueChanged.connect(lambda *_: self.fit_visible())
        view.horizontalHeader().sectionResized.connect(lambda *_: self._stale_later())
        viewport_of(view).installEventFilter(self)
        self._loaded()

    def fit(self, first: int, last: int) -> None:
        for row in range(max(first, 0), min(last + 1, len(self.fitted))):
            self.view.resizeRowToContents(row)
            self.fitted[row] = True

    def _inserted(self, _parent, first: int, last: int) -> None:
        self.fitted[first:first] = [False] * (last - first + 1)
        self.fit(first, last)

    def _moved(self, _parent, first: int, last: int, _dest, row: int) -> None:
        flags = self.fitted[first : last + 1]
        del self.fitted[first : last + 1]
        at = row - (last - first + 1) if row > first else row
        self.fitted[at:at] = flags
        self.fit(at, at + len(flags) - 1)

    def _loaded(self) -> None:
        if self.size_columns is not None:
            self.size_columns()
        self._all_stale()

    def _all_stale(self) -> None:
        self.fitted = [False] * self.view.model().rowCount()
        self.fit_visible()

    def _stale_later(self) -> None:
        """Columns change width one after another as a layout settles: measure again once it has."""
        self.fitted = [False] * self.view.model().rowCount()
        self._later()

    def _later(self) -> None:
        if not self.waiting:
            self.waiting = True
            QTimer.singleShot(0, self._settled)

    def fit_visible(self) -> None:
        """Measure the rows in view not measured yet (a measured row may push the next ones out of view)."""
        if all(self.fitted) or not self.view.isVisible():
            return  # a hidden view is measured when shown (its columns have their widths only then)
        view, height = self.view, viewport_of(self.view).height()
        row = max(view.rowAt(0), 0)
        while row < len(self.fitted) and view.rowViewportPosition(row) < height:
            if not self.fitted[row]:
                view.resizeRowToContents(row)
                self.fitted[row] = True
            row += 1

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._later()  # once the layout has settled, not at every step of it
        return False

    def _settled(self) -> None:
        self.waiting = False
        self.fit_visible()
