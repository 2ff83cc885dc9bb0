"""The meeting view's two banners and what they do: a closed meeting (every page locked; the banner reopens it)
and the demo's example meeting (its button keeps it as the committee's own)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QVBoxLayout

from drøftelse.domain.errors import DroeftelseError
from drøftelse.services import meetings as service
from drøftelse.ui.pages.base import StepPage
from drøftelse.ui.read_only import ClosedBanner, ExampleBanner, lock_editing
from drøftelse.ui.translation import translate


class MeetingBanners:
    """MeetingView's `closed_banner` and `example_banner`, `closed_at`, `example`."""

    def _build_banners(self, outer: QVBoxLayout) -> None:
        self.closed_banner = ClosedBanner(lambda: self.reopen(), can_reopen=not self.db.read_only)
        outer.addWidget(self.closed_banner)
        self.closed_banner.show_closed(self.closed_at)
        self.example_banner = ExampleBanner(lambda: self.keep_example(), can_keep=not self.db.read_only)
        outer.addWidget(self.example_banner)
        self.example_banner.setVisible(self.example)

    # --- a read-only database, a closed meeting
    @property
    def locked(self) -> bool:
        """Nothing on the pages may change the meeting: the database is read-only, or the meeting is closed."""
        return bool(self.db.read_only) or self.closed_at is not None

    def _lock(self, page: StepPage) -> None:
        lock_editing(page, closed_meeting=not self.db.read_only)

    def show_closed(self) -> None:
        """The meeting was closed (on Afslut, or in another window): every page locked, the banner shown, the
        page reloaded from the store."""
        self.closed_at = service.get_meeting(self.db, self.meeting_id).closed_at
        if self.closed_at is None:
            return
        self.autosaver.stop()
        self.saved_label.clear()
        for page in self.pages:
            if page is not None:  # a page built later is locked then
                self._lock(page)
        self.closed_banner.show_closed(self.closed_at)
        if self.index >= 0:
            self.page.enter()
            self._lock(self.page)

    def closed_elsewhere(self, message: str) -> None:
        """A write met a meeting closed meanwhile (another window closed it): say so, and show it as closed."""
        self.message.emit(message, True)
        self.show_closed()

    def reopen(self, reason: str | None = None) -> bool:
        """Reopen the closed meeting; without `reason` the chairs are asked why. The main window then builds the
        view again on this step, unlocked (`reopened`)."""
        from drøftelse.ui.closing import ask_reopen_reason

        if self.closed_at is None or self.db.read_only:
            return False
        if reason is None:
            reason = ask_reopen_reason(self)
            if reason is None:
                return False
        try:
            service.reopen_meeting(self.db, self.meeting_id, reason)
        except DroeftelseError as e:
            self.message.emit(e.message, True)
            return False
        self.closed_at = None
        self.reopened.emit(self.step_key())
        return True

    # --- the demo's example meeting
    def keep_example(self, confirm: bool = True) -> bool:
        """Keep the example meeting as the committee's own, after asking (unless `confirm` is false): from then on
        it counts in the årshjul and the committee's handleplan."""
        if not self.example or self.db.read_only:
            return False
        if confirm:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                translate("MeetingView", "Behold som jeres eget"),
                translate(
                    "MeetingView",
                    "Behold »{0}« som udvalgets eget møde?\n\nDet tælles så med i årshjulet og udvalgets handleplan. "
                    "Demoens tidligere eksempelmøder, som mødet bygger på, og demoens AMO-medlemmer bliver også "
                    "jeres egne. Ret navne og tekster bagefter, så de passer til jer.",
                ).format(self.meeting_title),
                parent=self,
            )
            keep = box.addButton(translate("MeetingView", "Behold som vores eget"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(translate("MeetingView", "Annuller"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not keep:
                return False
        try:
            kept = service.keep_example(self.db, self.meeting_id)
        except DroeftelseError as e:
            self.message.emit(e.message, True)
            return False
        self.example = False
        self.example_banner.hide()
        self.message.emit(
            translate("MeetingView", "»{0}« er nu jeres eget møde ({1} møde(r) beholdt).").format(
                self.meeting_title, len(kept.meetings)
            ),
            False,
        )
        return True
