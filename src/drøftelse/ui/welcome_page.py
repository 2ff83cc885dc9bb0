"""The window's page while the database holds no committee (the first start): what Drøftelse is for and the three
ways to begin. The welcome dialog opens over it at once; cancelled, this page says what to do next instead of an
empty list of meetings. The list's page, and the modules it needs, are made only once there is something to list
(issue 32: the first start paints without them)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from drøftelse.ui.translation import translate


class WelcomePage(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        column = QWidget()  # one centred column, as wide as a line reads well
        column.setMaximumWidth(680)
        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        outer = QVBoxLayout(column)
        outer.addStretch(1)
        heading = QLabel(translate("WelcomePage", "Velkommen til Drøftelse"))
        heading.setStyleSheet("font-size: 22px; font-weight: bold;")
        outer.addWidget(heading)
        self.text = QLabel(
            translate(
                "WelcomePage",
                "Drøftelse hjælper formandskabet med at holde kompetencedrøftelsen og den årlige "
                "arbejdsmiljødrøftelse – og giver HR en handleplan at udskrive. Alt gemmes, mens I skriver.\n\n"
                "Der er intet udvalg i databasen endnu. Opret jeres udvalg for at holde det første møde, eller hent "
                "det, I har i forvejen: en mødefil eller en sikkerhedskopi.",
            )
        )
        self.text.setWordWrap(True)
        outer.addWidget(self.text)
        buttons = QHBoxLayout()
        self.create_button = self._button(translate("WelcomePage", "&Opret udvalget …"), window.welcome, buttons)
        self.create_button.setDefault(True)
        self.import_button = self._button(
            translate("WelcomePage", "&Indlæs mødefil …"), lambda: window.list_page.import_meeting_file(), buttons
        )
        self.restore_button = self._button(
            translate("WelcomePage", "Gen&dan sikkerhedskopi …"), lambda: window.list_page.restore_database(), buttons
        )
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(2)

    def _button(self, text: str, slot, layout) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda *_: slot())
        layout.addWidget(button)
        return button
