"""The committee's handleplan as an Excel workbook (openpyxl): a header row that stays on screen and carries the
filter buttons, wrapped text, columns as wide as their text needs (within reason), dates as real Excel dates, A4
landscape when printed with the header on every page; a second sheet says what was selected and when.

Every user text stays text (documents.cells.neutralise); characters XML cannot hold become a space, as in the
PDF; a text beyond Excel's 32,767 characters per cell is cut there and says so (the PDF and CSV have it whole).
"""

from __future__ import annotations

import io

from drøftelse.documents.cells import neutralise
from drøftelse.documents.committee_columns import DATE, NUMBER, SHEET_COLUMNS, TEXT
from drøftelse.documents.examples import example_mark, example_note
from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate
from drøftelse.domain.snapshots import CommitteeHandleplanSnapshot

EXCEL_CELL_LIMIT = 32_767
CUT_NOTE = QT_TRANSLATE_NOOP(
    "committee_xlsx",
    " … [afkortet: Excel rummer højst 32.767 tegn i en celle – hele teksten står i PDF'en og CSV-filen]",
)
DATE_FORMAT = "d.m.yyyy"
MEASURED_CHARS = 2_000  # of a cell, to find its longest line for the column's width
HEADER_FILL = "24476B"


def excel_text(text: str) -> str:
    """A text as a cell can hold it: no control characters XML forbids, at most Excel's limit."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # a carriage return would come back as a line feed (XML reads line ends that way): write what is read
    text = ILLEGAL_CHARACTERS_RE.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > EXCEL_CELL_LIMIT:
        note = translate("committee_xlsx", CUT_NOTE)
        text = text[: EXCEL_CELL_LIMIT - len(note)] + note
    return text


def _longest_line(value) -> int:
    if value is None:
        return 0
    if not isinstance(value, str):
        return len(short_date(value)) if hasattr(value, "year") else len(str(value))
    return max((len(line) for line in value[:MEASURED_CHARS].splitlines()), default=0)


def render_committee_xlsx(snapshot: CommitteeHandleplanSnapshot) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = translate("committee_xlsx", "Handleplan")
    if snapshot.example:  # the demo's meeting's rows: in the sheet's name and on every printed page
        ws.title = f"{example_mark()} – {ws.title}"[:31]
        ws.oddHeader.center.text = example_mark()
    _header_row(ws)
    widths = _rows(ws, snapshot.rows)
    _layout(ws, widths, len(snapshot.rows))
    _about_sheet(wb, snapshot)
    wb.properties.title = excel_text(
        (f"{example_mark()}: " if snapshot.example else "")
        + translate("committee_xlsx", "APV-handleplan – {0}").format(snapshot.committee)
    )
    wb.properties.creator = "Drøftelse"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _wrapped():
    from openpyxl.styles import Alignment

    return Alignment(wrap_text=True, vertical="top")


def _header_row(ws) -> None:
    """The columns' titles, white on the handleplan's blue."""
    from openpyxl.styles import Font, PatternFill

    wrap, head_font, head_fill = _wrapped(), Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor=HEADER_FILL)
    for col, column in enumerate(SHEET_COLUMNS, start=1):
        cell = ws.cell(row=1, column=col, value=column.title)
        cell.font, cell.fill, cell.alignment = head_font, head_fill, wrap


def _rows(ws, rows) -> list[int]:
    """The rows under the header; returns how wide each column's text wants to be, in characters."""
    wrap = _wrapped()
    widths = [len(c.title) + 2 for c in SHEET_COLUMNS]
    for n, row in enumerate(rows, start=1):
        for col, column in enumerate(SHEET_COLUMNS, start=1):
            value = column.value(n, row)
            if column.kind == TEXT:
                value = excel_text(neutralise(value))
            elif column.kind == DATE and value is None:
                value = ""
            widths[col - 1] = max(widths[col - 1], _longest_line(value) + 1)
            cell = ws.cell(row=n + 1, column=col, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
            elif column.kind == DATE:
                cell.number_format = DATE_FORMAT
            cell.alignment = wrap
    return widths


def _layout(ws, widths: list[int], count: int) -> None:
    """Header kept on screen with the filter buttons, the columns' widths, A4 landscape with the header on every
    printed page."""
    from openpyxl.utils import get_column_letter

    last = get_column_letter(len(SHEET_COLUMNS))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{last}{count + 1}"
    for col, column in enumerate(SHEET_COLUMNS, start=1):
        fixed = column.kind in (DATE, NUMBER)
        ws.column_dimensions[get_column_letter(col)].width = (
            column.widest if fixed else min(widths[col - 1], column.widest)
        )
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _about_sheet(wb, snapshot: CommitteeHandleplanSnapshot) -> None:
    """The second sheet: what the plan shows, when it was printed, who approves it."""
    from openpyxl.styles import Alignment, Font

    about = wb.create_sheet(translate("committee_xlsx", "Om planen"))
    facts = (
        *(((example_mark(), example_note()),) if snapshot.example else ()),
        (translate("committee_xlsx", "Udvalg"), excel_text(neutralise(snapshot.committee))),
        (translate("committee_xlsx", "Udskrevet"), snapshot.printed),
        (translate("committee_xlsx", "Viser"), excel_text(neutralise(snapshot.selection))),
        (translate("committee_xlsx", "Rækker"), len(snapshot.rows)),
        (translate("committee_xlsx", "Godkendes af"), excel_text(neutralise(snapshot.approval.body))),
        (
            translate("committee_xlsx", "Regelgrundlag"),
            translate("committee_xlsx", "{0} (pr. {1})").format(
                snapshot.rules_reference, short_date(snapshot.rules_checked)
            ),
        ),
    )
    for r, (label, value) in enumerate(facts, start=1):
        about.cell(row=r, column=1, value=label).font = Font(bold=True)
        cell = about.cell(row=r, column=2, value=value)
        if isinstance(value, str):
            cell.data_type = "s"
        elif hasattr(value, "year"):
            cell.number_format = DATE_FORMAT
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
    about.column_dimensions["A"].width = 16
    about.column_dimensions["B"].width = 80
