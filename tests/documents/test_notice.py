"""The notice for the employees (issue 28, seed 004: "Hæng det op, så det er synligt"): one A4 page with the year's
goals, the decisions and whom to ask, from the command line (`opslag MØDE --pdf FIL`, also in English) and from
the Referat step; always one page, whatever was typed; a refusal is one Danish line; the database is unchanged."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import dump, finished, run_cli, when_dialog, window_at_step
from pypdf import PdfReader
from PySide6.QtCore import Qt

from drøftelse.documents.notice_pdf import period, short, workplace
from drøftelse.domain import i18n
from drøftelse.domain.danish_dates import long_date
from drøftelse.domain.errors import DroeftelseError
from drøftelse.services.annual import add_goal, add_member
from drøftelse.services.meetings import ActionFields, add_action_item, create_demo, get_meeting
from drøftelse.services.notice import notice_snapshot, write_notice


def ok(result):
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture
def demo(tmp_path):
    """A committee with a year behind it, made by the command: (database, this year's annual discussion)."""
    db = tmp_path / "udvalg.sqlite"
    return db, int(ok(run_cli("--db", str(db), "demo", "--aarlig")).strip())


def test_the_notice_from_the_command_line_is_one_page_with_goals_decisions_and_people(demo, tmp_path):
    db, annual = demo
    before = dump(db)
    target = tmp_path / "opslag.pdf"
    said = ok(run_cli("--db", str(db), "opslag", str(annual), "--pdf", str(target)))
    assert said.strip() == f"Opslaget til de ansatte er gemt i {target}"
    text = pages(target)
    assert len(text) == 1
    year = dt.date.today().year
    for piece in (
        f"Arbejdsmiljø hos Fjordens Lager & Logistik A/S – det har vi aftalt for {year}",  # the AMO's name left out
        "Vores mål",
        "1. Støj i pakkeriet under 80 dB(A) inden 1. juli",
        "2. Ingen arbejdsulykker med truck ved rampe 3",
        "Støjdæmpning i pakkeriet 2. kvartal Mette Kjær Andersen",  # Hvad, Hvornår, Hvem
        "Fast introduktion til arbejdsmiljø",
        "Hvem kan du tale med?",
        "Jūratė Petrauskienė Arbejdsleder",  # an AMO member
        "Udkast – mødet er ikke afsluttet endnu.",
    ):
        assert piece in text[0], piece
    assert "Løftevogne til rampe 2" not in text[0]  # last year's row is last year's notice
    assert dump(db) == before  # printing changes nothing
    assert PdfReader(target).metadata.title == f"Opslag til de ansatte – Årlig arbejdsmiljødrøftelse {year}"

    last_year = tmp_path / "sidste-aar.pdf"  # closed: no "Udkast"
    ok(run_cli("--db", str(db), "opslag", str(annual - 1), "--pdf", str(last_year)))
    assert "Udkast" not in pages(last_year)[0] and "Løftevogne til rampe 2" in pages(last_year)[0]


def test_in_english_with_lang_en(demo, tmp_path):
    db, annual = demo
    target = tmp_path / "notice.pdf"
    ok(run_cli("--lang", "en", "--db", str(db), "opslag", str(annual), "--pdf", str(target)))
    text = pages(target)
    assert len(text) == 1
    with i18n.language("en"):
        day = long_date(dt.date.today())
    assert day in text[0] and "Støj i pakkeriet" in text[0]  # the date in English, the goals as written
    assert "Annual working environment discussion" in PdfReader(target).metadata.subject


def test_a_bad_meeting_is_refused_in_danish(demo, tmp_path):
    db, _ = demo
    target = tmp_path / "opslag.pdf"
    for meeting, said in (
        ("99", "droeftelse: Der findes intet møde med nummer 99. Se numrene med 'droeftelse list'."),
        ("abc", "'abc' er ikke et mødenummer"),
    ):
        refused = run_cli("--db", str(db), "opslag", meeting, "--pdf", str(target))
        assert refused.returncode == 2 and "Traceback" not in refused.stderr
        assert said in refused.stderr
    missing = run_cli("--db", str(db), "opslag", "1", "--pdf", str(tmp_path / "ingen" / "opslag.pdf"))
    assert missing.returncode == 2 and "Mappen" in missing.stderr and "findes ikke" in missing.stderr
    assert not target.exists() and not list(tmp_path.glob("*.delvis"))


def test_a_meeting_with_nothing_agreed_yet_has_nothing_to_hang_up(db, templates, tmp_path):
    from drøftelse.services.meetings import create_committee, create_meeting

    cid = create_committee(db, "AMO Lager")
    annual = templates.get("aarlig_arbejdsmiljoedroeftelse")
    empty = create_meeting(db, cid, annual, "Årlig 2026", dt.date(2026, 3, 1)).id
    with pytest.raises(DroeftelseError, match="har endnu hverken mål, aftaler eller rækker i handleplanen"):
        write_notice(db, templates, empty, tmp_path / "opslag.pdf")
    assert not (tmp_path / "opslag.pdf").exists()


HOSTILE = ("Łukasz Wiśniewski <b>fed</b> & 😀 Zażółć gęślą jaźń <rampe 3> &amp; " * 900)[:50_000]


def test_200_goals_and_rows_and_50000_characters_still_fit_one_page(db, templates, tmp_path):
    annual = create_demo(db, templates, annual=True)
    cid = get_meeting(db, annual).committee_id
    add_goal(db, annual, HOSTILE)
    for i in range(200):
        add_goal(db, annual, f"Mål {i} <&> 😀 for Jūratė")
    add_action_item(db, annual, ActionFields(**dict.fromkeys(("hvad", "hvorfor", "hvornaar", "hvem"), HOSTILE)))
    for i in range(200):
        add_action_item(db, annual, ActionFields(hvad=f"Række {i} <&>", hvornaar="2. kvartal", hvem="Ștefan Popescu"))
    for i in range(40):
        add_member(db, cid, f"Grzegorz Brzęczyszczykiewicz {i} " + "ż" * 450, "AMR <&>")
    target = write_notice(db, templates, annual, tmp_path / "opslag.pdf")
    text = pages(target)
    assert len(text) == 1
    assert "Łukasz Wiśniewski <b>fed</b> & " in text[0]  # typed markup prints as typed
    assert "1. Støj i pakkeriet under 80 dB(A)" in text[0] and "Støjdæmpning i pakkeriet" in text[0]
    assert "Mette Kjær Andersen" in text[0]
    snap = notice_snapshot(db, templates, annual)
    assert len(snap.goals) == 203 and len(snap.decisions) == 203
    for more in ("mål mere i referatet.", "mere i handleplanen.", "mere i arbejdsmiljøorganisationen."):
        assert more in text[0], more
    shown_goals = sum(f"Mål {i} <&>" in text[0] for i in range(200))
    assert f"… og {203 - 3 - shown_goals} mål mere i referatet." in text[0]


def test_a_kompetencedroeftelse_and_a_workplace_without_an_amo(db, templates, tmp_path):
    meeting = create_demo(db, templates)
    text = pages(write_notice(db, templates, meeting, tmp_path / "kompetencer.pdf"))
    assert len(text) == 1
    for piece in (
        "det har vi aftalt om vores kompetencer",
        "Det er vi enige om",
        "Vigtige opgaver og fokuspunkter",
        "Sagkyndig bistand (arbejdsmiljørådgiver) til den kemiske risikovurdering.",
        "Kemisk risikovurdering.",  # a handleplan row
    ):
        assert piece in text[0], piece

    small = create_demo(db, templates, annual=True, employees=6)
    snap = notice_snapshot(db, templates, small)
    assert not snap.amo and [c.name for c in snap.contacts] == ["Henrik Nørgaard"]  # who led it: no AMO
    text = pages(write_notice(db, templates, small, tmp_path / "lille.pdf"))[0]
    assert "Arbejdsmiljø hos Tømrer Nørgaard & Søn ApS" in text and "arbejdsgiveren og alle de ansatte" in text
    assert "Henrik Nørgaard Arbejdsgiver" in text and "Punktudsugning på alle save" in text


def test_the_amo_members_with_their_group_and_how_to_reach_them(db, templates, tmp_path):
    from drøftelse.services.annual import members, update_member

    annual = create_demo(db, templates, annual=True)
    cid = get_meeting(db, annual).committee_id
    people = {m.name: m.id for m in members(db, cid, dt.date.today())}
    update_member(db, people["Łukasz Wiśniewski"], group_name="Pakkeriet", contact="tlf. 21 34 56 78")
    update_member(db, people["Mette Kjær Andersen"], left_on=dt.date.today() - dt.timedelta(days=1))
    snap = notice_snapshot(db, templates, annual)
    assert snap.amo and [c.name for c in snap.contacts] == ["Jūratė Petrauskienė", "Łukasz Wiśniewski"]
    text = pages(write_notice(db, templates, annual, tmp_path / "opslag.pdf"))[0]
    assert "Łukasz Wiśniewski AMR · Pakkeriet tlf. 21 34 56 78" in text


def test_the_texts_are_cut_and_named_plainly():
    assert short("Støj i pakkeriet", 40) == "Støj i pakkeriet"
    assert short("en to tre fire fem seks", 12) == "en to tre…"
    assert short("x" * 500, 10) == "x" * 10 + "…"
    assert short("første\n\n  anden  \ntredje", 100, lines=2) == "første\nanden…"
    assert workplace("Arbejdsmiljøudvalget, Fjordens Lager A/S") == "Fjordens Lager A/S"
    assert workplace("MED-udvalget, Region Syd, Kolding") == "Region Syd, Kolding"
    assert workplace("Tømrer Nørgaard & Søn ApS") == "Tømrer Nørgaard & Søn ApS"
    assert workplace("Lager, Kolding") == "Lager, Kolding"
    assert period(dt.date(2026, 11, 20)) == "2026–2027" and period(dt.date(2027, 1, 15)) == "2027"


def test_the_window_writes_the_notice_from_the_referat_step(danish_app, opened_files, qtbot, db, db_path, templates):
    annual = create_demo(db, templates, annual=True)
    window, finish = window_at_step(qtbot, db_path, annual, "referat")
    target = db_path.parent / "opslag til tavlen.pdf"
    before = dump(db_path)
    seen: dict = {}

    def save_as(dialog) -> None:
        seen["suggested"] = dialog.selectedFiles()[0]
        dialog.selectFile(str(target))
        dialog.accept()

    when_dialog(save_as, seen)
    assert finish.notice_button.text() == "Op&slag til de ansatte …"
    task = finish.export_notice()  # what the button does, returning its task to wait for
    assert finished(task) == target
    year = dt.date.today().year
    assert seen["suggested"].endswith(f"Opslag til de ansatte – Årlig arbejdsmiljødrøftelse {year}.pdf")
    assert len(pages(target)) == 1 and "Støj i pakkeriet under 80 dB(A)" in pages(target)[0]
    assert opened_files == [target]  # it opens in the viewer, as the referat does
    assert dump(db_path) == before

    target.unlink()
    when_dialog(save_as)
    qtbot.mouseClick(finish.notice_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened_files) == 2, timeout=60_000)
    assert len(pages(target)) == 1
    window.view.flush()
