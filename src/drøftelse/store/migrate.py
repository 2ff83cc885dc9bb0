"""Runs the Alembic revisions from code. Imported only when a file is created or upgraded."""

from __future__ import annotations

import sqlite3

from drøftelse.paths import migrations_dir


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    # Resolved at run time: the source tree, the installed wheel, or the frozen bundle
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def upgrade(engine, revision: str = "head") -> None:
    from alembic import command

    _run(engine, lambda cfg: command.upgrade(cfg, revision))


def upgrade_on(conn, revision: str = "head") -> None:
    """Upgrade inside a transaction the caller holds (a server database: under its advisory lock)."""
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def downgrade(engine, revision: str) -> None:
    from alembic import command

    _run(engine, lambda cfg: command.downgrade(cfg, revision))


def _run(engine, step) -> None:
    """One transaction for the revisions. On SQLite foreign keys are off meanwhile: batch mode copies a table and
    drops the old one, and ON DELETE CASCADE would empty its children (a meeting's answers) on the way; the keys
    are checked before the transaction commits instead."""
    cfg = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _pragma(raw, "PRAGMA foreign_keys = OFF")  # a no-op inside a transaction, so before it
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                step(cfg)
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise sqlite3.IntegrityError("foreign keys broken by a migration")
        finally:
            if sqlite:
                _pragma(raw, "PRAGMA foreign_keys = ON")


def _pragma(raw, statement: str) -> None:
    before = raw.isolation_level
    raw.isolation_level = None
    try:
        raw.execute(statement)
    finally:
        raw.isolation_level = before


def script_revisions() -> list[str]:
    """The revisions in migrations/versions, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def is_sqlite_error(e: BaseException) -> bool:
    return isinstance(e, sqlite3.Error) or isinstance(getattr(e, "orig", None), sqlite3.Error)
