"""What `--db` or the window's choice names: a shared database's address or a database file's path.

Checked before anything is made on disk: a value that is neither (`-`, a line break pasted into the path, an
address with a slash lost) would otherwise become a new, empty local file, and the chair would type into it
believing it was the shared database.
"""

from __future__ import annotations

import re
from pathlib import Path

from drøftelse.domain.errors import DatabaseRefused
from drøftelse.domain.i18n import translate
from drøftelse.domain.server_address import is_server_address, looks_like_server_address, missing_slashes

# C0 and C1 controls and DEL: never typed on purpose in a file's name; zero-width characters are left alone
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def database_target(value: str | Path) -> str | Path:
    """The address (as a string, stripped) or the file's path; DatabaseRefused in Danish for anything else."""
    if is_server_address(value):
        return str(value).strip()
    text = str(value)
    if looks_like_server_address(text):
        raise missing_slashes(text)
    if not text.strip():
        raise DatabaseRefused(
            translate("database_target", "Databasens navn er tomt. Skriv stien til en databasefil eller en adresse.")
        )
    if text.strip() == "-":
        raise DatabaseRefused(
            translate(
                "database_target",
                "»-« er ikke en database: Drøftelse kan ikke læse databasen fra standardinput. "
                "Skriv stien til en databasefil, fx udvalg.sqlite.",
            )
        )
    if _CONTROL.search(text):
        raise DatabaseRefused(
            translate(
                "database_target",
                "Stien {0} indeholder et usynligt styretegn (fx et linjeskift), og det er næppe den fil, der "
                "menes. Skriv stien igen. Intet er oprettet.",
            ).format(repr(text))
        )
    return Path(text)
