"""The log of changes made to a meeting after it was closed (issue 28) as an A4 PDF: when, what, the old and the
new value, why the meeting was reopened and by whom; signed at the end like the referat."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Paragraph

from drøftelse.documents.output import write_file
from drøftelse.documents.page_furniture import opening, portrait, render_portrait, styles, table
from drøftelse.documents.text import as_markup
from drøftelse.domain.danish_dates import long_date, short_date
from drøftelse.domain.i18n import translate
from drøftelse.domain.snapshots import ChangeLogSnapshot


def changed_at(value) -> str:
    return f"{short_date(value.date())} {value:%H:%M}"


def render_change_log(snap: ChangeLogSnapshot) -> bytes:
    st, page = styles(), portrait()
    story = opening(
        translate("change_log_pdf", "Ændringslog: {0}").format(snap.meeting_title),
        f"{snap.committee} · {long_date(snap.meeting_date)}",
        st,
    )
    if snap.first_closed_at is not None:
        story.append(
            Paragraph(
                as_markup(
                    translate("change_log_pdf", "Først afsluttet {0}; afsluttet {1} gang(e) i alt.").format(
                        changed_at(snap.first_closed_at), snap.closed_count
                    )
                ),
                st["body"],
            )
        )
    headings = [
        translate("change_log_pdf", "Tidspunkt"),
        translate("change_log_pdf", "Hvad"),
        translate("change_log_pdf", "Før"),
        translate("change_log_pdf", "Efter"),
        translate("change_log_pdf", "Grund til genåbning"),
        translate("change_log_pdf", "Bruger"),
    ]
    rows = [[changed_at(c.changed_at), c.what, c.old_value, c.new_value, c.reason, c.user_name] for c in snap.changes]
    empty = translate("change_log_pdf", "Intet er ændret, efter at mødet blev afsluttet.")
    story.append(table(headings, rows, [12, 19, 21, 21, 15, 12], page, st, empty))
    return render_portrait(
        story,
        page,
        st,
        snap,
        translate("change_log_pdf", "Ændringslog"),
        translate("change_log_pdf", "Ændringslog – {0}").format(snap.meeting_title),
        translate("change_log_pdf", "Ændringer efter afslutning af {0}").format(snap.meeting_title),
    )


def write_change_log_pdf(snap: ChangeLogSnapshot, target: Path) -> Path:
    return write_file(target, render_change_log(snap))
