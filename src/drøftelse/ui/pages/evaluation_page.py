"""Punkt 3: last year's goals and every open handleplan row, each with a verdict and a comment.

The verdict moves the row's status at once (nået → gennemført, delvist → i gang, opgivet → opgivet). With no
earlier meeting in the app the page says so and lets the chairs type last year's goals by hand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from drøftelse.domain.annual import Verdict
from drøftelse.services import annual
from drøftelse.ui.pages.base import StepPage, add_group_boxes, bullets, load_group_boxes, wrapped

COL_WHAT, COL_FROM, COL_WHO, COL_VERDICT, COL_COMMENT = range(5)
NO_VERDICT = "– vurdér –"


class EvaluationPage(StepPage):
    def __init__(self, ctx, step):
        super().__init__(ctx, step)
        layout = QVBoxLayout(self)
        if step.instruction:
            layout.addWidget(wrapped(step.instruction, "font-size: 15px;"))
        if step.questions:
            layout.addWidget(bullets(step.questions))
        self.source = wrapped("", "color: #24476b; font-weight: bold;")
        layout.addWidget(self.source)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(("Mål / handling", "Fra", "Hvem", "Vurdering", "Kommentar"))
        self.table.setAccessibleName("Sidste års mål og åbne punkter")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_COMMENT, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._comment_changed)
        layout.addWidget(self.table, 3)

        typed = QHBoxLayout()
        self.new_goal = QLineEdit()
        self.new_goal.setPlaceholderText("Skriv et af sidste års mål ind – tryk Enter")
        self.new_goal.setAccessibleName("Sidste års mål")
        self.new_goal.returnPressed.connect(self.add_typed_goal)
        typed.addWidget(self.new_goal, 1)
        add = QPushButton("Tilføj &mål fra sidste år")
        add.clicked.connect(self.add_typed_goal)
        typed.addWidget(add)
        self.remove = QPushButton("Fjern indskrevet mål")
        self.remove.clicked.connect(self.remove_typed_goal)
        typed.addWidget(self.remove)
        layout.addLayout(typed)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.boxes = add_group_boxes(self, layout)
        self._items: list[annual.EvaluationItem] = []

    def enter(self) -> None:
        load_group_boxes(self, self.boxes)
        self.load()

    def load(self) -> None:
        ev = annual.evaluation(self.ctx.db, self.ctx.meeting_id)
        if ev.earlier_meetings == 0:
            self.source.setText(
                "Der er ingen tidligere møder for udvalget i Drøftelse. Skriv sidste års mål ind "
                "herunder, så I kan vurdere dem."
            )
        elif ev.previous is None:
            self.source.setText(
                "Der er ingen tidligere årlig drøftelse i Drøftelse, men åbne punkter fra "
                "handleplanen. Skriv evt. sidste års mål ind herunder."
            )
        else:
            self.source.setText(f"Mål fra {ev.previous} og alle åbne punkter i udvalgets handleplan.")
        self._items = list(ev.goals + ev.rows)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._items))
        for r, item in enumerate(self._items):
            kind = "Mål" if item.goal_id else "Handleplan"
            what = QTableWidgetItem(f"{kind}: {item.text}")
            status = f"\nStatus nu: {item.status.label}" if item.status else ""
            cells = {
                COL_WHAT: what,
                COL_FROM: QTableWidgetItem(item.origin + status),
                COL_WHO: QTableWidgetItem(item.hvem),
            }
            for col, cell in cells.items():
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, col, cell)
            self.table.setItem(r, COL_COMMENT, QTableWidgetItem(item.comment))
            choice = QComboBox()
            choice.addItem(NO_VERDICT, None)
            for v in Verdict:
                choice.addItem(v.label, v.value)
            choice.setCurrentIndex(max(0, choice.findData(item.verdict.value if item.verdict else None)))
            choice.setAccessibleName(f"Vurdering af {item.text}")
            choice.currentIndexChanged.connect(lambda _i, row=r, box=choice: self.judge(row, box.currentData()))
            self.table.setCellWidget(r, COL_VERDICT, choice)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(COL_VERDICT)
        self.table.setColumnWidth(COL_FROM, 230)
        self.table.setColumnWidth(COL_WHO, 150)
        self.table.resizeRowsToContents()
        self.count.setText(f"{ev.judged} af {len(self._items)} vurderet." if self._items else "Intet at vurdere endnu.")
        self.remove.setEnabled(any(i.typed_here for i in self._items))

    def _target(self, row: int) -> dict:
        item = self._items[row]
        return {"goal_id": item.goal_id} if item.goal_id else {"action_item_id": item.action_item_id}

    def judge(self, row: int, verdict: str | None) -> None:
        annual.set_verdict(self.ctx.db, self.ctx.meeting_id, verdict, **self._target(row))
        self.load()

    def _comment_changed(self, cell: QTableWidgetItem) -> None:
        if cell.column() != COL_COMMENT:
            return
        row = cell.row()
        verdict = self._items[row].verdict
        annual.set_verdict(self.ctx.db, self.ctx.meeting_id, verdict, cell.text(), **self._target(row))

    def add_typed_goal(self) -> None:
        text = self.new_goal.text().strip()
        if text:
            annual.add_goal(self.ctx.db, self.ctx.meeting_id, text, kind=annual.LAST_YEAR)
            self.new_goal.clear()
            self.load()

    def remove_typed_goal(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._items) and self._items[row].typed_here:
            annual.delete_goal(self.ctx.db, self._items[row].goal_id)
            self.load()
        else:
            self.ctx.report("Vælg et mål, I selv har skrevet ind – de andre kommer fra tidligere møder.")

    def presentation(self) -> dict:
        lines = [f"{i.text} – {i.verdict.label if i.verdict else 'ikke vurderet'}" for i in self._items]
        return {"heading": self.step.title, "lines": lines or [self.step.instruction]}
