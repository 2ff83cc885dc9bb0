"""The referat of a meeting. For the annual discussion it is the employer's documentation for Arbejdstilsynet that
it was held; for a kompetencedrøftelse, the record of what the committee agreed.

A4 portrait: date, forum, who was present and absent. The annual discussion: each legal point's text under its
heading, with last year's evaluation under point 3, the new goals under point 4, and under point 6 the supplerende
uddannelse, the members' days, the sagkundskab and the optional kompetenceudviklingsplan when it has lines; after
its own handleplan the year's rows from the committee's other meetings, each under the meeting it came from.
Another meeting: each step's agreed texts under the step's title, then its handleplan. Last the signatures; the
legal sources "pr. <dato>" are in small print under every page's footer. A meeting not yet closed says "Udkast".
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from drøftelse.documents.competence_plan_pdf import competence_section
from drøftelse.documents.handleplan_pdf import handleplan_columns, handleplan_table
from drøftelse.documents.output import write_file
from drøftelse.documents.page_furniture import Portrait, opening, portrait, render_portrait, styles, table
from drøftelse.documents.text import as_markup, printable
from drøftelse.domain.danish_dates import long_date, short_date
from drøftelse.domain.i18n import translate
from drøftelse.domain.snapshots import ReferatSnapshot


def render_referat(snap: ReferatSnapshot) -> bytes:
    st, page = styles(), portrait()
    place = f" · {snap.place}" if snap.place else ""
    story = opening(
        translate("referat_pdf", "Referat: {0}").format(snap.meeting_kind_name),
        f"{snap.committee} · {long_date(snap.meeting_date)}{place}",
        st,
        example=snap.example,
    )
    if not snap.closed:
        story.append(Paragraph(translate("referat_pdf", "Udkast – mødet er ikke afsluttet."), st["missing"]))
    if snap.version_note:  # closed, reopened and closed again: which version this is, and why it was changed
        story.append(Paragraph(as_markup(snap.version_note), st["body"]))
    story.append(_facts(snap, st, page))
    if snap.hearing is not None:
        story += _hearing(snap.hearing, st)
    story += _sections(snap, st)
    story += _points(snap, st, page)
    story += _handleplan(snap, st, page)
    title = translate("referat_pdf", "Referat – {0}").format(printable(snap.meeting_title))
    subject = translate("referat_pdf", "Referat af {0} {1}").format(
        snap.meeting_kind_name, short_date(snap.meeting_date)
    )
    sources = translate("referat_pdf", "Regelgrundlag pr. {0}: {1}.").format(
        short_date(snap.rules_checked), snap.rules_reference
    )
    return render_portrait(story, page, st, snap, translate("referat_pdf", "Referat"), title, subject, note=sources)


def _facts(snap: ReferatSnapshot, st: dict, page: Portrait) -> Table:
    """Date, forum, form, who was present and who was not."""
    facts = [
        (translate("referat_pdf", "Dato"), long_date(snap.meeting_date)),
        (translate("referat_pdf", "Forum"), snap.forum or translate("referat_pdf", "(ikke angivet)")),
        *([(translate("referat_pdf", "Form"), snap.form)] if snap.form else []),
        (translate("referat_pdf", "Til stede"), "\n".join(snap.present) or translate("referat_pdf", "(ingen angivet)")),
        (translate("referat_pdf", "Ikke til stede"), "\n".join(snap.absent) or translate("referat_pdf", "Ingen")),
    ]
    fact_table = Table(
        [[Paragraph(k, st["h3"]), Paragraph(as_markup(v), st["body"])] for k, v in facts],
        colWidths=[page.usable * 0.2, page.usable * 0.8],
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
    return fact_table


def _sections(snap: ReferatSnapshot, st: dict) -> list:
    """A meeting without legal points: each step's agreed texts under the step's title."""
    story = []
    for section in snap.sections:
        story.append(Paragraph(as_markup(section.title), st["h2"]))
        for label, text in section.texts:
            story.append(Paragraph(as_markup(label), st["h3"]))
            if text:
                story += [Paragraph(as_markup(part), st["body"]) for part in text.split("\n\n")]
            else:
                story.append(Paragraph(translate("referat_pdf", "(Ingen tekst.)"), st["missing"]))
    return story


def _points(snap: ReferatSnapshot, st: dict, page: Portrait) -> list:
    """The annual discussion's legal points in the law's order, with the evaluation under 3, the goals under 4 and
    the training under 6."""
    story = []
    for point in snap.points:
        story.append(
            Paragraph(as_markup(translate("referat_pdf", "Punkt {0}. {1}").format(point.number, point.title)), st["h2"])
        )
        if point.number == 6 and snap.competence is not None:  # its boxes under their own headings
            story += competence_section(snap.competence, st, page, referat=True)
            continue
        if point.text:
            story += [Paragraph(as_markup(part), st["body"]) for part in point.text.split("\n\n")]
        elif point.number not in (3, 4):
            story.append(Paragraph(translate("referat_pdf", "(Ingen tekst.)"), st["missing"]))
        if point.number == 3:
            story += _evaluation(snap, st, page)
        elif point.number == 4:
            story += _goals(snap, st)
    return story


def _handleplan(snap: ReferatSnapshot, st: dict, page: Portrait) -> list:
    """The meeting's own rows, then the year's rows from the committee's other meetings, each under its meeting."""
    story = [Paragraph(translate("referat_pdf", "APV-handleplan"), st["h2"]), _rows(snap.rows, st, page)]
    for other in snap.rows_from:
        story.append(Paragraph(as_markup(translate("referat_pdf", "Fra {0}").format(other.meeting)), st["h3"]))
        story.append(_rows(other.rows, st, page))
    return story


def _rows(rows, st: dict, page: Portrait):
    return handleplan_table(rows, handleplan_columns(rows), page.usable, page.body_height, st["cell"], st["head"])


def _evaluation(snap: ReferatSnapshot, st: dict, page: Portrait) -> list:
    rows = [
        [
            f"{e.kind}: {e.text}",
            e.origin,
            e.verdict or translate("referat_pdf", "ikke vurderet"),
            "\n".join(t for t in (e.comment, e.effect) if t),
        ]
        for e in snap.evaluation
    ]
    headings = [
        translate("referat_pdf", "Mål / handling"),
        translate("referat_pdf", "Fra"),
        translate("referat_pdf", "Vurdering"),
        translate("referat_pdf", "Kommentar"),
    ]
    return [
        Paragraph(translate("referat_pdf", "Sidste års mål og åbne punkter i handleplanen"), st["h3"]),
        table(
            headings,
            rows,
            [36, 22, 12, 30],
            page,
            st,
            empty=translate("referat_pdf", "Intet at vurdere fra sidste år."),
        ),
    ]


def _hearing(note, st: dict) -> list:
    story = [Paragraph("Høring af de ansatte", st["h2"])]
    if note.form:
        story += [Paragraph(as_markup(part), st["body"]) for part in note.form.split("\n\n")]
    else:
        story.append(Paragraph("(Ikke beskrevet, hvordan de ansatte er hørt.)", st["missing"]))
    if note.questions:
        groups = ", ".join(f"{g}: {n}" for g, n in note.by_group)
        if note.handed_out:  # one sheet, one code: sheets back, not people, is what can be counted
            said = f"{note.responses} af {note.handed_out} udleverede ark kom tilbage"
        else:
            answered = {0: "Ingen har svaret", 1: "1 ansat har svaret"}.get(
                note.responses, f"{note.responses} ansatte har svaret"
            )
            said = f"{answered} på høringsarket"
        story.append(Paragraph(as_markup(said + (f" ({groups})." if groups else ".")), st["body"]))
        story.append(Paragraph("Spørgsmålene på høringsarket", st["h3"]))
        story += [Paragraph(as_markup(f"{i}. {q}"), st["body"]) for i, q in enumerate(note.questions, start=1)]
    return story


def _goals(snap: ReferatSnapshot, st: dict) -> list:
    story = [Paragraph(translate("referat_pdf", "Mål for det kommende år"), st["h3"])]
    if not snap.goals:
        return story + [Paragraph(translate("referat_pdf", "(Ingen mål skrevet ind.)"), st["missing"])]
    return story + [Paragraph(as_markup(f"{i}. {g}"), st["body"]) for i, g in enumerate(snap.goals, start=1)]


def write_referat_pdf(snap: ReferatSnapshot, target: Path) -> Path:
    return write_file(target, render_referat(snap))
