"""The JSON exchange format: the issue's shape imports, export then import is the same meeting, faults are
named by their place in the file and change nothing."""

import copy
import json

import pytest
from conftest import dump

from drøftelse.domain.errors import ExchangeError
from drøftelse.services.meeting_file import write_meeting_file
from drøftelse.store.action_items import action_items
from drøftelse.store.demo import create_demo_meeting
from drøftelse.store.exchange import export_meeting, import_meeting, import_meeting_file
from drøftelse.store.meetings import answers, participants


@pytest.fixture
def db(any_db):  # issue 16: each test here runs on a SQLite file and on a PostgreSQL database (conftest.any_db)
    return any_db


ISSUE_EXAMPLE = {
    "format": "droeftelse.meeting",
    "version": 1,
    "committee": {"name": "Arbejdsmiljøudvalget, Eksempel A/S"},
    "meeting": {
        "kind": "kompetencedroeftelse",
        "title": "Kompetencedrøftelse 2026",
        "date": "2026-11-20",
        "place": "Mødelokale 2",
    },
    "participants": [{"key": "p1", "name": "Łukasz Wiśniewski", "role": "AMR", "formandskab": True}],
    "answers": [{"participant": "p1", "step": "forberedelse", "box": "styrke", "text": "…"}],
    "action_items": [
        {
            "hvad": "…",
            "hvorfor": "…",
            "hvordan": "…",
            "hvornaar": "3. kvartal",
            "hvem": "…",
            "opfoelgning": "…",
            "status": "aaben",
        }
    ],
}


def test_the_issues_example_imports(db, templates):
    mid = import_meeting(db, copy.deepcopy(ISSUE_EXAMPLE), templates)
    (p,) = participants(db, mid)
    assert (p.name, p.role, p.formandskab) == ("Łukasz Wiśniewski", "AMR", True)
    assert answers(db, mid) == {(p.id, "forberedelse", "styrke"): "…"}
    (item,) = action_items(db, mid)
    assert item.hvornaar == "3. kvartal" and item.hvornaar_dato.isoformat() == "2027-09-30"


def test_answers_may_be_missing_or_empty(db, templates):
    data = copy.deepcopy(ISSUE_EXAMPLE)
    data["answers"] = []
    empty = import_meeting(db, data, templates)
    del data["answers"]
    missing = import_meeting(db, data, templates)
    for mid in (empty, missing):  # the meeting is there with its people and rows, and without answers
        assert [p.name for p in participants(db, mid)] == ["Łukasz Wiśniewski"]
        assert [item.hvornaar for item in action_items(db, mid)] == ["3. kvartal"]
        assert answers(db, mid) == {}
        assert export_meeting(db, mid, templates)["answers"] == []
    assert empty != missing


def test_export_then_import_gives_the_same_meeting(db, templates, tmp_path):
    first = create_demo_meeting(db, templates)
    path = tmp_path / "møde.json"
    write_meeting_file(db, templates, first, path)
    second = import_meeting_file(db, path, templates)
    assert second != first
    assert export_meeting(db, second, templates) == export_meeting(db, first, templates)
    assert json.loads(path.read_text(encoding="utf-8"))["participants"][1]["name"] == "Łukasz Wiśniewski"


def test_hostile_text_survives_the_round_trip(db, templates):
    data = copy.deepcopy(ISSUE_EXAMPLE)
    nasty = "<b>fed</b> & \"citat\" 'x' 😀 \u202eomvendt\u202c e\u0301 Ștefan Jūratė\n\ttab" + "ø" * 50_000
    data["answers"][0]["text"] = nasty
    data["action_items"][0]["hvem"] = nasty
    mid = import_meeting(db, data, templates)
    out = export_meeting(db, mid, templates)
    assert out["answers"][0]["text"] == nasty
    assert out["action_items"][0]["hvem"] == nasty


def _broken(edit):
    data = copy.deepcopy(ISSUE_EXAMPLE)
    data["action_items"] = [copy.deepcopy(data["action_items"][0]) for _ in range(4)]
    edit(data)
    return data


@pytest.mark.parametrize(
    "edit,place",
    [
        (lambda d: d["action_items"][3].pop("hvem"), "action_items[3].hvem: mangler"),
        (
            lambda d: d["action_items"][2].update(hvornaar=3),
            "action_items[2].hvornaar: skal være tekst, men er et heltal",
        ),
        (lambda d: d["action_items"][0].update(status="færdig"), "action_items[0].status: 'færdig' er ikke en af"),
        (lambda d: d["action_items"][1].update(hvme="x"), "action_items[1].hvme: ukendt nøgle"),
        (lambda d: d["participants"][0].update(formandskab="ja"), "participants[0].formandskab: skal være sand/falsk"),
        (lambda d: d.pop("participants"), "participants: mangler"),
        (lambda d: d["meeting"].update(date="20.11.2026"), "meeting.date: '20.11.2026' er ikke en dato"),
        (lambda d: d["meeting"].update(kind="apv"), "meeting.kind: mødetypen 'apv' kendes ikke"),
        (lambda d: d["meeting"].update(template_version=99), "meeting.template_version"),
        (lambda d: d["answers"][0].update(box="styrk"), "answers[0].box: feltet 'styrk' findes ikke"),
        (lambda d: d["answers"][0].update(step="runden"), "answers[0].step: trinnet 'runden' findes ikke"),
        (lambda d: d["answers"][0].update(participant="p9"), "answers[0].participant: 'p9' er ikke en af deltagerne"),
        (lambda d: d["participants"].append(dict(d["participants"][0])), "participants[1].key: 'p1' bruges af to"),
        (lambda d: d["answers"].append(dict(d["answers"][0])), "answers[1]: samme felt står to gange"),
        (lambda d: d["committee"].update(name=None), "committee.name: skal være tekst, men er tom (null)"),
        (lambda d: d.update(version=2), "version: mødefilens version 2 kendes ikke"),
        (lambda d: d.update(format="noget.andet"), "ikke en mødefil fra Drøftelse"),
    ],
)
def test_a_fault_is_named_by_its_place_and_changes_nothing(db, db_path, templates, edit, place):
    create_demo_meeting(db, templates)
    before = dump(db_path)
    with pytest.raises(ExchangeError) as e:
        import_meeting(db, _broken(edit), templates)
    assert place in e.value.message
    assert dump(db_path) == before


@pytest.mark.parametrize(
    "content,expected",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", r"ikke en mødefil fra Drøftelse \(ikke UTF-8-tekst\)"),
        (b'{"format": "droeftelse.meeting", "version": 1,', "JSON-fejl i linje 1"),
        (b"[1, 2, 3]", "ikke en mødefil fra Drøftelse"),
        (b"", "JSON-fejl"),
    ],
)
def test_a_file_that_is_not_a_meeting_file_is_refused(db, db_path, templates, tmp_path, content, expected):
    path = tmp_path / "fil.json"
    path.write_bytes(content)
    before = dump(db_path)
    with pytest.raises(ExchangeError, match=expected):
        import_meeting_file(db, path, templates)
    assert dump(db_path) == before


def test_a_missing_file_is_named(db, templates, tmp_path):
    with pytest.raises(ExchangeError, match="findes ikke"):
        import_meeting_file(db, tmp_path / "væk.json", templates)


def test_import_reuses_a_committee_with_the_same_name(db, templates):
    a = import_meeting(db, copy.deepcopy(ISSUE_EXAMPLE), templates)
    b = import_meeting(db, copy.deepcopy(ISSUE_EXAMPLE), templates)
    from drøftelse.store.meetings import get_meeting

    assert get_meeting(db, a).committee_id == get_meeting(db, b).committee_id
