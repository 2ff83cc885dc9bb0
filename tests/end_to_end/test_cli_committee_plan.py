"""`droeftelse handleplan --udvalg NR` run as HR would run it, in a subprocess: the committee's plan as PDF, CSV
and XLSX, chosen by status and year; one meeting's plan as before; user errors as one Danish line."""

import csv
import datetime as dt

import openpyxl
import pytest
from conftest import dump, run_cli
from pypdf import PdfReader

pytestmark = pytest.mark.slow  # subprocesses


def ok(result):
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def refused(result, text):
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("droeftelse: ") and "Traceback" not in result.stderr
    assert text in lines[0], lines[0]


def test_the_committees_handleplan_from_the_command_line(tmp_path):
    db = tmp_path / "udvalg.sqlite"
    annual = ok(run_cli("--db", str(db), "demo", "--aarlig")).strip()
    ok(run_cli("--db", str(db), "behold", annual))  # the demo's rows are the committee's once kept
    pdf, csv_file, xlsx = tmp_path / "plan.pdf", tmp_path / "plan.csv", tmp_path / "plan.xlsx"
    out = ok(
        run_cli(
            "--db",
            str(db),
            "handleplan",
            "--udvalg",
            "1",
            "--pdf",
            str(pdf),
            "--csv",
            str(csv_file),
            "--xlsx",
            str(xlsx),
        )
    )
    year = dt.date.today().year
    assert out.splitlines()[0] == (
        f"Udvalgets handleplan (7 rækker: ikke udførte rækker og rækker udført i {year}) er gemt i {pdf}"
    )
    assert str(csv_file) in out and str(xlsx) in out
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Kompetencedrøftelse" in text and "Godkendt af arbejdsmiljøudvalget" in text
    with open(csv_file, encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f, delimiter=";"))
    assert len(table) == 8 and table[0][11:13] == ["Fra mødet", "Mødedato"]
    assert table[0][-2:] == ["Virkede det?", "Note om virkningen"]  # the APV's follow-up, after the rest
    ws = openpyxl.load_workbook(xlsx)["Handleplan"]
    assert ws.max_row == 8 and ws.freeze_panes == "A2"

    chosen = tmp_path / "aaben.csv"
    next_year = str(dt.date.today().year + 1)
    out = ok(
        run_cli(
            "--db",
            str(db),
            "handleplan",
            "--udvalg",
            "1",
            "--csv",
            str(chosen),
            "--status",
            "åben,i-gang",
            "--aar",
            next_year,
        )
    )
    assert f"rækker med status åben eller i gang · planlagt i {next_year}" in out
    with open(chosen, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))[1:]
    assert rows and all(r[9] in ("åben", "i gang") and r[7].endswith(next_year) for r in rows)

    meeting_pdf = tmp_path / "moede.pdf"
    ok(run_cli("--db", str(db), "handleplan", annual, "--pdf", str(meeting_pdf)))  # one meeting, as before
    assert "Støjdæmpning i pakkeriet" in PdfReader(meeting_pdf).pages[0].extract_text()


def test_user_errors_are_one_danish_line_and_change_nothing(tmp_path):
    db = tmp_path / "udvalg.sqlite"
    ok(run_cli("--db", str(db), "demo", "--aarlig"))
    before = dump(db)
    target = str(tmp_path / "x.pdf")
    refused(run_cli("--db", str(db), "handleplan", "--pdf", target), "Angiv enten et mødenummer")
    refused(run_cli("--db", str(db), "handleplan", "3", "--udvalg", "1", "--pdf", target), "Angiv enten")
    refused(run_cli("--db", str(db), "handleplan", "--udvalg", "1"), "Angiv --pdf FIL, --csv FIL og/eller --xlsx")
    refused(run_cli("--db", str(db), "handleplan", "--udvalg", "7", "--pdf", target), "intet udvalg med nummer 7")
    refused(run_cli("--db", str(db), "handleplan", "--udvalg", "1", "--status", "lukket", "--pdf", target), "lukket")
    refused(run_cli("--db", str(db), "handleplan", "--udvalg", "1", "--aar", "26", "--pdf", target), "årstal")
    refused(run_cli("--db", str(db), "handleplan", "3", "--xlsx", target), "--xlsx gælder udvalgets handleplan")
    refused(
        run_cli("--db", str(db), "handleplan", "--udvalg", "1", "--pdf", str(tmp_path / "nej" / "x.pdf")), "findes ikke"
    )
    assert not (tmp_path / "x.pdf").exists() and dump(db) == before
