"""run_task, the one door off the GUI thread: the work runs on a worker thread and its outcome comes back on the
GUI thread; errors arrive in Danish; cancelling, progress and the progress dialog; a file written whole or not at
all; and the window keeps turning while a handleplan of 2,000 rows is made."""

import datetime as dt
import gc
import threading
import time

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from drøftelse.documents.atomic import write_beside
from drøftelse.documents.handleplan_pdf import write_handleplan_pdf
from drøftelse.domain.actions import COLUMNS
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.snapshots import ActionRow, Approval, HandleplanSnapshot, Signer
from drøftelse.ui import tasks
from drøftelse.ui.tasks import run_task


def on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


class Seen:
    """Every callback that ran, with whether it ran on the GUI thread."""

    def __init__(self):
        self.calls = []
        self.callbacks = dict(
            on_done=lambda result: self.calls.append(("done", result, on_gui_thread())),
            on_error=lambda error: self.calls.append(("error", error, on_gui_thread())),
            on_cancelled=lambda: self.calls.append(("cancelled", None, on_gui_thread())),
        )


def until_cancelled(cancel):
    """Work that stops only when asked (or after ten seconds, so a broken test cannot hang)."""
    for _ in range(2000):
        cancel.check()
        time.sleep(0.005)
    return "fandt aldrig et stop"


def write_in_chunks(target, cancel, chunks=400):
    def write(partial):
        with partial.open("wb") as f:
            for _ in range(chunks):
                cancel.check()
                f.write(b"x" * 1000)
                f.flush()
                time.sleep(0.005)

    return write_beside(target, write)


def progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


@pytest.fixture
def window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qapp):
    worked_on = []

    def add(a, b=0):
        worked_on.append(threading.get_ident())
        return a + b

    seen = Seen()
    task = run_task(add, 2, b=3, **seen.callbacks)
    assert not task.done
    assert task.wait()
    assert seen.calls == [("done", 5, True)]
    assert worked_on and worked_on[0] != threading.get_ident()
    assert task.done and task not in tasks._running.values()


def test_a_task_nobody_holds_on_to_still_calls_back(qtbot):
    seen = Seen()
    run_task(lambda: time.sleep(0.05) or "færdig", **seen.callbacks)
    gc.collect()
    qtbot.waitUntil(lambda: seen.calls == [("done", "færdig", True)])


def test_a_droeftelse_error_arrives_as_it_is_and_is_not_logged(qtbot, caplog):
    error = DroeftelseError("Filen kunne ikke gemmes: disken er fuld.")

    def fail():
        raise error

    seen = Seen()
    with qtbot.captureExceptions() as raised_into_qt:
        assert run_task(fail, **seen.callbacks).wait()
    assert seen.calls == [("error", error, True)] and seen.calls[0][1] is error
    assert raised_into_qt == [] and [r for r in caplog.records if r.name == tasks.__name__] == []


def test_any_other_error_is_logged_and_arrives_as_a_danish_droeftelse_error(qtbot, caplog):
    def fail():
        raise ValueError("intern detalje")

    seen = Seen()
    with qtbot.captureExceptions() as raised_into_qt:
        assert run_task(fail, **seen.callbacks).wait()
    ((kind, error, on_gui),) = seen.calls
    assert (kind, type(error), on_gui) == ("error", DroeftelseError, True)
    assert error.message == "Der skete en uventet fejl: intern detalje"
    assert raised_into_qt == []
    (record,) = [r for r in caplog.records if r.name == tasks.__name__]
    assert record.exc_info[0] is ValueError


def test_cancel_calls_on_cancelled_and_not_on_error(qtbot):
    seen = Seen()
    task = run_task(until_cancelled, cancellable=True, **seen.callbacks)
    qtbot.wait(50)
    assert not task.done
    task.cancel()
    assert task.wait()
    assert seen.calls == [("cancelled", None, True)]
    assert task.token.cancelled


def test_cancellable_work_must_take_the_token():
    with pytest.raises(TypeError):
        run_task(lambda: None, cancellable=True)


def test_a_cancelled_write_leaves_neither_the_file_nor_the_partial_one(qtbot, tmp_path):
    target = tmp_path / "handleplan.pdf"
    partial = tmp_path / "handleplan.pdf.delvis"
    seen = Seen()
    task = run_task(write_in_chunks, target, cancellable=True, **seen.callbacks)
    qtbot.waitUntil(lambda: partial.exists() and partial.stat().st_size >= 5000)
    task.cancel()
    assert task.wait()
    assert seen.calls == [("cancelled", None, True)]
    assert list(tmp_path.iterdir()) == []


def test_a_write_that_is_not_cancelled_leaves_the_whole_file(qtbot, tmp_path):
    target = tmp_path / "handleplan.pdf"
    seen = Seen()
    assert run_task(write_in_chunks, target, chunks=20, **seen.callbacks).wait()
    assert seen.calls == [("done", target, True)]
    assert target.read_bytes() == b"x" * 20_000
    assert list(tmp_path.iterdir()) == [target]


def test_a_failed_write_leaves_the_old_file_as_it_was(tmp_path):
    target = tmp_path / "referat.pdf"
    target.write_bytes(b"den gamle")

    def write(partial):
        partial.write_bytes(b"halv")
        raise OSError("disken er fuld")

    with pytest.raises(OSError):
        write_beside(target, write)
    assert list(tmp_path.iterdir()) == [target] and target.read_bytes() == b"den gamle"


def handleplan(rows: int) -> HandleplanSnapshot:
    return HandleplanSnapshot(
        committee="Arbejdsmiljøudvalget, Fjordens Lager & Logistik A/S",
        meeting_title="Arbejdsmiljødrøftelse 2026",
        meeting_kind_name="Arbejdsmiljødrøftelse",
        meeting_date=dt.date(2026, 11, 20),
        place="Mødelokale 2",
        rows=tuple(ActionRow(position=n, **{k: f"{k}-{n} tekst" for k, _ in COLUMNS}) for n in range(1, rows + 1)),
        approval=Approval(
            "arbejdsmiljøudvalget", (Signer("Leder", "Mette Kjær Andersen"), Signer("AMR", "Łukasz Wiśniewski"))
        ),
        rules_reference="AT-vejledning 1.3.1 om systematisk arbejdsmiljøarbejde",
        rules_checked=dt.date(2026, 11, 22),
    )


def test_the_event_loop_keeps_turning_while_a_pdf_of_2000_rows_is_made(qapp, tmp_path):
    snapshot, target = handleplan(2000), tmp_path / "handleplan.pdf"
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    seen = Seen()
    started = time.perf_counter()
    task = run_task(write_handleplan_pdf, snapshot, target, **seen.callbacks)
    assert task.wait(120_000)
    elapsed = time.perf_counter() - started
    timer.stop()
    assert seen.calls == [("done", target, True)] and target.read_bytes().startswith(b"%PDF")
    gaps = [b - a for a, b in zip([started, *ticks], ticks, strict=False)]
    rate = len(ticks) / elapsed
    print(f"\n2,000-row PDF: {elapsed:.2f} s, {len(ticks)} ticks = {rate:.0f}/s, longest gap {max(gaps) * 1000:.0f} ms")
    assert rate >= 20


def test_a_slow_task_shows_a_progress_dialog_whose_annuller_cancels_it(qtbot, window):
    seen = Seen()
    task = run_task(until_cancelled, label="Gemmer handleplanen …", cancellable=True, parent=window, **seen.callbacks)
    assert progress_dialogs() == []  # not at once: only a task that takes a while shows one
    qtbot.waitUntil(lambda: len(progress_dialogs()) == 1, timeout=2000)  # SHOW_AFTER_MS, not Qt's default of 4 s
    (dialog,) = progress_dialogs()
    assert dialog.labelText() == "Gemmer handleplanen …" and dialog.parent() is window
    assert dialog.isModal() and (dialog.minimum(), dialog.maximum()) == (0, 0)  # busy: the work reports nothing
    assert QApplication.activeModalWidget() is dialog
    (button,) = dialog.findChildren(QPushButton)
    assert button.text() == "Annuller"
    button.click()
    assert task.wait()
    assert seen.calls == [("cancelled", None, True)]
    qtbot.waitUntil(lambda: progress_dialogs() == [])


def test_reported_progress_fills_the_bar_and_work_that_cannot_be_cancelled_has_no_button(qtbot, window):
    release = threading.Event()

    def read_sheets(cancel):
        for n in range(1, 31):
            cancel.progress(n, 40)
        release.wait(10)
        return 30

    seen = Seen()
    task = run_task(read_sheets, label="Læser arkene …", parent=window, **seen.callbacks)
    qtbot.waitUntil(lambda: len(progress_dialogs()) == 1 and progress_dialogs()[0].value() == 30, timeout=2000)
    (dialog,) = progress_dialogs()
    assert dialog.maximum() == 40 and dialog.findChildren(QPushButton) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and not task.done  # work that cannot be cancelled keeps its dialog until it ends
    release.set()
    assert task.wait()
    assert seen.calls == [("done", 30, True)]
    qtbot.waitUntil(lambda: progress_dialogs() == [])


def test_a_quick_task_never_shows_its_dialog(qtbot, window):
    assert run_task(lambda: "hurtig", label="Gemmer …", parent=window).wait()
    qtbot.wait(tasks.SHOW_AFTER_MS + 200)
    assert progress_dialogs() == []
