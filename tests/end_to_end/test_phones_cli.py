"""`droeftelse deltag MØDE` (issue 30): the phone server from the command line, on loopback unless told otherwise;
its links work, a forberedelse sent from a phone lands in the meeting, one that met text written meanwhile keeps both
texts (there is no window to ask), and an address that is not this machine's or a closed meeting is a Danish refusal.
"""

import os
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request

from conftest import run_cli

from drøftelse.services import meetings
from drøftelse.services.database import open_database


def start(db_path, meeting: int, *extra: str) -> tuple[subprocess.Popen, list[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "drøftelse", "--db", str(db_path), "deltag", str(meeting), "--port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )
    lines = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if line.startswith("Forberedelse") and sum(x.startswith("Forberedelse") for x in lines) == 4:
            break
    return proc, lines


def test_the_command_line_serves_forberedelse_on_loopback_and_keeps_both_texts_on_a_conflict(db_path):
    meeting = int(run_cli("--db", str(db_path), "demo").stdout)
    proc, lines = start(db_path, meeting, "--sekunder", "20")
    try:
        assert lines[0].startswith("Telefonserveren kører på http://127.0.0.1:")
        assert "ikke krypteret" in lines[1]
        mette = next(x for x in lines if x.startswith("Forberedelse, Mette"))
        url = re.search(r"http://127\.0\.0\.1:\d+/f/[a-z2-7]{26}", mette).group(0)
        page = urllib.request.urlopen(url, timeout=10).read().decode()
        version = re.search(r'name="version-opgaver" value="(\d+)"', page).group(1)
        db = open_database(db_path)
        mette_id = meetings.participants(db, meeting)[0].id
        meetings.set_answer(db, meeting, mette_id, "forberedelse", "opgaver", "Skrevet imens")  # a chair, meanwhile
        body = urllib.parse.urlencode({"boks-opgaver": "Fra telefonen", "version-opgaver": version}).encode()
        urllib.request.urlopen(url, data=body, timeout=10).read()
        proc.terminate()  # as Ctrl+C or a logout does
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "begge tekster er beholdt" in out and "Telefonserveren er stoppet." in out
    kept = meetings.answers(db, meeting)[(mette_id, "forberedelse", "opgaver")]
    assert kept.startswith("Skrevet imens") and kept.endswith("Fra telefonen")


def test_an_address_not_on_this_machine_or_a_closed_meeting_is_refused_in_danish(db_path):
    meeting = int(run_cli("--db", str(db_path), "demo").stdout)
    said = run_cli("--db", str(db_path), "deltag", str(meeting), "--adresse", "192.0.2.254", "--sekunder", "1")
    assert said.returncode == 2 and "adressen hører ikke til denne maskine" in said.stderr
    said = run_cli("--db", str(db_path), "deltag", str(meeting), "--hoering", "3", "--port", "0", "--sekunder", "1")
    assert said.returncode == 2 and "ingen høring" in said.stderr and "Traceback" not in said.stderr
    run_cli("--db", str(db_path), "afslut", str(meeting))
    said = run_cli("--db", str(db_path), "deltag", str(meeting), "--sekunder", "1")
    assert said.returncode == 2 and "afsluttet" in said.stderr
