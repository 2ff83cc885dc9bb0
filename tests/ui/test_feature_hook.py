"""PySide6's import hook (ui/feature_hook.py) never calls into a module it inspects, and the installed app's smoke
run ends at once with the words of a dialog no one can answer (ui/app.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

INSPECT_A_TRAPPED_MODULE = textwrap.dedent(
    """
    import sys, types
    import PySide6.QtCore
    import shibokensupport.feature as feature
    pysides_own = feature._mod_uses_pyside

    def trapped(name, path):
        module = types.ModuleType(name)
        module.__file__ = path
        def trap(attribute):  # as pydantic's modules do: an attribute looked up is an import
            raise ImportError(f"looked up {attribute} on {name}")
        module.__getattr__ = trap
        return module

    qt_user, plain = sys.argv[1], sys.argv[2]
    try:
        pysides_own(trapped("fanget", plain))
        print("pyside: no lookup")
    except ImportError as e:
        print("pyside:", e)

    import drøftelse.ui  # makes the hook safe
    feature.feature_imported(trapped("bruger_qt", qt_user))
    feature.feature_imported(trapped("uden_qt", plain))
    print("ours:", feature.pyside_feature_dict["bruger_qt"], feature.pyside_feature_dict["uden_qt"])
    """
)


def test_the_hook_answers_without_looking_up_attributes(tmp_path):
    qt_user = tmp_path / "bruger_qt.py"
    qt_user.write_text("from PySide6.QtWidgets import QLabel\n", encoding="utf-8")
    plain = tmp_path / "uden_qt.py"
    plain.write_text("import json\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", INSPECT_A_TRAPPED_MODULE, str(qt_user), str(plain)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    # PySide6's own answer looks up __wrapped__, which is what broke pydantic in the frozen app
    assert lines[0] == "pyside: looked up __wrapped__ on fanget"
    # ours answers no for every module without reading anything: -1 ("ignore"), as no feature is selected anywhere
    assert lines[1] == "ours: -1 -1"


def test_pydantic_loads_on_a_worker_after_qt(tmp_path):
    """What the window does when a meeting file is opened: the meeting file's model (pydantic) loads on a worker
    thread of a process in which Qt is already loaded."""
    script = textwrap.dedent(
        """
        import threading
        import drøftelse.ui
        failed = []
        def load():
            try:
                from drøftelse.domain.meeting_file import MeetingFile
                MeetingFile.model_fields
            except BaseException as e:
                failed.append(repr(e))
        worker = threading.Thread(target=load)
        worker.start(); worker.join()
        print(failed or "ok")
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "ok", done.stdout + done.stderr


@pytest.mark.usefixtures("qapp")
def test_the_smoke_run_ends_at_a_dialog_with_its_words(tmp_path):
    from conftest import run_cli

    db = tmp_path / "udvalg.sqlite"
    made = run_cli("--db", str(db), "demo", env_home=tmp_path)
    assert made.returncode == 0, made.stderr
    broken = tmp_path / "Møde.json"
    broken.write_text('{"format": "drøftelse-møde", "version": 1, "meeting": ', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"}
    env |= {"QT_QPA_PLATFORM": "offscreen", "DROEFTELSE_QUIT_AFTER_START": "1", "LANGUAGE": "da"}
    # a dialog no one answers would hold the app until the timeout fails the test
    done = run_cli("--db", str(db), str(broken), env=env, env_home=tmp_path, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "Mødefilen kan ikke indlæses: " in done.stderr
    assert "Intet er ændret." in done.stderr
