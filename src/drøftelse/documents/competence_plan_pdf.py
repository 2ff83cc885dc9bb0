"""The kompetenceudviklingsplan for AMO's members as a PDF (A4 portrait), and its section in the referat:
the members with their training status, then the planned training (who, what, when, days)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Paragraph

from drøftelse.documents.output import write_file
from drøftelse.documents.page_furniture import Portrait, opening, portrait, render_portrait, styles, table
from drøftelse.documents.text import as_markup, printable
from drøftelse.domain.danish_dates import long_date, short_date
from drøftelse.domain.snapshots import CompetencePlanSnapshot


def days_text(days: float | None) -> str:
    return "" if days is None else f"{days:g}".replace(".", ",")


def competence_section(snap: CompetencePlanSnapshot, st: dict, page: Portrait, heading_style: str = "h3") -> list:
    story = [Paragraph("AMO's medlemmer og deres uddannelse", st[heading_style])]
    people = [
        [
            m.name,
            m.role,
            short_date(m.elected_on) if m.elected_on else "",
            m.mandatory,
            days_text(m.entitled_days),
            days_text(m.used_days),
        ]
        for m in snap.members
    ]
    headings = [
        "Navn",
        "Rolle",
        "Valgt / udpeget",
        "Obligatorisk uddannelse",
        "Ret til i år (dage)",
        "Brugt i år (dage)",
    ]
    story.append(table(headings, people, [21, 13, 14, 26, 13, 13], page, st, empty="Ingen medlemmer skrevet ind."))
    story.append(Paragraph("Planlagt kompetenceudvikling", st[heading_style]))
    plan = [[p.hvem, p.hvad, p.hvornaar, days_text(p.days)] for p in snap.plan]
    headings = ["Hvem", "Hvilken uddannelse", "Hvornår", "Dage"]
    story.append(table(headings, plan, [24, 46, 18, 12], page, st, empty="Ingen planlagt uddannelse."))
    story.append(
        Paragraph(
            "Ret til supplerende arbejdsmiljøuddannelse: 2 dage i det første funktionsår, derefter 1½ dag om året; "
            "ubrugte dage bortfalder. Den obligatoriske uddannelse tages inden for 3 måneder efter valg eller "
            "udpegning.",
            st["small"],
        )
    )
    return story


def render_competence_plan(snap: CompetencePlanSnapshot) -> bytes:
    st, page = styles(), portrait()
    story = opening(
        "Kompetenceudviklingsplan for AMO's medlemmer",
        f"{snap.committee} · {snap.meeting_title} · {long_date(snap.meeting_date)}",
        st,
    )
    if snap.text.strip():
        story.append(Paragraph(as_markup(snap.text), st["body"]))
    story += competence_section(snap, st, page)
    title = f"Kompetenceudviklingsplan – {printable(snap.committee)}"
    subject = f"Kompetenceudviklingsplan fra {short_date(snap.meeting_date)}"
    return render_portrait(story, page, st, snap, "Kompetenceudviklingsplan", title, subject)


def write_competence_plan_pdf(snap: CompetencePlanSnapshot, target: Path) -> Path:
    return write_file(target, render_competence_plan(snap))
