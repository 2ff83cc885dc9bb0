"""What a database file and a shared database on a server have in common: a short session for one store function,
one transaction around several (a service's), and a plain connection that joins it. store/database.py and
store/postgres.py both build on it, so neither needs the other's module to be a database."""

from __future__ import annotations

import contextlib
import threading


class DatabaseBase:
    """Sessions and transactions over `engine`; a subclass says how to connect (`connect`, `engine`,
    `check_still_there`) and how its driver's connection is written with (`_plain`, `BEGIN_WRITE`)."""

    dialect = "sqlite"
    BEGIN_WRITE = "BEGIN IMMEDIATE"  # the write lock at once: no upgrade from reading that another writer can refuse

    def __init__(self) -> None:
        self._engine = None
        self._open = threading.local()  # the transaction a service holds on this thread, if any

    def check_still_there(self) -> None:
        return None

    def connect(self):
        raise NotImplementedError

    @property
    def engine(self):
        raise NotImplementedError

    @property
    def engine_made(self) -> bool:
        """Whether the ORM's engine has been made (SQLAlchemy loaded): until then reads use plain connections."""
        return self._engine is not None

    def session(self):
        """A short session for one store function. Inside `transaction()` on the same thread it is that
        transaction's session, and the store function's commit only flushes: the service commits once."""
        from sqlalchemy.orm import Session  # noqa: PLC0415 - the ORM loads with the first session, not at start

        outer = getattr(self._open, "session", None)
        if outer is not None:
            return _Joined(outer)
        self.check_still_there()
        return Session(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def write_connection(self):
        """A plain connection (as `connect`) to write with in one transaction, for writes done without the ORM: this
        thread's `transaction()` when one is open (the rows commit with the rest of it), else a transaction of its
        own, committed at the end and rolled back on any error."""
        outer = getattr(self._open, "session", None)
        if outer is not None:
            outer.flush()  # what the ORM holds back reaches the connection first (a committee the rows point to)
            yield self._plain(outer.connection().connection.driver_connection)
            return
        conn = self.connect()
        try:
            conn.execute(self.BEGIN_WRITE)
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.close()

    def _plain(self, driver_connection):
        return driver_connection

    @contextlib.contextmanager
    def read_connection(self):
        """A plain connection (as `connect`) to read with, without the ORM (store/meeting_reads.py): this thread's
        `transaction()` when one is open (so a service reads what it has written), else one of the ORM's pooled
        connections once the ORM is loaded, else a connection of its own, so a meeting opens and paints before
        SQLAlchemy has loaded (issue 32). The driver's errors are said in Danish, as on the ORM's connections."""
        outer = getattr(self._open, "session", None)
        if outer is not None:
            outer.flush()
            yield self._plain(outer.connection().connection.driver_connection)
            return
        self.check_still_there()  # a file pulled out with its stick, a server the window waits for: said at once
        with contextlib.ExitStack() as stack:
            if self._engine is not None:  # the pool's checkout, with its pre-ping and the engine's Danish errors
                conn = self._plain(stack.enter_context(self._engine.connect()).connection.driver_connection)
            else:
                conn = self.connect()
                stack.callback(conn.close)
            try:
                yield conn
            except Exception as e:
                explained = self._explain(e)
                if explained is None or explained is e:
                    raise
                raise explained from None

    def _explain(self, error: Exception):
        """The Danish error for a driver's `error` met while reading, or None (the subclass knows its driver)."""
        return None

    @contextlib.contextmanager
    def transaction(self):
        """One transaction around several store functions (a service): all of it is stored, or none of it.
        Each thread has its own; a worker thread's task never shares the GUI thread's session."""
        if getattr(self._open, "session", None) is not None:
            yield  # already inside one: the outermost service commits
            return
        with self.session() as s:
            self._open.session = s
            try:
                yield
                s.commit()
            except BaseException:
                s.rollback()
                raise
            finally:
                self._open.session = None

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


class _Joined:
    """A store function's view of the service's open session: `commit()` flushes, leaving the block closes
    nothing, so the outer transaction decides."""

    def __init__(self, session):
        self._session = session

    def __getattr__(self, name):
        return getattr(self._session, name)

    def commit(self) -> None:
        self._session.flush()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> bool:
        return False
