"""Beside a legal point of the annual discussion, what the chairs read there: the employees' answers from the
hearing (what they were asked and what each returned sheet said, with the arbejdsmiljøgruppe it came from) and each
participant's preparation for that point (their box of the same key on the Forberedelse step), as two tabs. Both are
read again when the page is entered and when the page follows the other chair's change (ui/live_view.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGroupBox, QLabel, QMenu, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from drøftelse.domain.names import told_apart
from drøftelse.services import hearing as service
from drøftelse.services import meetings
from drøftelse.ui.pages.base import wrapped
from drøftelse.ui.translation import translate
from drøftelse.ui.viewport import viewport_of


def grow_with_content(panel) -> None:
    """On a page that scrolls as a whole (`panel.grows`), the panel is as tall as what it shows and never scrolls
    itself: one scroll bar per page (issue 31). Elsewhere it scrolls beside the boxes it stands by."""
    if not getattr(panel, "grows", False):
        return
    # measured once the texts just added are shown (Qt shows a visible parent's new children queued)
    QTimer.singleShot(0, panel, lambda: _fit_to_content(panel))


def _fit_to_content(panel) -> None:
    panel.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    panel.scroll.setMaximumHeight(16777215)
    holder = panel.scroll.widget()
    width = max(viewport_of(panel.scroll).width(), 300)
    needed = holder.layout().totalHeightForWidth(width) if holder.layout().hasHeightForWidth() else 0
    panel.scroll.setMinimumHeight(max(needed, holder.minimumSizeHint().height()) + 2 * panel.scroll.frameWidth())


def _scroll_list(box: QGroupBox, max_height: int | None = None) -> tuple[QLabel, QVBoxLayout, QScrollArea]:
    """A panel's parts: a count above a scrolling list of texts; (the count, the list's layout, its scroll area)."""
    outer = QVBoxLayout(box)
    count = QLabel()
    outer.addWidget(count)
    holder = QWidget()
    lines = QVBoxLayout(holder)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(holder)
    if max_height:
        scroll.setMaximumHeight(max_height)
    outer.addWidget(scroll, 1)
    return count, lines, scroll


def _clear(lines: QVBoxLayout) -> None:
    """Empty the list before it is filled again."""
    while lines.count():
        w = lines.takeAt(0).widget()
        if w is not None:
            w.deleteLater()


class HearingAnswers(QGroupBox):
    """Shows the answers for one step (a legal point), or for all points grouped under their titles."""

    def __init__(self, title: str | None = None, max_height: int | None = None):
        title = title or translate("HearingAnswers", "Det siger de ansatte (høringen)")  # row 8 of issue 31
        super().__init__(title)
        self.setAccessibleName(title)
        self.count, self.lines, self.scroll = _scroll_list(self, max_height)
        self.shown: list[str] = []  # the answers' texts as shown, for tests and the projector

    def show_answers(self, said: service.HearingSummary, steps: list[tuple[str, str]]) -> None:
        """`steps` is [(step key, heading)]: one step beside its point, or every point on the Høring step."""
        _clear(self.lines)
        self.shown = []
        answered = {
            0: translate("HearingAnswers", "Ingen ansatte har svaret endnu."),
            1: translate("HearingAnswers", "1 ansat har svaret."),
        }
        if said.handed_out:  # one code per sheet: what can be counted is sheets back
            self.count.setText(
                translate("HearingAnswers", "{0} af {1} udleverede ark er kommet tilbage.").format(
                    said.responses, said.handed_out
                )
            )
        else:
            self.count.setText(
                answered.get(
                    said.responses, translate("HearingAnswers", "{0} ansatte har svaret.").format(said.responses)
                )
            )
        keys = [k for k, _ in steps]
        if len(steps) > 1 and any(a.step not in keys for a in said.answers):
            steps = steps + [("", translate("HearingAnswers", "Spørgsmål, der siden er fjernet"))]
        for key, heading in steps:
            answers = said.for_step(key)
            if not answers:
                continue
            if len(steps) > 1:
                self.lines.addWidget(wrapped(heading, "font-weight: bold; margin-top: 6px;"))
            question = None
            for a in answers:
                if a.question != question:
                    question = a.question
                    self.lines.addWidget(wrapped(question, "font-style: italic; color: #24476b;"))
                where = f"  ({a.group})" if a.group else ""
                self.lines.addWidget(wrapped(f"•  {a.text}{where}"))
                self.shown.append(a.text)
        if not self.shown and said.responses:
            self.lines.addWidget(wrapped(translate("HearingAnswers", "Ingen svar til dette punkt."), "color: #555;"))
        self.lines.addStretch(1)
        grow_with_content(self)


class PreparationPanel(QGroupBox):
    """Each participant's preparation for one point, read-only: the name, the text or "(ikke forberedt)"; an absent
    participant is marked, and left out when they wrote nothing. A text can be copied into one of the page's boxes."""

    def __init__(self, copy_to=None, boxes: tuple[tuple[str, str], ...] = ()):
        title = translate("HearingAnswers", "Deltagernes forberedelse")
        super().__init__(title)
        self.setAccessibleName(title)
        self.copy_to, self.boxes = copy_to, boxes  # copy_to(box key, text); boxes: (key, label)
        self.count, self.lines, self.scroll = _scroll_list(self)
        self.shown: list[tuple[str, str]] = []  # (name as shown, text or "(ikke forberedt)"), for tests

    def show_texts(self, texts: list[meetings.PreparedText]) -> None:
        _clear(self.lines)
        self.shown = []
        shown = [t for t in texts if t.present or t.text.strip()]
        names = told_apart([t.name for t in shown])  # two "Anna Hansen": the second is "(2)"
        prepared = sum(1 for t in shown if t.text.strip())
        self.count.setText(
            translate("HearingAnswers", "{0} af {1} deltagere har forberedt punktet.").format(prepared, len(shown))
        )
        absent = translate("HearingAnswers", "(fraværende)")
        for t, shown_name in zip(shown, names, strict=True):
            name = shown_name if t.present else f"{shown_name} {absent}"
            text = t.text.strip()
            self.lines.addWidget(wrapped(name, "font-weight: bold; margin-top: 6px;"))
            if text:
                self.lines.addWidget(wrapped(text))
                if self.copy_to is not None and self.boxes:
                    self.lines.addWidget(self._copy_button(t.name, text), 0, Qt.AlignmentFlag.AlignLeft)
            else:
                self.lines.addWidget(wrapped(translate("HearingAnswers", "(ikke forberedt)"), "color: #555;"))
            self.shown.append((name, text or translate("HearingAnswers", "(ikke forberedt)")))
        if not shown:
            self.lines.addWidget(wrapped(translate("HearingAnswers", "Ingen deltagere endnu."), "color: #555;"))
        self.lines.addStretch(1)
        grow_with_content(self)

    def _copy_button(self, name: str, text: str) -> QPushButton:
        if len(self.boxes) == 1:
            key, label = self.boxes[0]
            button = QPushButton(translate("HearingAnswers", "Kopiér til feltet"))
            button.setToolTip(label)
            button.clicked.connect(lambda *_, k=key: self.copy_to(k, text))
        else:
            button = QPushButton(translate("HearingAnswers", "Kopiér til felt …"))
            menu = QMenu(button)
            for key, label in self.boxes:
                menu.addAction(label, lambda k=key: self.copy_to(k, text))
            button.setMenu(menu)
        button.setAccessibleName(translate("HearingAnswers", "Kopiér forberedelsen fra {0} til et felt").format(name))
        return button


class PointSources(QTabWidget):
    """The hearing's answers and the participants' preparation for one legal point, as two tabs."""

    def __init__(self, answers: HearingAnswers, preparation: PreparationPanel | None, max_height: int | None):
        super().__init__()
        self.setAccessibleName(translate("HearingAnswers", "Høring og forberedelse"))
        self.answers, self.preparation = answers, preparation
        for panel in (answers, preparation):
            if panel is not None:
                panel.setFlat(True)
                panel.setTitle("")  # the tab names it
        self.addTab(answers, translate("HearingAnswers", "Høringen"))
        if preparation is not None:
            self.addTab(preparation, translate("HearingAnswers", "Deltagernes forberedelse"))
        if max_height:
            self.setMaximumHeight(max_height)
        self.last_read = None  # what was read last time: the same again changes nothing on screen

    @property
    def shown(self) -> list[str]:
        """The hearing answers' texts as shown."""
        return self.answers.shown


def _preparation_box(page) -> tuple[str, str] | None:
    """(the preparation step's key, its box for this point), when the template prepares the point."""
    for step in page.ctx.template.steps_of_kind("preparation"):
        if any(b.key == page.step.key for b in step.boxes):
            return step.key, page.step.key
    return None


def _copy_into(page, key: str, text: str) -> None:
    """Add `text` under what the box holds; the box stores it as typing would."""
    edit = getattr(page, "boxes", {}).get(key)
    if edit is None or edit.isReadOnly():
        return
    current = edit.toPlainText().rstrip()
    edit.setPlainText(f"{current}\n{text}" if current else text)
    page.ctx.autosaver.flush()


def hearing_panel(page, max_height: int | None = 180, grows: bool = False) -> PointSources | None:
    """The panel for a legal point's page, when the meeting's template hears the employees; None otherwise. It
    shows the participants' preparation for the point too, when the template prepares the point."""
    if not page.ctx.template.steps_of_kind("hearing") or page.step.legal_point is None:
        return None
    preparation = None
    if _preparation_box(page) is not None:
        boxes = tuple((b.key, b.label) for b in page.step.boxes)
        preparation = PreparationPanel(lambda key, text: _copy_into(page, key, text), boxes)
    answers = HearingAnswers()
    if grows:  # the page scrolls as a whole: the panel shows everything (grow_with_content)
        answers.grows = True
        if preparation is not None:
            preparation.grows = True
        max_height = None
    return PointSources(answers, preparation, max_height and max_height + 140)  # room for a few texts


def refresh_hearing_panel(page, panel: PointSources | None) -> None:
    """Read the point's hearing answers and preparation again (the page entered, or the other chair's change)."""
    if panel is None:
        return
    said = service.summary(page.ctx.db, page.ctx.meeting_id)
    where = _preparation_box(page)
    texts = None
    if panel.preparation is not None and where is not None:
        texts = meetings.prepared_texts(page.ctx.db, page.ctx.meeting_id, *where)
    if (said, texts) == panel.last_read:
        return  # nothing new: the panel keeps where it was scrolled to
    panel.last_read = (said, texts)
    panel.answers.show_answers(said, [(page.step.key, page.step.title)])
    panel.setTabVisible(panel.indexOf(panel.answers), bool(said.answers))  # nothing heard yet: no empty tab
    if texts is not None:
        panel.preparation.show_texts(texts)
    panel.setVisible(bool(said.answers) or texts is not None)
