"""A hearing question in a field of its own lines (issue 31, row 4): a question of a sentence or two wraps and is
read whole, where a one-line field cut it ("Hvad bør vi arbejde med i arbejdsmiljøet i det k…"). A question is one
paragraph: Enter moves on, as in a form. It answers the line edit's calls the page and its tests use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy

MOST_LINES = 4  # it grows with the question up to this many lines, then scrolls


class QuestionField(QPlainTextEdit):
    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(parent)
        self.max_length = 1000
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.textChanged.connect(self._keep_length)
        self.document().documentLayout().documentSizeChanged.connect(lambda *_: self._fit_height())
        self.setPlainText(text)
        self._fit_height()

    # --- what QLineEdit offered
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 (QLineEdit's name)
        self.setPlainText(text)

    def setMaxLength(self, length: int) -> None:  # noqa: N802
        self.max_length = length

    def setCursorPosition(self, position: int) -> None:  # noqa: N802
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())))
        self.setTextCursor(cursor)

    def end(self, mark: bool = False) -> None:
        mode = QTextCursor.MoveMode.KeepAnchor if mark else QTextCursor.MoveMode.MoveAnchor
        self.moveCursor(QTextCursor.MoveOperation.End, mode)

    # --- one paragraph, within its length, as tall as its lines
    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()  # a question is one paragraph: Enter moves on
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # noqa: N802
        if source.hasText():  # pasted lines become one paragraph
            self.insertPlainText(" ".join(source.text().split()))
            return
        super().insertFromMimeData(source)

    def _keep_length(self) -> None:
        text = self.toPlainText()
        if len(text) > self.max_length:
            self.blockSignals(True)
            self.setPlainText(text[: self.max_length])
            self.end()
            self.blockSignals(False)

    def _fit_height(self) -> None:
        lines = max(1, min(MOST_LINES, int(self.document().size().height())))  # the plain layout counts lines
        line = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        self.setFixedHeight(
            lines * line + 2 * int(self.document().documentMargin()) + margins.top() + margins.bottom() + 2
        )

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_height()  # narrower: more lines
