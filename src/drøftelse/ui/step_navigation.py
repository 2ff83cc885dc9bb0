"""Moving between the meeting view's steps: each page built when first shown, the legal points in the chairs'
order, where the wizard stands stored as it moves, and nothing read or stored while the server is away."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel

from drøftelse.domain.danish_dates import long_date
from drøftelse.domain.errors import ServerUnreachable
from drøftelse.services import meetings as service
from drøftelse.ui.pages.base import StepPage
from drøftelse.ui.step_pages import build_page, step_label
from drøftelse.ui.translation import translate


class StepNavigation:
    """MeetingView's steps: the side list (`steps`), the stack of scrolled pages (`pages`, `_scrolls`), `index`."""

    @property
    def page(self) -> StepPage:
        return self._page_at(self.index)

    def _page_at(self, index: int) -> StepPage:
        """The page of step `index`, built now if it has not been shown before (locked when the view is)."""
        page = self.pages[index]
        if page is None:
            page = build_page(self.ctx, self.order[index], self)
            page.changed_for_room.connect(self.refresh_presentation)
            for model in page.findChildren(QAbstractItemModel):  # a table writes its rows itself, not the autosaver
                if hasattr(model, "stored"):
                    model.stored.connect(self._saved)
            self._scrolls[index].setWidget(page)
            self.pages[index] = page
            if self.locked:
                self._lock(page)
        return page

    def apply_order(self) -> None:
        """Show the legal points in the order stored in the meeting's settings (set on the Opsætning step)."""
        from drøftelse.domain.annual import ordered_steps

        stored = (
            self._opening.order
            if self._opening is not None
            else service.meeting_settings(self.db, self.meeting_id).get("order")
        )
        order = list(ordered_steps(self.template, stored))
        if [s.key for s in order] == [s.key for s in self.order]:
            return
        current = self.order[self.index].key if self.index >= 0 else None
        by_key = {s.key: (p, self._scrolls[i]) for i, (s, p) in enumerate(zip(self.order, self.pages, strict=True))}
        while self.stack.count():
            self.stack.removeWidget(self.stack.widget(0))
        self.order, self.pages, self._scrolls = order, [], []
        for i, step in enumerate(order):
            page, scroll = by_key[step.key]
            self.pages.append(page)
            self._scrolls.append(scroll)
            self.stack.addWidget(scroll)
            self.steps.item(i).setText(step_label(i + 1, step, short=True))
        if current is not None:
            self.index = [s.key for s in order].index(current)
            self.stack.setCurrentIndex(self.index)
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(self.index)
            self.steps.blockSignals(False)

    def go_to_step(self, key: str) -> None:
        self.go_to([s.key for s in self.order].index(key))

    def go_to(self, index: int, focus: bool = True) -> None:
        if not 0 <= index < len(self.pages) or index == self.index:
            if 0 <= self.index < len(self.pages):
                self.steps.setCurrentRow(self.index)
            return
        if self.index >= 0:
            self.autosaver.flush()
            if self.offline:  # no step is read or stored without the server: this one stays, its typing held
                self._show_position(self.index)
                self.message.emit(
                    translate(
                        "MeetingView",
                        "Trinnet kan ikke skiftes, mens forbindelsen til databaseserveren er afbrudt. Det, I "
                        "skriver her, gemmes, når den er tilbage.",
                    ),
                    True,
                )
                return
            self.page.leave()
            self.notice.clear()  # what was said on a step leaves with it (issue 31)
            self.message.emit("", False)
        previous, step = self.index, self.order[index]
        try:
            self._show_header()
            opened_here = self._opening is not None and self._opening.meeting.current_step == step.key
            if not self.locked and not opened_here:  # where the wizard stands is stored, unless nothing can be
                service.update_meeting(self.db, self.meeting_id, current_step=step.key)
            self.index = index
            self._show_position(index)
            self.page.enter()
        except ServerUnreachable as e:  # the step shown before stays; the window's banner says why
            if previous < 0:
                raise  # the view cannot be built: the window says so
            self.index = previous
            self._show_position(previous)
            self._connection_lost(e)
            return
        if self.locked:  # a page may enable its buttons as it loads; locked, they stay off
            self._lock(self.page)
        if focus:
            self.page.focus_first_input()  # the chairs can type at once
        if self.phone_panel is not None:
            self.phone_panel.follow_step()  # the phones show the new step's question, when the chairs said so
        self._update_presentation()

    def _show_position(self, index: int) -> None:
        """Show step `index` as the current one (the list, the page, the title, Tilbage/Næste); nothing is read."""
        step = self.order[index]
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(index)
        self.steps.blockSignals(False)
        self.stack.setCurrentIndex(index)
        self.step_title.setText(step_label(index + 1, step))
        self.where.setText(
            translate("MeetingView", "Trin {0} af {1} · {2}").format(
                index + 1, len(self.pages), self._phase_title(step.phase)
            )
        )
        if not self.offline:  # locked while the server cannot be reached; unlocked as they were
            self.back_button.setEnabled(index > 0)
            self.next_button.setEnabled(index < len(self.pages) - 1)

    def step_key(self) -> str:
        return self.order[self.index].key

    def page_for(self, key: str) -> StepPage:
        return self._page_at([s.key for s in self.order].index(key))

    def _phase_title(self, key: str) -> str:
        return next((p.title for p in self.template.phases if p.key == key), "")

    def _show_header(self) -> None:
        m = self._opening.meeting if self._opening is not None else service.get_meeting(self.db, self.meeting_id)
        self.meeting_title = m.title
        place = f" · {m.place}" if m.place else ""
        self.title.setText(f"{self.template.name} · {m.title} · {long_date(m.date)}{place}")
