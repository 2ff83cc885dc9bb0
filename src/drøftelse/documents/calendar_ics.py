"""The årshjul as an iCalendar file (.ics) for Outlook or any calendar: one all-day event per date."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from icalendar import Calendar
from icalendar import Event as IcsEvent

from drøftelse.documents.output import write_file
from drøftelse.domain.aarshjul import Event
from drøftelse.domain.i18n import translate


def render_ics(committee: str, events: list[Event], stamp: dt.datetime | None = None) -> bytes:
    stamp = stamp or dt.datetime.now(dt.UTC)
    cal = Calendar()
    cal.add("prodid", "-//Drøftelse//årshjul//DA")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", translate("calendar_ics", "Årshjul – {0}").format(committee))
    for e in events:
        item = IcsEvent()
        # Stable ids: importing the file again updates the same entries instead of doubling them
        uid = hashlib.sha256(f"{committee}|{e.kind}|{e.title}".encode()).hexdigest()[:24]
        item.add("uid", f"{uid}@droeftelse")
        item.add("dtstamp", stamp)
        item.add("dtstart", e.date)
        item.add("dtend", e.date + dt.timedelta(days=1))
        item.add("summary", e.title)
        item.add("categories", [e.kind])
        if e.overdue:
            item.add("description", translate("calendar_ics", "Overskredet"))
        cal.add_component(item)
    return cal.to_ical()


def write_ics(committee: str, events: list[Event], target: Path) -> Path:
    return write_file(target, render_ics(committee, events))
