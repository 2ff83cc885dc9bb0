"""Where the user's data lives (platformdirs) and where the shipped resources are.

Resources and migrations are found in three places: inside the installed wheel (next to this module),
in the source tree (two levels up from `src/drøftelse`), or in a PyInstaller bundle (`sys._MEIPASS`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "Droeftelse"  # ASCII on disk: some sync tools and old Windows shares mangle "ø"
DB_FILE_NAME = "droeftelse.sqlite"

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(name: str) -> Path:
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / name)
    candidates += [_PACKAGE / name, _PACKAGE.parent.parent / name]
    for c in candidates:
        if c.is_dir():
            return c
    raise FileNotFoundError(f"{name}/ findes ikke ved siden af programmet (ledte i {', '.join(map(str, candidates))})")


def resources_dir() -> Path:
    return _first_existing("resources")


def migrations_dir() -> Path:
    return _first_existing("migrations")


def templates_dir() -> Path:
    return resources_dir() / "templates"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def default_database() -> Path:
    return data_dir() / DB_FILE_NAME


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database they protect, so a database on a USB stick keeps its own."""
    return db_path.parent / "sikkerhedskopier"


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file, the same through every hard link; None when it does not exist (yet) or the
    file system has no inode numbers. The database (store/database.py), its upgrade (store/upgrade.py) and the
    window's one-window-per-file lock (ui/single_instance.py) each tell by it that the file was replaced."""
    try:
        facts = os.stat(path)
    except (OSError, ValueError):
        return None
    return (facts.st_dev, facts.st_ino) if facts.st_ino else None
