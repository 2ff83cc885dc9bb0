"""Høring: the employees are heard before the annual discussion. The chairs write 2–5 questions (proposed from
the six points), make the fillable høringsark (one for all, or one per arbejdsmiljøgruppe), read the returned
sheets in (hearing_sheets) and see the answers grouped under the points they concern."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain.annual import point_steps
from drøftelse.domain.errors import DroeftelseError, FieldChanged
from drøftelse.domain.hearing import MAX_QUESTIONS, MAX_SHEETS, MIN_QUESTIONS
from drøftelse.services import hearing as service
from drøftelse.ui import field_conflict
from drøftelse.ui.hearing_answers import HearingAnswers
from drøftelse.ui.live_view import is_typing
from drøftelse.ui.pages.base import StepPage, add_group_boxes, load_group_boxes, text_box, wrapped
from drøftelse.ui.pages.hearing_sheets import HearingSheets
from drøftelse.ui.question_field import QuestionField
from drøftelse.ui.sheet_drop import SheetDrop, drop_hint
from drøftelse.ui.translation import translate

OTHER_QUESTION = "Er der andet, du vil sige til arbejdsmiljøorganisationen?"


class QuestionRow(QWidget):
    def __init__(self, page: HearingPage, number: int, question: service.Question):
        super().__init__()
        self.question_id = question.id
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.point = QComboBox()
        self.point.setAccessibleName(translate("QuestionRow", "Punktet, spørgsmål {0} handler om").format(number))
        for step in page.points:
            self.point.addItem(
                translate("QuestionRow", "Punkt {0}: {1}").format(step.legal_point, step.short_title), step.key
            )
        self.point.setCurrentIndex(max(0, self.point.findData(question.step)))
        self.point.setMaximumWidth(240)
        self.point.currentIndexChanged.connect(lambda _: page.save_questions())
        layout.addWidget(self.point)
        self.text = QuestionField(question.text)  # wraps: a long question is read whole
        self.text.setAccessibleName(translate("QuestionRow", "Spørgsmål {0}").format(number))
        self.text.setMaxLength(1000)
        self.text.setCursorPosition(0)  # a long question shows its beginning
        self.text.setToolTip(question.text)
        layout.addWidget(self.text, 1)
        layout.setAlignment(self.point, Qt.AlignmentFlag.AlignTop)
        self.remove = QPushButton(translate("QuestionRow", "Fjern"))
        self.remove.setAccessibleName(translate("QuestionRow", "Fjern spørgsmål {0}").format(number))
        self.remove.clicked.connect(lambda: page.remove_question(self))
        layout.addWidget(self.remove)

    def value(self) -> service.Question:
        return service.Question(self.point.currentData(), self.text.text(), self.question_id)


class HearingPage(HearingSheets, StepPage):
    def __init__(self, ctx, step):
        super().__init__(ctx, step)
        self.points = sorted(point_steps(ctx.template), key=lambda s: s.legal_point)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        if step.instruction:
            left.addWidget(wrapped(step.instruction, "font-size: 14px;"))
        left.addWidget(self._build_questions())
        self._build_groups(left)
        left.addLayout(self._build_sheet_buttons())
        left.addWidget(drop_hint())
        if step.help:
            left.addWidget(wrapped(step.help, "color: #444;"))
        self.boxes = add_group_boxes(self, left)
        layout.addLayout(left, 3)

        self.answers = HearingAnswers(translate("HearingPage", "Svar fra de ansatte"))
        layout.addWidget(self.answers, 2)
        self.rows: list[QuestionRow] = []
        self.drop = SheetDrop(self, lambda paths: self.import_files(paths))  # returned sheets can be dropped here

    def _build_questions(self) -> QGroupBox:
        """The questions to the employees, a row each (filled on entering), and the button adding one."""
        asked = QGroupBox(
            translate("HearingPage", "Spørgsmål til de ansatte ({0}–{1})").format(MIN_QUESTIONS, MAX_QUESTIONS)
        )
        asked_layout = QVBoxLayout(asked)
        self.rows_layout = QVBoxLayout()
        asked_layout.addLayout(self.rows_layout)
        self.add_button = QPushButton(translate("HearingPage", "&Tilføj spørgsmål"))
        self.add_button.clicked.connect(lambda: self.add_question())
        asked_layout.addWidget(self.add_button)
        return asked

    def _build_groups(self, left: QVBoxLayout) -> None:
        """The arbejdsmiljøgrupper, one a line, stored as the chairs type."""
        left.addWidget(
            wrapped(
                translate("HearingPage", "Arbejdsmiljøgrupper – én pr. linje (tomt: ét fælles ark til alle ansatte):"),
                "font-weight: bold;",
            )
        )
        self.groups = text_box(
            translate("HearingPage", "Arbejdsmiljøgrupper"),
            translate("HearingPage", "Fx\nLager\nKontor"),
            min_height=60,
        )
        self.groups.setMaximumHeight(70)
        self.ctx.autosaver.watch_text(self.groups, self._save_groups)
        left.addWidget(self.groups)

    def _build_sheet_buttons(self) -> QHBoxLayout:
        """How many sheets, making them, reading the returned ones in."""
        buttons = QHBoxLayout()
        self.sheet_count = QSpinBox()  # one sheet per employee: each its own one-time code
        self.sheet_count.setRange(1, MAX_SHEETS)
        self.sheet_count.setPrefix(translate("HearingPage", "Antal ark: "))
        self.sheet_count.setToolTip(
            translate(
                "HearingPage",
                "Ét ark til hver ansat (pr. arbejdsmiljøgruppe, når der er grupper). Hvert ark har sin egen "
                "engangskode og tæller kun én gang.",
            )
        )
        buttons.addWidget(self.sheet_count)
        self.make_sheets = QPushButton(translate("HearingPage", "Lav høringsark (PDF) …"))
        self.make_sheets.setToolTip(
            translate("HearingPage", "Blanke, udfyldelige ark til de ansatte, hvert med sin egen engangskode")
        )
        self.make_sheets.clicked.connect(lambda: self.export_sheets())
        buttons.addWidget(self.make_sheets)
        self.load_sheets = QPushButton(translate("HearingPage", "Indlæs besvarede høringsark …"))
        self.load_sheets.clicked.connect(lambda: self.import_files())
        buttons.addWidget(self.load_sheets)
        return buttons

    # --- questions
    def enter(self) -> None:
        load_group_boxes(self, self.boxes)
        self._show_questions(service.questions(self.ctx.db, self.ctx.templates, self.ctx.meeting_id))
        self.groups.blockSignals(True)
        self.groups.setPlainText("\n".join(service.groups(self.ctx.db, self.ctx.meeting_id)))
        self.groups.blockSignals(False)
        self.refresh_answers()

    def _show_questions(self, questions: list[service.Question]) -> None:
        for row in self.rows:
            self.ctx.autosaver.flush()
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        self._seen = list(questions)  # as shown: the next write is checked on it, question by question
        for n, q in enumerate(questions, 1):
            row = QuestionRow(self, n, q)
            self.ctx.autosaver.watch_text(row.text, lambda _text: self.save_questions())
            self.rows_layout.addWidget(row)
            self.rows.append(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(len(self.rows) < MAX_QUESTIONS)
        for row in self.rows:
            row.remove.setEnabled(len(self.rows) > MIN_QUESTIONS)

    def save_questions(self, wanted: list[service.Question] | None = None) -> bool:
        """Store the questions as shown (or `wanted`), checked against the questions shown: the other chair's
        change to another question is kept, one to the same question is asked about. A refusal is said and the
        stored ones are shown again."""
        wanted = [r.value() for r in self.rows] if wanted is None else wanted
        try:
            self._write_questions(wanted)
            stored = service.questions(self.ctx.db, self.ctx.templates, self.ctx.meeting_id)
        except DroeftelseError as e:
            self.ctx.report(e.message)
            return False
        self._seen = list(stored)
        if len(stored) != len(self.rows):
            self._show_questions(stored)
            return True
        for row, q in zip(self.rows, stored, strict=True):
            row.question_id = q.id
            if _content(row.value()) != _content(q):  # the other chair's question kept, or merged in
                _put(row, q)
        return True

    def _write_questions(self, wanted: list[service.Question]) -> None:
        ctx, seen = self.ctx, list(self._seen)
        while True:
            try:
                service.save_questions(ctx.db, ctx.templates, ctx.meeting_id, wanted, seen=seen)
                return
            except FieldChanged as e:
                what, now = e.what, list(e.current_value)
            if len(now) != len(wanted) or len(seen) != len(wanted):  # questions added or removed meanwhile
                if self._ask(what, self._lines(now), self._lines(wanted)) == field_conflict.KEEP_STORED:
                    return
                seen = now
                continue
            keep, clashes = field_conflict.merged(*(dict(enumerate(q)) for q in (seen, wanted, now)), same=_content)
            for n in clashes:  # the same question changed in both windows
                what = translate("HearingPage", "Spørgsmål {0} til de ansatte").format(n + 1)
                if self._ask(what, self._lines([now[n]]), self._lines([wanted[n]])) == field_conflict.KEEP_STORED:
                    keep[n] = now[n]
            wanted, seen = [replace(keep[n], id=q.id) for n, q in enumerate(now)], now

    def _ask(self, what: str, stored: str, mine: str) -> str:
        if self.ctx.autosaver.ending:  # nobody to ask: the stored questions stay
            return field_conflict.KEEP_STORED
        return field_conflict.ask(what, stored, mine)

    def _lines(self, questions: list[service.Question]) -> str:
        points = {s.key: s.legal_point for s in self.points}
        return "\n".join(
            translate("HearingPage", "Punkt {0}: {1}").format(points.get(q.step, "?"), q.text) for q in questions
        )

    def refresh(self) -> None:
        """The other chair's questions and groups; a question or the groups being typed in keep their text."""
        ctx = self.ctx
        stored = service.questions(ctx.db, ctx.templates, ctx.meeting_id)
        typing = [is_typing(r.text, ctx.autosaver) or is_typing(r.point) for r in self.rows]
        if stored != self._seen:
            if len(stored) != len(self.rows) or [q.id for q in stored] != [r.question_id for r in self.rows]:
                if any(typing):
                    self.behind = True  # added or removed elsewhere: shown once the typing here is done
                else:
                    self._show_questions(stored)
            else:
                seen = []
                for row, q, old, busy in zip(self.rows, stored, self._seen, typing, strict=True):
                    if busy and _content(q) != _content(old):
                        self.behind = True
                        seen.append(old)  # its next write is checked on what it was shown
                    else:
                        if _content(row.value()) != _content(q):
                            _put(row, q)
                        seen.append(q)
                self._seen = seen
        groups = "\n".join(service.groups(ctx.db, ctx.meeting_id))
        if groups != self.groups.toPlainText():
            if is_typing(self.groups, ctx.autosaver):
                self.behind = True
            else:
                self.groups.blockSignals(True)
                self.groups.setPlainText(groups)
                self.groups.blockSignals(False)
        self.refresh_answers()

    def add_question(self) -> None:
        self.ctx.autosaver.flush()
        current = [r.value() for r in self.rows]
        asked = {q.step for q in current}
        unasked = [s for s in self.points if s.key not in asked and s.hearing_question]
        new = (
            service.Question(unasked[0].key, unasked[0].hearing_question)
            if unasked
            else service.Question(self.points[0].key, OTHER_QUESTION)
        )
        if self.save_questions(current + [new]):
            self._show_questions(service.questions(self.ctx.db, self.ctx.templates, self.ctx.meeting_id))
            self.rows[-1].text.setFocus()

    def remove_question(self, row: QuestionRow) -> None:
        self.ctx.autosaver.flush()
        wanted = [r.value() for r in self.rows if r is not row]
        if self.save_questions(wanted):
            self._show_questions(service.questions(self.ctx.db, self.ctx.templates, self.ctx.meeting_id))

    def _save_groups(self, text: str) -> None:
        service.set_groups(self.ctx.db, self.ctx.meeting_id, text.splitlines())

    def refresh_answers(self) -> None:
        said = service.summary(self.ctx.db, self.ctx.meeting_id)
        self.answers.show_answers(
            said,
            [(s.key, translate("HearingPage", "Punkt {0}: {1}").format(s.legal_point, s.title)) for s in self.points],
        )

    def presentation(self) -> dict:
        return {"heading": self.step.title, "lines": [r.text.text() for r in self.rows]}


def _put(row: QuestionRow, question: service.Question) -> None:
    """Show a stored question in its row without it counting as an edit."""
    for widget in (row.point, row.text):
        widget.blockSignals(True)
    row.point.setCurrentIndex(max(0, row.point.findData(question.step)))
    row.text.setText(question.text)
    row.text.setToolTip(question.text)
    for widget in (row.point, row.text):
        widget.blockSignals(False)
    row.question_id = question.id


def _content(question: service.Question) -> tuple[str, str]:
    """What a question says, as it is stored (trimmed), its id aside."""
    return question.step, question.text.strip()
