"""The approval at the end of the handleplan, the referat and the kompetenceudviklingsplan: "Godkendt af
arbejdsmiljøudvalget" (the forum chosen at setup) and, for each member present, a line to sign on and a line for
the date, two members side by side."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from drøftelse.documents.text import as_markup
from drøftelse.domain.i18n import translate
from drøftelse.domain.snapshots import Approval

_GAP = 28  # between the two members of a row
_SMALL_GAP = 8  # between a member's signature line and their date line
_DATE_SHARE = 0.3  # of a member's width, for the date


def signature_block(approval: Approval, usable: float, regular: str, bold: str) -> list:
    """The approval as flowables, kept on one page when it fits there."""
    heading = ParagraphStyle("sighead", fontName=bold, fontSize=11, leading=14)
    small = ParagraphStyle("sigsmall", fontName=regular, fontSize=8, leading=10, textColor=colors.HexColor("#333333"))
    text = ParagraphStyle("sigtext", fontName=regular, fontSize=8.5, leading=11)
    story = [Paragraph(as_markup(translate("signatures", "Godkendt af {0}").format(approval.body)), heading)]
    if approval.at:
        story.append(
            Paragraph(
                as_markup(translate("signatures", "Underskrives af de tilstedeværende ved {0}.").format(approval.at)),
                small,
            )
        )
    story.append(Spacer(1, 6))
    half = (usable - _GAP) / 2
    date = half * _DATE_SHARE
    sign = half - date - _SMALL_GAP
    widths = [sign, _SMALL_GAP, date, _GAP, sign, _SMALL_GAP, date]
    signers = list(approval.signers)
    for first in range(0, len(signers), 2):
        pair = signers[first : first + 2]
        names, captions = [], []
        for i, s in enumerate(pair):
            gap = [""] if i else []
            role = f' <font color="#555555">· {as_markup(s.role)}</font>' if s.role and s.name else ""
            names += [
                *gap,
                Paragraph(translate("signatures", "Navn: {0}{1}").format(as_markup(s.name), role), text),
                "",
                "",
            ]
            captions += [
                *gap,
                Paragraph(translate("signatures", "Underskrift"), small),
                "",
                Paragraph(translate("signatures", "Dato"), small),
            ]
        rows = [(names + [""] * 7)[:7], [""] * 7, (captions + [""] * 7)[:7]]
        table = Table(rows, colWidths=widths, rowHeights=[None, 24, None], hAlign="LEFT")
        lines = [("LINEBELOW", (c, 1), (c, 1), 0.6, colors.black) for c in (0, 2, 4, 6)[: 2 * len(pair)]]
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("SPAN", (0, 0), (2, 0)),
                    ("SPAN", (4, 0), (6, 0)),
                    *lines,
                ]
            )
        )
        story += [table, Spacer(1, 10)]
    return [KeepTogether(story)]
