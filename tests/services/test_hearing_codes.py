"""One voice, one answer, no names (issue 28): each høringsark handed out has its own one-time code; a code counts
once however the file was changed, a second sheet with it is refused unless the user says to replace the first,
a changed or made-up code is refused in Danish, and nothing that says who answered (the file's name, the time it
was read in) is kept. The referat counts sheets back out of sheets handed out."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import FIXTURES, dump, rows
from pypdf import PdfReader, PdfWriter
from test_hearing import cli, fill

from drøftelse.services import hearing
from drøftelse.services.meetings import close_meeting, create_demo, reopen_meeting
from drøftelse.store.database import open_database
from drøftelse.store.schema import KNOWN_REVISIONS

NAME = "Mette Jensen"


@pytest.fixture
def annual_meeting(db, templates):
    return create_demo(db, templates, annual=True)


def identity(path: Path) -> str:
    return PdfReader(path).get_fields()["droeftelse_ark_id"]["/V"]


def make_sheets(db_path, meeting, folder: Path, count: int) -> list[Path]:
    made = cli(db_path, "hoering", str(meeting), "--out", str(folder), "--antal", str(count))
    assert made.returncode == 0, made.stderr
    return [folder / line.split("/")[-1] for line in made.stdout.splitlines()]


def with_identity(sheet: Path, value: str, target: Path) -> Path:
    writer = PdfWriter(clone_from=PdfReader(sheet))
    for page in writer.pages:
        writer.update_page_form_field_values(page, {"droeftelse_ark_id": value}, auto_regenerate=False)
    writer.write(target)
    return target


def every_text(path: Path) -> str:
    """Every text value in every column of every table, as one string to search."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return "\n".join(
            str(v) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"') for v in row if isinstance(v, str)
        )
    finally:
        conn.close()


def test_antal_makes_sheets_with_distinct_codes(db, db_path, annual_meeting, tmp_path):
    sheets = make_sheets(db_path, annual_meeting, tmp_path / "ud", 3)
    assert len(sheets) == 3 and len({p.name for p in sheets}) == 3
    codes = [identity(p).split(":")[4] for p in sheets]  # droeftelse-hoering:2:<meeting>:<group>:<code>:<sig>
    assert len(set(codes)) == 3
    # made again: the same codes, and still 3 handed out
    again = make_sheets(db_path, annual_meeting, tmp_path / "igen", 3)
    assert [identity(p).split(":")[4] for p in again] == codes
    assert hearing.summary(db, annual_meeting).handed_out == 3


def test_one_code_counts_once_however_the_file_was_changed(db, db_path, annual_meeting, tmp_path):
    first, *_ = make_sheets(db_path, annual_meeting, tmp_path / "ud", 3)
    answered = fill(first, ["Støj i pakkeriet"], tmp_path / "a.pdf")
    twice = cli(db_path, "indlaes", str(annual_meeting), str(answered), str(answered))
    assert twice.returncode == 0, twice.stderr
    assert twice.stdout.splitlines()[1] == "a.pdf: høringsark – var allerede indlæst – intet ændret"

    # the same sheet, altered three ways: a character added, a trailing space, saved again unchanged
    more = fill(first, ["Støj i pakkeriet!"], tmp_path / "b.pdf")
    space = fill(first, ["Støj i pakkeriet "], tmp_path / "c.pdf")
    saved = tmp_path / "d.pdf"
    PdfWriter(clone_from=PdfReader(answered)).write(saved)
    assert len({p.read_bytes() for p in (answered, more, space, saved)}) == 4
    before = dump(db_path)
    for path in (more, space, saved):
        result = cli(db_path, "indlaes", str(annual_meeting), str(path))
        assert result.returncode == 2, path
        assert "samme engangskode er allerede indlæst" in result.stderr, result.stderr
        assert "--ved-konflikt erstat" in result.stderr and "Traceback" not in result.stderr
    assert dump(db_path) == before
    assert hearing.summary(db, annual_meeting).responses == 1

    # the user says the later one counts: it takes the first's place, still one sheet
    replaced = cli(db_path, "indlaes", str(annual_meeting), str(more), "--ved-konflikt", "erstat")
    assert replaced.returncode == 0, replaced.stderr
    assert "erstattede arket med samme engangskode" in replaced.stdout
    said = hearing.summary(db, annual_meeting)
    assert said.responses == 1 and [a.text for a in said.answers] == ["Støj i pakkeriet!"]


def test_a_made_up_or_changed_code_is_refused_in_danish(db, db_path, annual_meeting, tmp_path):
    first, second = make_sheets(db_path, annual_meeting, tmp_path / "ud", 2)
    parts = identity(fill(first, ["Svar"], tmp_path / "svar.pdf")).split(":")
    made_up = with_identity(
        fill(first, ["Svar"], tmp_path / "x.pdf"), ":".join(parts[:4] + ["0" * 16, parts[5]]), tmp_path / "opdigtet.pdf"
    )
    other = identity(second).split(":")  # another sheet's code under this sheet's signature
    swapped = with_identity(
        fill(first, ["Svar"], tmp_path / "y.pdf"), ":".join(parts[:4] + [other[4], parts[5]]), tmp_path / "byttet.pdf"
    )
    old = with_identity(
        fill(first, ["Svar"], tmp_path / "z.pdf"),
        ":".join(["droeftelse-hoering", "1", parts[2], parts[3], parts[5]]),
        tmp_path / "gammel.pdf",
    )
    before = dump(db_path)
    for path, message in (
        (made_up, "det skjulte mærke eller arkets engangskode er ændret"),
        (swapped, "det skjulte mærke eller arkets engangskode er ændret"),
        (old, "lavet, før hvert ark fik sin egen engangskode"),
    ):
        result = cli(db_path, "indlaes", str(annual_meeting), str(path))
        assert result.returncode == 2, path
        assert message in result.stderr and "Intet er indlæst" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert dump(db_path) == before


def test_no_file_name_or_time_of_day_is_kept_and_the_referat_counts_sheets(
    db, db_path, templates, annual_meeting, tmp_path
):
    first, *_ = make_sheets(db_path, annual_meeting, tmp_path / "ud", 3)
    # reopened after closing, so the change log writes a line for the sheet too
    close_meeting(db, annual_meeting)
    reopen_meeting(db, annual_meeting, "Høringssvar kom sent")
    named = fill(first, ["Tunge løft ved rampe 2"], tmp_path / f"Høringsark - {NAME}.pdf")
    result = cli(db_path, "indlaes", str(annual_meeting), str(named))
    assert result.returncode == 0, result.stderr
    assert hearing.summary(db, annual_meeting).responses == 1

    texts = every_text(db_path)
    assert "Tunge løft ved rampe 2" in texts  # the answer is there ...
    assert NAME not in texts and named.name not in texts and str(tmp_path) not in texts  # ... not whose it was
    (created,) = rows(db_path, "SELECT created_at FROM hearing_response")
    assert created[0].endswith("00:00:00.000000")
    logged = rows(db_path, "SELECT what, changed_at FROM meeting_change WHERE what LIKE 'Høringsark%'")
    assert logged and all(w == "Høringsark: tilføjet" and t.endswith("00:00:00") for w, t in logged)

    ref = cli(db_path, "referat", str(annual_meeting), "--pdf", str(tmp_path / "referat.pdf"))
    assert ref.returncode == 0, ref.stderr
    referat = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "referat.pdf").pages).split())
    assert "1 af 3 udleverede ark kom tilbage." in referat
    assert NAME not in referat


def test_an_upgraded_file_forgets_the_names_of_returned_sheets(tmp_path):
    path = tmp_path / "gammel.sqlite"
    shutil.copy(FIXTURES / "revision-0009-demo.sqlite", path)
    conn = sqlite3.connect(path)
    (meeting,) = conn.execute("SELECT id FROM meeting ORDER BY id LIMIT 1").fetchone()
    conn.execute(
        "INSERT INTO hearing_response (meeting_id, group_name, file_name, digest, created_at) VALUES (?, '', ?, ?, ?)",
        (meeting, f"Høringsark - {NAME}.pdf", "ab" * 32, "2026-11-02 13:14:15.123456"),
    )
    conn.execute(
        "INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value) VALUES (?, ?, ?, NULL, '')",
        (meeting, "2026-11-02 13:14:15", f"Høringsark Høringsark - {NAME}.pdf: tilføjet"),
    )
    conn.commit()
    conn.close()
    open_database(path).dispose()
    assert rows(path, "SELECT version_num FROM alembic_version") == [(KNOWN_REVISIONS[-1],)]
    assert NAME not in every_text(path)
    assert rows(path, "SELECT created_at, code FROM hearing_response") == [("2026-11-02 00:00:00", None)]
    assert rows(path, "SELECT what, changed_at FROM meeting_change") == [
        ("Høringsark: tilføjet", "2026-11-02 00:00:00")
    ]
    # the triggers of revision 0009 are back on the recreated table: the log is still locked
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="droeftelse:change-log"):
        conn.execute("UPDATE meeting_change SET what = 'x'")
    conn.close()
    triggers = {r[0] for r in rows(path, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {
        f"droeftelse_hearing_response_{w}" for w in ("closed_ins", "closed_upd", "closed_del", "log_ins")
    } <= triggers
    assert "droeftelse_hearing_answer_closed_ins" in triggers
