"""The APV-handleplan as a PDF for HR: A4 landscape, the six columns, header row and page furniture on every page.
`render_plan` lays out any such plan (the committee's adds status and the meeting each row came from); the
approval at the end is documents.signatures'.

Long cells flow onto the next page (reportlab's in-row splitting) instead of stopping the export; every text is
escaped, so `<b>` typed by a user prints as `<b>`; the embedded DejaVu font prints any European name.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from drøftelse.documents.examples import example_mark, example_note
from drøftelse.documents.flowing_table import release_rows, text_table
from drøftelse.documents.fonts import register_fonts
from drøftelse.documents.output import write_file
from drøftelse.documents.running_heads import EXAMPLE_RED, MARGIN_MM, PageFurniture
from drøftelse.documents.signatures import signature_block
from drøftelse.documents.text import as_markup, printable
from drøftelse.domain import apv
from drøftelse.domain.actions import COLUMNS, DATED_FIELDS, Status
from drøftelse.domain.danish_dates import long_date, short_date
from drøftelse.domain.deadlines import NOT_READ
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate
from drøftelse.domain.record_fields import ACTION_ROW, field
from drøftelse.domain.snapshots import Approval, HandleplanSnapshot

# Relative widths of the columns, as the row's fields declare them (domain/record_fields); optional priority,
# status and source columns take their share when shown
_WIDTHS = {f.name: f.pdf_width for f in ACTION_ROW if f.pdf_width} | {"origin": 19}
_PRIORITY, _STATUS = field(ACTION_ROW, "priority"), field(ACTION_ROW, "status")


def handleplan_columns(rows, always: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The columns to print: the six, then Prioritet when any row has one, Status when any row left 'åben', and
    whichever of "status" and "origin" (the meeting a row came from) `always` names."""
    columns = list(COLUMNS)
    if any(r.priority is not None for r in rows):
        columns.append((_PRIORITY.name, _PRIORITY.heading))
    if "status" in always or any(r.status != Status.AABEN for r in rows):
        columns.append((_STATUS.name, _STATUS.heading))
    if "origin" in always:
        columns.append(("origin", QT_TRANSLATE_NOOP("Handleplan", "Fra mødet")))
    return columns


def _cell_text(row, key: str, dated: bool = False) -> str:
    if key == "priority":
        return row.priority.label if row.priority is not None else ""
    if key == "status":
        return row.status.label
    if key == "origin":
        return row.origin
    text = row.text(key)
    if dated and key in DATED_FIELDS and text.strip():
        found = getattr(row, f"{key}_dato")
        text = f"{text}\n→\u00a0{short_date(found) if found else NOT_READ}"  # the date the plan is ordered by
    return _with_apv(row, key, text)


def _with_apv(row, key: str, text: str) -> str:
    """The APV's assessment within the six columns: alvor and omfang under Hvad?, the cause under Hvorfor?, the
    last "Virkede det?" under Opfølgning? (domain/apv)."""
    added = {
        "hvad": lambda: apv.assessment(row.alvor, row.omfang, row.vurdering),
        "hvorfor": lambda: apv.cause(row.aarsag),
        "opfoelgning": lambda: apv.effect_line(row.effect, row.effect_note),
    }.get(key, lambda: "")()
    if not added:
        return text
    return f"{text}\n{added}" if text.strip() else added


@dataclass(frozen=True)
class LandscapePlan:
    """A handleplan on A4 landscape pages, as the meeting's and the committee's plans both print: a title and
    lines under it, the table, a small note, the approval; header and footer on every page."""

    title: str
    lines: tuple[str, ...]  # under the title, plain text
    rows: tuple
    columns: tuple[tuple[str, str], ...]
    note: str  # the legal reference under the table
    approval: Approval
    header_left: str
    header_right: str
    footer: str
    pdf_title: str
    pdf_author: str
    pdf_subject: str
    dated: bool = False  # the read date under Hvornår and Opfølgning
    empty: str = ""  # "" is "Ingen rækker i handleplanen endnu." in the document's language
    example: bool = False  # the demo's meeting: EKSEMPEL in the header of every page and under the title


def render_plan(plan: LandscapePlan) -> bytes:
    regular, bold = register_fonts()
    page = landscape(A4)
    margin = MARGIN_MM * mm
    body = ParagraphStyle("body", fontName=regular, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", parent=body, fontName=bold, textColor=colors.white)
    title = ParagraphStyle("title", fontName=bold, fontSize=17, leading=21, spaceAfter=2)
    sub = ParagraphStyle("sub", fontName=regular, fontSize=10, leading=13, spaceAfter=8)
    small = ParagraphStyle("small", fontName=regular, fontSize=8, leading=10, textColor=colors.HexColor("#333333"))
    marked = ParagraphStyle("example", fontName=bold, fontSize=10, leading=13, spaceAfter=8, textColor=EXAMPLE_RED)

    usable = page[0] - 2 * margin - 12  # the frame keeps 6 pt padding on each side
    top, bottom = margin + 6 * mm, margin + 6 * mm
    table = handleplan_table(
        plan.rows, plan.columns, usable, page[1] - top - bottom - 12, body, head, dated=plan.dated, empty=plan.empty
    )
    story = [
        Paragraph(as_markup(plan.title), title),
        Paragraph("<br/>".join(as_markup(line) for line in plan.lines), sub),
        *([Paragraph(as_markup(example_note()), marked)] if plan.example else []),
        table,
        Spacer(1, 8),
        Paragraph(as_markup(plan.note), small),
        Spacer(1, 14),
        *signature_block(plan.approval, usable, regular, bold),
    ]
    furniture = PageFurniture(
        plan.header_left, "", None, plan.footer, page, margin, regular, right=plan.header_right, example=plan.example
    )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=top,
        bottomMargin=bottom,
        title=printable(f"{example_mark()}: {plan.pdf_title}" if plan.example else plan.pdf_title),
        author=printable(plan.pdf_author),
        subject=printable(plan.pdf_subject),
        creator="Drøftelse",
    )
    doc.build(story, canvasmaker=furniture.canvas_class())
    release_rows(table)
    return buffer.getvalue()


def render_handleplan(snapshot: HandleplanSnapshot) -> bytes:
    """The meeting's handleplan."""
    place = f" · {snapshot.place}" if snapshot.place else ""
    return render_plan(
        LandscapePlan(
            title=translate("handleplan_pdf", "Handleplan"),
            lines=(
                f"{snapshot.meeting_title} · {long_date(snapshot.meeting_date)}{place}",
                *((snapshot.version_note,) if snapshot.version_note else ()),
            ),
            rows=snapshot.rows,
            columns=tuple(handleplan_columns(snapshot.rows)),
            note=translate("handleplan_pdf", "Regelgrundlag pr. {0}: {1}.").format(
                short_date(snapshot.rules_checked), snapshot.rules_reference
            ),
            approval=snapshot.approval,
            header_left=snapshot.committee,
            header_right=f"{snapshot.meeting_title} · {short_date(snapshot.meeting_date)}",
            footer=translate("handleplan_pdf", "APV-handleplan"),
            pdf_title=translate("handleplan_pdf", "Handleplan – {0}").format(snapshot.meeting_title),
            pdf_author=snapshot.committee,
            pdf_subject=translate("handleplan_pdf", "APV-handleplan fra {0} {1}").format(
                snapshot.meeting_kind_name, short_date(snapshot.meeting_date)
            ),
            example=snapshot.example,
        )
    )


def handleplan_table(
    rows, columns, usable: float, body_height: float, body, head, dated: bool = False, empty: str = ""
):
    """The handleplan as a table that flows over pages: header row repeated, long cells split, rows striped."""
    total = sum(_WIDTHS[k] for k, _ in columns)
    widths = [usable * _WIDTHS[k] / total for k, _ in columns]
    cells = [[_cell_text(row, k, dated) for k, _ in columns] for row in rows]
    empty = empty or translate("handleplan_pdf", "Ingen rækker i handleplanen endnu.")
    return text_table(
        [translate("Handleplan", h) for _, h in columns], cells, widths, body_height, body, head, empty=empty
    )


def write_handleplan_pdf(snapshot: HandleplanSnapshot, target: Path) -> Path:
    return write_file(target, render_handleplan(snapshot))
