"""The declarative base and the text column that checks its length on every write."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Text
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

from drøftelse.domain.limits import MAX_LINE, MAX_TEXT, check_length, clean_text


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class LimitedText(TypeDecorator):
    """TEXT in SQLite, with its length checked whenever it is written, by the ORM or a Core insert or update:
    whichever way a text comes in (typing, a meeting file, a returned sheet), one over the limit is refused with
    a Danish message naming the field (domain/limits.py), and nothing is stored; control characters (NUL) are
    removed first."""

    impl = Text
    cache_ok = True

    def __init__(self, what: str, limit: int = MAX_TEXT):
        super().__init__()
        self.what, self.limit = what, limit

    def process_bind_param(self, value, dialect):
        value = clean_text(value)  # NUL from a paste or a file: PostgreSQL would refuse the whole write
        check_length(self.what, value, self.limit)
        return value


def line(what: str) -> LimitedText:
    """A name, title, place or role: one line of at most MAX_LINE characters."""
    return LimitedText(what, MAX_LINE)
