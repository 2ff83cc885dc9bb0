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

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def upgrade_on(conn, revision: str = "head") -> None:
    """Upgrade inside a transaction the caller holds (a server database: under its advisory lock)."""
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def downgrade(engine, revision: str) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def script_revisions() -> list[str]:
    """The revisions in migrations/versions, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def is_sqlite_error(e: BaseException) -> bool:
    return isinstance(e, sqlite3.Error) or isinstance(getattr(e, "orig", None), sqlite3.Error)
