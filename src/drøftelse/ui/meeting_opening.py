"""What a meeting's view needs before it can show its first step, read on a worker thread (ui/tasks.py).

Opening a meeting used to read it, import SQLAlchemy and the wizard's pages, and build all nine pages on the GUI
thread: the window stood still ~0.4 s (~0.45 s at 1,000 handleplan rows). Now the window shows a placeholder at once,
this module reads the meeting in a task, and the view builds only the step it opens on (ui/meeting_view.py).
Nothing here touches a widget; the heavy modules are imported here, on the worker, not by the GUI thread (the view's
own modules by the task in ui/main_window.py, so this module never imports the view that imports it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from drøftelse.domain.errors import ServerUnreachable


@dataclass(frozen=True)
class Opening:
    """The meeting as stored when it was read, the order of its points, its version (what the live view compares
    with), and the rows of the handleplan when it opens on that step."""

    meeting: Any  # services.meetings.MeetingRecord
    order: list[str] | None
    version: int | None
    handleplan: list | None = None


@dataclass(frozen=True)
class NotReachable:
    """The shared database's server did not answer: passed back as a value, so the window can say it and go back."""

    error: ServerUnreachable


def page_module(kind: str):
    """The module of a step kind's page, imported now (on the worker for the step a meeting opens on). Written out,
    not built from the name: PyInstaller finds the pages for the desktop bundle by reading these imports."""
    if kind == "setup":
        from drøftelse.ui.pages import setup_page as module
    elif kind == "hearing":
        from drøftelse.ui.pages import hearing_page as module
    elif kind == "preparation":
        from drøftelse.ui.pages import preparation_page as module
    elif kind == "frame":
        from drøftelse.ui.pages import frame_page as module
    elif kind == "round":
        from drøftelse.ui.pages import round_page as module
    elif kind == "handleplan":
        from drøftelse.ui.pages import handleplan_page as module
    elif kind == "evaluation":
        from drøftelse.ui.pages import evaluation_page as module
    elif kind == "goals":
        from drøftelse.ui.pages import goals_page as module
    elif kind == "training":
        from drøftelse.ui.pages import training_page as module
    elif kind == "finish":
        from drøftelse.ui.pages import finish_page as module
    else:
        from drøftelse.ui.pages import boxes_page as module
    return module


def read_opening(db, meeting_id: int, start_kind=None) -> Opening | NotReachable:
    """On the worker: the meeting, its settings and version; `start_kind(meeting)` names the kind of the step it
    will open on, whose page module is imported here and whose rows are read here when it is the handleplan."""
    from drøftelse.services import meetings as service

    try:
        meeting = service.get_meeting(db, meeting_id)  # NotFound: a Danish message for the window
        order = service.meeting_settings(db, meeting_id).get("order")
        version = service.meeting_version(db, meeting_id)
        kind = start_kind(meeting) if start_kind is not None else None
        if kind is not None:
            page_module(kind)
        rows = service.action_items(db, meeting_id) if kind == "handleplan" else None
    except ServerUnreachable as e:
        return NotReachable(e)
    return Opening(meeting, order, version, rows)
