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
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from drøftelse.documents.examples import RED, example_mark, example_note
from drøftelse.documents.fonts import register_fonts
from drøftelse.documents.hyphenation import breakable, for_cells
from drøftelse.documents.output import write_file
from drøftelse.documents.signatures import signature_block
from drøftelse.documents.text import as_markup, pieces, printable
from drøftelse.domain import apv
from drøftelse.domain.actions import COLUMNS, DATED_FIELDS, Status
from drøftelse.domain.danish_dates import long_date, short_date
from drøftelse.domain.deadlines import NOT_READ
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate
from drøftelse.domain.snapshots import Approval, HandleplanSnapshot

MARGIN_MM = 14
EXAMPLE_RED = colors.HexColor(RED)
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


def _cell_paragraph_class():
    class CellParagraph(Paragraph):
        """A paragraph that keeps its line breaking for a width: a long table measures every cell several times
        (each page split re-measures the rows left), and breaking lines is most of an export's time."""

        _wrapped_width = None

        def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803
            super()._setup(text, style, bulletText, frags, cleaner)
            self.frags = merged_fragments(self.frags)

        def wrap(self, availWidth, availHeight):
            if availWidth != self._wrapped_width or not hasattr(self, "blPara"):  # split() drops blPara
                super().wrap(availWidth, availHeight)
                self._wrapped_width = availWidth
            return self.width, self.height

    return CellParagraph


def merged_fragments(frags: list) -> list:
    """Neighbouring pieces of a paragraph in the same font and style as one piece. Reportlab's parser makes a piece
    of every escaped character ("&amp;", "&lt;"): "A & B" was three pieces, and breaking lines compares and measures
    piece by piece, so a cell typed with "&", "<" or ">" took three times as long (benchmarks/long_texts.py)."""
    out: list = []
    for frag in frags:
        last = out[-1] if out else None
        if (
            last is not None
            and type(frag) is type(last)
            and isinstance(getattr(frag, "text", None), str)
            and isinstance(getattr(last, "text", None), str)
            and _same_but_text(last.__dict__, frag.__dict__)
        ):
            last.text += frag.text  # each piece is the parser's own copy: changing it changes nothing else
        else:
            out.append(frag)
    return out


def _same_but_text(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(a[k] == b[k] for k in a if k != "text")


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


def release_rows(table) -> None:
    """Let go of a built table's cells row by row. Freed in one go, the tens of thousands of objects of a long
    handleplan hold the GIL for a quarter of a second, and the window (on the GUI thread) freezes that long; row
    by row, the interpreter can switch threads between rows (benchmarks/gui_responsiveness.py)."""
    cells = getattr(table, "_cellvalues", None) or []  # a RowStream holds no rows once written
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
    itself, every text escaped, words hyphenated in Danish (documents.hyphenation), rows striped."""

    Cell = _cell_paragraph_class()
    body, head = for_cells(body), for_cells(head)

    def cell(text: str, width: float, style=body):
        text = breakable(text, style, width - 2 * _SIDE)  # a word wider than the column: where it may break
        parts = pieces(text)
        return Cell(as_markup(text), style) if len(parts) == 1 else [Cell(as_markup(p), style) for p in parts]

    header = [cell(h, w, head) for h, w in zip(headings, widths, strict=True)]
    Table = _table_class(body_height=body_height)
    if rows:
        # the smallest a row can be: one line and its padding; a page never holds more rows than this allows
        most = int(body_height / (body.leading + _TOP + _BOTTOM)) + 2
        return RowStream(
            header, lambda i: [cell(t, w) for t, w in zip(rows[i], widths, strict=True)], len(rows), widths, Table, most
        )
    data = [header, [Paragraph(as_markup(empty), body)] + [""] * (len(headings) - 1)]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([*_table_style(), ("SPAN", (0, 1), (-1, 1))]))
    return table


_TOP, _BOTTOM, _SIDE = 3, 4, 6  # cell padding (6: reportlab's own left and right)


def _table_style(striped: tuple[int, ...] = ()) -> list:
    """The table's look; `striped`: the rows (in this table) with the light background, every other row."""
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#24476b")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a9bb0")),
        ("TOPPADDING", (0, 0), (-1, -1), _TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _BOTTOM),
    ]
    return style + [("BACKGROUND", (0, i), (-1, i), colors.HexColor("#eef2f6")) for i in striped]


SHORT_REST = 60  # rows: a stream with no more left than this is measured whole when it may fit
TALLER_THAN_ANY_PAGE = 1e6  # points


class RowStream(Flowable):
    """The rows of a long table, made into a table one page at a time.

    One reportlab Table of all rows is measured and copied again (with its style) at every page split, and holds
    every row's paragraphs until the end: 5,000 rows took 12 s and 254 MiB. Here each page gets a table of the
    header and at most as many rows as a page can hold (`most`), made from the texts when the page is laid out;
    what the page does not take (rows, or the rest of a row split inside itself) is carried to the next. So the
    cost of a page does not depend on the pages before it, and only a page's rows are held. For the reader it is
    the same table: the header on every page, the rows striped by their number in the whole plan.
    """

    def __init__(self, header, make_row, count: int, widths, table_class, most: int, start: int = 0, carried=()):
        super().__init__()
        self.header, self.make_row, self.count, self.widths = header, make_row, count, widths
        self.table_class, self.most, self.start, self.carried = table_class, most, start, list(carried)

    def wrap(self, availWidth, availHeight):  # noqa: N803
        """A short rest that fits here says its true height (a heading kept with it stays on this page); a longer
        one says it is taller than any page, so it is split where it stands and never pushed to a fresh page."""
        self._whole = None
        if self.count - self.start + len(self.carried) <= SHORT_REST:
            table, _, nxt = self._table(availHeight)
            if nxt >= self.count:
                width, height = table.wrap(availWidth, availHeight)
                if height <= availHeight:
                    self._whole = table
                    return width, height
        return availWidth, TALLER_THAN_ANY_PAGE

    def draw(self) -> None:
        self._whole.drawOn(self.canv, 0, 0)  # wrap() found it whole; otherwise split() replaced the stream

    def _height(self, cells) -> float:
        """A row's height as the table will measure it (the cells keep their line breaking for the width)."""
        tallest = 0.0
        for value, width in zip(cells, self.widths, strict=True):
            flows = value if isinstance(value, (list, tuple)) else [value]
            inner = width - 2 * _SIDE
            tallest = max(tallest, sum(f.wrap(inner, 1e9)[1] for f in flows if hasattr(f, "wrap")))
        return tallest + _TOP + _BOTTOM

    def _table(self, room: float):
        """The header and the rows for a page with `room` points: the rows carried, then new ones until they
        fill the room and one more (so the table is split where the page ends)."""
        rows, nxt = list(self.carried), self.start  # (number in the whole plan, cells)
        filled = sum(self._height(cells) for _, cells in rows)
        while filled <= room and len(rows) < self.most and nxt < self.count:
            cells = self.make_row(nxt)
            rows.append((nxt, cells))
            filled += self._height(cells)
            nxt += 1
        table = self.table_class(
            [self.header, *(cells for _, cells in rows)], colWidths=self.widths, repeatRows=1, splitInRow=1
        )
        table.setStyle(TableStyle(_table_style(tuple(i + 1 for i, (n, _) in enumerate(rows) if n % 2))))
        return table, rows, nxt

    def split(self, availWidth, availHeight):  # noqa: N803
        table, rows, nxt = self._table(availHeight)
        if table.wrap(availWidth, availHeight)[1] <= availHeight:  # every row of the table fits on this page
            return [table] if nxt >= self.count else [table, self._rest(nxt, [])]
        parts = table.split(availWidth, availHeight)
        if len(parts) < 2:
            return []  # not even a row fits here: the frame moves the stream to the next page
        first, rest = parts[0], parts[-1]
        left = len(rest._cellvalues) - 1  # the rows (or a row's rest) the page did not take, last of `rows`
        carried = [(rows[len(rows) - left + j][0], rest._cellvalues[1 + j]) for j in range(left)]
        return [first, self._rest(nxt, carried)]

    def _rest(self, start: int, carried):
        return RowStream(
            self.header, self.make_row, self.count, self.widths, self.table_class, self.most, start, carried
        )


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
        note: str = "",
        example: bool = False,
    ):
        self.left = printable(committee)
        self.note = printable(note)  # small print under the footer on every page: the referat's legal sources
        # the header's right side: the meeting and its date, or `right` for a document of no one meeting
        self.right = printable(right if right is not None else f"{meeting_title} · {short_date(meeting_date)}")
        self.footer = footer
        self.page = page
        self.margin = margin
        self.font = font
        # the demo's meeting: EKSEMPEL in the middle of the header, on every page
        self.mark = example_mark() if example else ""
        self.mark_font = register_fonts()[1] if example else font

    def canvas_class(self):
        furniture = self

        class NumberedCanvas(Canvas):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self._pages = []

            def showPage(self):
                # a page's drawing kept as one string, not thousands: a 5,000-row plan holds 600 pages until the
                # page count is known, and the collector walked every one of their lists again and again
                state = dict(self.__dict__)
                state["_code"] = ["\n".join(self._code)]
                self._pages.append(state)
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
        if self.mark:
            avail -= stringWidth(self.mark, self.mark_font, 9) / 2 + 6
            canvas.saveState()
            canvas.setFont(self.mark_font, 9)
            canvas.setFillColor(EXAMPLE_RED)
            canvas.drawCentredString(width / 2, top, self.mark)
            canvas.restoreState()
        canvas.drawString(m, top, _fit(self.left, self.font, 8, avail, stringWidth))
        canvas.drawRightString(width - m, top, _fit(self.right, self.font, 8, avail, stringWidth))
        canvas.setStrokeColor(colors.HexColor("#8a9bb0"))
        canvas.setLineWidth(0.5)
        canvas.line(m, top - 4, width - m, top - 4)
        canvas.line(m, m + 8, width - m, m + 8)
        canvas.drawString(m, m - 1, self.footer)
        canvas.drawRightString(width - m, m - 1, translate("PageFurniture", "Side {0} af {1}").format(number, total))
        if self.note:
            canvas.setFont(self.font, 6.5)
            for i, line in enumerate(simpleSplit(self.note, self.font, 6.5, width - 2 * m)[:2]):
                canvas.drawString(m, m - 10 - 8 * i, line)
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
