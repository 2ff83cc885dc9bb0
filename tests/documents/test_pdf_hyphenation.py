"""Danish hyphenation in every PDF table (issue 29, item 5): a word that does not fit at the end of a cell's line
is broken at a Danish hyphenation point with a hyphen, never mid-word without one ("ar|bejdsmiljøarbejde|t").

The real PDFs are made through the services from the annual demo plus rows, verdicts, plan lines and a change
log full of long compound words, and read back line by line with pypdf. A line that ends in a piece of a word
must end with "-", and the piece joined to the next line's start must be a word the document was made from."""

from __future__ import annotations

import datetime as dt
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import REPO, dump
from pypdf import PdfReader

from drøftelse.domain.committee_plan import PlanFilter
from drøftelse.services import annual, exports, meetings, organisation
from drøftelse.store.database import open_database

LONG = (
    "arbejdsmiljøarbejdet",
    "arbejdsmiljøkonsulent",
    "sikkerhedsrepræsentantuddannelsen",
    "arbejdsmiljøorganisationen",
    "arbejdspladsvurderingen",
    "risikovurderingsskemaerne",
)
SENTENCE = (
    "Kontakt arbejdsmiljøkonsulent om arbejdsmiljøarbejdet, og tilmeld nye til sikkerhedsrepræsentantuddannelsen "
    "før arbejdspladsvurderingen; arbejdsmiljøorganisationen gennemgår risikovurderingsskemaerne."
)
FIELDS = ("hvad", "hvorfor", "hvordan", "hvornaar", "hvem", "opfoelgning")
_EDGE = "([«»\"'„“”)].,;:!?…"


@pytest.fixture(scope="module")
def made(tmp_path_factory, templates) -> dict[str, Path]:
    """Every PDF with a table, from one database: the annual demo and long Danish compound words in narrow
    columns (a word alone, a word after a short one, a sentence of them, a line break inside a cell)."""
    folder = tmp_path_factory.mktemp("hyphenation")
    db = open_database(folder / "udvalg.sqlite")
    meeting = meetings.create_demo(db, templates, annual=True)
    committee = meetings.get_meeting(db, meeting).committee_id
    own = meetings.create_meeting(  # the committee's plan leaves the demo's rows out until they are kept
        db, committee, templates.get("kompetencedroeftelse"), "Kompetencedrøftelse", dt.date.today()
    ).id
    for n, word in enumerate(LONG):
        shapes = (word, f"Ny {word}", SENTENCE)  # alone, after a short word, in a sentence
        values = {f: shapes[(i + n) % 3] for i, f in enumerate(FIELDS)}
        values["hvornaar"] = f"{word}\n1. kvartal"
        for m in (meeting, own):
            meetings.add_action_item(db, m, meetings.ActionFields(**values))
    for item in annual.evaluation(db, meeting).rows[:2]:
        annual.set_verdict(db, meeting, "delvist", SENTENCE, action_item_id=item.action_item_id)
    for line in annual.plan_items(db, meeting)[:2]:
        annual.update_plan_item(db, line.id, hvad=SENTENCE, hvornaar="sikkerhedsrepræsentantuddannelsen")
    last_year = next(c for c in _meetings(db) if c.closed and c.id != meeting)
    meetings.reopen_meeting(db, last_year.id, f"Rettelse: {SENTENCE}"[:400])
    first = meetings.action_items(db, last_year.id)[0]
    meetings.update_action_item(db, first.id, hvad=f"Løftevogne til {LONG[0]} og {LONG[2]}")
    meetings.close_meeting(db, last_year.id)
    out = {
        "handleplan": exports.write_handleplan(db, templates, meeting, folder / "handleplan.pdf"),
        "referat": exports.write_meeting_document(db, templates, meeting, "referat", folder / "referat.pdf"),
        "kompetenceplan": exports.write_meeting_document(
            db, templates, meeting, "kompetenceplan", folder / "kompetenceplan.pdf"
        ),
        "aendringslog": exports.write_change_log(db, last_year.id, folder / "aendringslog.pdf"),
    }
    exports.write_committee_handleplan(
        db, templates, committee, {"pdf": folder / "udvalg.pdf"}, PlanFilter(), dt.date.today()
    )
    out["udvalg"] = folder / "udvalg.pdf"
    organisation.write_organisation_handleplan(db, templates, {"pdf": folder / "organisation.pdf"})
    out["organisation"] = folder / "organisation.pdf"
    db.dispose()
    out["_db"] = folder / "udvalg.sqlite"
    return out


def _meetings(db):
    from drøftelse.services.listing import committees_with_meetings

    return [m for c in committees_with_meetings(db) for m in c.meetings]


@pytest.fixture(scope="module")
def vocabulary(made) -> set[str]:
    """The words the documents are made from: every text in the database, every Danish text of the program
    (the translation catalogue's sources, the templates' texts among them, and the strings in the code), the long
    words above."""
    texts = [str(v) for _, table in dump(made["_db"]) for row in table for v in row if isinstance(v, str)]
    catalogue = ET.parse(REPO / "resources" / "i18n" / "droeftelse_en.ts")
    texts += [s.text or "" for s in catalogue.iter("source")]
    for source in (REPO / "src" / "drøftelse").rglob("*.py"):  # a text not yet in the catalogue
        texts += re.findall(r'"([^"\n]*)"', source.read_text(encoding="utf-8"))
    texts += [SENTENCE, *LONG]
    return {_clean(w) for text in texts for w in text.split()}


def _clean(token: str) -> str:
    return token.strip(_EDGE).casefold()


def _lines(pdf: Path) -> list[str]:
    return [line.strip() for page in PdfReader(pdf).pages for line in page.extract_text().splitlines()]


def broken_words(lines: list[str], vocabulary: set[str]) -> list[str]:
    """Where a word is split over lines without a hyphen, or where what the hyphens join is no word. A word inside
    a line is always whole, so those count as words too."""
    known = vocabulary | {_clean(w) for line in lines for w in line.split()[1:-1]}
    wrong, continued = [], set()  # the lines whose first word ends a word begun on the line before
    for i, line in enumerate(lines[:-1]):
        words = line.split()
        if not words or (i in continued and len(words) == 1):  # a piece of a word checked with its start
            continue
        last = words[-1].lstrip(_EDGE)
        if not last.endswith("-"):
            if last.rstrip(_EDGE)[-1:].isalpha() and _clean(last) not in known:
                wrong.append(f"{line!r} | {lines[i + 1]!r}")
            continue
        # "ar-" "bejds-" "miljøarbejdet": the pieces of one word, each alone on its line but the first and last
        joined, kept, j = last[:-1], last, i + 1
        while j < len(lines) and lines[j].split():
            first = lines[j].split()[0]
            continued.add(j)
            if len(lines[j].split()) == 1 and first.endswith("-") and j + 1 < len(lines):
                joined, kept = joined + first[:-1], kept + first[:-1]
                j += 1
                continue
            joined, kept = joined + first, kept + first
            break
        if _clean(joined) not in known and _clean(kept) not in known:  # kept: "APV-" "handleplan"
            wrong.append(f"{line!r} | {lines[i + 1]!r} -> {joined!r}")
    return wrong


@pytest.mark.parametrize("name", ["handleplan", "udvalg", "organisation", "referat", "kompetenceplan", "aendringslog"])
def test_no_word_in_a_table_is_split_without_a_hyphen(made, vocabulary, name):
    lines = _lines(made[name])
    assert broken_words(lines, vocabulary) == []
    text = "\n".join(lines)
    assert re.search(r"\w-\n\w", text), "a long word in a narrow column is hyphenated"


URL = "https://at.dk/regler/bekendtgoerelser/systematisk-arbejdsmiljoearbejde-65/"


def test_the_last_resort_a_word_with_no_point_is_cut_with_a_hyphen_an_address_as_it_is():
    """ "xxxx…" has no Danish hyphenation point: it is cut where the column ends, with a hyphen. A capitalised word
    (most often a name) is not hyphenated unless it is wider than its column, and then at its Danish points. A web
    address and a number are cut without a hyphen, so they can be typed in again as printed."""
    from drøftelse.documents.handleplan_pdf import render_handleplan
    from drøftelse.domain.snapshots import ActionRow, Approval, HandleplanSnapshot

    texts = {"hvad": "Sikkerhedsrepræsentantuddannelsen", "hvorfor": "Mette Kjær Andersen-Sikkerhedsrepræsentant"}
    texts |= {"hvordan": URL, "hvornaar": "x" * 60, "hvem": "1234567890" * 4, "opfoelgning": "Ny"}
    snapshot = HandleplanSnapshot(
        committee="AMO",
        meeting_title="Møde",
        meeting_kind_name="Kompetencedrøftelse",
        meeting_date=dt.date(2026, 11, 20),
        place="",
        rows=(ActionRow(position=1, **texts),),
        approval=Approval("arbejdsmiljøudvalget", ()),
        rules_reference="BEK nr. 65 af 22/01/2024",
        rules_checked=dt.date(2026, 11, 22),
    )
    lines = [
        line.strip()
        for page in PdfReader(io.BytesIO(render_handleplan(snapshot))).pages
        for line in page.extract_text().splitlines()
    ]
    start = lines.index("Opfølgning?") + 1
    cells = lines[start : lines.index("Ny", start)]
    xs = [line for line in cells if set(line) <= {"x", "-"}]
    assert len(xs) > 2 and all(line.endswith("-") for line in xs[:-1]) and not xs[-1].endswith("-")
    assert "".join(line.removesuffix("-") for line in xs) == "x" * 60
    joined = "".join(cells)
    assert URL in joined and "1234567890" * 4 in joined  # cut, but nothing added
    word = cells[: next(i for i, line in enumerate(cells) if line.startswith("Mette"))]
    assert len(word) > 1 and all(line.endswith("-") for line in word[:-1]), word
    assert "".join(line.removesuffix("-") for line in word) == texts["hvad"]
    assert "Mette Kjær" in joined and "Ander-" not in joined  # a name is not hyphenated where it can move whole
