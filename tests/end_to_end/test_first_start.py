"""The first start on a real screen: the app in its own process on Xvfb with Qt's xcb platform plugin (the one a
Linux desktop uses; every other test runs offscreen), driven by xdotool as a person would. It fails when the window
cannot be shown. Xvfb and xdotool come from scripts/install-system-deps.sh (`make test`); the screenshots are kept
in build/screenshots/."""

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from conftest import REPO, run_cli
from PySide6.QtGui import QColor, QImage

pytestmark = [pytest.mark.slow, pytest.mark.heavy]  # the slow group (make test-slow): the app on its own X server

SHOTS = REPO / "build" / "screenshots"
TYPED = "Kemikalier på lageret gennemgås"
# a screenshot by Qt itself on the same screen: no other program to install
GRAB = (
    "import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication(sys.argv[:1]); "
    "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)"
)


@pytest.fixture
def screen():
    """A fresh X server on a display number it picks itself (-displayfd): nothing else on this machine is touched."""
    lacking = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    assert not lacking, f"{', '.join(lacking)} mangler: scripts/install-system-deps.sh (make test) installerer dem"
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()  # written once the server accepts clients
    assert number, "Xvfb did not start"
    yield f":{number}"
    xvfb.terminate()
    xvfb.wait()


def wait_for(condition, what: str, app: subprocess.Popen, log):
    """Poll until `condition()` gives something; fail at once if the app ends, and after a minute as a guard."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        if app.poll() is not None:
            pytest.fail(f"the app ended ({app.returncode}) waiting for {what}:\n{log.read_text()}")
        time.sleep(0.1)
    pytest.fail(f"no {what} within a minute:\n{log.read_text()}")


def idle(pid: int) -> bool:
    """The app used no CPU for 0.3 s. xdotool types a letter outside the keymap (å) by mapping it to a spare keycode
    and restoring the map at once: an app still busy (the ORM loads behind a meeting's painted page, ~0.3 s) reads
    the key after the restore and the letter is lost. A real keyboard's å has a keycode of its own."""

    def cpu() -> int:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks

    before = cpu()
    time.sleep(0.3)
    return cpu() == before


def stored(db, hvad: str) -> bool:
    """A handleplan row with this Hvad? is in the file (read-only, beside the app writing it)."""
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT count(*) FROM action_item WHERE hvad = ?", (hvad,)).fetchone()[0] == 1


def test_the_first_start_shows_a_real_window_that_takes_the_keyboard(screen, tmp_path):
    db = tmp_path / "udvalg.sqlite"
    made = run_cli("--db", str(db), "demo")
    assert made.returncode == 0, made.stderr
    meeting = made.stdout.strip()
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "DROEFTELSE_QUIT_AFTER_START")}
    env.update(DISPLAY=screen, QT_QPA_PLATFORM="xcb")

    def xdotool(*args: str) -> str:
        return subprocess.run(["xdotool", *args], capture_output=True, text=True, env=env, timeout=60).stdout.strip()

    def painted(shot) -> bool:
        """The window's part of the screen shows the app, not Xvfb's black."""
        subprocess.run([sys.executable, "-c", GRAB, str(shot)], env=env, check=True)
        image = QImage(str(shot))
        points = [(x, y) for x in range(20, 1260, 62) for y in range(20, 740, 36)]
        black = sum(image.pixelColor(x, y) == QColor("black") for x, y in points)
        return black < len(points) / 4

    SHOTS.mkdir(parents=True, exist_ok=True)
    log = tmp_path / "app.log"
    with open(log, "w") as out:
        app = subprocess.Popen([sys.executable, "-m", "drøftelse", "--db", str(db)], env=env, stdout=out, stderr=out)
    try:
        window = wait_for(lambda: xdotool("search", "--onlyvisible", "--name", "^Drøftelse – "), "window", app, log)
        assert xdotool("getwindowname", window) == "Drøftelse – udvalg.sqlite"
        wait_for(lambda: painted(SHOTS / "first-start.png"), "painted window", app, log)

        # Return on the meeting list: keys go to the window under the pointer (no window manager has activated it)
        xdotool("mousemove", "--window", window, "300", "20")
        xdotool("key", "Return")
        wait_for(lambda: xdotool("getwindowname", window) != "Drøftelse – udvalg.sqlite", "meeting", app, log)
        assert xdotool("getwindowname", window) == "Drøftelse – Kompetencedrøftelse 2026"

        # the window as the window manager would hand it the keyboard; a new handleplan row, typed, stored
        wait_for(lambda: idle(app.pid), "idle app", app, log)
        xdotool("windowfocus", "--sync", window)
        xdotool("key", "ctrl+n")
        xdotool("type", "--delay", "20", TYPED)
        xdotool("key", "Tab")
        wait_for(lambda: stored(db, TYPED), "the typed row stored", app, log)
        assert painted(SHOTS / "first-start-typed.png")
        xdotool("key", "ctrl+q")
        assert app.wait(60) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert log.read_text() == ""  # nothing said on the way: no Qt warning, no traceback
    exported = tmp_path / "møde.json"
    assert run_cli("--db", str(db), "export", meeting, "--json", str(exported)).returncode == 0
    assert TYPED in exported.read_text(encoding="utf-8")
