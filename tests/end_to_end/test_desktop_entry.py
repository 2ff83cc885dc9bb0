"""The menu entry and the file types the .deb installs (packaging/linux, scripts/make_deb.sh): a desktop that reads
them takes a meeting file the app wrote, under any name, and a sheet the app named, to Drøftelse, and leaves other
JSON files and the PDFs it exports (referat, handleplan) to their usual programs. Qt's own MIME database answers,
which follows the freedesktop rules the file managers follow. The .deb itself is installed in a clean Debian 12
by scripts/check_deb.sh (make bundle), not here."""

import configparser
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from conftest import REPO, run_cli

LINUX = REPO / "packaging" / "linux"
MEETING, SHEET = "application/x-droeftelse-meeting", "application/x-droeftelse-sheet"
ASK_QT = """
import sys
from PySide6.QtCore import QMimeDatabase
db = QMimeDatabase()
for path in sys.argv[1:]:
    print(db.mimeTypeForFile(path).name())
"""


def test_the_menu_entry_opens_files_with_the_app_and_has_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / "droeftelse.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "droeftelse %f"  # %f: one local file, what `droeftelse FIL` opens
    assert desktop["Icon"] == "droeftelse"
    assert (REPO / "resources" / "icons" / "droeftelse-256.png").is_file()
    declared = {t.get("type") for t in ET.parse(LINUX / "droeftelse-mime.xml").getroot()}
    assert set(filter(None, desktop["MimeType"].split(";"))) == declared
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(LINUX / "droeftelse.desktop")], check=True)


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="shared-mime-info is not installed")
def test_a_desktop_tells_the_app_s_files_from_others(db, db_path, templates, tmp_path):
    from drøftelse.services.exports import write_sheets
    from drøftelse.store.demo import create_demo_meeting

    data = tmp_path / "data"
    (data / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX / "droeftelse-mime.xml", data / "mime" / "packages" / "droeftelse.xml")
    subprocess.run(["update-mime-database", str(data / "mime")], check=True, capture_output=True)

    meeting = create_demo_meeting(db, templates)
    files = tmp_path / "filer"
    files.mkdir()
    proposed = files / "Kompetencedrøftelse 2026.droeftelse.json"  # the name "Gem mødefil" proposes
    renamed = files / "Møde.json"  # saved under another name: its first line still says what it is
    for path in (proposed, renamed):
        assert run_cli("--db", str(db_path), "export", str(meeting), "--json", str(path)).returncode == 0
    sheet = next(p for p in write_sheets(db, templates, meeting, files / "ark") if "Mette" in p.name)
    other_json = files / "indstillinger.json"
    other_json.write_text(json.dumps({"format": "noget andet"}), encoding="utf-8")
    referat = files / "Referat – Kompetencedrøftelse 2026.pdf"
    referat.write_bytes(b"%PDF-1.7\n")
    env = dict(os.environ, XDG_DATA_HOME=str(data), XDG_DATA_DIRS=f"{data}:/usr/share")
    paths = [proposed, sheet, other_json, referat, renamed]
    said = subprocess.run(
        [sys.executable, "-c", ASK_QT, *map(str, paths)], capture_output=True, text=True, env=env, check=True
    ).stdout.split()
    # Qt (KDE's file managers) goes by the name when one glob matches, so a renamed meeting file is plain JSON there
    assert said == [MEETING, SHEET, "application/json", "application/pdf", "application/json"], said
    # GLib (GNOME's, Xfce's, Cinnamon's file managers) also reads a meeting file's first line; it lets "*.pdf"
    # outrank the sheets' globs, so there a sheet opens in the PDF reader (README says so)
    if shutil.which("gio"):
        seen = [
            subprocess.run(
                ["gio", "info", "-a", "standard::content-type", str(p)], capture_output=True, text=True, env=env
            ).stdout.split()[-1]
            for p in paths
        ]
        assert seen == [MEETING, "application/pdf", "application/json", "application/pdf", MEETING], seen


def test_the_windows_and_macos_workflow_names_files_that_exist():
    """.github/workflows/desktop.yml runs only on GitHub's runners: at least the tests and scripts it names are here."""
    import re

    workflow = (REPO / ".github" / "workflows" / "desktop.yml").read_text(encoding="utf-8")
    named = set(re.findall(r"(?:tests|scripts)/[\w/]+\.py", workflow)) | {"build.spec"}
    assert "tests/documents/test_spawn_workers.py" in named and "scripts/smoke_bundle.py" in named
    assert not [name for name in named if not (REPO / name).is_file()]
    assert set(re.findall(r"os: \[(.*)\]", workflow)[0].replace(" ", "").split(",")) == {
        "windows-latest",
        "macos-latest",
    }
