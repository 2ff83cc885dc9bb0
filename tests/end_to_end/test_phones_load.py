"""The phone server under load, kept short for the suite: 12 simulated phones (a child process, loopback only) send
ideas and move dots for 6 seconds while the chairs' window and the projector follow. Nothing sent is lost, the dots
stored are the dots the phones hold, and no request failed. `make bench` runs 60 phones for 2 minutes
(benchmarks/phones_load.py) and prints the times; timings are never asserted here."""

import sys

import pytest
from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))


@pytest.mark.slow
def test_twelve_phones_for_six_seconds_lose_nothing(danish_app):
    from phones_load import run

    result = run(phones=12, seconds=6)
    assert result["answers_sent"] > 0
    assert result["answers_lost"] == 0
    assert result["dots_match"]
    assert result["errors"] == []
