"""What the notice for the employees is made from: the meeting's goals (the annual discussion) or the group's agreed
texts (a kompetencedrøftelse), its handleplan rows, and whom to ask – the AMO's current members, or, where there
is no AMO (under 10 ansatte) or none is registered, those who led the discussion."""

from __future__ import annotations

import datetime as dt

from drøftelse.domain.actions import Status
from drøftelse.domain.annual import SMALL_ANNUAL_KIND, is_annual
from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.notice import NoticeContact, NoticeDecision, NoticeSnapshot
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.store.action_items import handleplan_snapshot
from drøftelse.store.annual import goals
from drøftelse.store.annual_members import members
from drøftelse.store.common import must_get
from drøftelse.store.database import Database
from drøftelse.store.meetings import answers, participants
from drøftelse.store.models import Meeting

AGREED_KINDS = ("agree",)  # the steps whose boxes hold what the group agreed


def notice_snapshot(db: Database, meeting_id: int, templates: TemplateLibrary, today: dt.date) -> NoticeSnapshot:
    plan = handleplan_snapshot(db, meeting_id, templates)
    with db.session() as s:
        m = must_get(s, Meeting, meeting_id)
        kind, committee_id, closed, example = m.kind, m.committee_id, m.closed_at is not None, m.example
    template = templates.get(kind)
    annual = is_annual(kind)
    agreed: tuple[tuple[str, str], ...] = ()
    if not annual:
        texts = answers(db, meeting_id)
        agreed = tuple(
            (b.label, text)
            for st in template.steps
            if st.kind in AGREED_KINDS
            for b in st.boxes
            if (text := texts.get((None, st.key, b.key), "").strip())
        )
    decisions = tuple(
        NoticeDecision(
            r.hvad.strip(),
            r.hvornaar.strip() or (short_date(r.hvornaar_dato) if r.hvornaar_dato else ""),
            r.hvem.strip(),
        )
        for r in plan.rows
        if r.hvad.strip() and r.status != Status.OPGIVET
    )
    contacts: tuple[NoticeContact, ...] = ()
    if kind != SMALL_ANNUAL_KIND:  # a workplace under 10 has no AMO
        # by group, then name; the demo's example members only on the demo's own meeting (store/examples.py)
        people = sorted(
            members(db, committee_id, today, include_left=False, include_examples=example),
            key=lambda p: (p.group_name.casefold(), p.name.casefold()),
        )
        contacts = tuple(NoticeContact(p.name, p.role, p.group_name, p.contact) for p in people)
    amo = bool(contacts)
    if not contacts:
        contacts = tuple(NoticeContact(p.name, p.role) for p in participants(db, meeting_id) if p.formandskab)
    return NoticeSnapshot(
        committee=plan.committee,
        meeting_title=plan.meeting_title,
        meeting_kind_name=plan.meeting_kind_name,
        meeting_date=plan.meeting_date,
        annual=annual,
        goals=tuple(t for g in goals(db, meeting_id) if (t := g.text.strip())) if annual else (),
        agreed=agreed,
        decisions=decisions,
        contacts=contacts,
        amo=amo,
        closed=closed,
    )
