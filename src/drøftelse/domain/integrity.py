"""What `droeftelse check` reports of a database, in words: each finding with its place."""

from __future__ import annotations

from drøftelse.domain.i18n import translate


def unchecked_constraint(table: str, name: str) -> str:
    """A PostgreSQL constraint the server was told not to check (NOT VALID)."""
    return f"begrænsningen {name} på {table} er ikke kontrolleret"


def broken_foreign_key(table: str, row_id) -> str:
    return translate("listing", "fremmednøgle brudt i {0} række {1}").format(table, row_id)


def unreadable_text(table: str, row_id, column: str, shown: str) -> str:
    """A stored text that is not valid UTF-8, with as much of it as can be shown."""
    return translate(
        "listing",
        "tabellen {0}, række {1}, feltet {2}: teksten er ikke gyldig UTF-8 og kan ikke læses (»{3}«)",
    ).format(table, row_id, column, shown)
