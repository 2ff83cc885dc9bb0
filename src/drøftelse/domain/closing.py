"""Whether a meeting may be closed: which legal points still have no entry, and whether the form is chosen; the
reason a closed meeting is reopened; what closing shows will be recorded.

The store reads what is written (`PointEntries`); these rules decide, without a database."""

from __future__ import annotations

from dataclasses import dataclass, replace

from drøftelse.domain.annual import missing_message, point_label, point_steps
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate
from drøftelse.domain.limits import MAX_LINE, check_length, clean_text
from drøftelse.domain.referat_sections import prints_section
from drøftelse.domain.templates import Box, Step, Template, numbered_title


@dataclass(frozen=True)
class PointEntries:
    """What a meeting has written towards its legal points, as read from the store."""

    boxes: frozenset[tuple[str, str]] = frozenset()  # (step, box) of each group text that is not blank
    goals: bool = False  # a new goal with a text
    verdicts: bool = False  # a goal or a row judged

    def step_written(self, step: Step) -> bool:
        return any(key == step.key for key, _ in self.boxes)


class NotFinished(DroeftelseError):
    """The meeting cannot be finalised: some legal points have no entry (`missing` names them), or the template asks
    how the discussion was held and no form is chosen (`forms_missing`: the choices)."""

    def __init__(self, missing: list[Step], forms_missing: tuple[str, ...] = ()):
        super().__init__(missing_message(missing, forms_missing))
        self.missing = missing
        self.forms_missing = forms_missing


def has_entry(step: Step, entries: PointEntries) -> bool:
    """A point has an entry when its text is written, or (for its kind) goals or verdicts exist. Point 6 asks
    more: see missing_points."""
    if entries.step_written(step):
        return True
    if step.kind == "goals":
        return entries.goals
    if step.kind == "evaluation":
        return entries.verdicts
    return False


def empty_boxes(step: Step, entries: PointEntries) -> list[Box]:
    """The step's boxes without a group text."""
    return [b for b in step.boxes if (step.key, b.key) not in entries.boxes]


def missing_points(template: Template, entries: PointEntries) -> list[Step]:
    """The legal points without an entry, in the law's order. Point 6 (kind "training") needs each of its boxes –
    the supplerende uddannelse and the sagkundskab – written; the kompetenceudviklingsplan is an aid and never
    counts. When only some are written, the point's title names what is missing."""
    missing = []
    for step in sorted(point_steps(template), key=lambda s: s.legal_point):
        if step.kind == "training":
            empty = empty_boxes(step, entries)
            if empty and len(empty) < len(step.boxes):
                step = replace(step, title=f"{step.title} – mangler: {', '.join(b.label for b in empty)}")
            if empty:
                missing.append(step)
        elif not has_entry(step, entries):
            missing.append(step)
    return missing


def forms_missing(template: Template, form: str) -> tuple[str, ...]:
    """The forms to choose from when the template asks how the discussion was held and none is chosen."""
    return template.forms if template.forms and not form else ()


def check_closable(template: Template, entries: PointEntries, form: str) -> None:
    """Raise NotFinished naming the legal points without an entry and the form not chosen; else nothing."""
    missing = missing_points(template, entries)
    forms = forms_missing(template, form)
    if missing or forms:
        raise NotFinished(missing, forms)


# --- reopening, the form, and what closing shows will be recorded
def checked_reason(reason: str | None) -> str:
    """A reopening's reason as stored: required, and a line (it stands on the referat beside "Version N")."""
    reason = clean_text((reason or "").strip())
    check_length(translate("meetings", "Grunden til genåbningen"), reason, MAX_LINE)
    if not reason:
        raise DroeftelseError(
            translate(
                "meetings",
                "Skriv, hvorfor mødet genåbnes: grunden står i ændringsloggen og på referatet og handleplanen. "
                "Intet er ændret.",
            )
        )
    return reason


def check_form_kept(meeting_id: int, stored: str, form: str | None) -> None:
    """A closed meeting's referat stands as it was closed: its form cannot change (but may be named again)."""
    if form is not None and form.strip().casefold() != stored.casefold():
        raise DroeftelseError(
            translate("meetings", "Møde {0} er afsluttet; genåbn det i programmet for at ændre formen.").format(
                meeting_id
            )
        )


def chosen_form(template: Template, form: str) -> str:
    """One of the template's forms, named in any case; an unknown one is refused with the choices."""
    chosen = next((f for f in template.forms if f.casefold() == form.strip().casefold()), None)
    if chosen is None:
        allowed = ", ".join(f.lower() for f in template.forms)
        raise DroeftelseError(
            f"Formen {form!r} kendes ikke for {template.name}; vælg mellem {allowed}."
            if allowed
            else translate("meetings", "{0} har ingen form at vælge.").format(template.name)
        )
    return chosen


def unjudged_lines(goals, rows) -> list[str]:
    """Last year's goals and handleplan rows (domain/evaluation.EvaluationItem) without a verdict, as closing
    names them."""
    goal = translate("meetings", "Mål: {0}")
    row = translate("meetings", "Handleplan: {0} ({1})")
    return [goal.format(first_line(i.text)) for i in goals if i.verdict is None] + [
        row.format(first_line(i.text), i.origin) for i in rows if i.verdict is None
    ]


def first_line(text: str, limit: int = 80) -> str:
    line = (text.strip().splitlines() or [""])[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"


def summary_points(template: Template, written: dict[str, int], goals: int, comments: int) -> list[tuple[str, int]]:
    """Each legal point with the characters written for it (goals and verdict comments counted with their points);
    a meeting without legal points: the steps its referat has sections for, numbered as the wizard's steps."""
    steps = sorted(point_steps(template), key=lambda st: st.legal_point)
    number = {st.key: i for i, st in enumerate(template.steps, 1)}
    points = []
    for st in steps or [st for st in template.steps if prints_section(st)]:
        extra = goals if st.kind == "goals" else comments if st.kind == "evaluation" else 0
        shown = point_label(st) if st.legal_point else numbered_title(number[st.key], st.title)
        points.append((shown, written.get(st.key, 0) + extra))
    return points
