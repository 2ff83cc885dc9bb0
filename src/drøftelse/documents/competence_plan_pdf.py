"""The kompetenceudviklingsplan for AMO's members as a PDF (A4 portrait) – an optional aid since 1.2.2024 – and
point 6's section in the referat: the supplerende uddannelse, the members' days, the sagkundskab and the plan."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Paragraph

from drøftelse.documents.output import write_file
from drøftelse.documents.page_furniture import Portrait, opening, portrait, render_portrait, styles, table
from drøftelse.documents.text import as_markup, printable
from drøftelse.domain import i18n
from drøftelse.domain.danish_dates import long_date, short_date
from drøftelse.domain.i18n import translate
from drøftelse.domain.snapshots import CompetencePlanSnapshot


def days_text(days: float | None) -> str:
    return "" if days is None else i18n.decimal(days)


def competence_section(snap: CompetencePlanSnapshot, st: dict, page: Portrait, referat: bool = False) -> list:
    """The members' supplerende uddannelse (entitled and used this year) and the planned lines. In the referat,
    point 6 as the law has it since 1.2.2024: what was agreed on the training, the members' days, the sagkundskab,
    and the optional kompetenceudviklingsplan only when it has lines."""
    story = []
    if referat:
        story += _text(translate("competence_plan_pdf", "Den supplerende arbejdsmiljøuddannelse"), snap.text, st)
    story += _members(snap, st, page)
    if referat:
        story += _text(translate("competence_plan_pdf", "Sagkundskab om arbejdsmiljø"), snap.sagkundskab, st)
    if referat and not any(p.hvad.strip() or p.days for p in snap.plan):
        return story  # the plan is an aid, no longer a requirement: an empty one is not printed
    return story + _plan(snap, st, page, referat)


def _member_line(m) -> list[str]:
    took_office = (
        (short_date(m.elected_on) + (translate("competence_plan_pdf", " (antaget)") if m.assumed else ""))
        if m.elected_on
        else ""
    )
    return [m.name, m.role, took_office, m.mandatory, days_text(m.entitled_days), m.offer, days_text(m.used_days)]


def _members(snap: CompetencePlanSnapshot, st: dict, page: Portrait) -> list:
    """The members' table and the rules on their training under it."""
    headings = [
        translate("competence_plan_pdf", "Navn"),
        translate("competence_plan_pdf", "Rolle"),
        translate("competence_plan_pdf", "Tiltrådt"),
        translate("competence_plan_pdf", "Obligatorisk uddannelse"),
        translate("competence_plan_pdf", "Supplerende: ret til i år (dage)"),
        translate("competence_plan_pdf", "Tilbud i år"),
        translate("competence_plan_pdf", "Supplerende: brugt i år (dage)"),
    ]
    rules = translate(
        "competence_plan_pdf",
        "Den obligatoriske uddannelse tages senest 3 måneder efter tiltrædelse. Supplerende "
        "arbejdsmiljøuddannelse: 2 dage i det første funktionsår, tilbudt inden 9 måneder efter den "
        "obligatoriske uddannelse; derefter 1½ dag om året, tilbudt i funktionsåret. Ubrugte dage bortfalder "
        "ved funktionsårets udgang, medmindre to af de følgende års dage skriftligt er aftalt lagt sammen "
        "til 3 dage. Arbejdsgiveren skal kunne dokumentere tilbuddet.",
    )
    return [
        Paragraph(translate("competence_plan_pdf", "AMO's medlemmer og deres uddannelse"), st["h3"]),
        table(
            headings,
            [_member_line(m) for m in snap.members],
            [17, 12, 12, 19, 12, 16, 12],
            page,
            st,
            empty=translate("competence_plan_pdf", "Ingen medlemmer skrevet ind."),
        ),
        Paragraph(rules, st["small"]),
    ]


def _plan(snap: CompetencePlanSnapshot, st: dict, page: Portrait, referat: bool) -> list:
    """The kompetenceudviklingsplan's lines: who, what training, when, days."""
    heading = (
        translate("competence_plan_pdf", "Kompetenceudviklingsplan (valgfri)")
        if referat
        else translate("competence_plan_pdf", "Kompetenceudviklingsplan")
    )
    headings = [
        translate("competence_plan_pdf", "Hvem"),
        translate("competence_plan_pdf", "Hvilken uddannelse"),
        translate("competence_plan_pdf", "Hvornår"),
        translate("competence_plan_pdf", "Dage"),
    ]
    plan = [[p.hvem, p.hvad, p.hvornaar, days_text(p.days)] for p in snap.plan]
    return [
        Paragraph(heading, st["h3"]),
        table(
            headings,
            plan,
            [24, 46, 18, 12],
            page,
            st,
            empty=translate("competence_plan_pdf", "Ingen planlagt uddannelse."),
        ),
    ]


def _text(heading: str, text: str, st: dict) -> list:
    story = [Paragraph(heading, st["h3"])]
    if not text.strip():
        return story + [Paragraph(translate("competence_plan_pdf", "(Ingen tekst.)"), st["missing"])]
    return story + [Paragraph(as_markup(part), st["body"]) for part in text.strip().split("\n\n")]


def render_competence_plan(snap: CompetencePlanSnapshot) -> bytes:
    st, page = styles(), portrait()
    story = opening(
        translate("competence_plan_pdf", "Kompetenceudviklingsplan for AMO's medlemmer"),
        f"{snap.committee} · {snap.meeting_title} · {long_date(snap.meeting_date)}",
        st,
        example=snap.example,
    )
    story.append(
        Paragraph(
            translate(
                "competence_plan_pdf",
                "Et valgfrit hjælpemiddel: siden 1. februar 2024 kræver reglerne ikke en skriftlig "
                "kompetenceudviklingsplan. Drøftelsen af medlemmernes supplerende arbejdsmiljøuddannelse og af "
                "sagkundskaben står i referatet under punkt 6.",
            ),
            st["small"],
        )
    )
    if snap.text.strip():
        story += _text(translate("competence_plan_pdf", "Den supplerende arbejdsmiljøuddannelse"), snap.text, st)
    story += competence_section(snap, st, page)
    title = translate("competence_plan_pdf", "Kompetenceudviklingsplan – {0}").format(printable(snap.committee))
    subject = translate("competence_plan_pdf", "Kompetenceudviklingsplan (valgfri) fra {0}").format(
        short_date(snap.meeting_date)
    )
    name = translate("competence_plan_pdf", "Kompetenceudviklingsplan (valgfri)")
    return render_portrait(story, page, st, snap, name, title, subject)


def write_competence_plan_pdf(snap: CompetencePlanSnapshot, target: Path) -> Path:
    return write_file(target, render_competence_plan(snap))
