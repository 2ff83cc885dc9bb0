"""The handleplan PDF read back with pypdf: headings, every cell in order, page furniture, long cells,
escaped markup, European names, metadata; and the CSV for Excel."""

import csv
import datetime as dt
import io
import re

import pytest
from conftest import unhyphenated
from pypdf import PdfReader

from drøftelse.documents.handleplan_csv import render_csv
from drøftelse.documents.handleplan_pdf import render_handleplan, write_handleplan_pdf
from drøftelse.domain.actions import COLUMNS, ActionFields, Priority, Status
from drøftelse.domain.snapshots import ActionRow, Approval, HandleplanSnapshot, Signer


@pytest.fixture
def db(any_db):  # issue 16: each test here runs on a SQLite file and on a PostgreSQL database (conftest.any_db)
    return any_db


HEADINGS = [h for _, h in COLUMNS]
NAMES = [
    "Łukasz Wiśniewski",
    "Ștefan Țurcanu",
    "Jūratė Petrauskienė",
    "Zoë Ørsted-Åberg",
    "Ελένη Παπαδοπούλου",
    "Љубица Јовановић",
    "Dvořák Přemysl",
    "Gülşen Öztürk",
]


def row(n: int, **kw) -> ActionRow:
    values = {k: f"{k}-{n} tekst" for k, _ in COLUMNS}
    values.update(kw)
    return ActionRow(position=n, **values)


def snapshot(rows, **kw) -> HandleplanSnapshot:
    base = dict(
        committee="Arbejdsmiljøudvalget, Fjordens Lager & Logistik A/S",
        meeting_title="Kompetencedrøftelse 2026",
        meeting_kind_name="Kompetencedrøftelse",
        meeting_date=dt.date(2026, 11, 20),
        place="Mødelokale 2",
        rows=tuple(rows),
        approval=Approval(
            "arbejdsmiljøudvalget", (Signer("Leder", "Mette Kjær Andersen"), Signer("AMR", "Łukasz Wiśniewski"))
        ),
        rules_reference="AT-vejledning 1.3.1 om systematisk arbejdsmiljøarbejde",
        rules_checked=dt.date(2026, 11, 22),
    )
    base.update(kw)
    return HandleplanSnapshot(**base)


def pages_text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    """Whitespace and hyphenation's hyphens removed: wrapping inside a cell may break a line anywhere, even inside a
    long word."""
    return re.sub(r"\s+", "", unhyphenated(text))


def test_headings_then_every_cell_in_order():
    rows = [row(n) for n in range(1, 4)]
    (page,) = pages_text(render_handleplan(snapshot(rows)))
    expected = "".join(HEADINGS) + "".join(r.text(k) for r in rows for k, _ in COLUMNS)
    assert squash(expected) in squash(page)


def test_page_furniture_and_header_row_on_every_page():
    rows = [row(n, hvordan=f"Trin {n}. " + "Vi gør det grundigt og med inddragelse. " * 6) for n in range(1, 81)]
    pages = pages_text(render_handleplan(snapshot(rows)))
    assert len(pages) >= 4
    for i, text in enumerate(pages, start=1):
        assert f"Side {i} af {len(pages)}" in text
        assert "Arbejdsmiljøudvalget, Fjordens Lager & Logistik A/S" in text
        assert "Kompetencedrøftelse 2026 · 20.11.2026" in text
        if "Trin" in text:  # every page with rows on it (the signatures may stand alone on the last)
            assert squash("".join(HEADINGS)) in squash(text), f"header row missing on page {i}"
    for n in range(1, 81):  # an ordinary row moves whole to the next page, never split
        (page_of_row,) = [p for p in pages if f"hvad-{n} tekst" in p]
        assert f"opfoelgning-{n} tekst" in page_of_row
    everything = squash("".join(pages))
    positions = [everything.index(squash(f"Trin {n}.")) for n in range(1, 81)]
    assert positions == sorted(positions)


def test_a_cell_of_10000_characters_flows_onto_the_next_pages():
    words = " ".join(f"ord{n}" for n in range(2000))[:10_000]
    pdf = render_handleplan(snapshot([row(1), row(2, hvorfor=words), row(3)]))
    pages = pages_text(pdf)
    assert len(pages) >= 3
    for text in pages:  # the header row heads each page once, never a second time mid-page
        assert squash(text).count(squash("".join(HEADINGS))) <= 1
    assert squash("".join(HEADINGS)) in squash(pages[0]) and "ord0" in pages[0]  # starts under the rows above
    everything = "\n".join(pages)
    # every word of the cell, in order, across the pages (other cells and page furniture stand between)
    assert re.findall(r"\bord\d+", everything) == re.findall(r"\bord\d+", words)
    assert "hvad-3 tekst" in everything  # the rows after it are there too


def test_one_unbroken_word_of_10000_characters_does_not_stop_the_export():
    pages = pages_text(render_handleplan(snapshot([row(1, hvad="x" * 10_000)])))
    assert sum(squash(p).count("x" * 50) for p in pages) > 0
    assert "Side 1 af" in pages[0]


def test_markup_prints_as_text():
    typed = '<b>fed</b> & <font size="40">stor</font> > "citat" \'enkelt\' &amp; <br/>'
    (page,) = pages_text(render_handleplan(snapshot([row(1, hvad=typed, hvem="A & B <leder>")])))
    assert squash(typed) in squash(page)
    assert "A & B <leder>" in page


@pytest.mark.parametrize("name", NAMES)
def test_european_names_print_with_their_letters(name):
    pdf = render_handleplan(
        snapshot(
            [row(1, hvem=f"{name} følger op")],
            approval=Approval("MED-udvalget", (Signer("Leder", name), Signer("", ""))),
        )
    )
    page = " ".join(pages_text(pdf)[0].split())  # a cell may wrap anywhere between words
    assert f"{name} følger op" in page
    assert f"Navn: {name}" in page


def test_the_font_is_embedded():
    reader = PdfReader(io.BytesIO(render_handleplan(snapshot([row(1)]))))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [
        f.get_object()["/FontDescriptor"].get_object() for f in fonts.values() if "/FontDescriptor" in f.get_object()
    ]
    assert descriptors and all("/FontFile2" in d for d in descriptors)
    assert any("DejaVuSans" in str(d["/FontName"]) for d in descriptors)


def test_metadata_has_title_and_committee_as_author():
    meta = PdfReader(io.BytesIO(render_handleplan(snapshot([row(1)])))).metadata
    assert meta.title == "Handleplan – Kompetencedrøftelse 2026"
    assert meta.author == "Arbejdsmiljøudvalget, Fjordens Lager & Logistik A/S"


def test_a4_landscape():
    box = PdfReader(io.BytesIO(render_handleplan(snapshot([row(1)])))).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_signature_block_and_legal_reference():
    (page,) = pages_text(render_handleplan(snapshot([row(1)])))
    for text in (
        "Godkendt af arbejdsmiljøudvalget",
        "Navn: Mette Kjær Andersen · Leder",
        "Navn: Łukasz Wiśniewski · AMR",
        "Underskrift",
        "Dato",
        "Regelgrundlag pr. 22.11.2026: AT-vejledning 1.3.1 om systematisk arbejdsmiljøarbejde",
    ):
        assert text in page


def test_priority_and_status_columns_only_when_used():
    (plain,) = pages_text(render_handleplan(snapshot([row(1), row(2)])))
    assert "Prioritet" not in plain and "Status" not in plain
    (with_priority,) = pages_text(render_handleplan(snapshot([row(1, priority=Priority.HOEJ), row(2)])))
    assert "Prioritet" in with_priority and "høj" in with_priority and "Status" not in with_priority
    (with_status,) = pages_text(render_handleplan(snapshot([row(1, status=Status.GENNEMFOERT), row(2)])))
    assert "Status" in with_status and "gennemført" in with_status and "åben" in with_status


def test_an_empty_handleplan_still_prints(tmp_path):
    target = write_handleplan_pdf(snapshot([]), tmp_path / "tom.pdf")
    (page,) = pages_text(target.read_bytes())
    assert "Ingen rækker i handleplanen endnu." in page and "Side 1 af 1" in page


def test_the_demo_meetings_handleplan_from_the_database(db, templates):
    from drøftelse.store.action_items import handleplan_snapshot
    from drøftelse.store.demo import create_demo_meeting

    mid = create_demo_meeting(db, templates, today=dt.date(2026, 11, 20))
    snap = handleplan_snapshot(db, mid, templates)
    (page,) = pages_text(render_handleplan(snap))
    assert "Kemisk risikovurdering." in page and "Navn: Łukasz Wiśniewski" in page
    assert snap.rows[2].hvornaar_dato == dt.date(2026, 11, 20)  # "Så hurtigt som muligt."


def test_csv_opens_in_excel_with_danish_letters():
    rows = [
        row(1, hvad='Linje 1\nLinje 2; med "citat"', hvornaar="3. kvartal", hvornaar_dato=dt.date(2027, 9, 30)),
        row(2, hvem='=HYPERLINK("x")', status=Status.I_GANG, priority=Priority.LAV),
    ]
    data = render_csv(snapshot(rows))
    assert data.startswith("\ufeff".encode("utf-8"))
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert table[0][:7] == ["Nr.", *HEADINGS]
    assert table[1][1] == 'Linje 1\nLinje 2; med "citat"'
    assert table[1][7] == "30.9.2027"
    assert table[2][5] == '\'=HYPERLINK("x")'  # a formula stays text
    assert table[2][9:11] == ["i gang", "lav"]
    assert table[0][11:] == ["Alvor", "Omfang", "Vurdering", "Årsag"]  # the APV's assessment, after the rest


FORMULAS = [
    "-2+3+cmd|' /C calc'!A0",
    '=HYPERLINK("http://x")',
    "+45 12 34 56 78",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
]


def test_no_cell_of_the_csv_is_run_as_a_formula(db, templates, tmp_path):
    """OWASP's list (=, +, -, @, tab, carriage return): each such cell gets an apostrophe and stays text."""
    from conftest import run_cli

    from drøftelse.store import action_items as action_store
    from drøftelse.store import meetings as store

    meeting = store.create_meeting(
        db, store.create_committee(db, "AMO"), templates.get("kompetencedroeftelse"), "Møde", dt.date(2026, 11, 20)
    )
    for text in FORMULAS:
        action_store.add_action_item(db, meeting, ActionFields(hvad=text, hvorfor="Almindelig tekst", hvem=text))
    target = tmp_path / "handleplan.csv"
    result = run_cli("--db", str(db.path), "handleplan", str(meeting), "--csv", str(target))  # a file or a server
    assert result.returncode == 0, result.stderr
    table = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    for line, text in zip(table[1:], FORMULAS, strict=True):
        assert line[1] == line[5] == "'" + text
        assert line[2] == "Almindelig tekst"  # other text is left as it was written


def test_5000_rows_all_read_back_in_order_with_the_header_on_every_page():
    """A municipality's plan of 5,000 rows: the table is laid out a page at a time (flowing_table.RowStream), and
    every row comes back from the PDF, once, in order, whole on one page, under the header row."""
    words = "vi gør det grundigt og med inddragelse "
    rows = [row(n, hvordan=f"Trin {n}: " + words * (1 + n % 3)) for n in range(5000)]
    pages = pages_text(render_handleplan(snapshot(rows)))
    found = []
    for i, text in enumerate(pages, start=1):
        on_page = [int(n) for n in re.findall(r"hvad-(\d+) tekst", text)]
        for n in on_page:
            assert f"opfoelgning-{n} tekst" in text, f"row {n} split over pages"
        if on_page:
            assert squash("".join(HEADINGS)) in squash(text), f"header row missing on page {i}"
        assert f"Side {i} af {len(pages)}" in text
        found += on_page
    assert found == list(range(5000))
    assert "Mette Kjær Andersen" in pages[-1]
