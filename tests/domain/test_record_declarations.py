"""Each record with many fields is declared once (domain/record_fields); every shape it takes is checked against that
declaration here: the ORM table (names, kinds, length limits and what the length check calls the field), the
frozen records, the fields a new row is made from, the documents' row, the meeting file's model, the names the
question to the chairs uses, and the lists that follow from it (columns, the template's examples, the CSV and
XLSX headers, the PDF's widths). A field added to the declaration and not to a shape fails here, naming both."""

from __future__ import annotations

import dataclasses
import typing

import pytest
from sqlalchemy import Boolean, Date, Float, Integer, String

from drøftelse.documents import handleplan_pdf
from drøftelse.documents.committee_columns import SHEET_COLUMNS
from drøftelse.documents.handleplan_csv import HEADER
from drøftelse.domain import actions, apv, field_names, meeting_file, templates
from drøftelse.domain.actions import ActionFields
from drøftelse.domain.limits import MAX_LINE, MAX_TEXT
from drøftelse.domain.record_fields import (
    ACTION_ROW,
    CHOICE,
    DATED,
    FILE,
    FLAG,
    GOAL,
    LINE,
    NAMED,
    NEW,
    NUMBER,
    PARTICIPANT,
    PLAN_COLUMNS,
    PRINTED,
    TEXT,
    VERDICT,
    Field,
    in_shape,
)
from drøftelse.domain.snapshots import ActionRow
from drøftelse.store import models, records

# what a table has beside its declared fields: keys, order, bookkeeping
KEYS = {"id", "committee_id", "meeting_id", "member_id", "goal_id", "action_item_id"}
BOOKKEEPING = {"position", "created_at", "updated_at", "version"}
# the stored values of each short choice of a handleplan row
ENUMS = {"status": actions.Status, "priority": actions.Priority, "alvor": apv.Alvor, "omfang": apv.Omfang}


def names(fields: tuple[Field, ...]) -> set[str]:
    return {f.name for f in fields}


def dates(fields: tuple[Field, ...]) -> set[str]:
    return {f.date_field() for f in fields if f.dated}


def dataclass_fields(cls) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def table_columns(model) -> dict:
    return {c.key: c for c in model.__table__.columns}


def _check_column(field: Field, column) -> None:
    kind = column.type
    if field.kind in (TEXT, LINE):
        assert isinstance(kind, models.LimitedText), field.name
        assert (kind.what, kind.limit) == (field.what, field.limit), field.name
    elif field.kind == CHOICE:
        assert isinstance(kind, (String, Integer)), field.name
    elif field.kind == FLAG:
        assert isinstance(kind, Boolean), field.name
    else:
        assert field.kind == NUMBER and isinstance(kind, (Integer, Float)), field.name


@pytest.mark.parametrize(
    ("declared", "model"),
    [
        (ACTION_ROW, models.ActionItem),
        (PARTICIPANT, models.Participant),
        (GOAL, models.Goal),
        (VERDICT, models.Verdict),
    ],
)
def test_the_orm_table_has_each_declared_field_as_declared_and_nothing_undeclared(declared, model):
    columns = table_columns(model)
    for field in declared:
        assert field.name in columns, f"{model.__name__} has no column {field.name}: add it (and a migration)"
        _check_column(field, columns[field.name])
    for dated in dates(declared):
        assert isinstance(columns[dated].type, Date)
    undeclared = set(columns) - names(declared) - dates(declared) - KEYS - BOOKKEEPING
    assert not undeclared, f"{model.__name__} has columns the declaration lacks: {undeclared}"


@pytest.mark.parametrize(
    ("declared", "record", "bookkeeping"),
    [
        (ACTION_ROW, records.ActionItemRecord, {"updated_at", "version"}),
        (PARTICIPANT, records.ParticipantRecord, {"version"}),
        (GOAL, records.GoalRecord, {"version"}),
    ],
)
def test_the_frozen_record_has_the_declared_fields(declared, record, bookkeeping):
    keys = {"id", "committee_id", "meeting_id", "member_id", "position"}
    held = dataclass_fields(record) - keys - bookkeeping
    expected = names(declared) - {"position"} | dates(declared)
    assert held == expected, f"{record.__name__} differs from the declaration in {held ^ expected}"


def test_a_new_row_is_made_from_the_declared_fields():
    held, expected = [f.name for f in dataclasses.fields(ActionFields)], [f.name for f in in_shape(ACTION_ROW, NEW)]
    assert held == expected, f"domain/actions.ActionFields differs from the declaration in {set(held) ^ set(expected)}"


def test_the_documents_row_has_the_declared_printed_fields():
    # the meeting a row came from and its last "Virkede det?" are the committee plan's, not the row's own
    elsewhere = {"position", "origin", "origin_date", "effect", "effect_note"}
    held, expected = dataclass_fields(ActionRow) - elsewhere, names(in_shape(ACTION_ROW, PRINTED)) | dates(ACTION_ROW)
    assert held == expected, f"domain/snapshots.ActionRow differs from the declaration in {held ^ expected}"


def _literal_values(annotation) -> set:
    for arg in (annotation, *typing.get_args(annotation)):
        if typing.get_origin(arg) is typing.Literal:
            return set(typing.get_args(arg))
    return set()


def _max_length(info) -> int | None:
    return next((m.max_length for m in info.metadata if hasattr(m, "max_length")), None)


@pytest.mark.parametrize(
    ("declared", "model", "file_only"),
    [(ACTION_ROW, meeting_file.ActionItem, set()), (PARTICIPANT, meeting_file.Participant, {"key"})],
)
def test_the_meeting_files_model_has_the_declared_fields_with_their_limits(declared, model, file_only):
    fields = model.model_fields
    held, expected = set(fields) - file_only, names(in_shape(declared, FILE))
    assert held == expected, f"meeting_file.{model.__name__} differs from the declaration in {held ^ expected}"
    for field in in_shape(declared, FILE):
        info = fields[field.name]
        if field.kind in (TEXT, LINE):
            assert _max_length(info) == field.limit, field.name
        if field.column:
            assert info.is_required(), f"a file without {field.name} is not a handleplan row"
        if field.name in ENUMS and field.name != "priority":
            assert _literal_values(info.annotation) == {e.value for e in ENUMS[field.name]}, field.name
    assert {MAX_TEXT, MAX_LINE} >= {f.limit for f in declared if f.limit}


@pytest.mark.parametrize(("table", "declared"), [("participant", PARTICIPANT), ("goal", GOAL), ("verdict", VERDICT)])
def test_the_question_to_the_chairs_names_the_declared_fields(table, declared):
    assert set(field_names.field_names(table)) == names(in_shape(declared, NAMED))


def test_the_hand_kept_lists_follow_the_declaration():
    assert actions.COLUMNS == tuple((f.name, f.heading) for f in PLAN_COLUMNS)
    assert actions.TEXT_FIELDS == tuple(f.name for f in PLAN_COLUMNS)
    assert actions.DATED_FIELDS == tuple(f.name for f in DATED)
    assert set(templates._EXAMPLE) == names(PLAN_COLUMNS)
    printed_headings = [f.heading for f in in_shape(ACTION_ROW, PRINTED) if not f.column and f.heading]
    assert HEADER == ["Nr.", *(f.heading for f in PLAN_COLUMNS), *(f.date_heading for f in DATED), *printed_headings]
    sheet = [c.heading for c in SHEET_COLUMNS]
    for heading in (*(f.heading for f in PLAN_COLUMNS), *(f.date_heading for f in DATED), *printed_headings):
        assert heading in sheet
    assert [c.heading for c in SHEET_COLUMNS[1 : 1 + len(PLAN_COLUMNS)]] == [f.heading for f in PLAN_COLUMNS]


def test_each_printed_column_has_its_share_of_the_pdfs_width():
    for key in (*names(PLAN_COLUMNS), "priority", "status", "origin"):
        assert handleplan_pdf._WIDTHS[key] > 0, key


def test_a_closed_meetings_row_logs_a_change_of_each_declared_field():
    """The change log's trigger (revision 0009, made again by the migration that adds a column) names each field."""
    from drøftelse.store.head_schema import SNAPSHOT

    trigger = next(line for line in SNAPSHOT.read_text().splitlines() if "droeftelse_action_item_log_upd" in line)
    for field in ACTION_ROW:
        assert f"OLD.{field.name} IS NOT NEW.{field.name}" in trigger, f"a change of {field.name} is not logged"
