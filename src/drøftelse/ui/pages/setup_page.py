"""Opsætning: title, date, place, forum, and the participants with role, formandskab, note-taker and order. A
template may name its own forums and roles, and the forms the discussion may take (under 10 ansatte: møde, video,
skriftligt; the referat names the one chosen)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.services import meetings as service
from drøftelse.ui.dialogs import date_edit, from_qdate, to_qdate
from drøftelse.ui.field_conflict import write_checked
from drøftelse.ui.live_view import is_typing, refresh_table
from drøftelse.ui.page_models import ParticipantModel
from drøftelse.ui.pages.base import StepPage, wrapped
from drøftelse.ui.roles import ROLES  # offered in the window's language, stored in Danish (ui/stored_values.py)
from drøftelse.ui.stored_values import role_stored
from drøftelse.ui.table_models import ComboDelegate, keep_editors_open
from drøftelse.ui.translation import translate

FORUMS = (
    QT_TRANSLATE_NOOP("SetupPage", "Arbejdsmiljøorganisationen (AMO)"),
    QT_TRANSLATE_NOOP("SetupPage", "Arbejdsmiljøudvalget"),
    QT_TRANSLATE_NOOP("SetupPage", "MED-udvalget"),
    QT_TRANSLATE_NOOP("SetupPage", "Alle ansatte (under 10 ansatte)"),
)
COL_NAME, COL_ROLE, COL_CHAIR, COL_NOTES, COL_PRESENT = range(5)


class SetupPage(StepPage):
    def __init__(self, ctx, step):
        super().__init__(ctx, step)
        m = service.get_meeting(ctx.db, ctx.meeting_id)
        # what the window shows of each field: a write is made on it, and checked against the other chair's
        self.shown = {"title": m.title, "place": m.place, "forum": m.forum, "date": m.date, "form": m.form}
        layout = QVBoxLayout(self)
        if step.help:
            layout.addWidget(wrapped(step.help))
        layout.addLayout(self._build_fields(m))
        self._build_participants(layout)
        layout.addLayout(self._build_new_participant())
        from drøftelse.domain.annual import point_steps

        if point_steps(ctx.template):
            layout.addWidget(self._point_order_box())
        QShortcut(QKeySequence("Alt+Up"), self.table, lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Alt+Down"), self.table, lambda: self.move_selected(1))

    def _build_fields(self, m) -> QFormLayout:
        """The meeting's title, date, place, forum (and form, when the template offers forms), each stored on
        the value shown."""
        step, ctx = self.step, self.ctx
        form = QFormLayout()
        self.title = QLineEdit(m.title)
        self.title.setAccessibleName(translate("SetupPage", "Mødets titel"))
        self.date = date_edit(m.date, translate("SetupPage", "Mødets dato"))
        self.place = QLineEdit(m.place)
        self.place.setAccessibleName(translate("SetupPage", "Sted"))
        self.forum = QComboBox()
        self.forum.setEditable(True)
        self.forum.addItems([translate("SetupPage", f) for f in (step.forums or FORUMS)])
        self.forum.setCurrentText(m.forum)
        self.forum.setAccessibleName(translate("SetupPage", "Forum"))
        form.addRow(translate("SetupPage", "&Titel"), self.title)
        form.addRow(translate("SetupPage", "&Dato"), self.date)
        form.addRow(translate("SetupPage", "S&ted"), self.place)
        form.addRow(translate("SetupPage", "&Forum"), self.forum)
        if step.forms:
            self.form = QComboBox()
            self.form.setAccessibleName(translate("SetupPage", "Form"))
            self.form.addItem(translate("SetupPage", "Vælg, hvordan drøftelsen holdes …"), "")
            for choice in step.forms:  # stored in the template's words: the referat and closing read them
                self.form.addItem(translate("SetupPage", choice), choice)
            self.form.setCurrentIndex(max(self.form.findData(m.form), 0))
            self.form.currentIndexChanged.connect(lambda *_: self._write("form", self.form.currentData()))
            form.addRow(translate("SetupPage", "F&orm"), self.form)
        ctx.autosaver.watch_text(self.title, lambda t: self._store("title", t))
        ctx.autosaver.watch_text(self.place, lambda t: self._store("place", t))
        self.forum.currentTextChanged.connect(lambda t: self._write("forum", t))
        self.date.dateChanged.connect(lambda d: self._write("date", from_qdate(d)))
        return form

    def _build_participants(self, layout: QVBoxLayout) -> None:
        """The participants' heading and table, the role chosen in its always open combo box."""
        step, ctx = self.step, self.ctx
        # only the kompetencedrøftelse has a round; the annual template's order means nothing to anyone
        has_round = any(s.kind == "round" for s in ctx.template.steps)
        order = translate("SetupPage", " – rækkefølgen her er rækkefølgen i runden") if has_round else ""
        self.participants_label = QLabel(translate("SetupPage", "<b>Deltagere</b>{0}").format(order))
        layout.addWidget(self.participants_label)
        self.model = ParticipantModel(ctx.db, ctx.meeting_id, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("SetupPage", "Deltagere"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        name = lambda index: translate("SetupPage", "Rolle for {0}").format(self.model.record(index.row()).name)
        roles = ComboDelegate(
            [(translate("SetupPage", r),) * 2 for r in step.roles or ROLES], self.table, editable=True, name=name
        )
        self.table.setItemDelegateForColumn(COL_ROLE, roles)
        keep_editors_open(self.table, COL_ROLE)  # the role's combo box is always there, as it was
        layout.addWidget(self.table, 1)

    def _build_new_participant(self) -> QHBoxLayout:
        """A new participant's name and role, and the buttons that add, remove and move participants."""
        row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(translate("SetupPage", "Navn på ny deltager – tryk Enter"))
        self.new_name.setAccessibleName(translate("SetupPage", "Ny deltagers navn"))
        self.new_name.returnPressed.connect(self.add_from_field)
        row.addWidget(self.new_name, 1)
        self.new_role = QComboBox()
        self.new_role.setEditable(True)
        self.new_role.addItems([translate("SetupPage", r) for r in self.step.roles or ROLES])
        self.new_role.setAccessibleName(translate("SetupPage", "Ny deltagers rolle"))
        row.addWidget(self.new_role)
        for text, slot in (
            (translate("SetupPage", "&Tilføj"), self.add_from_field),
            (translate("SetupPage", "Fje&rn"), self.remove_selected),
            (translate("SetupPage", "Op"), lambda: self.move_selected(-1)),
            (translate("SetupPage", "Ned"), lambda: self.move_selected(1)),
        ):
            b = QPushButton(text)
            b.clicked.connect(lambda *_, s=slot: s())
            row.addWidget(b)
        return row

    # --- the meeting's fields, each written on the value shown (issue 27)
    def _widgets(self) -> dict:
        widgets = {"title": self.title, "place": self.place, "forum": self.forum, "date": self.date}
        if hasattr(self, "form"):
            widgets["form"] = self.form
        return widgets

    def _store(self, field: str, value) -> None:
        """Store a field; when the other chair changed it since it was shown, the chair is asked
        (ui/field_conflict.py) and the field shows what is kept."""
        ctx = self.ctx
        stored = write_checked(
            lambda values, seen: service.update_meeting(ctx.db, ctx.meeting_id, seen=seen, **values),
            {field: value},
            {field: self.shown[field]},
            ending=lambda: ctx.autosaver.ending,
        )[field]
        self.shown[field] = stored
        if stored != value:
            self._show(field, stored)

    def _write(self, field: str, value) -> None:
        """As _store, from a choice made (a date, a form): a refusal is said in the status line."""
        try:
            self._store(field, value)
        except DroeftelseError as e:
            self.ctx.report(e.message)

    def _show(self, field: str, value) -> None:
        """Put a stored value in its field without it counting as an edit."""
        widget = self._widgets()[field]
        widget.blockSignals(True)
        if field in ("title", "place"):
            widget.setText(value)
        elif field == "forum":
            widget.setCurrentText(value)
        elif field == "date":
            widget.setDate(to_qdate(value))
        else:
            widget.setCurrentIndex(max(widget.findData(value), 0))
        widget.blockSignals(False)

    def refresh(self) -> None:
        """The other chair's stored change, except in the field being typed in (it keeps its text, and its next
        write is checked against the value it was shown)."""
        self._refresh_fields()
        if refresh_table(self.table, self.model.fresh()):
            self.behind = True
        if hasattr(self, "points"):
            self._load_points()

    def _refresh_fields(self) -> None:
        m = service.get_meeting(self.ctx.db, self.ctx.meeting_id)
        for field, widget in self._widgets().items():
            value = getattr(m, field)
            if value == self.shown[field]:
                continue
            if is_typing(widget, self.ctx.autosaver):
                self.behind = True
                continue
            self.shown[field] = value
            self._show(field, value)

    def _point_order_box(self):
        from PySide6.QtWidgets import QGroupBox, QListWidget

        box = QGroupBox(translate("SetupPage", "Rækkefølgen af punkterne på mødet"))
        row = QHBoxLayout(box)
        self.points = QListWidget()
        self.points.setAccessibleName(translate("SetupPage", "Rækkefølgen af punkterne"))
        self.points.setMaximumHeight(150)
        row.addWidget(self.points, 1)
        buttons = QVBoxLayout()
        for text, delta in ((translate("SetupPage", "Flyt op"), -1), (translate("SetupPage", "Flyt ned"), 1)):
            b = QPushButton(text)
            b.clicked.connect(lambda *_, d=delta: self.move_point(d))
            buttons.addWidget(b)
        buttons.addWidget(wrapped(translate("SetupPage", "Standard: sidste års mål først."), "color: #555;"))
        buttons.addStretch(1)
        row.addLayout(buttons)
        return box

    def _load_points(self) -> None:
        from drøftelse.domain.annual import ordered_steps

        order = service.meeting_settings(self.ctx.db, self.ctx.meeting_id).get("order")
        self._order_seen = order  # as stored (None: the template's order), for the next move to be checked on
        keys = [s.key for s in ordered_steps(self.ctx.template, order) if s.legal_point is not None]
        if self.points.count() and keys == self._point_keys:
            return
        self._point_keys = keys
        current = self.points.currentRow()
        self.points.clear()
        for key in self._point_keys:
            step = self.ctx.template.step(key)
            self.points.addItem(translate("SetupPage", "Punkt {0}: {1}").format(step.legal_point, step.short_title))
        self.points.setCurrentRow(current)

    def move_point(self, delta: int) -> None:
        row = self.points.currentRow()
        if row < 0 or not 0 <= row + delta < len(self._point_keys):
            return
        keys = list(self._point_keys)
        keys[row], keys[row + delta] = keys[row + delta], keys[row]
        ctx = self.ctx
        try:
            kept = write_checked(
                lambda values, seen: service.update_meeting_settings(ctx.db, ctx.meeting_id, seen=seen, **values),
                {"order": keys},
                {"order": self._order_seen},
                show=lambda _field, order: self._order_lines(order),
            )["order"]
        except DroeftelseError as e:
            ctx.report(e.message)
            return
        self._load_points()
        if kept == keys:
            self.points.setCurrentRow(row + delta)
        self.ctx.reorder()

    def _order_lines(self, order) -> str:
        from drøftelse.domain.annual import ordered_steps

        steps = [s for s in ordered_steps(self.ctx.template, order) if s.legal_point is not None]
        return "\n".join(translate("SetupPage", "Punkt {0}: {1}").format(s.legal_point, s.short_title) for s in steps)

    def enter(self) -> None:
        self._refresh_fields()  # changed on another step or in the other window since the page was made
        self.load()
        if hasattr(self, "points"):
            self._load_points()

    def load(self) -> None:
        self.model.load()
        self.table.resizeColumnToContents(COL_ROLE)
        self.table.setColumnWidth(COL_ROLE, max(self.table.columnWidth(COL_ROLE), 160))  # "Arbejdsmiljøleder" whole

    def add_participant(self, name: str, role: str = "", formandskab: bool = False, note_taker: bool = False) -> int:
        return self.model.add(name, role, formandskab, note_taker)

    def add_from_field(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        self.add_participant(name, role_stored(self.new_role.currentText()))
        self.new_name.clear()
        self.new_name.setFocus()

    def remove_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        row = self.table.currentIndex().row()
        if row < 0:
            return
        name = self.model.record(row).name
        answer = QMessageBox.question(
            self,
            translate("SetupPage", "Fjern deltager"),
            translate("SetupPage", "Fjern {0} fra mødet? Deltagerens forberedelse og noter slettes også.").format(name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.model.remove(row)

    def move_selected(self, delta: int) -> None:
        row = self.table.currentIndex().row()
        if row < 0 or not 0 <= row + delta < self.model.rowCount():
            return
        self.model.move(row, row + delta)
        self.table.selectRow(row + delta)
