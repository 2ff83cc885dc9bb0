"""The command line in either language: --lang da|en, or the system's locale when it is not given."""

from __future__ import annotations

import os

import pytest
from conftest import run_cli
from pypdf import PdfReader


def ok(result):
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def demo(tmp_path):
    db = tmp_path / "udvalg.sqlite"
    annual = int(ok(run_cli("--db", str(db), "demo", "--aarlig")).strip())
    return db, annual - 2, annual  # the annual demo makes its kompetencedrøftelse first


def test_an_english_handleplan_from_the_command_line(demo, tmp_path):
    db, meeting, _ = demo
    english, danish = tmp_path / "plan.pdf", tmp_path / "handleplan.pdf"
    said = ok(run_cli("--lang", "en", "--db", str(db), "handleplan", str(meeting), "--pdf", str(english)))
    assert said.strip() == f"The action plan is saved in {english}"
    text = pdf_text(english)
    for heading in (
        "Action plan",
        "What?",
        "Why?",
        "How?",
        "When?",
        "Who?",
        "Follow-up?",
        "Approved by",
        "Page 1 of 1",
    ):
        assert heading in text, heading
    assert "Hvad?" not in text and "Hvorfor?" not in text and "Side 1 af 1" not in text
    assert "Competence discussion" in PdfReader(english).metadata.subject
    ok(run_cli("--db", str(db), "handleplan", str(meeting), "--pdf", str(danish)))  # the suite's locale: Danish
    assert "Hvad?" in pdf_text(danish) and "What?" not in pdf_text(danish)


def test_english_sheets_referat_and_competence_plan(demo, tmp_path):
    db, meeting, annual = demo
    sheets = tmp_path / "ark"
    ok(run_cli("--lang", "en", "--db", str(db), "ark", str(meeting), "--out", str(sheets)))
    names = sorted(p.name for p in sheets.iterdir())
    assert names[-1] == "Preparation sheet, blank – Kompetencedrøftelse 2026.pdf"
    sheet = pdf_text(next(sheets.glob("Preparation sheet – Łukasz*")))
    assert "Preparation sheet" in sheet and "For: Łukasz Wiśniewski" in sheet
    assert "This we already do well" in sheet and "Dette lykkes vi godt med" not in sheet
    referat, plan = tmp_path / "minutes.pdf", tmp_path / "plan.pdf"
    ok(run_cli("--lang", "en", "--db", str(db), "referat", str(annual), "--pdf", str(referat)))
    text = pdf_text(referat)
    assert "Minutes: Annual working environment discussion" in text
    assert "Point 1. Plan the content of the cooperation for the coming year" in text
    assert "Punkt " not in text
    ok(run_cli("--lang", "en", "--db", str(db), "kompetenceplan", str(annual), "--pdf", str(plan)))
    text = " ".join(pdf_text(plan).split())
    assert (
        "Competence development plan for the AMO's members" in text and "Page 1 of 1" in text
    )  # one page again: a short table is measured whole

    # a refusal written by the child process that reads a returned sheet is in English too
    refused = run_cli("--lang", "en", "--db", str(db), "indlaes", str(meeting), str(plan))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert refused.stderr.strip().startswith("droeftelse: plan.pdf: the sheet has no fillable fields – it was probably")


def test_the_language_follows_the_locale_and_help_and_errors_speak_it(demo):
    db, _, _ = demo
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    english = ok(run_cli("--db", str(db), "list", env={**env, "LANG": "en_GB.UTF-8"}))
    assert english.startswith("Committee 1: ") and "(closed)" in english
    danish = ok(run_cli("--db", str(db), "list", env={**env, "LANG": "da_DK.UTF-8"}))
    assert danish.startswith("Udvalg 1: ") and "(afsluttet)" in danish
    assert ok(run_cli("--lang", "da", "--db", str(db), "list", env={**env, "LANG": "en_GB.UTF-8"})) == danish

    help_text = ok(run_cli("--lang", "en", "--help"))
    assert "show this help and exit" in help_text and "commands:" in help_text and "vis denne" not in help_text
    refused = run_cli("--lang", "en", "--db", str(db), "handleplan")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert refused.stderr.strip() == (
        "droeftelse: Give either a meeting number (the meeting's action plan) or --udvalg NR (the whole committee's)."
    )
    unknown = run_cli("--lang", "de", "list")
    assert unknown.returncode == 2 and "ukendt valg: 'de'" in unknown.stderr
