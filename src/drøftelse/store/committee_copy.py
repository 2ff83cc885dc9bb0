"""Copying one committee, with everything that hangs on it, from one database to another (a SQLite file or a
shared PostgreSQL database, either way round).

What belongs to the committee is found from the schema itself: a table's row comes along when one of its
required references points at a row that comes along (members at the committee, training at a member, answers at
a meeting …), so a table a later revision adds is copied too. The rows get new numbers in the target, and every
reference follows. Before the target's one transaction commits, every table's rows are read back from the target
and compared with the source's, by count and by a checksum over every column (the numbers translated): any
difference, or any error, rolls the whole copy back, and the target is as it was. The source is only read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import insert, or_, select, update
from sqlalchemy.exc import DBAPIError

from drøftelse.domain.errors import DroeftelseError, NotFound
from drøftelse.domain.i18n import translate
from drøftelse.store.database import Database
from drøftelse.store.models import Base, Committee, Meeting


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    checksum: str  # the same on both sides, or the copy would not have been kept


@dataclass(frozen=True)
class CopyReport:
    source_committee: int
    target_committee: int
    name: str
    tables: tuple[TableCheck, ...]


class CopyRefused(DroeftelseError):
    """The copy could not be made or did not check out; the target is unchanged."""


def _plan():
    """The tables that hang on a committee, parents first, each with its required references to those before."""
    tables = [Committee.__table__]
    owners = {}
    for table in Base.metadata.sorted_tables:
        if table is Committee.__table__:
            continue
        required = [fk for fk in table.foreign_keys if not fk.parent.nullable]
        if any(fk.column.table in tables for fk in required):
            tables.append(table)
            owners[table.name] = [fk for fk in required if fk.column.table in tables]
    return tables, owners


def _read(conn, committee_id: int) -> dict[str, list[dict]]:
    tables, owners = _plan()
    rows: dict[str, list[dict]] = {}
    found = conn.execute(select(Committee.__table__).where(Committee.__table__.c.id == committee_id)).mappings().all()
    if not found:
        raise NotFound(
            translate("committee_copy", "Der findes intet udvalg med nummer {0} i kildedatabasen.").format(committee_id)
        )
    rows["committee"] = [dict(r) for r in found]
    ids = {"committee": {committee_id}}
    for table in tables[1:]:
        clauses = [fk.parent.in_(sorted(ids[fk.column.table.name])) for fk in owners[table.name]]
        picked = conn.execute(select(table).where(or_(*clauses)).order_by(table.c.id)).mappings().all()
        rows[table.name] = [dict(r) for r in picked]
        ids[table.name] = {r["id"] for r in picked}
    return rows


def _plain(value):
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return repr(value)
    return value


def checksum(rows: list[dict]) -> str:
    """Over every column of every row, in the order of their numbers: the same rows give the same sum."""
    digest = hashlib.sha256()
    for row in sorted(rows, key=lambda r: r["id"]):
        digest.update(json.dumps([[k, _plain(row[k])] for k in sorted(row)], ensure_ascii=False).encode())
    return digest.hexdigest()[:16]


def copy_committee(source: Database, committee_id: int, target: Database) -> CopyReport:
    """Copy committee `committee_id` with all its rows from `source` into `target`, checked; see the module."""
    if target.read_only:
        raise CopyRefused(
            translate("committee_copy", "Måldatabasen kan ikke ændres ({0}). Intet er kopieret.").format(
                target.read_only
            )
        )
    with source.engine.connect() as conn:
        rows = _read(conn, committee_id)
    new_ids: dict[str, dict[int, int]] = {}
    try:
        checks = _write(rows, target, new_ids)
    except DBAPIError as e:  # the target refused a row: the transaction is rolled back, nothing stays
        reason = str(e.orig).strip().splitlines()[0] if e.orig else type(e).__name__
        raise CopyRefused(
            translate("committee_copy", "Måldatabasen afviste en række ({0}). Intet er kopieret.").format(reason)
        ) from None
    name = rows["committee"][0]["name"]
    return CopyReport(committee_id, new_ids["committee"][committee_id], name, tuple(checks))


# a meeting's closed state is written after its rows: the target's triggers refuse rows of a closed meeting and
# log those of a reopened one (revision 0009)
CLOSED_STATE = ("closed_at", "first_closed_at", "closed_count", "reopen_reason", "reopened_by")


def _write(rows: dict[str, list[dict]], target: Database, new_ids: dict[str, dict[int, int]]) -> list[TableCheck]:
    tables, _ = _plan()
    checks = []
    written: dict[str, list[dict]] = {}
    with target.engine.begin() as conn:  # all of it, checked, or nothing
        for table in tables:
            refs = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
            mapping = new_ids.setdefault(table.name, {})
            translated = []
            for row in rows[table.name]:
                values = {k: v for k, v in row.items() if k != "id"}
                for column, parent in refs.items():
                    if values.get(column) is not None:
                        if values[column] not in new_ids.get(parent, {}):
                            raise CopyRefused(
                                translate(
                                    "committee_copy",
                                    "En række i {0} peger uden for udvalget ({1} = {2}). Intet er kopieret.",
                                ).format(table.name, column, values[column])
                            )
                        values[column] = new_ids[parent][values[column]]
                held = {c: values.pop(c) for c in CLOSED_STATE if table.name == "meeting" and c in values}
                new_id = conn.execute(insert(table).values(**values).returning(table.c.id)).scalar_one()
                mapping[row["id"]] = new_id
                translated.append({**values, **held, "id": new_id})
            written[table.name] = translated
        meeting = Meeting.__table__
        for row in written["meeting"]:
            state = {c: row[c] for c in CLOSED_STATE if c in row}
            if state.get("closed_at") is not None:  # closing counts once (a trigger); then the source's own state
                conn.execute(update(meeting).where(meeting.c.id == row["id"]).values(closed_at=state["closed_at"]))
            conn.execute(update(meeting).where(meeting.c.id == row["id"]).values(**state))
        for table in tables:
            translated, mapping = written[table.name], new_ids[table.name]
            arrived = conn.execute(select(table).where(table.c.id.in_(sorted(mapping.values())))).mappings().all()
            expected, found = checksum(translated), checksum([dict(r) for r in arrived])
            if len(arrived) != len(translated) or expected != found:
                raise CopyRefused(
                    translate(
                        "committee_copy",
                        "Kontrollen af {0} fejlede ({1} af {2} rækker, kontrolsum {3} i stedet for {4}). Intet er "
                        "kopieret.",
                    ).format(table.name, len(arrived), len(translated), found, expected)
                )
            checks.append(TableCheck(table.name, len(arrived), found))
    return checks
