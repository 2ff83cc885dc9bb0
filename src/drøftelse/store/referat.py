"""What a referat is made from, for any meeting: who took part, what was written and agreed, the handleplan.

The annual discussion's referat follows the law's points (with last year's evaluation, the goals and the members'
training) and carries the year's handleplan rows from the committee's other meetings, each under the meeting it
came from. A meeting without legal points (the kompetencedrøftelse) gives its steps' agreed texts in order.
"""

from __future__ import annotations

from sqlalchemy import select

from drøftelse.domain import referat
from drøftelse.domain.annual import ANNUAL_KINDS, is_annual
from drøftelse.domain.referat import evaluation_lines, point_texts, sections, year_start
from drøftelse.domain.snapshots import HearingNote, ReferatSnapshot, RowsFrom
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.store.action_items import action_row, handleplan_snapshot
from drøftelse.store.annual import goals
from drøftelse.store.annual_verdicts import evaluation
from drøftelse.store.common import meeting_label, must_get
from drøftelse.store.competence_plan import competence_snapshot
from drøftelse.store.database import Database
from drøftelse.store.examples import drawn_on_by
from drøftelse.store.hearing import questions, summary
from drøftelse.store.meetings import answers
from drøftelse.store.models import ActionItem, Meeting


def referat_snapshot(db: Database, meeting_id: int, templates: TemplateLibrary) -> ReferatSnapshot:
    plan = handleplan_snapshot(db, meeting_id, templates)
    with db.session() as s:
        m = must_get(s, Meeting, meeting_id)
        template = templates.get(m.kind)
        people = list(m.participants)
        forum, form, closed, kind, example = m.forum, m.form, m.closed_at is not None, m.kind, m.example
    texts = answers(db, meeting_id)
    named = lambda p: f"{p.name} ({p.role})" if p.role else p.name  # noqa: E731
    annual = is_annual(kind)
    points, lines, printed, rows_from, hearing = (), (), (), (), None
    if annual:
        hearing = _hearing_note(db, meeting_id, template, texts, closed)
        points = point_texts(template, texts)
        ev = evaluation(db, meeting_id)
        lines = evaluation_lines(ev.goals + ev.rows)
        rows_from = year_rows(db, meeting_id)
    else:
        printed = sections(template, [(p.id, p.name) for p in people if p.present], texts)
    return ReferatSnapshot(
        committee=plan.committee,
        meeting_title=plan.meeting_title,
        meeting_kind_name=template.name,
        meeting_date=plan.meeting_date,
        place=plan.place,
        forum=forum,
        form=form,
        present=tuple(named(p) for p in people if p.present),
        absent=tuple(named(p) for p in people if not p.present),
        points=points,
        evaluation=lines,
        goals=tuple(g.text for g in goals(db, meeting_id) if g.text.strip()) if annual else (),
        rows=plan.rows,
        competence=competence_snapshot(db, meeting_id, templates) if template.steps_of_kind("training") else None,
        approval=plan.approval,
        rules_reference=template.rules.reference,
        rules_checked=template.rules.checked,
        closed=closed,
        sections=printed,
        rows_from=rows_from,
        hearing=hearing,
        version_note=plan.version_note,
        example=example,
    )


def _hearing_note(db: Database, meeting_id: int, template, texts, closed: bool) -> HearingNote | None:
    """The Høring step's texts, stored questions and answers, read for domain/referat.hearing_note to word (and to
    leave out where it does not belong); None when the template has no Høring step."""
    steps = template.steps_of_kind("hearing")
    if not steps:
        return None
    asked = [q.text for q in questions(db, meeting_id, template) if q.id is not None]
    return referat.hearing_note(steps[0], texts, asked, summary(db, meeting_id), closed)


def year_rows(db: Database, meeting_id: int) -> tuple[RowsFrom, ...]:
    """The handleplan rows the committee's other meetings made in the annual discussion's year: after the previous
    annual discussion (or within the 12 months before, when there is none) and up to this meeting's date. A meeting
    of the committee's own carries none of the demo's examples."""
    with db.session() as s:
        m = must_get(s, Meeting, meeting_id)
        previous = s.scalar(
            select(Meeting.date)
            .where(
                Meeting.committee_id == m.committee_id,
                Meeting.kind.in_(ANNUAL_KINDS),
                Meeting.date < m.date,
                drawn_on_by(m),
            )
            .order_by(Meeting.date.desc())
            .limit(1)
        )
        since = year_start(previous, m.date)
        others = s.scalars(
            select(Meeting)
            .where(
                Meeting.committee_id == m.committee_id,
                Meeting.id != m.id,
                Meeting.kind.not_in(ANNUAL_KINDS),
                Meeting.date > since,
                Meeting.date <= m.date,
                drawn_on_by(m),
            )
            .order_by(Meeting.date, Meeting.id)
        ).all()
        found = []
        for other in others:
            items = s.scalars(
                select(ActionItem).where(ActionItem.meeting_id == other.id).order_by(ActionItem.position, ActionItem.id)
            ).all()
            if items:
                found.append(RowsFrom(meeting_label(other), tuple(action_row(i) for i in items)))
        return tuple(found)
