"""Where the command's own output goes: a pipe closed early ends quietly, a full device gets a Danish line."""

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _run_list(tmp_path: Path, stdout) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"))
    db = tmp_path / "udvalg.sqlite"
    subprocess.run(
        [sys.executable, "-m", "drøftelse", "--db", str(db), "demo"], check=True, capture_output=True, env=env
    )
    return subprocess.run(
        [sys.executable, "-m", "drøftelse", "--db", str(db), "list"], stdout=stdout, stderr=subprocess.PIPE, env=env
    )


@pytest.mark.slow
def test_a_closed_pipe_ends_quietly(tmp_path):
    """`droeftelse list | head -1`: the reader has gone before the listing is written."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = _run_list(tmp_path, write_end)
    finally:
        os.close(write_end)
    assert result.returncode == 141  # 128 + SIGPIPE, as a shell reports it
    assert result.stderr == b""
    assert not list(tmp_path.rglob("fejl.log"))  # nothing unexpected was logged


@pytest.mark.slow
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_full_device_gets_a_danish_line(tmp_path):
    with open("/dev/full", "wb") as full:
        result = _run_list(tmp_path, full)
    assert result.returncode == 2
    lines = result.stderr.decode("utf-8").strip().splitlines()
    assert lines == ["droeftelse: kommandoens uddata kunne ikke skrives: der er ikke mere plads på enheden."]
    assert not list(tmp_path.rglob("fejl.log"))
