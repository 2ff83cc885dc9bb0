"""The Uddannelse step and issue 29's training rules: the tiltrædelse confirmed in the member dialog, offers of
supplementary training registered and answered, two years pooled by a written agreement (never the first)."""

from __future__ import annotations

import datetime as dt

from conftest import dump, rows, when_dialog, window_at_step
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from drøftelse.services import annual
from drøftelse.services import meetings as service
from drøftelse.store.database import open_database
from drøftelse.ui.page_models import MemberModel


def demo_with_assumed_member(db_path, templates) -> tuple[int, int]:
    """The annual demo, and a member added without a tiltrædelse (taken over from the election date, "antaget"),
    in her third funktionsår on the demo's meeting day, her mandatory course taken."""
    db = open_database(db_path)
    try:
        mid = service.create_demo(db, templates, annual=True)
        cid = service.get_meeting(db, mid).committee_id
        member = annual.add_member(db, cid, "Sigrún Ólafsdóttir", "AMR", dt.date(2024, 1, 10))
        annual.set_mandatory_course(db, member, dt.date(2024, 3, 1))
    finally:
        db.dispose()
    return mid, member


def select(page, name: str) -> int:
    model = page.member_model
    row = next(r for r in range(model.rowCount()) if model.record(r).name == name)
    page.members.selectRow(row)
    return row


def cell(view, row: int, column: int) -> str:
    return view.model().index(row, column).data()


def test_saving_the_member_dialog_confirms_an_assumed_tiltraedelse(danish_app, qtbot, db_path, templates):
    mid, member = demo_with_assumed_member(db_path, templates)
    window, page = window_at_step(qtbot, db_path, mid, "uddannelse")
    row = select(page, "Sigrún Ólafsdóttir")
    took = page.member_model.index(row, MemberModel.COL_TOOK_OFFICE)
    assert took.data() == "10.1.2024 (antaget)"
    assert "Antaget ud fra valgdatoen" in took.data(Qt.ItemDataRole.ToolTipRole)
    assert page.member_model.headerData(MemberModel.COL_TOOK_OFFICE, Qt.Orientation.Horizontal) == "Tiltrådt"
    seen = {}

    def save(dialog):
        seen["note"] = dialog.assumed.isVisibleTo(dialog) and dialog.assumed.text()
        seen["date"] = dialog.took_office.date()
        dialog.accept()  # the date as shown: saving confirms it

    when_dialog(save)
    page.edit_member()
    assert seen["note"] == "Antaget ud fra valgdatoen – ret datoen, hvis medlemmet tiltrådte en anden dag"
    assert seen["date"] == QDate(2024, 1, 10)
    assert rows(db_path, f"SELECT took_office_on, took_office_assumed FROM member WHERE id = {member}") == [
        ("2024-01-10", 0)
    ]
    assert page.member_model.index(row, MemberModel.COL_TOOK_OFFICE).data() == "10.1.2024"

    # a changed date is stored, and nothing else the chair did not touch
    def change(dialog):
        dialog.took_office.setDate(QDate(2024, 2, 1))
        dialog.accept()

    before = rows(db_path, f"SELECT name, role, elected_on, left_on FROM member WHERE id = {member}")
    when_dialog(change)
    page.edit_member()
    assert rows(db_path, f"SELECT took_office_on, took_office_assumed FROM member WHERE id = {member}") == [
        ("2024-02-01", 0)
    ]
    assert rows(db_path, f"SELECT name, role, elected_on, left_on FROM member WHERE id = {member}") == before
    window.close()


def test_an_offer_is_registered_shown_and_answered(danish_app, qtbot, db_path, templates):
    mid, member = demo_with_assumed_member(db_path, templates)
    window, page = window_at_step(qtbot, db_path, mid, "uddannelse")
    row = select(page, "Sigrún Ólafsdóttir")
    assert "skal tilbydes senest 9.1.2027" in cell(page.members, row, MemberModel.COL_STATUS - 1)
    assert page.offer_model.rowCount() == 0 and "ingen registreret" in page.offers_label.text()

    def offer(dialog):
        dialog.date.setDate(QDate(2026, 11, 1))
        dialog.days.setValue(1.5)
        dialog.title.setText("Psykisk arbejdsmiljø i praksis")
        dialog.answer.setCurrentIndex(dialog.answer.findData("udskudt"))
        dialog.accept()

    when_dialog(offer)
    page.add_offer()
    assert rows(db_path, f"SELECT offered_on, days, title, answer FROM training_offer WHERE member_id = {member}") == [
        ("2026-11-01", 1.5, "Psykisk arbejdsmiljø i praksis", "udskudt")
    ]
    row = select(page, "Sigrún Ólafsdóttir")
    assert [cell(page.offers, 0, c) for c in range(4)] == [
        "1.11.2026",
        "1,5",
        "Psykisk arbejdsmiljø i praksis",
        "Udskudt",
    ]
    assert "tilbudt 1,5 dage" in cell(page.members, row, MemberModel.COL_STATUS - 1)

    # the answer changed in its cell, as the chair chooses it in the box
    index = page.offer_model.index(0, page.offer_model.COL_ANSWER)
    page.offers.setCurrentIndex(index)
    page.offers.edit(index)
    box = page.offers.indexWidget(index) or page.offers.viewport().findChild(QComboBox)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData("accepteret"))
    page.offers.commitData(box)
    assert rows(db_path, f"SELECT answer FROM training_offer WHERE member_id = {member}") == [("accepteret",)]
    assert cell(page.offers, 0, 3) == "Accepteret"
    window.close()


def test_pooling_the_first_year_is_refused_and_stores_nothing(danish_app, qtbot, db_path, templates):
    mid, _member = demo_with_assumed_member(db_path, templates)
    window, page = window_at_step(qtbot, db_path, mid, "uddannelse")
    select(page, "Sigrún Ólafsdóttir")
    before = dump(db_path)
    seen = when_dialog(lambda box: box.accept(), kind=QMessageBox)
    page.agree_pooling((1, dt.date(2026, 11, 1), "Mail fra lederen"))
    assert seen["title"] == "Kan ikke lægges sammen"
    assert seen["text"].startswith("Den supplerende uddannelse i første funktionsår (2 dage) kan ikke lægges sammen")
    assert dump(db_path) == before

    # a year the demo's member has pooled already: refused through the dialog the same way
    select(page, "Mette Kjær Andersen")

    def pool_year_three(dialog):
        dialog.year.setCurrentIndex(dialog.year.findData(3))
        dialog.accept()

    when_dialog(pool_year_three)
    seen = when_dialog(lambda box: box.accept(), kind=QMessageBox)
    page.agree_pooling()
    assert "allerede lagt sammen" in seen["text"]
    assert dump(db_path) == before
    window.close()


def test_pooling_years_two_and_three_is_stored_and_shown(danish_app, qtbot, db_path, templates):
    mid, member = demo_with_assumed_member(db_path, templates)
    window, page = window_at_step(qtbot, db_path, mid, "uddannelse")
    row = select(page, "Sigrún Ólafsdóttir")
    assert "1,5 dage tilbage i år – de bortfalder 9.1.2027" == cell(page.members, row, MemberModel.COL_STATUS)
    seen = {}

    def pool(dialog):
        seen["years"] = [dialog.year.itemData(i) for i in range(dialog.year.count())]
        dialog.year.setCurrentIndex(dialog.year.findData(2))
        dialog.agreed.setDate(QDate(2025, 3, 1))
        dialog.note.setText("Mail fra lederen, i personalemappen")
        dialog.accept()

    when_dialog(pool)
    page.agree_pooling()
    assert seen["years"] == [2, 3, 4]  # from 2 up to the year after the current (3rd) funktionsår
    assert rows(db_path, f"SELECT first_year, agreed_on, note FROM training_pooling WHERE member_id = {member}") == [
        (2, "2025-03-01", "Mail fra lederen, i personalemappen")
    ]
    status = page.member_model.index(row, MemberModel.COL_STATUS)
    assert status.data() == "3 dage over 2 år (aftalt skriftligt) – bortfalder 9.1.2027"
    assert "2. og 3. funktionsår lagt sammen til 3 dage, aftalt skriftligt 1.3.2025" in status.data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "0 af 3 dage brugt (2. og 3. funktionsår til 9.1.2027)" in cell(
        page.members, row, MemberModel.COL_STATUS - 1
    )
    window.close()
