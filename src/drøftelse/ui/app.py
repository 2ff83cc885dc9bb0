"""Starting the app: Danish Qt, the database opened (or refused in a dialog), the main window shown.

Only Qt's widgets, the standard library's sqlite3 and the templates load before the window shows; SQLAlchemy,
Alembic and reportlab load when a meeting is opened or exported.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication

import drøftelse
from drøftelse import APP_NAME
from drøftelse.ui.first_paint import after_first_paint
from drøftelse.ui.translation import translate

_translators: list[QTranslator] = []  # kept alive as long as the app


def setup_application(app: QApplication, catch_errors: bool = True, language: str | None = None) -> None:
    from drøftelse.ui.translation import chosen_language, install_translators

    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Droeftelse")
    app.setDesktopFileName("droeftelse")  # the .desktop entry (scripts/make_deb.sh): Wayland's icon and name
    _set_icon(app)
    for translator in _translators:  # set up again (tests): the last language only
        app.removeTranslator(translator)
    _translators.clear()
    install_translators(app, language or chosen_language(), _translators)
    # A full garbage collection holds the GIL for 30–200 ms when a worker has made many objects (reportlab on a
    # 2,000-row handleplan), and the window freezes that long; collecting the oldest generation 100 times less
    # often kept the longest pause under 50 ms (benchmarks/gui_responsiveness.py)
    gc.set_threshold(700, 10, 1000)
    if catch_errors:  # an error nobody expected is a Danish dialog and a log entry, never a traceback
        sys.excepthook = _show_unexpected_error


def _set_icon(app: QApplication) -> None:
    """The window's icon (title bar, task bar, Alt+Tab), from the PNGs scripts/render_icons.py made."""
    from PySide6.QtGui import QIcon

    from drøftelse.paths import resources_dir

    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("droeftelse-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)


def _message_box():
    """QMessageBox, imported when a box is first needed: PySide makes its enum classes at the first touch."""
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox


def _show_unexpected_error(kind, value, tb) -> None:
    import datetime as dt
    import traceback

    from PySide6.QtWidgets import QMessageBox  # its enums are made when a box is first needed

    from drøftelse.domain.errors import DroeftelseError, MeetingClosed, ServerUnreachable
    from drøftelse.paths import log_dir

    if isinstance(value, ServerUnreachable) and QApplication.instance() is not None:
        # the shared database's server is gone: the window's banner says so once, never a dialog per click
        from drøftelse.ui.server_outage import connection_lost

        if connection_lost(value):
            return
    if isinstance(value, MeetingClosed) and QApplication.instance() is not None:
        # a click wrote to a meeting another window has closed: said in the status line, the view locked
        views = [w.view for w in QApplication.topLevelWidgets() if getattr(w, "view", None) is not None]
        for view in views:
            view.closed_elsewhere(value.message)
        if views:
            return
    if isinstance(value, DroeftelseError) and QApplication.instance() is not None:
        # a message written for the user (a damaged or read-only file met in a click) is shown as it is
        QMessageBox.warning(None, translate("app", "Drøftelse"), value.message)
        return

    log = log_dir() / "fejl.log"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"--- {dt.datetime.now().isoformat()} Drøftelse {drøftelse.__version__}\n")
            f.write("".join(traceback.format_exception(kind, value, tb)))
    except OSError:
        pass
    if QApplication.instance() is not None:
        from drøftelse.ui.autosave import nothing_pending

        # what the click was doing may not be stored; the typed texts are, only when no autosaver holds any
        typed = (
            translate("app", "Alt, hvad I har skrevet i tekstfelterne, er gemt.")
            if nothing_pending()
            else translate("app", "Tekst, der ikke er gemt endnu, står stadig i vinduet og gemmes ved næste ændring.")
        )
        QMessageBox.critical(
            None,
            translate("app", "Uventet fejl"),
            translate(
                "app",
                "Der skete en uventet fejl, og det, I lige gjorde, er måske ikke gemt. Se efter, før I går videre. "
                "{0}\n\nDetaljerne er skrevet i {1}.",
            ).format(typed, log),
        )


def open_main_window(db_path: Path | None, clock=None, open_file: Path | None = None, resume: bool = False):
    """Open the database and build the main window (`resume`: on the meeting it was last closed on, ui/main_window.py).
    A refused database is a Danish dialog and None; so is a file already open in another Drøftelse, whose window is
    brought forward instead (and given `open_file`)."""
    from drøftelse.domain.server_address import is_server_address
    from drøftelse.paths import default_database

    db_path = _chosen_target(db_path)
    if db_path is False:
        return None
    if is_server_address(db_path):  # a shared database: several windows on it is the point, so no guard
        return _shared_database_window(str(db_path), clock, resume)
    path = Path(db_path or default_database()).expanduser()
    if not _folder_made(path):
        return None
    held = _guard(path, open_file)
    if held is None:
        return None
    guard, read_only = held
    opened = _open_or_restore(path, guard, read_only)
    if opened is None:
        return None
    db, restored = opened
    window = _main_window(db, clock, resume)
    window.show_message(restored)
    window.guard = guard
    guard.setParent(window)
    guard.show_requested.connect(window.bring_forward)
    guard.file_requested.connect(lambda file: _open_given_file(window, Path(file)))
    window.after_settled(guard.listen)  # a second start finds the window only once it shows what the chair waits for
    return window


def _main_window(db, clock, resume: bool = False):
    from drøftelse.domain.template_library import TemplateLibrary
    from drøftelse.paths import templates_dir
    from drøftelse.ui.main_window import MainWindow

    return MainWindow(db, TemplateLibrary(templates_dir()), clock=clock, resume=resume)


def _chosen_target(db_path: Path | None):
    """The database asked for (--db, else the shared one chosen in the window, else None for the default), or
    False after telling why it cannot be: `-`, a line break or `postgresql:/host/db` would otherwise become a
    new, empty local file."""
    from drøftelse.domain.database_target import database_target
    from drøftelse.domain.errors import DroeftelseError

    if db_path is None:  # no --db: the shared database chosen in the window, if one was (ui/server_dialog.py)
        from drøftelse.ui.shared_database import shared_database

        db_path = shared_database()
    try:
        return database_target(db_path) if db_path is not None else None
    except DroeftelseError as e:
        _message_box().critical(None, translate("app", "Databasen kan ikke åbnes"), e.message)
        return False


def _shared_database_window(address: str, clock, resume: bool):
    from drøftelse.domain.errors import DroeftelseError
    from drøftelse.services.database import open_database

    try:
        db = open_database(address)
    except DroeftelseError as e:
        _message_box().critical(None, "Databasen kan ikke åbnes", e.message)
        return None
    return _main_window(db, clock, resume)


def _folder_made(path: Path) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        reason = translate("app", "adgang nægtet") if isinstance(e, PermissionError) else (e.strerror or str(e))
        _message_box().critical(
            None,
            translate("app", "Databasen kan ikke åbnes"),
            translate("app", "Mappen {0} kan ikke oprettes ({1}).").format(path.parent, reason),
        )
        return False
    return True


def _guard(path: Path, open_file: Path | None):
    """(the file's InstanceGuard, why it opens read-only or None), or None when another Drøftelse has the file: its
    window is brought forward (and handed `open_file`), and the chair told so unless a file was double-clicked."""
    from drøftelse.ui.single_instance import InstanceGuard

    guard = InstanceGuard(path)
    read_only = None  # or why the lock file cannot be made: a read-only folder or a full disk, not "open elsewhere"
    if guard.acquire() or (read_only := guard.cannot_lock()) is not None:
        return guard, read_only
    if guard.ask_first_to_show(open_file):
        if open_file is not None:  # a file double-clicked: the open window reads it and says so; no dialog here
            return None
        text = translate(
            "app", "{0} er allerede åben i Drøftelse. Vinduet er hentet frem, så I ikke skriver to steder."
        ).format(path.name)
    else:
        text = translate(
            "app",
            "{0} er allerede åben i Drøftelse ({1}). Luk det andet vindue først, så I ikke skriver to steder.",
        ).format(path.name, guard.holder())
    _message_box().information(None, translate("app", "Drøftelse er allerede åben"), text)
    return None


def _open_or_restore(path: Path, guard, read_only):
    """(the database, what was restored: "" or the message), or None: a refused file may be put back from a
    backup and opened again (ui/restore_dialog.py), or the chair gave up and the guard is let go."""
    from drøftelse.domain.errors import DroeftelseError
    from drøftelse.services.database import open_database

    restored = ""
    while True:
        try:
            return open_database(path, read_only=read_only), restored
        except DroeftelseError as e:
            from drøftelse.ui.restore_dialog import refused_at_start

            try:
                restored = refused_at_start(path, e.message, offer_restore=read_only is None)
            except BaseException:
                guard.release()
                raise
            if restored is None:
                guard.release()
                return None
            guard.file_replaced()  # a new file at the path: the identity lock follows it


def _watch_session_end(app: QApplication) -> None:
    from drøftelse.ui.session_end import store_typing_when_the_session_ends

    store_typing_when_the_session_ends(app)


def start_qt() -> QApplication:
    """The QApplication. When Qt cannot open a window (a system library missing, no screen), its answer is an
    English message and abort(); here it is one Danish line naming the packages to install, and exit code 2."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    said: list[str] = []  # the platform plugin's words while Qt starts; passed on when the start succeeds

    def on_message(kind, context, message) -> None:
        if kind == QtMsgType.QtFatalMsg:
            from drøftelse.ui.system_libraries import cannot_open_window

            print(cannot_open_window(said[0] if said else message), file=sys.stderr, flush=True)
            os._exit(2)
        said.append(f"{context.category}: {message}" if context.category not in (None, "default") else message)

    qInstallMessageHandler(on_message)
    try:
        app = QApplication(sys.argv)
    finally:
        qInstallMessageHandler(None)
    for line in said:
        print(line, file=sys.stderr)
    return app


def _open_given_file(window, path: Path, then_quit: bool = False) -> None:
    from drøftelse.ui.opened_file import open_given_file

    if then_quit:
        _end_at_first_message_box(window)
    task = open_given_file(window, path)
    if then_quit:  # the smoke test of the installed app (scripts/check_deb.sh): the file read in, then done
        if task is not None:
            task.wait(120_000)
        QApplication.instance().quit()


def _end_at_first_message_box(window) -> None:
    """The smoke test of the installed app has no one to answer a dialog: a message box's words go to stderr and the
    app ends with exit code 1 at once, instead of waiting on the dialog until the test's timeout."""

    def look() -> None:
        from PySide6.QtWidgets import QMessageBox  # its enums are made when a box is first needed

        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            print(f"{box.windowTitle()}: {box.text()}", file=sys.stderr, flush=True)
            os._exit(1)  # the dialog's own event loop would outlive a quit()

    timer = QTimer(window)
    timer.timeout.connect(look)
    timer.start(100)


def run(db_path: Path | None = None, language: str | None = None, open_file: Path | None = None) -> int:
    app = QApplication.instance() or start_qt()
    setup_application(app, language=language)
    # the last meeting is read in a task from the window's making (plain SQL, ui/meeting_opening.py): the first paint
    # is its placeholder and its step follows, without SQLAlchemy or the list page (issue 32)
    window = open_main_window(db_path, open_file=open_file, resume=open_file is None)
    if window is None:
        return 2
    if window.property("open_maximised"):  # closed maximised on this screen (ui/window_size.py)
        window.showMaximized()
    else:
        window.show()
    # nothing can be typed before the window (or the meeting it reopens) shows, so the watch for a session's end
    # (signal, socket) starts then; importlib.metadata's version takes ~25 ms and waits as long
    window.after_settled(lambda: _watch_session_end(app))
    window.after_settled(lambda: app.setApplicationVersion(drøftelse.__version__))
    quit_after_start = bool(os.environ.get("DROEFTELSE_QUIT_AFTER_START"))  # the start-up benchmark, smoke tests
    if open_file is not None:  # a file double-clicked: it says which meeting to show, not the last one
        after_first_paint(window, lambda: _open_given_file(window, open_file, then_quit=quit_after_start))
    if quit_after_start and open_file is None:  # shown, then done
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    from drøftelse.ui.tasks import finish_all

    finish_all()  # no worker (a meeting being read) outlives the app
    return code
