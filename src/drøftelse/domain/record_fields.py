"""The records with many fields, each declared once: a handleplan row, a participant, a goal, a verdict.

A field's declaration says what kind it is, how long its text may be, what the length check calls it, and for a
handleplan column its Danish heading and its share of the PDF's width. The lists that used to be kept by hand
follow from it (domain/actions' COLUMNS, the template's examples, the CSV and XLSX columns, the PDF's widths); the
typed shapes a row takes (the ORM table, the frozen records, the meeting file's model) keep their own readable
lines and tests/domain/test_record_declarations.py checks each against this declaration. Adding a handleplan column is a
migration, one line here, its translation, and one line in each shape the test names (docs/architecture.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from drøftelse.domain.i18n import QT_TRANSLATE_NOOP
from drøftelse.domain.limits import MAX_LINE, MAX_TEXT

# what a field holds
LINE = "line"  # one line of at most MAX_LINE characters: a name, a role
TEXT = "text"  # a text of at most MAX_TEXT characters
CHOICE = "choice"  # one of a few stored values (an enum's), or none
NUMBER = "number"
FLAG = "flag"

# the shapes a field may be left out of (every field is in the ORM table, and in its frozen record where there is one)
FILE = "file"  # the meeting file's model (domain/meeting_file)
NEW = "new"  # what a new handleplan row is made from (domain/actions.ActionFields)
PRINTED = "printed"  # what the documents are made from (domain/snapshots.ActionRow)
NAMED = "named"  # the question to the chairs when the other chair changed it (domain/field_names)


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    what: str = ""  # the field in the length check's Danish message ("Teksten under Hvad?"), as the ORM has it
    heading: str = ""  # the Danish heading in the documents (QT_TRANSLATE_NOOP, context "Handleplan")
    column: bool = False  # one of the handleplan's columns: in the table, the PDF, the CSV and the XLSX
    dated: bool = False  # the date read from the text is stored beside it as `<name>_dato`
    date_heading: str = ""  # that date's heading in the CSV and XLSX
    pdf_width: int = 0  # the column's share of the PDF's width
    sheet_width: int = 40  # characters the XLSX column may grow to
    left_out: frozenset[str] = frozenset()  # the shapes without this field

    @property
    def limit(self) -> int | None:
        """How many characters the field holds; None when it is no text."""
        return {LINE: MAX_LINE, TEXT: MAX_TEXT}.get(self.kind)

    def date_field(self) -> str:
        return f"{self.name}_dato"


def _column(name: str, heading: str, width: int, **kw) -> Field:
    return Field(name, TEXT, what=f"Teksten under {heading}", heading=heading, column=True, pdf_width=width, **kw)


ACTION_ROW: tuple[Field, ...] = (
    # the six columns in the order of the source's handleplan
    _column("hvad", QT_TRANSLATE_NOOP("Handleplan", "Hvad?"), 17),
    _column("hvorfor", QT_TRANSLATE_NOOP("Handleplan", "Hvorfor?"), 17),
    _column("hvordan", QT_TRANSLATE_NOOP("Handleplan", "Hvordan?"), 19),
    _column(
        "hvornaar",
        QT_TRANSLATE_NOOP("Handleplan", "Hvornår?"),
        13,
        dated=True,
        date_heading=QT_TRANSLATE_NOOP("Handleplan", "Hvornår (dato)"),
        sheet_width=24,
    ),
    _column("hvem", QT_TRANSLATE_NOOP("Handleplan", "Hvem?"), 18),
    _column(
        "opfoelgning",
        QT_TRANSLATE_NOOP("Handleplan", "Opfølgning?"),
        18,
        dated=True,
        date_heading=QT_TRANSLATE_NOOP("Handleplan", "Opfølgning (dato)"),
    ),
    # printed after the columns when a row has them (PDF), always in the CSV and XLSX
    Field("status", CHOICE, heading=QT_TRANSLATE_NOOP("Handleplan", "Status"), pdf_width=11, sheet_width=11),
    Field("priority", CHOICE, heading=QT_TRANSLATE_NOOP("Handleplan", "Prioritet"), pdf_width=9, sheet_width=9),
    # what the follow-up found: written by following the row up, never printed
    Field("result", TEXT, what="Resultatet", left_out=frozenset({NEW, PRINTED})),
    # the APV's assessment (domain/apv)
    Field("alvor", CHOICE, heading=QT_TRANSLATE_NOOP("Handleplan", "Alvor"), sheet_width=16),
    Field("omfang", CHOICE, heading=QT_TRANSLATE_NOOP("Handleplan", "Omfang"), sheet_width=16),
    Field(
        "vurdering", TEXT, what="Vurderingen af alvor og omfang", heading=QT_TRANSLATE_NOOP("Handleplan", "Vurdering")
    ),
    Field("aarsag", TEXT, what="Årsagen", heading=QT_TRANSLATE_NOOP("Handleplan", "Årsag")),
)

PARTICIPANT: tuple[Field, ...] = (
    Field("name", LINE, what="Navnet"),
    Field("role", LINE, what="Rollen"),
    Field("formandskab", FLAG),
    Field("note_taker", FLAG),
    Field("present", FLAG),
    Field("position", NUMBER, left_out=frozenset({FILE})),  # the file keeps the order of its list
    Field("spoken_seconds", NUMBER, left_out=frozenset({NAMED})),  # the round's timer, not typed
)

GOAL: tuple[Field, ...] = (
    Field("kind", CHOICE, left_out=frozenset({NAMED})),  # "ny" or "sidste_aar"
    Field("position", NUMBER, left_out=frozenset({NAMED})),
    Field("text", TEXT, what="Målet"),
)

VERDICT: tuple[Field, ...] = (
    Field("verdict", CHOICE),
    Field("comment", TEXT, what="Kommentaren"),
    Field("previous_status", CHOICE, left_out=frozenset({NAMED})),  # kept to restore the row's status
    Field("effect", CHOICE),
    Field("effect_note", TEXT, what="Noten om virkningen"),
)


def in_shape(fields: tuple[Field, ...], shape: str) -> tuple[Field, ...]:
    """The fields a shape (FILE, NEW, PRINTED, NAMED) holds, in the declaration's order."""
    return tuple(f for f in fields if shape not in f.left_out)


def field(fields: tuple[Field, ...], name: str) -> Field:
    return next(f for f in fields if f.name == name)


PLAN_COLUMNS: tuple[Field, ...] = tuple(f for f in ACTION_ROW if f.column)
DATED: tuple[Field, ...] = tuple(f for f in ACTION_ROW if f.dated)
