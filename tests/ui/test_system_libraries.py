"""What Qt needs from the system, asked of Qt's own files (drøftelse.ui.system_libraries): the table of packages
agrees with `dpkg -S` on this machine, and a window Qt cannot open is one Danish line naming what is missing.

A missing library is made for real: a copy of libxcb-cursor.so.0 whose own dependency is renamed to a library no
system has, found first through LD_LIBRARY_PATH, so both Qt and `ldd` meet the gap."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from drøftelse.ui import system_libraries
from drøftelse.ui.system_libraries import PACKAGES, cannot_open_window, missing_libraries, qt_files

ABSENT = "libxcb-absent.so.0"  # as long as the name it replaces, so the copy stays a valid ELF file


def owner(path: Path) -> str | None:
    """The Debian package that installed a file, by `dpkg -S` (under /usr or not: Debian's merged /usr)."""
    for candidate in (str(path), str(path).removeprefix("/usr")):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0]
    return None


def ldd(files: list[Path]) -> dict[str, Path]:
    """Each library these files load, and where the loader finds it."""
    out = subprocess.run(["ldd", *map(str, files)], capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[1] == "=>" and parts[2].startswith("/"):
            found[parts[0]] = Path(parts[2])
    return found


def test_every_library_qt_loads_is_in_the_table_with_the_package_dpkg_names():
    if shutil.which("dpkg") is None:
        pytest.skip("no dpkg: not a Debian or Ubuntu system")
    files = qt_files()
    assert any(f.name == "libqxcb.so" for f in files) and any(f.name.startswith("libqwayland") for f in files)
    assert missing_libraries() == [], "make test installs them (scripts/install-system-deps.sh)"
    loaded = {name: path.resolve() for name, path in ldd(files).items() if "PySide6" not in str(path)}
    assert {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libwayland-cursor.so.0"} <= loaded.keys()
    assert sorted(set(loaded) - set(PACKAGES)) == []
    wrong = {}
    for library, path in loaded.items():
        package = owner(path)
        if package is None or package.removesuffix("t64") != PACKAGES[library]:
            wrong[library] = (PACKAGES[library], package)
    assert wrong == {}


@pytest.fixture
def gap(tmp_path, monkeypatch):
    """libxcb-cursor.so.0 that needs a library no system has, first on the loader's path for this test."""
    real = ldd(qt_files(["xcb"]))["libxcb-cursor.so.0"]
    folder = tmp_path / "lib"
    folder.mkdir()
    data = real.read_bytes()
    assert data.count(b"libxcb-render.so.0\0") == 1
    (folder / "libxcb-cursor.so.0").write_bytes(data.replace(b"libxcb-render.so.0\0", ABSENT.encode() + b"\0"))
    monkeypatch.setenv("LD_LIBRARY_PATH", str(folder))
    return folder


def test_a_missing_library_is_named_with_its_package_and_the_command(gap, monkeypatch):
    assert missing_libraries(["xcb"]) == [ABSENT]
    monkeypatch.setitem(PACKAGES, ABSENT, "libxcb-absent0")
    env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}
    assert cannot_open_window("", env) == (
        "droeftelse: vinduet kan ikke åbnes, fordi systempakken libxcb-absent0 mangler. Installér den med "
        "'sudo apt-get install libxcb-absent0' (eller kør 'make run'). Kommandoerne i 'droeftelse --hjælp' virker "
        "uden vindue."
    )


def test_the_script_is_told_the_packages_and_warned_of_a_library_without_one(gap):
    result = subprocess.run([sys.executable, "-m", system_libraries.__name__], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == ""  # nothing to install for it, but it is said
    assert f"Qt mangler {ABSENT}" in result.stderr


@pytest.mark.slow
def test_the_app_says_in_danish_what_is_missing_instead_of_qts_abort(gap, tmp_path):
    db = tmp_path / "udvalg.sqlite"
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=":0")
    result = subprocess.run(
        [sys.executable, "-m", "drøftelse", "--db", str(db)], capture_output=True, text=True, env=env
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"droeftelse: vinduet kan ikke åbnes, fordi biblioteket {ABSENT} mangler. Kommandoerne i 'droeftelse "
        "--hjælp' virker uden vindue."
    ]
    assert not db.exists()  # nothing was started


@pytest.mark.slow
def test_no_screen_is_said_in_danish(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run([sys.executable, "-m", "drøftelse"], capture_output=True, text=True, env=env)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "droeftelse: vinduet kan ikke åbnes, fordi der ikke er nogen skærm (hverken DISPLAY eller WAYLAND_DISPLAY er "
        "sat). Kommandoerne i 'droeftelse --hjælp' virker uden vindue."
    ]


def test_the_platforms_qt_tries():
    from drøftelse.ui.system_libraries import window_platforms

    assert window_platforms({"QT_QPA_PLATFORM": "wayland-egl;xcb:dpi=96"}) == ["wayland", "xcb"]
    assert window_platforms({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}) == ["wayland", "xcb"]
    assert window_platforms({"DISPLAY": ":0"}) == ["xcb"]
    assert window_platforms({}) == []
