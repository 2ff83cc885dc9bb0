"""Why a database was refused, as the store finds it (a reason and the facts), and the Danish sentence made from
them here: a database file that is not ours, newer, damaged or cannot be opened, a file gone while open, a shared
database's server that refuses us or cannot be reached. The store raises these with data, never with words."""

from __future__ import annotations

from drøftelse.domain.errors import DatabaseGone, DatabaseRefused
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate

# a file's refusals: reason -> the sentence, formatted with the file's path and `detail`
_FILE = {
    "damaged": lambda path, _d: translate(
        "database", "Databasen {0} er beskadiget og kan ikke åbnes. Filen er ikke ændret."
    ).format(path),
    "cannot_open": lambda path, d: translate("database", "Databasen {0} kan ikke åbnes: {1}.").format(path, d),
    "folder": lambda path, _d: translate("database", "{0} er en mappe, ikke en databasefil.").format(path),
    "unreadable": lambda path, d: translate("database", "Databasen {0} kan ikke læses: {1}.").format(path, d),
    "not_sqlite": lambda path, _d: translate(
        "database", "{0} er ikke en Drøftelse-database (filen er ikke en SQLite-database). Filen er ikke ændret."
    ).format(path),
    "other_program": lambda path, _d: translate(
        "database", "{0} er en SQLite-database fra et andet program, ikke fra Drøftelse. Filen er ikke ændret."
    ).format(path),
    "no_revision": lambda path, _d: translate(
        "database", "{0} mangler sin skemaversion og kan ikke åbnes sikkert. Filen er ikke ændret."
    ).format(path),
    "newer": lambda path, d: translate(
        "database",
        "{0} er gemt af en nyere version af Drøftelse (skemaversion {1}). Opdatér "
        "programmet for at åbne den. Filen er ikke ændret.",
    ).format(path, d),
    "cannot_create": lambda path, d: translate(
        "database", "Databasen {0} findes ikke og kan ikke oprettes: {1}."
    ).format(path, d),
    "older_read_only": lambda path, d: translate(
        "database",
        "Databasen {0} er fra en ældre version af Drøftelse og skal opgraderes, men den "
        "kan ikke ændres ({1}). Filen er ikke ændret.",
    ).format(path, d),
    "no_folder": lambda path, d: translate("database", "Mappen {0} kan ikke oprettes: {1}.").format(path, d),
}


class FileRefused(DatabaseRefused):
    """A database file that is not opened; it is left byte for byte as it was. `reason` is one of the keys above
    (e.g. "newer", `detail` then the file's schema revision); `path` is the file (its folder for "no_folder")."""

    def __init__(self, reason: str, path, detail=None):
        super().__init__(_FILE[reason](path, detail))
        self.reason, self.path, self.detail = reason, path, detail


class FileGone(DatabaseGone):
    """The open database file was removed or replaced (a USB stick pulled out): nothing more is written to it."""

    def __init__(self, path):
        super().__init__(
            translate(
                "Database",
                "Databasefilen {0} er væk eller udskiftet (er USB-nøglen taget ud?). Det, der "
                "står i vinduet, er ikke gemt: sæt nøglen i igen, eller gem mødet som mødefil.",
            ).format(path)
        )
        self.path = path


# --- a shared database on a server
# why a connect did not reach the server, by the store's key for what libpq or the operating system said
SERVER_REASONS = {
    "refused": QT_TRANSLATE_NOOP("postgres", "serveren tager ikke imod forbindelser – kører den?"),
    "timeout": QT_TRANSLATE_NOOP("postgres", "serveren svarede ikke i tide"),
    "no_name": QT_TRANSLATE_NOOP("postgres", "servernavnet kan ikke slås op"),
    "no_route": QT_TRANSLATE_NOOP("postgres", "netværket når ikke frem til serveren"),
    "starting": QT_TRANSLATE_NOOP("postgres", "serveren er ved at starte"),
    "stopping": QT_TRANSLATE_NOOP("postgres", "serveren er ved at lukke ned"),
}


def server_reason(key: str, detail: str | None = None) -> str:
    """The reason for ServerUnreachable, in Danish: one of SERVER_REASONS, or "other" with the system's `detail`."""
    if key == "other":
        return translate("postgres", "serveren kan ikke nås ({0})").format(detail)
    return translate("postgres", SERVER_REASONS[key])


# what a connect that the server refused should make the user do, by the store's key
_HINTS = {
    "password": lambda key_service, key: (
        f" Læg adgangskoden i nøgleringen (keyring set {key_service} {key}) "
        "eller i filen ~/.pgpass; Drøftelse gemmer den ikke selv."
    ),
    "no_database": lambda *_: " Bed jeres IT om at oprette databasen, eller ret navnet i adressen.",
    "connect": lambda *_: " Kontrollér adressen og netværket, eller om serveren kører.",
    None: lambda *_: "",
}


class ServerRefused(DatabaseRefused):
    """A shared database that is not opened, nothing changed: `reason` "no_driver" (psycopg is not installed),
    "cannot_connect" (`detail` libpq's last line, `hint` what to do: "password", "no_database", "connect" or None),
    "other_program" or "newer" (`detail` the schema revision). `address` names the database, never its password."""

    def __init__(self, reason: str, address=None, detail=None, hint: str | None = None, keyring=("", "")):
        super().__init__(_server_message(reason, address, detail, _HINTS[hint](*keyring)))
        self.reason, self.address, self.detail, self.hint = reason, address, detail, hint


def _server_message(reason: str, address, detail, hint: str) -> str:
    if reason == "no_driver":
        return translate(
            "postgres",
            "PostgreSQL-driveren (psycopg) er ikke installeret. Installér den med: pip install 'droeftelse[postgres]'",
        )
    if reason == "cannot_connect":
        return translate("postgres", "Der er ikke forbindelse til databaseserveren {0} ({1}).{2}").format(
            address, detail, hint
        )
    if reason == "other_program":
        return translate(
            "postgres",
            "Databasen {0} indeholder tabeller fra et andet program, ikke fra Drøftelse. Intet er ændret.",
        ).format(address)
    return translate(
        "postgres",
        "Databasen {0} er gemt af en nyere version af Drøftelse (skemaversion {1}). Opdatér programmet for at "
        "åbne den. Intet er ændret.",
    ).format(address, detail)
