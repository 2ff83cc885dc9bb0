"""The window keeps turning while slow work runs: a QTimer must tick at least 20 times a second during a
2,000-row handleplan PDF started from the meeting list and during an import of 30 returned sheets started from
the Forberedelse step, both through the buttons' own code paths (ui.tasks underneath). The longest gap between
ticks is printed; benchmarks/gui_responsiveness.py records it against an idle loop."""

import datetime as dt
import time

import pytest
from conftest import finished, when_dialog, window_at_step
from pypdf import PdfReader
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QPushButton
from test_sheets import TEXTS, fill

from drøftelse.services import meetings as service
from drøftelse.services.exports import write_sheets
from drøftelse.ui.app import open_main_window


class Ticks:
    """A 10 ms timer on the GUI thread: how often it really ran and the longest wait between two runs."""

    def __init__(self):
        self.clock = QElapsedTimer()
        self.times: list[int] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.times.append(self.clock.elapsed()))

    def __enter__(self):
        self.clock.start()
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.stop()
        self.seconds = self.clock.elapsed() / 1000

    @property
    def per_second(self) -> float:
        return len(self.times) / self.seconds

    @property
    def longest_gap_ms(self) -> int:
        return max(b - a for a, b in zip(self.times, self.times[1:], strict=False))


def committee_with_rows(db, templates, rows: int) -> int:
    cid = service.create_committee(db, "Arbejdsmiljøudvalget, Fjordens Lager & Logistik A/S")
    made = service.create_meeting(
        db, cid, templates.get("kompetencedroeftelse"), "Stor handleplan", dt.date(2026, 11, 20)
    )
    with db.transaction():
        for n in range(rows):
            fields = service.ActionFields(
                hvad=f"Række {n}: støj i pakkeriet & <kemi> – Łódź",
                hvorfor="Mange klager over støj ved pakkebåndene, især om eftermiddagen",
                hvordan="Måling, dæmpning og opfølgning med leverandøren",
                hvornaar="3. kvartal 2027",
                hvem="Mette & Łukasz",
                opfoelgning="Ved årlig drøftelse",
            )
            service.add_action_item(db, made.id, fields)
    return made.id


@pytest.fixture
def big_handleplan(danish_app, qtbot, db, db_path, templates):
    """The main window on a committee whose meeting has 2,000 handleplan rows: (window, meeting id)."""
    meeting = committee_with_rows(db, templates, 2000)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    return window, meeting


@pytest.mark.slow
@pytest.mark.heavy  # the slow group (make test-slow): alone, as it times the event loop
def test_the_window_turns_while_a_2000_row_handleplan_is_written(big_handleplan, tmp_path):
    window, meeting = big_handleplan
    with Ticks() as ticks:
        pdf = finished(window.list_page.export_handleplan(tmp_path / "handleplan.pdf", meeting_id=meeting))
    print(
        f"2,000-row PDF: {ticks.seconds:.2f} s, {ticks.per_second:.0f} ticks/s, longest gap {ticks.longest_gap_ms} ms"
    )
    assert ticks.seconds > 0.5  # real work was done while the timer ran
    assert ticks.per_second >= 20
    assert len(PdfReader(pdf).pages) > 50


@pytest.mark.slow
@pytest.mark.heavy  # the slow group (make test-slow): alone, as it times the event loop
def test_the_window_turns_while_30_returned_sheets_are_read(danish_app, qtbot, db, db_path, templates, tmp_path):
    cid = service.create_committee(db, "AMO")
    meeting = service.create_meeting(db, cid, templates.get("kompetencedroeftelse"), "Møde", dt.date(2026, 11, 20)).id
    for n in range(30):
        service.add_participant(db, meeting, f"Deltager {n} Wiśniewska", "Medarbejder")
    sheets = [p for p in write_sheets(db, templates, meeting, tmp_path / "ud") if "Deltager" in p.name]
    returned = [fill(p, TEXTS, tmp_path / f"retur-{n}.pdf") for n, p in enumerate(sheets)]
    _, page = window_at_step(qtbot, db_path, meeting, "forberedelse")
    when_dialog(lambda dialog: dialog.accept())  # the preview: import what it shows
    with Ticks() as ticks:
        started = time.monotonic()
        with qtbot.waitSignal(page.sheets_imported, timeout=240_000) as imported:
            page.import_files(returned)
    print(
        f"30 sheets: {time.monotonic() - started:.2f} s, {ticks.per_second:.0f} ticks/s, "
        f"longest gap {ticks.longest_gap_ms} ms"
    )
    assert imported.args == [30 * 2]  # two of the three boxes have text on every sheet
    assert ticks.per_second >= 20


@pytest.mark.slow
@pytest.mark.heavy  # the slow group (make test-slow): alone, as it times the event loop
def test_annuller_during_a_long_export_leaves_no_file(big_handleplan, qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication, QProgressDialog

    window, meeting = big_handleplan
    out = tmp_path / "ud"
    out.mkdir()
    task = window.list_page.export_handleplan(out / "handleplan.pdf", meeting_id=meeting)

    def progress():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        return shown[0] if shown else None

    qtbot.waitUntil(lambda: progress() is not None, timeout=10_000)
    assert progress().labelText() == "Gemmer handleplanen …"
    qtbot.mouseClick(progress().findChild(QPushButton), Qt.MouseButton.LeftButton)  # Annuller
    assert task.wait(60_000)
    assert task.error is not None and task.error.message == "Annulleret."
    assert list(out.iterdir()) == []  # neither the PDF nor a half-written ".delvis" file
    assert "annulleret" in window.list_page.notice.message()
