"""A cell typed with "&", "<" and ">" is laid out as one piece of text (documents/flowing_table.merged_fragments):
the same lines as reportlab's own pieces give, and the characters printed as typed."""

import io

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from drøftelse.documents.flowing_table import _cell_paragraph_class, merged_fragments, text_table
from drøftelse.documents.fonts import register_fonts
from drøftelse.documents.text import as_markup

TYPED = "Støj & kemi i pakkeriet (<85 dB, >3 stoffer)\nfølges op af AMR & leder <b>hver</b> måned. " * 4


def style() -> ParagraphStyle:
    regular, _ = register_fonts()
    return ParagraphStyle("body", fontName=regular, fontSize=8.5, leading=10.5)


def lines(paragraph) -> list[str]:
    return ["".join(word.text for word in line.words) for line in paragraph.blPara.lines]


def test_escaped_characters_make_one_piece_per_line_and_the_same_lines():
    plain = Paragraph(as_markup(TYPED), style())
    cell = _cell_paragraph_class()(as_markup(TYPED), style())

    assert len(plain.frags) > 20  # reportlab: a piece for every "&amp;", "&lt;" and "&gt;"
    assert len(cell.frags) == TYPED.count("\n") + 1 + TYPED.count("\n")  # the text and the line breaks between
    assert "".join(getattr(f, "text", "") for f in cell.frags) == "".join(getattr(f, "text", "") for f in plain.frags)
    plain.wrap(120, 10_000)
    cell.wrap(120, 10_000)
    assert lines(cell) == lines(plain) and len(lines(cell)) > 8
    assert cell.height == plain.height


def test_pieces_in_another_style_stay_apart():
    bold_between = Paragraph("a &amp; <b>b</b> &amp; c", style())
    merged = merged_fragments(list(bold_between.frags))
    assert [f.text for f in merged] == ["a & ", "b", " & c"]


def test_a_table_of_escaped_cells_prints_them_as_typed():
    from reportlab.platypus import SimpleDocTemplate

    body = style()
    head = ParagraphStyle("head", parent=body)
    table = text_table(["Hvad", "Hvem"], [[TYPED, "AMR & leder <3"]], [300, 200], 500, body, head)
    out = io.BytesIO()
    SimpleDocTemplate(out).build([table])
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.getvalue())).pages).split())
    assert "(<85 dB, >3 stoffer)" in text and "<b>hver</b>" in text and "AMR & leder <3" in text
