"""The notice for the employees (issue 28; seed 004: "Hæng det op, så det er synligt"): one A4 portrait page for the
wall, in plain words and large type – the year's goals (or what a kompetencedrøftelse agreed), what will be done,
by whom and when, and whom to ask.

It is always one page. Each text is cut to a few lines ("…"); when the page is still too full the type shrinks a
little (never below about 10 pt for the goals), then fewer goals, rows and people are shown, each list ending with
"… og 12 mere i handleplanen". Every text is escaped, so `<b>` or `&` typed by a user prints as typed.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    HRFlowable,
    KeepInFrame,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from drøftelse.documents.fonts import register_fonts
from drøftelse.documents.output import write_file
from drøftelse.documents.text import as_markup, printable
from drøftelse.domain.danish_dates import long_date
from drøftelse.domain.i18n import translate
from drøftelse.domain.notice import NoticeSnapshot

MARGIN = 16 * mm
PADDING = 6  # the frame's own padding on each side
WIDTH = A4[0] - 2 * MARGIN - 2 * PADDING
HEIGHT = A4[1] - 2 * MARGIN - 10 * mm - 2 * PADDING  # room for the footer line at the bottom
NAVY = colors.HexColor("#24476b")
PALE = colors.HexColor("#eef3f8")
RULE = colors.HexColor("#8a9bb0")
GREY = colors.HexColor("#444444")
DRAFT = colors.HexColor("#8a1c1c")

# the type's scale: larger on a page with little on it; below READABLE (goals under 11 pt) fewer items are shown
SCALES = (1.15, 1.1, 1.05, 1.0, 0.96, 0.92, 0.88, 0.84, 0.8, 0.76, 0.72)
READABLE = 0.8
# how many goals (or agreed texts), handleplan rows and people are shown at most, and at least before the type
# shrinks below READABLE
START = {"goals": 8, "rows": 10, "contacts": 9}
FEWEST = {"goals": 3, "rows": 3, "contacts": 3}
# how long each text may be on the notice, in characters, and in lines (the agreed texts keep their line breaks)
CHARS = {"goal": 220, "agreed": 320, "hvad": 150, "hvornaar": 40, "hvem": 70, "person": 90, "workplace": 90}
AGREED_LINES = 4


@dataclass(frozen=True)
class Shown:
    goals: int
    rows: int
    contacts: int


def short(text: str, limit: int, lines: int = 1) -> str:
    """`text` on at most `lines` lines and `limit` characters, cut after a word with "…" when longer."""
    parts = [p for line in printable(text).split("\n") if (p := " ".join(line.split()))]
    cut = len(parts) > lines
    text = "\n".join(parts[:lines])
    if len(text) > limit:
        space = text.rfind(" ", limit // 2, limit)
        text, cut = text[: space if space > 0 else limit].rstrip(" ,;:–-"), True
    return text + "…" if cut else text


def workplace(committee: str) -> str:
    """The workplace the committee is named after: "Arbejdsmiljøudvalget, Fjordens Lager A/S" is "Fjordens Lager
    A/S" (a notice says "Arbejdsmiljø hos Fjordens Lager A/S"); any other name as it is."""
    first, comma, rest = committee.partition(",")
    words = first.casefold().split()
    names_a_body = any("udvalg" in w or w.startswith("arbejdsmiljøorganisation") or w in ("amo", "med") for w in words)
    return rest.strip() if comma and rest.strip() and names_a_body else committee


def period(meeting: dt.date) -> str:
    """The year the annual discussion plans: the 12 months after it, "2026–2027" – one calendar year only when it
    is held in January."""
    return str(meeting.year) if meeting.month == 1 else f"{meeting.year}–{meeting.year + 1}"


def _styles(scale: float) -> dict:
    regular, bold = register_fonts()

    def style(name: str, font: str, size: float, leading: float, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size * scale, leading=leading * scale, **kw)

    return {
        "title": style("title", bold, 25, 30, textColor=NAVY, spaceAfter=4 * scale),
        "intro": style("intro", regular, 13, 17.5, spaceBefore=6 * scale, spaceAfter=2 * scale),
        "draft": style("draft", bold, 11, 14, textColor=DRAFT, spaceBefore=2 * scale),
        "h2": style("h2", bold, 17, 21, textColor=NAVY, spaceBefore=14 * scale, spaceAfter=6 * scale),
        "item": style(
            "item",
            regular,
            14,
            18.5,
            leftIndent=22 * scale,
            bulletIndent=0,
            bulletFontName=regular,
            bulletFontSize=14 * scale,
            spaceAfter=5 * scale,
        ),
        "more": style("more", regular, 11.5, 15, textColor=GREY, leftIndent=22 * scale, spaceBefore=1 * scale),
        "none": style("none", regular, 12.5, 16, textColor=GREY),
        "head": style("head", bold, 11.5, 14, textColor=colors.white),
        "cell": style("cell", regular, 12.5, 16),
        "name": style("name", bold, 13, 16.5),
        "person": style("person", regular, 11.5, 14.5, textColor=GREY),
    }


def _more(count: int, text: str, st: dict, under_table: bool = False) -> list:
    """ "… og 12 mere i handleplanen" under a list that shows fewer than it has (at a table's edge under one)."""
    if count <= 0:
        return []
    style = st["more"]
    if under_table:
        style = ParagraphStyle("more_under_table", parent=style, leftIndent=0, spaceBefore=style.spaceBefore * 3)
    return [Paragraph(as_markup(text.format(count)), style)]


def _goals(snap: NoticeSnapshot, shown: int, st: dict) -> list:
    if snap.annual:
        story = [Paragraph(as_markup(translate("notice_pdf", "Vores mål")), st["h2"])]
        if not snap.goals:
            return story + [Paragraph(as_markup(translate("notice_pdf", "Ingen mål skrevet ind.")), st["none"])]
        story += [
            Paragraph(as_markup(short(g, CHARS["goal"])), st["item"], bulletText=f"{i}.")
            for i, g in enumerate(snap.goals[:shown], start=1)
        ]
        return story + _more(len(snap.goals) - shown, translate("notice_pdf", "… og {0} mål mere i referatet."), st)
    story = [Paragraph(as_markup(translate("notice_pdf", "Det er vi enige om")), st["h2"])]
    if not snap.agreed:
        return story + [Paragraph(as_markup(translate("notice_pdf", "Intet skrevet ind.")), st["none"])]
    for label, text in snap.agreed[:shown]:  # "• Brug for hjælp udefra: Sagkyndig bistand …", the label in bold
        said = as_markup(short(text, CHARS["agreed"], AGREED_LINES))
        story.append(
            Paragraph(f"<b>{as_markup(short(label, CHARS['agreed']))}:</b> {said}", st["item"], bulletText="•")
        )
    return story + _more(len(snap.agreed) - shown, translate("notice_pdf", "… og {0} mere i referatet."), st)


def _decisions(snap: NoticeSnapshot, shown: int, st: dict, scale: float) -> list:
    story = [Paragraph(as_markup(translate("notice_pdf", "Det gør vi")), st["h2"])]
    if not snap.decisions:
        return story + [Paragraph(as_markup(translate("notice_pdf", "Intet nyt i handleplanen.")), st["none"])]
    headings = (
        translate("notice_pdf", "Hvad gør vi?"),
        translate("notice_pdf", "Hvornår?"),
        translate("notice_pdf", "Hvem?"),
    )
    head = [Paragraph(as_markup(t), st["head"]) for t in headings]
    rows = [
        [
            Paragraph(as_markup(short(d.hvad, CHARS["hvad"])), st["cell"]),
            Paragraph(as_markup(short(d.hvornaar, CHARS["hvornaar"])), st["cell"]),
            Paragraph(as_markup(short(d.hvem, CHARS["hvem"])), st["cell"]),
        ]
        for d in snap.decisions[:shown]
    ]
    table = Table([head, *rows], colWidths=[WIDTH * 0.5, WIDTH * 0.18, WIDTH * 0.32], repeatRows=1, hAlign="LEFT")
    pad = 4 * scale
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                *[("BACKGROUND", (0, r), (-1, r), PALE) for r in range(2, len(rows) + 1, 2)],
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 6 * scale),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6 * scale),
            ]
        )
    )
    story.append(table)
    return story + _more(
        len(snap.decisions) - shown, translate("notice_pdf", "… og {0} mere i handleplanen."), st, True
    )


def _contacts(snap: NoticeSnapshot, shown: int, st: dict, scale: float) -> list:
    heading = translate("notice_pdf", "Hvem kan du tale med?")
    said = (
        translate(
            "notice_pdf",
            "Arbejdsmiljøorganisationen (AMO) arbejder for et godt arbejdsmiljø for alle. "
            "Kom til os med spørgsmål, idéer og problemer.",
        )
        if snap.amo
        else translate("notice_pdf", "Kom til os med spørgsmål, idéer og problemer om arbejdsmiljøet.")
    )
    story = [Paragraph(as_markup(heading), st["h2"]), Paragraph(as_markup(said), st["cell"]), Spacer(1, 6 * scale)]
    if not snap.contacts:
        return story + [Paragraph(as_markup(translate("notice_pdf", "Spørg din nærmeste leder.")), st["none"])]
    columns = 2 if min(shown, len(snap.contacts)) <= 4 else 3
    cells = []
    for c in snap.contacts[:shown]:
        what = " · ".join(short(t, CHARS["person"]) for t in (c.role, c.group) if t.strip())
        cell = [Paragraph(as_markup(short(c.name, CHARS["person"])), st["name"])]
        cell += [Paragraph(as_markup(t), st["person"]) for t in (what, short(c.contact, CHARS["person"])) if t]
        cells.append(cell)
    cells += [""] * (-len(cells) % columns)
    grid = Table(
        [cells[i : i + columns] for i in range(0, len(cells), columns)],
        colWidths=[WIDTH / columns] * columns,
        hAlign="LEFT",
    )
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *[
                    ("BACKGROUND", (i % columns, i // columns), (i % columns, i // columns), PALE)
                    for i in range(min(shown, len(snap.contacts)))
                ],
                ("LINEBEFORE", (1, 0), (-1, -1), 3 * scale, colors.white),  # white gaps between the boxes
                ("LINEBELOW", (0, 0), (-1, -1), 3 * scale, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 5 * scale),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * scale),
                ("LEFTPADDING", (0, 0), (-1, -1), 7 * scale),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7 * scale),
            ]
        )
    )
    story.append(grid)
    more = translate("notice_pdf", "… og {0} mere i arbejdsmiljøorganisationen.")
    return story + _more(len(snap.contacts) - shown, more, st, True)


def _intro(snap: NoticeSnapshot) -> str:
    day = long_date(snap.meeting_date)
    if not snap.annual:
        return translate(
            "notice_pdf",
            "Den {0} talte vi om, hvad vi skal være gode til for at gøre arbejdsmiljøet bedre. Her er, hvad vi blev "
            "enige om, og hvad vi gør nu.",
        ).format(day)
    if snap.amo:
        return translate(
            "notice_pdf",
            "Hvert år ser ledelsen og arbejdsmiljørepræsentanterne på, hvordan arbejdsmiljøet har det, og aftaler, "
            "hvad der skal blive bedre. Det gjorde vi den {0}. Her er vores mål, og hvad vi gør.",
        ).format(day)
    return translate(
        "notice_pdf",
        "Hvert år taler arbejdsgiveren og alle de ansatte sammen om arbejdsmiljøet og aftaler, hvad der skal blive "
        "bedre. Det gjorde vi den {0}. Her er vores mål, og hvad vi gør.",
    ).format(day)


def _title(snap: NoticeSnapshot) -> str:
    where = short(workplace(snap.committee), CHARS["workplace"])
    if snap.annual:
        return translate("notice_pdf", "Arbejdsmiljø hos {0} – det har vi aftalt for {1}").format(
            where, period(snap.meeting_date)
        )
    return translate("notice_pdf", "Arbejdsmiljø hos {0} – det har vi aftalt om vores kompetencer").format(where)


def _story(snap: NoticeSnapshot, shown: Shown, scale: float) -> list:
    st = _styles(scale)
    story = [Paragraph(as_markup(_title(snap)), st["title"])]
    if not snap.closed:
        story.append(
            Paragraph(as_markup(translate("notice_pdf", "Udkast – mødet er ikke afsluttet endnu.")), st["draft"])
        )
    story += [
        HRFlowable(width="100%", thickness=1.2, color=NAVY, spaceBefore=4 * scale, spaceAfter=2 * scale),
        Paragraph(as_markup(_intro(snap)), st["intro"]),
        *_goals(snap, shown.goals, st),
        *_decisions(snap, shown.rows, st, scale),
        *_contacts(snap, shown.contacts, st, scale),
    ]
    return story


def _height(story: list) -> float:
    """The story's height in the frame, which lets a flowable's space before overlap the one before's space after,
    and drops it at the top."""
    total, after = 0.0, None
    for flowable in story:
        height = flowable.wrap(WIDTH, HEIGHT)[1]
        before = 0.0 if after is None else max(flowable.getSpaceBefore() - after, 0.0)
        after = flowable.getSpaceAfter()
        total += before + height + after
    return total


def fitted(snap: NoticeSnapshot) -> tuple[list, Shown, float]:
    """The page's content, and how many of each list it shows at which scale of the type: the largest type that
    fits with the most shown, down to READABLE; then fewer items, the longest list first, and what fits again
    given back; then smaller type. What still does not fit, render_notice shrinks (never a page 2)."""
    lengths = {"goals": len(snap.goals) if snap.annual else len(snap.agreed)}
    lengths |= {"rows": len(snap.decisions), "contacts": len(snap.contacts)}
    most = Shown(**{k: min(n, START[k]) for k, n in lengths.items()})
    for scale in (s for s in SCALES if s >= READABLE):
        story = _story(snap, most, scale)
        if _height(story) <= HEIGHT:
            return story, most, scale
    for scale in (s for s in SCALES if s <= READABLE):
        shown = most
        while True:
            story = _story(snap, shown, scale)
            if _height(story) <= HEIGHT:
                return _given_back(snap, story, shown, most, scale)
            can_cut = [k for k in ("rows", "goals", "contacts") if getattr(shown, k) > FEWEST[k]]
            if not can_cut:
                break
            longest = max(can_cut, key=lambda k: getattr(shown, k))
            shown = replace(shown, **{longest: getattr(shown, longest) - 1})
    return story, shown, scale


def _given_back(
    snap: NoticeSnapshot, story: list, shown: Shown, most: Shown, scale: float
) -> tuple[list, Shown, float]:
    """`shown` fits: one more goal, row or person each, as long as the page still holds them."""
    for k in ("goals", "rows", "contacts"):
        while getattr(shown, k) < getattr(most, k):
            more = replace(shown, **{k: getattr(shown, k) + 1})
            bigger = _story(snap, more, scale)
            if _height(bigger) > HEIGHT:
                break
            story, shown = bigger, more
    return story, shown, scale


def render_notice(snap: NoticeSnapshot) -> bytes:
    regular, _ = register_fonts()
    story, _, _ = fitted(snap)
    footer = printable(
        translate("notice_pdf", "Fra {0} · {1} · {2}").format(
            snap.meeting_title, long_date(snap.meeting_date), snap.committee
        )
    )

    def draw_footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8.5)
        canvas.setFillColor(GREY)
        canvas.setStrokeColor(RULE)
        left, right, y = MARGIN + PADDING, A4[0] - MARGIN - PADDING, MARGIN
        canvas.line(left, y + 11, right, y + 11)
        text = footer
        while canvas.stringWidth(text, regular, 8.5) > right - left:
            text = text[: -max(2, len(text) // 8)] + "…"
        canvas.drawString(left, y, text)
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 10 * mm,
        title=printable(translate("notice_pdf", "Opslag til de ansatte – {0}").format(snap.meeting_title)),
        author=printable(snap.committee),
        creator="Drøftelse",
        subject=printable(
            translate("notice_pdf", "Mål, beslutninger og kontakter fra {0} {1}").format(
                snap.meeting_kind_name, long_date(snap.meeting_date)
            )
        ),
    )
    doc.build([KeepInFrame(WIDTH, HEIGHT - 1, story, mode="shrink")], onFirstPage=draw_footer, onLaterPages=draw_footer)
    return buffer.getvalue()


def write_notice_pdf(snap: NoticeSnapshot, target: Path) -> Path:
    return write_file(target, render_notice(snap))
