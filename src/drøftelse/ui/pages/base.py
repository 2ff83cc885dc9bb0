"""What every step page shares: the services it is given, and small builders for its widgets."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from drøftelse.domain.templates import Step, Template
from drøftelse.services.database import Database
from drøftelse.ui.answer_fields import AnswerFields
from drøftelse.ui.autosave import Autosaver


@dataclass
class PageContext:
    """The services a page needs, passed in: the store, the meeting's template, the autosaver, the boxes bound to
    their stored texts, the status line."""

    db: Database
    templates: object  # the TemplateLibrary, for documents made from the meeting
    template: Template
    meeting_id: int
    autosaver: Autosaver
    answers: AnswerFields
    report: Callable[[str], None]
    clock: Callable[[], float] = field(default=time.monotonic)  # the round's timer; tests pass their own
    reorder: Callable[[], None] = field(default=lambda: None)  # show the legal points in their new order
    closed: Callable[[], None] = field(default=lambda: None)  # the meeting was closed: lock the view
    reopen: Callable[[str | None], bool] = field(default=lambda reason: False)  # ask why (None), reopen, unlock
    # the result of an import, an export or closing, on the page (ui/message_area.py): tell(text, kind, next_step)
    tell: Callable[..., None] = field(default=lambda text, kind="done", next_step="": None)
    opening: object = None  # while the view opens: what its task read (ui/meeting_opening.Opening)


class StepPage(QWidget):
    """A page for one step. `enter` reloads what it shows from the store; `presentation` is for the projector."""

    changed_for_room = Signal()  # what the projected view shows has changed (e.g. the next speaker)

    def __init__(self, ctx: PageContext, step: Step):
        super().__init__()
        self.ctx = ctx
        self.step = step

    @classmethod
    def needs_the_orm(cls, step: Step, template: Template) -> bool:
        """Whether building and entering this page reads or writes through the ORM: the task that opens a meeting
        on it then loads SQLAlchemy on the worker first (ui/meeting_opening.py), so the GUI thread never waits ~0.3 s
        for its import. False: plain reads only (store/*_reads.py), and the ORM loads behind the painted page;
        tests/ui/test_opening_without_orm.py holds every step of every template to what its page says here."""
        return False

    behind = False  # a value changed elsewhere is not on screen yet: it was being typed here (ui/live_view.py)
    watches_members = False  # shows the AMO's members, which belong to no meeting: their own version is polled
    members_seen = None  # the members' version last shown

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        """The least height the page needs at `width`. The step's scroll area asks this of a page with wrapped
        text as the height below which it scrolls; Qt's answer is the preferred height (text boxes at their
        comfortable size), which put a scroll bar on pages that fit (issue 31)."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)

    def enter(self) -> None:
        pass

    def refresh(self) -> None:
        """Show what another window stored since, keeping what is being typed here (ui/live_view.py); the boxes
        follow by themselves (AnswerFields). A page showing nothing else does nothing."""

    def refresh_members(self) -> None:
        """The committee's members or their courses changed elsewhere."""

    def leave(self) -> None:
        pass

    def focus_first_input(self) -> None:
        for widget in self.findChildren(QPlainTextEdit):
            if widget.isEnabled() and not widget.isReadOnly() and widget.isVisibleTo(self):
                widget.setFocus()
                widget.moveCursor(QTextCursor.MoveOperation.End)  # go on writing after what is there
                return

    def keyboard_actions(self) -> dict:
        """The page's own shortcuts by name ("next_speaker", "timer", "new_row"), for the projected view."""
        return {}

    def presentation(self) -> dict:
        """What presentation mode shows for this step: a heading, the frame's purpose, lines of text (the
        questions), maybe a speaker and timer, and the agreed text. Never notes, preparation or personal data."""
        lines = list(self.step.questions) or ([self.step.instruction] if self.step.instruction else [])
        return {"heading": self.step.title, "lines": lines}


def agreed_lines(step: Step, boxes: dict[str, QPlainTextEdit]) -> list[str]:
    """The group's agreed text in the step's boxes, as the room sees it projected: a step's one box is said by the
    step's heading above it ("Formål og ramme for mødet: Formål: …" read twice); of several, each under its label."""
    filled = [b for b in step.boxes if boxes[b.key].toPlainText().strip()]
    if len(step.boxes) == 1:
        return [boxes[b.key].toPlainText() for b in filled]
    return [f"{b.label}:\n{boxes[b.key].toPlainText()}" for b in filled]


def add_group_boxes(page: StepPage, layout, labels: dict[str, str] | None = None) -> dict[str, QPlainTextEdit]:
    """The step's boxes for the group's agreed text, each under its label and stored as the chairs type."""
    ctx, step = page.ctx, page.step
    boxes = {}
    for box in step.boxes:
        layout.addWidget(wrapped((labels or {}).get(box.key, box.label), "font-weight: bold;"))
        edit = text_box(box.label)
        boxes[box.key] = edit
        layout.addWidget(edit, 1)
        ctx.answers.bind(edit, lambda key=box.key: (None, step.key, key), box.label)
    return boxes


def load_group_boxes(page: StepPage, boxes: dict[str, QPlainTextEdit]) -> None:
    page.ctx.answers.load(boxes.values())


def text_box(name: str, placeholder: str = "", min_height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)  # Tab moves on, as in a form; Enter makes a new line
    box.setMinimumHeight(min_height)
    return box


def wrapped(text: str, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        label.setStyleSheet(style)
    return label


def bullets(items: tuple[str, ...] | list[str]) -> QLabel:
    return wrapped("\n".join(f"•  {i}" for i in items))


def note_panel(title: str, text: str) -> QFrame:
    """A framed note, e.g. the reminder about sagkyndig bistand: marked by a word, not only by colour."""
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setStyleSheet("QFrame { background: #fff7e0; border: 1px solid #d9b54a; border-radius: 4px; }")
    layout = QVBoxLayout(frame)
    layout.addWidget(wrapped(f"{title}: {text}", "border: none; font-weight: bold;"))
    return frame


def button_row(*buttons: tuple[str, Callable[[], object]]) -> QHBoxLayout:
    """A row of push buttons, (text, what a click does) each, left-aligned."""
    row = QHBoxLayout()
    for text, slot in buttons:
        b = QPushButton(text)
        b.clicked.connect(lambda *_, s=slot: s())
        row.addWidget(b)
    row.addStretch(1)
    return row
