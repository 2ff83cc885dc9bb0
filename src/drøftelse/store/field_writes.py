"""Field by field, never last-writer-wins (issue 27): a window writes a value together with the value it showed
(`seen`), and the row is changed only where every written field still holds what that window saw. Another
chair's change to a different field of the same row goes through untouched; a change to the same field is
refused with FieldChanged, which carries what is stored now, for the window to show both and ask.

Without `seen` (scripts, the demo, an import) the value is written whatever is there. Each row that can be
edited from two windows has a `version` (revision 0012): counted up by every write, so a window can tell that a
row changed without comparing its fields."""

from __future__ import annotations

from sqlalchemy import and_, select, update

from drøftelse.domain.errors import FieldChanged


def _same(column, value):
    """`column IS value`: NULL compares equal to NULL, as a window's empty date does to a stored one."""
    return column.is_(None) if value is None else column == value


def write_fields(s, model, row_id: int, values: dict, seen: dict | None, what: dict[str, str]) -> int | None:
    """UPDATE the row's `values`, counting its version up, where each field in `seen` still holds its seen value.
    Returns the new version (None for a table without one, or a row deleted meanwhile). `what` names the fields
    in Danish ("Titlen") for the question the window asks."""
    has_version = hasattr(model, "version")
    stored: dict = {}
    for _ in range(5):  # another writer may slip in between the look and the next try; five is plenty
        conditions = [model.id == row_id]
        if seen:
            conditions += [_same(getattr(model, f), seen[f]) for f in values if f in seen]
        statement = update(model).where(and_(*conditions)).values(**values)
        statement = statement.execution_options(synchronize_session=False)
        if has_version:
            new_version = s.scalar(statement.values(version=model.version + 1).returning(model.version))
            if new_version is not None:
                return new_version
        elif s.execute(statement).rowcount:
            return None
        # nothing matched: the row is gone, or a field changed since the window read it
        current = s.execute(select(*(getattr(model, f) for f in values)).where(model.id == row_id)).first()
        if current is None:
            return None  # deleted in between: nothing left to change
        stored = dict(zip(values, current, strict=True))
        for field, value in values.items():
            if seen and field in seen and stored[field] != seen[field] and stored[field] != value:
                raise FieldChanged(what.get(field, field), field, stored[field], value)
        # the fields that changed already hold what this write says (both chairs wrote the same): write the rest
        values = {f: v for f, v in values.items() if stored[f] != v}
        if not values:
            return s.scalar(select(model.version).where(model.id == row_id)) if has_version else None
        seen = {f: stored[f] for f in values}
    field = next(iter(values))
    raise FieldChanged(what.get(field, field), field, stored[field], values[field])
