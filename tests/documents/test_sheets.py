"""Forberedelsesark out and back in: made by reportlab, filled by another library (pypdf, as a PDF reader
would), imported under the right participant with every character intact; each bad file refused in Danish."""

import datetime as dt
import io

import pytest
from conftest import dump, run_cli
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

from drøftelse.documents import sheet_reader
from drøftelse.documents.preparation_sheet import render_sheet, write_sheet
from drøftelse.documents.sheet_reader import SheetRefused, read_sheet
from drøftelse.domain.errors import DroeftelseError
from drøftelse.store import meetings as store
from drøftelse.store.demo import create_demo_meeting
from drøftelse.store.sheets import apply_import, plan_import, sheet_snapshots

TEXTS = {
    "opgaver": 'Kemi <i> gang 3 & "trucks" > alt\nLinje 2: Łódź, Ștefan, Jūratė – ÆØÅ',
    "lykkes": "Samarbejdet 😀 virker",
    "styrke": "",
}


@pytest.fixture
def meeting(db, templates):
    return create_demo_meeting(db, templates, today=dt.date(2026, 11, 20))


def sheet_for(db, templates, meeting, name, folder):
    (snapshot,) = [s for s in sheet_snapshots(db, meeting, templates) if s.participant == name]
    return write_sheet(snapshot, folder)


def fill(path, texts, target):
    """Fill the form as a PDF reader does, with pypdf rather than the library that made the sheet."""
    writer = PdfWriter(clone_from=PdfReader(path))
    writer.update_page_form_field_values(
        writer.pages[0], {f"ark_{k}": v for k, v in texts.items()}, auto_regenerate=False
    )
    writer.set_need_appearances_writer(True)
    with open(target, "wb") as f:
        writer.write(f)
    return target


def test_one_fillable_sheet_per_participant_and_a_blank_one(db, templates, meeting, tmp_path):
    sheets = sheet_snapshots(db, meeting, templates)
    assert [s.participant for s in sheets] == [
        "Mette Kjær Andersen",
        "Łukasz Wiśniewski",
        "Søren Østergaard",
        "Jūratė Petrauskienė",
        None,
    ]
    path = write_sheet(sheets[1], tmp_path)
    assert path.name == "Forberedelsesark – Łukasz Wiśniewski – Kompetencedrøftelse 2026.pdf"
    reader = PdfReader(path)
    fields = reader.get_fields()
    assert set(fields) == {"ark_opgaver", "ark_lykkes", "ark_styrke", "droeftelse_ark_id"}
    assert all(int(fields[f"ark_{k}"].get("/Ff", 0)) & (1 << 12) for k in ("opgaver", "lykkes", "styrke"))  # multi-line
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in (
        "Forberedelsesark",
        "Til: Łukasz Wiśniewski",
        "Hvordan er I klædt på til det?",
        "Vigtige opgaver fra vores APV-handleplan og årlige drøftelse:",
        "gem",
    ):
        assert expected in text
    assert len(reader.pages) == 1
    blank = PdfReader(io.BytesIO(render_sheet(sheets[-1])))
    assert not blank.get_fields() and "Navn:" in blank.pages[0].extract_text()


def test_a_sheet_filled_by_another_program_lands_under_its_participant(db, db_path, templates, meeting, tmp_path):
    path = fill(sheet_for(db, templates, meeting, "Jūratė Petrauskienė", tmp_path), TEXTS, tmp_path / "retur.pdf")
    sheet = read_sheet(path)
    plan = plan_import(db, meeting, templates, sheet.identity, sheet.texts, path.name)
    assert plan.participant == "Jūratė Petrauskienė"
    states = {c.box: c.state for c in plan.changes}
    assert states == {"opgaver": "konflikt", "lykkes": "konflikt", "styrke": "tom"}  # the demo has text already
    before = dump(db_path)
    assert apply_import(db, meeting, templates, plan) == 0  # nothing is overwritten silently
    assert dump(db_path) == before
    assert apply_import(db, meeting, templates, plan, {"opgaver": "erstat", "lykkes": "begge"}) == 2
    pid = plan.participant_id
    texts = store.answers(db, meeting)
    assert texts[(pid, "forberedelse", "opgaver")] == TEXTS["opgaver"]
    assert texts[(pid, "forberedelse", "lykkes")].startswith("Instruktion af nyansatte")
    assert texts[(pid, "forberedelse", "lykkes")].endswith(TEXTS["lykkes"])
    # the same file again changes nothing
    again = plan_import(db, meeting, templates, sheet.identity, read_sheet(path).texts, path.name)
    assert not again.anything_new
    before = dump(db_path)
    assert apply_import(db, meeting, templates, again, {"opgaver": "begge", "lykkes": "begge"}) == 0
    assert dump(db_path) == before


def test_an_empty_box_is_filled_and_marked_imported(db, templates, tmp_path):
    committee = store.create_committee(db, "AMO")
    meeting = store.create_meeting(db, committee, templates.get("kompetencedroeftelse"), "Møde", dt.date(2026, 11, 20))
    pid = store.add_participant(db, meeting, "Łukasz Wiśniewski", "AMR")
    path = fill(sheet_for(db, templates, meeting, "Łukasz Wiśniewski", tmp_path), TEXTS, tmp_path / "retur.pdf")
    sheet = read_sheet(path)
    plan = plan_import(db, meeting, templates, sheet.identity, sheet.texts, path.name)
    assert apply_import(db, meeting, templates, plan) == 2
    assert store.answers(db, meeting)[(pid, "forberedelse", "opgaver")] == TEXTS["opgaver"]
    from sqlalchemy import select

    from drøftelse.store.models import Answer

    with db.session() as s:
        assert set(s.scalars(select(Answer.source))) == {"imported"}


def test_the_command_line_makes_and_reads_sheets(db, db_path, templates, meeting, tmp_path):
    out = tmp_path / "ark"
    result = run_cli("--db", str(db_path), "ark", str(meeting), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert len(list(out.glob("*.pdf"))) == 5
    filled = fill(next(out.glob("*Mette*")), {"styrke": "Nyt fra Mette"}, tmp_path / "mette.pdf")
    result = run_cli("--db", str(db_path), "indlaes", str(meeting), str(filled), "--ved-konflikt", "erstat")
    assert result.returncode == 0 and "Mette Kjær Andersen – 1 felt(er) indlæst" in result.stdout
    bad = tmp_path / "brev.pdf"
    bad.write_text("Kære AMO", encoding="utf-8")
    result = run_cli("--db", str(db_path), "indlaes", str(meeting), str(bad))
    assert result.returncode == 2 and "brev.pdf: filen er ikke en PDF" in result.stderr
    assert "Traceback" not in result.stderr


# --- bad files: each refused with a Danish message, nothing changed


def printed_to_pdf(path, target):
    """What "print to PDF" does to a form: the page stays, the fields are gone."""
    writer = PdfWriter(clone_from=PdfReader(path))
    for page in writer.pages:
        if "/Annots" in page:
            del page[NameObject("/Annots")]
    del writer._root_object[NameObject("/AcroForm")]
    with open(target, "wb") as f:
        writer.write(f)
    return target


def encrypted(path, target):
    writer = PdfWriter(clone_from=PdfReader(path))
    writer.encrypt("hemmelig")
    with open(target, "wb") as f:
        writer.write(f)
    return target


def refused(db, db_path, templates, meeting, path, expected):
    before = dump(db_path)
    with pytest.raises(DroeftelseError) as e:
        sheet = read_sheet(path)
        plan = plan_import(db, meeting, templates, sheet.identity, sheet.texts, path.name)
        apply_import(db, meeting, templates, plan, {c.box: "erstat" for c in plan.changes})
    assert expected in e.value.message and path.name in e.value.message
    assert dump(db_path) == before


def test_not_a_pdf(db, db_path, templates, meeting, tmp_path):
    path = tmp_path / "ark.pdf"
    path.write_bytes(b"PK\x03\x04 et Word-dokument")
    refused(db, db_path, templates, meeting, path, "filen er ikke en PDF")


def test_printed_to_pdf_or_scanned(db, db_path, templates, meeting, tmp_path):
    sheet = fill(sheet_for(db, templates, meeting, "Søren Østergaard", tmp_path), TEXTS, tmp_path / "f.pdf")
    refused(
        db,
        db_path,
        templates,
        meeting,
        printed_to_pdf(sheet, tmp_path / "udskrevet.pdf"),
        "ingen udfyldelige felter – det er nok udskrevet til PDF eller scannet",
    )


def test_a_pdf_form_that_is_not_a_sheet(db, db_path, templates, meeting, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "anden-formular.pdf"
    c = Canvas(str(path))
    c.acroForm.textfield(name="navn", x=50, y=700)
    c.showPage()
    c.save()
    refused(db, db_path, templates, meeting, path, "ikke et forberedelsesark eller høringsark fra Drøftelse")


def test_a_sheet_from_another_meeting(db, db_path, templates, meeting, tmp_path):
    other = create_demo_meeting(db, templates, today=dt.date(2026, 11, 21))
    path = fill(sheet_for(db, templates, other, "Søren Østergaard", tmp_path), TEXTS, tmp_path / "andet.pdf")
    refused(db, db_path, templates, meeting, path, "hører til et andet møde")


def test_a_participant_no_longer_in_the_meeting(db, db_path, templates, meeting, tmp_path):
    path = fill(sheet_for(db, templates, meeting, "Søren Østergaard", tmp_path), TEXTS, tmp_path / "soeren.pdf")
    (soeren,) = [p for p in store.participants(db, meeting) if p.name == "Søren Østergaard"]
    store.delete_participant(db, soeren.id)
    refused(db, db_path, templates, meeting, path, "ikke længere med i mødet")


def test_an_encrypted_pdf(db, db_path, templates, meeting, tmp_path):
    sheet = sheet_for(db, templates, meeting, "Søren Østergaard", tmp_path)
    refused(db, db_path, templates, meeting, encrypted(sheet, tmp_path / "krypteret.pdf"), "krypteret")


def test_a_file_over_20_mb(db, db_path, templates, meeting, tmp_path):
    path = tmp_path / "stor.pdf"
    with open(path, "wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(21 * 1024 * 1024)
    refused(db, db_path, templates, meeting, path, "filen er for stor (21 MB")


def test_a_damaged_file(db, db_path, templates, meeting, tmp_path):
    path = tmp_path / "beskadiget.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 400)
    refused(db, db_path, templates, meeting, path, "filen er beskadiget og kan ikke læses")
    cut = tmp_path / "afbrudt.pdf"  # a download that stopped half-way
    sheet = fill(sheet_for(db, templates, meeting, "Søren Østergaard", tmp_path), TEXTS, tmp_path / "f.pdf")
    cut.write_bytes(sheet.read_bytes()[:4000])
    refused(db, db_path, templates, meeting, cut, "filen er beskadiget og kan ikke læses")


def test_reading_is_stopped_when_it_takes_too_long(db, db_path, templates, meeting, tmp_path, monkeypatch):
    path = sheet_for(db, templates, meeting, "Søren Østergaard", tmp_path)
    monkeypatch.setattr(sheet_reader, "TIME_LIMIT_S", 0.001)  # no child can answer that fast
    with pytest.raises(SheetRefused, match="det tog for lang tid at læse filen"):
        read_sheet(path)


def test_sheets_out_and_back_in_through_the_preparation_step(
    danish_app, qtbot, db, db_path, templates, meeting, tmp_path
):
    from conftest import finished, when_dialog, window_at_step
    from PySide6.QtWidgets import QDialogButtonBox

    from drøftelse.ui.sheet_import import SheetImportDialog

    window, page = window_at_step(qtbot, db_path, meeting, "forberedelse")
    written = finished(page.export_sheets(tmp_path / "ark"))
    assert len(written) == 5 and "5 forberedelsesark er gemt" in window.view.notice.message()
    assert "Træk de udfyldte ark ind" in window.view.notice.message()  # what to do next
    filled = fill([p for p in written if "Łukasz" in p.name][0], TEXTS, tmp_path / "lukasz.pdf")
    (tmp_path / "noter.txt").write_text("ikke et ark", encoding="utf-8")

    def choose_replace_and_import(dialog):
        assert isinstance(dialog, SheetImportDialog)
        combo = next(iter(dialog.choice_boxes.values()))
        combo.setCurrentIndex(1)  # "Erstat med arkets tekst" for the first conflict
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(choose_replace_and_import)
    with qtbot.waitSignal(page.sheets_imported, timeout=60_000) as imported:
        page.import_files([filled, tmp_path / "noter.txt"])
    assert imported.args == [1]
    (lukasz,) = [p for p in store.participants(db, meeting) if p.name == "Łukasz Wiśniewski"]
    assert store.answers(db, meeting)[(lukasz.id, "forberedelse", "opgaver")] == TEXTS["opgaver"]
    assert "(indlæst fra ark)" in page.people.item(1).text()
    said = window.view.notice.message()  # the result on the page, not only in the status line
    assert "1 felt(er) er indlæst fra 2 ark." in said and "Alle har forberedt sig" in said  # and what next


# --- forged sheets: the hidden identity is signed with the database's own key


def with_identity(path, identity, target):
    """What a participant can do to their returned sheet: change the hidden identity field's value."""
    from drøftelse.documents.preparation_sheet import IDENTITY_FIELD

    writer = PdfWriter(clone_from=PdfReader(path))
    writer.update_page_form_field_values(writer.pages[0], {IDENTITY_FIELD: identity}, auto_regenerate=False)
    with open(target, "wb") as f:
        writer.write(f)
    return target


def people(db, meeting):
    return {p.name: p.id for p in store.participants(db, meeting)}


def test_a_sheet_whose_participant_number_was_changed_is_refused(db, db_path, templates, meeting, tmp_path):
    """Mette changes the number in her sheet's identity to Łukasz's: it must not import as his."""
    ids = people(db, meeting)
    mette = fill(sheet_for(db, templates, meeting, "Mette Kjær Andersen", tmp_path), TEXTS, tmp_path / "mette.pdf")
    identity = read_sheet(mette).identity
    parts = identity.split(":")
    parts[parts.index(str(ids["Mette Kjær Andersen"]))] = str(ids["Łukasz Wiśniewski"])
    forged = with_identity(mette, ":".join(parts), tmp_path / "forfalsket.pdf")
    assert read_sheet(forged).identity != identity
    refused(db, db_path, templates, meeting, forged, "arket kan ikke bekræftes som et forberedelsesark")


@pytest.mark.parametrize(
    "tail",
    [":²", ":" + "7" * 5000, ":1:" + "0" * 32, ":-1", ":1:ABCDEF", ""],
    ids=["superscript-two", "5000-digits", "zero-signature", "negative", "upper-case", "nothing"],
)
def test_identities_that_are_not_what_we_wrote_get_the_same_message(db, db_path, templates, meeting, tmp_path, tail):
    genuine = sheet_for(db, templates, meeting, "Søren Østergaard", tmp_path)
    token = read_sheet(genuine).identity.split(":")[2]
    forged = with_identity(genuine, f"droeftelse-ark:2:{token}{tail}", tmp_path / "forfalsket.pdf")
    refused(db, db_path, templates, meeting, forged, "arket kan ikke bekræftes som et forberedelsesark")


def test_a_forged_sheet_on_the_command_line_is_one_danish_line(db, db_path, templates, meeting, tmp_path):
    genuine = sheet_for(db, templates, meeting, "Søren Østergaard", tmp_path)
    token = read_sheet(genuine).identity.split(":")[2]
    forged = with_identity(genuine, f"droeftelse-ark:1:{token}:²", tmp_path / "forfalsket.pdf")
    before = dump(db_path)
    result = run_cli("--db", str(db_path), "indlaes", str(meeting), str(forged), "--ved-konflikt", "erstat")
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "forfalsket.pdf: arket kan ikke bekræftes" in result.stderr
    assert dump(db_path) == before


def test_a_sheet_made_before_signed_identities_is_refused_with_what_to_do(db, db_path, templates, meeting, tmp_path):
    """Before revision 0004 the identity was the meeting's token and the participant's number, unsigned: a genuine
    one cannot be told from a forged one, so it is refused and the chairs are told to make new sheets."""
    from drøftelse.store.sheets import meeting_token

    genuine = sheet_for(db, templates, meeting, "Søren Østergaard", tmp_path)
    old = f"droeftelse-ark:1:{meeting_token(store.get_meeting(db, meeting))}:{people(db, meeting)['Søren Østergaard']}"
    path = with_identity(fill(genuine, TEXTS, tmp_path / "f.pdf"), old, tmp_path / "gammelt.pdf")
    refused(db, db_path, templates, meeting, path, "lavet af en ældre udgave af Drøftelse")
    with pytest.raises(DroeftelseError, match="Lav nye forberedelsesark"):
        plan_import(db, meeting, templates, old, TEXTS, "gammelt.pdf")


def test_each_database_signs_with_its_own_key(tmp_path, templates):
    """Two databases with the same meeting made the same way: a sheet of one does not check in the other."""
    from drøftelse.store.database import open_database
    from drøftelse.store.sheets import sheet_key

    first, second = open_database(tmp_path / "a.sqlite"), open_database(tmp_path / "b.sqlite")
    assert len(sheet_key(first)) == 32 and sheet_key(first) != sheet_key(second)
    assert sheet_key(first) == sheet_key(first)


# --- a closed meeting: its texts are the record, no sheet is read into it


def test_a_sheet_into_a_closed_meeting_is_refused_on_the_command_line(db, db_path, templates, meeting, tmp_path):
    from drøftelse.services.meetings import close_meeting

    filled = fill(sheet_for(db, templates, meeting, "Mette Kjær Andersen", tmp_path), TEXTS, tmp_path / "mette.pdf")
    close_meeting(db, meeting)
    before = dump(db_path)
    result = run_cli("--db", str(db_path), "indlaes", str(meeting), str(filled), "--ved-konflikt", "erstat")
    assert result.returncode == 2, result.stdout
    assert "er afsluttet, så der kan ikke indlæses ark i det" in result.stderr and "Intet er indlæst" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert dump(db_path) == before


def test_a_meeting_closed_after_the_preview_takes_no_sheet(db, db_path, templates, meeting, tmp_path):
    """What the window does: plan (preview), then store. Closed in between, storing is refused and changes nothing."""
    from drøftelse.services.exchange import apply_imports, plan_sheet
    from drøftelse.services.meetings import close_meeting

    filled = fill(sheet_for(db, templates, meeting, "Mette Kjær Andersen", tmp_path), TEXTS, tmp_path / "mette.pdf")
    plan = plan_sheet(db, templates, meeting, filled)
    close_meeting(db, meeting)
    before = dump(db_path)
    with pytest.raises(DroeftelseError) as e:
        apply_imports(db, templates, meeting, [(plan, {c.box: "erstat" for c in plan.changes})])
    assert "er afsluttet" in e.value.message
    assert dump(db_path) == before
    with pytest.raises(DroeftelseError, match="er afsluttet"):
        plan_sheet(db, templates, meeting, filled)
