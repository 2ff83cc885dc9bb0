"""Test set-up in one place: offscreen Qt before any Qt import, a fresh database per test, the templates."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANGUAGE"] = "da"  # the suite reads Danish whatever the machine's locale; English is asked for by name

import pytest  # noqa: E402

from drøftelse.domain.template_library import TemplateLibrary  # noqa: E402
from drøftelse.paths import templates_dir  # noqa: E402
from drøftelse.store.database import open_database  # noqa: E402

TESTS = Path(__file__).resolve().parent  # the tests sit in folders below; the helper scripts and fixtures here
REPO = TESTS.parent
FIXTURES = TESTS / "fixtures"  # old database files, one per released schema


@pytest.fixture(autouse=True)
def _user_folders(tmp_path_factory, monkeypatch):
    """Keep every test away from the real user's data and log folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture(scope="session")
def templates() -> TemplateLibrary:
    return TemplateLibrary(templates_dir())


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "udvalg.sqlite"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.dispose()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(path: Path, sql: str) -> list:
    """A query's rows from a file, the connection closed at once: an upgrade of the file waits for no one."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def dump(path: Path) -> list:
    """Every row of every table, to compare a database before and after something that must change nothing."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [(t, conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()) for t in tables]
    finally:
        conn.close()


def unhyphenated(text: str) -> str:
    """A PDF's text read back with the hyphens that hyphenation adds in the tables (documents/hyphenation.py) taken
    out: "for-\nkert" reads "forkert". A hyphen of the text's own at a line's end goes too."""
    import re

    return re.sub(r"(?<=[^\W\d_])-\n(?=[^\W\d_])", "", text)


# DROEFTELSE_TEST_CLI_PROCESS=1 runs every run_cli in a process of its own, as before in-process runs were the default
_CLI_IN_PROCESS = os.environ.get("DROEFTELSE_TEST_CLI_PROCESS") != "1"


def run_cli(*args: str, env_home: Path | None = None, process: bool = False, **kw):
    """Run the command line as a user would: its exit code, standard output and error as a CompletedProcess.

    In this process by default (`main()` with the child's environment, folder, input and output: a new interpreter
    for each of the suite's hundreds of commands was half its time), or in a real subprocess when `process` is
    given or the test passes what only a process has (a timeout): where the test is about the process itself
    (locks held by another program, the interpreter's own start)."""
    import subprocess

    env = dict(kw.pop("env", os.environ))  # a test may give the whole environment (the locale)
    if env_home is not None:
        env["XDG_DATA_HOME"] = str(env_home / "data")
        env["XDG_STATE_HOME"] = str(env_home / "state")
    if process or not _CLI_IN_PROCESS or set(kw) - {"input", "cwd"}:
        return subprocess.run([sys.executable, "-m", "drøftelse", *args], capture_output=True, text=True, env=env, **kw)
    return _cli_here(list(args), env, **kw)


def _cli_here(args: list[str], env: dict, input: str | None = None, cwd=None):
    """`droeftelse args` run by `main()` here as `python -m drøftelse` would run it in a child: the environment and
    folder swapped for the run, standard input and output as UTF-8 pipes (strict on output, as a UTF-8 locale's),
    the exit code from main(), SystemExit or an uncaught exception; the databases it opened closed afterwards, as
    a child's exit closes them (the WAL folded back into the file)."""
    import io
    import logging
    import subprocess
    import traceback

    from drøftelse import cli
    from drøftelse.domain import i18n
    from drøftelse.store.transactions import DatabaseBase

    opened: list = []
    base_init = DatabaseBase.__init__

    def tracked_init(self, *a, **k):
        base_init(self, *a, **k)
        opened.append(self)

    saved = (dict(os.environ), os.getcwd(), i18n.current_language(), sys.stdin, sys.stdout, sys.stderr)
    out, err = io.BytesIO(), io.BytesIO()
    # kept here to the end: a TextIOWrapper that is dropped closes the buffer under it
    pipes = (
        io.TextIOWrapper(io.BytesIO((input or "").encode()), encoding="utf-8"),
        io.TextIOWrapper(out, encoding="utf-8", errors="strict", write_through=True),
        io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True),
    )
    sys.stdin, sys.stdout, sys.stderr = pipes
    # a child has no log handler, so Python prints its warnings on stderr (logging.lastResort); pytest's own
    # handlers here would take that place
    said = logging.StreamHandler(pipes[2])
    said.setLevel(logging.WARNING)
    logging.getLogger().addHandler(said)
    os.environ.clear()
    os.environ.update(env)
    DatabaseBase.__init__ = tracked_init
    try:
        if cwd is not None:
            os.chdir(cwd)
        try:
            code = cli.main(args)
        except SystemExit as e:  # argparse's usage errors and --help
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            if isinstance(e.code, str):
                print(e.code, file=sys.stderr)
        except BaseException:  # what the interpreter does with an uncaught exception
            traceback.print_exc()
            code = 1
    finally:
        logging.getLogger().removeHandler(said)
        DatabaseBase.__init__ = base_init
        for db in opened:
            db.dispose()
        environ, folder, language, sys.stdin, sys.stdout, sys.stderr = saved
        os.environ.clear()
        os.environ.update(environ)
        os.chdir(folder)
        i18n.set_language(language)

    def text(data: io.BytesIO) -> str:  # as subprocess's text mode reads a pipe: strict UTF-8, universal newlines
        return data.getvalue().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")

    for pipe in pipes[1:]:
        pipe.flush()

    return subprocess.CompletedProcess([sys.executable, "-m", "drøftelse", *args], code, text(out), text(err))


@pytest.fixture
def ended_at_test_end(qtbot):
    """`ended_at_test_end(model)`: a handleplan model made without a parent, as no window makes one, ended with the
    test as its page would end it: its poll stopped (after a read in flight has come back) and its undo stack
    emptied while the commands are still alive.

    Left to Python's garbage collector, such a model kept polling a disposed database in later tests, and was
    collected at any moment (in a later test's event loop or gc.collect()) with its undo commands: the commands,
    which point back at the model, could be freed first, and ~QUndoStack then deleted them again (a core of the
    crash in test_tasks: gc -> ~QObject -> ~QUndoStack -> QUndoStack::clear)."""
    made = []

    def end(model):
        made.append(model)
        return model

    yield end
    for model in made:
        model.poll_timer.stop()
        qtbot.waitUntil(lambda m=model: not m._reading, timeout=10_000)
        model.undo_stack.clear()


@pytest.fixture
def opened_files(qapp):
    """The files the app asked the desktop to open (a PDF in the viewer after an export), in order.

    For the test's length Qt hands every file URL to this list instead of a viewer, so none pops up."""
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    class Viewer(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.opened: list[Path] = []

        @Slot(QUrl)
        def open_url(self, url: QUrl) -> None:
            self.opened.append(Path(url.toLocalFile()))

    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "open_url")
    yield viewer.opened
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def danish_app(qapp, opened_files):
    """The pytest-qt application set up as Drøftelse sets up its own (Danish Qt, Danish locale); files it opens
    land in `opened_files`."""
    from drøftelse.ui.app import setup_application

    setup_application(qapp, catch_errors=False, language="da")
    return qapp


@pytest.fixture
def english_app(qapp, opened_files):
    """As `danish_app`, in English (the language setting's other value); Danish again afterwards."""
    from drøftelse.ui.app import setup_application

    setup_application(qapp, catch_errors=False, language="en")
    yield qapp
    setup_application(qapp, catch_errors=False, language="da")


class FakeClock:
    """A clock the round's timer reads; the test moves it on."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def when_dialog(act, seen: dict | None = None, kind=None):
    """Answer the next modal dialog as a user would: `act(dialog)` runs once it is open (of `kind`, when given:
    a message box, the restore dialog …)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen = {} if seen is None else seen

    def poll():
        from PySide6.QtWidgets import QProgressDialog

        dialog = QApplication.activeModalWidget()
        if (
            dialog is None
            or isinstance(dialog, QProgressDialog)  # a task's progress, not the dialog awaited
            or (kind is not None and not isinstance(dialog, kind))
        ):
            QTimer.singleShot(20, poll)
            return
        seen["title"] = dialog.windowTitle()
        seen["text"] = getattr(dialog, "text", lambda: "")()
        act(dialog)

    QTimer.singleShot(0, poll)
    return seen


def finished(task):
    """Wait for an export or import the window ran on a worker (ui.tasks); its result, or fail with its error."""
    assert task is not None, "nothing was started"
    assert task.wait(120_000), "the task did not end"
    assert task.error is None, task.error.message
    return task.result


def window_at_step(qtbot, db_path: Path, meeting_id: int, step_key: str):
    """The main window as the chairs see it, the meeting open on one of its steps: (window, that step's page)."""
    from drøftelse.ui.app import open_main_window

    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(meeting_id)
    view = window.view
    view.go_to([s.key for s in view.template.steps].index(step_key))
    return window, view.page


@pytest.fixture(scope="session")
def pg_server():
    """One throw-away PostgreSQL server for the whole run (tests/pg_cluster.py), stopped at the end. Under xdist
    (`make test`) a session is a worker's: each worker starts a server of its own, in its own folder on its own
    free port, so the workers share no server, database name or socket."""
    from pg_cluster import Cluster

    cluster = Cluster().start()
    yield cluster
    cluster.stop()


_pg_names = iter(range(1, 1_000_000))


@pytest.fixture
def pg_url(pg_server) -> str:
    """The address of a fresh, empty database on the test server."""
    name = f"t{os.getpid()}_{next(_pg_names)}"
    pg_server.sql(f'CREATE DATABASE "{name}"')
    return pg_server.url(name)


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    """A database made at head once by the app itself; each test's database is a copy of it (fast)."""
    name = "drøftelse_head"
    pg_server.sql(f'CREATE DATABASE "{name}"')
    open_database(pg_server.url(name)).dispose()
    return name


@pytest.fixture
def pg_db_url(pg_server, pg_template) -> str:
    """The address of a fresh database at head on the test server."""
    name = f"t{os.getpid()}_{next(_pg_names)}"
    pg_server.sql(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    return pg_server.url(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, db_path):
    """The same test on a SQLite file and on a database on the test's PostgreSQL server (issue 16). A module
    whose tests run on both defines its `db` fixture as this one (`def db(any_db): return any_db`)."""
    target = db_path if request.param == "sqlite" else request.getfixturevalue("pg_db_url")
    database = open_database(target)
    yield database
    database.dispose()
