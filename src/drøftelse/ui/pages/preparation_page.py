"""Forberedelse: each participant's sheet (three boxes) with the template's prompts beside it, and an overview
of who has prepared. A participant can sit down at the laptop and type their own sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from drøftelse.domain.names import told_apart
from drøftelse.services import meetings as service
from drøftelse.ui.pages.base import StepPage, bullets, text_box, wrapped
from drøftelse.ui.sheet_drop import SheetDrop, drop_hint
from drøftelse.ui.translation import document_language_box, in_document_language, translate


class PreparationPage(StepPage):
    sheets_imported = Signal(object)  # the number of boxes changed, or None when nothing was stored

    @classmethod
    def needs_the_orm(cls, step, template) -> bool:
        from drøftelse.domain.annual import is_annual

        return is_annual(template.key)  # the annual discussion's sheet shows what there is to judge (ORM)

    def __init__(self, ctx, step):
        super().__init__(ctx, step)
        layout = QHBoxLayout(self)
        layout.addLayout(self._build_people())
        layout.addLayout(self._build_sheet(), 3)
        layout.addWidget(self._build_prompts())
        self._ids: list[int] = []
        self._names: list[str] = []
        self._current: int | None = None
        self.drop = SheetDrop(self, lambda paths: self.import_files(paths))  # returned sheets can be dropped here

    def _build_people(self) -> QVBoxLayout:
        """Who has prepared, the sheets out and in, and the participants to choose from."""
        left = QVBoxLayout()
        self.overview = QLabel()
        self.overview.setAccessibleName(translate("PreparationPage", "Hvem har forberedt sig"))
        left.addWidget(self.overview)
        self.make_sheets = QPushButton(translate("PreparationPage", "Lav forberedelsesark (PDF) …"))
        self.make_sheets.setToolTip(
            translate("PreparationPage", "Et udfyldeligt ark til hver deltager og et blankt til papir")
        )
        self.make_sheets.clicked.connect(lambda: self.export_sheets())
        left.addWidget(self.make_sheets)
        self.sheet_language = document_language_box()
        left.addWidget(self.sheet_language)
        self.load_sheets = QPushButton(translate("PreparationPage", "Indlæs udfyldte ark …"))
        self.load_sheets.setToolTip(translate("PreparationPage", "Eller træk de returnerede PDF'er ind på siden"))
        self.load_sheets.clicked.connect(lambda: self.import_files())
        left.addWidget(self.load_sheets)
        left.addWidget(drop_hint())
        self.people = QListWidget()
        self.people.setAccessibleName(translate("PreparationPage", "Deltagere"))
        self.people.setMaximumWidth(280)
        self.people.setMinimumWidth(170)
        self.people.setWordWrap(True)  # a long name wraps, "(ikke forberedt)" stays in sight (issue 31)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.currentRowChanged.connect(self._show_participant)
        left.addWidget(self.people, 1)
        return left

    def _build_sheet(self) -> QVBoxLayout:
        """The chosen participant's sheet: their name, the instruction and the step's boxes."""
        step = self.step
        middle = QVBoxLayout()
        self.sheet_title = QLabel()
        self.sheet_title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.sheet_title.setWordWrap(True)  # a long name must not widen the page
        self.sheet_title.setMinimumWidth(200)
        middle.addWidget(self.sheet_title)
        if step.instruction:
            middle.addWidget(wrapped(step.instruction))
        self.boxes = {}
        for box in step.boxes:
            middle.addWidget(wrapped(f"{box.label}:", "font-weight: bold;"))
            edit = text_box(box.label)
            middle.addWidget(edit, 1)
            self.boxes[box.key] = edit
            self.ctx.answers.bind(edit, lambda key=box.key: self._answer_key(key), box.label, self._update_overview)
        return middle

    def _build_prompts(self) -> QGroupBox:
        """The template's prompts beside the sheet, and (the annual discussion) what there is to judge."""
        step = self.step
        prompts = QGroupBox(translate("PreparationPage", "Kig i og reflekter over"))
        p_layout = QVBoxLayout(prompts)
        for group in step.prompt_groups:
            p_layout.addWidget(wrapped(group.heading, "font-weight: bold;"))
            p_layout.addWidget(bullets(group.items))
        if step.help:
            p_layout.addWidget(wrapped(step.help, "color: #444;"))
        self.to_judge = wrapped("")  # the annual discussion: last year's goals and the open rows, as on the sheet
        self.to_judge.setVisible(False)
        p_layout.addWidget(self.to_judge)
        p_layout.addStretch(1)
        prompts.setMaximumWidth(340)
        prompts.setMinimumWidth(220)  # the prompts keep their width beside a long name
        return prompts

    # --- sheets out and in
    def export_sheets(self, folder: Path | None = None):
        """A sheet per participant, made on a worker with progress and Annuller; returns the Task (None when no
        folder, or no hand-in day when one is asked, was chosen); its result is the list of files."""
        from drøftelse.services.exports import write_sheets
        from drøftelse.ui.hand_in_dialog import ask_day_and_folder
        from drøftelse.ui.tasks import run_task

        title = translate("PreparationPage", "Gem forberedelsesark i mappen")
        if (chosen := ask_day_and_folder(self, self.ctx.db, self.ctx.meeting_id, title, folder)) is None:
            return None
        day, folder = chosen
        self.ctx.autosaver.flush()
        db, templates, meeting_id = self.ctx.db, self.ctx.templates, self.ctx.meeting_id
        write = in_document_language(write_sheets)
        return run_task(
            lambda cancel: write(db, templates, meeting_id, folder, cancel.check, cancel.progress, hand_in=day),
            on_done=lambda written: self.ctx.tell(
                translate("PreparationPage", "{0} forberedelsesark er gemt i {1}").format(len(written), folder),
                "done",
                translate("PreparationPage", "Send hver deltager sit ark. Træk de udfyldte ark ind på denne side."),
            ),
            on_error=lambda e: QMessageBox.warning(
                self, translate("PreparationPage", "Arkene kunne ikke laves"), e.message
            ),
            on_cancelled=lambda: self.ctx.tell(
                translate("PreparationPage", "Arkene blev ikke lavet færdige (annulleret)."), "info"
            ),
            parent=self,
            label=translate("PreparationPage", "Laver forberedelsesark …"),
            cancellable=True,
        )

    def import_files(self, paths: list[Path] | None = None):
        """Returned sheets in (ui.sheet_import); returns the reading Task, or None when no file was chosen.
        `sheets_imported` is emitted when it is over."""
        from drøftelse.ui.file_dialogs import RETURNED_SHEETS, ask_open_paths
        from drøftelse.ui.sheet_import import import_sheets

        if paths is None:
            paths = ask_open_paths(
                self,
                translate("PreparationPage", "Indlæs udfyldte forberedelsesark"),
                translate("PreparationPage", "PDF (*.pdf);;Alle filer (*)"),
                RETURNED_SHEETS,
            )
        if not paths:
            return None
        self.ctx.autosaver.flush()

        def finished(changed: int | None) -> None:
            if changed is not None:
                self.enter()
                waiting = sum(not ready for ready in self._prepared_ids().values())
                self.ctx.tell(
                    translate("PreparationPage", "{0} felt(er) er indlæst fra {1} ark.").format(changed, len(paths)),
                    "done",
                    translate("PreparationPage", "{0} deltager(e) mangler stadig at forberede sig – se listen.").format(
                        waiting
                    )
                    if waiting
                    else translate("PreparationPage", "Alle har forberedt sig. Gå videre til næste trin."),
                )
            self.sheets_imported.emit(changed)

        return import_sheets(self, self.ctx.db, self.ctx.templates, self.ctx.meeting_id, paths, finished)

    def _answer_key(self, box: str):
        return None if self._current is None else (self._current, self.step.key, box)

    def enter(self) -> None:
        people = service.participants(self.ctx.db, self.ctx.meeting_id)
        self._ids = [p.id for p in people]
        self._names = told_apart([p.name for p in people])  # two "Anna Hansen": the second is "(2)"
        row = self._ids.index(self._current) if self._current in self._ids else 0
        self.people.blockSignals(True)
        self.people.clear()
        for p in people:
            item = QListWidgetItem(p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.people.addItem(item)
        self.people.blockSignals(False)
        for edit in self.boxes.values():
            edit.setEnabled(bool(people))
        if people:
            self.people.setCurrentRow(row)
            self._show_participant(row)
        else:
            self.sheet_title.setText(translate("PreparationPage", "Tilføj deltagere under Opsætning først."))
        self._update_overview()
        self._show_what_to_judge()

    def _show_what_to_judge(self) -> None:
        from drøftelse.domain.annual import is_annual
        from drøftelse.services import annual

        if not is_annual(self.ctx.template.key):  # the variant under 10 employees too
            return
        ev = annual.evaluation(self.ctx.db, self.ctx.meeting_id)
        lines = []
        if ev.goals:
            lines += [translate("PreparationPage", "Sidste års mål:")] + [
                f"•  {g.text}" for g in ev.goals if g.text.strip()
            ]
        if ev.rows:
            lines += ["", translate("PreparationPage", "Åbne rækker i handleplanen:")] + [
                f"•  {r.text}" for r in ev.rows
            ]
        self.to_judge.setText("\n".join(lines).strip())
        self.to_judge.setVisible(bool(lines))

    def _show_participant(self, row: int) -> None:
        if not 0 <= row < len(self._ids):
            return
        self.ctx.autosaver.flush()  # the previous participant's text is stored under them
        self._current = self._ids[row]
        self.sheet_title.setText(translate("PreparationPage", "Forberedelsesark – {0}").format(self._names[row]))
        self.ctx.answers.load(self.boxes.values())

    def select_participant(self, name: str) -> None:
        self.people.setCurrentRow(self._names.index(name))

    def prepared(self) -> dict[str, bool]:
        """Whether each participant has written anything, by the name shown (a shared name numbered)."""
        by_id = self._prepared_ids()
        return {name: by_id[pid] for pid, name in zip(self._ids, self._names, strict=True)}

    def _prepared_ids(self) -> dict[int, bool]:
        # by id: two participants of the same name were once one key, both ticked when one had prepared
        texts = service.answers(self.ctx.db, self.ctx.meeting_id)
        return {
            pid: any(texts.get((pid, self.step.key, b.key), "").strip() for b in self.step.boxes) for pid in self._ids
        }

    def _update_overview(self) -> None:

        done = self._prepared_ids()
        imported = service.imported_participants(self.ctx.db, self.ctx.meeting_id, self.step.key)
        for i in range(self.people.count()):
            item = self.people.item(i)
            ready = done.get(self._ids[i], False)
            note = (
                translate("PreparationPage", "  (indlæst fra ark)")
                if self._ids[i] in imported
                else ("" if ready else translate("PreparationPage", "  (ikke forberedt)"))
            )
            item.setText(f"{'✓' if ready else '–'}  {self._names[i]}{note}")
        self.overview.setText(
            translate("PreparationPage", "<b>{0} af {1}</b> har forberedt sig").format(sum(done.values()), len(done))
        )

    def presentation(self) -> dict:
        lines = [g.heading + " " + " ".join(g.items) for g in self.step.prompt_groups]
        return {"heading": self.step.title, "lines": lines}
