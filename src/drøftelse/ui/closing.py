"""Closing and reopening a meeting, asked as what they are: closing shows what the referat will record (each
point's length, the rows nobody judged) and waits for "Afslut mødet"; reopening asks why, and the reason goes
into the meeting's change log and onto the referat."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain.limits import MAX_LINE
from drøftelse.ui.translation import translate


class ReopenDialog(QDialog):
    """Why the meeting is reopened: a text, required."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ReopenDialog", "Genåbn mødet"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        question = QLabel(
            translate(
                "ReopenDialog",
                "Hvorfor genåbnes mødet? Grunden skrives i mødets ændringslog og på referatet.",
            )
        )
        question.setWordWrap(True)
        layout.addWidget(question)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(translate("ReopenDialog", "Grunden til at genåbne mødet"))
        self.reason.setPlaceholderText(translate("ReopenDialog", "Fx: Handleplanens frist for punkt 2 var forkert"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        question.setBuddy(self.reason)
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox()
        self.reopen_button = buttons.addButton(
            translate("ReopenDialog", "&Genåbn mødet"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            translate("ReopenDialog", "Annuller"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(self._changed)
        self._changed()
        self.reason.setFocus()

    def _changed(self) -> None:
        # a meeting is not reopened without a reason, and the reason is a line on the referat, not pages
        self.reopen_button.setEnabled(0 < len(self.text()) <= MAX_LINE)

    def text(self) -> str:
        return self.reason.toPlainText().strip()


def ask_reopen_reason(parent: QWidget | None) -> str | None:
    """The reason the chairs give, or None when they cancel."""
    dialog = ReopenDialog(parent)
    try:
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text() else None
    finally:
        dialog.deleteLater()


def closing_text(summary, rows_total: int) -> str:
    """What closing records, as the confirmation says it: every point with how much is written, the rows
    nobody judged."""
    parts = [translate("ClosingDialog", "Når mødet er afsluttet, låses det, og referatet viser det, der står nu.")]
    if summary.points:
        lines = []
        for title, length in summary.points:
            if length:
                lines.append(translate("ClosingDialog", "•  {0} – {1} tegn").format(title, length))
            else:  # an empty point is what the chairs most likely did not mean to close
                lines.append(translate("ClosingDialog", "⚠  {0} – intet skrevet").format(title))
        parts.append(translate("ClosingDialog", "Punkterne på referatet:") + "\n" + "\n".join(lines))
    if summary.unjudged_rows:
        total = max(rows_total, len(summary.unjudged_rows))
        rows = "\n".join(f"⚠  {row}" for row in summary.unjudged_rows)
        parts.append(
            translate("ClosingDialog", "{0} af {1} rækker er ikke vurderet:").format(len(summary.unjudged_rows), total)
            + "\n"
            + rows
        )
    return "\n\n".join(parts)


def confirm_closing(parent: QWidget | None, summary, rows_total: int = 0) -> bool:
    """Ask before closing; True when the chairs chose "Afslut mødet". `rows_total`: the rows to judge in all."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question if not summary.unjudged_rows else QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ClosingDialog", "Afslut mødet?"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(closing_text(summary, rows_total))
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 620px; }")  # a point's title on one line
    close: QPushButton = box.addButton(translate("ClosingDialog", "&Afslut mødet"), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(translate("ClosingDialog", "&Tilbage"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)  # Enter does not close a meeting by accident
    box.setEscapeButton(back)
    box.exec()
    chosen = box.clickedButton() is close
    box.deleteLater()
    return chosen
