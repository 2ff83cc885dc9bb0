"""The one question for a value the other chair changed (issue 27): every editor writes with the value it showed
(`seen`), and when the store refuses with FieldChanged, the chair is asked in Danish, the field named and both
values side by side – what is stored now and what this window wrote. "Behold min" writes again on the value
stored now; "Behold den gemte" shows the stored one; a free text may keep both, as the answer boxes can.

`write_checked` is the loop every page uses. When the session is ending (SIGTERM, logout: nobody can be asked) a
text that may keep both keeps both, and otherwise the stored value stays and what was lost is logged. While a
question is open the live views wait (`asking`), so nothing changes under it."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Collection
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain import i18n
from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.errors import FieldChanged
from drøftelse.ui.answer_fields import BOTH_SEPARATOR, ChoiceDialog
from drøftelse.ui.translation import translate

KEEP_MINE, KEEP_STORED, KEEP_BOTH = "mine", "stored", "both"
SHORT = 70  # a value longer than this, or of several lines, is shown in a read-only text box

log = logging.getLogger(__name__)
_open_questions = 0


def asking() -> bool:
    """Whether a question is open: the live views show nothing new until it is answered."""
    return _open_questions > 0


def show_value(value) -> str:
    """A stored value as the chairs read it: a date as 6.12.2026, a verdict by its label, a list as lines."""
    if value is None or value == "":
        return translate("FieldConflict", "(tomt)")
    if isinstance(value, bool):
        return translate("FieldConflict", "ja") if value else translate("FieldConflict", "nej")
    if isinstance(value, dt.date):
        return short_date(value)
    if isinstance(value, Enum) and hasattr(value, "label"):
        return value.label
    if isinstance(value, float):
        return i18n.decimal(value)
    if isinstance(value, list | tuple):
        return "\n".join(show_value(v) for v in value) or translate("FieldConflict", "(tomt)")
    if isinstance(value, dict):
        return "\n".join(f"{k}: {show_value(v)}" for k, v in value.items()) or translate("FieldConflict", "(tomt)")
    return str(value)


class FieldConflictDialog(ChoiceDialog):
    """What is stored now beside what this window wrote, and which to keep. Closed without a choice, a text that
    may keep both keeps both, anything else keeps what is stored: nothing is overwritten without a word."""

    def __init__(self, what: str, stored: str, mine: str, both: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("FieldConflictDialog", "Ændret af den anden formand"))
        self.choice = KEEP_BOTH if both else KEEP_STORED
        self.stored_text, self.mine_text = stored, mine
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(
            translate(
                "FieldConflictDialog",
                "{0} er ændret et andet sted (fx af den anden formand), mens du rettede her. Intet er "
                "overskrevet endnu. Hvad skal gemmes?",
            ).format(what)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        grid = QGridLayout()
        self.stored = self._value(grid, 0, translate("FieldConflictDialog", "Gemt nu (ændret et andet sted):"), stored)
        self.mine = self._value(grid, 1, translate("FieldConflictDialog", "Din ændring (ikke gemt):"), mine)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid, 1)
        buttons = QDialogButtonBox()
        choices = [
            (translate("FieldConflictDialog", "Behold &min"), KEEP_MINE),
            (translate("FieldConflictDialog", "Behold den &gemte"), KEEP_STORED),
        ]
        if both:
            choices.append((translate("FieldConflictDialog", "Behold &begge"), KEEP_BOTH))
        for text, choice in choices:
            button = QPushButton(text)
            button.setProperty("choice", choice)
            button.setAutoDefault(False)
            button.clicked.connect(lambda *_, c=choice: self._choose(c))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
            button.setDefault(choice == self.choice)
        layout.addWidget(buttons)
        long = max(len(stored), len(mine)) > SHORT or "\n" in stored + mine
        self.resize(720, 380 if long else 200)

    def _value(self, grid: QGridLayout, column: int, caption: str, text: str) -> QWidget:
        grid.addWidget(QLabel(caption), 0, column)
        if len(text) > SHORT or "\n" in text:
            shown = QPlainTextEdit(text)
            shown.setReadOnly(True)
        else:
            shown = QLabel(text)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setStyleSheet("font-weight: bold; padding: 4px 0;")
            shown.setWordWrap(True)
            shown.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        shown.setAccessibleName(caption.rstrip(":"))
        grid.addWidget(shown, 1, column)
        return shown


def ask(what: str, stored: str, mine: str, both: bool = False) -> str:
    """Ask which value to keep; KEEP_MINE, KEEP_STORED or KEEP_BOTH."""
    global _open_questions
    _open_questions += 1
    try:
        dialog = FieldConflictDialog(what, stored, mine, both, QApplication.activeWindow())
        dialog.exec()
        return dialog.choice
    finally:
        _open_questions -= 1


def write_checked(
    write: Callable[[dict, dict], object],
    values: dict,
    seen: dict,
    *,
    show: Callable[[str, object], str] | None = None,
    both: Collection[str] = (),
    ending: Callable[[], bool] = lambda: False,
) -> dict:
    """Write `values` through `write(values, seen)`, `seen` being what the window showed of each. Where the other
    chair changed a field since, the chair is asked (both values shown by `show(field, value)`, show_value by
    default); a field in `both` may keep both texts. Returns each field's value as stored now – the window's, the
    stored one or both – for the window to show and to remember as seen. Other refusals are raised."""
    values, seen, result = dict(values), dict(seen), {}
    shown = show or (lambda _field, value: show_value(value))
    while values:
        try:
            write(dict(values), dict(seen))
        except FieldChanged as e:
            field = e.field if e.field in values else next(iter(values))
            mine, stored = values[field], e.current_value
            said = mine if e.yours is None else e.yours  # as written, or as it would be stored (a move)
            if ending():
                choice = KEEP_BOTH if field in both else KEEP_STORED
                if choice == KEEP_STORED:
                    log.warning("%s changed elsewhere as the session ended; not stored: %r", e.what, said)
            else:
                choice = ask(e.what, shown(field, stored), shown(field, said), field in both)
            if choice == KEEP_STORED:
                result[field] = stored
                del values[field]
                seen.pop(field, None)
                continue
            if choice == KEEP_BOTH:
                values[field] = joined(mine, stored)
            seen[field] = stored
            continue
        result.update(values)
        break
    return result


def merged(shown: dict, mine: dict, theirs: dict, same: Callable = lambda v: v) -> tuple[dict, list]:
    """Field by field inside one stored value (the questions, the agenda): each part keeps this window's change,
    else what the other chair stored. Returns that, and the parts both windows changed differently, to ask about
    (they hold this window's for now). `same` gives what counts in a part (a question's text trimmed)."""
    out, clashes = {}, []
    for key, value in mine.items():
        was, now = same(shown.get(key, value)), same(theirs.get(key, value))
        out[key] = value if same(value) != was else theirs.get(key, value)
        if same(value) not in (was, now) and now != was:
            clashes.append(key)
    return out, clashes


def joined(mine: str, stored: str) -> str:
    """Both texts, this window's first, as the answer boxes keep both."""
    return (mine or "").rstrip() + BOTH_SEPARATOR + (stored or "")
