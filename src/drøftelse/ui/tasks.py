"""One door off the GUI thread: slow work (an export, an import) goes through `run_task` and nowhere else.

The work runs on a worker thread and never touches a widget; its result, its error (always a DroeftelseError with a
Danish message) or its cancellation comes back on the GUI thread through a queued signal, and the callbacks run there.
A shared database's server that could not be reached is said in the window's banner (ui/lost_server.py), not in
the task's own error dialog.
"""

from __future__ import annotations

import collections
import inspect
import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from drøftelse.domain.errors import DroeftelseError, ServerUnreachable
from drøftelse.ui.lost_server import connection_lost
from drøftelse.ui.translation import translate

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 400  # a task that ends sooner never shows its progress dialog


class Cancelled(DroeftelseError):
    """Raised by `CancelToken.check()` once the task has been cancelled; ends in `on_cancelled`, not `on_error`."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or translate("Cancelled", "Annulleret."))


class CancelToken:
    """Given to the work as `cancel=` when its function has a parameter named `cancel`; used on the worker thread."""

    def __init__(self, key: int, relay: _Relay) -> None:
        self._key, self._relay = key, relay
        self._event = threading.Event()
        self._latest = (0, 0)
        self._posted = False

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()

    def check(self) -> None:
        """Raise Cancelled if the task has been cancelled. Call it between steps, where stopping is safe."""
        if self._event.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int) -> None:
        """Show `done` of `total` in the progress dialog. Reports made faster than the GUI reads them are merged."""
        self._latest = (done, total)
        if not self._posted:  # the GUI thread clears the flag before it reads _latest, so the newest report is shown
            self._posted = True
            self._relay.progressed.emit(self._key)


class _Relay(QObject):
    """Lives in the GUI thread: workers emit its signals, the queued connections run its slots there."""

    ended = Signal(int, object, object)  # task key, result, error
    progressed = Signal(int)  # task key

    def __init__(self) -> None:
        super().__init__()
        self.ended.connect(self._on_ended, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._on_progressed, Qt.ConnectionType.QueuedConnection)

    @Slot(int, object, object)
    def _on_ended(self, key: int, result: Any, error: DroeftelseError | None) -> None:
        task = _running.pop(key, None)
        _retired_work.append(_work.pop(key, None))  # its run() is returning now; dropped some tasks later
        if task is not None:
            task._finish(result, error)

    @Slot(int)
    def _on_progressed(self, key: int) -> None:
        task = _running.get(key)
        if task is not None:
            task._show_progress()


# Running tasks by key, so none is garbage collected mid-run. The worker holds only the key: the last reference to a
# Task (and to its dialog) is always dropped on the GUI thread.
_running: dict[int, Task] = {}
_keys = itertools.count(1)
_the_relay: _Relay | None = None
# The runnables, kept by Python (see run_task): while queued or running, and for the last 64 ended ones
_work: dict[int, QRunnable] = {}
_retired_work: collections.deque = collections.deque(maxlen=64)


class Task:
    """What `run_task` returns: `done` turns True on the GUI thread just before the callback is called."""

    def __init__(
        self, token: CancelToken, callbacks: tuple, dialog: QProgressDialog | None, label: str | None = None
    ) -> None:
        self.done = False
        self.label = label  # what the work is, in Danish, when it said
        self.result: Any = None  # what the work returned, once done
        self.error: DroeftelseError | None = None  # or why it did not
        self.token = token
        self._on_done, self._on_error, self._on_cancelled = callbacks
        self._dialog = dialog
        self._updating = False  # inside the progress dialog's setValue()

    def cancel(self) -> None:
        """Ask the work to stop; it does at its next `token.check()`. Work that never checks runs to its end."""
        self.token.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Run the event loop until the task's callback has run, or `timeout_ms` has passed. True if it has run."""
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.start(timeout_ms)  # its timeout is an event too, so the waiting below ends then at the latest
        while not self.done and deadline.isActive():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return self.done

    def _show_progress(self) -> None:
        self.token._posted = False
        done, total = self.token._latest
        if self._updating or self._dialog is None or not isValid(self._dialog) or total <= 0:
            return
        # a window-modal QProgressDialog's setValue() runs the event loop itself: the work's end (or the next
        # progress) may be delivered inside it, and must wait until setValue() has returned (test_ui_hearing
        # crashed here now and then)
        self._updating = True
        try:
            self._dialog.setMaximum(total)
            self._dialog.setValue(max(0, min(done, total)))
        finally:
            self._updating = False

    def _finish(self, result: Any, error: DroeftelseError | None) -> None:
        if self._updating:  # delivered inside the dialog's setValue(): finish once it has returned
            QTimer.singleShot(0, lambda: self._finish(result, error))
            return
        self.done, self.result, self.error = True, result, error
        if self._dialog is not None and isValid(self._dialog):  # the parent window may be gone already
            self._dialog.reset()  # hides it and stops the timer that would show it
            self._dialog.deleteLater()
        self._dialog = None
        if error is None:
            if self._on_done:
                self._on_done(result)
        elif isinstance(error, Cancelled):
            if self._on_cancelled:
                self._on_cancelled()
        elif isinstance(error, ServerUnreachable) and _server_gone(error, self.label):
            return  # the window's banner says it, and lists the work as not done
        elif self._on_error:
            self._on_error(error)


def _server_gone(error: ServerUnreachable, label: str | None) -> bool:
    return connection_lost(error, label.rstrip(" ….") if label else None)


class _Work(QRunnable):
    def __init__(self, key: int, call: Callable[[], Any], name: str, relay: _Relay) -> None:
        super().__init__()
        self._key, self._call, self._name, self._relay = key, call, name, relay

    def run(self) -> None:  # on the worker thread: nothing here may touch a widget
        result = error = None
        try:
            result = self._call()
        except DroeftelseError as e:  # Cancelled included; the message is written for the user
            error = e
        except BaseException as e:  # anything else is a bug: logged with its traceback, shown without it
            log.exception("Task %s failed", self._name)
            error = DroeftelseError(translate("_Work", "Der skete en uventet fejl: {0}").format(e or type(e).__name__))
            error.__cause__ = e
        self._relay.ended.emit(self._key, result, error)


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[DroeftelseError], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    parent: QWidget | None = None,
    label: str | None = None,
    cancellable: bool = False,
    **kwargs: Any,
) -> Task:
    """Run `fn(*args, **kwargs)` on a worker thread; then, on the GUI thread, `on_done(result)`, `on_error(error)`
    or (after `Cancelled`) `on_cancelled()`. `fn` gets `cancel=<CancelToken>` if it has a parameter named `cancel`.

    With a `label`, a window-modal progress dialog appears once the task has run SHOW_AFTER_MS; with `cancellable`
    it has an "Annuller" button (and then `fn` must take `cancel`). Call it on the GUI thread only.
    """
    global _the_relay
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("run_task must be called on the GUI thread")
    takes_cancel = _has_cancel_parameter(fn)
    if cancellable and not takes_cancel:
        raise TypeError(f"{fn!r} cannot be cancelled: it has no parameter named `cancel`")
    if _the_relay is None:
        _the_relay = _Relay()
    key = next(_keys)
    token = CancelToken(key, _the_relay)
    dialog = _progress_dialog(label, token, cancellable, parent) if label else None
    if takes_cancel:
        kwargs["cancel"] = token
    task = _running[key] = Task(token, (on_done, on_error, on_cancelled), dialog, label)
    name = getattr(fn, "__qualname__", repr(fn))
    # QThreadPool, not threading.Thread: its threads are reused, and it never runs more tasks at once than cores.
    work = _Work(key, lambda: fn(*args, **kwargs), name, _the_relay)
    # The pool is not to delete a Python runnable on its own thread after run(): that destroys the wrapper where
    # no Python frame is (a full test run ended once in a segfault in such a thread). Python keeps it, and drops
    # it on the GUI thread some tasks after its run() has returned.
    work.setAutoDelete(False)
    _work[key] = work
    QThreadPool.globalInstance().start(work)
    return task


class _ProgressDialog(QProgressDialog):
    """Escape and the window's close button cancel the task, or do nothing while work that cannot be cancelled runs
    (a plain QProgressDialog would hide itself and free the window under it)."""

    cancellable = False

    def reject(self) -> None:
        if self.cancellable:
            super().reject()

    def closeEvent(self, event) -> None:
        if self.cancellable:
            super().closeEvent(event)
        else:
            event.ignore()


def _progress_dialog(label: str, token: CancelToken, cancellable: bool, parent: QWidget | None) -> QProgressDialog:
    dialog = _ProgressDialog(
        label, translate("tasks", "Annuller"), 0, 0, parent
    )  # range 0–0: a busy bar until the task reports
    dialog.cancellable = cancellable
    dialog.setWindowTitle(translate("tasks", "Et øjeblik"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoReset(False)  # stays up at 100 % until the task has really ended
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setValue(0)  # restarts the timer that shows it; without this it keeps Qt's default of 4 s
    if cancellable:
        dialog.canceled.connect(token.cancel)
    else:
        dialog.setCancelButton(None)
    return dialog


def _has_cancel_parameter(fn: Callable[..., Any]) -> bool:
    try:
        return "cancel" in inspect.signature(fn).parameters
    except (TypeError, ValueError):  # some built-ins have no signature; they take no token
        return False


def finish_all(timeout_ms: int = 10_000) -> bool:
    """On closing the app: cancel what is running and wait for it, so no worker outlives the window (a file being
    written is then removed, not left half). True if every task ended in time."""
    tasks = list(_running.values())
    for task in tasks:
        task.cancel()
    return all(task.wait(timeout_ms) for task in tasks)
