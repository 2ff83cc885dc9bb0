"""Closed is closed (issue 28): a closed meeting's referat and handleplan are what HR and the committee show
Arbejdstilsynet. Every write to a closed meeting's data is refused in Danish with nothing changed – through the
services, the command line and plain SQL (the database's triggers) –, reopening asks why, every change made after
that is logged with its old and new value and the reason, the log cannot be changed, and the documents of a
meeting closed again say which version they are."""

import datetime as dt
import sqlite3

import pytest
from conftest import dump, run_cli, unhyphenated
from pypdf import PdfReader
from sqlalchemy import select

from drøftelse.domain.annual import point_label, point_steps
from drøftelse.domain.errors import DroeftelseError, MeetingClosed
from drøftelse.domain.hearing import Question
from drøftelse.services import annual, hearing
from drøftelse.services import meetings as service
from drøftelse.services.exports import write_handleplan, write_meeting_document
from drøftelse.store.models import Base

CLOSED_AT = dt.datetime(2026, 11, 23, 15, 0)


@pytest.fixture
def db(any_db):
    return any_db


@pytest.fixture
def closed(db, templates):
    """This year's annual discussion of the demo, with goals, verdicts, a plan and hearing questions, closed."""
    meeting = service.create_demo(db, templates, annual=True)
    annual.add_plan_item(db, meeting, hvem="Mette", hvad="Kursus i ergonomi", days=1.0)
    hearing.save_questions(
        db, templates, meeting, [Question("indhold", "Hvad fylder mest?"), Question("viden", "Ved vi nok?")]
    )
    if not annual.goals(db, meeting):
        annual.add_goal(db, meeting, "Et mål")
    service.close_meeting(db, meeting, CLOSED_AT)
    return meeting


def everything(db) -> list:
    """Every row of every table, on either database, to compare before and after something that must change
    nothing."""
    with db.engine.connect() as conn:
        return [
            (t.name, [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))])
            for t in Base.metadata.sorted_tables
        ]


def writes(db, templates, m: int):
    """One of every kind of write to a closed meeting's data, each as the window or the command line does it."""
    person = service.participants(db, m)[0].id
    row = service.action_items(db, m)[0].id
    goal = annual.goals(db, m)[0].id
    plan = annual.plan_items(db, m)[0].id
    ev = annual.evaluation(db, m)
    judged = next(i for i in ev.rows if i.verdict is not None)
    return {
        "title": lambda: service.update_meeting(db, m, title="Nyt navn"),
        "place": lambda: service.update_meeting(db, m, place="Kantinen"),
        "date": lambda: service.update_meeting(db, m, date=dt.date(2026, 1, 2)),
        "form": lambda: service.update_meeting(db, m, form="Video"),
        "agenda": lambda: service.update_meeting_settings(db, m, agenda={"indhold": 5}),
        "add participant": lambda: service.add_participant(db, m, "Ny Person"),
        "rename participant": lambda: service.update_participant(db, person, name="Et andet navn"),
        "absent": lambda: service.update_participant(db, person, present=False),
        "speaking time": lambda: service.add_spoken_seconds(db, person, 30),
        "move participant": lambda: service.move_participant(db, person, 3),
        "remove participant": lambda: service.delete_participant(db, person),
        "answer": lambda: service.set_answer(db, m, None, "indhold", "tekst", "Ændret efter mødet"),
        "add row": lambda: service.add_action_item(db, m, service.ActionFields(hvad="Ny række")),
        "row hvem": lambda: service.update_action_item(db, row, hvem="En anden"),
        "move row": lambda: service.move_action_item(db, row, 5),
        "remove row": lambda: service.delete_action_item(db, row),
        "verdict": lambda: annual.set_verdict(db, m, None, action_item_id=judged.action_item_id),
        "comment": lambda: annual.set_verdict(
            db, m, judged.verdict, "ny kommentar", action_item_id=judged.action_item_id
        ),
        "add goal": lambda: annual.add_goal(db, m, "Endnu et mål"),
        "goal": lambda: annual.update_goal(db, goal, "Ændret mål"),
        "remove goal": lambda: annual.delete_goal(db, goal),
        "add plan": lambda: annual.add_plan_item(db, m, hvem="Ny"),
        "plan": lambda: annual.update_plan_item(db, plan, days=3.0),
        "remove plan": lambda: annual.delete_plan_item(db, plan),
        "questions": lambda: hearing.save_questions(
            db, templates, m, [Question("viden", "Noget andet?"), Question("maal", "Mål?")]
        ),
        "groups": lambda: hearing.set_groups(db, m, ["Lageret", "Kontoret"]),
    }


def test_every_write_to_a_closed_meeting_is_refused_naming_it_and_changes_nothing(db, templates, closed):
    before = everything(db)
    title = service.get_meeting(db, closed).title
    for name, write in writes(db, templates, closed).items():
        with pytest.raises(MeetingClosed) as refused:
            write()
        assert (
            refused.value.message
            == (f"Mødet »{title}« er afsluttet 23.11.2026 – genåbn det for at rette. Intet er ændret.")
            or "er afsluttet" in refused.value.message
        ), name
        assert everything(db) == before, name


def test_the_database_itself_refuses_what_goes_around_the_program(db, closed):
    """Plain SQL, as a script or another program would write: the triggers refuse it, in Danish."""
    before = everything(db)
    for statement in (
        f"UPDATE answer SET text = 'x' WHERE meeting_id = {closed}",
        f"DELETE FROM participant WHERE meeting_id = {closed}",
        f"UPDATE action_item SET hvem = 'x' WHERE meeting_id = {closed}",
        f"INSERT INTO goal (committee_id, meeting_id, kind, position, text, created_at) "
        f"SELECT committee_id, id, 'ny', 9, 'x', updated_at FROM meeting WHERE id = {closed}",
        f"UPDATE meeting SET title = 'x' WHERE id = {closed}",
        f"DELETE FROM plan_item WHERE meeting_id = {closed}",
        f"UPDATE hearing_question SET text = 'x' WHERE meeting_id = {closed}",
    ):
        with pytest.raises(MeetingClosed, match="Mødet er afsluttet – genåbn det for at rette. Intet er ændret."):
            with db.write_connection() as conn:
                conn.execute(statement)
        assert everything(db) == before, statement


def test_what_a_closed_meeting_still_allows(db, closed):
    """The step the window stands at, closing again, and a later meeting's follow-up of its rows (status)."""
    row = service.action_items(db, closed)[0]
    service.update_meeting(db, closed, current_step="referat")
    assert service.close_meeting(db, closed).closed_count == 1  # closing a closed meeting changes nothing
    service.update_action_item(db, row.id, status="gennemfoert")
    assert service.action_item(db, row.id).status == "gennemfoert"
    assert service.change_log(db, closed) == ()  # no change after closing is made while it is closed


def test_a_member_removed_stays_a_participant_of_a_closed_meeting(db, templates):
    committee = service.create_committee(db, "Udvalget")
    member = annual.add_member(db, committee, "Hanne Holm", "AMR")
    kind = templates.get("kompetencedroeftelse")
    made = service.create_meeting(db, committee, kind, "Kompetencedrøftelse", dt.date(2026, 3, 1))
    assert made.invited == 1
    service.close_meeting(db, made.id, CLOSED_AT)
    annual.delete_member(db, member)  # the participant's link to the member goes; the participant stays
    assert [(p.name, p.member_id) for p in service.participants(db, made.id)] == [("Hanne Holm", None)]


def test_reopening_asks_why_and_every_change_after_it_is_logged(db, templates, closed):
    before = everything(db)
    for reason in ("", "   "):
        with pytest.raises(DroeftelseError, match="Skriv, hvorfor mødet genåbnes"):
            service.reopen_meeting(db, closed, reason)
    with pytest.raises(DroeftelseError, match="Grunden til genåbningen er for lang"):
        service.reopen_meeting(db, closed, "x" * 50_000)  # it stands on the referat beside "Version N"
    assert everything(db) == before
    m = service.reopen_meeting(db, closed, "Forkert ansvarlig i række 1")
    assert m.closed_at is None and m.closed_count == 1 and m.first_closed_at == CLOSED_AT
    assert m.reopen_reason == "Forkert ansvarlig i række 1"
    row = service.action_items(db, closed)[0]
    service.update_action_item(db, row.id, hvem="Søren Østergaard")
    (entry,) = service.change_log(db, closed)
    assert entry.what == "Handleplan række 1: Hvem"
    assert (entry.old_value, entry.new_value) == (row.hvem, "Søren Østergaard")
    assert entry.reason == "Forkert ansvarlig i række 1"
    assert isinstance(entry.changed_at, dt.datetime)
    service.set_answer(db, closed, None, "indhold", "tekst", "Rettet tekst")
    assert [e.what for e in service.change_log(db, closed)][1].startswith("Tekst, indhold / tekst")
    again = service.close_meeting(db, closed, dt.datetime(2026, 12, 3, 9, 30))
    assert (again.closed_count, again.first_closed_at) == (2, CLOSED_AT)
    with pytest.raises(MeetingClosed):  # closed again is closed again
        service.update_action_item(db, row.id, hvem="En tredje")


def test_the_log_cannot_be_changed_and_goes_only_with_its_meeting(db, closed):
    service.reopen_meeting(db, closed, "Stavefejl")
    service.update_meeting(db, closed, place="Mødelokale 3")
    assert len(service.change_log(db, closed)) == 1
    for statement in ("UPDATE meeting_change SET new_value = 'x'", "DELETE FROM meeting_change"):
        with pytest.raises(DroeftelseError, match="Ændringsloggen"):
            with db.write_connection() as conn:
                conn.execute(statement)
    assert service.change_log(db, closed)[0].new_value == "Mødelokale 3"
    service.delete_meeting(db, closed)  # deleting the meeting takes its log with it
    with db.write_connection() as conn:
        assert conn.execute("SELECT count(*) FROM meeting_change").fetchone()[0] == 0


def test_closing_summary_says_what_will_be_recorded(db, templates):
    meeting = service.create_demo(db, templates, annual=True)
    summary = service.closing_summary(db, templates, meeting)
    steps = sorted(point_steps(templates.get(service.get_meeting(db, meeting).kind)), key=lambda s: s.legal_point)
    assert [t for t, _ in summary.points] == [point_label(s) for s in steps]
    assert summary.points[0][0].startswith("Punkt 1: ")
    assert all(n > 0 for _, n in summary.points) and summary.missing_points == ()
    ev = annual.evaluation(db, meeting)
    assert len(summary.unjudged_rows) == sum(1 for i in ev.goals + ev.rows if i.verdict is None)
    service.set_answer(db, meeting, None, "viden", "tekst", "")
    assert any(p.startswith("Punkt 5") for p in service.closing_summary(db, templates, meeting).missing_points)


def pdf_text(path) -> str:
    return " ".join(unhyphenated("\n".join(p.extract_text() for p in PdfReader(path).pages)).split())


def test_documents_of_a_meeting_closed_twice_say_its_version(db, templates, closed, tmp_path):
    write_meeting_document(db, templates, closed, "referat", tmp_path / "v1.pdf")
    assert "Version" not in pdf_text(tmp_path / "v1.pdf")
    service.reopen_meeting(db, closed, "Forkert dato i række 2")
    service.close_meeting(db, closed, dt.datetime(2026, 12, 3, 9, 30))
    write_meeting_document(db, templates, closed, "referat", tmp_path / "referat.pdf")
    write_handleplan(db, templates, closed, tmp_path / "handleplan.pdf")
    for name in ("referat.pdf", "handleplan.pdf"):
        assert "Version 2, rettet 3.12.2026: Forkert dato i række 2" in pdf_text(tmp_path / name), name


# --- the command line (a file)
def cli(db_path, *args):
    return run_cli("--db", str(db_path), *args)


@pytest.fixture
def closed_file(db_path, templates):
    from drøftelse.services.database import open_database

    database = open_database(db_path)
    meeting = service.create_demo(database, templates, annual=True)
    database.dispose()
    return meeting


def test_the_command_line_refuses_a_closed_meeting_and_changes_nothing(db_path, templates, closed_file, tmp_path):
    from drøftelse.services.database import open_database

    out = tmp_path / "ud"
    made = cli(db_path, "hoering", str(closed_file), "--out", str(out))
    assert made.returncode == 0, made.stderr
    (sheet,) = out.glob("*.pdf")
    assert cli(db_path, "afslut", str(closed_file)).returncode == 0
    assert cli(db_path, "afslut", str(closed_file)).returncode == 0  # twice is fine
    before = dump(db_path)
    for args in (
        ("indlaes", str(closed_file), str(sheet)),
        ("hoering", str(closed_file), "--out", str(tmp_path / "igen")),
    ):
        result = cli(db_path, *args)
        assert result.returncode == 2, args
        assert "er afsluttet" in result.stderr and "Genåbn" in result.stderr, result.stderr
        assert dump(db_path) == before
    # a meeting file of a closed meeting imports as a closed meeting with all its rows, and is closed
    exported = cli(db_path, "export", str(closed_file), "--json", str(tmp_path / "m.json"))
    assert exported.returncode == 0, exported.stderr
    imported = cli(db_path, "import", str(tmp_path / "m.json"))
    assert imported.returncode == 0, imported.stderr
    new = int(imported.stdout.strip())
    database = open_database(db_path)
    try:
        m = service.get_meeting(database, new)
        assert m.closed_at is not None and m.closed_count == 1
        assert len(service.action_items(database, new)) == len(service.action_items(database, closed_file))
        with pytest.raises(MeetingClosed):
            service.set_answer(database, new, None, "indhold", "tekst", "x")
    finally:
        database.dispose()
    log = cli(db_path, "aendringslog", str(closed_file))
    assert log.returncode == 0 and "Intet er ændret" in log.stdout


def test_the_change_log_on_the_command_line_and_as_pdf(db_path, templates, closed_file, tmp_path):
    from drøftelse.services.database import open_database

    database = open_database(db_path)
    try:
        service.close_meeting(database, closed_file, CLOSED_AT)
        service.reopen_meeting(database, closed_file, "Hvem var forkert")
        row = service.action_items(database, closed_file)[-1]
        service.update_action_item(database, row.id, hvem="Jūratė Petrauskienė")
    finally:
        database.dispose()
    shown = cli(db_path, "aendringslog", str(closed_file))
    assert shown.returncode == 0, shown.stderr
    what = f"Handleplan række {row.position + 1}: Hvem"
    assert what in shown.stdout and "Jūratė Petrauskienė" in shown.stdout
    assert "Hvem var forkert" in shown.stdout
    made = cli(db_path, "aendringslog", str(closed_file), "--pdf", str(tmp_path / "log.pdf"))
    assert made.returncode == 0, made.stderr
    text = pdf_text(tmp_path / "log.pdf")
    assert "Ændringslog" in text and what in text and "Hvem var forkert" in text
    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="droeftelse:change-log"):
            conn.execute("UPDATE meeting_change SET reason = 'skjult'")
    finally:
        conn.close()
