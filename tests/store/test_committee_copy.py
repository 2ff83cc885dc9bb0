"""Issue 16, point 5: a committee copied from a SQLite file into the shared database and back, every table
checked (counts and checksums), and nothing changed on error. As a user runs it: the command line."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import dump, run_cli

from drøftelse.services import meetings as service
from drøftelse.services.committee_copy import CopyRefused, copy_committee_to
from drøftelse.store.committee_copy import _plan, _read, checksum
from drøftelse.store.database import open_database


def committee_rows(db, committee_id: int) -> dict[str, list[dict]]:
    """Every row of the committee per table, its own numbers replaced by their order, to compare two databases."""
    with db.engine.connect() as conn:
        rows = _read(conn, committee_id)
    order = {t: {r["id"]: i for i, r in enumerate(rs)} for t, rs in rows.items()}
    tables, _ = _plan()
    out = {}
    for table in tables:
        refs = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
        out[table.name] = [
            {k: (order[refs[k]][v] if k in refs and v is not None else v) for k, v in r.items() if k != "id"}
            for r in rows[table.name]
        ]
    return out


@pytest.fixture
def annual_file(tmp_path, templates):
    """A SQLite file with two committees, the second with a year behind it (the annual demo)."""
    path = tmp_path / "laptop.sqlite"
    db = open_database(path)
    service.create_demo(db, templates)
    service.create_demo(db, templates, committee="Udvalget på Havnen", annual=True)
    db.dispose()
    return path


def test_a_committee_goes_to_the_shared_database_and_back_whole(annual_file, pg_db_url, tmp_path):
    into = run_cli("--db", str(annual_file), "kopier-udvalg", "2", "--til", pg_db_url)
    assert into.returncode == 0, into.stderr
    assert "alle rækker er kontrolleret" in into.stdout
    for table in ("committee", "member", "meeting", "participant", "answer", "action_item", "goal", "verdict"):
        assert f"  {table} " in into.stdout
    assert "kontrolsum" in into.stdout
    back_file = tmp_path / "tilbage.sqlite"
    back = run_cli("--db", pg_db_url, "kopier-udvalg", "1", "--til", str(back_file))
    assert back.returncode == 0, back.stderr
    laptop, shared, returned = open_database(annual_file), open_database(pg_db_url), open_database(back_file)
    original = committee_rows(laptop, 2)
    assert committee_rows(shared, 1) == original
    assert committee_rows(returned, 1) == original
    assert sum(len(r) for r in original.values()) > 50
    for db in (laptop, shared, returned):
        db.dispose()


def test_the_checksums_printed_are_the_same_on_both_sides(annual_file, pg_db_url):
    out = run_cli("--db", str(annual_file), "kopier-udvalg", "2", "--til", pg_db_url).stdout
    back = run_cli("--db", pg_db_url, "kopier-udvalg", "1", "--til", str(annual_file.with_name("b.sqlite"))).stdout
    sums = lambda text: [line.split()[:2] + line.split()[-1:] for line in text.splitlines() if "kontrolsum" in line]  # noqa: E731
    assert len(sums(out)) >= 8
    assert [s[:2] for s in sums(out)] == [s[:2] for s in sums(back)]  # the same rows per table both ways


def test_a_missing_committee_changes_nothing(annual_file, pg_db_url, tmp_path):
    before = dump(annual_file)
    result = run_cli("--db", str(annual_file), "kopier-udvalg", "7", "--til", str(tmp_path / "ny.sqlite"))
    assert result.returncode == 2 and "intet udvalg med nummer 7" in result.stderr
    assert not (tmp_path / "ny.sqlite").exists()
    assert dump(annual_file) == before


def test_a_row_that_does_not_arrive_rolls_the_whole_copy_back(annual_file, pg_server, pg_db_url, templates):
    """The server refuses one answer midway (a check the test adds to the target): nothing of the committee stays."""
    dbname = pg_db_url.rsplit("/", 1)[1]
    target = open_database(pg_db_url)
    service.create_demo(target, templates)  # the target has a committee of its own, which must stay as it is
    before = committee_rows(target, 1)
    target.dispose()
    pg_server.sql("ALTER TABLE answer ADD CONSTRAINT no_fokus CHECK (box <> 'lykkes') NOT VALID", dbname=dbname)
    result = run_cli("--db", str(annual_file), "kopier-udvalg", "2", "--til", pg_db_url)
    assert result.returncode == 2 and "Intet er kopieret" in result.stderr, result.stderr
    target = open_database(pg_db_url)
    from drøftelse.services.listing import committees_with_meetings

    assert [c.id for c in committees_with_meetings(target)] == [1]
    assert committee_rows(target, 1) == before
    target.dispose()


def test_copying_onto_itself_is_refused(annual_file):
    result = run_cli("--db", str(annual_file), "kopier-udvalg", "1", "--til", str(annual_file))
    assert result.returncode == 2 and "samme database" in result.stderr


def test_the_checksum_sees_one_changed_character():
    rows = [{"id": 1, "text": "Stige", "date": dt.date(2026, 1, 1)}]
    assert checksum(rows) != checksum([{**rows[0], "text": "Stigé"}])
    assert checksum(rows) == checksum([dict(rows[0])])


def test_the_service_the_window_calls_refuses_the_same_file_too(annual_file, tmp_path):
    source = open_database(annual_file)
    with pytest.raises(CopyRefused) as e:
        copy_committee_to(source, 1, annual_file)
    assert "samme database" in e.value.message
    source.dispose()
