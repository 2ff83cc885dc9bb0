"""The kompetenceudviklingsplan for AMO's members as a PDF (A4 portrait), and its section in the referat:
the members with their training status, then the planned training (who, what, when, days)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Paragraph

from drøftelse.documents.output import write_file
from drøftelse.documents.page_furniture import Portrait, opening, portrait, render_portrait, styles, table
from drøftelse.documents.text import as_markup, printable
from drøftelse.domain.danish_dates import long_date, short_date
from drøftelse.domain.i18n import translate
from drøftelse.domain.snapshots import CompetencePlanSnapshot


def days_text(days: float | None) -> str:
    return "" if days is None else f"{days:g}".replace(".", ",")


def competence_section(snap: CompetencePlanSnapshot, st: dict, page: Portrait, heading_style: str = "h3") -> list:
    story = [Paragraph(translate("competence_plan_pdf", "AMO's medlemmer og deres uddannelse"), st[heading_style])]
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
        translate("competence_plan_pdf", "Navn"),
        translate("competence_plan_pdf", "Rolle"),
        translate("competence_plan_pdf", "Valgt / udpeget"),
        translate("competence_plan_pdf", "Obligatorisk uddannelse"),
        translate("competence_plan_pdf", "Ret til i år (dage)"),
        translate("competence_plan_pdf", "Brugt i år (dage)"),
    ]
    story.append(
        table(
            headings,
            people,
            [21, 13, 14, 26, 13, 13],
            page,
            st,
            empty=translate("competence_plan_pdf", "Ingen medlemmer skrevet ind."),
        )
    )
    story.append(Paragraph(translate("competence_plan_pdf", "Planlagt kompetenceudvikling"), st[heading_style]))
    plan = [[p.hvem, p.hvad, p.hvornaar, days_text(p.days)] for p in snap.plan]
    headings = [
        translate("competence_plan_pdf", "Hvem"),
        translate("competence_plan_pdf", "Hvilken uddannelse"),
        translate("competence_plan_pdf", "Hvornår"),
        translate("competence_plan_pdf", "Dage"),
    ]
    story.append(
        table(
            headings,
            plan,
            [24, 46, 18, 12],
            page,
            st,
            empty=translate("competence_plan_pdf", "Ingen planlagt uddannelse."),
        )
    )
    story.append(
        Paragraph(
            translate(
                "competence_plan_pdf",
                "Ret til supplerende arbejdsmiljøuddannelse: 2 dage i det første funktionsår, derefter 1½ dag om året; "
                "ubrugte dage bortfalder. Den obligatoriske uddannelse tages inden for 3 måneder efter valg eller "
                "udpegning.",
            ),
            st["small"],
        )
    )
    return story


def render_competence_plan(snap: CompetencePlanSnapshot) -> bytes:
    st, page = styles(), portrait()
    story = opening(
        translate("competence_plan_pdf", "Kompetenceudviklingsplan for AMO's medlemmer"),
        f"{snap.committee} · {snap.meeting_title} · {long_date(snap.meeting_date)}",
        st,
    )
    if snap.text.strip():
        story.append(Paragraph(as_markup(snap.text), st["body"]))
    story += competence_section(snap, st, page)
    title = translate("competence_plan_pdf", "Kompetenceudviklingsplan – {0}").format(printable(snap.committee))
    subject = translate("competence_plan_pdf", "Kompetenceudviklingsplan fra {0}").format(short_date(snap.meeting_date))
    return render_portrait(
        story, page, st, snap, translate("competence_plan_pdf", "Kompetenceudviklingsplan"), title, subject
    )


def write_competence_plan_pdf(snap: CompetencePlanSnapshot, target: Path) -> Path:
    return write_file(target, render_competence_plan(snap))
