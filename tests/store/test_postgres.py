"""Issue 16, point 1: the same app on a shared PostgreSQL database, against a real server the tests start
(tests/pg_cluster.py). The command line as a user runs it; the password from the keyring or .pgpass, never kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_cli

from drøftelse.domain.errors import DatabaseRefused
from drøftelse.domain.server_address import KEYRING_SERVICE, is_server_address, parse_server_address
from drøftelse.store import migrate
from drøftelse.store.database import open_database
from drøftelse.store.schema import HEAD_REVISION, KNOWN_REVISIONS


def test_the_command_line_runs_every_kind_of_work_on_a_shared_database(pg_url, tmp_path):
    for args in (["demo"], ["demo", "--aarlig"]):
        made = run_cli("--db", pg_url, *args)
        assert made.returncode == 0, made.stderr
    listed = run_cli("--db", pg_url, "list")
    assert listed.returncode == 0, listed.stderr
    assert "Udvalg 1: Arbejdsmiljøudvalget" in listed.stdout and "Årlig arbejdsmiljødrøftelse 2025" in listed.stdout
    checked = run_cli("--db", pg_url, "check")
    assert checked.returncode == 0, checked.stderr
    assert f"Skemaversion: {HEAD_REVISION}" in checked.stdout and "Integritet: ok" in checked.stdout
    plan = run_cli("--db", pg_url, "handleplan", "--udvalg", "1", "--pdf", str(tmp_path / "p.pdf"))
    assert plan.returncode == 0, plan.stderr
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    exported = run_cli("--db", pg_url, "export", "1", "--json", str(tmp_path / "m.json"))
    assert exported.returncode == 0, exported.stderr
    imported = run_cli("--db", pg_url, "import", str(tmp_path / "m.json"))
    assert imported.returncode == 0 and imported.stdout.strip() == "5", imported.stderr


def test_an_older_shared_database_is_upgraded_by_the_same_migrations(pg_url):
    from sqlalchemy import create_engine, inspect

    engine = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://"))
    migrate.upgrade(engine, KNOWN_REVISIONS[0])
    assert "goal" not in inspect(engine).get_table_names()
    engine.dispose()
    db = open_database(pg_url)
    assert db.revision == HEAD_REVISION
    assert {"goal", "verdict", "plan_item", "secret"} <= set(inspect(db.engine).get_table_names())
    db.dispose()


def test_a_database_of_another_program_is_refused_and_left_alone(pg_server, pg_url):
    pg_server.sql("CREATE TABLE kunder (id int primary key, navn text)", dbname=pg_url.rsplit("/", 1)[1])
    result = run_cli("--db", pg_url, "list")
    assert result.returncode == 2
    assert "tabeller fra et andet program" in result.stderr and "Traceback" not in result.stderr
    import psycopg

    with psycopg.connect(pg_url) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    assert tables == ["kunder"]


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("postgresql://127.0.0.1/x", "mangler brugernavnet"),
        ("postgresql://bruger@/x", "ikke en gyldig serveradresse"),
        ("postgresql://bruger@server", "ikke en gyldig serveradresse"),
        ("postgresql://bruger@server:99999/x", "portnummeret er forkert"),
    ],
)
def test_a_wrong_address_is_said_in_danish(address, said):
    result = run_cli("--db", address, "list")
    assert result.returncode == 2
    assert said in result.stderr and "Traceback" not in result.stderr


def test_no_server_at_the_address_is_one_danish_line(pg_server):
    from pg_cluster import free_port

    result = run_cli("--db", f"postgresql://formand@127.0.0.1:{free_port()}/udvalg", "list")
    assert result.returncode == 2
    assert result.stderr.startswith("droeftelse: Der er ikke forbindelse til databaseserveren")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_password_typed_into_the_address_is_never_shown():
    address = parse_server_address("postgresql://formand:hemmelig@server.kommune.dk/amo")
    assert address.password == "hemmelig"
    assert "hemmelig" not in str(address) and "hemmelig" not in address.name and "hemmelig" not in address.key
    assert not is_server_address(Path("postgresql:/x"))  # what Path makes of an address is a file's name
    with pytest.raises(DatabaseRefused) as e:
        parse_server_address("postgresql://:hemmelig@server/amo")
    assert "hemmelig" not in e.value.message


@pytest.fixture
def role_with_password(pg_server, pg_url):
    """A chair's own role on the server, which must give its password."""
    dbname = pg_url.rsplit("/", 1)[1]
    pg_server.sql("CREATE ROLE formand LOGIN PASSWORD 'Sommer-2026!'")
    pg_server.sql(f'GRANT ALL ON DATABASE "{dbname}" TO formand')
    pg_server.sql(f'ALTER DATABASE "{dbname}" OWNER TO formand')
    yield pg_server.url(dbname, user="formand")
    pg_server.sql(f'ALTER DATABASE "{dbname}" OWNER TO droeftelse')
    pg_server.sql(f'DROP DATABASE "{dbname}" WITH (FORCE)')
    pg_server.sql("DROP ROLE formand")


def test_without_a_password_the_user_is_told_where_to_put_it(role_with_password):
    result = run_cli("--db", role_with_password, "list")
    assert result.returncode == 2
    assert "nøgleringen" in result.stderr and ".pgpass" in result.stderr and "Traceback" not in result.stderr


def test_the_password_from_pgpass_is_used_and_not_copied(role_with_password, tmp_path):
    home = Path(os.environ["HOME"])
    port = role_with_password.split(":")[2].split("/")[0]
    pgpass = home / ".pgpass"
    pgpass.write_text(f"127.0.0.1:{port}:*:formand:Sommer-2026!\n")
    pgpass.chmod(0o600)
    made = run_cli("--db", role_with_password, "demo")
    assert made.returncode == 0, made.stderr
    listed = run_cli("--db", role_with_password, "list")
    assert "Udvalg 1" in listed.stdout
    assert not _files_containing(home, b"Sommer-2026!", except_=pgpass)


def test_the_password_from_the_keyring_is_used_and_not_copied(role_with_password, monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    class OneEntry(KeyringBackend):  # a keyring backend of its own: the real lookup through keyring's API
        priority = 1
        entries = {(KEYRING_SERVICE, parse_server_address(role_with_password).key): "Sommer-2026!"}

        def get_password(self, service, username):
            return self.entries.get((service, username))

        def set_password(self, service, username, password):
            raise AssertionError("Drøftelse must not store a password")

        def delete_password(self, service, username):
            raise AssertionError("Drøftelse must not delete a password")

    previous = keyring.get_keyring()
    keyring.set_keyring(OneEntry())
    try:
        db = open_database(role_with_password)
        from drøftelse.services.listing import committees_with_meetings

        assert committees_with_meetings(db) == []
        db.dispose()
    finally:
        keyring.set_keyring(previous)
    assert not _files_containing(Path(os.environ["HOME"]), b"Sommer-2026!")


def _files_containing(folder: Path, secret: bytes, except_: Path | None = None) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and p != except_ and secret in p.read_bytes()]


def test_a_backup_of_a_shared_database_is_left_to_the_server(pg_url, tmp_path):
    result = run_cli("--db", pg_url, "backup", str(tmp_path / "kopi.sqlite"))
    assert result.returncode == 2 and "pg_dump" in result.stderr
    assert not (tmp_path / "kopi.sqlite").exists()


def test_the_window_opens_on_a_shared_database(qtbot, danish_app, pg_url):
    from drøftelse.ui.app import open_main_window

    assert run_cli("--db", pg_url, "demo").returncode == 0
    window = open_main_window(pg_url)
    qtbot.addWidget(window)
    window.show()
    assert "på 127.0.0.1" in window.windowTitle()
    window.open_meeting(1)
    assert window.view is not None


def test_the_window_remembers_a_shared_database_and_the_keyring_its_password(
    qtbot, danish_app, role_with_password, db_path, templates
):
    """Organisation ▸ Fælles database: the address is used from the next start, the password goes to the keyring."""
    import keyring
    from conftest import when_dialog
    from keyring.backend import KeyringBackend
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialogButtonBox

    from drøftelse.ui.app import open_main_window
    from drøftelse.ui.server_dialog import SETTING

    class Kept(KeyringBackend):
        priority = 1
        entries: dict = {}

        def get_password(self, service, username):
            return self.entries.get((service, username))

        def set_password(self, service, username, password):
            self.entries[(service, username)] = password

        def delete_password(self, service, username):
            self.entries.pop((service, username), None)

    assert run_cli("--db", str(db_path), "demo").returncode == 0  # a committee: no first-start welcome
    previous = keyring.get_keyring()
    keyring.set_keyring(Kept())
    try:
        window = open_main_window(db_path)
        qtbot.addWidget(window)
        window.show()
        page = window.list_page.show_organisation()

        def fill(dialog):
            qtbot.keyClicks(dialog.address, role_with_password)
            qtbot.keyClicks(dialog.password, "Sommer-2026!")
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

        when_dialog(fill)
        page.choose_shared_database()
        QSettings().sync()
        assert QSettings().value(SETTING) == role_with_password
        assert Kept.entries == {(KEYRING_SERVICE, parse_server_address(role_with_password).key): "Sommer-2026!"}
        assert not _files_containing(Path(os.environ["HOME"]), b"Sommer-2026!")
        assert "fælles database" in window.status.text()
        chair = open_database(role_with_password)  # the password from the keyring, as the window will have it
        from drøftelse.services.meetings import create_demo

        create_demo(chair, templates)  # a committee on the server: no first-start welcome there either
        chair.dispose()
        shared = open_main_window(None)  # the next start, without --db
        qtbot.addWidget(shared)
        assert shared.db.dialect == "postgresql" and "på 127.0.0.1" in shared.windowTitle()
        shared.db.dispose()
    finally:
        QSettings().remove(SETTING)
        keyring.set_keyring(previous)
