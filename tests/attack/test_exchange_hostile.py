"""Hostile meeting files through `droeftelse import`: each gets one Danish line naming the field, exit code 2,
and the database is unchanged (#17, point 8)."""

import copy
import json

import pytest
from conftest import dump, run_cli
from test_exchange import ISSUE_EXAMPLE


def _file(tmp_path, text: str):
    path = tmp_path / "møde.json"
    path.write_text(text, encoding="utf-8")
    return path


def _edited(edit) -> str:
    data = copy.deepcopy(ISSUE_EXAMPLE)
    data["participants"][0]["spoken_seconds"] = 95
    edit(data)
    return json.dumps(data, ensure_ascii=False)


def _with(raw_value: str, where: str) -> str:
    """The example with `where` (a placeholder string) replaced by raw JSON that json.dumps cannot write."""
    return _edited(lambda d: None).replace(where, raw_value, 1)


DEEP = "[" * 100_000 + "]" * 100_000
CASES = {
    "nesting 100,000 deep": (
        _edited(lambda d: d["meeting"].update(settings={"order": "DEEP"})).replace('"DEEP"', DEEP),
        "meeting.settings.order[0][0][0]",
        "indlejret mere end 32 niveauer",
    ),
    "a lone surrogate in a name": (
        _edited(lambda d: d["participants"][0].update(name="HALF")).replace('"HALF"', '"Mette \\ud800"'),
        "participants[0].name",
        "ugyldigt tegn",
    ),
    "a lone surrogate in a key": (
        _edited(lambda d: d["meeting"].update(KEY=1)).replace('"KEY"', '"\\ud800"'),
        "meeting: ",  # the object whose key it is
        "ugyldigt tegn",
    ),
    "a lone surrogate in a handleplan cell": (
        _edited(lambda d: d["action_items"][0].update(hvem="HALF")).replace('"HALF"', '"\\udfff AMR"'),
        "action_items[0].hvem",
        "ugyldigt tegn",
    ),
    "the date 9999-12-31": (
        _edited(lambda d: d["meeting"].update(date="9999-12-31")),
        "meeting.date",
        "ligger ikke mellem år 1900 og 2999",
    ),
    "the date 20261120": (
        _edited(lambda d: d["meeting"].update(date="20261120")),
        "meeting.date",
        "'20261120' er ikke en dato på formen ÅÅÅÅ-MM-DD",
    ),
    "spoken_seconds 10**30": (
        _edited(lambda d: d["participants"][0].update(spoken_seconds=10**30)),
        "participants[0].spoken_seconds",
        "tallet er alt for stort (31 cifre)",
    ),
    "spoken_seconds 10**15": (
        _edited(lambda d: d["participants"][0].update(spoken_seconds=10**15)),
        "participants[0].spoken_seconds",
        "må højst være 31622400",
    ),
    "spoken_seconds -3600": (
        _edited(lambda d: d["participants"][0].update(spoken_seconds=-3600)),
        "participants[0].spoken_seconds",
        "skal være mindst 0, men er -3600",
    ),
    "template_version -1": (
        _edited(lambda d: d["meeting"].update(template_version=-1)),
        "meeting.template_version",
        "skal være mindst 1",
    ),
    "a version of 5,000 digits": (
        _edited(lambda d: d.update(version=0)).replace('"version": 0', '"version": ' + "7" * 5000),
        "version",
        "(5.000 cifre) kendes ikke",
    ),
    "a priority of true": (
        _edited(lambda d: d["action_items"][0].update(priority=True)),
        "action_items[0].priority",
        "skal være et heltal, men er sand/falsk",
    ),
    "a cell over the length limit": (
        _edited(lambda d: d["action_items"][0].update(hvordan="ø" * 100_001)),
        "action_items[0].hvordan",
        "teksten er for lang (100.001 tegn; højst 100.000)",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_a_hostile_meeting_file_is_refused_naming_the_field(tmp_path, case):
    raw, place, problem = CASES[case]
    db = tmp_path / "udvalg.sqlite"
    assert run_cli("--db", str(db), "demo").returncode == 0
    before = dump(db)
    result = run_cli("--db", str(db), "import", str(_file(tmp_path, raw)))
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("droeftelse: ") and place in line and problem in line, line
    assert dump(db) == before
    assert not list(tmp_path.rglob("fejl.log"))


def test_the_example_still_imports_with_every_optional_field(tmp_path):
    """The checks refuse nonsense, not the fields the format allows (settings written by the window included)."""
    data = copy.deepcopy(ISSUE_EXAMPLE)
    data["meeting"].update(
        template_version=1,
        step="handleplan",
        closed=False,
        forum="AMO",
        settings={"order": ["a"], "agenda": {"rammen": 5}, "speaker": 2, "speaker_minutes": 3},
    )
    data["participants"][0].update(note_taker=False, present=True, spoken_seconds=None)
    data["action_items"][0].update(priority=None, result="", hvordan='[{"' * 100 + "\\ ] }")  # brackets in text
    db = tmp_path / "udvalg.sqlite"
    result = run_cli("--db", str(db), "import", str(_file(tmp_path, json.dumps(data))))
    assert result.returncode == 0, result.stderr


def test_every_setting_the_window_stores_is_in_the_meeting_files_shape():
    """A key the window stores in a meeting's settings and the file's shape does not know would make an exported
    meeting impossible to import again."""
    import ast

    from conftest import REPO

    from drøftelse.domain.meeting_file import Settings

    def is_settings_call(node) -> bool:
        return isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "update_meeting_settings"

    stored = set()
    for path in (REPO / "src" / "drøftelse").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if is_settings_call(node):
                stored |= {k.arg for k in node.keywords if k.arg not in (None, "seen")}
            # a setting written through write_checked (issue 27): `**values`, its keys in the function's dict
            # literals, or the key handed to the page's own `_write_setting("speaker", …)`
            if isinstance(node, ast.FunctionDef) and any(
                is_settings_call(n) and any(k.arg is None for k in n.keywords) for n in ast.walk(node)
            ):
                for d in ast.walk(node):
                    if isinstance(d, ast.Dict):
                        stored |= {k.value for k in d.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "_write_setting" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    stored.add(first.value)
    assert {"order", "speaker", "speaker_minutes", "agenda"} <= stored
    assert stored <= set(Settings.model_fields)
