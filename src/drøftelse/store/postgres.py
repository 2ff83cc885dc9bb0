"""A shared database on a PostgreSQL server (psycopg 3), with the same face as a database file.

The same Alembic revisions create and upgrade it, under an advisory lock so two chairs' apps starting at once
do not both migrate. The password is looked up in the user's keyring (service "Drøftelse", user
`user@host:port/dbname`) when the keyring library is installed; otherwise libpq reads `~/.pgpass` itself. We never
write a password anywhere.
"""

from __future__ import annotations

import threading

from sqlalchemy import create_engine, event, inspect
from sqlalchemy import text as sql
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from drøftelse.domain.errors import DatabaseGone, DatabaseRefused
from drøftelse.domain.i18n import translate
from drøftelse.domain.server_address import KEYRING_SERVICE, ServerAddress, parse_server_address
from drøftelse.store.database import Database
from drøftelse.store.migrate import upgrade_on
from drøftelse.store.schema import HEAD_REVISION, KNOWN_REVISIONS
from drøftelse.store.sqlite_errors import trigger_refusal

MIGRATION_LOCK = 0x44524654  # pg_advisory_xact_lock key while the schema is created or upgraded ("DRFT")
CONNECT_TIMEOUT_S = 10


def _driver():
    try:
        import psycopg  # noqa: PLC0415 - the optional extra droeftelse[postgres]
    except ImportError:
        raise DatabaseRefused(
            translate(
                "postgres",
                "PostgreSQL-driveren (psycopg) er ikke installeret. Installér den med: pip install "
                "'droeftelse[postgres]'",
            )
        ) from None
    return psycopg


def keyring_password(address: ServerAddress) -> str | None:
    """The password kept in the user's keyring for this address, or None (no keyring, no entry, a locked one)."""
    try:
        import keyring  # noqa: PLC0415 - optional (droeftelse[postgres]); without it libpq reads ~/.pgpass
        from keyring.errors import KeyringError  # noqa: PLC0415
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, address.key)
    except (KeyringError, RuntimeError, OSError):
        return None


def _connect_kwargs(address: ServerAddress) -> dict:
    kwargs = dict(
        host=address.host,
        port=address.port,
        user=address.user,
        dbname=address.dbname,
        connect_timeout=CONNECT_TIMEOUT_S,
        application_name="Drøftelse",
    )
    password = address.password or keyring_password(address)
    if password is not None:
        kwargs["password"] = password
    return kwargs


def cannot_connect(address: ServerAddress, error: Exception) -> DatabaseRefused:
    """libpq's reason, in a Danish sentence that says what to do."""
    reason = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
    hint = ""
    if "password" in reason.lower():
        hint = (
            f" Læg adgangskoden i nøgleringen (keyring set {KEYRING_SERVICE} {address.key}) "
            "eller i filen ~/.pgpass; Drøftelse gemmer den ikke selv."
        )
    elif "does not exist" in reason:
        hint = " Bed jeres IT om at oprette databasen, eller ret navnet i adressen."
    elif "connect" in reason.lower() or "timeout" in reason.lower():
        hint = " Kontrollér adressen og netværket, eller om serveren kører."
    return DatabaseRefused(
        translate("postgres", "Der er ikke forbindelse til databaseserveren {0} ({1}).{2}").format(
            address, reason, hint
        )
    )


class _LightConnection:
    """A plain psycopg connection that reads the light queries the SQLite path uses (`?` placeholders, dates as
    ISO text), so store/listing.py serves both without SQLAlchemy."""

    def __init__(self, conn):
        self._conn = conn

    def execute(self, sql: str, params=()):
        try:
            return self._conn.execute(sql.replace("?", "%s"), params)
        except Exception as e:  # a trigger's refusal (a closed meeting) in Danish, as on the ORM's connections
            refused = trigger_refusal(e)
            if refused is None:
                raise
            raise refused from None

    def close(self) -> None:
        self._conn.close()


class ServerDatabase(Database):
    """One database on a PostgreSQL server. What `Database` does with a file's lock and identity, the server
    does itself; sessions and transactions are the same."""

    dialect = "postgresql"

    def __init__(self, address: ServerAddress, revision: str):
        self.path = self.address = address  # `path` for the window's title: its name and str() show no password
        self.revision = revision
        self.read_only = None
        self._engine = None
        self._open = threading.local()

    def check_still_there(self) -> None:
        return None  # the server keeps the data; a lost connection is said when it is used

    BEGIN_WRITE = "BEGIN"  # the server orders writers row by row

    @staticmethod
    def _plain(driver_connection):
        return _LightConnection(driver_connection)

    def stored_time(self, value):
        return value  # psycopg sends a datetime as a timestamp

    def stored_date(self, value):
        return value

    def connect(self):
        psycopg = _driver()
        from psycopg.types.string import TextLoader  # noqa: PLC0415 - psycopg is there: _driver() said so

        try:
            conn = psycopg.connect(**_connect_kwargs(self.address), autocommit=True)
        except psycopg.OperationalError as e:
            raise DatabaseGone(cannot_connect(self.address, e).message) from None
        for oid in ("date", "timestamp"):  # as SQLite gives them: ISO text
            conn.adapters.register_loader(oid, TextLoader)
        return _LightConnection(conn)

    def wait_for_writer(self, patience, on_wait) -> None:
        return None  # the server orders writers itself; nobody holds the whole database

    @property
    def engine(self):
        if self._engine is None:
            self._engine = make_engine(self.address)
        return self._engine


def make_engine(address: ServerAddress):
    psycopg = _driver()

    url = URL.create("postgresql+psycopg", host=address.host, port=address.port, database=address.dbname)
    kwargs = _connect_kwargs(address)
    # pre-ping: a connection the server or the network dropped while the laptop slept is replaced, not used
    engine = create_engine(url, connect_args=kwargs, pool_pre_ping=True)

    @event.listens_for(engine, "handle_error")
    def _explain(context):
        refused = trigger_refusal(context.original_exception)  # revision 0009's triggers: a closed meeting
        if refused is not None:
            return refused
        if isinstance(context.original_exception, psycopg.OperationalError) and context.is_disconnect:
            return DatabaseGone(
                translate(
                    "postgres",
                    "Forbindelsen til databaseserveren {0} er afbrudt. Det, der står i vinduet, er ikke gemt: prøv "
                    "igen, når der er forbindelse.",
                ).format(address)
            )
        return None

    return engine


def open_server_database(text: str) -> ServerDatabase:
    """Open the shared database at `text` (postgresql://user@host/dbname): created at head when empty,
    upgraded when older (in one transaction: all of it or none), refused when not ours or newer."""
    address = parse_server_address(text)
    psycopg = _driver()
    engine = make_engine(address)
    try:
        with engine.begin() as conn:
            conn.execute(sql("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            revision = _revision(conn, address)
            if revision != HEAD_REVISION:
                upgrade_on(conn)
    except OperationalError as e:
        engine.dispose()
        if isinstance(e.orig, psycopg.OperationalError):
            raise cannot_connect(address, e.orig) from None
        raise
    except Exception:
        engine.dispose()
        raise
    db = ServerDatabase(address, HEAD_REVISION)
    db._engine = engine
    return db


def _revision(conn, address: ServerAddress) -> str | None:
    """The schema's revision, or None for an empty database; a refusal for another program's or a newer one."""
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return None
    if "alembic_version" not in tables or "committee" not in tables:
        raise DatabaseRefused(
            translate(
                "postgres",
                "Databasen {0} indeholder tabeller fra et andet program, ikke fra Drøftelse. Intet er ændret.",
            ).format(address)
        )
    revision = conn.execute(sql("SELECT version_num FROM alembic_version")).scalar()
    if revision not in KNOWN_REVISIONS:
        raise DatabaseRefused(
            translate(
                "postgres",
                "Databasen {0} er gemt af en nyere version af Drøftelse (skemaversion {1}). Opdatér programmet for at "
                "åbne den. Intet er ændret.",
            ).format(address, revision)
        )
    return revision
