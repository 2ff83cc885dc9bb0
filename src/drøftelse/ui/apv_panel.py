"""Beside the handleplan's table: the APV's assessment of the chosen row's problem – alvor and omfang (a short
choice each), a text for both, and the cause – with the hints the chairs need while they fill it in: the
forebyggelsesprincipper for "Hvordan?" and the psykisk arbejdsmiljø's risk factors (domain/apv).

Every field is stored as it is changed (the choices at once, the texts through the autosaver) via the table's
model, so a field the other chair changed meanwhile asks which to keep, as a cell does."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain import apv
from drøftelse.ui.live_view import is_typing
from drøftelse.ui.translation import translate

TEXT_HEIGHT = 54  # about two lines: the assessment is short; the table keeps the room


class ApvPanel(QGroupBox):
    def __init__(self, model, autosaver, parent: QWidget | None = None):
        super().__init__(parent)
        self.model, self.autosaver = model, autosaver
        self.item_id: int | None = None
        column = QVBoxLayout(self)
        column.setSpacing(2)
        self.heading = Heading(self)
        column.addWidget(self.heading)
        outer = QHBoxLayout()
        column.addLayout(outer)
        form = QFormLayout()
        self.alvor = self._choices(apv.Alvor, translate("ApvPanel", "Alvor"))
        self.omfang = self._choices(apv.Omfang, translate("ApvPanel", "Omfang"))
        choices = QHBoxLayout()
        choices.addWidget(self.alvor)
        choices.addWidget(QLabel(translate("ApvPanel", "Omfang:")))
        choices.addWidget(self.omfang)
        choices.addStretch(1)
        form.addRow(translate("ApvPanel", "&Alvor:"), choices)
        form.labelForField(choices).setBuddy(self.alvor)
        self.vurdering = self._text(
            translate("ApvPanel", "Vurdering"), translate("ApvPanel", "Hvor alvorligt, og hvor mange rammes?")
        )
        self.aarsag = self._text(
            translate("ApvPanel", "Årsag"), translate("ApvPanel", "Hvad er årsagen til problemet?")
        )
        form.addRow(translate("ApvPanel", "&Vurdering:"), self.vurdering)
        form.addRow(translate("ApvPanel", "Å&rsag:"), self.aarsag)
        outer.addLayout(form, 3)
        # the hints in tabs: both at full height pushed the table off a 720-line screen
        self.hints = QTabWidget()
        self.hints.setDocumentMode(True)
        self.hints.addTab(_hint(apv.prevention_hint()), translate("ApvPanel", "Hvordan? Forebyggelse"))
        self.hints.addTab(_hint(apv.psychosocial_hint()), translate("ApvPanel", "Psykisk arbejdsmiljø"))
        outer.addWidget(self.hints, 2)
        self.alvor.activated.connect(lambda *_: self._store("alvor", self.alvor.currentData()))
        self.omfang.activated.connect(lambda *_: self._store("omfang", self.omfang.currentData()))
        autosaver.watch_text(self.vurdering, lambda text: self._store("vurdering", text))
        autosaver.watch_text(self.aarsag, lambda text: self._store("aarsag", text))
        self.show_row(None)

    def _choices(self, kind, name: str) -> QComboBox:
        box = QComboBox()
        box.addItem(translate("ApvPanel", "– ikke vurderet –"), None)
        for choice in kind:
            box.addItem(choice.label, choice.value)
        box.setAccessibleName(name)
        return box

    @staticmethod
    def _text(name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(TEXT_HEIGHT)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        return edit

    # --- which row
    def _row_index(self) -> int | None:
        for i, row in enumerate(self.model.rows):
            if row.id == self.item_id:
                return i
        return None

    def show_row(self, row_index: int | None) -> None:
        """Show the assessment of the row chosen in the table (None: no row chosen, the fields wait)."""
        self.autosaver.flush()  # what was typed for the row before is stored first, on that row
        rows = self.model.rows
        self.item_id = rows[row_index].id if row_index is not None and 0 <= row_index < len(rows) else None
        self.setEnabled(self.item_id is not None and not self.model.locked)
        self.refresh(force=True)

    def _title(self, row_index: int | None) -> str:
        if row_index is None:
            return translate("ApvPanel", "APV: vurdering af problemet – vælg en række i tabellen")
        hvad = " ".join(self.model.rows[row_index].hvad.split())
        hvad = hvad if len(hvad) <= 60 else hvad[:59] + "…"
        return translate("ApvPanel", "APV: vurdering af problemet i række {0} – {1}").format(row_index + 1, hvad)

    def refresh(self, force: bool = False) -> None:
        """Show the row as stored; a field being typed in keeps its typing."""
        i = self._row_index()
        record = self.model.rows[i] if i is not None else None
        if record is None and self.item_id is not None:
            self.item_id = None  # the row went (deleted here or by the other chair)
            self.setEnabled(False)
        self.heading.setText(self._title(i))
        for box, field in ((self.alvor, "alvor"), (self.omfang, "omfang")):
            if force or not is_typing(box):
                box.setCurrentIndex(max(0, box.findData(getattr(record, field, None))))
        for edit, field in ((self.vurdering, "vurdering"), (self.aarsag, "aarsag")):
            text = getattr(record, field, "") if record is not None else ""
            if (force or not is_typing(edit, self.autosaver)) and edit.toPlainText() != text:
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)

    def _store(self, field: str, value) -> None:
        i = self._row_index()
        if i is None:
            return
        self.model.write(i, field, value)
        stored = self.model.value(i, field)
        if field in ("vurdering", "aarsag") and stored != value:  # the other chair's text was taken
            self.refresh(force=True)


class Heading(QWidget):
    """The panel's one line of bold text, cut with "…" to the width it gets. Its size never follows the text: a new
    text is only painted. As the group box's title, each row chosen laid the whole page out again, about 5 of the
    17 ms a Ctrl+N took at 1,000 rows (benchmarks/handleplan_table.py)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() + 2)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - as QLabel's
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)
            self.setToolTip(text)
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().averageCharWidth() * 40, self.height())

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)


def _hint(text: str) -> QLabel:
    """A hint in small grey type; the first line in bold, the source line last."""
    lines = text.splitlines()
    body = "<br>".join(escape(line) for line in lines[1:-1])
    label = QLabel(f"<b>{escape(lines[0])}</b><br>{body}<br><i style='font-size: 11px;'>{escape(lines[-1])}</i>")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet("color: #444; font-size: 12px;")
    return label
