"""Runde: one participant at a time, the speaker's name large, their preparation beside the notes, a countdown.

The warning near the end is calm and visual (a word and a colour, never a sound). Each speaker's actual time
is recorded when the word passes on. The minutes per speaker and who has the word are written on what was shown
(ui/field_conflict.py), and follow what the other chair's window stored (ui/live_view.py).
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.domain.names import told_apart
from drøftelse.services import meetings as service
from drøftelse.ui.field_conflict import show_value, write_checked
from drøftelse.ui.live_view import is_typing
from drøftelse.ui.pages.base import StepPage, bullets, text_box, wrapped
from drøftelse.ui.round_timer import RoundTimer, clock_text
from drøftelse.ui.stored_values import role_shown
from drøftelse.ui.translation import translate

STATE_TEXT = {
    "klar": QT_TRANSLATE_NOOP("RoundPage", "Klar – tryk Start"),
    "tale": QT_TRANSLATE_NOOP("RoundPage", "Taler"),
    "snart": QT_TRANSLATE_NOOP("RoundPage", "Snart tid"),
    "slut": QT_TRANSLATE_NOOP("RoundPage", "Tiden er gået"),
}
STATE_STYLE = {
    "klar": "background: #eef2f6; color: #24476b;",
    "tale": "background: #e3f1e5; color: #1d5c2a;",
    "snart": "background: #fff1c9; color: #6b4d00;",
    "slut": "background: #f6dcd6; color: #7a2415;",
}


class RoundPage(StepPage):
    def __init__(self, ctx, step):
        super().__init__(ctx, step)
        self.timer = RoundTimer(self, clock=ctx.clock)
        self.timer.changed.connect(self._show_time)
        self.prep_step = next((s for s in ctx.template.steps if s.kind == "preparation"), None)
        self.notes_box = step.boxes[0].key if step.boxes else "pointer"

        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(step.instruction))
        top = QHBoxLayout()
        top.addLayout(self._build_speaker(), 2)
        top.addLayout(self._build_clock(), 1)
        layout.addLayout(top)
        layout.addLayout(self._build_body(), 1)
        layout.addLayout(self._build_nav())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, lambda: self.go(1))
        QShortcut(QKeySequence("Ctrl+Space"), self, self.timer.toggle)

        self._people = []
        self.index = 0
        self._current_id: int | None = None
        self._seen = {"speaker_minutes": None, "speaker": None}  # the settings as stored when last read

    def _build_speaker(self) -> QVBoxLayout:
        """Who has the word: their place in the round, their name large, their role."""
        who = QVBoxLayout()
        self.position = QLabel()
        who.addWidget(self.position)
        self.speaker = QLabel()
        self.speaker.setAccessibleName(translate("RoundPage", "Taler"))
        self.speaker.setStyleSheet("font-size: 34px; font-weight: bold;")
        self.speaker.setWordWrap(True)
        who.addWidget(self.speaker)
        self.role = QLabel()
        who.addWidget(self.role)
        return who

    def _build_clock(self) -> QVBoxLayout:
        """The time left, its state in words, Start/Pause and the minutes per speaker."""
        clock = QVBoxLayout()
        self.clock = QLabel("00:00")
        self.clock.setAccessibleName(translate("RoundPage", "Tid tilbage"))
        self.clock.setStyleSheet("font-size: 40px; font-weight: bold; font-family: monospace;")
        clock.addWidget(self.clock)
        self.state = QLabel()
        self.state.setAccessibleName(translate("RoundPage", "Status for taletid"))
        clock.addWidget(self.state)
        controls = QHBoxLayout()
        self.start_button = QPushButton(translate("RoundPage", "&Start"))
        self.start_button.clicked.connect(self.timer.toggle)
        controls.addWidget(self.start_button)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 30)
        self.minutes.setSuffix(translate("RoundPage", " min pr. taler"))
        self.minutes.setAccessibleName(translate("RoundPage", "Minutter pr. taler"))
        self.minutes.valueChanged.connect(self._minutes_changed)
        controls.addWidget(self.minutes)
        clock.addLayout(controls)
        return clock

    def _build_body(self) -> QHBoxLayout:
        """The round's questions, the speaker's preparation and the notes of what they say, side by side."""
        step = self.step
        body = QHBoxLayout()
        questions = QGroupBox(translate("RoundPage", "Spørgsmål i runden"))
        q_layout = QVBoxLayout(questions)
        q_layout.addWidget(bullets(step.questions))
        if step.help:
            q_layout.addWidget(wrapped(step.help, "color: #444;"))
        q_layout.addStretch(1)
        body.addWidget(questions, 1)
        prep = QGroupBox(translate("RoundPage", "Talerens forberedelse"))
        p_layout = QVBoxLayout(prep)
        self.preparation = QPlainTextEdit()
        self.preparation.setReadOnly(True)
        self.preparation.setAccessibleName(translate("RoundPage", "Talerens forberedelse"))
        p_layout.addWidget(self.preparation)
        body.addWidget(prep, 1)
        notes = QGroupBox(step.boxes[0].label if step.boxes else translate("RoundPage", "Pointer"))
        n_layout = QVBoxLayout(notes)
        self.notes = text_box(
            translate("RoundPage", "Pointer fra taleren"),
            translate("RoundPage", "Skriv de vigtigste pointer op fra taleren"),
        )
        label = step.boxes[0].label if step.boxes else translate("RoundPage", "Pointer")
        self.ctx.answers.bind(self.notes, lambda: self._notes_key(), label)
        self.notes.installEventFilter(self)  # Ctrl+Enter passes the word even while typing notes
        n_layout.addWidget(self.notes)
        body.addWidget(notes, 2)
        return body

    def _build_nav(self) -> QHBoxLayout:
        """The word passed back and on."""
        nav = QHBoxLayout()
        self.previous_button = QPushButton(translate("RoundPage", "◀ &Forrige taler"))
        self.previous_button.clicked.connect(lambda: self.go(-1))
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        self.next_button = QPushButton(translate("RoundPage", "Næste taler ▶  (Ctrl+Enter)"))
        self.next_button.setAccessibleName(translate("RoundPage", "Næste taler"))
        self.next_button.clicked.connect(lambda: self.go(1))
        nav.addWidget(self.next_button)
        return nav

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent, Qt

        if (
            obj is self.notes
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.go(1)
            return True
        return super().eventFilter(obj, event)

    # --- state
    def enter(self) -> None:
        self._people = [p for p in service.participants(self.ctx.db, self.ctx.meeting_id) if p.present]
        settings = service.meeting_settings(self.ctx.db, self.ctx.meeting_id)
        self._seen = {key: settings.get(key) for key in self._seen}
        default = max(1, round(self.step.minutes / max(len(self._people), 1))) if self.step.minutes else 4
        self.minutes.blockSignals(True)
        self.minutes.setValue(int(settings.get("speaker_minutes", default)))
        self.minutes.blockSignals(False)
        self.index = min(int(settings.get("speaker", 0)), max(len(self._people) - 1, 0))
        self._show_speaker()

    def leave(self) -> None:
        self._record_time()

    def refresh(self) -> None:
        """The other chair's minutes per speaker, and the word passed on (or the participants changed) there."""
        people = [p for p in service.participants(self.ctx.db, self.ctx.meeting_id) if p.present]
        settings = service.meeting_settings(self.ctx.db, self.ctx.meeting_id)
        minutes = settings.get("speaker_minutes")
        if minutes != self._seen["speaker_minutes"]:
            if is_typing(self.minutes):
                self.behind = True
            else:
                self._seen["speaker_minutes"] = minutes
                if minutes is not None and minutes != self.minutes.value():
                    self._show_minutes(int(minutes))
        speaker = settings.get("speaker")
        if speaker != self._seen["speaker"] or [p.id for p in people] != [p.id for p in self._people]:
            self.ctx.autosaver.flush()  # the notes typed for the speaker until now are theirs
            self._record_time()
            self._seen["speaker"] = speaker
            self._people = people
            self.index = min(int(speaker or 0), max(len(people) - 1, 0))
            self._show_speaker()
        elif people != self._people:  # a name or a role changed: the clock goes on
            self._people = people
            if self.current is not None:
                self.speaker.setText(self.shown_name())
                self.role.setText(role_shown(self.current.role))
                self.changed_for_room.emit()

    def _show_minutes(self, minutes: int) -> None:
        self.minutes.blockSignals(True)
        self.minutes.setValue(minutes)
        self.minutes.blockSignals(False)
        self.timer.set_limit(minutes * 60)

    def focus_first_input(self) -> None:
        from PySide6.QtGui import QTextCursor

        self.notes.setFocus()
        self.notes.moveCursor(QTextCursor.MoveOperation.End)

    def shown_name(self, index: int | None = None) -> str:
        """A participant's name as shown: a name two share is told apart ("Anna Hansen (2)")."""
        index = self.index if index is None else index
        return told_apart([p.name for p in self._people])[index] if 0 <= index < len(self._people) else ""

    @property
    def current(self):
        return self._people[self.index] if self._people else None

    def _show_speaker(self) -> None:
        p = self.current
        self.timer.reset(self.minutes.value() * 60)
        for w in (self.notes, self.next_button, self.previous_button, self.start_button):
            w.setEnabled(p is not None)
        if p is None:
            self.speaker.setText(translate("RoundPage", "Ingen deltagere endnu"))
            self.role.setText(translate("RoundPage", "Tilføj deltagere under Opsætning."))
            self.position.setText("")
            return
        self._current_id = p.id
        self.position.setText(translate("RoundPage", "Taler {0} af {1}").format(self.index + 1, len(self._people)))
        self.speaker.setText(self.shown_name())
        self.role.setText(role_shown(p.role))
        texts = service.answers(self.ctx.db, self.ctx.meeting_id)
        lines = []
        if self.prep_step:
            for box in self.prep_step.boxes:
                lines.append(f"{box.label}:\n{texts.get((p.id, self.prep_step.key, box.key), '') or '–'}\n")
        self.preparation.setPlainText("\n".join(lines))
        self.ctx.answers.load([self.notes])
        self.changed_for_room.emit()
        self.next_button.setText(
            translate("RoundPage", "Afslut runden ✓")
            if self.index == len(self._people) - 1
            else translate("RoundPage", "Næste taler ▶  (Ctrl+Enter)")
        )

    def _notes_key(self):
        return None if self._current_id is None else (self._current_id, self.step.key, self.notes_box)

    def _record_time(self) -> None:
        p = self.current
        spoken = int(round(self.timer.elapsed))
        if p is None or spoken == 0:
            return
        self.timer.pause()
        service.add_spoken_seconds(self.ctx.db, p.id, spoken)
        self.timer.reset(self.minutes.value() * 60)

    def has_spoken(self, p) -> bool:
        fresh = next(x for x in service.participants(self.ctx.db, self.ctx.meeting_id) if x.id == p.id)
        return bool(fresh.spoken_seconds) or self.timer.elapsed > 0 or bool(self.notes.toPlainText().strip())

    def go(self, delta: int) -> None:
        """Pass the word on (or back). Passing over someone who has not spoken asks first."""
        p = self.current
        if p is None:
            return
        if delta > 0 and not self.has_spoken(p):
            if not self.ask(
                translate("RoundPage", "Spring over?"),
                translate("RoundPage", "{0} har ikke haft ordet endnu. Vil I springe {0} over?").format(
                    self.shown_name()
                ),
            ):
                return
        self.ctx.autosaver.flush()
        self._record_time()
        new = self.index + delta
        if not 0 <= new < len(self._people):
            if new >= len(self._people):
                self.ctx.report(translate("RoundPage", "Runden er slut. Gå videre til næste trin, når I er klar."))
            return

        def name(_field, index) -> str:
            index = int(index or 0)
            return self.shown_name(index) if 0 <= index < len(self._people) else show_value(None)

        try:
            kept = self._write_setting("speaker", new, name)
        except DroeftelseError as e:
            self.ctx.report(e.message)
            return
        self.index = min(int(kept or 0), max(len(self._people) - 1, 0))
        self._show_speaker()
        self.notes.setFocus()

    def _write_setting(self, key: str, value, show=None):
        """Write one of the round's settings on the value last read; the value now stored is returned."""
        ctx = self.ctx
        kept = write_checked(
            lambda values, seen: service.update_meeting_settings(ctx.db, ctx.meeting_id, seen=seen, **values),
            {key: value},
            {key: self._seen[key]},
            show=show,
        )[key]
        self._seen[key] = kept
        return kept

    def ask(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _minutes_changed(self, value: int) -> None:
        minutes = translate("RoundPage", "{0} min pr. taler")
        try:
            kept = self._write_setting(
                "speaker_minutes", value, lambda _f, v: minutes.format(v) if v is not None else show_value(None)
            )
        except DroeftelseError as e:
            self.ctx.report(e.message)
            return
        if kept is not None and kept != value:
            self._show_minutes(int(kept))
        else:
            self.timer.set_limit(value * 60)

    def _show_time(self) -> None:
        state = self.timer.state
        self.clock.setText(clock_text(self.timer.remaining))
        text = translate("RoundPage", STATE_TEXT[state])
        if state == "snart":
            text += translate("RoundPage", " – {0} sek. tilbage").format(int(self.timer.remaining) + 1)
        self.state.setText(text)
        self.state.setStyleSheet(f"padding: 4px 8px; border-radius: 4px; font-weight: bold; {STATE_STYLE[state]}")
        self.start_button.setText(
            translate("RoundPage", "&Pause") if self.timer.running else translate("RoundPage", "&Start")
        )

    def keyboard_actions(self) -> dict:
        return {"next_speaker": lambda: self.go(1), "previous_speaker": lambda: self.go(-1), "timer": self.timer.toggle}

    def presentation(self) -> dict:
        p = self.current
        return {
            "heading": self.step.title,
            "lines": list(self.step.questions),
            "speaker": self.shown_name() if p else "",
            "timer": self.timer,
        }
