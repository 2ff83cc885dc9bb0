"""A small checker for nested dicts read from TOML that names the exact place of a fault, in Danish.

The meeting templates are checked with it (they are ours, shipped with the program). Meeting files, which come
from anywhere, are checked with pydantic in domain/meeting_file.py, with the same way of naming a place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate

_TYPE_NAMES = {
    str: QT_TRANSLATE_NOOP("Types", "tekst"),
    int: QT_TRANSLATE_NOOP("Types", "et heltal"),
    float: QT_TRANSLATE_NOOP("Types", "et tal"),
    bool: QT_TRANSLATE_NOOP("Types", "sand/falsk"),
    list: QT_TRANSLATE_NOOP("Types", "en liste"),
    dict: QT_TRANSLATE_NOOP("Types", "et objekt"),
    dt.date: QT_TRANSLATE_NOOP("Types", "en dato"),
    type(None): QT_TRANSLATE_NOOP("Types", "tom (null)"),
}


class ShapeError(ValueError):
    def __init__(self, path: str, problem: str):
        super().__init__(f"{path or '(roden)'}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Key:
    """What one key holds: a type, whether it must be there, and the shape of nested objects."""

    type: type | tuple[type, ...]
    required: bool = True
    fields: dict[str, Key] | None = None  # for an object, or for each object in a list
    items: type | None = None  # for a list of plain values
    choices: tuple = field(default=())
    nullable: bool = False


def _type_name(t: type | tuple[type, ...]) -> str:
    if isinstance(t, tuple):
        return translate("Types", " eller ").join(translate("Types", _TYPE_NAMES.get(x, x.__name__)) for x in t)
    return translate("Types", _TYPE_NAMES.get(t, t.__name__))


def _is(value: Any, expected: type | tuple[type, ...]) -> bool:
    expected_t = expected if isinstance(expected, tuple) else (expected,)
    if isinstance(value, bool) and bool not in expected_t:
        return False  # True is an int in Python, never in our files
    if isinstance(value, dt.datetime) and dt.datetime not in expected_t:
        return False
    return isinstance(value, expected_t)


def check(value: Any, fields: dict[str, Key], path: str = "") -> None:
    """Raise ShapeError for the first fault in `value`, an object whose keys are described by `fields`."""
    if not isinstance(value, dict):
        raise ShapeError(path, translate("shape", "skal være et objekt, men er {0}").format(_type_name(type(value))))
    for name in value:
        if name not in fields:
            raise ShapeError(_join(path, name), translate("shape", "ukendt nøgle (stavefejl?)"))
    for name, key in fields.items():
        here = _join(path, name)
        if name not in value:
            if key.required:
                raise ShapeError(here, "mangler")
            continue
        _check_value(value[name], key, here)


def _check_value(v: Any, key: Key, here: str) -> None:
    if v is None and key.nullable:
        return
    if not _is(v, key.type):
        raise ShapeError(
            here, translate("shape", "skal være {0}, men er {1}").format(_type_name(key.type), _type_name(type(v)))
        )
    if key.choices and v not in key.choices:
        allowed = ", ".join(repr(c) for c in key.choices)
        raise ShapeError(here, translate("shape", "{0!r} er ikke en af {1}").format(v, allowed))
    if isinstance(v, dict) and key.fields is not None:
        check(v, key.fields, here)
    if isinstance(v, list):
        for i, item in enumerate(v):
            where = f"{here}[{i}]"
            if key.fields is not None:
                check(item, key.fields, where)
            elif key.items is not None and not _is(item, key.items):
                raise ShapeError(
                    where,
                    translate("shape", "skal være {0}, men er {1}").format(
                        _type_name(key.items), _type_name(type(item))
                    ),
                )


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name
