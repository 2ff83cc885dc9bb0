"""The Høring step's sheets out and in: the fillable høringsark made on a worker, the returned ones read in (each
file on its own, a code read twice asked about)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from drøftelse.domain.errors import DroeftelseError
from drøftelse.services import hearing as service
from drøftelse.ui.translation import translate


class HearingSheets:
    """The sheets' part of the HearingPage, which shows the answers read in (`refresh_answers`)."""

    def export_sheets(self, folder: Path | None = None):
        """The høringsark, made on a worker; returns the Task (None when no folder or no hand-in day was chosen)."""
        from drøftelse.ui.hand_in_dialog import ask_day_and_folder
        from drøftelse.ui.tasks import run_task

        title = translate("HearingPage", "Gem høringsark i mappen")
        if (chosen := ask_day_and_folder(self, self.ctx.db, self.ctx.meeting_id, title, folder)) is None:
            return None
        day, folder = chosen
        self.ctx.autosaver.flush()
        db, templates, meeting_id = self.ctx.db, self.ctx.templates, self.ctx.meeting_id
        count = self.sheet_count.value()

        def done(written: list[Path]) -> None:
            self.ctx.tell(
                translate("HearingPage", "{0} høringsark er gemt i {1}").format(len(written), folder),
                "done",
                translate("HearingPage", "Del arkene ud til de ansatte. Træk de udfyldte ark ind på denne side."),
            )
            self.enter()  # proposed questions are stored now, with the ids the sheets' fields carry

        return run_task(
            lambda cancel: service.write_hearing_sheets(
                db, templates, meeting_id, folder, cancel.check, cancel.progress, count, hand_in=day
            ),
            on_done=done,
            on_error=lambda e: QMessageBox.warning(
                self, translate("HearingPage", "Høringsarkene kunne ikke laves"), e.message
            ),
            on_cancelled=lambda: self.ctx.tell(
                translate("HearingPage", "Høringsarkene blev ikke lavet færdige (annulleret)."), "info"
            ),
            parent=self,
            label=translate("HearingPage", "Laver høringsark …"),
            cancellable=True,
        )

    def import_files(self, paths: list[Path] | None = None, replace: bool = False):
        """Returned høringsark in, on a worker; each file is read and stored on its own, so one refused file does
        not stop the others. A sheet whose code was read in before asks which to keep (`replace`: the new one).
        Returns the Task, or None when no file was chosen."""
        from drøftelse.ui.file_dialogs import RETURNED_SHEETS, ask_open_paths
        from drøftelse.ui.tasks import run_task

        if paths is None:
            paths = ask_open_paths(
                self,
                translate("HearingPage", "Indlæs besvarede høringsark"),
                "PDF (*.pdf);;Alle filer (*)",
                RETURNED_SHEETS,
            )
        if not paths:
            return None
        self.ctx.autosaver.flush()
        db, templates, meeting_id = self.ctx.db, self.ctx.templates, self.ctx.meeting_id
        return run_task(
            lambda cancel: _read_sheets(db, templates, meeting_id, paths, replace, cancel),
            on_done=self._sheets_read,
            on_error=lambda e: QMessageBox.warning(
                self, translate("HearingPage", "Høringsarkene kunne ikke indlæses"), e.message
            ),
            on_cancelled=lambda: self.refresh_answers(),
            parent=self,
            label=translate("HearingPage", "Indlæser høringsark …"),
            cancellable=True,
        )

    def _sheets_read(self, result: tuple[int, int, list[str], list[Path]]) -> None:
        """Say what was read in and what was refused; a code read twice asks which sheet counts."""
        stored, twice, refused, again = result
        note = translate("HearingPage", " ({0} var allerede indlæst)").format(twice) if twice else ""
        self.ctx.tell(
            translate("HearingPage", "{0} høringsark er indlæst{1}.").format(stored, note),
            "warning" if refused else "done",
            translate("HearingPage", "{0} ark blev ikke indlæst – se hvorfor i beskeden.").format(len(refused))
            if refused
            else translate("HearingPage", "Svarene står ved de punkter, de handler om."),
        )
        self.refresh_answers()
        if refused:
            QMessageBox.warning(
                self, translate("HearingPage", "Nogle høringsark blev ikke indlæst"), "\n\n".join(refused)
            )
        if again and self._keep_new(again) == QMessageBox.StandardButton.Yes:
            self.import_files(again, replace=True)

    def _keep_new(self, paths: list[Path]):
        """Which sheet counts, when a code comes back twice: the one read in first, or the new one."""
        return QMessageBox.question(
            self,
            translate("HearingPage", "Samme engangskode to gange"),
            translate(
                "HearingPage",
                "Et høringsark med samme engangskode er allerede indlæst – hvert ark tæller kun én gang:\n\n{0}\n\n"
                "Skal det nye erstatte det først indlæste? Vælg Nej for at beholde det første.",
            ).format("\n".join(p.name for p in paths)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )


def _read_sheets(
    db, templates, meeting_id: int, paths, replace: bool, cancel
) -> tuple[int, int, list[str], list[Path]]:
    """On the worker: (sheets stored, the same sheets read in before, the refusals' messages, the files whose code
    was read in before from another sheet)."""
    stored, twice, refused, again = 0, 0, [], []
    for n, path in enumerate(paths):
        cancel.check()
        try:
            receipt = service.import_hearing_file(db, templates, meeting_id, path, replace)
        except service.CodeAlreadyRead:
            again.append(Path(path))
        except DroeftelseError as e:
            refused.append(e.message)
        else:
            twice += receipt.duplicate
            stored += not receipt.duplicate
        cancel.progress(n + 1, len(paths))
    return stored, twice, refused, again
