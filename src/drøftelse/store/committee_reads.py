"""Whether the database holds a committee yet, in plain SQL: the window's first start shows its welcome page instead
of an empty list, without loading the list's modules (issue 32)."""

from __future__ import annotations


def has_committee(db) -> bool:
    with db.read_connection() as conn:
        return conn.execute("SELECT 1 FROM committee LIMIT 1").fetchone() is not None
