"""Returned sheets dropped on a step (Forberedelse, Høring): the step says that it takes them, and the page is
marked while sheets are dragged over it, so the chairs see where to let go (issue 31, row 9)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from drøftelse.ui.translation import translate


def drop_hint() -> QLabel:
    """The line under the step's import button that says sheets may be dropped on the page."""
    label = QLabel(translate("SheetDrop", "Eller træk de udfyldte ark (PDF) ind på siden."))
    label.setWordWrap(True)
    label.setStyleSheet("color: #444;")
    return label


class SheetDrop(QObject):
    """Takes dropped files on `page` and hands the local ones to `dropped`; shows a marked overlay while dragging."""

    def __init__(self, page: QWidget, dropped: Callable[[list[Path]], object]) -> None:
        super().__init__(page)
        self.page, self.dropped = page, dropped
        page.setAcceptDrops(True)
        page.installEventFilter(self)
        self.overlay = QLabel(translate("SheetDrop", "Slip arkene her for at indlæse dem"), page)
        self.overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overlay.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.overlay.setStyleSheet(
            "background: rgba(230, 238, 248, 225); border: 3px dashed #24476b; border-radius: 8px;"
            "color: #24476b; font-size: 20px; font-weight: bold;"
        )
        self.overlay.hide()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.DragEnter and event.mimeData().hasUrls():
            event.acceptProposedAction()
            self.overlay.setGeometry(self.page.rect())
            self.overlay.raise_()
            self.overlay.show()
            return True
        if kind == QEvent.Type.DragLeave:
            self.overlay.hide()
        if kind == QEvent.Type.Drop:
            self.overlay.hide()
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            if paths:
                event.acceptProposedAction()
                self.dropped(paths)
            return True
        return False
