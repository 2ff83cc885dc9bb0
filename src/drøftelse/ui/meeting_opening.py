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
from drøftelse.ui.page_classes import page_class


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


def read_opening(db, meeting_id: int, start_step=None) -> Opening | NotReachable:
    """On the worker: the meeting, its settings and version, with plain reads (store/meeting_reads.py);
    `start_step(meeting)` gives (its template, the step it will open on): that step's page module is imported here,
    the handleplan's rows read here when it opens on them, and the ORM loaded here when the page needs it to open
    (StepPage.needs_the_orm), so the GUI thread never waits for SQLAlchemy's import."""
    from drøftelse.services import meetings as service
    from drøftelse.services.database import load_for_writing

    try:
        # the version first: a change stored while the rest is read is then newer than it, and the live view
        # (ui/live_view.py) shows it at its next look instead of taking it as seen
        version = service.meeting_version(db, meeting_id)  # NotFound: a Danish message for the window
        meeting = service.get_meeting(db, meeting_id)
        order = meeting.settings_dict().get("order")  # from the row just read, not read again
        template, step = start_step(meeting) if start_step is not None else (None, None)
        moves = step is not None and step.key != meeting.current_step  # the view stores where it stands (ORM)
        if moves or (step is not None and page_class(step.kind).needs_the_orm(step, template)):
            load_for_writing(db)
        rows = service.action_items(db, meeting_id) if step is not None and step.kind == "handleplan" else None
    except ServerUnreachable as e:
        return NotReachable(e)
    return Opening(meeting, order, version, rows)
