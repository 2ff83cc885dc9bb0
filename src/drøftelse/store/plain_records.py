"""Frozen records read with plain SQL (store/meeting_reads.py), as the ORM would hand them out: the record's fields
are its columns, in its order, and each value gets the field's type. SQLite keeps dates and times as ISO text and
booleans as 0/1; a PostgreSQL connection may give them typed already."""

from __future__ import annotations

import datetime as dt
import functools
import typing
from dataclasses import fields


def columns(cls, table: str = "") -> str:
    """The record's fields as a SELECT list, each qualified by `table` when given."""
    prefix = f"{table}." if table else ""
    return ", ".join(prefix + f.name for f in fields(cls))


def record_from(cls, row):
    """A `cls` from a row read with `columns(cls)`."""
    return cls(
        *(v if convert is None or v is None else convert(v) for convert, v in zip(_converters(cls), row, strict=True))
    )


def _datetime(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


@functools.cache
def _converters(cls) -> tuple:
    """Per field, what turns the stored value into the field's type (None: taken as it comes)."""
    hints = typing.get_type_hints(cls)
    found = []
    for f in fields(cls):
        kinds = set(typing.get_args(hints[f.name])) or {hints[f.name]}
        if dt.datetime in kinds:  # before date: a datetime is a date too
            found.append(_datetime)
        elif dt.date in kinds:
            found.append(_date)
        elif bool in kinds:
            found.append(bool)
        else:
            found.append(None)
    return tuple(found)
