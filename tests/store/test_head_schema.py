"""A new database on the first start is made from the snapshot of the newest schema (store/head_schema.py) with
sqlite3 alone, so the window paints before SQLAlchemy or Alembic load; the file is the one Alembic builds."""

import os
import sqlite3
import subprocess
import sys

from drøftelse.store.database import make_engine, open_database
from drøftelse.store.head_schema import SNAPSHOT, snapshot_script
from drøftelse.store.schema import HEAD_REVISION
from drøftelse.store.upgrade import create_file


def contents(path) -> dict:
    """Everything a file holds that a program can tell apart, except the database's own random key."""
    conn = sqlite3.connect(path)
    try:
        schema = sorted(
            conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        )
        tables = [name for kind, name, _, _ in schema if kind == "table" and name != "secret"]
        rows = {t: sorted(conn.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}
        pragmas = {p: conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version", "encoding")}
        secret = conn.execute("SELECT name, length(value) FROM secret").fetchall()
        return {"schema": schema, "rows": rows, "pragmas": pragmas, "secret": secret}
    finally:
        conn.close()


def key_of(path) -> bytes:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT value FROM secret WHERE name = 'sheet_identity'").fetchone()[0]
    finally:
        conn.close()


def test_the_snapshot_is_at_the_newest_revision():
    # after a new migration: .venv/bin/python scripts/head_schema.py
    assert SNAPSHOT.read_text(encoding="utf-8").startswith(f"-- revision {HEAD_REVISION}\n")
    assert snapshot_script() is not None


def test_a_file_from_the_snapshot_is_the_file_alembic_builds_with_a_key_of_its_own(tmp_path):
    from_snapshot, from_alembic, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "c.sqlite"
    create_file(from_snapshot, make_engine)
    create_file(from_alembic, make_engine, snapshot=False)
    create_file(second, make_engine)

    assert contents(from_snapshot) == contents(from_alembic)
    assert contents(from_snapshot)["secret"] == [("sheet_identity", 32)]
    assert len({key_of(from_snapshot), key_of(from_alembic), key_of(second)}) == 3
    assert open_database(from_snapshot).revision == HEAD_REVISION  # opened as any file at head


FIRST_START = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from drøftelse.ui.app import start_qt

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow":
            heavy = sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "alembic"})
            print("painted", ",".join(heavy) or "none", flush=True)
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

app = start_qt()
painted = Painted()
app.installEventFilter(painted)
QTimer.singleShot(30_000, app.quit)  # a guard: the test fails on what was printed, never hangs
import runpy
sys.argv = ["droeftelse"]
runpy.run_module("drøftelse", run_name="__main__")
"""


def test_the_very_first_start_paints_before_sqlalchemy_or_alembic_loads(tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    env.pop("DROEFTELSE_QUIT_AFTER_START", None)

    started = subprocess.run([sys.executable, "-c", FIRST_START], env=env, capture_output=True, text=True, timeout=120)

    assert started.returncode == 0, started.stderr
    assert started.stdout.splitlines()[0] == "painted none", started.stdout
    made = list((tmp_path / "data").rglob("*.sqlite"))
    assert len(made) == 1 and open_database(made[0]).revision == HEAD_REVISION
