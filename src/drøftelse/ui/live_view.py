"""Every view is live (issue 27, point 2): the other chair's stored change is shown within two seconds, and what
is being typed here is never lost.

One timer per meeting view asks one small question every second – the meeting's version (and, on a page that
shows the AMO's members, which belong to no meeting, the members' version) – and only when it moved does the
page on screen read again what it shows (`StepPage.refresh`). A page not on screen reads everything when it is
entered. A field with focus or with typing not yet stored keeps its text, and the value it was shown stays its
`seen` value, so its next write is checked against the other chair's and asked about (ui/field_conflict.py); the
page is then `behind` and is looked at again at the next tick, until that field is left. While a question is
open nothing changes on screen. The answer boxes follow by themselves (ui/answer_fields.py), and the handleplan
table by its own poll (ui/handleplan_model.py)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from drøftelse.services import meetings as service
from drøftelse.ui import field_conflict
from drøftelse.ui.viewport import viewport_of

POLL_MS = 1000  # one small query a second: another chair's change is on screen within 2 s

log = logging.getLogger(__name__)


def _focus(widget: QWidget) -> QWidget | None:
    """The widget with the focus in `widget`'s window, also while another program's window is in front: coming
    back, the chair goes on typing there."""
    return widget.window().focusWidget()


def is_typing(widget: QWidget, autosaver=None) -> bool:
    """Whether the chair is at `widget`: it (or its editor inside, as a combo box's) has the focus, or it holds
    typing the autosaver has not stored yet."""
    focus = _focus(widget)
    if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
        return True
    return autosaver is not None and autosaver.is_pending(widget)


def typing_rows(view: QAbstractItemView) -> set[int]:
    """The rows of a table in which the chair is editing a cell (an open editor, or an always-open combo box
    with the focus)."""
    rows = set()
    if view.state() == QAbstractItemView.State.EditingState and view.currentIndex().isValid():
        rows.add(view.currentIndex().row())
    focus, viewport = _focus(view), viewport_of(view)
    if focus is not None and viewport.isAncestorOf(focus):
        editor = focus
        while editor.parentWidget() is not viewport:
            editor = editor.parentWidget()
        index = view.indexAt(editor.geometry().center())
        if index.isValid():
            rows.add(index.row())
    return rows


def refresh_table(view: QAbstractItemView, fresh) -> bool:
    """Show `fresh` (the records as stored) in the view's RecordTableModel in small steps, except the row being
    edited, which keeps what it shows; rows added, removed or moved elsewhere wait until the editing is done.
    Returns whether something was held back."""
    model, fresh = view.model(), list(fresh)
    busy = typing_rows(view)
    if not busy:
        model.sync(fresh)
        return False
    if [model.key(r) for r in model.rows] != [model.key(r) for r in fresh]:
        return True
    kept = [model.rows[i] if i in busy else record for i, record in enumerate(fresh)]
    model.sync(kept)
    return any(kept[i] != fresh[i] for i in busy)


class LiveMeeting(QObject):
    """The meeting view's one poll: the header, the points' order, a meeting closed elsewhere, and the page on
    screen follow what the other chair stored."""

    def __init__(self, view, version: int | None = None):
        """`version`: the meeting's version as the view was read (in its opening task); else read now."""
        super().__init__(view)
        self.view = view
        self.seen_version = version if version is not None else self._version()
        self._committee: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def _version(self) -> int | None:
        try:
            return service.meeting_version(self.view.db, self.view.meeting_id)
        except Exception:  # noqa: BLE001 - looking stays quiet; storing says what is wrong
            return None

    def _members_version(self):
        from drøftelse.services import annual  # noqa: PLC0415 - loaded with the meeting already

        try:
            if self._committee is None:
                self._committee = service.get_meeting(self.view.db, self.view.meeting_id).committee_id
            return annual.members_version(self.view.db, self._committee)
        except Exception:  # noqa: BLE001
            return None

    def poll(self) -> None:
        view = self.view
        if field_conflict.asking() or QApplication.activeModalWidget() is not None:
            return  # a question or a dialog is open: what it is about must not change under it
        if view.index < 0 or not view.isVisible() or getattr(view, "offline", False):
            return  # not on screen, or the server cannot be reached (the window says so)
        version = self._version()
        if version is None:
            return
        changed, self.seen_version = version != self.seen_version, version
        page = view.page
        members = None
        if page.watches_members:
            members = self._members_version()
            if members is None or members == page.members_seen:
                members = None
        behind = page.behind
        if not (changed or members is not None or behind):
            return
        try:
            if changed:
                view._show_header()
                view.apply_order()
                if view.closed_at is None:
                    view.show_closed()  # closed in the other window: locked here too
            page.behind = False
            if changed or behind:
                page.refresh()
            if members is not None:
                page.refresh_members()
        except Exception:  # noqa: BLE001 - a failed look is tried again at the next tick; storing reports
            log.exception("the page could not be read again")
            return
        if view.locked:
            view._lock(page)
        view.refresh_presentation()
