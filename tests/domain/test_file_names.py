"""Names that become file names: every sheet its own file, however the participants are called; names cut by
bytes, not characters; no direction controls in a file name."""

import datetime as dt
import unicodedata

import pytest
from conftest import run_cli
from pypdf import PdfReader

from drøftelse.documents.preparation_sheet import IDENTITY_FIELD
from drøftelse.domain.file_names import BIDI_CONTROLS, MAX_NAME_BYTES, safe_name, unique_names
from drøftelse.store import meetings as store

EMOJI = "😀" * 80  # 320 bytes in UTF-8
OE = "ø" * 150  # 300 bytes
NAMES = [
    "a/b",
    "a_b",
    "a:b",
    "Anne Hansen",
    "Anne Hansen",
    "anne hansen",
    "ANNE HANSEN",
    "blankt",
    "é (sammensat)",
    "e\u0301 (sammensat)",  # the same name, written decomposed as macOS does
    EMOJI,
    EMOJI,
    OE,
    OE + "x",  # the same once cut
    "\u202efdp.exe",  # shows as "exe.pdf" in a file list
    "...",
    "Mette Kjær Andersen",
    "Łukasz Wiśniewski",
    "Søren Østergaard",
    "Jūratė Petrauskienė",
    "Mette Kjær Andersen",
]  # 21 participants and the blank sheet: 22 sheets


def test_ark_writes_every_sheet_to_its_own_file(db, db_path, templates, tmp_path):
    committee = store.create_committee(db, "AMO")
    meeting = store.create_meeting(
        db, committee, templates.get("kompetencedroeftelse"), "Kompetencedrøftelse 2026", dt.date(2026, 11, 20)
    )
    ids = [store.add_participant(db, meeting, name) for name in NAMES]
    out = tmp_path / "ark"
    result = run_cli("--db", str(db_path), "ark", str(meeting), "--out", str(out))
    assert result.returncode == 0, result.stderr
    written = sorted(out.iterdir())
    assert len(written) == len(NAMES) + 1 == 22
    assert len(result.stdout.splitlines()) == 22
    folded = {unicodedata.normalize("NFC", p.name).casefold() for p in written}
    assert len(folded) == 22  # apart on Windows and macOS too
    for path in written:
        assert len(path.name.encode("utf-8")) <= 255 - len(".delvis")
        assert not BIDI_CONTROLS & set(path.name)
    identities = [(PdfReader(p).get_fields() or {}).get(IDENTITY_FIELD, {}).get("/V") for p in written]
    owners = sorted(int(str(i).split(":")[3]) for i in identities if i)
    assert owners == sorted(ids)  # each participant's sheet, none overwritten by another's
    assert sum(1 for i in identities if not i) == 1  # and the blank one
    blank = next(p for p, i in zip(written, identities, strict=True) if not i)
    assert blank.name == "Forberedelsesark, blankt – Kompetencedrøftelse 2026.pdf"
    assert (out / "Forberedelsesark – blankt – Kompetencedrøftelse 2026.pdf").exists()  # the participant


@pytest.mark.parametrize("text", [EMOJI, OE, "a" * 400, "æ" + "😀" * 100, "👨‍👩‍👧" * 40])
def test_a_long_name_is_cut_by_bytes_without_splitting_a_character(text):
    name = safe_name(text)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert text.replace("\u200d", "").startswith(name)  # a prefix of whole characters (the invisible joiners go)
    assert len(name.encode("utf-8")) > MAX_NAME_BYTES - 4  # and no shorter than it must be


def test_direction_controls_and_refused_characters_leave_the_name():
    assert safe_name("\u202efdp.exe") == "fdp.exe"
    assert safe_name("a\u2066b\u2069c\u200fd") == "abcd"
    assert safe_name('Møde: "APV" 1/2 <kemi>?') == "Møde_ _APV_ 1_2 _kemi__"
    assert safe_name(" ..\u202e.. ") == "dokument"
    assert safe_name("tab\there\x7f") == "tab_here_"


def test_unique_names_tells_apart_what_a_disk_would_not():
    assert unique_names(["a.pdf", "A.pdf", "b.pdf", "a.pdf", "a (2).pdf"]) == [
        "a.pdf",
        "A (2).pdf",
        "b.pdf",
        "a (3).pdf",
        "a (2) (2).pdf",
    ]
    assert unique_names(["é.pdf", "e\u0301.pdf"]) == ["é.pdf", "e\u0301 (2).pdf"]
    assert unique_names(["uden-endelse", "uden-endelse"]) == ["uden-endelse", "uden-endelse (2)"]
