"""Punkt 3: last year's goals and every open handleplan row, each with a verdict and a comment; a row also with
"Virkede det?" and a note (the APV's follow-up: did the solution work).

The verdict moves the row's status at once (nået → gennemført, delvist → i gang, opgivet → opgivet). With no
earlier meeting in the app the page says so and lets the chairs type last year's goals by hand.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from drøftelse.domain import apv
from drøftelse.domain.annual import Verdict
from drøftelse.services import annual
from drøftelse.ui.hearing_answers import hearing_panel, refresh_hearing_panel
from drøftelse.ui.live_view import refresh_table
from drøftelse.ui.page_models import NO_EFFECT, NO_VERDICT, EvaluationModel
from drøftelse.ui.pages.base import StepPage, add_group_boxes, bullets, load_group_boxes, wrapped
from drøftelse.ui.row_fitting import fit_rows
from drøftelse.ui.table_models import ComboDelegate, keep_editors_open
from drøftelse.ui.translation import translate

COL_WHAT, COL_FROM, COL_WHO, COL_VERDICT, COL_COMMENT, COL_EFFECT, COL_EFFECT_NOTE = range(7)


class EvaluationPage(StepPage):
    @classmethod
    def needs_the_orm(cls, step, template) -> bool:
        return True  # what is evaluated: last year's goals, the committee's open rows, the verdicts given (ORM)

    def __init__(self, ctx, step):
        super().__init__(ctx, step)
        layout = QVBoxLayout(self)
        self.hearing = hearing_panel(self)  # the annual discussion: what the employees said
        if step.instruction:
            layout.addWidget(wrapped(step.instruction, "font-size: 15px;"))
        if self.hearing is not None:
            layout.addWidget(self.hearing)
        if step.questions:
            layout.addWidget(bullets(step.questions))
        self.source = wrapped("", "color: #24476b; font-weight: bold;")
        layout.addWidget(self.source)
        layout.addWidget(self._build_table(), 3)
        layout.addLayout(self._build_typed_goal())
        self.count = QLabel()
        layout.addWidget(self.count)
        self.boxes = add_group_boxes(self, layout)

    def _build_table(self) -> QTableView:
        """Last year's goals and open rows, the verdict and "Virkede det?" chosen in their cells."""
        self.model = EvaluationModel(self.ctx.db, self.ctx.meeting_id, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("EvaluationPage", "Sidste års mål og åbne punkter"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_COMMENT, QHeaderView.ResizeMode.Stretch)
        verdicts = ComboDelegate(
            [(translate("EvaluationModel", NO_VERDICT), None)] + [(v.label, v.value) for v in Verdict],
            self.table,
            name=lambda i: translate("EvaluationPage", "Vurdering af {0}").format(self.model.record(i.row()).text),
        )
        self.table.setItemDelegateForColumn(COL_VERDICT, verdicts)
        effects = ComboDelegate(
            [(translate("EvaluationModel", NO_EFFECT), None)] + [(e.label, e.value) for e in apv.Effect],
            self.table,
            name=lambda i: translate("EvaluationPage", "Virkede det? {0}").format(self.model.record(i.row()).text),
        )
        self.table.setItemDelegateForColumn(COL_EFFECT, effects)
        header.setSectionResizeMode(COL_EFFECT_NOTE, QHeaderView.ResizeMode.Stretch)
        keep_editors_open(self.table, COL_VERDICT)  # the verdict's combo box is always there, as it was
        self.table.setColumnWidth(COL_FROM, 230)
        self.table.setColumnWidth(COL_WHO, 150)
        fit_rows(self.table, lambda: self.table.resizeColumnToContents(COL_VERDICT))
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._count)
        return self.table

    def _build_typed_goal(self) -> QHBoxLayout:
        """Last year's goals typed in by hand (no earlier meeting in the app), and removing one typed in."""
        typed = QHBoxLayout()
        self.new_goal = QLineEdit()
        self.new_goal.setPlaceholderText(translate("EvaluationPage", "Skriv et af sidste års mål ind – tryk Enter"))
        self.new_goal.setAccessibleName(translate("EvaluationPage", "Sidste års mål"))
        self.new_goal.returnPressed.connect(self.add_typed_goal)
        typed.addWidget(self.new_goal, 1)
        add = QPushButton(translate("EvaluationPage", "Tilføj &mål fra sidste år"))
        add.clicked.connect(self.add_typed_goal)
        typed.addWidget(add)
        self.remove = QPushButton(translate("EvaluationPage", "Fjern indskrevet mål"))
        self.remove.clicked.connect(self.remove_typed_goal)
        typed.addWidget(self.remove)
        return typed

    def enter(self) -> None:
        load_group_boxes(self, self.boxes)
        refresh_hearing_panel(self, self.hearing)
        self.load()

    def load(self) -> None:
        ev = self.model.load()
        if ev.earlier_meetings == 0:
            self.source.setText(
                translate(
                    "EvaluationPage",
                    "Der er ingen tidligere møder for udvalget i Drøftelse. Skriv sidste års mål ind "
                    "herunder, så I kan vurdere dem.",
                )
            )
        elif ev.previous is None:
            self.source.setText(
                translate(
                    "EvaluationPage",
                    "Der er ingen tidligere årlig drøftelse i Drøftelse, men åbne punkter fra "
                    "handleplanen. Skriv evt. sidste års mål ind herunder.",
                )
            )
        else:
            self.source.setText(
                translate("EvaluationPage", "Mål fra {0} og alle åbne punkter i udvalgets handleplan.").format(
                    ev.previous
                )
            )
        self._count()

    def refresh(self) -> None:
        """The other chair's verdicts and comments, except in the row being edited here; the hearing's answers and
        the participants' preparation beside them."""
        refresh_hearing_panel(self, self.hearing)
        if refresh_table(self.table, self.model.fresh()):
            self.behind = True
        self._count()

    def _count(self, *_) -> None:
        judged, total = self.model.judged, self.model.rowCount()
        self.count.setText(
            translate("EvaluationPage", "{0} af {1} vurderet.").format(judged, total)
            if total
            else translate("EvaluationPage", "Intet at vurdere endnu.")
        )
        self.remove.setEnabled(any(i.typed_here for i in self.model.rows))

    def judge(self, row: int, verdict: str | None) -> None:
        self.model.setData(self.model.index(row, COL_VERDICT), verdict)

    def add_typed_goal(self) -> None:
        text = self.new_goal.text().strip()
        if text:
            annual.add_goal(self.ctx.db, self.ctx.meeting_id, text, kind=annual.LAST_YEAR)
            self.new_goal.clear()
            self.load()

    def remove_typed_goal(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < self.model.rowCount() and self.model.record(row).typed_here:
            annual.delete_goal(self.ctx.db, self.model.record(row).goal_id)
            self.load()
        else:
            self.ctx.report(
                translate(
                    "EvaluationPage", "Vælg et mål, I selv har skrevet ind – de andre kommer fra tidligere møder."
                )
            )

    def presentation(self) -> dict:
        unjudged = translate("EvaluationPage", "ikke vurderet")
        lines = [f"{i.text} – {i.verdict.label if i.verdict else unjudged}" for i in self.model.rows]
        return {"heading": self.step.title, "lines": lines or [self.step.instruction]}
