"""Forberedelsesark for the annual discussion, as a member meets them: `droeftelse ark` writes one per participant
with a box per legal point, last year's goals and the handleplan's open rows to judge, and the date to hand it in
by; what the member has already typed in the app is in the fields; the sheet comes back in with `indlaes`. The
kompetencedrøftelse's sheets carry the date too."""

import datetime as dt

from conftest import run_cli
from pypdf import PdfReader, PdfWriter

from drøftelse.domain.danish_dates import long_date
from drøftelse.domain.hearing import return_by
from drøftelse.services.meetings import create_demo
from drøftelse.store import meetings as store

POINT_BOXES = {"evaluering", "indhold", "samarbejde", "maal", "viden", "uddannelse"}


def text_of(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_annual_sheets_carry_last_year_the_open_rows_a_date_and_what_was_typed(db, db_path, templates, tmp_path):
    meeting = create_demo(db, templates, annual=True)
    m = store.get_meeting(db, meeting)
    lukasz = next(p for p in store.participants(db, meeting) if p.name == "Łukasz Wiśniewski")
    typed = "Støjen i pakkeriet 😀 – spørg Jūratė\nog løftevognene <rampe 3>"
    store.set_answer(db, meeting, lukasz.id, "forberedelse", "indhold", typed)

    made = run_cli("--db", str(db_path), "ark", str(meeting), "--out", str(tmp_path / "ark"))
    assert made.returncode == 0, made.stderr
    sheets = {p.name: p for p in (tmp_path / "ark").iterdir()}
    assert len(sheets) == len(store.participants(db, meeting)) + 1  # and a blank one for paper
    sheet = sheets["Forberedelsesark – Łukasz Wiśniewski – Årlig arbejdsmiljødrøftelse 2026.pdf"]

    text = text_of(sheet)
    # the demo meets today: the usual day (three days before) has passed, so the sheet asks for it at the meeting
    # and the chairs are told (tests/domain/test_hand_in.py)
    assert f"Den sædvanlige afleveringsdato, {long_date(return_by(m.date))}, er passeret" in made.stderr
    assert "Aflever arket ved mødet." in text
    assert "Sidste års mål" in text and "Færre tunge løft ved varemodtagelsen" in text
    assert "Åbne rækker i handleplanen" in text and "Løftevogne til rampe 2 og 3" in text
    assert "Punkt 6: AMO's supplerende uddannelse og sagkundskab" in text
    fields = PdfReader(sheet).get_fields()
    assert {k[4:] for k in fields if k.startswith("ark_")} == POINT_BOXES
    assert fields["ark_indhold"]["/V"] == typed  # what he typed in the app, every character
    assert not fields["ark_viden"].get("/V")
    assert "Aflever arket ved mødet" in text_of(
        sheets["Forberedelsesark, blankt – Årlig arbejdsmiljødrøftelse 2026.pdf"]
    )

    # he adds to the sheet in a PDF reader and returns it: the new box comes in, the prefilled one is unchanged
    writer = PdfWriter(clone_from=PdfReader(sheet))
    for page in writer.pages:
        writer.update_page_form_field_values(
            page, {"ark_viden": "Vi mangler en rådgiver om kemi"}, auto_regenerate=False
        )
    writer.write(tmp_path / "retur.pdf")
    back = run_cli("--db", str(db_path), "indlaes", str(meeting), str(tmp_path / "retur.pdf"))
    assert back.returncode == 0, back.stderr
    assert back.stdout.strip() == "retur.pdf: Łukasz Wiśniewski – 1 felt(er) indlæst"
    texts = store.answers(db, meeting)
    assert texts[(lukasz.id, "forberedelse", "viden")] == "Vi mangler en rådgiver om kemi"
    assert texts[(lukasz.id, "forberedelse", "indhold")] == typed


def test_kompetencedroeftelse_sheets_carry_the_date_and_prefill_too(db, db_path, templates, tmp_path):
    meeting = create_demo(db, templates)
    m = store.get_meeting(db, meeting)
    store.update_meeting(db, meeting, date=dt.date(2027, 3, 22))  # a Monday: back by Friday 19 March
    mette = store.participants(db, meeting)[0]
    store.set_answer(db, meeting, mette.id, "forberedelse", "opgaver", "Kemi i gang 3")
    made = run_cli("--db", str(db_path), "ark", str(meeting), "--out", str(tmp_path / "ark"))
    assert made.returncode == 0, made.stderr
    sheet = next(p for p in (tmp_path / "ark").iterdir() if mette.name in p.name)
    assert "Aflever arket senest 19. marts 2027." in text_of(sheet)
    assert PdfReader(sheet).get_fields()["ark_opgaver"]["/V"] == "Kemi i gang 3"
    assert m.kind == "kompetencedroeftelse"


def test_the_annual_preparation_step_shows_what_to_judge(danish_app, qtbot, db, db_path, templates):
    from conftest import window_at_step

    meeting = create_demo(db, templates, annual=True)
    window, page = window_at_step(qtbot, db_path, meeting, "forberedelse")
    assert set(page.boxes) == POINT_BOXES
    shown = page.to_judge.text()
    assert shown.startswith("Sidste års mål:") and "Færre tunge løft ved varemodtagelsen" in shown
    assert "Åbne rækker i handleplanen:" in shown and "Løftevogne til rampe 2 og 3" in shown


def test_kompetencedroeftelse_sheets_list_last_years_goals_and_the_open_rows(db, db_path, templates, tmp_path):
    """Issue 29, point 4 (seed 004: look in the APV-handleplan and the årlige drøftelse): the kompetencedrøftelse's
    sheet lists the goals set at the last annual discussion and the committee's open handleplan rows."""
    from conftest import rows

    from drøftelse.services import annual
    from drøftelse.store.sheets import sheet_snapshots

    create_demo(db, templates, annual=True)  # last year's discussion, this year's kompetencedrøftelse
    ((competence,),) = rows(db_path, "SELECT id FROM meeting WHERE kind = 'kompetencedroeftelse'")
    ((last_year,),) = rows(db_path, "SELECT id FROM meeting WHERE closed_at IS NOT NULL")
    held = store.get_meeting(db, last_year).date
    goals = tuple(g.text for g in annual.goals(db, last_year))
    sheet = sheet_snapshots(db, competence, templates)[0]
    headings = dict(sheet.prompt_groups)
    assert headings[f"Målene fra den årlige drøftelse {held.day}.{held.month}.{held.year}"] == goals
    open_rows = headings["Åbne rækker i handleplanen"]
    assert any(r.startswith("Støjmåling i pakkeriet") for r in open_rows)
    made = run_cli("--db", str(db_path), "ark", str(competence), "--out", str(tmp_path / "ark"))  # held already
    assert made.returncode == 0, made.stderr
    text = " ".join(text_of(next((tmp_path / "ark").iterdir())).split())
    assert "Målene fra den årlige drøftelse" in text and " ".join(goals[0].split())[:30] in text
