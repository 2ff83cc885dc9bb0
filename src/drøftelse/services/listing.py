"""What the main window shows at start: committees and their meetings, the årshjul, the last APV date.
Plain sqlite3 underneath, so the window paints before SQLAlchemy is imported; the årshjul's rules are
domain/aarshjul.py's."""

from __future__ import annotations

import datetime as dt

from drøftelse.domain.aarshjul import Event, committee_year
from drøftelse.domain.listing import CommitteeLine, MeetingLine
from drøftelse.store import listing as store
from drøftelse.store.database import Database

__all__ = ["CommitteeLine", "MeetingLine", "apv_date", "committees_with_meetings", "year_ahead"]


def committees_with_meetings(db: Database) -> list[CommitteeLine]:
    """Every committee with its meetings, open meetings first, newest date first within each group."""
    return store.committees_with_meetings(db)


def apv_date(db: Database, committee_id: int) -> dt.date | None:
    """The date of the committee's last full APV, or None when it is not given."""
    return store.apv_date(db, committee_id)


def year_ahead(db: Database, committee_id: int, today: dt.date, months: int = 12) -> list[Event]:
    """The committee's årshjul: next annual discussion, next full APV, open rows' dates, training due; none of the
    demo's examples until the chairs keep them."""
    return committee_year(store.committee_facts(db, committee_id, today), today, months)
