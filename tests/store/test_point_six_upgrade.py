"""Point six as the law has it since 1.2.2024 (issue 14, point 1), in a database made before: schema revision 0005
moves every annual discussion's "kompetenceplan" texts to the new point "uddannelse" word for word, with the step
it stood on and the chairs' order; a meeting file from before is read the same way."""

import json
import shutil
import sqlite3
from pathlib import Path

from conftest import FIXTURES

from drøftelse.domain.annual import point_label
from drøftelse.domain.templates import check_template_version
from drøftelse.services import annual
from drøftelse.store import exchange, migrate
from drøftelse.store import meetings as store
from drøftelse.store.database import make_engine, open_database
from drøftelse.store.referat import referat_snapshot
from drøftelse.store.schema import HEAD_REVISION

FIXTURE = FIXTURES / "revision-0004-demo.sqlite"
ANNUAL = "aarlig_arbejdsmiljoedroeftelse"
OLD_TEXT = 'Plan: Łukasz – ergonomi 1,5 dag.\n\nJūratė: den obligatoriske uddannelse <snart> & "hurtigt".'
ORDER = ["kompetenceplan", "indhold", "samarbejde", "evaluering", "maal", "viden"]


def old_file_with_annual_discussions(tmp_path) -> Path:
    """The 0004 demo file with two annual discussions written the way the app wrote them before revision 0005: an
    open one standing on point six (text at version 3, the chairs' order), and a closed one."""
    path = tmp_path / "gammel.sqlite"
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path)
    with conn:
        (cid,) = conn.execute("SELECT id FROM committee").fetchone()
        stamp = "2025-11-20 10:00:00"
        for title, day, closed in (("Årlig drøftelse 2025", "2025-11-20", stamp), ("Årlig 2026", "2026-11-20", None)):
            conn.execute(
                "INSERT INTO meeting (committee_id, kind, template_version, title, date, place, forum, current_step,"
                " created_at, updated_at, closed_at, settings) VALUES (?, ?, 1, ?, ?, '', 'AMU', 'kompetenceplan',"
                " ?, ?, ?, ?)",
                (cid, ANNUAL, title, day, stamp, stamp, closed, json.dumps({"order": ORDER})),
            )
        ids = [r[0] for r in conn.execute("SELECT id FROM meeting WHERE kind = ? ORDER BY date", (ANNUAL,))]
        for mid in ids:
            for step, text, version in (("kompetenceplan", OLD_TEXT, 3), ("indhold", "APV: støj", 1)):
                conn.execute(
                    "INSERT INTO answer (meeting_id, participant_id, step, box, text, source, updated_at, version)"
                    " VALUES (?, NULL, ?, 'tekst', ?, 'typed', ?, ?)",
                    (mid, step, text, stamp, version),
                )
    conn.close()
    return path


def rows(path, sql, *args):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def test_an_old_database_keeps_its_point_six_texts_under_the_new_point(tmp_path, templates):
    path = old_file_with_annual_discussions(tmp_path)
    competence_before = rows(
        path, "SELECT * FROM answer WHERE meeting_id IN (SELECT id FROM meeting WHERE kind != ?)", ANNUAL
    )
    assert len(competence_before) > 20

    db = open_database(path)  # backed up and upgraded, as the app opens it
    assert db.revision == HEAD_REVISION
    moved = rows(
        path,
        "SELECT a.step, a.box, a.text, a.version FROM answer a JOIN meeting m ON m.id = a.meeting_id "
        "WHERE m.kind = ? AND a.step IN ('kompetenceplan', 'uddannelse') ORDER BY a.id",
        ANNUAL,
    )
    assert moved == [("uddannelse", "tekst", OLD_TEXT, 3)] * 2
    assert rows(path, "SELECT DISTINCT template_version, current_step FROM meeting WHERE kind = ?", ANNUAL) == [
        (2, "uddannelse")
    ]
    settings = [json.loads(s) for (s,) in rows(path, "SELECT settings FROM meeting WHERE kind = ?", ANNUAL)]
    assert all(s["order"] == ["uddannelse", *ORDER[1:]] for s in settings)
    competence_after = rows(
        path, "SELECT * FROM answer WHERE meeting_id IN (SELECT id FROM meeting WHERE kind != ?)", ANNUAL
    )
    assert competence_after == competence_before  # the kompetencedrøftelse has no such step: untouched

    # the open meeting: its text is point six's training text; the sagkundskab is what the new law adds
    (open_id,) = [m for (m,) in rows(path, "SELECT id FROM meeting WHERE kind = ? AND closed_at IS NULL", ANNUAL)]
    meeting = store.get_meeting(db, open_id)
    check_template_version(templates.get(ANNUAL), meeting.template_version)
    assert referat_snapshot(db, open_id, templates).competence.text == OLD_TEXT
    missing = annual.missing_points(db, open_id, templates.get(ANNUAL))
    six = [s for s in missing if s.legal_point == 6]
    assert six and point_label(six[0]).endswith("– mangler: Sagkundskab om arbejdsmiljø")


def test_down_to_0004_and_up_again_loses_no_word(tmp_path):
    path = old_file_with_annual_discussions(tmp_path)
    before = rows(path, "SELECT id, meeting_id, step, box, text FROM answer ORDER BY id")
    engine = make_engine(path)
    migrate.upgrade(engine)
    conn = sqlite3.connect(path)
    with conn:  # a sagkundskab text written after the upgrade, in the open meeting (a closed one refuses it)
        conn.execute(
            "INSERT INTO answer (meeting_id, participant_id, step, box, text, source, updated_at, version) "
            "SELECT meeting_id, NULL, 'uddannelse', 'sagkundskab', 'Egen', 'typed', updated_at, 1 FROM answer "
            "WHERE step = 'uddannelse' AND meeting_id IN (SELECT id FROM meeting WHERE closed_at IS NULL) LIMIT 1"
        )
    conn.close()
    migrate.downgrade(engine, "0004")
    assert (
        rows(path, "SELECT id, meeting_id, step, box, text FROM answer WHERE box != 'sagkundskab' ORDER BY id")
        == before
    )
    assert rows(path, "SELECT step, text FROM answer WHERE box = 'sagkundskab'") == [("kompetenceplan", "Egen")]
    migrate.upgrade(engine)
    assert rows(path, "SELECT step, text FROM answer WHERE box = 'sagkundskab'") == [("uddannelse", "Egen")]
    engine.dispose()


def test_a_meeting_file_from_before_lands_under_the_new_point(db, templates):
    from drøftelse.store.demo import create_annual_demo

    mid = create_annual_demo(db, templates)
    data = exchange.export_meeting(db, mid, templates)
    # what the app wrote before revision 0005: template version 1, the step "kompetenceplan", no sagkundskab box
    data["meeting"]["template_version"] = 1
    data["meeting"]["step"] = "kompetenceplan"
    data["meeting"]["settings"]["order"] = ORDER
    data["answers"] = [
        {**a, "step": "kompetenceplan"} if a["step"] == "uddannelse" else a
        for a in data["answers"]
        if (a["step"], a["box"]) != ("uddannelse", "sagkundskab")
    ]
    assert any(a["step"] == "kompetenceplan" for a in data["answers"])
    new = exchange.import_meeting(db, data, templates)
    m = store.get_meeting(db, new)
    assert (m.template_version, m.current_step) == (2, "uddannelse")
    texts = store.answers(db, new)
    assert texts[(None, "uddannelse", "tekst")].startswith("Jūratė tager den obligatoriske uddannelse")
    assert json.loads(m.settings)["order"][0] == "uddannelse"
