"""The handleplan's table: its row numbers are measured as Qt measures them, without asking the model for them, and
a new row or a saved time changes no widget's size (nothing is laid out again beside 1,000 rows)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from drøftelse.services import meetings as service
from drøftelse.ui.handleplan_view import RowNumbers, handleplan_view


@pytest.fixture
def meeting(db, templates):
    committee = service.create_committee(db, "AMO")
    return service.create_meeting(
        db, committee, templates.get("kompetencedroeftelse"), "Møde", dt.date(2026, 11, 20)
    ).id


class CountingModel(QStandardItemModel):
    """A model that counts the questions about its row labels."""

    asked = 0

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            self.asked += 1
        return super().headerData(section, orientation, role)


@pytest.mark.parametrize("rows", [1, 9, 10, 99, 100, 999, 1000, 1005])
def test_the_numbers_are_as_wide_as_qts_own(qapp, rows):
    model = QStandardItemModel(rows, 3)
    plain = QTableView()
    plain.setModel(model)
    ours = handleplan_view(model, "Handleplan")
    assert isinstance(ours.verticalHeader(), RowNumbers)
    assert ours.verticalHeader().sizeHint() == plain.verticalHeader().sizeHint()
    assert ours.verticalHeader().sectionSizeHint(rows - 1) == plain.verticalHeader().sectionSizeHint(rows - 1)


def test_a_new_row_asks_nothing_of_the_row_labels(qapp):
    model = CountingModel(1000, 6)
    view = handleplan_view(model, "Handleplan")
    view.resize(900, 500)
    view.show()
    QTest.qWait(20)
    model.asked = 0
    model.appendRow([])
    view.setCurrentIndex(model.index(model.rowCount() - 1, 0))
    QTest.qWait(20)
    ours = model.asked  # the numbers painted: the rows in view, a few roles each
    plain = QTableView()  # what Qt's own header does: the first and last rows' labels, each time
    plain.setModel(model)
    plain.show()
    QTest.qWait(20)
    model.asked = 0
    model.appendRow([])
    plain.setCurrentIndex(model.index(model.rowCount() - 1, 0))
    QTest.qWait(20)
    assert ours < 200 and model.asked > 600 + ours, (ours, model.asked)


class LayoutRequests(QObject):
    def __init__(self):
        super().__init__()
        self.seen = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest:
            self.seen.append(type(watched).__name__)
        return False


def test_ctrl_n_and_the_saved_time_lay_nothing_out_again(danish_app, qtbot, db_path, meeting):
    from conftest import window_at_step

    window, page = window_at_step(qtbot, db_path, meeting, "handleplan")
    page.add_row()  # the first row chosen enables the panel: that may lay it out once
    qtbot.wait(300)
    requests = LayoutRequests()
    danish_app.installEventFilter(requests)
    try:
        for _ in range(3):
            QTest.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
            window.view.saved_label.setText("Gemt 23:59:59")  # as a new second does
            qtbot.wait(20)
    finally:
        danish_app.removeEventFilter(requests)
    assert page.model.rowCount() >= 4
    assert page.apv.heading.text().startswith("APV: vurdering af problemet i række ")
    assert requests.seen == []
