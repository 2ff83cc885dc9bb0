"""A new database file from a snapshot of the newest schema (migrations/head_schema.sql), with sqlite3 alone.

Alembic builds the same file from the revisions, but loading SQLAlchemy and Alembic for it held the very first start
(no database yet) ~0.4 s before the window could paint. The snapshot is Alembic's own result, dumped by
scripts/head_schema.py; it is used only while its revision is the newest, so a migration added without a new snapshot
falls back to Alembic (tests/store/test_head_schema.py says to write it again).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from drøftelse.paths import migrations_dir
from drøftelse.store.schema import APPLICATION_ID, HEAD_REVISION

SNAPSHOT_NAME = "head_schema.sql"
SNAPSHOT: Path = migrations_dir() / SNAPSHOT_NAME
_REVISION_LINE = "-- revision "
# the database's own key (revision 0004) is random in every file, never the one in the snapshot
_SECRET = re.compile(r"""^INSERT INTO "secret" VALUES\('sheet_identity',X'[0-9A-F]+'\);$""")


def schema_sql(conn: sqlite3.Connection) -> str:
    """The whole file `conn` holds (tables, indexes, triggers and rows) as SQL, headed by its revision."""
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    lines = [f"{_REVISION_LINE}{revision}", f"PRAGMA application_id = {application_id};"]
    for line in conn.iterdump():
        lines.append("INSERT INTO \"secret\" VALUES('sheet_identity',randomblob(32));" if _SECRET.match(line) else line)
    return "\n".join(lines) + "\n"


def snapshot_script() -> str | None:
    """The snapshot's SQL when it is at the newest revision; None when it is missing or older."""
    try:
        text = SNAPSHOT.read_text(encoding="utf-8")
    except OSError:
        return None
    first = text.split("\n", 1)[0]
    if first != f"{_REVISION_LINE}{HEAD_REVISION}" or f"PRAGMA application_id = {APPLICATION_ID};" not in text:
        return None
    return text


def create_from_snapshot(path: Path) -> bool:
    """Write the newest schema into the new, empty file `path`; False (nothing written) when there is no snapshot
    at the newest revision. SQLite's errors (a full disk) are raised as they come."""
    script = snapshot_script()
    if script is None:
        return False
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # no journal and no syncs while it is built: the file is new, beside its place, and store/upgrade.py syncs it
        # whole before moving it there (a crash meanwhile leaves only the partial file, removed at the next start)
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.executescript(script)
    finally:
        conn.close()
    return True
