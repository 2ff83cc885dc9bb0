"""The tables are Qt models that change one piece at a time: Qt's own model tester watches them while they are
edited, and counted signals show that an edit is `dataChanged` for one row (no reset), a new row `rowsInserted`,
a deleted one `rowsRemoved`. Long cells show their start; the tooltip and the editor get the whole text."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester, QSignalSpy
from PySide6.QtWidgets import QComboBox, QPlainTextEdit
from test_ui_annual import last_year

from drøftelse.domain.aarshjul import Event
from drøftelse.services import annual
from drøftelse.services import meetings as service
from drøftelse.services.listing import MeetingLine
from drøftelse.ui.app import open_main_window
from drøftelse.ui.handleplan_model import FIELDS, HandleplanModel
from drøftelse.ui.list_models import MeetingListModel, YearModel
from drøftelse.ui.page_models import EvaluationModel, MemberModel, ParticipantModel, PlanModel
from drøftelse.ui.table_models import DISPLAY_CHARS, TOOLTIP_CHARS, cut

ROLE = Qt.ItemDataRole
SIGNALS = ("dataChanged", "rowsInserted", "rowsRemoved", "rowsMoved", "modelReset", "layoutChanged")


class Watch:
    """Qt's model tester on the model for the test's length, and a QSignalSpy on each signal that changes it."""

    def __init__(self, model, qtlog):
        self.model, self.qtlog = model, qtlog
        self.tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
        self.spies = {}
        self.reset()

    def reset(self) -> None:
        self.spies = {name: QSignalSpy(getattr(self.model, name)) for name in SIGNALS}

    def counts(self) -> dict[str, int]:
        return {name: spy.count() for name, spy in self.spies.items() if spy.count()}

    def changed_rows(self) -> list[tuple[int, int]]:
        spy = self.spies["dataChanged"]
        return [(spy.at(i)[0].row(), spy.at(i)[1].row()) for i in range(spy.count())]

    def failures(self) -> list[str]:
        return [r.message for r in self.qtlog.records if "FAIL!" in r.message]


@pytest.fixture
def meeting(db, templates):
    committee = service.create_committee(db, "AMO")
    template = templates.get("kompetencedroeftelse")
    made = service.create_meeting(db, committee, template, "Møde", dt.date(2026, 11, 20))
    for name, role in (("Mette Kjær", "Leder"), ("Łukasz Wiśniewski", "AMR"), ("Søren Ø", "TR")):
        service.add_participant(db, made.id, name, role)
    return made.id


def test_cut_keeps_short_text_and_shows_the_start_of_long_text():
    assert cut("Kemi & trucks") == "Kemi & trucks"
    long = "Støj i pakkeriet. " * 20_000
    shown = cut(long)
    assert len(shown) <= DISPLAY_CHARS + 1 and shown.endswith("…") and long.startswith(shown[:-1])
    lines = "\n".join(f"linje {n}" for n in range(40))
    assert cut(lines) == "\n".join(f"linje {n}" for n in range(6)) + "…"


def test_participants_an_edit_is_one_row_a_new_one_inserted(danish_app, db, meeting, qtlog):
    model = ParticipantModel(db, meeting)
    watch = Watch(model, qtlog)
    model.load()
    assert watch.counts() == {"modelReset": 1} and model.rowCount() == 3
    watch.reset()

    assert model.setData(model.index(1, 0), "Łukasz W. <AMR> & co")
    assert model.setData(model.index(2, 2), Qt.CheckState.Checked.value, ROLE.CheckStateRole)  # as the view sends it
    assert not model.setData(model.index(2, 2), Qt.CheckState.Checked, ROLE.CheckStateRole)  # unchanged: nothing
    assert watch.counts() == {"dataChanged": 2} and watch.changed_rows() == [(1, 1), (2, 2)]
    people = service.participants(db, meeting)
    assert people[1].name == "Łukasz W. <AMR> & co" and people[2].formandskab
    assert model.index(2, 2).data() == "ja" and model.index(2, 2).data(ROLE.CheckStateRole) == Qt.CheckState.Checked

    watch.reset()
    model.add("Jūratė Petrauskienė", "AMR")
    assert watch.counts() == {"rowsInserted": 1} and watch.spies["rowsInserted"].at(0)[1:] == [3, 3]
    watch.reset()
    model.move(3, 0)
    assert watch.counts() == {"rowsMoved": 1}
    assert [p.name for p in service.participants(db, meeting)][0] == "Jūratė Petrauskienė"
    watch.reset()
    model.remove(0)
    assert watch.counts()["rowsRemoved"] == 1 and "modelReset" not in watch.counts()
    assert [model.record(r).name for r in range(model.rowCount())] == [
        p.name for p in service.participants(db, meeting)
    ]
    assert watch.failures() == []


def test_the_setup_table_ticks_by_keyboard_and_keeps_its_role_boxes(danish_app, qtbot, db, db_path, meeting):
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(meeting)
    setup = window.view.page
    model, table = setup.table.model(), setup.table
    assert table.accessibleName() == "Deltagere"
    present = model.index(0, 4)
    table.setCurrentIndex(present)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # Space unticks "Til stede"
    assert not service.participants(db, meeting)[0].present and present.data() == "nej"
    role = table.indexWidget(model.index(1, 1))
    assert isinstance(role, QComboBox) and role.accessibleName() == "Rolle for Łukasz Wiśniewski"
    role.setCurrentText("Arbejdsmiljøleder")
    assert service.participants(db, meeting)[1].role == "Arbejdsmiljøleder"
    setup.add_participant("Ove Ŷ", "Gæst")  # the new row gets its role box too
    assert table.indexWidget(model.index(3, 1)).currentText() == "Gæst"


def test_handleplan_an_edit_is_one_row_and_long_cells_show_their_start(
    danish_app, ended_at_test_end, db, meeting, qtlog
):
    model = ended_at_test_end(HandleplanModel(db, meeting, dt.date(2026, 11, 20)))
    watch = Watch(model, qtlog)
    long = "Kemisk risikovurdering med sagkyndig bistand; " * 2100  # about 100,000 characters (the limit)
    tip = "Støj under 80 dB(A). " * 100  # 2,100 characters: a tooltip says it whole
    model.add_row(service.ActionFields(hvad=long, hvorfor=tip, hvornaar="3. kvartal"))
    model.add_row(service.ActionFields(hvad="Kort"))
    assert watch.counts() == {"rowsInserted": 2}
    hvad, hvorfor = model.index(0, FIELDS.index("hvad")), model.index(0, FIELDS.index("hvorfor"))
    assert len(hvad.data()) <= DISPLAY_CHARS + 1 and hvad.data().endswith("…")
    assert hvad.data(ROLE.EditRole) == long  # the editor gets the whole text
    assert len(hvad.data(ROLE.ToolTipRole)) <= TOOLTIP_CHARS + 1 and long.startswith(hvad.data(ROLE.ToolTipRole)[:-1])
    assert hvorfor.data(ROLE.ToolTipRole) == tip and hvorfor.data() != tip
    editor = QPlainTextEdit()
    from drøftelse.ui.pages.handleplan_page import MultiLineDelegate

    MultiLineDelegate().setEditorData(editor, hvad)
    assert editor.toPlainText() == long

    watch.reset()
    assert model.setData(model.index(1, FIELDS.index("hvem")), "AMR & leder")
    assert watch.counts() == {"dataChanged": 1} and watch.changed_rows() == [(1, 1)]
    assert watch.failures() == []


def test_evaluation_plan_and_member_edits_are_one_row(danish_app, db, templates, qtlog):
    cid, mid, _row = last_year(db, templates)
    evaluation = EvaluationModel(db, mid)
    watch = Watch(evaluation, qtlog)
    evaluation.load()
    watch.reset()
    assert evaluation.setData(evaluation.index(1, EvaluationModel.COL_VERDICT), "naaet")
    assert evaluation.setData(evaluation.index(1, EvaluationModel.COL_COMMENT), "Leveret i februar")
    assert watch.counts() == {"dataChanged": 2} and watch.changed_rows() == [(1, 1), (1, 1)]
    assert evaluation.index(1, 1).data().endswith("Status nu: gennemført") and evaluation.judged == 1
    watch.reset()
    annual.add_goal(db, mid, "Færre tunge løft på rampe 3", kind=annual.LAST_YEAR)
    evaluation.load()  # the typed goal comes in as one row
    assert watch.counts() == {"rowsInserted": 1}
    assert watch.failures() == []

    said = []
    plan = PlanModel(db, mid, said.append)
    watch = Watch(plan, qtlog)
    plan.load()
    watch.reset()
    row = plan.add()
    assert watch.counts() == {"rowsInserted": 1}
    watch.reset()
    assert plan.setData(plan.index(row, 3), "1,5")
    assert not plan.setData(plan.index(row, 3), "tre") and "ikke et antal dage" in said[0]
    assert watch.counts() == {"dataChanged": 1} and annual.plan_items(db, mid)[row].days == 1.5
    watch.reset()
    plan.remove(row)
    assert watch.counts() == {"rowsRemoved": 1}
    assert watch.failures() == []

    members = MemberModel()
    watch = Watch(members, qtlog)
    member = annual.add_member(db, cid, "Jūratė Petrauskienė", "AMR", dt.date(2026, 5, 1))
    members.sync(annual.members(db, cid, dt.date(2026, 11, 20)))
    status = members.index(0, MemberModel.COL_STATUS)
    assert status.data() == "⚠ Obligatorisk uddannelse overskredet: skulle være taget senest 1.8.2026"
    assert QColor(status.data(ROLE.ForegroundRole)) == QColor("#8a1c1c") and status.data(ROLE.FontRole).bold()
    watch.reset()
    annual.set_mandatory_course(db, member, dt.date(2026, 9, 1))
    members.sync(annual.members(db, cid, dt.date(2026, 11, 20)))
    assert watch.counts() == {"dataChanged": 1} and status.data(ROLE.FontRole) is None
    assert watch.failures() == []


def test_the_lists_refresh_by_rows_and_mark_overdue_in_dark_red_bold(danish_app, qtlog):
    day = dt.date(2026, 11, 20)
    events = [Event(day, "Handleplan: Løftevogne", "handleplan", overdue=True), Event(day, "APV", "APV")]
    year = YearModel()
    watch = Watch(year, qtlog)
    year.sync(events)
    first = year.index(0, 1)
    assert first.data() == "⚠ Overskredet: Handleplan: Løftevogne"
    assert QColor(first.data(ROLE.ForegroundRole)) == QColor("#8a1c1c") and first.data(ROLE.FontRole).bold()
    assert year.index(1, 1).data(ROLE.ForegroundRole) is None and year.index(1, 1).data(ROLE.FontRole) is None
    watch.reset()
    year.sync(events)  # the same årshjul again: nothing reaches the view
    assert watch.counts() == {}
    year.sync([events[0], Event(day, "APV: fuld revision", "APV")])
    assert watch.counts() == {"rowsRemoved": 1, "rowsInserted": 1}

    line = MeetingLine(1, 1, "kompetencedroeftelse", "Møde", day, "opsaetning", "2026-11-20T10:00:00", False)
    meetings = MeetingListModel(lambda kind, step: ("Kompetencedrøftelse", "Opsætning"))
    watch = Watch(meetings, qtlog)
    meetings.sync([line])
    watch.reset()
    closed = MeetingLine(2, 1, "kompetencedroeftelse", "Gammelt", day, "afslut", "2026-11-20T10:00:00", True)
    meetings.sync([line, closed])
    assert watch.counts() == {"rowsInserted": 1}
    assert meetings.index(1, 3).data() == "Afsluttet"
    assert QColor(meetings.index(1, 0).data(ROLE.ForegroundRole)) == QColor(Qt.GlobalColor.darkGray)
    watch.reset()
    meetings.sync([closed])
    assert watch.counts() == {"rowsRemoved": 1}
    assert watch.failures() == []
