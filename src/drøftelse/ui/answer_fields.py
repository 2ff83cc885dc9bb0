"""The boxes on screen bound to the texts they show, each with the version it was read at.

Another writer may change a text while the window shows it: a returned sheet imported from the command line, a
second window. Every second (and when the window comes to the front) the boxes are compared with the store:
a box with nothing unsaved in it shows the new text, and the status line says so. A box with typing not yet
stored keeps that typing; when it is stored on top of a text that changed underneath, the store refuses
(services.meetings.set_answer with the version shown) and the chairs are asked which to keep, both texts in
front of them. When the session is ending and nobody can be asked, both are kept. Nothing disappears without a
word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain.errors import AnswerChanged, ServerUnreachable
from drøftelse.services import meetings as service
from drøftelse.ui.autosave import Autosaver
from drøftelse.ui.translation import translate

Key = tuple[int | None, str, str]  # (participant id, or None for the group's text; step; box)
REFRESH_MS = 1000  # a second chair on a shared database sees a stored text within 2 s (issue 16)
BOTH_SEPARATOR = "\n\n— ændret et andet sted —\n"
KEEP_MINE, TAKE_NEW, KEEP_BOTH = "mine", "new", "both"


@dataclass
class _Bound:
    key: Callable[[], Key | None]  # the text the box stands for now (the preparation page changes participant)
    label: str
    stored: Callable[[], None]  # told after each store (the preparation page updates who has prepared)
    shown: tuple[Key, int] | None = None  # the key and the version the box was last filled from or stored as


class AnswerFields(QObject):
    def __init__(self, db, meeting_id: int, autosaver: Autosaver, report: Callable[[str], None], parent=None):
        super().__init__(parent)
        self.db, self.meeting_id, self.autosaver, self.report = db, meeting_id, autosaver, report
        self._boxes: dict[QPlainTextEdit, _Bound] = {}
        self._asking = False
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        app = QApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._state_changed)

    def bind(
        self,
        edit: QPlainTextEdit,
        key: Callable[[], Key | None],
        label: str,
        stored: Callable[[], None] = lambda: None,
    ) -> None:
        """Store `edit`'s text as the text `key()` names, as the user types, checking it did not change meanwhile."""
        self._boxes[edit] = _Bound(key, label, stored)
        self.autosaver.watch_text(edit, lambda text, e=edit: self._store(e, text))
        edit.destroyed.connect(lambda *_: self._boxes.pop(edit, None))

    @property
    def boxes(self) -> list[QPlainTextEdit]:
        """Every box bound to a stored text (they keep taking typing while the server cannot be reached)."""
        return list(self._boxes)

    def load(self, edits, stored: dict[Key, service.AnswerRecord] | None = None) -> None:
        """Fill `edits` from the store (a page entered, another participant chosen)."""
        stored = service.stored_answers(self.db, self.meeting_id) if stored is None else stored
        for edit in edits:
            bound = self._boxes[edit]
            key = bound.key()
            if key is None:
                bound.shown = None
                continue
            now = stored.get(key, service.AnswerRecord("", 0))
            _replace_text(edit, now.text)
            bound.shown = (key, now.version)

    # --- another writer
    def _state_changed(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.refresh()

    def refresh(self) -> None:
        """Show texts changed somewhere else in the boxes that hold nothing unsaved."""
        if self._asking or not any(b.shown for b in self._boxes.values()):
            return
        try:
            stored = service.stored_answers(self.db, self.meeting_id)
        except ServerUnreachable as e:  # the window says so in its banner, and keeps what is typed
            from drøftelse.ui.server_outage import connection_lost

            connection_lost(e)
            return
        except Exception:  # noqa: BLE001 - storing reports trouble with the file; looking stays quiet
            return
        for edit, bound in list(self._boxes.items()):
            if bound.shown is None or self.autosaver.is_pending(edit):
                continue  # typing not yet stored: the chairs are asked when it is
            key, version = bound.shown
            now = stored.get(key, service.AnswerRecord("", 0))
            if now.version == version:
                continue
            bound.shown = (key, now.version)
            if now.text != edit.toPlainText():
                _replace_text(edit, now.text)
                self.report(
                    translate(
                        "AnswerFields",
                        "»{0}« er ændret et andet sted (fx et indlæst forberedelsesark) – den nye tekst vises nu.",
                    ).format(bound.label)
                )

    # --- storing, and asking when the text changed underneath
    def _store(self, edit: QPlainTextEdit, text: str) -> None:
        bound = self._boxes.get(edit)
        if bound is None:
            return
        key = bound.key()
        if key is None:
            return
        expected = bound.shown[1] if bound.shown and bound.shown[0] == key else None
        settled = ""
        while True:
            try:
                stored = service.set_answer(self.db, self.meeting_id, *key, text, expected_version=expected)
            except AnswerChanged as changed:
                choice = KEEP_BOTH if self.autosaver.ending else self._ask(edit, bound.label, text, changed)
                if choice == TAKE_NEW:
                    _replace_text(edit, changed.current_text)
                    bound.shown = (key, changed.current_version)
                    self.report(
                        translate(
                            "AnswerFields", "»{0}«: den nye tekst er beholdt; din ændring er kasseret, som du valgte."
                        ).format(bound.label)
                    )
                    return
                if choice == KEEP_BOTH:
                    text = text.rstrip() + BOTH_SEPARATOR + changed.current_text
                    _replace_text(edit, text)
                    settled = translate("AnswerFields", "»{0}«: begge tekster er gemt, din først.").format(bound.label)
                else:
                    settled = translate("AnswerFields", "»{0}«: din tekst er gemt i stedet for den nye.").format(
                        bound.label
                    )
                expected = changed.current_version
                continue
            bound.shown = (key, stored.version)
            bound.stored()
            if settled:
                self.report(settled)
            return

    def _ask(self, edit: QPlainTextEdit, label: str, mine: str, changed: AnswerChanged) -> str:
        self._asking = True
        try:
            dialog = ChangedUnderneathDialog(label, mine, changed.current_text, edit.window())
            dialog.exec()
            return dialog.choice
        finally:
            self._asking = False


class ChoiceDialog(QDialog):
    """A question answered by one of its buttons, each carrying its choice (the `choice` property)."""

    choice = None

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def button(self, choice: str) -> QPushButton:
        return next(b for b in self.findChildren(QPushButton) if b.property("choice") == choice)


class ChangedUnderneathDialog(ChoiceDialog):
    """Both texts side by side, and the question which to keep. Closing it keeps both: nothing is lost."""

    def __init__(self, label: str, mine: str, new: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ChangedUnderneathDialog", "Teksten er ændret et andet sted"))
        self.choice = KEEP_BOTH
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "ChangedUnderneathDialog",
                "Mens du skrev i »{0}«, blev teksten ændret et andet sted (fx et "
                "forberedelsesark indlæst fra kommandolinjen eller et andet vindue). Intet er "
                "overskrevet endnu. Hvilken tekst skal gemmes?",
            ).format(label)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        grid = QGridLayout()
        self.mine = self._text(grid, 0, translate("ChangedUnderneathDialog", "Din tekst (ikke gemt):"), mine)
        self.new = self._text(grid, 1, translate("ChangedUnderneathDialog", "Den nye tekst (gemt):"), new)
        layout.addLayout(grid, 1)
        buttons = QDialogButtonBox()
        for text, choice, role in (
            (
                translate("ChangedUnderneathDialog", "Behold &min tekst"),
                KEEP_MINE,
                QDialogButtonBox.ButtonRole.AcceptRole,
            ),
            (
                translate("ChangedUnderneathDialog", "Brug den &nye tekst"),
                TAKE_NEW,
                QDialogButtonBox.ButtonRole.AcceptRole,
            ),
            (translate("ChangedUnderneathDialog", "Behold &begge"), KEEP_BOTH, QDialogButtonBox.ButtonRole.AcceptRole),
        ):
            button = QPushButton(text)
            button.setProperty("choice", choice)
            button.clicked.connect(lambda *_, c=choice: self._choose(c))
            buttons.addButton(button, role)
            if choice == KEEP_BOTH:
                button.setDefault(True)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def _text(self, grid: QGridLayout, column: int, caption: str, text: str) -> QPlainTextEdit:
        grid.addWidget(QLabel(caption), 0, column)
        shown = QPlainTextEdit(text)
        shown.setReadOnly(True)
        shown.setAccessibleName(caption.rstrip(":"))
        grid.addWidget(shown, 1, column)
        return shown


def _replace_text(edit: QPlainTextEdit, text: str) -> None:
    """Put `text` in the box without it counting as typing; the cursor stays where it was, as near as it can."""
    if edit.toPlainText() == text:
        return
    position = edit.textCursor().position()
    edit.blockSignals(True)
    edit.setPlainText(text)
    edit.blockSignals(False)
    cursor = edit.textCursor()
    cursor.setPosition(min(position, edit.document().characterCount() - 1))
    edit.setTextCursor(cursor)
