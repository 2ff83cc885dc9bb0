"""The shape of a meeting file (docs/exchange.md), checked with pydantic before anything is stored.

The file is read with its nesting capped before it is parsed (a 100,000-deep list would exhaust Python's stack),
integers longer than any field can hold are kept as a marker instead of being converted, and every field is
checked strictly: types, ranges, lengths, dates, no lone surrogates. The first fault is reported in Danish with
its place in the file, e.g. `action_items[3].hvem: mangler`. pydantic loads only when a file is read, never on
the start-up path.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate
from drøftelse.domain.limits import FIRST_YEAR, LAST_YEAR, MAX_LINE, MAX_TEXT, clean_text, thousands, too_long
from drøftelse.domain.meeting_file_version import FORMAT, VERSION

MAX_DEPTH = 32  # the format itself is 4 deep (meeting.settings.agenda.<step>)
MAX_DIGITS = 18  # every integer in the format fits in far fewer digits
MAX_SPOKEN_SECONDS = 366 * 24 * 3600  # a round's timer left running for days is still a file that imports
MAX_MINUTES = 24 * 60


class FileFault(ValueError):
    """A fault at a place in the file: `place` like `action_items[3].hvem`, `problem` in Danish."""

    def __init__(self, place: str, problem: str):
        super().__init__(f"{place or '(roden)'}: {problem}")
        self.place, self.problem = place, problem


class HugeNumber:
    """An integer in the file with more digits than any field can hold, kept unconverted (Python refuses to
    convert more than 4,300 digits, and SQLite stores at most 19)."""

    def __init__(self, digits: str):
        self.digits = digits

    def __repr__(self) -> str:
        return translate("HugeNumber", "{0}… ({1} cifre)").format(self.digits[:12], thousands(len(self.digits)))


def _no_lone_surrogates(text: str) -> str:
    if _SURROGATE.search(text):  # pydantic refuses them itself (string_unicode); kept should that change
        raise ValueError(translate("meeting_file", _SURROGATE_PROBLEM))
    return text


def _iso_date(text: str) -> str:
    try:
        date = dt.date.fromisoformat(text) if _DATE.fullmatch(text) else None
    except ValueError:
        date = None
    if date is None:
        raise ValueError(translate("meeting_file", "{0} er ikke en dato på formen ÅÅÅÅ-MM-DD").format(_shown(text)))
    if not FIRST_YEAR <= date.year <= LAST_YEAR:
        raise ValueError(
            translate("meeting_file", "{0} ligger ikke mellem år {1} og {2}").format(
                _shown(text), FIRST_YEAR, LAST_YEAR
            )
        )
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_PROBLEM = QT_TRANSLATE_NOOP(
    "meeting_file", "indeholder et ugyldigt tegn (en halv UTF-16-kode, \\ud800–\\udfff)"
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# NUL and other control characters are removed (PostgreSQL cannot store NUL): a participant's file still imports
Line = Annotated[
    str, StringConstraints(max_length=MAX_LINE), AfterValidator(_no_lone_surrogates), AfterValidator(clean_text)
]
Text = Annotated[
    str, StringConstraints(max_length=MAX_TEXT), AfterValidator(_no_lone_surrogates), AfterValidator(clean_text)
]
Date = Annotated[str, AfterValidator(_iso_date)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Settings(_Strict):
    order: list[Line] | None = None  # the order of the legal points (annual discussion)
    agenda: dict[Line, Annotated[int, Field(ge=0, le=MAX_MINUTES)]] | None = None  # minutes per step
    speaker: Annotated[int, Field(ge=0, le=10_000)] | None = None
    speaker_minutes: Annotated[int, Field(ge=0, le=MAX_MINUTES)] | None = None
    hearing_groups: list[Line] | None = Field(None, max_length=30)  # arbejdsmiljøgrupper heard apart
    # how many høringsark were handed out: known to the shape, though export leaves it out (the returned sheets
    # do not travel with the file, and "0 af M kom tilbage" would be false)
    hearing_sheets_out: Annotated[int, Field(ge=0, le=100_000)] | None = None


class Committee(_Strict):
    name: Line
    employees: Annotated[int, Field(ge=1, le=1_000_000)] | None = None  # under 10: no AMO


class Meeting(_Strict):
    kind: Line
    template_version: Annotated[int, Field(ge=1, le=10_000)] | None = None
    title: Line
    date: Date
    place: Line = ""
    forum: Line = ""
    form: Line = ""  # how it was held: Møde, Video, Skriftligt
    step: Line | None = None
    closed: bool = False
    settings: Settings = Settings()
    example: bool = False  # made by the demo: stays an example in the database it is read into (revision 0011)


class Participant(_Strict):
    key: Line
    name: Line
    role: Line = ""
    formandskab: bool = False
    note_taker: bool = False
    present: bool = True
    spoken_seconds: Annotated[int, Field(ge=0, le=MAX_SPOKEN_SECONDS)] | None = None


class Answer(_Strict):
    participant: Line | None
    step: Line
    box: Line
    text: Text
    source: Literal["typed", "imported"] = "typed"


class ActionItem(_Strict):
    hvad: Text
    hvorfor: Text
    hvordan: Text
    hvornaar: Text
    hvem: Text
    opfoelgning: Text
    status: Literal["aaben", "i_gang", "gennemfoert", "opgivet"] = "aaben"
    priority: Annotated[int, Field(ge=1, le=3)] | None = None  # 1 høj, 2 middel, 3 lav; strict: never true
    result: Text = ""
    # the APV's assessment (domain/apv), written only when given: a file without it reads as before
    alvor: Literal["mindre", "alvorlig", "meget_alvorlig"] | None = None
    omfang: Literal["enkelte", "gruppe", "mange"] | None = None
    vurdering: Text = ""
    aarsag: Text = ""


class MeetingFile(_Strict):
    format: Literal["droeftelse.meeting"]
    version: Literal[1]
    committee: Committee
    meeting: Meeting
    participants: list[Participant]
    answers: list[Answer] = []
    action_items: list[ActionItem]


def parse(raw: str) -> Any:
    """JSON text to Python values, refusing nesting deeper than MAX_DEPTH before the parser sees it and keeping
    over-long integers as HugeNumber. Raises FileFault for the nesting, json.JSONDecodeError for bad JSON."""
    deepest = _too_deep_at(raw)
    if deepest is not None:
        raise FileFault(
            _place_at(raw, deepest),
            translate("meeting_file", "er indlejret mere end {0} niveauer dybt").format(MAX_DEPTH),
        )
    return json.loads(raw, parse_int=_int_or_marker)


def _int_or_marker(digits: str) -> int | HugeNumber:
    return int(digits) if len(digits.lstrip("-")) <= MAX_DIGITS else HugeNumber(digits)


_STRING_PATTERN = r'"[^"\\]*(?:\\.[^"\\]*)*"'  # a JSON string, escapes included (unrolled: fast in re)
_STRING = re.compile(_STRING_PATTERN)
_BRACKETS = re.compile(_STRING_PATTERN + r"|[\[\]{}]")
_TOKENS = re.compile(_STRING_PATTERN + r"|[\[\]{}:,]")


def _too_deep_at(raw: str) -> int | None:
    """The offset of the first bracket past MAX_DEPTH, or None; brackets inside strings do not count. The strings
    are taken out first (in C), so the loop sees only the brackets."""
    if _max_depth(_STRING.sub("", raw)) <= MAX_DEPTH:
        return None
    depth = 0
    for m in _BRACKETS.finditer(raw):  # too deep: find where, strings and all
        c = m.group()
        if c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return m.start()
        elif c in "]}":
            depth -= 1
    return None


def _max_depth(structure: str) -> int:
    depth = deepest = 0
    for c in _ONLY_BRACKETS.findall(structure):
        depth += 1 if c in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


_ONLY_BRACKETS = re.compile(r"[\[\]{}]")


def _place_at(raw: str, offset: int) -> str:
    """The place (`meeting.settings.order[0]`) of the value that starts at `offset`."""
    stack: list[list] = []  # per open container: [kind, key or index]
    last_string = None
    for m in _TOKENS.finditer(raw, 0, offset):
        t = m.group()
        if t in "[{":
            stack.append(["[" if t == "[" else "{", 0 if t == "[" else None])
        elif t in "]}":
            stack.pop()
        elif t == ":" and stack:
            stack[-1][1] = last_string
        elif t == "," and stack and stack[-1][0] == "[":
            stack[-1][1] += 1
        elif t.startswith('"'):
            last_string = t
    parts: list[str | int] = []
    for kind, key in stack:
        if kind == "[":
            parts.append(key)
        elif key is not None:
            try:
                parts.append(json.loads(key))
            except ValueError:
                parts.append(key.strip('"'))
    return place(parts)


def check(data: Any) -> MeetingFile:
    """The meeting file as typed records, or FileFault naming the first fault's place."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FileFault(
            "format",
            translate("meeting_file", "filen er ikke en mødefil fra Drøftelse (format skal være {0!r})").format(FORMAT),
        )
    version = data.get("version")
    if type(version) is not int or version != VERSION:
        raise FileFault(
            "version",
            translate(
                "meeting_file",
                "mødefilens version {0} kendes ikke; dette program læser version {1}. Er filen "
                "lavet af en nyere Drøftelse?",
            ).format(_shown(version), VERSION),
        )
    try:
        return MeetingFile.model_validate(data)
    except ValidationError as e:
        first = e.errors(include_url=False)[0]
        raise FileFault(place(first["loc"]), problem(first)) from None


def place(loc) -> str:
    loc = list(loc)
    cut = len(loc) > 8  # a place deep in a hostile file: its start says enough
    text = ""
    for part in loc[:8]:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            name = _printable(str(part))
            text += f".{name}" if text else name
    return text + ("…" if cut else "")


_TYPE_NAMES = {
    str: QT_TRANSLATE_NOOP("Types", "tekst"),
    int: QT_TRANSLATE_NOOP("Types", "et heltal"),
    float: QT_TRANSLATE_NOOP("Types", "et tal"),
    bool: QT_TRANSLATE_NOOP("Types", "sand/falsk"),
    list: QT_TRANSLATE_NOOP("Types", "en liste"),
    dict: QT_TRANSLATE_NOOP("Types", "et objekt"),
    type(None): QT_TRANSLATE_NOOP("Types", "tom (null)"),
}
_EXPECTED = {
    "string_type": QT_TRANSLATE_NOOP("Types", "tekst"),
    "int_type": QT_TRANSLATE_NOOP("Types", "et heltal"),
    "bool_type": QT_TRANSLATE_NOOP("Types", "sand/falsk"),
    "list_type": QT_TRANSLATE_NOOP("Types", "en liste"),
    "dict_type": QT_TRANSLATE_NOOP("Types", "et objekt"),
    "model_type": QT_TRANSLATE_NOOP("Types", "et objekt"),
    "model_attributes_type": QT_TRANSLATE_NOOP("Types", "et objekt"),
    "none_required": QT_TRANSLATE_NOOP("Types", "tom (null)"),
}


def problem(error: dict) -> str:
    """One pydantic error in Danish."""
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    if isinstance(value, HugeNumber):
        return translate("meeting_file", "tallet er alt for stort ({0} cifre)").format(
            thousands(len(value.digits.lstrip("-")))
        )
    if kind == "missing":
        return "mangler"
    if kind == "string_unicode" or (isinstance(value, str) and _SURROGATE.search(value)):
        return translate("meeting_file", _SURROGATE_PROBLEM)
    if kind == "extra_forbidden":
        return translate("meeting_file", "ukendt nøgle (stavefejl?)")
    if kind in _EXPECTED:
        return translate("meeting_file", "skal være {0}, men er {1}").format(
            translate("Types", _EXPECTED[kind]), _type_name(value)
        )
    if kind == "literal_error":
        allowed = ctx.get("expected", "")
        return translate("meeting_file", "{0} er ikke en af {1}").format(_shown(value), allowed.replace(" or ", ", "))
    if kind == "string_too_long":
        return too_long("teksten", len(value), ctx["max_length"])
    if kind in ("greater_than_equal", "greater_than"):
        return translate("meeting_file", "skal være mindst {0}, men er {1}").format(
            ctx.get("ge", ctx.get("gt")), _shown(value)
        )
    if kind in ("less_than_equal", "less_than"):
        return translate("meeting_file", "må højst være {0}, men er {1}").format(
            ctx.get("le", ctx.get("lt")), _shown(value)
        )
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    return translate("meeting_file", "ugyldig værdi {0}").format(_shown(value))


def _type_name(value: Any) -> str:
    return translate("Types", _TYPE_NAMES.get(type(value), type(value).__name__))


def _printable(text: str) -> str:
    """Text safe to print on any terminal: lone surrogates and other unprintables escaped, long text cut."""
    shown = text if len(text) <= 40 else text[:40] + "…"
    return shown.encode("utf-8", "backslashreplace").decode("utf-8")


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:40] + "…")  # repr escapes lone surrogates
    if isinstance(value, HugeNumber):
        return repr(value)
    return _printable(repr(value))
