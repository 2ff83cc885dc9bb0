"""Facts about our database files that can be checked without SQLAlchemy or Alembic loaded.

`KNOWN_REVISIONS` lists the Alembic revisions in order; a test keeps it equal to `migrations/versions/`.
Opening a file at head therefore never imports Alembic, which keeps start-up and `droeftelse list` light.
"""

APPLICATION_ID = 0x44524654  # "DRFT": PRAGMA application_id marks a SQLite file as ours
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
    "0014",
    "0015",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
