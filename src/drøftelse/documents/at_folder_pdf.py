"""The folder for Arbejdstilsynet as one PDF with bookmarks: a front page with the contents, the last annual
referat and the committee's handleplan as the app prints them anyway, and pages of their own for the AMO's
structure, each member's training, the APV and the rules the app follows.

Each part is rendered on its own (the referat and the handleplan keep their own headers and page numbers, as HR
knows them) and the parts are joined with pypdf, one bookmark each; the front page is made last, when the
parts' page numbers are known."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.platypus import Paragraph, Spacer

from drøftelse.documents.committee_pdf import render_committee_handleplan
from drøftelse.documents.competence_plan_pdf import days_text
from drøftelse.documents.page_furniture import Portrait, build_portrait, opening, portrait, styles, table
from drøftelse.documents.referat_pdf import render_referat
from drøftelse.documents.running_heads import PageFurniture
from drøftelse.documents.text import as_markup, printable
from drøftelse.domain.at_folder import FolderMember, FolderSnapshot
from drøftelse.domain.danish_dates import long_date, short_date
from drøftelse.domain.i18n import translate


@dataclass(frozen=True)
class Part:
    bookmark: str
    pdf: bytes


def render_folder(snap: FolderSnapshot, app_version: str = "") -> bytes:
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415 - only when a folder is made

    page, st = portrait(), styles()
    parts = [
        Part(translate("at_folder_pdf", "Seneste årlige arbejdsmiljødrøftelse (referat)"), _referat(snap, page, st)),
        Part(translate("at_folder_pdf", "Udvalgets handleplan"), render_committee_handleplan(snap.plan)),
        Part(
            translate("at_folder_pdf", "Arbejdsmiljøorganisationen"), _own(snap, page, st, _structure(snap, page, st))
        ),
        Part(
            translate("at_folder_pdf", "AMO-medlemmernes uddannelse"), _own(snap, page, st, _training(snap, page, st))
        ),
        Part(
            translate("at_folder_pdf", "APV, årlige drøftelser og regelgrundlag"),
            _own(snap, page, st, _apv_and_rules(snap, st, app_version)),
        ),
    ]
    readers = [PdfReader(io.BytesIO(p.pdf)) for p in parts]
    counts = [len(r.pages) for r in readers]
    front = _own(snap, page, st, _front(snap, parts, counts, st, front_pages=1))
    front_pages = len(PdfReader(io.BytesIO(front)).pages)
    if front_pages != 1:  # a contents this long: number the parts again after it
        front = _own(snap, page, st, _front(snap, parts, counts, st, front_pages))
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(front)), outline_item=translate("at_folder_pdf", "Forside og indhold"))
    for part, reader in zip(parts, readers, strict=True):
        writer.append(reader, outline_item=part.bookmark, import_outline=False)
    writer.page_mode = "/UseOutlines"  # the reader opens with the bookmarks shown
    writer.add_metadata(
        {
            "/Title": printable(translate("at_folder_pdf", "Mappe til Arbejdstilsynet – {0}").format(snap.committee)),
            "/Author": printable(snap.committee),
            "/Creator": "Drøftelse",
        }
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _own(snap: FolderSnapshot, page: Portrait, st: dict, story: list) -> bytes:
    """A part of the folder's own on A4 portrait, with the committee and "Mappe til Arbejdstilsynet" in the
    header and the page numbers of the part in the footer."""
    name = translate("at_folder_pdf", "Mappe til Arbejdstilsynet")
    furniture = PageFurniture(
        snap.committee,
        "",
        snap.made_on,
        name,
        page.size,
        page.margin,
        st["regular"],
        right=translate("at_folder_pdf", "{0} · lavet {1}").format(name, short_date(snap.made_on)),
    )
    return build_portrait(story, page, furniture, name, snap.committee)


def _front(snap: FolderSnapshot, parts: list[Part], counts: list[int], st: dict, front_pages: int) -> list:
    story = opening(
        translate("at_folder_pdf", "Mappe til Arbejdstilsynet"),
        translate("at_folder_pdf", "{0} · lavet {1}").format(snap.committee, long_date(snap.made_on)),
        st,
    )
    story.append(
        Paragraph(
            translate(
                "at_folder_pdf",
                "Arbejdsmiljøarbejdet, som det står i Drøftelse: det seneste referat af den årlige "
                "arbejdsmiljødrøftelse, handleplanen, arbejdsmiljøorganisationen og medlemmernes uddannelse, "
                "den seneste APV og de regler, programmet følger. Hver del har et bogmærke.",
            ),
            st["body"],
        )
    )
    story.append(Paragraph(translate("at_folder_pdf", "Indhold"), st["h2"]))
    rows, first = [], front_pages + 1
    for part, count in zip(parts, counts, strict=True):
        pages = (
            translate("at_folder_pdf", "side {0}").format(first)
            if count == 1
            else translate("at_folder_pdf", "side {0}–{1}").format(first, first + count - 1)
        )
        rows.append([part.bookmark, pages])
        first += count
    story.append(
        table(
            [translate("at_folder_pdf", "Del"), translate("at_folder_pdf", "Sider")], rows, [75, 25], portrait(), st, ""
        )
    )
    story.append(Spacer(1, 8))
    story.append(Paragraph(as_markup(_rules_line(snap)), st["small"]))
    if snap.examples_left_out:
        story.append(
            Paragraph(
                translate(
                    "at_folder_pdf",
                    "{0} eksempelmøde(r) fra programmets demo er ikke med: de er ikke udvalgets egne.",
                ).format(snap.examples_left_out),
                st["small"],
            )
        )
    return story


def _part_opening(snap: FolderSnapshot, title: str, st: dict) -> list:
    """A part's title, and under it the committee and the day the folder's facts stand as of."""
    return opening(
        title, translate("at_folder_pdf", "{0} · pr. {1}").format(snap.committee, long_date(snap.made_on)), st
    )


def _rules_line(snap: FolderSnapshot) -> str:
    return translate("at_folder_pdf", "Programmet følger: {0} (kontrolleret {1}).").format(
        snap.rules_reference, short_date(snap.rules_checked)
    )


def _referat(snap: FolderSnapshot, page: Portrait, st: dict) -> bytes:
    if snap.referat is not None:
        return render_referat(snap.referat)
    story = opening(translate("at_folder_pdf", "Seneste årlige arbejdsmiljødrøftelse"), snap.committee, st)
    story.append(
        Paragraph(
            translate(
                "at_folder_pdf",
                "Der er ingen afsluttet årlig arbejdsmiljødrøftelse i programmet. Et referat kommer med, når "
                "drøftelsen er holdt og afsluttet.",
            ),
            st["missing"],
        )
    )
    return _own(snap, page, st, story)


def _structure(snap: FolderSnapshot, page: Portrait, st: dict) -> list:
    story = _part_opening(snap, translate("at_folder_pdf", "Arbejdsmiljøorganisationen"), st)
    story.append(
        Paragraph(
            translate(
                "at_folder_pdf",
                "Hvem der er med i arbejdsmiljøorganisationen, i hvilken gruppe, med hvilken rolle, og hvordan de "
                "ansatte kontakter dem.",
            ),
            st["body"],
        )
    )
    if snap.employees is not None:
        story.append(Paragraph(translate("at_folder_pdf", "Antal ansatte: {0}.").format(snap.employees), st["body"]))
    people = sorted(snap.members, key=lambda m: (m.group_name.casefold() or "\uffff", not m.formandskab, m.name))
    yes = translate("at_folder_pdf", "ja")
    rows = [
        [
            m.group_name or translate("at_folder_pdf", "(ingen gruppe)"),
            m.name,
            m.role,
            yes if m.formandskab else "",
            m.contact,
        ]
        for m in people
    ]
    story.append(
        table(
            [
                translate("at_folder_pdf", "Gruppe"),
                translate("at_folder_pdf", "Navn"),
                translate("at_folder_pdf", "Rolle"),
                translate("at_folder_pdf", "Formandskab"),
                translate("at_folder_pdf", "Kontakt"),
            ],
            rows,
            [20, 24, 18, 12, 26],
            page,
            st,
            empty=translate("at_folder_pdf", "Ingen medlemmer skrevet ind i programmet."),
        )
    )
    groups = sorted({m.group_name for m in snap.members if m.group_name}, key=str.casefold)
    if groups:
        story.append(
            Paragraph(
                translate("at_folder_pdf", "Arbejdsmiljøgrupper: {0}.").format(as_markup(", ".join(groups))),
                st["small"],
            )
        )
    return story


def _office_year(m: FolderMember) -> str:
    if m.year_of_office is None or m.year_starts is None or m.year_ends is None:
        return ""
    return translate("at_folder_pdf", "{0}. år\n{1}–\n{2}").format(
        m.year_of_office, short_date(m.year_starts), short_date(m.year_ends)
    )


def _training(snap: FolderSnapshot, page: Portrait, st: dict) -> list:
    story = _part_opening(snap, translate("at_folder_pdf", "AMO-medlemmernes uddannelse"), st)
    story.append(
        Paragraph(
            translate(
                "at_folder_pdf",
                "Den obligatoriske arbejdsmiljøuddannelse (senest 3 måneder efter tiltrædelse), og den supplerende "
                "uddannelse i det igangværende funktionsår: de dage, medlemmet har ret til, tilbuddet (det, "
                "arbejdsgiveren skal kunne dokumentere), de dage, der er planlagt (kurser skrevet ind som planlagt "
                "og kompetenceudviklingsplanen fra den seneste årlige drøftelse), og de dage, der er taget.",
            ),
            st["body"],
        )
    )
    assumed = translate("at_folder_pdf", "(antaget: valgdatoen)")
    pooled = translate("at_folder_pdf", "(2 år lagt sammen)")
    rows = [
        [
            f"{m.name}\n{m.role}" if m.role else m.name,
            f"{short_date(m.took_office_on)} {assumed}"
            if m.took_office_on and m.took_office_assumed
            else short_date(m.took_office_on)
            if m.took_office_on
            else "",
            m.mandatory,
            _office_year(m),
            f"{days_text(m.entitled_days)} {pooled}" if m.pooled else days_text(m.entitled_days),
            m.offer,
            days_text(m.planned_days),
            days_text(m.used_days),
        ]
        for m in snap.members
    ]
    story.append(
        table(
            [
                translate("at_folder_pdf", "Navn og rolle"),
                translate("at_folder_pdf", "Tiltrådt"),
                translate("at_folder_pdf", "Obligatorisk uddannelse"),
                translate("at_folder_pdf", "Funktionsår"),
                translate("at_folder_pdf", "Ret til (dage)"),
                translate("at_folder_pdf", "Tilbud i år"),
                translate("at_folder_pdf", "Planlagt (dage)"),
                translate("at_folder_pdf", "Taget (dage)"),
            ],
            rows,
            [16, 11, 15, 15, 10, 15, 9, 9],
            page,
            st,
            empty=translate("at_folder_pdf", "Ingen medlemmer skrevet ind i programmet."),
        )
    )
    return story


def _apv_and_rules(snap: FolderSnapshot, st: dict, app_version: str) -> list:
    story = _part_opening(snap, translate("at_folder_pdf", "APV, årlige drøftelser og regelgrundlag"), st)
    story.append(Paragraph(translate("at_folder_pdf", "Arbejdspladsvurdering (APV)"), st["h2"]))
    if snap.apv_date is not None:
        apv = translate("at_folder_pdf", "Den seneste APV er dateret {0}. Den skal revideres senest {1}.").format(
            long_date(snap.apv_date), long_date(snap.apv_due)
        )
        overdue = snap.apv_due is not None and snap.apv_due < snap.made_on
        story.append(Paragraph(apv, st["missing"] if overdue else st["body"]))
    else:
        story.append(
            Paragraph(translate("at_folder_pdf", "Datoen for den seneste APV er ikke skrevet ind."), st["missing"])
        )
    story.append(Paragraph(translate("at_folder_pdf", "Årlige arbejdsmiljødrøftelser"), st["h2"]))
    if snap.annual_held:
        held = ", ".join(long_date(d) for d in snap.annual_held)
        story.append(
            Paragraph(
                translate("at_folder_pdf", "Afsluttede årlige drøftelser i programmet, nyeste først: {0}.").format(
                    held
                ),
                st["body"],
            )
        )
    else:
        story.append(
            Paragraph(translate("at_folder_pdf", "Ingen afsluttet årlig drøftelse i programmet."), st["missing"])
        )
    story.append(Paragraph(translate("at_folder_pdf", "Regelgrundlag"), st["h2"]))
    story.append(Paragraph(as_markup(_rules_line(snap)), st["body"]))
    if app_version:
        story.append(
            Paragraph(
                translate("at_folder_pdf", "Lavet med Drøftelse {0}.").format(as_markup(app_version)), st["small"]
            )
        )
    return story
