"""The meeting view's side of the room: the projected view (F5) with its screen and the wizard's shortcuts, and
the phones' panel (Deltag fra telefon); both made when first opened."""

from __future__ import annotations

from PySide6.QtGui import QActionGroup

from drøftelse.ui.step_pages import step_label


class RoomControls:
    """MeetingView's projector and phones: `presentation_window`, `presentation_screen`, `phone_panel`."""

    def open_phones(self):
        """Deltag fra telefon: the chairs' window for the phone server (started there, on the address they pick)."""
        from drøftelse.ui.phone_panel import PhonePanel

        if self.phone_panel is None:
            self.phone_panel = PhonePanel(self)
        self.phone_panel.show()
        self.phone_panel.raise_()
        return self.phone_panel

    def shown_heading(self) -> str:
        """The step's heading as the projector shows it ("3. Drøft …")."""
        return step_label(self.index + 1, self.page.step)

    def toggle_presentation(self) -> None:
        from drøftelse.ui.presentation import PresentationWindow

        if self.presentation_window is not None and self.presentation_window.isVisible():
            self.presentation_window.close()
            return
        if self.presentation_window is None:
            self.presentation_window = PresentationWindow(self)
        self.presentation_window.chosen_screen = self.presentation_screen
        self.refresh_presentation()
        self.presentation_window.show_on_best_screen()

    def choose_presentation_screen(self, name: str | None) -> None:
        """The screen the projected view goes to (by its name); None: any screen other than the chairs'."""
        self.presentation_screen = name
        if self.presentation_window is not None:
            self.presentation_window.chosen_screen = name
            if self.presentation_window.isVisible():
                self.presentation_window.show_on_best_screen()

    def _fill_screen_menu(self) -> None:
        from PySide6.QtGui import QGuiApplication

        self.screen_menu.clear()
        group = QActionGroup(self.screen_menu)
        for name, label in [(None, "Den anden skærm (projektoren)")] + [
            (s.name(), f"{s.name() or 'Skærm'} – {s.size().width()}×{s.size().height()}")
            for s in QGuiApplication.screens()
        ]:
            action = self.screen_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(name == self.presentation_screen)
            group.addAction(action)
            action.triggered.connect(lambda *_, n=name: self.choose_presentation_screen(n))

    def presentation_keys(self) -> dict:
        """The wizard's shortcuts, for the projected view to answer while it covers the chairs' window."""

        def page_action(name: str):
            def act() -> None:
                if not self.locked:  # a locked page's actions (next speaker, new row) would write
                    self.page.keyboard_actions().get(name, lambda: None)()

            return act

        keys = {
            "Alt+Right": lambda: self.go_to(self.index + 1),
            "Ctrl+PgDown": lambda: self.go_to(self.index + 1),
            "PgDown": lambda: self.go_to(self.index + 1),  # what a presenter's clicker sends
            "Alt+Left": lambda: self.go_to(self.index - 1),
            "Ctrl+PgUp": lambda: self.go_to(self.index - 1),
            "PgUp": lambda: self.go_to(self.index - 1),
            "Ctrl+Return": page_action("next_speaker"),
            "Ctrl+Enter": page_action("next_speaker"),
            "Ctrl+Space": page_action("timer"),
            "Ctrl+N": page_action("new_row"),
        }
        return keys

    def refresh_presentation(self) -> None:
        if self.presentation_window is None or self.index < 0:
            return
        content = dict(self.page.presentation())
        if content.get("heading") == self.page.step.title:
            content["heading"] = step_label(self.index + 1, self.page.step)
        if self.phone_panel is not None:
            content["phones"] = self.phone_panel.presentation()
        self.presentation_window.update_from(content)

    _update_presentation = refresh_presentation
