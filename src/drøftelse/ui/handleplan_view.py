"""The handleplan's table as the chairs edit it (the meeting's Handleplan step, the committee's plan): whole rows
selected, wrapped text, editing by double-click, F2 or simply typing, and row numbers that cost nothing to measure."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget


def handleplan_view(model, name: str) -> QTableView:
    view = QTableView()
    view.setVerticalHeader(RowNumbers(view))
    view.setModel(model)
    view.setAccessibleName(name)
    view.setWordWrap(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    return view


class RowNumbers(QHeaderView):
    """The rows' numbers (1, 2, … as the model labels them), measured from the widest number alone.

    Qt's own header measures itself by asking the model for the labels of the first and last 100 rows in four
    roles each, again whenever a row comes or goes: ~800 calls into Python for each Ctrl+N at 1,000 rows, a fifth
    of the key press (benchmarks/handleplan_table.py). A number's size depends only on its digits, so the size
    is measured once per number of digits, as Qt measures a section (bold, the style's header margins)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setHighlightSections(True)  # as QTableView's own: the chosen row's number stands out
        self._measured: tuple[int, QSize] | None = None

    def _size(self) -> QSize:
        digits = len(str(max(self.count(), 1)))
        if self._measured is None or self._measured[0] != digits:
            option = QStyleOptionHeader()
            self.initStyleOption(option)
            font = QFont(self.font())
            font.setBold(True)  # as Qt measures a section: the highlighted row's number is bold
            option.fontMetrics = QFontMetrics(font)
            option.text = "0" * digits
            size = self.style().sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(), self)
            self._measured = (digits, size)
        return self._measured[1]

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._size()

    def sectionSizeFromContents(self, _logical_index: int) -> QSize:  # noqa: N802
        return self._size()
