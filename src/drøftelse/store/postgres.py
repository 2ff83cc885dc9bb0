"""A shared database on a PostgreSQL server (psycopg 3), with the same face as a database file.

The same Alembic revisions create and upgrade it, under an advisory lock so two chairs' apps starting at once
do not both migrate. A server that cannot be reached – stopped, restarting, the network gone – is `ServerUnreachable`
on every path (the ORM's engine, its pre-ping and reconnect, the light connection, a connect), whatever shape
psycopg gives it (`lost_connection`); a window that saw it go calls `wait_for_server()`, after which every attempt
fails at once instead of waiting for a timeout on the GUI thread, until `probe()` reaches the server again.

The password is looked up in the user's keyring (service "Drøftelse", user `user@host:port/dbname`) when the keyring
library is installed; otherwise libpq reads `~/.pgpass` itself. We never write a password anywhere.
"""

from __future__ import annotations

import errno
import socket

from sqlalchemy import create_engine, event, inspect
from sqlalchemy import text as sql
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from drøftelse.domain.database_errors import ServerRefused, server_reason
from drøftelse.domain.errors import ServerUnreachable
from drøftelse.domain.server_address import KEYRING_SERVICE, ServerAddress, parse_server_address
from drøftelse.store.migrate import upgrade_on
from drøftelse.store.schema import HEAD_REVISION, KNOWN_REVISIONS
from drøftelse.store.sqlite_errors import trigger_refusal
from drøftelse.store.transactions import DatabaseBase

MIGRATION_LOCK = 0x44524654  # pg_advisory_xact_lock key while the schema is created or upgraded ("DRFT")
CONNECT_TIMEOUT_S = 10
PROBE_TIMEOUT_S = 2  # a probe while the window waits for the server: a refused or silent server, said soon
# libpq's reasons a server cannot be reached, as psycopg words them when no SQLSTATE comes with them (a refused or
# timed-out connect, a socket the server or the network closed mid-query)
LOST_WORDS = (
    "connection refused",
    "timeout expired",
    "timed out",
    "could not connect to server",
    "could not translate host name",
    "name or service not known",
    "temporary failure in name resolution",
    "no route to host",
    "network is unreachable",
    "server closed the connection",
    "connection is lost",
    "connection is closed",
    "connection not open",
    "connection reset",
    "broken pipe",
    "could not receive data",
    "could not send data",
    "consuming input failed",
    "sending query failed",
    "lost synchronization with server",
    "ssl syscall error",
    "ssl connection has been closed",
    "eof detected",
    "terminating connection",
    "the database system is starting up",
    "the database system is shutting down",
    "the database system is in recovery mode",
    "the database system is not yet accepting connections",
    "the database system is not accepting connections",
)
# SQLSTATEs of a connection that is gone or not to be had now: class 08 (connection exception) but the server's
# own refusal (08004) and a protocol error (08P01); an administrator's or a crash's shutdown, a server starting
# or stopping (57P01–57P03), and the idle timeouts that end a session (57P05, 25P03)
LOST_STATES = {"08000", "08001", "08003", "08006", "57P01", "57P02", "57P03", "57P05", "25P03"}
REFUSED_WORDS = ("password", "authentication", "pg_hba.conf", "does not exist", "permission denied")


def _driver():
    try:
        import psycopg  # noqa: PLC0415 - the optional extra droeftelse[postgres]
    except ImportError:
        raise ServerRefused("no_driver") from None
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


def _connect_kwargs(address: ServerAddress, timeout_s: int = CONNECT_TIMEOUT_S) -> dict:
    kwargs = dict(
        host=address.host,
        port=address.port,
        user=address.user,
        dbname=address.dbname,
        connect_timeout=timeout_s,
        application_name="Drøftelse",
        # a server that vanished from the network is noticed in seconds, not after the kernel's quarter of an hour
        keepalives=1,
        keepalives_idle=10,
        keepalives_interval=3,
        keepalives_count=3,
        tcp_user_timeout=15_000,
    )
    password = address.password or keyring_password(address)
    if password is not None:
        kwargs["password"] = password
    return kwargs


def lost_connection(error: BaseException | None) -> bool:
    """Whether `error` (psycopg's, or SQLAlchemy's around it) says by itself that the server cannot be reached: the
    connection was ended by the server (stopped, restarted, an administrator's `pg_terminate_backend`: its
    SQLSTATE), a connect timed out (psycopg's ConnectionTimeout), or libpq's words say so. A wrong password, a
    missing database and every refusal of a statement are not.

    libpq's words come with the operating system's reasons in the user's language ("Opkobling nægtet"), so the
    words are a quick answer, not the only one: a broken connection is told by psycopg's `broken`/`closed` (as
    SQLAlchemy's `is_disconnect` does), a failed connect by trying the server's port (`unreachable_reason`)."""
    error = getattr(error, "orig", None) or error  # SQLAlchemy's DBAPIError wraps psycopg's
    try:
        import psycopg  # noqa: PLC0415 - the optional extra droeftelse[postgres]
    except ImportError:
        return False
    if not isinstance(error, psycopg.Error):
        return False
    if isinstance(error, psycopg.errors.ConnectionTimeout):
        return True
    state = getattr(error, "sqlstate", None)
    if state in LOST_STATES:
        return True
    if state is not None or not isinstance(error, (psycopg.OperationalError, psycopg.InterfaceError)):
        return False
    text = str(error).lower()
    return any(w in text for w in LOST_WORDS) and not any(w in text for w in REFUSED_WORDS)


def server_name(address: ServerAddress) -> str:
    """The server as the window names it: its host, and the port when it is not PostgreSQL's own."""
    return address.host if address.port == 5432 else f"{address.host}:{address.port}"


def unreachable(address: ServerAddress, reason: str | None = None) -> ServerUnreachable:
    return ServerUnreachable(server_name(address), reason)


# libpq's reasons for a connect that did not reach the server: its words, and the key of the user's words for them
# (domain/database_errors.SERVER_REASONS)
_REASONS = (
    ("connection refused", "refused"),
    ("timeout expired", "timeout"),
    ("could not translate host name", "no_name"),
    ("name or service not known", "no_name"),
    ("no route to host", "no_route"),
    ("network is unreachable", "no_route"),
    ("starting up", "starting"),
    ("shutting down", "stopping"),
)


def _danish_reason(error: BaseException) -> str | None:
    text = str(getattr(error, "orig", None) or error).lower()
    return next((server_reason(key) for words, key in _REASONS if words in text), None)


def unreachable_reason(address: ServerAddress, timeout_s: float = PROBE_TIMEOUT_S) -> str | None:
    """Why nothing answers on the server's port, in Danish, from the operating system's own error (whatever the
    language of its message); None when something does (the server refused us itself: a password, a database)."""
    try:
        with socket.create_connection((address.host, address.port), timeout=timeout_s):
            return None
    except ConnectionRefusedError:
        return server_reason("refused")
    except TimeoutError:
        return server_reason("timeout")
    except socket.gaierror:
        return server_reason("no_name")
    except OSError as e:
        if e.errno not in (errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ENETDOWN, errno.EHOSTDOWN):
            return server_reason("other", e.strerror or e)
        return server_reason("no_route")


def cannot_connect(address: ServerAddress, error: Exception) -> ServerRefused | ServerUnreachable:
    """libpq's reason, in a Danish sentence that says what to do; `ServerUnreachable` when the server cannot be
    reached at all (nothing answers on its port, or it is starting or stopping)."""
    if lost_connection(error):
        return unreachable(address, _danish_reason(error) or unreachable_reason(address))
    if getattr(error, "sqlstate", None) is None:  # libpq's own failure to connect, worded in the user's language
        reason = unreachable_reason(address)
        if reason is not None:
            return unreachable(address, reason)
    text = str(error).strip()
    reason = text.splitlines()[-1] if text else type(error).__name__
    hint = None
    if "password" in reason.lower():
        hint = "password"
    elif "does not exist" in reason:
        hint = "no_database"
    elif "connect" in reason.lower() or "timeout" in reason.lower():
        hint = "connect"
    return ServerRefused("cannot_connect", address, reason, hint, keyring=(KEYRING_SERVICE, address.key))


class _LightConnection:
    """A plain psycopg connection that reads the light queries the SQLite path uses (`?` placeholders, dates as
    ISO text), so store/listing.py serves both without SQLAlchemy."""

    def __init__(self, conn, address: ServerAddress):
        self._conn = conn
        self._address = address

    def execute(self, sql: str, params=()):
        try:
            return self._conn.execute(sql.replace("?", "%s"), params)
        except Exception as e:  # a trigger's refusal (a closed meeting) in Danish, as on the ORM's connections
            refused = trigger_refusal(e)
            if refused is not None:
                raise refused from None
            if lost_connection(e) or self._conn.broken or self._conn.closed:  # broken: psycopg saw the socket go
                raise unreachable(self._address) from e
            raise

    def close(self) -> None:
        self._conn.close()


class ServerDatabase(DatabaseBase):
    """One database on a PostgreSQL server. What store/database.Database does with a file's lock and identity,
    the server does itself; sessions and transactions are the same (store/transactions.py)."""

    dialect = "postgresql"

    def __init__(self, address: ServerAddress, revision: str):
        super().__init__()
        self.path = self.address = address  # `path` for the window's title: its name and str() show no password
        self.revision = revision
        self.read_only = None
        self.server = server_name(address)  # as ServerUnreachable names it, for the window to know its own
        self.waiting_for_server = False  # see wait_for_server

    def check_still_there(self) -> None:
        if self.waiting_for_server:  # a window waits for the server to come back: no connect, no wait
            raise unreachable(self.address)

    def wait_for_server(self) -> None:
        """The window saw the server go and probes it itself (`probe`): until the server answers, every connection
        asked for fails at once with ServerUnreachable instead of waiting for libpq's timeout, and the pooled
        connections (dead sockets a pre-ping could wait on) are let go."""
        self.waiting_for_server = True
        if self._engine is not None:
            self._engine.dispose(close=False)  # checked-out ones are closed when they come back

    def probe(self, timeout_s: int = PROBE_TIMEOUT_S) -> bool:
        """Whether the server answers a `SELECT 1` on a fresh connection within `timeout_s`; once it does, the
        database is used as before. Any thread; a refused or silent server is False, not an error."""
        psycopg = _driver()
        try:
            with psycopg.connect(**_connect_kwargs(self.address, timeout_s), autocommit=True) as conn:
                conn.execute("SELECT 1")
        except psycopg.Error:
            return False
        if self._engine is not None:
            self._engine.dispose(close=False)
        self.waiting_for_server = False
        return True

    BEGIN_WRITE = "BEGIN"  # the server orders writers row by row

    def _plain(self, driver_connection):
        return _LightConnection(driver_connection, self.address)

    def stored_time(self, value):
        return value  # psycopg sends a datetime as a timestamp

    def stored_date(self, value):
        return value

    def connect(self):
        psycopg = _driver()
        from psycopg.types.string import TextLoader  # noqa: PLC0415 - psycopg is there: _driver() said so

        self.check_still_there()
        try:
            conn = psycopg.connect(**_connect_kwargs(self.address), autocommit=True)
        except psycopg.Error as e:
            refused = cannot_connect(self.address, e)
            raise refused from e if isinstance(refused, ServerUnreachable) else None
        for oid in ("date", "timestamp"):  # as SQLite gives them: ISO text
            conn.adapters.register_loader(oid, TextLoader)
        return _LightConnection(conn, self.address)

    def wait_for_writer(self, patience, on_wait) -> None:
        return None  # the server orders writers itself; nobody holds the whole database

    @property
    def engine(self):
        if self._engine is None:
            self._engine = make_engine(self.address, self)
        return self._engine


def make_engine(address: ServerAddress, db: ServerDatabase | None = None):
    psycopg = _driver()

    url = URL.create("postgresql+psycopg", host=address.host, port=address.port, database=address.dbname)
    kwargs = _connect_kwargs(address)
    # pre-ping: a connection the server or the network dropped while the laptop slept is replaced, not used
    engine = create_engine(url, connect_args=kwargs, pool_pre_ping=True)

    @event.listens_for(engine, "do_connect")
    def _unless_waiting(dialect, conn_rec, cargs, cparams):
        if db is not None:
            db.check_still_there()  # the window waits for the server: fail now, not after connect_timeout
        return None  # and connect as usual

    @event.listens_for(engine, "handle_error")
    def _explain(context):
        if context.is_pre_ping:  # a dead pooled connection: SQLAlchemy replaces it, and a failed reconnect is
            return None  # said below
        refused = trigger_refusal(context.original_exception)  # revision 0009's triggers: a closed meeting
        if refused is not None:
            return refused
        original = context.original_exception
        if context.connection is None and isinstance(original, psycopg.OperationalError):
            return cannot_connect(address, original)  # a (re)connect that failed: reached or not, said in Danish
        if lost_connection(original) or (isinstance(original, psycopg.OperationalError) and context.is_disconnect):
            context.is_disconnect = True  # the pool lets this connection go
            return unreachable(address, _danish_reason(original))
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
        raise ServerRefused("other_program", address)
    revision = conn.execute(sql("SELECT version_num FROM alembic_version")).scalar()
    if revision not in KNOWN_REVISIONS:
        raise ServerRefused("newer", address, revision)
    return revision
