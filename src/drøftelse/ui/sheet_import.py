"""Returned forberedelsesark into the meeting: read, shown before anything is stored, conflicts settled by the
chairs (keep, replace, keep both), then stored and marked as imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.ui.tasks import Cancelled, CancelToken, Task, run_task
from drøftelse.ui.translation import translate

CHOICES = (
    (QT_TRANSLATE_NOOP("SheetImportDialog", "Behold det, der står"), "behold"),
    (QT_TRANSLATE_NOOP("SheetImportDialog", "Erstat med arkets tekst"), "erstat"),
    (QT_TRANSLATE_NOOP("SheetImportDialog", "Behold begge"), "begge"),
)
STATE_TEXT = {
    "ny": QT_TRANSLATE_NOOP("SheetImportDialog", "Nyt – indlæses"),
    "samme": QT_TRANSLATE_NOOP("SheetImportDialog", "Står der allerede"),
    "tom": QT_TRANSLATE_NOOP("SheetImportDialog", "Tomt på arket"),
    "konflikt": QT_TRANSLATE_NOOP("SheetImportDialog", "Har allerede tekst"),
}


def read_plans(db, templates, meeting_id: int, paths: list[Path], cancel: CancelToken):
    """Each file read and matched, on a worker: (path, plan) or (path, Danish reason it is refused)."""
    from drøftelse.services.exchange import plan_sheet

    results = []
    for n, path in enumerate(paths):
        cancel.check()
        try:
            results.append((path, plan_sheet(db, templates, meeting_id, path)))
        except Cancelled:
            raise
        except DroeftelseError as e:
            results.append((path, e.message))
        cancel.progress(n + 1, len(paths))
    return results


class SheetImportDialog(QDialog):
    """What will be imported, per sheet and box, before it is stored."""

    def __init__(self, results, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("SheetImportDialog", "Indlæs forberedelsesark"))
        self.results = results
        self.choice_boxes: dict[tuple[int, str], QComboBox] = {}
        layout = QVBoxLayout(self)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        for path, plan in results:
            inner.addWidget(self._refused_group(path, plan) if isinstance(plan, str) else self._plan_group(path, plan))
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._build_buttons())
        self.resize(760, 600)

    def _refused_group(self, path, message: str) -> QGroupBox:
        """A sheet that cannot be read, with why."""
        group = QGroupBox(translate("SheetImportDialog", "{0} – indlæses ikke").format(path.name))
        g = QVBoxLayout(group)
        label = QLabel(message)
        label.setWordWrap(True)
        label.setStyleSheet("color: #7a2415;")
        g.addWidget(label)
        return group

    def _plan_group(self, path, plan) -> QGroupBox:
        """A participant's sheet: each box's change, the texts, and for a conflict the chairs' choice."""
        group = QGroupBox(f"{plan.participant}  ({path.name})")
        g = QVBoxLayout(group)
        for c in plan.changes:
            g.addWidget(
                QLabel(
                    translate("SheetImportDialog", "<b>{0}</b> – {1}").format(
                        c.label, translate("SheetImportDialog", STATE_TEXT[c.state])
                    )
                )
            )
            if c.state in ("ny", "konflikt"):
                _show_text(
                    g,
                    translate("SheetImportDialog", "På arket:"),
                    c.new,
                    translate("SheetImportDialog", "Arkets tekst: {0}").format(c.label),
                )
            if c.state == "konflikt":
                _show_text(
                    g,
                    translate("SheetImportDialog", "Står i Drøftelse nu:"),
                    c.current,
                    translate("SheetImportDialog", "Teksten nu: {0}").format(c.label),
                )
                g.addWidget(self._choice_box(plan, c))
        return group

    def _choice_box(self, plan, change) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(
            translate("SheetImportDialog", "Hvad skal der ske med {0} for {1}").format(change.label, plan.participant)
        )
        for label, value in CHOICES:
            box.addItem(translate("SheetImportDialog", label), value)
        self.choice_boxes[(plan.participant_id, change.box)] = box
        return box

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("SheetImportDialog", "Indlæs"))
        ok = any(not isinstance(p, str) for _, p in self.results)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def choices(self, participant_id: int) -> dict[str, str]:
        return {box: combo.currentData() for (pid, box), combo in self.choice_boxes.items() if pid == participant_id}


def _show_text(layout, caption: str, text: str, name: str) -> None:
    layout.addWidget(QLabel(caption))
    shown = QPlainTextEdit(text)
    shown.setReadOnly(True)
    shown.setMaximumHeight(70)
    shown.setAccessibleName(name)
    layout.addWidget(shown)


def import_sheets(parent, db, templates, meeting_id: int, paths: list[Path], finished) -> Task:
    """Read the sheets on a worker (progress, Annuller), show the preview, then store what the chairs accept on a
    worker too. `finished(changed)` gets the number of boxes changed, or None when nothing was stored."""
    from drøftelse.services.exchange import apply_imports

    paths = [Path(p) for p in paths]

    def warn(error: DroeftelseError) -> None:
        QMessageBox.warning(
            parent,
            translate("sheet_import", "Arkene kunne ikke indlæses"),
            translate("sheet_import", "{0}\n\nIntet er ændret.").format(error.message),
        )
        finished(None)

    def preview(results) -> None:
        dialog = SheetImportDialog(results, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            finished(None)
            return
        accepted = [(plan, dialog.choices(plan.participant_id)) for _, plan in results if not isinstance(plan, str)]
        run_task(
            apply_imports,
            db,
            templates,
            meeting_id,
            accepted,
            on_done=finished,
            on_error=warn,
            parent=parent,
            label=translate("sheet_import", "Gemmer de indlæste tekster …"),
        )

    return run_task(
        lambda cancel: read_plans(db, templates, meeting_id, paths, cancel),
        on_done=preview,
        on_error=warn,
        on_cancelled=lambda: finished(None),
        parent=parent,
        label=translate("sheet_import", "Læser {0} ark …").format(len(paths)),
        cancellable=True,
    )
