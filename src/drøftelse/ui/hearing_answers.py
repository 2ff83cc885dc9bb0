"""The employees' answers from the hearing, as a framed panel beside a legal point: what they were asked and what
each returned sheet said, with the arbejdsmiljøgruppe it came from."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from drøftelse.services import hearing as service
from drøftelse.ui.pages.base import wrapped
from drøftelse.ui.translation import translate


class HearingAnswers(QGroupBox):
    """Shows the answers for one step (a legal point), or for all points grouped under their titles."""

    def __init__(self, title: str = "Det siger de ansatte (høringen)", max_height: int | None = None):
        super().__init__(title)
        self.setAccessibleName(title)
        outer = QVBoxLayout(self)
        self.count = QLabel()
        outer.addWidget(self.count)
        holder = QWidget()
        self.lines = QVBoxLayout(holder)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        if max_height:
            scroll.setMaximumHeight(max_height)
        outer.addWidget(scroll, 1)
        self.shown: list[str] = []  # the answers' texts as shown, for tests and the projector

    def show_answers(self, said: service.HearingSummary, steps: list[tuple[str, str]]) -> None:
        """`steps` is [(step key, heading)]: one step beside its point, or every point on the Høring step."""
        while self.lines.count():
            w = self.lines.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
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


def hearing_panel(page, max_height: int | None = 180) -> HearingAnswers | None:
    """The panel for a legal point's page, when the meeting's template hears the employees; None otherwise."""
    if not page.ctx.template.steps_of_kind("hearing") or page.step.legal_point is None:
        return None
    return HearingAnswers(max_height=max_height)


def refresh_hearing_panel(page, panel: HearingAnswers | None) -> None:
    if panel is None:
        return
    said = service.summary(page.ctx.db, page.ctx.meeting_id)
    panel.setVisible(bool(said.answers))  # nothing heard yet: no empty frame on the point
    panel.show_answers(said, [(page.step.key, page.step.title)])
