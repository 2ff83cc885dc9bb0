"""The house's own limits (issue 33): a room a newcomer can hold in their head. No module of the app over 400
lines, no function over 60 (tests are not counted); a view builds its parts in named helpers, which the function
limit keeps true of its constructor too."""

from __future__ import annotations

import ast
from pathlib import Path

import drøftelse

SOURCE = Path(drøftelse.__file__).parent
MODULE_LINES = 400
FUNCTION_LINES = 60


def modules() -> list[Path]:
    return sorted(p for p in SOURCE.rglob("*.py") if "__pycache__" not in p.parts)


def test_there_is_code_to_look_at():
    assert len(modules()) > 100


def test_no_module_over_400_lines():
    long = {str(p.relative_to(SOURCE)): n for p in modules() if (n := len(p.read_text().splitlines())) > MODULE_LINES}
    assert long == {}


def test_no_function_over_60_lines():
    long = {}
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > FUNCTION_LINES:
                    long[f"{path.relative_to(SOURCE)}:{node.lineno} {node.name}"] = lines
    assert long == {}
