"""The folder for Arbejdstilsynet, read in one go: the committee's last closed annual discussion (its referat), its
handleplan, the AMO's members with their training, the last APV. Meetings and members the demo made (examples)
are not part of the committee's record and are left out."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from drøftelse.domain.aarshjul import APV_YEARS
from drøftelse.domain.annual import ANNUAL_KIND, ANNUAL_KINDS
from drøftelse.domain.at_folder import FolderMember, FolderSnapshot
from drøftelse.domain.committee_plan import PlanFilter
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.domain.training import add_months, mandatory_text, offer_text
from drøftelse.store.annual_members import members
from drøftelse.store.committee_plan import committee_handleplan_snapshot
from drøftelse.store.common import must_get
from drøftelse.store.database import Database
from drøftelse.store.models import Committee, Meeting, Member, PlanItem
from drøftelse.store.referat import referat_snapshot


def folder_snapshot(db: Database, templates: TemplateLibrary, committee_id: int, today: dt.date) -> FolderSnapshot:
    with db.session() as s:
        committee = must_get(s, Committee, committee_id)
        name, employees, apv = committee.name, committee.employees, committee.apv_date
        held = s.execute(
            select(Meeting.id, Meeting.date)
            .where(
                Meeting.committee_id == committee_id,
                Meeting.kind.in_(ANNUAL_KINDS),
                Meeting.closed_at.is_not(None),
                Meeting.example.is_(False),
            )
            .order_by(Meeting.date.desc(), Meeting.id.desc())
        ).all()
        examples = s.scalar(select(func.count()).where(Meeting.committee_id == committee_id, Meeting.example.is_(True)))
        example_members = set(
            s.scalars(select(Member.id).where(Member.committee_id == committee_id, Member.example.is_(True)))
        )
        chairs = set(
            s.scalars(select(Member.id).where(Member.committee_id == committee_id, Member.formandskab.is_(True)))
        )
        planned = _planned_days(s, committee_id)
    referat = referat_snapshot(db, held[0].id, templates) if held else None
    plan = committee_handleplan_snapshot(db, committee_id, templates, PlanFilter(), today)
    people = tuple(
        _folder_member(m, m.id in chairs, planned.get(m.id, 0.0))
        for m in members(db, committee_id, today, include_left=False)
        if m.id not in example_members
    )
    rules = templates.get(ANNUAL_KIND).rules
    return FolderSnapshot(
        committee=name,
        employees=employees,
        made_on=today,
        referat=referat,
        annual_held=tuple(d for _, d in held),
        plan=plan,
        members=people,
        apv_date=apv,
        apv_due=add_months(apv, 12 * APV_YEARS) if apv else None,
        rules_reference=rules.reference,
        rules_checked=rules.checked,
        examples_left_out=examples or 0,
    )


def _planned_days(s, committee_id: int) -> dict[int, float]:
    """What the newest annual discussion's kompetenceudviklingsplan gives each member: this year's is planned at
    this year's discussion, closed or not."""
    newest = s.scalar(
        select(Meeting.id)
        .where(Meeting.committee_id == committee_id, Meeting.kind == ANNUAL_KIND, Meeting.example.is_(False))
        .order_by(Meeting.date.desc(), Meeting.id.desc())
        .limit(1)
    )
    planned: dict[int, float] = {}
    for member_id, days in s.execute(
        select(PlanItem.member_id, PlanItem.days).where(PlanItem.meeting_id == newest, PlanItem.member_id.is_not(None))
    ):
        planned[member_id] = planned.get(member_id, 0.0) + (days or 0.0)
    return planned


def _folder_member(m, chair: bool, planned: float) -> FolderMember:
    return FolderMember(
        m.name,
        m.role,
        m.group_name,
        m.contact,
        chair,
        m.took_office_on,
        m.took_office_assumed,
        mandatory_text(m.status, m.mandatory_on),
        m.status.year_of_office,
        m.status.year_starts,
        m.status.year_ends,
        m.status.entitled_days,
        m.status.offered_days,
        m.status.planned_days + planned,
        m.status.used_days,
        offer_text(m.status),
        m.status.pooled is not None,
    )
