"""The APV-handleplan as a PDF for HR: A4 landscape, the six columns, header row and page furniture on every page.

Long cells flow onto the next page (reportlab's in-row splitting) instead of stopping the export; every text is
escaped, so `<b>` typed by a user prints as `<b>`; the embedded DejaVu font prints any European name.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from drøftelse.documents.fonts import register_fonts
from drøftelse.documents.output import write_file
from drøftelse.documents.text import as_markup, pieces, printable
from drøftelse.domain.actions import COLUMNS, Status
from drøftelse.domain.danish_dates import long_date, short_date
from drøftelse.domain.snapshots import HandleplanSnapshot

MARGIN_MM = 14
# Relative widths of the six columns; optional priority and status columns take their share when shown
_WIDTHS = {
    "hvad": 17,
    "hvorfor": 17,
    "hvordan": 19,
    "hvornaar": 11,
    "hvem": 18,
    "opfoelgning": 18,
    "priority": 9,
    "status": 9,
}


def handleplan_columns(rows) -> list[tuple[str, str]]:
    """The columns to print: the six, then Prioritet when any row has one, Status when any row left 'åben'."""
    columns = list(COLUMNS)
    if any(r.priority is not None for r in rows):
        columns.append(("priority", "Prioritet"))
    if any(r.status != Status.AABEN for r in rows):
        columns.append(("status", "Status"))
    return columns


def _cell_text(row, key: str) -> str:
    if key == "priority":
        return row.priority.label if row.priority is not None else ""
    if key == "status":
        return row.status.label
    return row.text(key)


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


def render_handleplan(snapshot: HandleplanSnapshot) -> bytes:
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
        snapshot.rows, handleplan_columns(snapshot.rows), usable, page[1] - top - bottom - 12, body, head
    )

    place = f" · {printable(snapshot.place)}" if snapshot.place else ""
    story = [
        Paragraph("Handleplan", title),
        Paragraph(as_markup(f"{snapshot.meeting_title} · {long_date(snapshot.meeting_date)}") + as_markup(place), sub),
        table,
        Spacer(1, 8),
        Paragraph(
            as_markup(f"Regelgrundlag pr. {short_date(snapshot.rules_checked)}: {snapshot.rules_reference}."), small
        ),
        Spacer(1, 14),
        KeepTogether(signature_block(snapshot.signers, usable, regular, bold)),
    ]

    furniture = PageFurniture(
        snapshot.committee, snapshot.meeting_title, snapshot.meeting_date, "APV-handleplan", page, margin, regular
    )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=top,
        bottomMargin=bottom,
        title=f"Handleplan – {printable(snapshot.meeting_title)}",
        author=printable(snapshot.committee),
        subject=f"APV-handleplan fra {snapshot.meeting_kind_name} {short_date(snapshot.meeting_date)}",
        creator="Drøftelse",
    )
    doc.build(story, canvasmaker=furniture.canvas_class())
    release_rows(table)
    return buffer.getvalue()


def release_rows(table) -> None:
    """Let go of a built table's cells row by row. Freed in one go, the tens of thousands of objects of a long
    handleplan hold the GIL for a quarter of a second, and the window (on the GUI thread) freezes that long; row
    by row, the interpreter can switch threads between rows (benchmarks/gui_responsiveness.py)."""
    cells = table._cellvalues
    for i in range(len(cells)):
        cells[i] = None


def handleplan_table(rows, columns, usable: float, body_height: float, body, head):
    """The handleplan as a table that flows over pages: header row repeated, long cells split, rows striped."""
    total = sum(_WIDTHS[k] for k, _ in columns)
    widths = [usable * _WIDTHS[k] / total for k, _ in columns]
    cells = [[_cell_text(row, k) for k, _ in columns] for row in rows]
    return text_table(
        [h for _, h in columns], cells, widths, body_height, body, head, empty="Ingen rækker i handleplanen endnu."
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


def signature_block(signers, usable: float, regular: str, bold: str):
    label = ParagraphStyle("siglabel", fontName=bold, fontSize=9, leading=12)
    text = ParagraphStyle("sigtext", fontName=regular, fontSize=8.5, leading=11)
    heading = Paragraph("Godkendt af formandskabet", ParagraphStyle("sighead", fontName=bold, fontSize=11, leading=14))
    # Three columns (signer, gap, signer); rows: who, a line to sign on, its caption, a line for the date, caption
    who, captions_sign, captions_date = [], [], []
    for signer in signers:
        name = as_markup(signer.name) if signer.name else ""
        who.append([Paragraph(signer.role, label), Paragraph(f"Navn: {name}", text)])
        captions_sign.append(Paragraph("Underskrift", text))
        captions_date.append(Paragraph("Dato", text))
    gap = 28
    col = (usable - gap) / 2
    rows = [
        [who[0], "", who[1]],
        ["", "", ""],
        [captions_sign[0], "", captions_sign[1]],
        ["", "", ""],
        [captions_date[0], "", captions_date[1]],
    ]
    sig = Table(rows, colWidths=[col, gap, col], rowHeights=[None, 26, None, 22, None], hAlign="LEFT")
    sig.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 1), (0, 1), 0.6, colors.black),
                ("LINEBELOW", (2, 1), (2, 1), 0.6, colors.black),
                ("LINEBELOW", (0, 3), (0, 3), 0.6, colors.black),
                ("LINEBELOW", (2, 3), (2, 3), 0.6, colors.black),
            ]
        )
    )
    return [heading, Spacer(1, 4), sig]


class PageFurniture:
    """Draws committee, meeting, date, the document's name and "Side x af y" on every page once the page count
    is known."""

    def __init__(self, committee: str, meeting_title: str, meeting_date, footer: str, page, margin: float, font: str):
        self.left = printable(committee)
        self.right = printable(f"{meeting_title} · {short_date(meeting_date)}")
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
        canvas.drawRightString(width - m, m - 1, f"Side {number} af {total}")
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
