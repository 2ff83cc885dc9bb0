"""A shared database's server that cannot be reached, handed to the window that says so (issue 27, point 3).

Whatever meets the lost server first – a write, a poll, a task on a worker (ui/tasks.py) – calls `connection_lost`,
and the main window's ServerOutage (ui/server_outage.py) takes over: banner, lock, probing. Its own module, as the
outage's probes run through ui/tasks, which hands a task's lost server on through this one."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from drøftelse.domain.errors import ServerUnreachable


def connection_lost(error: ServerUnreachable, not_done: str | None = None) -> bool:
    """Hand a lost server to the windows on that database: banner, lock, probing. True when a window took it (then
    nothing else is to be said about it: no dialog)."""
    taken = False
    app = QApplication.instance()
    if app is None:
        return False
    for widget in QApplication.topLevelWidgets():
        outage = getattr(widget, "outage", None)  # a main window's ServerOutage
        if outage is not None and outage.is_for(error):
            outage.begin(error, not_done)
            taken = True
    return taken
