"""The projected view's keys: the wizard's shortcuts answered while it covers the chairs' window, F2 writing into
the chairs' text box, B for a black screen, F5 or Esc to close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from drøftelse.ui.translation import translate


class PresentationKeys:
    """PresentationWindow's keys, and `writing`: F2 sends the keys typed to the chairs' text box."""

    def keyPressEvent(self, event) -> None:  # noqa: N802
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier  # Enter on the keypad is Enter
        key = event.key()
        plain = mods == Qt.KeyboardModifier.NoModifier
        pressed = QKeySequence(event.keyCombination().key().value | mods.value)
        action = self.view.presentation_keys().get(pressed.toString(QKeySequence.SequenceFormat.PortableText))
        if action is not None:  # the wizard's shortcuts work while writing too
            action()
        elif key == Qt.Key.Key_F2 and plain:
            self.set_writing(not self.writing)
        elif self.writing and key == Qt.Key.Key_Escape and plain:
            self.set_writing(False)
        elif self.writing:
            self._write(event)
        elif key in (Qt.Key.Key_F5, Qt.Key.Key_Escape) and plain:
            self.close()
            return
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period) and plain:
            self.toggle_blank()
        else:
            super().keyPressEvent(event)
            return
        self.view.refresh_presentation()

    def set_writing(self, on: bool) -> None:
        target = self._text_target()
        self.writing = on and target is not None
        self._join_pending = self.writing  # the first key typed joins the text there with a space
        self.write_hint.setText(
            translate("PresentationWindow", "Skriver i »{0}« – F2 eller Esc holder op").format(target.accessibleName())
            if self.writing and target
            else ""
        )
        self.write_hint.setVisible(self.writing)
        if on and target is None:
            self.view.message.emit(
                translate("PresentationWindow", "Der er ingen tekstfelt at skrive i på dette trin."), False
            )

    def _text_target(self):
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

        widget = self.view.window().focusWidget()  # where the chairs' cursor stands, behind this window
        if isinstance(widget, QPlainTextEdit | QLineEdit) and widget.isEnabled() and not widget.isReadOnly():
            return widget
        return None

    def _write(self, event) -> None:
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        target = self._text_target()
        if target is None:
            self.set_writing(False)
            return
        if self._join_pending and event.text() and event.text().isprintable():
            self._join_pending = False
            _join_with_space(target)  # "gang 3." + "Vi vil" reads "gang 3. Vi vil", not "gang 3.Vi vil"
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat())
        QApplication.sendEvent(target, copy)

    def run_page_action(self, name: str) -> None:
        action = getattr(self.view.page, "keyboard_actions", dict)().get(name)
        if action is not None:
            action()
            self.view.refresh_presentation()

    def toggle_blank(self) -> None:
        self.pages.setCurrentWidget(self.content if self.blanked else self.blank)


def _join_with_space(target) -> None:
    """Before the first key F2 writes: a space where the cursor stands after a word or a full stop (a new line or a
    space already there is left as it is)."""
    from PySide6.QtWidgets import QLineEdit

    if isinstance(target, QLineEdit):
        text, position = target.text(), target.cursorPosition()
        if position > 0 and not text[position - 1].isspace():
            target.insert(" ")
        return
    cursor = target.textCursor()
    before = target.toPlainText()[: cursor.position()]
    if before and not before[-1].isspace():
        cursor.insertText(" ")
        target.setTextCursor(cursor)
