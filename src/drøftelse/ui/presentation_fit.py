"""The projected view's type, fitted to its window: as large as the screen holds what is shown, never so large
that a word runs off it (a big projector filled; a small one or 200 % scaling never cuts the speaker's name)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

MIN_SCALE, MAX_SCALE = 0.45, 3.0  # of the type's design size (px on a 1366×768 screen)


class TypeFitting:
    """PresentationWindow's labels, each with its design size, and `scale`, the type's scale fitted to the window."""

    def _label(self, size: int, name: str, bold: bool = False, colour: str = "") -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(name)
        label.setMouseTracking(True)
        label.setProperty("design_size", size)  # px on a 1366×768 screen; scaled to the window (resizeEvent)
        if colour:
            label.setStyleSheet(f"color: {colour};")  # set once: the size goes by the font (_size_label)
        font = label.font()
        font.setBold(bold)
        label.setFont(font)
        self._size_label(label, 1.0)
        return label

    def _size_label(self, label: QLabel, scale: float) -> None:
        """The label's type at `scale`, by its font: a style sheet set again would polish the label anew, some ten
        times slower, and fit_type sizes every label eight times (a phone's idea each second, issue 30)."""
        size = max(12, round(label.property("design_size") * scale))
        font = label.font()
        if font.pixelSize() != size:
            font.setPixelSize(size)
            label.setFont(font)

    def fit_type(self) -> None:
        """The type as large as the screen holds what is shown: a big projector is filled, a small one or 200 %
        scaling never cuts the speaker's name off. The largest scale whose text fits the window's height, found by
        halving (about eight layouts of a handful of labels, at a resize or a new text)."""
        width, height = self.width(), self.height() - (self.strip.sizeHint().height() if self.strip.isVisible() else 0)
        if width <= 0 or height <= 0:
            return
        low, high = MIN_SCALE, MAX_SCALE
        for _ in range(8):
            middle = (low + high) / 2
            if self._height_at(middle, width) <= height:
                low = middle
            else:
                high = middle
        self.scale = low
        self._apply_scale(low)

    def refit(self) -> None:
        """fit_type, unless the type as it is still fills the screen without running off it: one layout instead of
        eight, when a phone's idea or dot changes a line every second (issue 30)."""
        width, height = self.width(), self.height() - (self.strip.sizeHint().height() if self.strip.isVisible() else 0)
        if self.scale and width > 0 and 0.85 * height <= self._height_at(self.scale, width) <= height:
            return
        self.fit_type()

    def _apply_scale(self, scale: float) -> None:
        for label in self.content.findChildren(QLabel):
            if label.property("design_size") is not None:  # not the QR code: a picture, sized on its own
                self._size_label(label, scale)
        margin = round(60 * min(scale, 1.6))
        self.content.layout().setContentsMargins(margin, round(40 * min(scale, 1.6)), margin, 10)

    def _height_at(self, scale: float, width: int) -> int:
        """How tall the content is at `scale` in a window `width` wide, as its layout lays it out."""
        self._apply_scale(scale)
        layout = self.content.layout()
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        if any(_longest_word(w) > inner for w in self.content.findChildren(QLabel) if not w.isHidden()):
            return 1 << 30  # a word wider than the screen would be cut: too large
        for label in self.content.findChildren(QLabel):
            label.updateGeometry()  # its size at the new type, not the one Qt remembered
        layout.invalidate()
        return layout.totalHeightForWidth(width)


def _longest_word(label: QLabel) -> int:
    """The width of the label's longest word at its current type: a word is never broken, so it must fit."""
    words = label.text().split()
    return max((label.fontMetrics().horizontalAdvance(w) for w in words), default=0)
