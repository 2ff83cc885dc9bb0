"""Afslut: export the handleplan (PDF and CSV) and open it; mark the meeting closed, or reopen it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from drøftelse.store import meetings as store
from drøftelse.ui.pages.base import StepPage, wrapped


class FinishPage(StepPage):
    def __init__(self, ctx, step, export_pdf, export_csv):
        super().__init__(ctx, step)
        layout = QVBoxLayout(self)
        if step.help:
            layout.addWidget(wrapped(step.help, "font-size: 15px;"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        pdf = QPushButton("Gem handleplan som &PDF og åbn den …")
        pdf.clicked.connect(lambda: export_pdf())
        row.addWidget(pdf)
        csv = QPushButton("Gem som &CSV til Excel …")
        csv.clicked.connect(lambda: export_csv())
        row.addWidget(csv)
        row.addStretch(1)
        layout.addLayout(row)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.toggle_closed)
        close_row = QHBoxLayout()
        close_row.addWidget(self.close_button)
        close_row.addStretch(1)
        layout.addLayout(close_row)
        self.state = QLabel()
        layout.addWidget(self.state)
        layout.addStretch(1)

    def enter(self) -> None:
        m = store.get_meeting(self.ctx.db, self.ctx.meeting_id)
        rows = store.action_items(self.ctx.db, self.ctx.meeting_id)
        people = store.participants(self.ctx.db, self.ctx.meeting_id)
        self.summary.setText(f"{len(people)} deltagere · {len(rows)} rækker i handleplanen.")
        closed = m.closed_at is not None
        self.close_button.setText("&Genåbn mødet" if closed else "&Afslut mødet")
        self.state.setText("Mødet er afsluttet." if closed else "Mødet er åbent.")

    def toggle_closed(self) -> None:
        m = store.get_meeting(self.ctx.db, self.ctx.meeting_id)
        closed_at = None if m.closed_at is not None else dt.datetime.now()
        store.update_meeting(self.ctx.db, self.ctx.meeting_id, closed_at=closed_at)
        self.ctx.report("Mødet er afsluttet. Det kan genåbnes her." if closed_at else "Mødet er genåbnet.")
        self.enter()
