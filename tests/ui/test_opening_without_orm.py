"""A meeting opens on its step from plain reads (store/*_reads.py) before SQLAlchemy has loaded, and the GUI thread
never imports it (issue 32: ~0.3 s of a chair's wait, the window held meanwhile).

Each template's meeting is opened in a child process, as the window reopens it (the list's task, then the view),
left on each step in turn: first every step whose page says it opens without the ORM (StepPage.needs_the_orm), and
none of them may load SQLAlchemy; then a step whose page needs the ORM: its task loads it on the worker, never the
GUI thread."""

import json
import os
import subprocess
import sys

import pytest
from conftest import run_cli

CHILD = r"""
import json, os, sqlite3, sys, threading
from pathlib import Path

loads = []  # (thread, whether the view of the step being opened was built already)
built = [False]

class SeesSqlAlchemy:
    def find_spec(self, name, path, target=None):
        if name == "sqlalchemy":
            loads.append((threading.current_thread() is threading.main_thread(), built[0]))
        return None

sys.meta_path.insert(0, SeesSqlAlchemy())
from drøftelse.ui.app import open_main_window, setup_application, start_qt
from drøftelse.ui.main_window import MainWindow
from drøftelse.ui.meeting_view import MeetingView
from drøftelse.ui.page_classes import page_class

app = start_qt()
setup_application(app, catch_errors=False)
MainWindow._load_for_writing = lambda self: None  # the ORM loading behind a painted page: not what is looked at here
db_path, meeting_id = Path(sys.argv[1]), int(sys.argv[2])
window = open_main_window(db_path)
window.show()
kind = sqlite3.connect(db_path).execute("SELECT kind FROM meeting WHERE id = ?", (meeting_id,)).fetchone()[0]
template = window.templates.get(kind)
light = [s for s in template.steps if not page_class(s.kind).needs_the_orm(s, template)]
heavy = [s for s in template.steps if page_class(s.kind).needs_the_orm(s, template)]
seen = []
for step in light + heavy[:1]:
    with sqlite3.connect(db_path) as conn:  # left on this step the last time: it reopens there
        conn.execute("UPDATE meeting SET current_step = ? WHERE id = ?", (step.key, meeting_id))
    built[0] = False
    window.open_meeting(meeting_id)  # waits for the task; the event loop runs meanwhile
    built[0] = True
    assert isinstance(window.view, MeetingView) and window.view.step_key() == step.key, step.key
    app.processEvents()
    seen.append({"step": step.key, "light": step in light, "loads": list(loads)})
    loads.clear()
print(json.dumps(seen))
"""

KINDS = {  # the demo's meeting of each template: `droeftelse demo` and its arguments
    "kompetencedroeftelse": (),
    "aarlig_arbejdsmiljoedroeftelse": ("--aarlig",),
    "aarlig_arbejdsmiljoedroeftelse_under_10": ("--aarlig", "--ansatte", "6"),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_step_opens_as_its_page_says_and_never_loads_sqlalchemy_on_the_gui_thread(tmp_path, kind):
    db = tmp_path / "udvalg.sqlite"
    made = run_cli("--db", str(db), "demo", *KINDS[kind])
    assert made.returncode == 0, made.stderr
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    child = [sys.executable, "-c", CHILD, str(db), made.stdout.strip()]
    opened = subprocess.run(child, env=env, capture_output=True, text=True, timeout=300)
    assert opened.returncode == 0, opened.stderr
    seen = json.loads(opened.stdout.strip().splitlines()[-1])

    light = [s for s in seen if s["light"]]
    assert len(light) >= 5, seen  # most steps open from plain reads
    assert [s["step"] for s in light if s["loads"]] == [], seen
    for s in seen:  # a page that needs the ORM has it loaded by the task's worker, before its view is built
        assert s["loads"] == ([] if s["light"] else [[False, False]]), s
