"""The command line run as a subprocess, as a script or HR would run it."""

import json
import sqlite3

import pytest
from conftest import run_cli, sha256
from pypdf import PdfReader

from drøftelse.store.schema import HEAD_REVISION


@pytest.fixture
def home(tmp_path):
    return tmp_path / "hjem"


def ok(result):
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def refused(result, text):
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("droeftelse: "), result.stderr
    assert text in lines[0]
    return lines[0]


def test_demo_list_handleplan_on_the_default_database(home, tmp_path):
    meeting = ok(run_cli("demo", env_home=home)).strip()
    assert meeting == "1"
    assert (home / "data" / "Droeftelse" / "droeftelse.sqlite").exists()
    listing = ok(run_cli("list", env_home=home))
    assert "Arbejdsmiljøudvalget, Fjordens Lager & Logistik A/S" in listing
    assert "Kompetencedrøftelse" in listing and "står ved Handleplan" in listing
    pdf, csv_file = tmp_path / "handleplan.pdf", tmp_path / "handleplan.csv"
    out = ok(run_cli("handleplan", meeting, "--pdf", str(pdf), "--csv", str(csv_file), env_home=home))
    assert str(pdf) in out
    assert "Kemisk risikovurdering." in PdfReader(pdf).pages[0].extract_text()
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbf")


def test_export_import_check_backup_with_db(tmp_path):
    db = tmp_path / "udvalg.sqlite"
    meeting = ok(run_cli("--db", str(db), "demo")).strip()
    exported = tmp_path / "møde.json"
    ok(run_cli("--db", str(db), "export", meeting, "--json", str(exported)))
    other = tmp_path / "andet.sqlite"
    new_id = ok(run_cli("--db", str(other), "import", str(exported))).strip()
    again = tmp_path / "igen.json"
    ok(run_cli("--db", str(other), "export", new_id, "--json", str(again)))
    assert json.loads(again.read_text(encoding="utf-8")) == json.loads(exported.read_text(encoding="utf-8"))
    check = ok(run_cli("--db", str(db), "check"))
    assert f"Skemaversion: {HEAD_REVISION}" in check and "Integritet: ok" in check
    backup = tmp_path / "kopi.sqlite"
    ok(run_cli("--db", str(db), "backup", str(backup)))
    assert sqlite3.connect(backup).execute("SELECT count(*) FROM action_item").fetchone()[0] == 3
    refused(run_cli("--db", str(db), "backup", str(backup)), "findes allerede")


def test_user_errors_are_one_danish_line(tmp_path):
    db = tmp_path / "udvalg.sqlite"
    ok(run_cli("--db", str(db), "demo"))
    refused(run_cli("--db", str(db), "handleplan", "42", "--pdf", str(tmp_path / "x.pdf")), "intet møde med nummer 42")
    refused(run_cli("--db", str(db), "handleplan", "1"), "Angiv --pdf")
    refused(run_cli("--db", str(db), "handleplan", "et", "--pdf", "x.pdf"), "'et' er ikke et mødenummer")
    refused(
        run_cli("--db", str(db), "handleplan", "1", "--pdf", str(tmp_path / "findes-ikke" / "x.pdf")), "findes ikke"
    )
    refused(run_cli("--db", str(db), "slet-alt"), "ukendt valg")
    refused(run_cli("--db", str(db), "import", str(tmp_path / "væk.json")), "findes ikke")
    bad = tmp_path / "forkert.json"
    bad.write_text('{"format": "droeftelse.meeting", "version": 1, "committee": {}}', encoding="utf-8")
    refused(run_cli("--db", str(db), "import", str(bad)), "committee.name: mangler")


def test_a_foreign_database_is_refused_and_untouched(tmp_path):
    foreign = tmp_path / "regnskab.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE konto (nr INTEGER)")
    conn.commit()
    conn.close()
    before = sha256(foreign)
    refused(run_cli("--db", str(foreign), "list"), "fra et andet program")
    assert sha256(foreign) == before


def test_help_is_danish():
    out = ok(run_cli("--hjælp"))
    assert out.startswith("Brug: droeftelse")
    assert "vis udvalg og møder med deres numre" in out and "tilvalg" in out
    assert "usage" not in out and "show this help" not in out
