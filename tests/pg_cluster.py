"""A throw-away PostgreSQL server for the tests: Debian's `postgresql` package (scripts/install-system-deps.sh),
`initdb` in a temporary folder, a free port on 127.0.0.1, stopped and removed at the end.

PostgreSQL refuses to run as root, and CI runs as root: then the server (and initdb) run as `nobody`, in a
folder given to that user. The tests' superuser needs no password (from 127.0.0.1 only); any other role does.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "droeftelse"


def server_binaries() -> Path:
    """The newest installed server's bin folder (Debian keeps initdb and pg_ctl out of PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise RuntimeError(
        "PostgreSQL-serveren er ikke installeret (initdb findes ikke). Kør: make system-deps "
        "(scripts/install-system-deps.sh installerer Debians pakke postgresql)."
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, crash_safe: bool = False) -> None:
        """`crash_safe`: a commit survives `stop(mode="immediate")` (synchronous_commit on; fsync stays off, as
        only the server process dies, not the machine). Without it commits are quicker and the last ones are lost
        in such a stop."""
        self.crash_safe = crash_safe
        self.bin = server_binaries()
        self.root = Path(tempfile.mkdtemp(prefix="droeftelse-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self._as_root = os.geteuid() == 0
        if self._as_root:  # the server will not run as root: the folder becomes nobody's
            os.chmod(self.root, 0o755)
            shutil.chown(self.root, "nobody", "nogroup")

    def _run(self, *args: str, **kw) -> subprocess.CompletedProcess:
        extra = dict(user="nobody", group="nogroup", extra_groups=[]) if self._as_root else {}
        return subprocess.run(
            list(args), capture_output=True, text=True, check=True, cwd=self.root, env=self._env(), **extra, **kw
        )

    def _env(self) -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(LC_ALL="C.UTF-8", LANG="C.UTF-8", HOME=str(self.root))
        return env

    def start(self) -> Cluster:
        """Start the server; the first time, make its data folder. Started again after `stop(remove=False)`, it is
        the same server: the same folder, port and databases (a server coming back after an outage)."""
        first = not (self.data / "PG_VERSION").exists()
        if first:
            self._init()
        for attempt in range(3):
            try:
                self._pg_ctl_start()
                break
            except subprocess.CalledProcessError:
                # the free port was taken meanwhile (tests run in parallel, each xdist worker starts servers of its
                # own): a new server tries another; one coming back keeps its port, as a real server does
                if not first or attempt == 2:
                    raise
                self.port = free_port()
        deadline = time.monotonic() + 30
        while not self._accepts() and time.monotonic() < deadline:
            time.sleep(0.1)
        return self

    def _pg_ctl_start(self) -> None:
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories='{self.root}' "
            "-c fsync=off -c full_page_writes=off -c max_connections=200"
            f" -c synchronous_commit={'on' if self.crash_safe else 'off'}"
        )
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start"
        )

    def _init(self) -> None:
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--no-sync",
        )
        # the tests' own superuser needs no password; every other role must give one (keyring or .pgpass)
        (self.data / "pg_hba.conf").write_text(
            f"local all all trust\nhost all {SUPERUSER} 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
        )

    def _accepts(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return True
        except OSError:
            return False

    def url(self, dbname: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def sql(self, statement: str, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=dbname, autocommit=True) as c:
            c.execute(statement)

    def stop(self, mode: str = "immediate", remove: bool = True) -> None:
        """Stop the server (`pg_ctl stop -m mode`: "immediate" is a crash as clients see it) and remove its folder;
        with `remove=False` the folder stays, and `start()` brings the same server back."""
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")
        except subprocess.CalledProcessError:
            pass
        if remove:
            shutil.rmtree(self.root, ignore_errors=True)
