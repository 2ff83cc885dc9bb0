"""What a referat prints, decided without a database: the legal points' texts of an annual discussion, the sections of
a meeting without legal points, the evaluation's lines, the year whose handleplan rows it carries and how the
employees were heard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from drøftelse.domain import apv
from drøftelse.domain.annual import point_steps
from drøftelse.domain.hearing import HearingSummary
from drøftelse.domain.i18n import translate
from drøftelse.domain.referat_sections import GROUP_TEXT_KINDS, ROUND_KIND, prints_section  # noqa: F401
from drøftelse.domain.snapshots import EvaluationLine, HearingNote, PointText, ReferatSection
from drøftelse.domain.templates import Step, Template, numbered_title
from drøftelse.domain.training import add_months

# every text of a meeting by (participant id or None for the group, step, box)
Texts = Mapping[tuple[int | None, str, str], str]


def group_text(step: Step, texts: Texts) -> str:
    """The group's texts of a step, box after box, blank ones left out."""
    return "\n\n".join(t for b in step.boxes if (t := texts.get((None, step.key, b.key), "").strip()))


def point_texts(template: Template, texts: Texts) -> tuple[PointText, ...]:
    """The annual discussion's legal points in the law's order, each with what the group wrote."""
    return tuple(
        PointText(st.legal_point, st.title, group_text(st, texts))
        for st in sorted(point_steps(template), key=lambda st: st.legal_point)
    )


def sections(template: Template, present: Sequence[tuple[int, str]], texts: Texts) -> tuple[ReferatSection, ...]:
    """A meeting without legal points: its steps numbered as the wizard's (issue 29), the round with what each
    participant present (id, name) said."""
    return tuple(
        ReferatSection(
            numbered_title(number, st.title),
            tuple((name, texts.get((pid, st.key, b.key), "").strip()) for pid, name in present for b in st.boxes)
            if st.kind == ROUND_KIND
            else tuple((b.label, texts.get((None, st.key, b.key), "").strip()) for b in st.boxes),
        )
        for number, st in enumerate(template.steps, 1)
        if prints_section(st)
    )


def evaluation_lines(items) -> tuple[EvaluationLine, ...]:
    """The evaluation's goals and rows (domain/evaluation.EvaluationItem) as the referat prints them."""
    return tuple(
        EvaluationLine(
            translate("Referat", "Mål") if i.goal_id else translate("Referat", "Handleplan"),
            i.text,
            i.origin,
            i.verdict.label if i.verdict else "",
            i.comment,
            apv.effect_line(i.effect, i.effect_note),
        )
        for i in items
    )


def year_start(previous_annual: dt.date | None, meeting_date: dt.date) -> dt.date:
    """The annual discussion's year begins after the previous one, or 12 months before it when there is none."""
    return previous_annual or add_months(meeting_date, -12)


def hearing_note(
    step: Step, texts: Texts, asked: Sequence[str], said: HearingSummary, closed: bool
) -> HearingNote | None:
    """How the employees were heard (the Høring step `step`): the chairs' words, the questions stored (`asked`) and
    how many answered, or None: a meeting closed before the app had a Høring step, with nothing about it, gets no
    such section afterwards."""
    form = group_text(step, texts)
    if closed and not (form or asked or said.responses):
        return None
    by_group = tuple((g, n) for g, n in said.by_group if g)
    return HearingNote(form, tuple(asked), said.responses, by_group, said.handed_out)
