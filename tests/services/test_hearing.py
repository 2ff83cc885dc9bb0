"""The employees heard before the annual discussion, as a user meets it on the command line: `hoering` writes the
blank, fillable høringsark (one, or one per arbejdsmiljøgruppe); another program fills it; `indlaes` reads it
back with every character; the referat says how they were heard and how many answered. Bad input is refused in
Danish and changes nothing."""

import datetime as dt
import re

import pytest
from conftest import dump, run_cli
from pypdf import PdfReader, PdfWriter

from drøftelse.domain.hearing import Question, proposed_questions, return_by
from drøftelse.services import hearing
from drøftelse.services.meetings import create_demo
from drøftelse.store import meetings as store

ANNUAL = "aarlig_arbejdsmiljoedroeftelse"


@pytest.fixture
def annual_meeting(db, templates):
    return create_demo(db, templates, annual=True)


def fill(path, answers: list[str], target):
    """Fill the sheet's question fields in order, as a PDF reader would (pypdf, not the library that made it)."""
    reader = PdfReader(path)
    keys = sorted((k for k in reader.get_fields() if k.startswith("ark_q")), key=lambda k: int(k[5:]))
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        writer.update_page_form_field_values(page, dict(zip(keys, answers, strict=False)), auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    with open(target, "wb") as f:
        writer.write(f)
    return target


def cli(db_path, *args):
    return run_cli("--db", str(db_path), *args)


def test_the_proposed_questions_come_from_the_points(templates):
    questions = proposed_questions(templates.get(ANNUAL))
    assert 2 <= len(questions) <= 5
    assert [q.step for q in questions] == ["indhold", "samarbejde", "evaluering", "maal", "viden"]  # the law's order
    assert all(q.text.endswith("?") for q in questions)


def test_the_return_date_is_a_weekday_before_the_meeting():
    assert return_by(dt.date(2026, 11, 23)) == dt.date(2026, 11, 20)  # Monday's meeting: back by Friday
    assert return_by(dt.date(2026, 11, 26)) == dt.date(2026, 11, 23)


def test_hearing_sheet_out_filled_and_read_back_by_the_command_line(db, db_path, templates, annual_meeting, tmp_path):
    made = cli(db_path, "hoering", str(annual_meeting), "--out", str(tmp_path / "ud"), "--antal", "2")
    assert made.returncode == 0, made.stderr
    sheet, sheet2 = [tmp_path / "ud" / line.split("/")[-1] for line in made.stdout.splitlines()]
    assert sheet.name == "Høringsark – Alle ansatte – ark 1 – Årlig arbejdsmiljødrøftelse 2026.pdf"
    reader = PdfReader(sheet)
    text = " ".join(page.extract_text() for page in reader.pages)
    text = " ".join(text.split())
    meeting = store.get_meeting(db, annual_meeting)
    assert "Høringsark" in text and "Til: Alle ansatte" in text
    assert meeting.date == dt.date.today() and "Aflever arket ved mødet." in text  # the usual day has passed
    assert "Hvad bør vi arbejde med i arbejdsmiljøet i det kommende år?" in text
    fields = reader.get_fields()
    assert len([k for k in fields if k.startswith("ark_q")]) == 5

    first = fill(sheet, ["Flere løftevogne 😀 – Łukasz' idé", "", "Støj i pakkeriet <80 dB> & lys"], tmp_path / "a.pdf")
    second = fill(sheet2, ["Mere info " * 5000], tmp_path / "b.pdf")  # 50,000 characters: stored whole
    read = cli(db_path, "indlaes", str(annual_meeting), str(first), str(second), str(first))
    assert read.returncode == 0, read.stderr
    assert read.stdout.splitlines() == [
        "a.pdf: høringsark – 2 svar indlæst",
        "b.pdf: høringsark – 1 svar indlæst",
        "a.pdf: høringsark – var allerede indlæst – intet ændret",
    ]
    said = hearing.summary(db, annual_meeting)
    assert said.responses == 2
    assert [a.text for a in said.for_step("indhold")] == ["Flere løftevogne 😀 – Łukasz' idé", "Mere info " * 5000]
    assert [a.text for a in said.for_step("evaluering")] == ["Støj i pakkeriet <80 dB> & lys"]

    store.set_answer(db, annual_meeting, None, "hoering", "form", "Høringsark på opslagstavlen og mail")
    ref = cli(db_path, "referat", str(annual_meeting), "--pdf", str(tmp_path / "referat.pdf"))
    assert ref.returncode == 0, ref.stderr
    referat = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "referat.pdf").pages).split())
    assert "Høring af de ansatte" in referat
    assert "Høringsark på opslagstavlen og mail" in referat
    assert "2 af 2 udleverede ark kom tilbage." in referat


def test_one_sheet_per_arbejdsmiljoegruppe_and_the_group_is_kept(db, db_path, templates, annual_meeting, tmp_path):
    hearing.set_groups(db, annual_meeting, ["Lager", "  ", "Kontor & IT", "Lager"])
    assert hearing.groups(db, annual_meeting) == ["Lager", "Kontor & IT"]
    made = cli(db_path, "hoering", str(annual_meeting), "--out", str(tmp_path / "ud"))
    assert made.returncode == 0, made.stderr
    names = sorted(p.name for p in (tmp_path / "ud").iterdir())
    assert names == [
        "Høringsark – Kontor & IT – alle ansatte – Årlig arbejdsmiljødrøftelse 2026.pdf",
        "Høringsark – Lager – alle ansatte – Årlig arbejdsmiljødrøftelse 2026.pdf",
    ]
    lager = fill(tmp_path / "ud" / names[1], ["Tunge løft"], tmp_path / "lager.pdf")
    assert cli(db_path, "indlaes", str(annual_meeting), str(lager)).stdout.strip() == (
        "lager.pdf: høringsark (Lager) – 1 svar indlæst"
    )
    said = hearing.summary(db, annual_meeting)
    assert said.by_group == (("Lager", 1),) and said.answers[0].group == "Lager"


def test_bad_hearing_sheets_are_refused_in_danish_and_change_nothing(db, db_path, templates, annual_meeting, tmp_path):
    assert cli(db_path, "hoering", str(annual_meeting), "--out", str(tmp_path / "ud")).returncode == 0
    (sheet,) = (tmp_path / "ud").iterdir()
    other = create_demo(db, templates, committee="Et andet udvalg", annual=True)
    assert cli(db_path, "hoering", str(other), "--out", str(tmp_path / "andet")).returncode == 0
    (other_sheet,) = (tmp_path / "andet").iterdir()
    from_other = fill(other_sheet, ["Fra det andet møde"], tmp_path / "andet.pdf")
    empty = fill(sheet, [], tmp_path / "tom.pdf")
    too_long = fill(sheet, ["x" * 100_001], tmp_path / "lang.pdf")
    foreign = tmp_path / "faktura.pdf"
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(foreign))
    c.drawString(100, 700, "Faktura")
    c.acroForm.textfield(name="beloeb", x=100, y=600, width=100, height=20)
    c.showPage()
    c.save()
    forged = tmp_path / "forfalsket.pdf"
    writer = PdfWriter(clone_from=PdfReader(fill(sheet, ["Svar"], tmp_path / "svar.pdf")))
    identity = PdfReader(sheet).get_fields()["droeftelse_ark_id"]["/V"]
    parts = identity.split(":")  # droeftelse-hoering:1:<meeting>:<group>:<signature>
    parts[3] = b"Ukendt".hex()  # another group's sheet, made up
    for page in writer.pages:
        writer.update_page_form_field_values(page, {"droeftelse_ark_id": ":".join(parts)}, auto_regenerate=False)
    writer.write(forged)
    assert PdfReader(forged).get_fields()["droeftelse_ark_id"]["/V"] != identity

    before = dump(db_path)
    for path, message in (
        (from_other, "høringsarket hører til et andet møde end »Årlig arbejdsmiljødrøftelse 2026«"),
        (empty, "høringsarket er ikke udfyldt"),
        (too_long, "er for langt (100.001 tegn; højst 100.000)"),
        (foreign, "ikke et forberedelsesark eller høringsark fra Drøftelse"),
        (forged, "kan ikke bekræftes som et høringsark"),
    ):
        result = cli(db_path, "indlaes", str(annual_meeting), str(path))
        assert result.returncode == 2, path
        assert message in result.stderr, result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert dump(db_path) == before


def test_questions_are_checked_and_a_removed_question_keeps_its_answers(db, templates, annual_meeting, tmp_path):
    proposals = hearing.questions(db, templates, annual_meeting)
    assert all(q.id is None for q in proposals)
    for wanted, message in (
        (proposals[:1], "mellem 2 og 5 spørgsmål"),
        (proposals + [Question("viden", "Mere?")], "mellem 2 og 5 spørgsmål"),
        ([proposals[0], Question("indhold", "   ")], "Spørgsmål 2 er tomt"),
        ([proposals[0], Question("indhold", "x" * 1001)], "Spørgsmål 2 er for langt"),
        ([proposals[0], Question("handleplan", "Hvad?")], "et af de seks punkter"),
    ):
        with pytest.raises(hearing.DroeftelseError, match=message):
            hearing.save_questions(db, templates, annual_meeting, wanted)
    assert all(q.id is None for q in hearing.questions(db, templates, annual_meeting))  # nothing stored

    (sheet,) = hearing.write_hearing_sheets(db, templates, annual_meeting, tmp_path / "ud")
    stored = hearing.questions(db, templates, annual_meeting)
    assert [q.text for q in stored] == [q.text for q in proposals] and all(q.id for q in stored)
    hearing.save_questions(db, templates, annual_meeting, [stored[0], Question("viden", "Hvem spørger I om råd?")])
    hearing.import_hearing_file(db, templates, annual_meeting, fill(sheet, ["Et", "To"], tmp_path / "svar.pdf"))
    said = hearing.summary(db, annual_meeting)
    assert [(a.step, a.text) for a in said.answers] == [("indhold", "Et"), ("", "To")]
    assert said.answers[1].question.endswith(proposals[1].text)  # the sheet's own wording of the removed question


def test_what_is_not_a_hearing_is_refused_in_danish(db, db_path, templates, annual_meeting, tmp_path):
    competence = create_demo(db, templates)
    before = dump(db_path)
    result = cli(db_path, "hoering", str(competence), "--out", str(tmp_path / "ud"))
    assert result.returncode == 2 and result.stderr.strip() == (
        "droeftelse: Kompetencedrøftelse har ingen høring af de ansatte."
    )
    for wanted, message in (
        (
            [Question("indhold", "Hvad? " * 10_000), Question("viden", "Og?")],
            "Spørgsmål 1 er for langt (59.999 tegn; højst 1.000)",
        ),
    ):
        with pytest.raises(hearing.DroeftelseError, match=re.escape(message)):
            hearing.save_questions(db, templates, annual_meeting, wanted)
    with pytest.raises(hearing.DroeftelseError, match=re.escape("Gruppens navn er for langt (50.000 tegn; højst 500)")):
        hearing.set_groups(db, annual_meeting, ["x" * 50_000])
    assert dump(db_path) == before and not (tmp_path / "ud").exists()


def test_the_groups_travel_with_the_meeting_file(db, db_path, templates, annual_meeting, tmp_path):
    hearing.set_groups(db, annual_meeting, ["Lager", "Kontor"])
    assert cli(db_path, "export", str(annual_meeting), "--json", str(tmp_path / "m.json")).returncode == 0
    moved = tmp_path / "andet.sqlite"
    result = run_cli("--db", str(moved), "import", str(tmp_path / "m.json"))
    assert result.returncode == 0, result.stderr
    from drøftelse.store.database import open_database

    other = open_database(moved)
    try:
        (new_id,) = [int(w) for w in result.stdout.split() if w.isdigit()][:1]
        assert hearing.groups(other, new_id) == ["Lager", "Kontor"]
    finally:
        other.dispose()


def test_a_referat_says_when_the_hearing_is_not_described(db, db_path, templates, annual_meeting, tmp_path):
    from drøftelse.store.annual import previous_annual

    last_year = previous_annual(db, annual_meeting)  # closed before there was a Høring step: left as it was
    for meeting, expected in ((annual_meeting, True), (last_year.id, False)):
        target = tmp_path / f"referat-{meeting}.pdf"
        assert cli(db_path, "referat", str(meeting), "--pdf", str(target)).returncode == 0
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
        assert ("Høring af de ansatte (Ikke beskrevet, hvordan de ansatte er hørt.)" in text) is expected
        assert ("Høring af de ansatte" in text) is expected


def test_a_closed_meeting_takes_no_hearing_sheets(db, db_path, templates, annual_meeting, tmp_path):
    (sheet,) = hearing.write_hearing_sheets(db, templates, annual_meeting, tmp_path / "ud")
    answered = fill(sheet, ["For sent"], tmp_path / "sent.pdf")
    store.update_meeting(db, annual_meeting, closed_at=dt.datetime(2026, 11, 23, 15))
    before = dump(db_path)
    result = cli(db_path, "indlaes", str(annual_meeting), str(answered))
    assert result.returncode == 2
    assert "er afsluttet, så der kan ikke indlæses ark i det." in result.stderr and "Intet er indlæst." in result.stderr
    assert dump(db_path) == before
