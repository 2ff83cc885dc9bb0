"""Run by test_crash_safety.py as a child process: the real app (ui.app.run, offscreen) on a meeting's
"Drøft og bliv enige" step, typing one key every 150 ms into the first box without a pause, as a steady typist
does. After each key it prints how many keys it has typed. The test kills it (SIGKILL) or asks it to end
(SIGTERM) and looks at what was stored."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from drøftelse.ui.app import run  # noqa: E402
from drøftelse.ui.main_window import MainWindow  # noqa: E402

TEXT = "Vi følger op på kemi, trucks og støj i lageret, hver uge. " * 40  # keys QTest can type
KEY_MS = 150


def main() -> int:
    app = QApplication(sys.argv)
    db_path, meeting = sys.argv[1], int(sys.argv[2])
    typed = 0

    def start() -> None:
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        window.open_meeting(meeting)
        window.view.go_to_step("enige")
        box = window.view.page.boxes["fokus"]
        timer = QTimer(app)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(KEY_MS)

        def key() -> None:
            nonlocal typed
            QTest.keyClicks(box, TEXT[typed])
            typed += 1
            print(typed, flush=True)

        timer.timeout.connect(key)
        timer.start()
        print("klar", flush=True)

    QTimer.singleShot(0, start)
    return run(db_path)


if __name__ == "__main__":
    sys.exit(main())
