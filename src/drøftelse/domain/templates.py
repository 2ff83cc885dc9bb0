"""Meeting templates: one TOML file per meeting kind under resources/templates/.

A template holds the phases, steps, prompts, boxes, help texts and the "Hvad siger reglerne?" note of a
meeting, so a new meeting kind is a new file and not a new module. Loading checks every key, and a fault is
reported with the file's name and the key's place, e.g. `kompetencedroeftelse.toml: steps[2].promts`.

A variant (the annual discussion of a workplace under 10 employees) names its base with `variant_of` and holds
only what differs (see `merge_variant`), so a change to the base reaches the variant too.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from drøftelse.domain.actions import TEXT_FIELDS
from drøftelse.domain.errors import DroeftelseError, TemplateError
from drøftelse.domain.i18n import translate
from drøftelse.domain.shape import Key, ShapeError, check

STEP_KINDS = (
    "setup",  # title, date, place, participants
    "hearing",  # the employees heard before the annual discussion: questions, a sheet, the answers
    "preparation",  # the forberedelsesark: boxes per participant
    "frame",  # purpose, frame and agenda
    "round",  # one participant at a time, a note per speaker
    "agree",  # the group's agreed text in boxes
    "point",  # a legal point of the annual discussion: the group's text in boxes
    "evaluation",  # last year's goals and open rows, judged
    "goals",  # next year's goals
    "training",  # AMO members' training and the kompetenceudviklingsplan
    "handleplan",  # the action items
    "finish",  # export and close
)

_BOX = {"key": Key(str), "label": Key(str), "help": Key(str, required=False)}
_PROMPT_GROUP = {"heading": Key(str), "items": Key(list, items=str)}
_STEP = {
    "key": Key(str),
    "phase": Key(str),
    "kind": Key(str, choices=STEP_KINDS),
    "title": Key(str),
    "short_title": Key(str, required=False),
    "instruction": Key(str, required=False),
    "prompt_groups": Key(list, required=False, fields=_PROMPT_GROUP),
    "questions": Key(list, required=False, items=str),
    "boxes": Key(list, required=False, fields=_BOX),
    "help": Key(str, required=False),
    "reminder": Key(str, required=False),
    "minutes": Key(int, required=False),
    "legal_point": Key(int, required=False),
    "applies_to": Key(str, required=False),
    "hearing_question": Key(str, required=False),  # a legal point's proposed question for the hearing
    # the set-up's choices: forums, participants' roles, and the forms a discussion may take (the referat names it)
    "forums": Key(list, required=False, items=str),
    "roles": Key(list, required=False, items=str),
    "forms": Key(list, required=False, items=str),
}
_EXAMPLE = {name: Key(str) for name in TEXT_FIELDS}  # a handleplan row the template proposes: its six columns
_TEMPLATE = {
    "key": Key(str),
    "version": Key(int),
    "name": Key(str),
    "title": Key(str),
    "purpose": Key(str),
    "how": Key(str, required=False),
    "audience": Key(str, required=False),
    "facilitators": Key(str, required=False),
    "preparation_minutes": Key(int, required=False),
    "meeting_minutes": Key(int, required=False),
    "rules": Key(dict, fields={"text": Key(str), "reference": Key(str), "checked": Key(dt.date)}),
    "phases": Key(list, fields={"key": Key(str), "title": Key(str), "text": Key(str, required=False)}),
    "steps": Key(list, fields=_STEP),
    "examples": Key(list, required=False, fields=_EXAMPLE),
}


@dataclass(frozen=True)
class Box:
    key: str
    label: str
    help: str = ""


@dataclass(frozen=True)
class PromptGroup:
    heading: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Step:
    key: str
    phase: str
    kind: str
    title: str
    short_title: str
    instruction: str
    prompt_groups: tuple[PromptGroup, ...]
    questions: tuple[str, ...]
    boxes: tuple[Box, ...]
    help: str
    reminder: str
    minutes: int
    legal_point: int | None
    applies_to: str
    hearing_question: str = ""
    forums: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()

    def box(self, key: str) -> Box | None:
        return next((b for b in self.boxes if b.key == key), None)


@dataclass(frozen=True)
class Phase:
    key: str
    title: str
    text: str


@dataclass(frozen=True)
class Rules:
    text: str
    reference: str
    checked: dt.date


@dataclass(frozen=True)
class Template:
    key: str
    version: int
    name: str
    title: str
    purpose: str
    how: str
    audience: str
    facilitators: str
    preparation_minutes: int
    meeting_minutes: int
    rules: Rules
    phases: tuple[Phase, ...]
    steps: tuple[Step, ...]
    examples: tuple[dict[str, str], ...]
    source: str  # the file it came from, for messages

    def step(self, key: str) -> Step | None:
        return next((s for s in self.steps if s.key == key), None)

    def steps_of_kind(self, kind: str) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.kind == kind)

    def has_box(self, step_key: str, box_key: str) -> bool:
        step = self.step(step_key)
        return step is not None and step.box(box_key) is not None

    @property
    def forms(self) -> tuple[str, ...]:
        """The forms the discussion may take (møde, video, skriftligt); empty when the template asks none."""
        return next((s.forms for s in self.steps if s.forms), ())


_LEADING_NUMBER = re.compile(r"^\d+\.\s*")


def numbered_title(number: int, title: str) -> str:
    """A step's title with its place in the wizard, as the side list, the page and the referat show it: "3. Sæt
    rammen", never the template's own "1." (which counts only the steps of the meeting itself)."""
    return f"{number}. {_LEADING_NUMBER.sub('', title)}"


def _t(text: str) -> str:
    """A template's text in the current language (scripts/update_translations.py puts them in the catalogue)."""
    return translate("Template", text) if text else text


def parse_template(data: dict, source: str) -> Template:
    """Build a Template from the TOML data of `source`, or raise TemplateError naming the file and key. Its texts
    are in the current language (drøftelse.domain.i18n); keys stay as written."""
    try:
        check(data, _TEMPLATE)
    except ShapeError as e:
        raise TemplateError(translate("templates", "Mødeskabelonen {0} har en fejl: {1}").format(source, e)) from None
    phases = tuple(Phase(p["key"], _t(p["title"]), _t(p.get("text", ""))) for p in data["phases"])
    r = data["rules"]
    return Template(
        key=data["key"],
        version=data["version"],
        name=_t(data["name"]),
        title=_t(data["title"]),
        purpose=_t(data["purpose"]),
        how=_t(data.get("how", "")),
        audience=_t(data.get("audience", "")),
        facilitators=_t(data.get("facilitators", "")),
        preparation_minutes=data.get("preparation_minutes", 0),
        meeting_minutes=data.get("meeting_minutes", 0),
        rules=Rules(_t(r["text"]), _t(r["reference"]), r["checked"]),
        phases=phases,
        steps=_steps(data["steps"], {p.key for p in phases}, source),
        examples=tuple({k: _t(v) for k, v in e.items()} for e in data.get("examples", [])),
        source=source,
    )


def _steps(raw: list[dict], phase_keys: set[str], source: str) -> tuple[Step, ...]:
    """The template's steps in order, each key once, each in a phase the template names."""

    def fail(path: str, problem: str) -> TemplateError:
        return TemplateError(
            translate("templates", "Mødeskabelonen {0} har en fejl: {1}: {2}").format(source, path, problem)
        )

    steps: list[Step] = []
    seen: set[str] = set()
    for i, s in enumerate(raw):
        if s["key"] in seen:
            raise fail(f"steps[{i}].key", translate("templates", "trinnet {0!r} findes to gange").format(s["key"]))
        seen.add(s["key"])
        if s["phase"] not in phase_keys:
            raise fail(
                f"steps[{i}].phase", translate("templates", "fasen {0!r} er ikke nævnt under phases").format(s["phase"])
            )
        boxes = tuple(Box(b["key"], _t(b["label"]), _t(b.get("help", ""))) for b in s.get("boxes", []))
        if len({b.key for b in boxes}) != len(boxes):
            raise fail(f"steps[{i}].boxes", translate("templates", "to felter har samme key"))
        steps.append(_step(s, boxes))
    return tuple(steps)


def _step(s: dict, boxes: tuple[Box, ...]) -> Step:
    return Step(
        key=s["key"],
        phase=s["phase"],
        kind=s["kind"],
        title=_t(s["title"]),
        short_title=_t(s.get("short_title", s["title"])),
        instruction=_t(s.get("instruction", "")),
        prompt_groups=tuple(
            PromptGroup(_t(g["heading"]), tuple(map(_t, g["items"]))) for g in s.get("prompt_groups", [])
        ),
        questions=tuple(map(_t, s.get("questions", []))),
        boxes=boxes,
        help=_t(s.get("help", "")),
        reminder=_t(s.get("reminder", "")),
        minutes=s.get("minutes", 0),
        legal_point=s.get("legal_point"),
        applies_to=_t(s.get("applies_to", "")),
        hearing_question=_t(s.get("hearing_question", "")),
        forums=tuple(s.get("forums", [])),  # stored as chosen: kept in the template's words
        roles=tuple(s.get("roles", [])),
        forms=tuple(s.get("forms", [])),
    )


def merge_variant(base: dict, variant: dict, source: str) -> dict:
    """The data of a variant: the base's, with the variant's top-level values in its place, its tables (`rules`)
    merged key by key, its phases and steps matched to the base's by `key` with their fields replaced, and the
    steps named in `omit_steps`, or of a kind named in `omit_kinds`, left out. A variant may not add steps or name
    one the base lacks."""

    def fail(path: str, problem: str) -> TemplateError:
        return TemplateError(f"Mødeskabelonen {source} har en fejl: {path}: {problem}")

    merged = {k: v for k, v in base.items()}
    for name, value in variant.items():
        if name in ("variant_of", "omit_steps", "omit_kinds"):
            continue
        if name in ("phases", "steps"):
            by_key = {item.get("key"): item for item in base.get(name, [])}
            changes = {}
            for i, item in enumerate(value if isinstance(value, list) else []):
                if item.get("key") not in by_key:
                    raise fail(f"{name}[{i}].key", f"{item.get('key')!r} findes ikke i {variant['variant_of']}")
                changes[item["key"]] = item
            merged[name] = [{**item, **changes.get(item.get("key"), {})} for item in base.get(name, [])]
        elif isinstance(value, dict) and isinstance(base.get(name), dict):
            merged[name] = {**base[name], **value}
        else:
            merged[name] = value
    omit = variant.get("omit_steps", [])
    for i, key in enumerate(omit):
        if key not in {s.get("key") for s in base.get("steps", [])}:
            raise fail(f"omit_steps[{i}]", f"trinnet {key!r} findes ikke i {variant['variant_of']}")
    kinds = variant.get("omit_kinds", [])
    for i, kind in enumerate(kinds):
        if kind not in STEP_KINDS:
            raise fail(f"omit_kinds[{i}]", f"{kind!r} er ikke en trintype")
    merged["steps"] = [s for s in merged.get("steps", []) if s.get("key") not in omit and s.get("kind") not in kinds]
    return merged


def read_template_data(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TemplateError(translate("templates", "Mødeskabelonen {0} findes ikke.").format(path.name)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise TemplateError(
            translate("templates", "Mødeskabelonen {0} kan ikke læses: {1}").format(path.name, e)
        ) from None


def load_template_file(path: Path) -> Template:
    data = read_template_data(path)
    if isinstance(data.get("variant_of"), str):  # the base lies beside it
        base = read_template_data(path.with_name(f"{data['variant_of']}.toml"))
        data = merge_variant(base, data, path.name)
    template = parse_template(data, path.name)
    if template.key != path.stem:
        raise TemplateError(
            translate("templates", "Mødeskabelonen {0} har en fejl: key: skal være {1!r} som filnavnet").format(
                path.name, path.stem
            )
        )
    return template


def check_template_version(template: Template, version: int) -> None:
    """A meeting (or meeting file) made with a newer edition of its template is refused: this program cannot show
    what that edition added."""
    if version > template.version:
        raise DroeftelseError(
            translate(
                "meetings",
                "Mødet er lavet med en nyere udgave af skabelonen for {0} (udgave {1}; dette "
                "program kender udgave {2}). Opdatér Drøftelse for at åbne det.",
            ).format(template.name, version, template.version)
        )
