"""The demo meeting: a lived-in kompetencedrøftelse that screenshots, PDFs and first-time users start from.

Its content is data (resources/demo/), imported through the exchange format, dated to the day it is made.
"""

from __future__ import annotations

import datetime as dt

from drøftelse.domain.templates import TemplateLibrary
from drøftelse.paths import resources_dir
from drøftelse.store.database import Database
from drøftelse.store.exchange import import_meeting, read_meeting_file


def create_demo_meeting(
    db: Database, templates: TemplateLibrary, today: dt.date | None = None, committee: str | None = None
) -> int:
    """Import the demo meeting, into `committee` (by name) when given, else the demo's own committee."""
    today = today or dt.date.today()
    data = read_meeting_file(resources_dir() / "demo" / "kompetencedroeftelse.json")
    if committee:
        data["committee"]["name"] = committee
    data["meeting"]["date"] = today.isoformat()
    data["meeting"]["title"] = f"{data['meeting']['title']} {today.year}"
    return import_meeting(db, data, templates)
