"""The referat of the annual discussion: the employer's documentation for Arbejdstilsynet that it was held.

A4 portrait: date, forum, who was present and absent; each legal point's text under its heading, with last
year's evaluation under point 3, the new goals under point 4 and the kompetenceudviklingsplan under point 6;
then the handleplan, the legal reference "pr. <dato>" and the signatures. A referat of a meeting not yet
closed says "Udkast" at the top.
"""

from __future__ import annotations

import io
from pathlib import Path

from drøftelse.documents.competence_plan_pdf import competence_section, page_geometry, styles
from drøftelse.documents.handleplan_pdf import (
    PageFurniture,
    handleplan_columns,
    handleplan_table,
    signature_block,
    text_table,
)
from drøftelse.documents.text import as_markup, printable
from drøftelse.domain.danish_dates import long_date, short_date
from drøftelse.domain.snapshots import ReferatSnapshot


def render_referat(snap: ReferatSnapshot) -> bytes:
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    st = styles()
    page, margin, top, bottom, usable, body_height = page_geometry()
    story = [Paragraph(as_markup(f"Referat: {snap.meeting_kind_name}"), st["title"])]
    place = f" · {snap.place}" if snap.place else ""
    story.append(Paragraph(as_markup(f"{snap.committee} · {long_date(snap.meeting_date)}{place}"), st["sub"]))
    if not snap.closed:
        story.append(Paragraph("Udkast – mødet er ikke afsluttet.", st["missing"]))

    facts = [
        ("Dato", long_date(snap.meeting_date)),
        ("Forum", snap.forum or "(ikke angivet)"),
        ("Til stede", "\n".join(snap.present) or "(ingen angivet)"),
        ("Ikke til stede", "\n".join(snap.absent) or "Ingen"),
    ]
    fact_table = Table(
        [[Paragraph(k, st["h3"]), Paragraph(as_markup(v), st["body"])] for k, v in facts],
        colWidths=[usable * 0.2, usable * 0.8],
        hAlign="LEFT",
    )
    fact_table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#8a9bb0")),
            ]
        )
    )
    story.append(fact_table)

    for point in snap.points:
        story.append(Paragraph(as_markup(f"Punkt {point.number}. {point.title}"), st["h2"]))
        if point.text:
            story += [Paragraph(as_markup(part), st["body"]) for part in point.text.split("\n\n")]
        elif point.number not in (3, 4, 6):
            story.append(Paragraph("(Ingen tekst.)", st["missing"]))
        if point.number == 3:
            story += _evaluation(snap, st, usable, body_height)
        elif point.number == 4:
            story += _goals(snap, st)
        elif point.number == 6:
            story += competence_section(snap.competence, st, usable, body_height)

    story.append(Paragraph("APV-handleplan", st["h2"]))
    story.append(
        handleplan_table(snap.rows, handleplan_columns(snap.rows), usable, body_height, st["cell"], st["head"])
    )
    story.append(Spacer(1, 8))
    story.append(
        Paragraph(
            as_markup(f"Regelgrundlag pr. {short_date(snap.rules_checked)}: {snap.rules_reference}."), st["small"]
        )
    )
    story += [Spacer(1, 14), KeepTogether(signature_block(snap.signers, usable, st["regular"], st["bold"]))]

    furniture = PageFurniture(
        snap.committee, snap.meeting_title, snap.meeting_date, "Referat", page, margin, st["regular"]
    )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=top,
        bottomMargin=bottom,
        title=f"Referat – {printable(snap.meeting_title)}",
        author=printable(snap.committee),
        creator="Drøftelse",
        subject=f"Referat af {snap.meeting_kind_name} {short_date(snap.meeting_date)}",
    )
    doc.build(story, canvasmaker=furniture.canvas_class())
    return buffer.getvalue()


def _evaluation(snap: ReferatSnapshot, st: dict, usable: float, body_height: float) -> list:
    from reportlab.platypus import Paragraph

    rows = [[f"{e.kind}: {e.text}", e.origin, e.verdict or "ikke vurderet", e.comment] for e in snap.evaluation]
    weights = [36, 22, 12, 30]
    return [
        Paragraph("Sidste års mål og åbne punkter i handleplanen", st["h3"]),
        text_table(
            ["Mål / handling", "Fra", "Vurdering", "Kommentar"],
            rows,
            [usable * w / 100 for w in weights],
            body_height,
            st["cell"],
            st["head"],
            empty="Intet at vurdere fra sidste år.",
        ),
    ]


def _goals(snap: ReferatSnapshot, st: dict) -> list:
    from reportlab.platypus import Paragraph

    story = [Paragraph("Mål for det kommende år", st["h3"])]
    if not snap.goals:
        return story + [Paragraph("(Ingen mål skrevet ind.)", st["missing"])]
    return story + [Paragraph(as_markup(f"{i}. {g}"), st["body"]) for i, g in enumerate(snap.goals, start=1)]


def write_referat_pdf(snap: ReferatSnapshot, target: Path) -> Path:
    from drøftelse.documents.output import write_file

    return write_file(target, render_referat(snap))
