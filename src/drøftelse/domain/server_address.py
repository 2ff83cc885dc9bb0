"""A shared database on a PostgreSQL server, named by its address: `postgresql://user@host[:port]/dbname`.

Pure parsing, so the command line and the window can tell a server from a file without loading a driver. The
password is never part of what we show or keep: it comes from the user's keyring or libpq's own `.pgpass`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from drøftelse.domain.errors import DatabaseRefused
from drøftelse.domain.i18n import translate

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DEFAULT_PORT = 5432
KEYRING_SERVICE = "Drøftelse"  # the keyring entry's service; its user name is the address's `key`


def is_server_address(target: object) -> bool:
    """True for `postgresql://…` (and `postgres://…`) in any case, as URL schemes are; anything else is a
    database file's path. A `Path` never is one: it has already turned `//` into `/`."""
    if isinstance(target, ServerAddress):
        return True
    if isinstance(target, PurePath):
        return False
    text = str(target).strip().lower()
    return any(text.startswith(f"{s}://") for s in SCHEMES)


def looks_like_server_address(target: object) -> bool:
    """True for `postgresql:` (any case) not followed by `//`, such as `postgresql:/host/db`: a slash lost in
    typing, which as a file's path would quietly make a new, empty local database."""
    text = str(target).strip().lower()
    return not is_server_address(target) and any(text.startswith(f"{s}:") for s in SCHEMES)


def missing_slashes(text: object) -> DatabaseRefused:
    return DatabaseRefused(
        translate(
            "server_address",
            "{0} ligner en serveradresse, men der mangler skråstreger efter »postgresql:«. "
            "Skriv den som postgresql://bruger@server/database.",
        ).format(_masked(str(text).strip()))
    )


@dataclass(frozen=True)
class ServerAddress:
    user: str
    host: str
    port: int
    dbname: str
    password: str | None = None  # only when the user typed it into the address; never shown, never stored

    @property
    def key(self) -> str:
        """What names this database in the keyring, without the password: `user@host:port/dbname`."""
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"

    @property
    def name(self) -> str:
        """The short name the window's title shows."""
        return translate("ServerAddress", "{0} på {1}").format(self.dbname, self.host)

    def resolve(self) -> ServerAddress:  # a file's path is resolved for the settings' key; an address is as it is
        return self

    def __str__(self) -> str:
        return f"postgresql://{self.key}"


def parse_server_address(text: str) -> ServerAddress:
    """The parts of `postgresql://user@host:port/dbname`; a Danish refusal for an address that lacks one."""
    from urllib.parse import unquote, urlsplit  # only for an address, not on a file's way to the window

    text = str(text).strip()
    if looks_like_server_address(text):
        raise missing_slashes(text)
    if _CONTROL.search(text):  # urlsplit would quietly drop a tab or a line break
        raise DatabaseRefused(
            translate(
                "server_address", "{0} er ikke en gyldig serveradresse: den indeholder et usynligt styretegn."
            ).format(repr(_masked(text)))
        )
    try:
        parts = urlsplit(text)
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise DatabaseRefused(
            translate("server_address", "{0} er ikke en gyldig serveradresse (portnummeret er forkert).").format(
                _masked(text)
            )
        ) from None
    dbname = unquote(parts.path.lstrip("/"))
    if parts.scheme not in SCHEMES or not parts.hostname or not dbname or "/" in dbname:
        raise DatabaseRefused(
            translate(
                "server_address",
                "{0} er ikke en gyldig serveradresse. Skriv den som postgresql://bruger@server/database.",
            ).format(_masked(text))
        )
    if not parts.username:
        raise DatabaseRefused(
            translate(
                "server_address", "{0} mangler brugernavnet. Skriv adressen som postgresql://bruger@server/database."
            ).format(_masked(text))
        )
    password = unquote(parts.password) if parts.password is not None else None
    return ServerAddress(unquote(parts.username), parts.hostname, port, dbname, password)


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _masked(text: str) -> str:
    """The address as typed, with any password replaced, for a message."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(str(text))
    except ValueError:
        return "Adressen"
    if parts.password is None:
        return str(text)
    return str(text).replace(f":{parts.password}@", ":***@", 1)
