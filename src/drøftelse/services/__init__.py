"""The use cases: what the wizard and the command line do to a meeting, as plain functions.

Each is one transaction (`db.transaction()` around the store functions it calls) and takes and returns plain
values and frozen dataclasses: no ORM object and no session leaves `store/` and `services/`. `ui/` and `cli.py`
call these and `domain/`, never `store/`. `services.listing` and `services.database` stay light (no SQLAlchemy),
so the main window paints before the ORM loads; the other modules are imported where they are first used.
"""
