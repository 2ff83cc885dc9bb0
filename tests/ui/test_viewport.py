"""viewport_of finds the very viewport Qt's `viewport()` gives, for every kind of scroll area the app uses, also
one inside another's viewport, and after the viewport was replaced."""

from PySide6.QtWidgets import QPlainTextEdit, QScrollArea, QTableView, QVBoxLayout, QWidget

from drøftelse.ui.viewport import viewport_of


def test_the_viewport_found_is_the_one_qt_gives(qapp):
    for area in (QTableView(), QScrollArea(), QPlainTextEdit()):
        found = viewport_of(area)
        assert found is area.viewport()
        assert found.objectName() == "qt_scrollarea_viewport"


def test_a_scroll_area_inside_another_finds_its_own(qapp):
    outer = QScrollArea()
    holder = QWidget()
    inner = QTableView()
    QVBoxLayout(holder).addWidget(inner)
    outer.setWidget(holder)
    assert viewport_of(outer) is outer.viewport()
    assert viewport_of(inner) is inner.viewport() is not outer.viewport()


def test_a_replaced_viewport_is_found_through_qt(qapp):
    area = QTableView()
    mine = QWidget()
    area.setViewport(mine)  # no longer named as Qt names its own
    assert viewport_of(area) is mine
