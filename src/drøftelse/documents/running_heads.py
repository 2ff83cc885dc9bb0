"""What every landscape and portrait PDF draws on each page: committee, meeting, date, the document's name and
"Side x af y" (`PageFurniture`), EKSEMPEL in red for the demo's meeting."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from drøftelse.documents.examples import RED, example_mark
from drøftelse.documents.fonts import register_fonts
from drøftelse.documents.text import printable
from drøftelse.domain.danish_dates import short_date
from drøftelse.domain.i18n import translate

MARGIN_MM = 14
EXAMPLE_RED = colors.HexColor(RED)


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
