"""The 2026 annual discussion driven through the window as the chairs would: last year's open rows judged,
points reordered, goals typed, a member's training registered, closing refused with the missing points named,
then the referat printed and read back; and the årshjul beside the meetings."""

import datetime as dt

from conftest import finished, unhyphenated, when_dialog
from pypdf import PdfReader
from PySide6.QtCore import Qt
from test_ui_meeting import cell, click_next, tick, type_into

from drøftelse.domain.actions import ActionFields, Status
from drøftelse.services import annual
from drøftelse.store import action_items as action_store
from drøftelse.store import meetings as store
from drøftelse.ui.app import open_main_window
from drøftelse.ui.page_models import MemberModel

ANNUAL = "aarlig_arbejdsmiljoedroeftelse"


def last_year(db, templates):
    cid = store.create_committee(db, "AMO Lager")
    a25 = store.create_meeting(db, cid, templates.get(ANNUAL), "Årlig drøftelse 2025", dt.date(2025, 11, 12))
    annual.add_goal(db, a25, "Færre tunge løft")
    row = action_store.add_action_item(
        db, a25, ActionFields(hvad="Løftevogne til rampe 2", hvem="Søren", hvornaar="1. kvartal")
    )
    store.update_meeting(db, a25, closed_at=dt.datetime(2025, 11, 12, 15))
    a26 = store.create_meeting(db, cid, templates.get(ANNUAL), "Årlig drøftelse 2026", dt.date(2026, 11, 20))
    for name, role, chair in (
        ("Mette Kjær", "Leder", True),
        ("Łukasz Wiśniewski", "AMR", True),
        ("Ove Ŷ", "AMR", False),
    ):
        store.add_participant(db, a26, name, role, formandskab=chair)
    return cid, a26, row


def test_the_annual_wizard_from_last_year_to_a_printed_referat(danish_app, qtbot, db, db_path, templates, tmp_path):
    cid, mid, row = last_year(db, templates)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(mid)
    view = window.view

    # Opsætning: Ove sends his apologies; the goals come before the evaluation today
    setup = view.page
    tick(setup.table, 2, 4, on=False)
    assert not store.participants(db, mid)[2].present
    setup.points.setCurrentRow(3)  # Punkt 4: Mål for året
    for _ in range(3):
        setup.move_point(-1)
    assert [s.key for s in view.order][3:5] == ["maal", "evaluering"]
    assert view.steps.item(3).text() == "4. Punkt 4 · Mål for året"

    click_next(qtbot, view)  # Høring (tests/ui/test_ui_hearing.py)
    click_next(qtbot, view)  # Forberedelse
    click_next(qtbot, view)  # Mål for året
    goals = view.page
    type_into(qtbot, goals.new_goal, "Støj under 80 dB(A) inden 1. juli")
    qtbot.keyClick(goals.new_goal, Qt.Key.Key_Return)
    assert [g.text for g in annual.goals(db, mid)] == ["Støj under 80 dB(A) inden 1. juli"]
    type_into(qtbot, goals.edits[0], " 2027")
    view.flush()
    assert annual.goals(db, mid)[0].text == "Støj under 80 dB(A) inden 1. juli 2027"

    click_next(qtbot, view)  # Sidste års mål: last year's goal and the open row are in front of the chairs
    ev = view.page
    texts = [cell(ev.table, r, 0) for r in range(ev.table.model().rowCount())]
    assert texts == ["Mål: Færre tunge løft", "Handleplan: Løftevogne til rampe 2"]
    verdict = ev.table.indexWidget(ev.table.model().index(1, 3))  # the combo box in the cell
    assert verdict.accessibleName() == "Vurdering af Løftevogne til rampe 2"
    verdict.setCurrentIndex(1)  # nået
    assert "Status nu: gennemført" in cell(ev.table, 1, 1)
    ev.table.model().setData(ev.table.model().index(1, 4), "Leveret i februar")
    assert [i.status for i in action_store.action_items(db, 1)] == [Status.GENNEMFOERT.value]
    assert annual.evaluation(db, mid).rows[0].comment == "Leveret i februar"
    assert ev.count.text() == "1 af 2 vurderet."

    click_next(qtbot, view)  # Indhold for året
    type_into(qtbot, view.page.boxes["tekst"], "APV: støj <pakkeri> & løft")

    # Referat: closing is refused, the missing points are named
    view.go_to_step("referat")
    finish = view.page
    assert "Punkt 2: Fastlægge, hvordan samarbejdet skal foregå" in finish.missing.text()
    seen = when_dialog(lambda box: box.buttons()[0].click())  # "Gå til punktet"
    assert finish.toggle_closed() is False
    assert "Punkt 5:" in seen["text"] and "Punkt 6:" in seen["text"] and "Punkt 1:" not in seen["text"]
    assert view.order[view.index].key == "samarbejde"  # taken to the first missing point
    type_into(qtbot, view.page.boxes["tekst"], "Møde hver 2. måned")
    view.go_to_step("viden")
    type_into(qtbot, view.page.boxes["tekst"], "Ikke relevant, fordi vi har rådgiver")

    view.go_to_step("uddannelse")  # a new member, her mandatory course overdue; then a plan line
    plan = view.page
    plan.add_member(
        {
            "name": "Jūratė Petrauskienė",
            "role": "AMR",
            "elected_on": dt.date(2026, 5, 1),
            "mandatory": None,
            "left_on": None,
        }
    )
    assert "overskredet" in cell(plan.members, 0, MemberModel.COL_STATUS) and "1.8.2026" in cell(
        plan.members, 0, MemberModel.COL_STATUS
    )
    plan.members.selectRow(0)
    plan.add_training(("Ergonomi", dt.date(2026, 9, 1), 1.0))
    assert "1 af 2 dage brugt" in cell(plan.members, 0, MemberModel.COL_STATUS - 1)
    plan.add_plan_line()
    lines = plan.plan.model()
    last = lines.rowCount() - 1
    lines.setData(lines.index(last, 1), "Den obligatoriske arbejdsmiljøuddannelse")
    lines.setData(lines.index(last, 3), "3")
    assert not lines.setData(lines.index(last, 3), "tre")  # not a number: said, and nothing changes
    assert "ikke et antal dage" in window.status.text()
    assert annual.plan_items(db, mid)[-1].days == 3.0
    # the optional plan alone does not close point 6: the training and the sagkundskab are written
    view.go_to_step("referat")
    seen = when_dialog(lambda box: box.buttons()[1].click())  # "Luk"
    assert finish.toggle_closed() is False
    assert "Punkt 6: Drøfte den supplerende arbejdsmiljøuddannelse af AMO's medlemmer" in seen["text"]
    view.go_to_step("uddannelse")
    type_into(qtbot, view.page.boxes["tekst"], "Jūratė tager den obligatoriske uddannelse i januar")
    type_into(qtbot, view.page.boxes["sagkundskab"], "Egen; akustik købes hos en arbejdsmiljørådgiver")

    view.go_to_step("referat")
    assert finish.toggle_closed(confirm=False) is True  # its dialog: tests/ui/test_ui_closed_meeting.py
    assert store.get_meeting(db, mid).closed_at is not None
    pdf = finished(finish.export_referat(tmp_path / "referat.pdf"))
    text = " ".join(unhyphenated("\n".join(p.extract_text() for p in PdfReader(pdf).pages)).split())
    for piece in (
        "Ikke til stede",
        "Ove Ŷ (AMR)",
        "APV: støj <pakkeri> & løft",
        "Løftevogne til rampe 2",
        "nået",
        "Leveret i februar",
        "1. Støj under 80 dB(A) inden 1. juli 2027",
        "Jūratė Petrauskienė",
        "Sagkundskab om arbejdsmiljø",
        "akustik købes hos en arbejdsmiljørådgiver",
        "Kompetenceudviklingsplan (valgfri)",
    ):
        assert piece in text
    assert "Udkast" not in text


def test_the_yearly_wheel_beside_the_meetings(danish_app, qtbot, db, db_path, templates, tmp_path):
    cid, mid, row = last_year(db, templates)
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    year = window.list_page.year
    year.today = lambda: dt.date(2026, 11, 22)
    year.refresh()
    rows = [(cell(year.table, r, 0), cell(year.table, r, 1)) for r in range(year.table.model().rowCount())]
    assert ("31.3.2026", "⚠ Overskredet: Handleplan: Løftevogne til rampe 2") in rows
    assert ("20.11.2027", "Årlig arbejdsmiljødrøftelse") in rows
    assert year.overdue.text() == "1 overskredet."
    year.change_apv_date(dt.date(2024, 1, 15))
    assert ("15.1.2027", "APV: fuld revision") in [
        (cell(year.table, r, 0), cell(year.table, r, 1)) for r in range(year.table.model().rowCount())
    ]
    assert year.apv_label.text() == "Sidste fulde APV: 15.1.2024"
    path = tmp_path / "årshjul.ics"
    assert finished(year.export_ics(path)) == year.table.model().rowCount()  # how many dates were written
    from icalendar import Calendar

    summaries = [str(e.get("summary")) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]
    assert "APV: fuld revision" in summaries and len(summaries) == year.table.model().rowCount()
