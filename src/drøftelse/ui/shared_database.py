"""Which shared database (PostgreSQL) the window opens when no --db is given: an address remembered in the
settings, never a password. Read at every start, before the window is built, so it loads nothing but QSettings:
the dialog that sets it (ui/server_dialog.py) and its widgets load when it is opened."""

from __future__ import annotations

from PySide6.QtCore import QSettings

SETTING = "database/faelles"  # the shared database's address (no password), used when no --db is given


def shared_database() -> str | None:
    value = QSettings().value(SETTING, "")
    return str(value) if value else None
