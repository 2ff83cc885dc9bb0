"""The kompetenceudviklingsplan for AMO's members as a PDF (A4 portrait), and its section in the referat:
the members with their training status, then the planned training (who, what, when, days)."""

from __future__ import annotations

import io
from pathlib import Path

from drøftelse.documents.fonts import register_fonts
from drøftelse.documents.handleplan_pdf import MARGIN_MM, PageFurniture, signature_block, text_table
from drøftelse.documents.text import as_markup, printable
from drøftelse.domain.danish_dates import long_date, short_date
from drøftelse.domain.snapshots import CompetencePlanSnapshot


def days_text(days: float | None) -> str:
    return "" if days is None else f"{days:g}".replace(".", ",")


def styles():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5, spaceAfter=4)
    return {
        "regular": regular,
        "bold": bold,
        "body": body,
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=8, leading=10),
        "head": ParagraphStyle("head", fontName=bold, fontSize=8, leading=10, textColor=colors.white),
        "title": ParagraphStyle("title", fontName=bold, fontSize=17, leading=21, spaceAfter=2),
        "sub": ParagraphStyle("sub", fontName=regular, fontSize=10, leading=13, spaceAfter=8),
        "h2": ParagraphStyle(
            "h2",
            fontName=bold,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
            textColor=colors.HexColor("#24476b"),
        ),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "small": ParagraphStyle(
            "small", fontName=regular, fontSize=8, leading=10, spaceBefore=4, textColor=colors.HexColor("#333333")
        ),
        "missing": ParagraphStyle("missing", parent=body, textColor=colors.HexColor("#8a1c1c")),
    }


def competence_section(
    snap: CompetencePlanSnapshot, st: dict, usable: float, body_height: float, heading_style: str = "h3"
) -> list:
    from reportlab.platypus import Paragraph

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
    weights = [21, 13, 14, 26, 13, 13]
    story.append(
        text_table(
            ["Navn", "Rolle", "Valgt / udpeget", "Obligatorisk uddannelse", "Ret til i år (dage)", "Brugt i år (dage)"],
            people,
            [usable * w / 100 for w in weights],
            body_height,
            st["cell"],
            st["head"],
            empty="Ingen medlemmer skrevet ind.",
        )
    )
    story.append(Paragraph("Planlagt kompetenceudvikling", st[heading_style]))
    plan = [[p.hvem, p.hvad, p.hvornaar, days_text(p.days)] for p in snap.plan]
    weights = [24, 46, 18, 12]
    story.append(
        text_table(
            ["Hvem", "Hvilken uddannelse", "Hvornår", "Dage"],
            plan,
            [usable * w / 100 for w in weights],
            body_height,
            st["cell"],
            st["head"],
            empty="Ingen planlagt uddannelse.",
        )
    )
    story.append(
        Paragraph(
            "Ret til supplerende arbejdsmiljøuddannelse: 2 dage i det første funktionsår, derefter 1½ dag om året; "
            "ubrugte dage bortfalder. Den obligatoriske uddannelse tages inden for 3 måneder efter valg eller "
            "udpegning.",
            st["small"],
        )
    )
    return story


def page_geometry():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    margin = MARGIN_MM * mm
    top = bottom = margin + 6 * mm
    usable = A4[0] - 2 * margin - 12  # the frame keeps 6 pt padding on each side
    return A4, margin, top, bottom, usable, A4[1] - top - bottom - 12


def render_competence_plan(snap: CompetencePlanSnapshot) -> bytes:
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    st = styles()
    page, margin, top, bottom, usable, body_height = page_geometry()
    story = [
        Paragraph("Kompetenceudviklingsplan for AMO's medlemmer", st["title"]),
        Paragraph(as_markup(f"{snap.committee} · {snap.meeting_title} · {long_date(snap.meeting_date)}"), st["sub"]),
    ]
    if snap.text.strip():
        story.append(Paragraph(as_markup(snap.text), st["body"]))
    story += competence_section(snap, st, usable, body_height)
    story += [Spacer(1, 14), KeepTogether(signature_block(snap.signers, usable, st["regular"], st["bold"]))]
    furniture = PageFurniture(
        snap.committee, snap.meeting_title, snap.meeting_date, "Kompetenceudviklingsplan", page, margin, st["regular"]
    )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=top,
        bottomMargin=bottom,
        title=f"Kompetenceudviklingsplan – {printable(snap.committee)}",
        author=printable(snap.committee),
        creator="Drøftelse",
        subject=f"Kompetenceudviklingsplan fra {short_date(snap.meeting_date)}",
    )
    doc.build(story, canvasmaker=furniture.canvas_class())
    return buffer.getvalue()


def write_competence_plan_pdf(snap: CompetencePlanSnapshot, target: Path) -> Path:
    from drøftelse.documents.output import write_file

    return write_file(target, render_competence_plan(snap))
