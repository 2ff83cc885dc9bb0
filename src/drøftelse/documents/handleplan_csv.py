"""The handleplan as CSV for Excel: UTF-8 with BOM (so Danish letters open right) and semicolons (Danish Excel)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from drøftelse.documents.cells import neutralise
from drøftelse.documents.examples import example_note
from drøftelse.documents.output import write_file
from drøftelse.domain import apv
from drøftelse.domain.actions import COLUMNS
from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate
from drøftelse.domain.snapshots import HandleplanSnapshot

HEADER = [
    QT_TRANSLATE_NOOP("Handleplan", "Nr."),
    *(h for _, h in COLUMNS),
    QT_TRANSLATE_NOOP("Handleplan", "Hvornår (dato)"),
    QT_TRANSLATE_NOOP("Handleplan", "Opfølgning (dato)"),
    QT_TRANSLATE_NOOP("Handleplan", "Status"),
    QT_TRANSLATE_NOOP("Handleplan", "Prioritet"),
    QT_TRANSLATE_NOOP("Handleplan", "Alvor"),
    QT_TRANSLATE_NOOP("Handleplan", "Omfang"),
    QT_TRANSLATE_NOOP("Handleplan", "Vurdering"),
    QT_TRANSLATE_NOOP("Handleplan", "Årsag"),
]


def render_csv(snapshot: HandleplanSnapshot) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    if snapshot.example:  # the demo's meeting: said on the first line, before the columns
        writer.writerow([example_note()])
    writer.writerow([translate("Handleplan", h) for h in HEADER])
    for n, row in enumerate(snapshot.rows, start=1):
        writer.writerow(
            [
                n,
                *(neutralise(row.text(k)) for k, _ in COLUMNS),
                short_date(row.hvornaar_dato) if row.hvornaar_dato else "",
                short_date(row.opfoelgning_dato) if row.opfoelgning_dato else "",
                row.status.label,
                row.priority.label if row.priority is not None else "",
                apv.label("alvor", row.alvor),
                apv.label("omfang", row.omfang),
                neutralise(row.vurdering),
                neutralise(row.aarsag),
            ]
        )
    return out.getvalue().encode("utf-8-sig")


def write_handleplan_csv(snapshot: HandleplanSnapshot, target: Path) -> Path:
    return write_file(target, render_csv(snapshot))
