"""The committee's handleplan as a PDF for HR's wall: A4 landscape like the meeting's (documents.handleplan_pdf),
with every kept row of every meeting in the order of its Hvornår date, the date read under Hvornår and
Opfølgning, each row's status and the meeting it came from; the date of printing and what was selected under
the title; approved by the forum of the committee's latest meeting, a line to sign for each member present."""

from __future__ import annotations

from drøftelse.documents.handleplan_pdf import LandscapePlan, handleplan_columns, render_plan
from drøftelse.domain.danish_dates import long_date, short_date
from drøftelse.domain.snapshots import CommitteeHandleplanSnapshot


def render_committee_handleplan(snapshot: CommitteeHandleplanSnapshot) -> bytes:
    count = len(snapshot.rows)
    meetings = len({(r.origin, r.origin_date) for r in snapshot.rows})
    shown = f"{count} {'række' if count == 1 else 'rækker'} fra {meetings} {'møde' if meetings == 1 else 'møder'}"
    return render_plan(
        LandscapePlan(
            title="APV-handleplan",
            lines=(
                f"{snapshot.committee} · udskrevet {long_date(snapshot.printed)}",
                f"{snapshot.selection} · {shown if count else 'ingen rækker'}",
            ),
            rows=snapshot.rows,
            columns=tuple(handleplan_columns(snapshot.rows, always=("status", "origin"))),
            note=f"Regelgrundlag pr. {short_date(snapshot.rules_checked)}: {snapshot.rules_reference}.",
            approval=snapshot.approval,
            header_left=snapshot.committee,
            header_right=f"APV-handleplan · udskrevet {short_date(snapshot.printed)}",
            footer="Udvalgets APV-handleplan",
            pdf_title=f"APV-handleplan – {snapshot.committee}",
            pdf_author=snapshot.committee,
            pdf_subject=f"Udvalgets APV-handleplan, udskrevet {short_date(snapshot.printed)}: {snapshot.selection}",
            dated=True,
            empty="Ingen rækker i handleplanen passer til valget.",
        )
    )
