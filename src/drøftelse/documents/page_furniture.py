"""The A4 portrait page the referat and the kompetenceudviklingsplan share: its measures, the styles, the
title and the line under it, tables across the page, and the document itself, signed at the end, with
committee, meeting, date, the document's name and "Side x af y" on every page (`PageFurniture`, which the
handleplan draws too)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Protocol

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from drøftelse.documents.examples import example_mark, example_note
from drøftelse.documents.flowing_table import text_table
from drøftelse.documents.fonts import register_fonts
from drøftelse.documents.running_heads import EXAMPLE_RED, MARGIN_MM, PageFurniture
from drøftelse.documents.signatures import signature_block
from drøftelse.documents.text import as_markup, printable
from drøftelse.domain.snapshots import Approval


@dataclass(frozen=True)
class Portrait:
    """A4 portrait with the handleplan's margins; `usable` is the frame's inner width, `body_height` its height."""

    size: tuple[float, float]
    margin: float
    top: float
    bottom: float
    usable: float
    body_height: float


class Meeting(Protocol):
    """The meeting a document is from, as its snapshot (referat, kompetenceudviklingsplan) gives it: what the
    header prints, and who approves it."""

    @property
    def committee(self) -> str: ...
    @property
    def meeting_title(self) -> str: ...
    @property
    def meeting_date(self) -> dt.date: ...
    @property
    def approval(self) -> Approval: ...


def portrait() -> Portrait:
    margin = MARGIN_MM * mm
    top = bottom = margin + 6 * mm  # room for the header and footer lines
    usable = A4[0] - 2 * margin - 12  # the frame keeps 6 pt padding on each side
    return Portrait(A4, margin, top, bottom, usable, A4[1] - top - bottom - 12)


def styles() -> dict:
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
        "example": ParagraphStyle(
            "example", fontName=bold, fontSize=10, leading=13, spaceAfter=8, textColor=EXAMPLE_RED
        ),
    }


def opening(title: str, line: str, st: dict, example: bool = False) -> list:
    """The document's title and the line under it (committee, date …), both escaped; for the demo's meeting
    (`example`) a line in red under them that says it is an example."""
    story = [Paragraph(as_markup(title), st["title"]), Paragraph(as_markup(line), st["sub"])]
    return story + ([Paragraph(as_markup(example_note()), st["example"])] if example else [])


def table(headings: list[str], rows: list[list[str]], weights: list[float], page: Portrait, st: dict, empty: str):
    """`text_table` across the page, each column's width its weight in percent of the usable width."""
    widths = [page.usable * w / 100 for w in weights]
    return text_table(headings, rows, widths, page.body_height, st["cell"], st["head"], empty=empty)


def render_portrait(
    story: list, page: Portrait, st: dict, meeting: Meeting, name: str, title: str, subject: str, note: str = ""
) -> bytes:
    """The story and the signatures on A4 portrait pages as PDF bytes. The header says the meeting's committee
    (left), title and date (right) – and EKSEMPEL between them for the demo's meeting –; the footer `name`
    ("Referat") and "Side x af y", and under it `note` in small print. `title` and `subject` are the PDF's document
    properties, the committee its author."""
    example = bool(getattr(meeting, "example", False))

    furniture = PageFurniture(
        meeting.committee,
        meeting.meeting_title,
        meeting.meeting_date,
        name,
        page.size,
        page.margin,
        st["regular"],
        note=note,
        example=example,
    )
    # "Godkendt af arbejdsmiljøudvalget": a line to sign on and one for the date for each member present
    signatures = [Spacer(1, 14), *signature_block(meeting.approval, page.usable, st["regular"], st["bold"])]
    shown = f"{example_mark()}: {title}" if example else title
    return build_portrait(story + signatures, page, furniture, shown, meeting.committee, subject)


def build_portrait(story: list, page: Portrait, furniture: PageFurniture, title: str, author: str, subject: str = ""):
    """The story on A4 portrait pages with `furniture`'s header and footer, as PDF bytes."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page.size,
        leftMargin=page.margin,
        rightMargin=page.margin,
        topMargin=page.top,
        bottomMargin=page.bottom,
        title=title,
        author=printable(author),
        creator="Drøftelse",
        subject=subject,
    )
    doc.build(story, canvasmaker=furniture.canvas_class())
    return buffer.getvalue()
