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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from drøftelse.documents.fonts import register_fonts
from drøftelse.documents.output import write_file
from drøftelse.documents.signatures import signature_block
from drøftelse.documents.text import as_markup, pieces, printable
from drøftelse.domain.actions import COLUMNS, DATED_FIELDS, Status
from drøftelse.domain.danish_dates import long_date, short_date
from drøftelse.domain.deadlines import NOT_READ
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate
from drøftelse.domain.snapshots import Approval, HandleplanSnapshot

MARGIN_MM = 14
# Relative widths of the six columns; optional priority, status and source columns take their share when shown
_WIDTHS = {
    "hvad": 17,
    "hvorfor": 17,
    "hvordan": 19,
    "hvornaar": 13,
    "hvem": 18,
    "opfoelgning": 18,
    "priority": 9,
    "status": 11,
    "origin": 19,
}


def handleplan_columns(rows, always: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The columns to print: the six, then Prioritet when any row has one, Status when any row left 'åben', and
    whichever of "status" and "origin" (the meeting a row came from) `always` names."""
    columns = list(COLUMNS)
    if any(r.priority is not None for r in rows):
        columns.append(("priority", QT_TRANSLATE_NOOP("Handleplan", "Prioritet")))
    if "status" in always or any(r.status != Status.AABEN for r in rows):
        columns.append(("status", QT_TRANSLATE_NOOP("Handleplan", "Status")))
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
        return f"{text}\n→\u00a0{short_date(found) if found else NOT_READ}"  # the date the plan is ordered by
    return text


def _cell_paragraph_class():
    class CellParagraph(Paragraph):
        """A paragraph that keeps its line breaking for a width: a long table measures every cell several times
        (each page split re-measures the rows left), and breaking lines is most of an export's time."""

        _wrapped_width = None

        def wrap(self, availWidth, availHeight):
            if availWidth != self._wrapped_width or not hasattr(self, "blPara"):  # split() drops blPara
                super().wrap(availWidth, availHeight)
                self._wrapped_width = availWidth
            return self.width, self.height

    return CellParagraph


def _table_class(body_height: float):
    """A table that splits a row inside itself only when the row is taller than a whole page.

    Ordinary rows move whole to the next page. A row that can never fit (a 10,000-character cell) is split
    where it stands, so its first part follows the rows above it instead of a second header mid-page.
    """

    def first_body_row_height(table) -> float:
        i = table.repeatRows
        if i >= len(table._cellvalues):
            return 0.0
        tallest = 0.0
        for value, style, width in zip(table._cellvalues[i], table._cellStyles[i], table._colWidths, strict=True):
            inner = width - style.leftPadding - style.rightPadding
            flows = value if isinstance(value, (list, tuple)) else [value]
            height = sum(f.wrap(inner, 1e9)[1] for f in flows if hasattr(f, "wrap"))
            tallest = max(tallest, height + style.topPadding + style.bottomPadding)
        return tallest

    class HandleplanTable(Table):
        def split(self, availWidth, availHeight):
            self._calc(availWidth, availHeight)
            header = sum(self._rowHeights[: self.repeatRows])
            parts = self._splitRows(availHeight, doInRowSplit=False)
            nxt = parts[-1] if parts else self
            if first_body_row_height(nxt) + header <= body_height:
                return parts  # fits on a fresh page: move it whole (or, with no parts, the table moves on)
            return self._splitRows(availHeight, doInRowSplit=True) or parts

    return HandleplanTable


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


def render_plan(plan: LandscapePlan) -> bytes:
    regular, bold = register_fonts()
    page = landscape(A4)
    margin = MARGIN_MM * mm
    body = ParagraphStyle("body", fontName=regular, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", parent=body, fontName=bold, textColor=colors.white)
    title = ParagraphStyle("title", fontName=bold, fontSize=17, leading=21, spaceAfter=2)
    sub = ParagraphStyle("sub", fontName=regular, fontSize=10, leading=13, spaceAfter=8)
    small = ParagraphStyle("small", fontName=regular, fontSize=8, leading=10, textColor=colors.HexColor("#333333"))

    usable = page[0] - 2 * margin - 12  # the frame keeps 6 pt padding on each side
    top, bottom = margin + 6 * mm, margin + 6 * mm
    table = handleplan_table(
        plan.rows, plan.columns, usable, page[1] - top - bottom - 12, body, head, dated=plan.dated, empty=plan.empty
    )
    story = [
        Paragraph(as_markup(plan.title), title),
        Paragraph("<br/>".join(as_markup(line) for line in plan.lines), sub),
        table,
        Spacer(1, 8),
        Paragraph(as_markup(plan.note), small),
        Spacer(1, 14),
        *signature_block(plan.approval, usable, regular, bold),
    ]
    furniture = PageFurniture(plan.header_left, "", None, plan.footer, page, margin, regular, right=plan.header_right)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=top,
        bottomMargin=bottom,
        title=printable(plan.pdf_title),
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
            lines=(f"{snapshot.meeting_title} · {long_date(snapshot.meeting_date)}{place}",),
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
        )
    )


def release_rows(table) -> None:
    """Let go of a built table's cells row by row. Freed in one go, the tens of thousands of objects of a long
    handleplan hold the GIL for a quarter of a second, and the window (on the GUI thread) freezes that long; row
    by row, the interpreter can switch threads between rows (benchmarks/gui_responsiveness.py)."""
    cells = table._cellvalues
    for i in range(len(cells)):
        cells[i] = None


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


def text_table(
    headings: list[str], rows: list[list[str]], widths: list[float], body_height: float, body, head, empty: str = ""
):
    """User texts in a table that flows over pages: header row repeated, a cell taller than a page split inside
    itself, every text escaped, rows striped."""

    Cell = _cell_paragraph_class()

    def cell(text: str):
        parts = pieces(text)
        return Cell(as_markup(text), body) if len(parts) == 1 else [Cell(as_markup(p), body) for p in parts]

    data = [[Cell(as_markup(h), head) for h in headings]]
    data += [[cell(text) for text in row] for row in rows]
    if not rows:
        data.append([Paragraph(as_markup(empty), body)] + [""] * (len(headings) - 1))
    # longTableOptimize: row heights are measured only as far as the page reaches, so 500 rows cost linear time
    Table = _table_class(body_height=body_height)
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, longTableOptimize=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#24476b")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a9bb0")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), colors.HexColor("#eef2f6")) for i in range(2, len(data), 2)]
    if not rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    return table


class PageFurniture:
    """Draws committee, meeting, date, the document's name and "Side x af y" on every page once the page count
    is known."""

    def __init__(
        self,
        committee: str,
        meeting_title: str,
        meeting_date,
        footer: str,
        page,
        margin: float,
        font: str,
        right: str | None = None,
    ):
        self.left = printable(committee)
        # the header's right side: the meeting and its date, or `right` for a document of no one meeting
        self.right = printable(right if right is not None else f"{meeting_title} · {short_date(meeting_date)}")
        self.footer = footer
        self.page = page
        self.margin = margin
        self.font = font

    def canvas_class(self):
        furniture = self

        class NumberedCanvas(Canvas):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self._pages = []

            def showPage(self):
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                total = len(self._pages)
                for state in self._pages:
                    self.__dict__.update(state)
                    furniture.draw(self, self._pageNumber, total)
                    super().showPage()
                super().save()

        return NumberedCanvas

    def draw(self, canvas, number: int, total: int) -> None:
        width, height = self.page
        m = self.margin + 6  # aligned with the table, inside the frame's padding
        canvas.saveState()
        canvas.setFont(self.font, 8)
        canvas.setFillColor(colors.HexColor("#333333"))
        top = height - m + 2
        avail = (width - 2 * m) / 2 - 10
        canvas.drawString(m, top, _fit(self.left, self.font, 8, avail, stringWidth))
        canvas.drawRightString(width - m, top, _fit(self.right, self.font, 8, avail, stringWidth))
        canvas.setStrokeColor(colors.HexColor("#8a9bb0"))
        canvas.setLineWidth(0.5)
        canvas.line(m, top - 4, width - m, top - 4)
        canvas.line(m, m + 8, width - m, m + 8)
        canvas.drawString(m, m - 1, self.footer)
        canvas.drawRightString(width - m, m - 1, translate("PageFurniture", "Side {0} af {1}").format(number, total))
        canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float, string_width) -> str:
    """Shorten a one-line header text with an ellipsis so it never runs into the other side."""
    if string_width(text, font, size) <= width:
        return text
    while text and string_width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def write_handleplan_pdf(snapshot: HandleplanSnapshot, target: Path) -> Path:
    return write_file(target, render_handleplan(snapshot))
