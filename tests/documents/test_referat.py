"""The referat and the kompetenceudviklingsplan read back with pypdf, the årshjul as .ics parsed back, and the
command line that makes them."""

import datetime as dt
import re

import pytest
from conftest import run_cli, unhyphenated
from icalendar import Calendar
from pypdf import PdfReader

from drøftelse.documents.competence_plan_pdf import render_competence_plan
from drøftelse.documents.referat_pdf import render_referat
from drøftelse.domain.actions import ActionFields
from drøftelse.domain.danish_dates import short_date
from drøftelse.services import annual, listing
from drøftelse.services.meetings import keep_example
from drøftelse.store import action_items as action_store
from drøftelse.store import meetings as store
from drøftelse.store.competence_plan import competence_snapshot
from drøftelse.store.demo import create_annual_demo
from drøftelse.store.referat import referat_snapshot


@pytest.fixture
def db(any_db):  # issue 16: each test here runs on a SQLite file and on a PostgreSQL database (conftest.any_db)
    return any_db


TODAY = dt.date(2026, 11, 20)


def pages(pdf: bytes) -> list[str]:
    import io

    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", unhyphenated(text))


@pytest.fixture
def demo(db, templates):
    return create_annual_demo(db, templates, today=TODAY)


def test_the_referat_has_what_an_inspector_asks_for_in_order(db, templates, demo):
    snap = referat_snapshot(db, demo, templates)
    text = squash(" ".join(pages(render_referat(snap))))
    expected = [
        "Referat: Årlig arbejdsmiljødrøftelse",
        "20. november 2026",
        "Udkast – mødet er ikke afsluttet",
        "Forum Arbejdsmiljøudvalget",
        "Til stede Mette Kjær Andersen (Leder) Łukasz Wiśniewski (AMR)",
        "Ikke til stede Søren Østergaard (AMR)",
        "Punkt 1. Tilrettelægge indholdet af samarbejdet for det kommende år",
        "APV'en viser støj",
        "Punkt 2. Fastlægge, hvordan samarbejdet skal foregå",
        "Udvalget mødes hver 2. måned",
        "Punkt 3. Vurdere, om det foregående års mål er nået",
        "Sidste års mål og åbne punkter i handleplanen",
        "Mål: Færre tunge løft",
        "delvist",
        "Rampe 3 mangler stadig",
        "Handleplan: Løftevogne til rampe 2 og 3",
        "nået",
        "Leveret i marts",
        "Punkt 4. Fastlægge mål for det kommende års samarbejde",
        "1. Støj i pakkeriet under 80 dB(A) inden 1. juli",
        "2. Ingen arbejdsulykker med truck ved rampe 3",
        "Punkt 5. Drøfte, om der er den nødvendige viden om arbejdsmiljø",
        "Ikke relevant",
        "Punkt 6. Drøfte den supplerende arbejdsmiljøuddannelse af AMO's medlemmer, og om den nødvendige "
        "sagkundskab om arbejdsmiljø er til stede",
        "Den supplerende arbejdsmiljøuddannelse",
        "Jūratė tager den obligatoriske uddannelse",
        "AMO's medlemmer og deres uddannelse",
        "Supplerende: ret til i år (dage)",
        "Jūratė Petrauskienė",
        "skal tages senest 20.12.2026",
        "Sagkundskab om arbejdsmiljø",
        "køber vi hos en arbejdsmiljørådgiver",
        "Kompetenceudviklingsplan (valgfri)",
        "Den obligatoriske arbejdsmiljøuddannelse",
        "APV-handleplan",
        "Støjdæmpning i pakkeriet",
        "Godkendt af arbejdsmiljøudvalget",
        "Navn: Mette Kjær Andersen · Leder",
        "Navn: Łukasz Wiśniewski · AMR",
        "Navn: Jūratė Petrauskienė · Arbejdsleder",
    ]
    at = 0
    for piece in expected:
        found = text.find(piece, at)
        assert found >= 0, f"{piece!r} not found after position {at}: …{text[at : at + 200]}"
        at = found
    every = pages(render_referat(snap))
    assert all("Side" in p and "Referat" in p for p in every)
    # the sources confirmed on 6.12.2026, in small print under every page's footer (issues 14.2, 29.3)
    sources = (
        "Regelgrundlag pr. 6.12.2026: Arbejdsmiljøloven § 6 d, jf. LBK nr. 1108 af 15/09/2025; "
        "BEK nr. 65 af 22/01/2024 om systematisk arbejdsmiljøarbejde, som ændret ved BEK nr. 799 af 24/06/2024."
    )
    assert len(every) > 1 and all(sources in squash(p) for p in every)
    assert "1838" not in text and "1.3.1" not in text


def test_point_six_without_a_kompetenceudviklingsplan(db, templates, demo):
    """The plan is an aid: with no line, the referat says nothing of it, and point 6 still has both its texts."""
    for item in annual.plan_items(db, demo):
        annual.delete_plan_item(db, item.id)
    annual.finalise(db, demo, templates.get("aarlig_arbejdsmiljoedroeftelse"))
    text = squash(" ".join(pages(render_referat(referat_snapshot(db, demo, templates)))))
    assert "Kompetenceudviklingsplan" not in text
    assert "Sagkundskab om arbejdsmiljø Vi har selv sagkundskaben til det daglige" in text


def test_a_closed_referat_is_not_a_draft(db, templates, demo):
    annual.finalise(db, demo, templates.get("aarlig_arbejdsmiljoedroeftelse"))
    text = " ".join(pages(render_referat(referat_snapshot(db, demo, templates))))
    assert "Udkast" not in text


def test_long_text_markup_and_european_names_flow_and_print(db, templates):
    cid = store.create_committee(db, "AMO <Øst> & Vest")
    mid = store.create_meeting(db, cid, templates.get("aarlig_arbejdsmiljoedroeftelse"), "Drøftelse", TODAY)
    long = " ".join(f"ord{i}" for i in range(9000))  # about 50,000 characters
    store.set_answer(db, mid, None, "indhold", "tekst", long)
    store.set_answer(db, mid, None, "samarbejde", "tekst", '<b>fed</b> & "citat"')
    for name in ("Zofia Wójcik-Łęcka", "Dŵr Ŷnys", "Şükrü Çelik", "Ægir Ørnsø", "Παναγιώτης"):
        store.add_participant(db, mid, name, "AMR")
    action_store.add_action_item(db, mid, ActionFields(hvad="x" * 10_000))  # one word taller than a page
    text = squash(" ".join(pages(render_referat(referat_snapshot(db, mid, templates)))))
    assert "ord0 ord1" in text and "ord8999" in text
    assert '<b>fed</b> & "citat"' in text and "AMO <Øst> & Vest" in text
    for name in ("Zofia Wójcik-Łęcka", "Şükrü Çelik", "Ægir Ørnsø", "Παναγιώτης"):
        assert name in text
    assert "(Ingen tekst.)" in text  # points 2 and 5 … have nothing; the draft says so


def test_the_kompetenceudviklingsplan_as_its_own_pdf(db, templates, demo):
    snap = competence_snapshot(db, demo, templates)
    text = squash(" ".join(pages(render_competence_plan(snap))))
    for piece in (
        "Kompetenceudviklingsplan for AMO's medlemmer",
        "Et valgfrit hjælpemiddel: siden 1. februar 2024 kræver reglerne ikke en skriftlig kompetenceudviklingsplan",
        "Kompetenceudviklingsplan (valgfri)",  # the footer
        "Łukasz Wiśniewski",
        "Formidling og involvering",
        "0,5",
        "Den obligatoriske arbejdsmiljøuddannelse (3 dage, 22 timer)",
        "3",
        "Supplerende arbejdsmiljøuddannelse: 2 dage i det første funktionsår, tilbudt inden 9 måneder",
        "medmindre to af de følgende års dage skriftligt er aftalt lagt sammen til 3 dage",
        "tilbudt 1,5 dage",  # Łukasz's offer this funktionsår
        "Godkendt af arbejdsmiljøudvalget",
    ):
        assert piece in text


def test_the_year_ahead_as_ics_parses_back(db, templates, demo):
    from drøftelse.documents.calendar_ics import render_ics

    keep_example(db, demo)  # the demo's examples count in the årshjul once kept (tests/services/test_demo_examples.py)
    cid = store.get_meeting(db, demo).committee_id
    events = listing.year_ahead(db, cid, TODAY)
    cal = Calendar.from_ical(render_ics("AMO", events))
    parsed = [(c.decoded("dtstart"), str(c.get("summary"))) for c in cal.walk("VEVENT")]
    assert parsed == [(e.date, e.title) for e in events]
    assert (dt.date(2027, 11, 20), "Årlig arbejdsmiljødrøftelse") in parsed
    assert (dt.date(2027, 5, 20), "APV: fuld revision") in parsed


def test_command_line_referat_kompetenceplan_and_aarshjul(tmp_path):
    db = tmp_path / "amo.sqlite"
    assert run_cli("--db", str(db), "demo", "--aarlig").stdout.strip() == "3"
    out = run_cli("--db", str(db), "referat", "3", "--pdf", str(tmp_path / "referat.pdf"))
    assert out.returncode == 0, out.stderr
    assert "Punkt 6." in " ".join(pages((tmp_path / "referat.pdf").read_bytes()))
    out = run_cli("--db", str(db), "kompetenceplan", "3", "--pdf", str(tmp_path / "plan.pdf"))
    assert out.returncode == 0 and (tmp_path / "plan.pdf").exists()
    # the demo is dated to the day it is made, so the next annual discussion is a year from today, once kept
    assert run_cli("--db", str(db), "behold", "3").returncode == 0
    today = dt.date.today()
    out = run_cli("--db", str(db), "aarshjul", "--dato", today.isoformat())
    lines = [line.strip() for line in out.stdout.splitlines()]
    next_annual = today.replace(year=today.year + 1) if (today.month, today.day) != (2, 29) else None
    assert out.returncode == 0
    assert next_annual is None or f"{short_date(next_annual)}  Årlig arbejdsmiljødrøftelse" in lines
    assert any(line.endswith("(overskredet)") for line in lines)
    out = run_cli("--db", str(db), "aarshjul", "--dato", today.isoformat(), "--ics", str(tmp_path / "år.ics"))
    cal = Calendar.from_ical((tmp_path / "år.ics").read_bytes())
    assert len(list(cal.walk("VEVENT"))) == len(lines)
    # meeting 1 is the year's kompetencedrøftelse: it has a referat, but no kompetenceudviklingsplan
    out = run_cli("--db", str(db), "referat", "1", "--pdf", str(tmp_path / "kompetence.pdf"))
    assert out.returncode == 0, out.stderr
    assert "Referat: Kompetencedrøftelse" in squash(" ".join(pages((tmp_path / "kompetence.pdf").read_bytes())))
    wrong = run_cli("--db", str(db), "kompetenceplan", "1", "--pdf", str(tmp_path / "nej.pdf"))
    assert wrong.returncode == 2 and "ikke en årlig arbejdsmiljødrøftelse" in wrong.stderr
    assert not (tmp_path / "nej.pdf").exists()


def test_a_kompetencedroeftelse_has_a_referat_of_what_was_agreed(db, templates):
    from drøftelse.store.demo import create_demo_meeting

    mid = create_demo_meeting(db, templates, today=TODAY)
    snap = referat_snapshot(db, mid, templates)
    assert snap.points == () and snap.competence is None
    # numbered as the wizard's steps (Opsætning and Forberedelse come first), the round included (issue 29)
    assert [s.title for s in snap.sections] == [
        "3. Sæt rammen",
        "4. Del jeres syn på opgaver og kompetencer",
        "5. Drøft, hvad I har hørt, og skriv ned, hvad I bliver enige om",
        "6. Aftal, hvordan I vil styrke jeres kompetencer til arbejdsmiljøarbejdet",
    ]
    present = [p for p in store.participants(db, mid) if p.present]
    assert [label for label, _ in snap.sections[1].texts] == [p.name for p in present]
    text = squash(" ".join(pages(render_referat(snap))))
    agreed = store.answers(db, mid)
    for piece in (
        "Referat: Kompetencedrøftelse",
        "Til stede",
        "Łukasz Wiśniewski (AMR)",
        squash(agreed[(None, "enige", "fokus")])[:60],
        squash(agreed[(None, "kompetencer", "egen")])[:60],
        "APV-handleplan",
        "Kemisk risikovurdering",
        "Udkast",  # not closed yet
    ):
        assert piece in text, piece
    assert text.index("Sæt rammen") < text.index("Drøft, hvad I har hørt") < text.index("APV-handleplan")


def test_the_annual_referat_carries_the_years_rows_from_the_kompetencedroeftelse(db, templates, demo):
    snap = referat_snapshot(db, demo, templates)
    (other,) = snap.rows_from
    assert other.meeting.startswith("Kompetencedrøftelse") and len(other.rows) == 3
    text = squash(" ".join(pages(render_referat(snap))))
    handleplan = text[text.index("APV-handleplan") :]
    assert f"Fra {other.meeting}" in handleplan and "Kemisk risikovurdering" in handleplan
    # last year's annual discussion and its rows are not this year's
    assert "Løftevogne til rampe 2 og 3" not in handleplan
