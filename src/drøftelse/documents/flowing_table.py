"""The flowing table every PDF shares: user texts in a table over pages, the header row repeated, a cell taller
than a page split inside itself, every text escaped, words hyphenated in Danish, rows striped; a long table laid
out a page at a time (`RowStream`)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from drøftelse.documents.hyphenation import breakable, for_cells
from drøftelse.documents.text import as_markup, pieces


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


def release_rows(table) -> None:
    """Let go of a built table's cells row by row. Freed in one go, the tens of thousands of objects of a long
    handleplan hold the GIL for a quarter of a second, and the window (on the GUI thread) freezes that long; row
    by row, the interpreter can switch threads between rows (benchmarks/gui_responsiveness.py)."""
    cells = getattr(table, "_cellvalues", None) or []  # a RowStream holds no rows once written
    for i in range(len(cells)):
        cells[i] = None


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
