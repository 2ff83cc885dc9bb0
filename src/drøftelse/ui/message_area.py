"""A message on the page the chairs cannot miss (issue 31, like KDE's KMessageWidget): what an import, an export or
closing the meeting did, and what to do next, with an icon, a word for its kind (not only a colour) and a close
button. It stays until it is closed, a new message replaces it, or the step changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.ui.translation import translate

# kind: (the word read first, the icon's QStyle.StandardPixmap, background, border). QStyle is touched only when a
# message is shown: PySide makes its 11 enum classes at the first touch, ~5 ms of every start
KINDS = {
    "done": (
        QT_TRANSLATE_NOOP("MessageArea", "Færdig"),
        "SP_DialogApplyButton",
        "#e6f4e6",
        "#4c9a4c",
    ),
    "info": (
        QT_TRANSLATE_NOOP("MessageArea", "Bemærk"),
        "SP_MessageBoxInformation",
        "#e6eef8",
        "#4a78b0",
    ),
    "warning": (
        QT_TRANSLATE_NOOP("MessageArea", "Advarsel"),
        "SP_MessageBoxWarning",
        "#fff4d6",
        "#c99a1c",
    ),
    "error": (
        QT_TRANSLATE_NOOP("MessageArea", "Fejl"),
        "SP_MessageBoxCritical",
        "#fbe3e3",
        "#b03a3a",
    ),
}


class MessageArea(QFrame):
    """Hidden until `say`; `clear` (or its close button) hides it again."""

    closed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("messageArea")
        self.setAccessibleName(translate("MessageArea", "Besked"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 4, 6)
        self.icon = QLabel()
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)  # a long path or what to do next wraps, never widens the page
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # a path can be copied
        self.text.setMinimumWidth(200)
        row.addWidget(self.text, 1)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(translate("MessageArea", "Luk beskeden"))
        self.close_button.setToolTip(translate("MessageArea", "Luk beskeden"))
        self.close_button.clicked.connect(self.clear)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = ""
        self.hide()

    def say(self, text: str, kind: str = "done", next_step: str = "") -> None:
        """Show `text` (what happened) and `next_step` (what to do now) as a message of `kind`: done, info,
        warning or error."""
        if not text:
            self.clear()
            return
        from PySide6.QtWidgets import QStyle

        word, icon, background, border = KINDS.get(kind, KINDS["info"])
        self.kind = kind
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(getattr(QStyle.StandardPixmap, icon)).pixmap(size, size))
        shown = f"{translate('MessageArea', word)}: {text}"
        self.text.setText(f"{shown}\n{next_step}" if next_step else shown)
        self.setStyleSheet(
            f"QFrame#messageArea {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"
        )
        self.show()

    def clear(self) -> None:
        was_shown = self.isVisibleTo(self.parentWidget()) if self.parentWidget() else self.isVisible()
        self.text.clear()
        self.kind = ""
        self.hide()
        if was_shown:
            self.closed.emit()

    def message(self) -> str:
        """What it says now ("" when hidden): for tests and the screen reader's summary."""
        return self.text.text() if not self.isHidden() else ""
