"""A scroll area's viewport, found by the name Qt gives it instead of asked for with `viewport()`.

`viewport()` returns a QWidget* that PySide has not wrapped yet, and to find its Python type PySide resolves every
lazily loaded QWidget subclass of QtWidgets first: 70 enum classes, ~10 ms of the window's start (measured on
PySide6 6.11, the first call in a process). `findChild` by type and name wraps it as a QWidget at once (0.07 ms).
The name is the one QAbstractScrollArea has given its viewport since Qt 4; `viewport()` stays the fallback."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

_NAME = "qt_scrollarea_viewport"


def viewport_of(area: QAbstractScrollArea) -> QWidget:
    found = area.findChild(QWidget, _NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else area.viewport()
