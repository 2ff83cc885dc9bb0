"""Handleplan: the six columns, status and priority in an editable table; add, delete (undoable), reorder;
"Lav til handling" turns an agreed point into a row; "Se et eksempel" shows the source's three rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
)

from drøftelse.domain.actions import COLUMNS, Priority, Status, heading
from drøftelse.services import meetings as service
from drøftelse.services.meetings import ActionFields
from drøftelse.ui.apv_panel import ApvPanel
from drøftelse.ui.handleplan_model import FIELDS, HandleplanModel
from drøftelse.ui.handleplan_view import handleplan_view
from drøftelse.ui.pages.base import StepPage, wrapped
from drøftelse.ui.row_fitting import fit_rows
from drøftelse.ui.table_models import Column, RecordTableModel
from drøftelse.ui.translation import translate


class MultiLineDelegate(QStyledItemDelegate):
    """Cells hold sentences: Enter makes a new line, Tab or leaving the cell stores it."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setAccessibleName(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, choices: list[tuple[str, object]], parent=None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):  # noqa: N802
        box = QComboBox(parent)
        for label, value in self.choices:
            box.addItem(label, value)
        return box

    def setEditorData(self, editor, index):  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(0, [v for _, v in self.choices].index(value)))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class HandleplanPage(StepPage):
    def __init__(self, ctx, step):
        super().__init__(ctx, step)
        self._make_model()
        layout = QVBoxLayout(self)
        if step.instruction:
            layout.addWidget(wrapped(step.instruction))
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_buttons())
        # the APV's assessment of the chosen row, with the hints for Hvordan? and the psykisk arbejdsmiljø
        self.apv = ApvPanel(self.model, ctx.autosaver, self)
        layout.addWidget(self.apv)
        self._connect_apv()
        self._add_shortcuts()

    def _make_model(self) -> None:
        ctx = self.ctx
        opening = ctx.opening  # the meeting opens on this step: its rows were read in the opening task
        if opening is not None and opening.handleplan is not None:
            self.model = HandleplanModel(
                ctx.db, ctx.meeting_id, opening.meeting.date, self, read=(opening.version, opening.handleplan)
            )
            self._just_read = "in the task"
        else:
            meeting = service.get_meeting(ctx.db, ctx.meeting_id)
            self.model = HandleplanModel(ctx.db, ctx.meeting_id, meeting.date, self)
            self._just_read = "here"

    def _build_table(self) -> QTableView:
        self.view = handleplan_view(self.model, translate("HandleplanPage", "Handleplan"))
        header = self.view.horizontalHeader()
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        # Status and Prioritet as wide as their longest choice, set once: sized to their contents, Qt measured
        # every row of the column again at each edit (37 ms at 1,000 rows; benchmarks/handleplan_table.py)
        metrics = self.view.fontMetrics()
        for col, labels in (
            (FIELDS.index("status"), [s.label for s in Status]),
            (FIELDS.index("priority"), [p.label for p in Priority]),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            texts = [*labels, self.model.headerData(col, Qt.Orientation.Horizontal)]
            header.resizeSection(
                col, max(metrics.horizontalAdvance(t) for t in texts) + 36
            )  # room for the combo's arrow
        self.view.setItemDelegate(MultiLineDelegate(self.view))
        self.view.setItemDelegateForColumn(
            FIELDS.index("status"), ChoiceDelegate([(s.label, s) for s in Status], self.view)
        )
        self.view.setItemDelegateForColumn(
            FIELDS.index("priority"), ChoiceDelegate([("", None)] + [(p.label, p) for p in Priority], self.view)
        )
        fit_rows(self.view)  # the row that changed is measured again, never the whole table for one edit
        return self.view

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.add_button = self._button(
            translate("HandleplanPage", "&Ny række (Ctrl+N)"), lambda: self.add_row(), buttons
        )
        self.delete_button = self._button(translate("HandleplanPage", "&Slet række"), self.delete_selected, buttons)
        self.undo_button = self._button(translate("HandleplanPage", "&Fortryd"), self.model.undo_stack.undo, buttons)
        self._button(translate("HandleplanPage", "Flyt &op"), lambda: self.move_selected(-1), buttons)
        self._button(translate("HandleplanPage", "Flyt n&ed"), lambda: self.move_selected(1), buttons)
        self._button(translate("HandleplanPage", "Ordn efter &prioritet"), self.order_by_priority, buttons)
        buttons.addStretch(1)
        self.make_action = QPushButton(translate("HandleplanPage", "&Lav til handling …"))
        self.make_action.setMenu(QMenu(self.make_action))
        self.make_action.menu().aboutToShow.connect(self._fill_agreed_points)
        buttons.addWidget(self.make_action)
        self._button(translate("HandleplanPage", "Se et e&ksempel"), self.show_example, buttons)
        self.model.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        return buttons

    def _connect_apv(self) -> None:
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _: self.apv.show_row(current.row() if current.isValid() else None)
        )
        for signal in (self.model.dataChanged, self.model.modelReset, self.model.rowsRemoved):
            signal.connect(lambda *_: self.apv.refresh())

    def _add_shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.add_row())
        QShortcut(QKeySequence.StandardKey.Undo, self, self.model.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.model.undo_stack.redo)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, self.delete_selected)
        QShortcut(QKeySequence("Alt+Up"), self.view, lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Alt+Down"), self.view, lambda: self.move_selected(1))

    def _button(self, text, slot, layout) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(lambda *_: slot())
        layout.addWidget(b)
        return b

    def enter(self) -> None:
        just_read, self._just_read = self._just_read, None
        if just_read == "in the task":  # read a moment ago, off the GUI thread: 1,000 rows are not read twice
            return
        if just_read == "here" and self.model.seen_version == self.model._version():
            return  # built for this entry; nothing stored since
        self.model.refresh()  # rows changed elsewhere (another page, a file imported) are shown; the rest stay

    def add_row(self, fields: ActionFields | None = None) -> int:
        row = self.model.add_row(fields)
        self.view.setCurrentIndex(self.model.index(row, 0))  # selects the row (rows are selected whole)
        self.view.setFocus()
        self.changed_for_room.emit()  # the projected list of rows follows, whichever window had the key
        return row

    def delete_selected(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.delete_row(row)
            self.ctx.report(translate("HandleplanPage", "Rækken er slettet. Fortryd med Ctrl+Z."))

    def move_selected(self, delta: int) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.model.move_row(index.row(), delta):
            self.view.setCurrentIndex(self.model.index(index.row() + delta, index.column()))

    def order_by_priority(self) -> None:
        """The rows in the order their problems are to be solved: høj prioritet first, then the more serious."""
        if self.model.order_by_priority():
            self.ctx.report(
                translate("HandleplanPage", "Rækkerne står nu efter prioritet og alvor. Fortryd med Ctrl+Z.")
            )
        else:
            self.ctx.report(translate("HandleplanPage", "Rækkerne står allerede efter prioritet og alvor."))

    def agreed_points(self) -> list[str]:
        """Each line the group agreed on in the steps before, to start a row from."""
        texts = service.answers(self.ctx.db, self.ctx.meeting_id)
        points = []
        for s in self.ctx.template.steps:
            if s.kind in ("agree", "point", "goals"):
                for b in s.boxes:
                    for line in texts.get((None, s.key, b.key), "").splitlines():
                        line = line.strip().lstrip("•-–*0123456789. ").strip()
                        if line:
                            points.append(line)
        return points

    def _fill_agreed_points(self) -> None:
        menu = self.make_action.menu()
        menu.clear()
        points = self.agreed_points()
        if not points:
            menu.addAction(translate("HandleplanPage", "Ingen aftalte punkter endnu")).setEnabled(False)
        for point in points:
            label = point if len(point) < 90 else point[:87] + "…"
            menu.addAction(label, lambda p=point: self.add_row(ActionFields(hvad=p)))

    def show_example(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(translate("HandleplanPage", "Eksempel på en handleplan"))
        layout = QVBoxLayout(dialog)
        columns = [Column(heading(h), lambda example, k=key: example[k]) for key, h in COLUMNS]
        table = QTableView()
        table.setModel(RecordTableModel(columns, self.ctx.template.examples, table))
        table.setAccessibleName(translate("HandleplanPage", "Eksempel på en handleplan"))
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        layout.addWidget(table)
        dialog.resize(1100, 420)
        self.example_dialog = dialog
        dialog.show()

    def keyboard_actions(self) -> dict:
        return {"new_row": self.add_row}

    def presentation(self) -> dict:
        lines = [  # "1. Støjmåling – Mette", or "1. Støjmåling" while nobody is named: no dash left hanging
            f"{i + 1}. "
            + " – ".join(t for t in (self.model.value(i, "hvad"), self.model.value(i, "hvem")) if t.strip())
            for i in range(self.model.rowCount())
        ]
        return {
            "heading": translate("HandleplanPage", "Handleplan"),
            "lines": lines or [translate("HandleplanPage", "Ingen rækker endnu.")],
        }
