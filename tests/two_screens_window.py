"""Run by test_presentation.py as a child process on the offscreen platform with two screens ("Laptop" and
"Projektor", from QT_QPA_PLATFORM=offscreen:configfile=…): F5 on the laptop, the chairs choose a screen, then the
projector is unplugged (its screenRemoved handler is called as Qt calls it). Prints what it saw as JSON."""

import json
import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication


def main() -> int:
    app = QApplication(sys.argv)
    from drøftelse.ui.app import open_main_window, setup_application

    setup_application(app, catch_errors=False)
    db_path, meeting = sys.argv[1], int(sys.argv[2])
    laptop, projector = QGuiApplication.screens()
    window = open_main_window(db_path, clock=lambda: 1000.0)
    window.setGeometry(laptop.availableGeometry().adjusted(0, 30, 0, 0))
    window.show()
    window.open_meeting(meeting)
    view = window.view
    view.go_to_step("runde")
    view.page.notes.setPlainText("Noter fra laptoppen")
    view.page.timer.start()
    app.processEvents()

    def where():
        app.processEvents()
        shown = view.presentation_window
        g = shown.geometry()
        return {
            "view": shown.windowHandle().screen().name(),
            "geometry": [g.x(), g.y(), g.width(), g.height()],
            "chairs": window.windowHandle().screen().name(),
        }

    seen = {"screens": [s.name() for s in QGuiApplication.screens()]}
    view.toggle_presentation()
    seen["f5"] = where()
    seen["f5_speaker"], seen["f5_clock"] = (
        view.presentation_window.speaker.text(),
        view.presentation_window.clock.text(),
    )
    view.screen_menu.aboutToShow.emit()  # the chairs open "Skærm" and choose the laptop (a mirrored projector)
    next(a for a in view.screen_menu.actions() if a.text().startswith("Laptop")).trigger()
    seen["chosen"] = where()
    seen["menu"] = [a.text() for a in view.screen_menu.actions()]
    view.choose_presentation_screen(None)
    view.presentation_window.screen_removed(projector)  # what Qt calls when the projector's cable is pulled
    seen["unplugged"] = {
        **where(),
        "speaker": view.presentation_window.speaker.text(),
        "clock": view.presentation_window.clock.text(),
    }
    seen["notes_kept"] = view.page.notes.toPlainText() == "Noter fra laptoppen"
    view.flush()
    window.close()
    print(json.dumps(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
