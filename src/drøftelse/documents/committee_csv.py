"""The committee's handleplan as CSV for Excel: UTF-8 with BOM (so æøå open right), semicolons (Danish Excel),
dates as 30.9.2027, every user text kept as text (documents.cells.neutralise)."""

from __future__ import annotations

import csv
import io

from drøftelse.documents.cells import neutralise
from drøftelse.documents.committee_columns import DATE, SHEET_COLUMNS, TEXT
from drøftelse.documents.examples import example_note
from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.snapshots import CommitteeHandleplanSnapshot


def _cell(kind: str, value) -> str | int:
    if kind == DATE:
        return short_date(value) if value else ""
    return neutralise(value) if kind == TEXT else value


def render_committee_csv(snapshot: CommitteeHandleplanSnapshot) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    if snapshot.example:  # the demo's meeting's rows: said on the first line, before the columns
        writer.writerow([example_note()])
    writer.writerow([c.title for c in SHEET_COLUMNS])
    for n, row in enumerate(snapshot.rows, start=1):
        writer.writerow([_cell(c.kind, c.value(n, row)) for c in SHEET_COLUMNS])
    return out.getvalue().encode("utf-8-sig")
