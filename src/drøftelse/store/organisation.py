"""The organisation's view across its committees (issue 16): whose annual discussion is due or overdue, how many
open handleplan rows each has, and the organisation's handleplan of open rows as one snapshot. A few grouped
queries whatever the number of committees, so 300 committees with ten years of meetings each read in well under
half a second (benchmarks/organisation.py). The demo's example meetings are left out until kept."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, false, func, select

from drøftelse.domain.actions import Status
from drøftelse.domain.annual import ANNUAL_KIND
from drøftelse.domain.approval import DEFAULT_BODY
from drøftelse.domain.committee_plan import plan_order
from drøftelse.domain.i18n import translate
from drøftelse.domain.snapshots import Approval, CommitteeHandleplanSnapshot, Signer
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.domain.training import add_months
from drøftelse.store.action_items import action_row
from drøftelse.store.common import meeting_label
from drøftelse.store.database import Database
from drøftelse.store.examples import not_example
from drøftelse.store.models import ActionItem, Committee, Meeting
from drøftelse.store.records import ActionItemRecord, CommitteeActionRecord

OPEN = (Status.AABEN.value, Status.I_GANG.value)


@dataclass(frozen=True)
class CommitteeStanding:
    id: int
    name: str
    last_annual: dt.date | None  # the latest annual discussion held (by today)
    annual_due: dt.date  # a year after it; today when there has been none
    annual_overdue: bool
    open_rows: int  # open and in progress
    overdue_rows: int  # of those, the ones whose Hvornår date has passed


def organisation_overview(db: Database, today: dt.date) -> list[CommitteeStanding]:
    """Every committee's standing, by name."""
    with db.session() as s:
        committees = s.execute(select(Committee.id, Committee.name).order_by(Committee.name, Committee.id)).all()
        last = dict(
            s.execute(
                select(Meeting.committee_id, func.max(Meeting.date))
                .where(Meeting.kind == ANNUAL_KIND, Meeting.date <= today, Meeting.example == false())
                .group_by(Meeting.committee_id)
            ).all()
        )
        late = case((ActionItem.hvornaar_dato < today, 1), else_=0)
        rows = {
            cid: (n, overdue)
            for cid, n, overdue in s.execute(
                select(ActionItem.committee_id, func.count(), func.sum(late))
                .outerjoin(Meeting, ActionItem.meeting_id == Meeting.id)
                .where(ActionItem.status.in_(OPEN), not_example())
                .group_by(ActionItem.committee_id)
            ).all()
        }
    out = []
    for cid, name in committees:
        held = last.get(cid)
        due = add_months(held, 12) if held else today
        n, overdue = rows.get(cid, (0, 0))
        out.append(CommitteeStanding(cid, name, held, due, held is None or due < today, n, int(overdue or 0)))
    return out


def _row(item: ActionItem, meeting: Meeting | None) -> CommitteeActionRecord:
    values = {f.name: getattr(item, f.name) for f in dataclasses.fields(ActionItemRecord)}
    if meeting is None:
        return CommitteeActionRecord(**values, origin=translate("organisation", "(uden møde)"))
    return CommitteeActionRecord(**values, origin=meeting_label(meeting), meeting_date=meeting.date)


def organisation_handleplan_snapshot(
    db: Database, templates: TemplateLibrary, today: dt.date
) -> CommitteeHandleplanSnapshot:
    """Every committee's open rows (open and in progress) in one plan, committee by committee, each in the order
    of its own plan; the committee and meeting a row came from stand in its origin."""
    with db.session() as s:
        found = s.execute(
            select(ActionItem, Meeting, Committee.name)
            .join(Committee, ActionItem.committee_id == Committee.id)
            .outerjoin(Meeting, ActionItem.meeting_id == Meeting.id)
            .where(ActionItem.status.in_(OPEN), not_example())
        ).all()
        records = [(name, _row(item, meeting)) for item, meeting, name in found]
        committees = s.scalar(select(func.count()).select_from(Committee)) or 0
    records.sort(key=lambda nr: (nr[0], plan_order(nr[1])))
    rules = templates.get(ANNUAL_KIND).rules
    return CommitteeHandleplanSnapshot(
        committee=f"Hele organisationen ({committees} udvalg)",
        printed=today,
        selection=translate("organisation", "Åbne rækker og rækker i gang i alle udvalg"),
        rows=tuple(
            dataclasses.replace(action_row(r), origin=f"{name}: {r.origin}", origin_date=r.meeting_date)
            for name, r in records
        ),
        approval=Approval(DEFAULT_BODY, (Signer("", ""), Signer("", ""))),
        rules_reference=rules.reference,
        rules_checked=rules.checked,
    )
