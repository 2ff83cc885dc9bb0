"""What the main window shows at start: committees and their meetings, the årshjul, the last APV date.
Plain sqlite3 underneath, so the window paints before SQLAlchemy is imported."""

from drøftelse.store.listing import CommitteeLine, MeetingLine, apv_date, committees_with_meetings, year_ahead

__all__ = ["CommitteeLine", "MeetingLine", "apv_date", "committees_with_meetings", "year_ahead"]
