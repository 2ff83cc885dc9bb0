"""Run by test_cli_beside_window.py as a child process: the real app (ui.app.run, offscreen) on a database that
the command line uses at the same time. It reads one command a line on stdin, does it as a user would in the
window, and answers one JSON line on stdout: "ok" with what it was asked for, or what went wrong. Every message box
the window would show is answered at once and reported as {"dialog": …}, so nothing waits for a click.

Commands: open MEETING, export-pdf FILE, export-list-pdf FILE, write STEP BOX TEXT, backup FILE, export-json FILE,
import FILE, texts (every text the window reads from the database), meetings (the list's meeting ids), locks (the
byte ranges this process has locked on the database file, from /proc/locks), quit."""

import json
import os
import queue
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, QTimer, QUrl, Slot  # noqa: E402
from PySide6.QtGui import QDesktopServices  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from drøftelse.ui.app import run  # noqa: E402
from drøftelse.ui.main_window import MainWindow  # noqa: E402


def say(**what) -> None:
    print(json.dumps(what, ensure_ascii=False), flush=True)


def _answered(kind: str):
    def show(parent, title, text, *args, **kwargs):
        say(dialog=kind, title=title, text=text)
        return QMessageBox.StandardButton.Ok

    return staticmethod(show)


for _kind in ("critical", "warning", "information", "question"):
    setattr(QMessageBox, _kind, _answered(_kind))


class Viewer(QObject):
    """Where a PDF the window opens after an export goes instead of a viewer."""

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        say(viewer=url.toLocalFile())


def own_locks(db_path: Path) -> list[str] | None:
    """This process's POSIX locks on the file; None where the system does not list them (not Linux)."""
    if not os.path.exists("/proc/locks"):
        return None
    st = os.stat(db_path)
    inode = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    with open("/proc/locks") as f:
        return [" ".join(line.split()[4:]) for line in f if line.split()[4] == str(os.getpid()) and inode in line]


def main() -> int:
    app = QApplication(sys.argv)
    db_path = Path(sys.argv[1])
    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "open_url")
    commands: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in sys.stdin:
            commands.put(line.rstrip("\n"))
        commands.put("quit")

    def window() -> MainWindow:
        return next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))

    def finished(task, what: str) -> dict:
        if task is None:
            return {"error": f"{what}: no task"}
        if not task.wait(15_000):
            return {"error": f"{what}: not done in 15 s"}
        app.processEvents()
        return {}

    def do(line: str) -> dict:
        name, _, rest = line.partition(" ")
        w = window()
        if name == "open":
            w.open_meeting(int(rest))
            deadline = time.monotonic() + 15  # the ORM loads behind the painted page, its pool then holds the file
            while not w.db.ready_for_writing and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
            return {}
        if name == "export-pdf":
            return finished(w.view.export_pdf(Path(rest)), name)
        if name == "export-list-pdf":
            w.close_meeting()
            return finished(w.list_page.export_handleplan(Path(rest), meeting_id=1), name)
        if name == "write":
            step, box, text = rest.split(" ", 2)
            w.view.go_to_step(step)
            w.view.page.boxes[box].setPlainText(text)
            w.view.flush()
            return {}
        if name == "backup":
            return finished(w.list_page.backup_database(Path(rest)), name)
        if name == "export-json":
            w.close_meeting()
            w.list_page.table.selectRow(0)
            return finished(w.list_page.export_meeting_file(Path(rest)), name)
        if name == "import":
            return finished(w.list_page.import_meeting_file(Path(rest)), name)
        if name == "texts":
            conn = w.db.connect()  # through the window's own Database, as its pages read
            try:
                return {"texts": [r[0] for r in conn.execute("SELECT text FROM answer ORDER BY id")]}
            finally:
                conn.close()
        if name == "meetings":
            w.list_page.refresh()
            return {"meetings": [m.id for c in w.list_page.committees for m in c.meetings]}
        if name == "locks":
            return {"locks": own_locks(db_path)}
        if name == "quit":
            w.close()
            app.quit()
            return {}
        return {"error": f"unknown command {name}"}

    def poll() -> None:
        try:
            line = commands.get_nowait()
        except queue.Empty:
            QTimer.singleShot(20, poll)
            return
        try:
            answer = do(line)
        except Exception as e:  # the test reads it; the window's own hook is for what a click raises
            answer = {"error": f"{type(e).__name__}: {e}"}
        say(done=line.partition(" ")[0], status=window().status.text(), **answer)
        if line != "quit":
            QTimer.singleShot(0, poll)

    def start() -> None:
        threading.Thread(target=read, daemon=True).start()
        say(ready=True)
        poll()

    QTimer.singleShot(0, start)
    return run(db_path)


if __name__ == "__main__":
    sys.exit(main())
