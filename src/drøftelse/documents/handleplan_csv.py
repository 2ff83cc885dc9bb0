"""The handleplan as CSV for Excel: UTF-8 with BOM (so Danish letters open right) and semicolons (Danish Excel).
Its columns follow the row's declaration (domain/record_fields): Nr., the six columns, their dates, status,
priority and the APV's assessment."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from drøftelse.documents.cells import neutralise
from drøftelse.documents.examples import example_note
from drøftelse.documents.output import write_file
from drøftelse.documents.row_cells import EXTRAS, is_choice, label
from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate
from drøftelse.domain.record_fields import DATED, PLAN_COLUMNS
from drøftelse.domain.snapshots import ActionRow, HandleplanSnapshot

HEADER = [
    QT_TRANSLATE_NOOP("Handleplan", "Nr."),
    *(f.heading for f in PLAN_COLUMNS),
    *(f.date_heading for f in DATED),
    *(f.heading for f in EXTRAS),
]


def _cells(n: int, row: ActionRow) -> list:
    dates = (getattr(row, f.date_field()) for f in DATED)
    return [
        n,
        *(neutralise(row.text(f.name)) for f in PLAN_COLUMNS),
        *(short_date(d) if d else "" for d in dates),
        *(label(row, f.name) if is_choice(f) else neutralise(getattr(row, f.name)) for f in EXTRAS),
    ]


def render_csv(snapshot: HandleplanSnapshot) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    if snapshot.example:  # the demo's meeting: said on the first line, before the columns
        writer.writerow([example_note()])
    writer.writerow([translate("Handleplan", h) for h in HEADER])
    for n, row in enumerate(snapshot.rows, start=1):
        writer.writerow(_cells(n, row))
    return out.getvalue().encode("utf-8-sig")


def write_handleplan_csv(snapshot: HandleplanSnapshot, target: Path) -> Path:
    return write_file(target, render_csv(snapshot))
