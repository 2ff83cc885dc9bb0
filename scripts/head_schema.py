"""Write migrations/head_schema.sql: the schema Alembic builds at the newest revision, as SQL that the standard
library's sqlite3 runs alone. A new database file on the first start is made from it, so the window paints before
SQLAlchemy or Alembic load (store/head_schema.py). Run it after adding a migration;
tests/store/test_head_schema.py fails until it has been.

    .venv/bin/python scripts/head_schema.py
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from drøftelse.store.database import make_engine
from drøftelse.store.head_schema import SNAPSHOT, schema_sql
from drøftelse.store.upgrade import create_file


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "head.sqlite"
        create_file(path, make_engine, snapshot=False)  # through Alembic, as a file was made before the snapshot
        conn = sqlite3.connect(path)
        try:
            SNAPSHOT.write_text(schema_sql(conn), encoding="utf-8")
        finally:
            conn.close()
    print(f"{SNAPSHOT} written")


if __name__ == "__main__":
    main()
