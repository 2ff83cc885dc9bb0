"""Issue 26, item 5: addresses that are not what they look like. A server address in capitals is one; one with a
slash lost, `-`, or a path with a line break is refused in Danish before anything is made on disk, instead of
becoming a new, empty local file the chair types into believing it is the shared database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_cli

from drøftelse.domain.database_target import database_target
from drøftelse.domain.errors import DatabaseRefused
from drøftelse.domain.server_address import is_server_address, looks_like_server_address, parse_server_address


@pytest.mark.parametrize(
    "text", ["POSTGRESQL://u@server/amo", "Postgres://u@server/amo", " postgresql://u@server/amo\n", "postgresql://x"]
)
def test_an_address_in_any_case_is_an_address(text):
    assert is_server_address(text) and database_target(text) == text.strip()


def test_an_address_in_capitals_is_read_as_written_in_small_letters():
    address = parse_server_address("POSTGRESQL://Formand@DB.Kommune.dk:5433/amo")
    assert (address.user, address.host, address.port, address.dbname) == ("Formand", "db.kommune.dk", 5433, "amo")
    assert str(address) == "postgresql://Formand@db.kommune.dk:5433/amo"


@pytest.mark.parametrize(
    "text", ["postgresql:/host/db", "postgresql:host/db", "POSTGRES:/host/db", "postgresql+psycopg:/h/d"]
)
def test_an_address_with_a_slash_lost_is_refused(text):
    assert looks_like_server_address(text) and not is_server_address(text)
    for check in (database_target, parse_server_address):
        with pytest.raises(DatabaseRefused, match="ligner en serveradresse, men") as refused:
            check(text)
        assert "Skriv den som postgresql://bruger@server/database" in refused.value.message


@pytest.mark.parametrize("text", ["a\nb.sqlite", "a\x00b.sqlite", "udvalg.sqlite\r", "\tudvalg.sqlite", "-", "", "  "])
def test_a_path_that_is_no_file_name_is_refused(text):
    with pytest.raises(DatabaseRefused):
        database_target(text)


def test_an_ordinary_path_is_a_path():
    for text in ("udvalg.sqlite", "~/AMO/Udvalg – Øst.sqlite", "./-", "a\u200bb.sqlite", "C:\\AMO\\u.sqlite"):
        assert database_target(text) == Path(text)
    assert not is_server_address(Path("postgresql:/x"))  # Path has made `//` into `/`: not an address, nor a file
    with pytest.raises(DatabaseRefused, match="ligner en serveradresse"):
        database_target(Path("postgresql:/x"))


def test_a_control_character_in_an_address_is_refused():
    with pytest.raises(DatabaseRefused, match="styretegn"):
        parse_server_address("postgresql://u@server/a\nmo")


def _made(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _cli_in(folder: Path, *args: str):
    """The command run from an empty folder, with the user's data folder inside it: whatever it makes shows."""
    return run_cli(*args, env_home=folder / "home", cwd=folder)


@pytest.mark.slow
def test_an_address_in_capitals_tries_the_server_and_makes_no_file(tmp_path):
    result = _cli_in(tmp_path, "--db", "POSTGRESQL://u@127.0.0.1:1/x", "list")
    assert result.returncode == 2, result.stderr
    assert "forbindelse til databaseserveren" in result.stderr and "Traceback" not in result.stderr
    assert _made(tmp_path) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("postgresql:/host/db", "ligner en serveradresse, men"),
        ("postgresql:host/db", "ligner en serveradresse, men"),
        ("a\nb.sqlite", "styretegn"),
        ("-", "»-« er ikke en database"),
    ],
)
def test_the_command_line_refuses_what_is_no_database_and_makes_nothing(tmp_path, value, said):
    result = _cli_in(tmp_path, "--db", value, "list")
    assert result.returncode == 2
    assert said in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert _made(tmp_path) == []


@pytest.mark.slow
def test_the_copy_target_is_checked_the_same_way(tmp_path, db_path):
    assert run_cli("--db", str(db_path), "demo").returncode == 0
    empty = tmp_path / "tom"
    empty.mkdir()
    result = _cli_in(empty, "--db", str(db_path), "kopier-udvalg", "1", "--til", "postgresql:/host/db")
    assert result.returncode == 2 and "ligner en serveradresse" in result.stderr
    assert _made(empty) == []


def test_the_window_refuses_what_is_no_database_and_makes_nothing(danish_app, tmp_path, monkeypatch):
    from conftest import when_dialog

    from drøftelse.ui.app import open_main_window

    monkeypatch.chdir(tmp_path)
    for value in ("postgresql:/host/db", "a\nb.sqlite", "-"):
        seen = when_dialog(lambda d: d.accept())
        assert open_main_window(value) is None
        assert seen["title"] == "Databasen kan ikke åbnes"
    assert [p for p in os.listdir(tmp_path) if p != "home"] == []
