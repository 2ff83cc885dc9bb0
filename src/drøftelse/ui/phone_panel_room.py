"""Deltag fra telefon in the room (the I mødet tab): the step's question on the phones, the ideas they send taken
into the agreed text or rejected, and a dot-vote on the handleplan's rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drøftelse.domain.errors import DroeftelseError
from drøftelse.services import phones
from drøftelse.ui.translation import translate

PROJECTED_IDEAS = 6  # the newest ideas not yet settled, on the projector


class RoomPhones:
    """PhonePanel's I mødet tab: `show_question`, `ideas`, `idea_box`, `dots`, `results`."""

    def _room_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.show_question = QCheckBox(
            translate("PhonePanel", "Vis trinnets spørgsmål på telefonerne og tag imod idéer")
        )
        self.show_question.toggled.connect(lambda on: self.signal_question(on))
        layout.addWidget(self.show_question)
        self.ideas = QListWidget()
        self.ideas.setAccessibleName(translate("PhonePanel", "Idéer fra telefonerne"))
        self.ideas.setWordWrap(True)
        layout.addWidget(self.ideas, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("PhonePanel", "Tag med i:")))
        self.idea_box = QComboBox()
        self.idea_box.setAccessibleName(translate("PhonePanel", "Feltet idéen tages med i"))
        row.addWidget(self.idea_box, 1)
        self.accept_button = QPushButton(translate("PhonePanel", "Tag med i teksten"))
        self.accept_button.clicked.connect(lambda: self.accept_idea())
        row.addWidget(self.accept_button)
        self.reject_button = QPushButton(translate("PhonePanel", "Afvis"))
        self.reject_button.clicked.connect(lambda: self.reject_idea())
        row.addWidget(self.reject_button)
        layout.addLayout(row)
        vote = QHBoxLayout()
        vote.addWidget(QLabel(translate("PhonePanel", "Prikker pr. telefon:")))
        self.dots = QSpinBox()
        self.dots.setRange(1, 10)
        self.dots.setValue(3)
        self.dots.setAccessibleName(translate("PhonePanel", "Prikker pr. telefon"))
        vote.addWidget(self.dots)
        self.vote_button = QPushButton(translate("PhonePanel", "Start afstemning om handleplanen"))
        self.vote_button.setToolTip(
            translate("PhonePanel", "Hver telefon fordeler sine prikker på mødets handleplanrækker")
        )
        self.vote_button.clicked.connect(lambda: self.toggle_vote())
        vote.addWidget(self.vote_button, 1)
        layout.addLayout(vote)
        self.results = QListWidget()
        self.results.setAccessibleName(translate("PhonePanel", "Afstemningens resultat"))
        layout.addWidget(self.results, 1)
        return tab

    def _fill_ideas(self) -> None:
        """The step's ideas, newest last: items are added and changed, never rebuilt, so a room that sent a thousand
        costs the window no more than one that sent ten."""
        step = self.view.step_key()
        if step != self._ideas_step:
            self._ideas_step, self._idea_items = step, {}
            self.ideas.clear()
            self.idea_box.clear()
            for box in self.view.page.step.boxes:
                self.idea_box.addItem(box.label, box.key)
        # only what came since: a settled idea is marked where the chairs settle it (accept_idea, reject_idea)
        for idea in phones.ideas(self.db, self.meeting_id, step, after=max(self._idea_items, default=0)):
            item = self._idea_items[idea.id] = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, idea.id)
            self.ideas.addItem(item)
            self._mark(idea)
        self.accept_button.setEnabled(self.idea_box.count() > 0 and not self.view.locked)
        self.reject_button.setEnabled(not self.view.locked)

    def _mark(self, idea) -> None:
        """An idea's line: taken into the text, rejected, or new."""
        marks = {"ny": "", "taget": translate("PhonePanel", "✓ taget med: "), "afvist": translate("PhonePanel", "✗ ")}
        item = self._idea_items.get(idea.id)
        if item is not None:
            item.setText(marks.get(idea.state, "") + idea.text)

    def shown_ideas(self) -> list[str]:
        """The step's newest ideas not yet settled, newest last: what the projector shows."""
        if self.server is None:
            return []
        return [i.text for i in phones.ideas(self.db, self.meeting_id, self.view.step_key(), "ny", PROJECTED_IDEAS)]

    def vote_lines(self) -> list[tuple[str, int]]:
        """(row, dots) of the vote running or last run, most dots first."""
        room = self.server.room if self.server is not None else None
        if room is None or room.vote is None:
            return []
        totals = phones.vote_totals(self.db, self.meeting_id, room.vote.round)
        lines = [(label, totals.get(i, 0)) for i, label in room.vote.rows]
        return sorted(lines, key=lambda x: -x[1])

    def _fill_results(self) -> None:
        self.results.clear()
        for label, dots in self.vote_lines():
            self.results.addItem(f"{'●' * min(dots, 40)}  {dots}  {label}")
        running = self.server is not None and self.server.room.vote is not None and self.server.room.vote.open
        self.vote_button.setText(
            translate("PhonePanel", "Stop afstemningen")
            if running
            else translate("PhonePanel", "Start afstemning om handleplanen")
        )

    # --- the room's question and ideas
    def signal_question(self, on: bool) -> None:
        if self.server is None:
            return
        if on:
            self.follow_step()
        else:
            self.server.room.hide_question()

    def follow_step(self) -> None:
        """The step changed, or the chairs gave the signal: the phones show the step's question as the projector
        does."""
        if self.server is None:
            return
        if self.show_question.isChecked():
            content = self.view.page.presentation()
            self.server.room.show_question(
                self.view.step_key(), self.view.shown_heading(), content.get("lines", []), ideas=True
            )
        self.refresh()

    def _chosen_idea(self) -> int | None:
        item = self.ideas.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def accept_idea(self, idea_id: int | None = None, box: str | None = None) -> bool:
        idea_id = idea_id or self._chosen_idea()
        box = box or self.idea_box.currentData()
        if idea_id is None or box is None:
            return False
        self.view.flush()
        try:
            self._mark(phones.accept_idea(self.db, self.meeting_id, idea_id, self.view.step_key(), box))
        except DroeftelseError as e:
            self.view.message.emit(e.message, True)
            return False
        self.view.page.enter()  # the box shows the idea taken in
        self.refresh()
        return True

    def reject_idea(self, idea_id: int | None = None) -> None:
        idea_id = idea_id or self._chosen_idea()
        if idea_id is None:
            return
        try:
            self._mark(phones.reject_idea(self.db, self.meeting_id, idea_id))
        except DroeftelseError as e:
            self.view.message.emit(e.message, True)
        self.refresh()

    # --- the vote
    def toggle_vote(self) -> None:
        room = self.server.room
        if room.vote is not None and room.vote.open:
            room.stop_vote()
        else:
            self.start_vote()
        self.refresh()

    def start_vote(self, row_ids: list[int] | None = None) -> bool:
        from drøftelse.services import meetings

        if row_ids is None:
            row_ids = [r.id for r in meetings.action_items(self.db, self.meeting_id)]
        try:
            rows = phones.vote_rows(self.db, self.meeting_id, row_ids)
            if not rows:
                raise DroeftelseError(translate("PhonePanel", "Mødet har ingen handleplanrækker at stemme om endnu."))
            self.server.room.start_vote(phones.next_round(self.db, self.meeting_id), rows, self.dots.value())
        except DroeftelseError as e:
            self.view.message.emit(e.message, True)
            return False
        self.refresh()
        return True
