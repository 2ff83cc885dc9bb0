"""A table as tall as its rows, on a page that scrolls (issue 31): one scroll bar per page, not a table scrolling
inside a page that scrolls beside it. The height follows the model (rows added, removed, loaded) and the rows'
own heights (wrapped text measured again when a column changes width)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView


def height_for_rows(view: QAbstractItemView, fewest_rows: int = 1) -> None:
    """Make `view` exactly as tall as its header and rows (at least `fewest_rows` rows' room, so an empty table
    still looks like one), with no scroll bar of its own: the page around it scrolls."""
    _TableHeight(view, fewest_rows)


class _TableHeight(QObject):
    def __init__(self, view, fewest_rows: int) -> None:
        super().__init__(view)
        self.view, self.fewest_rows = view, fewest_rows
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timer = QTimer(self, singleShot=True, interval=0)  # once, after the rows of a change are measured
        self.timer.timeout.connect(self.fit)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(lambda *_: self.timer.start())
        view.verticalHeader().sectionResized.connect(lambda *_: self.timer.start())
        view.horizontalHeader().sectionResized.connect(lambda *_: self.timer.start())
        self.fit()

    def fit(self) -> None:
        view = self.view
        rows = view.model().rowCount()
        header = view.horizontalHeader()
        height = 2 * view.frameWidth() + (header.height() if header.isVisible() else 0)
        height += sum(view.rowHeight(r) for r in range(rows))
        height += max(0, self.fewest_rows - rows) * view.verticalHeader().defaultSectionSize()
        if view.horizontalScrollBar().isVisible():
            height += view.horizontalScrollBar().height()
        view.setMinimumHeight(height)
        view.setMaximumHeight(height)
