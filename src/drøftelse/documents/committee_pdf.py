"""The committee's handleplan as a PDF for HR's wall: A4 landscape like the meeting's (documents.handleplan_pdf),
with every kept row of every meeting in the order of its Hvornår date, the date read under Hvornår and
Opfølgning, each row's status and the meeting it came from; the date of printing and what was selected under
the title; approved by the forum of the committee's latest meeting, a line to sign for each member present."""

from __future__ import annotations

from drøftelse.documents.handleplan_pdf import LandscapePlan, handleplan_columns, render_plan
from drøftelse.domain.danish_dates import long_date, short_date
from drøftelse.domain.i18n import translate
from drøftelse.domain.snapshots import CommitteeHandleplanSnapshot


def render_committee_handleplan(snapshot: CommitteeHandleplanSnapshot) -> bytes:
    count = len(snapshot.rows)
    meetings = len({(r.origin, r.origin_date) for r in snapshot.rows})
    rows = translate("committee_pdf", "{0} række") if count == 1 else translate("committee_pdf", "{0} rækker")
    sources = translate("committee_pdf", "{0} møde") if meetings == 1 else translate("committee_pdf", "{0} møder")
    shown = translate("committee_pdf", "{0} fra {1}").format(rows.format(count), sources.format(meetings))
    return render_plan(
        LandscapePlan(
            title=translate("committee_pdf", "APV-handleplan"),
            lines=(
                translate("committee_pdf", "{0} · udskrevet {1}").format(
                    snapshot.committee, long_date(snapshot.printed)
                ),
                f"{snapshot.selection} · {shown if count else translate('committee_pdf', 'ingen rækker')}",
            ),
            rows=snapshot.rows,
            columns=tuple(handleplan_columns(snapshot.rows, always=("status", "origin"))),
            note=translate("committee_pdf", "Regelgrundlag pr. {0}: {1}.").format(
                short_date(snapshot.rules_checked), snapshot.rules_reference
            ),
            approval=snapshot.approval,
            header_left=snapshot.committee,
            header_right=translate("committee_pdf", "APV-handleplan · udskrevet {0}").format(
                short_date(snapshot.printed)
            ),
            footer=translate("committee_pdf", "Udvalgets APV-handleplan"),
            pdf_title=translate("committee_pdf", "APV-handleplan – {0}").format(snapshot.committee),
            pdf_author=snapshot.committee,
            pdf_subject=translate("committee_pdf", "Udvalgets APV-handleplan, udskrevet {0}: {1}").format(
                short_date(snapshot.printed), snapshot.selection
            ),
            dated=True,
            empty=translate("committee_pdf", "Ingen rækker i handleplanen passer til valget."),
            example=snapshot.example,
        )
    )
