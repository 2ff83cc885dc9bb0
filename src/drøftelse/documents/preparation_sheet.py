"""The forberedelsesark as a fillable PDF: the meeting, the template's prompts and its boxes as multi-line form
fields that any ordinary PDF reader can fill and save. A hidden field carries which meeting and participant the
sheet belongs to, so a returned sheet finds its way home. A blank sheet (no fields' owner) is for paper. The
employees' høringsark is the same kind of sheet, with the chairs' questions as its boxes.

Text the participant already has in the app is put in the fields by pypdf after reportlab has built the page:
reportlab writes a field's value only in Latin-1, and a participant may have written "Łukasz" or an emoji."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from drøftelse.documents.examples import RED, example_mark, example_note
from drøftelse.documents.fonts import register_fonts
from drøftelse.documents.output import write_file
from drøftelse.documents.text import as_markup
from drøftelse.domain.danish_dates import long_date
from drøftelse.domain.file_names import MAX_NAME_BYTES, safe_name
from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate
from drøftelse.domain.snapshots import SheetSnapshot

# a sheet is named by its snapshot's heading; these are the headings there are
HEADINGS = (
    QT_TRANSLATE_NOOP("preparation_sheet", "Forberedelsesark"),
    QT_TRANSLATE_NOOP("preparation_sheet", "Høringsark"),
)

IDENTITY_FIELD = "droeftelse_ark_id"
FIELD_PREFIX = "ark_"  # form fields are named ark_<box key>
BOX_HEIGHT = 122


def sheet_file_name(snapshot: SheetSnapshot) -> str:
    """One sheet's file name; write_sheets tells apart names that come out the same (two "Anne Hansen")."""
    if snapshot.recipient:
        text = f"{translate('preparation_sheet', snapshot.heading)} – {snapshot.recipient} – {snapshot.meeting_title}"
    elif snapshot.participant is None:  # worded so that no participant's name can give the same file name
        text = translate("preparation_sheet", "Forberedelsesark, blankt – {0}").format(snapshot.meeting_title)
    else:
        text = translate("preparation_sheet", "Forberedelsesark – {0} – {1}").format(
            snapshot.participant, snapshot.meeting_title
        )
    return safe_name(text, MAX_NAME_BYTES - len(".pdf")) + ".pdf"  # the whole name within MAX_NAME_BYTES


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    sub: ParagraphStyle
    body: ParagraphStyle
    head: ParagraphStyle
    item: ParagraphStyle
    note: ParagraphStyle
    marked: ParagraphStyle
    bold: str


def _styles() -> _Styles:
    regular, bold = register_fonts()
    body = ParagraphStyle("b", fontName=regular, fontSize=10, leading=13)
    return _Styles(
        title=ParagraphStyle("t", fontName=bold, fontSize=18, leading=22, spaceAfter=2),
        sub=ParagraphStyle("s", fontName=regular, fontSize=10, leading=13, textColor=colors.HexColor("#333333")),
        body=body,
        head=ParagraphStyle("h", fontName=bold, fontSize=10.5, leading=14, spaceBefore=6),
        item=ParagraphStyle("i", parent=body, leftIndent=12, bulletIndent=2),
        note=ParagraphStyle("n", fontName=regular, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")),
        marked=ParagraphStyle(
            "e", fontName=bold, fontSize=10, leading=13, spaceBefore=4, textColor=colors.HexColor(RED)
        ),
        bold=bold,
    )


class _FormBox(Flowable):
    """A multi-line text field the width of the page; on a paper sheet, lines to write on."""

    def __init__(self, key: str, label: str, paper: bool):
        super().__init__()
        self.key, self.label, self.paper = key, label, paper

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        return availWidth, BOX_HEIGHT

    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.HexColor("#8a9bb0"))
        if self.paper:
            c.setLineWidth(0.4)
            for y in range(18, BOX_HEIGHT, 18):
                c.line(0, y, self.width, y)
            c.rect(0, 0, self.width, BOX_HEIGHT)
            return
        x, y = c.absolutePosition(0, 0)
        c.acroForm.textfield(
            name=FIELD_PREFIX + self.key,
            tooltip=self.label,
            x=x,
            y=y,
            width=self.width,
            height=BOX_HEIGHT,
            fieldFlags="multiline",
            maxlen=None,
            fontName="Helvetica",
            fontSize=10,
            borderStyle="solid",
            borderColor=colors.HexColor("#8a9bb0"),
            fillColor=colors.HexColor("#f7f9fb"),
            textColor=colors.black,
            value="",
        )


class _Identity(Flowable):
    """The hidden field that says whose sheet it is."""

    def __init__(self, identity: str):
        super().__init__()
        self.identity = identity

    def wrap(self, availWidth, availHeight):  # noqa: N803
        return 0, 0

    def draw(self):
        self.canv.acroForm.textfield(
            name=IDENTITY_FIELD,
            value=self.identity,
            x=0,
            y=0,
            width=1,
            height=1,
            maxlen=None,
            annotationFlags="hidden",
            fieldFlags="readOnly",
            borderWidth=0,
        )


def _top(snapshot: SheetSnapshot, st: _Styles) -> list:
    """The heading, the meeting, the committee, and whom the sheet is for."""
    place = f" · {snapshot.place}" if snapshot.place else ""
    if snapshot.recipient:
        who = translate("preparation_sheet", "Til: {0}").format(snapshot.recipient)
    elif snapshot.participant:
        who = translate("preparation_sheet", "Til: {0}").format(snapshot.participant)
    else:
        who = translate("preparation_sheet", "Navn: ______________________________")
    return [
        Paragraph(as_markup(translate("preparation_sheet", snapshot.heading)), st.title),
        Paragraph(as_markup(snapshot.material_title), st.sub),
        Paragraph(as_markup(f"{snapshot.meeting_title} · {long_date(snapshot.meeting_date)}{place}"), st.sub),
        Paragraph(as_markup(snapshot.committee), st.sub),
        *([Paragraph(as_markup(example_note()), st.marked)] if snapshot.example else []),
        Spacer(1, 8),
        Paragraph(as_markup(who), st.head),
    ]


def _instructions(snapshot: SheetSnapshot, st: _Styles) -> list:
    """When to hand it in, what to do, and (a sheet with fields) how to save it."""
    story = []
    if snapshot.return_by or snapshot.at_meeting:  # never a day already past (domain.hand_in)
        story.append(
            Paragraph(
                "<b>"
                + (
                    translate("preparation_sheet", "Aflever arket senest {0}.").format(long_date(snapshot.return_by))
                    if snapshot.return_by
                    else translate("preparation_sheet", "Aflever arket ved mødet.")
                )
                + "</b>",
                st.body,
            )
        )
    story.append(Paragraph(as_markup(snapshot.instruction), st.body))
    if snapshot.identity:  # said first, where it is read: saving keeps the fields, printing to PDF loses them
        story.append(
            Paragraph(
                translate(
                    "preparation_sheet",
                    "Skriv i felterne og <b>gem</b> arket i din PDF-læser (Filer › Gem). "
                    "Send eller aflever den gemte fil til formandskabet. "
                    "Udskriv ikke til PDF – så forsvinder felterne.",
                ),
                st.note,
            )
        )
    return story


def _prompts_and_boxes(snapshot: SheetSnapshot, st: _Styles) -> list:
    story = []
    for heading, items in snapshot.prompt_groups:
        story.append(Paragraph(as_markup(heading), st.head))
        story += [Paragraph(as_markup(i), st.item, bulletText="•") for i in items]
    story.append(Spacer(1, 6))
    paper = snapshot.identity is None
    for key, label in snapshot.boxes:
        heading = label if label.endswith(("?", ":", ".", "!")) else label + ":"
        story.append(KeepTogether([Paragraph(as_markup(heading), st.head), Spacer(1, 3), _FormBox(key, label, paper)]))
    story.append(Spacer(1, 8))
    return story


def _end(snapshot: SheetSnapshot, st: _Styles) -> list:
    """The hidden identity, or on a paper sheet whom to hand it to and by when."""
    if snapshot.identity:
        return [_Identity(snapshot.identity)]
    by = (
        translate("preparation_sheet", "senest {0}").format(long_date(snapshot.return_by))
        if snapshot.return_by
        else translate("preparation_sheet", "ved mødet")
        if snapshot.at_meeting
        else translate("preparation_sheet", "før mødet")
    )
    return [
        Paragraph(
            translate("preparation_sheet", "Udfyld arket i hånden og aflever det til formandskabet {0}.").format(by),
            st.note,
        )
    ]


def _document(buffer: io.BytesIO, snapshot: SheetSnapshot) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buffer,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=14 * mm,
        title=(f"{example_mark()}: " if snapshot.example else "")
        + f"{translate('preparation_sheet', snapshot.heading)} – "
        f"{snapshot.recipient or snapshot.participant or translate('preparation_sheet', 'blankt')}",
        author=snapshot.committee,
        subject=snapshot.meeting_title,
        creator="Drøftelse",
    )


def _example_mark(bold: str):
    """EKSEMPEL at the top of every page, for the demo's meeting."""

    def mark(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(bold, 9)
        canvas.setFillColor(colors.HexColor(RED))
        canvas.drawRightString(doc.pagesize[0] - 18 * mm, doc.pagesize[1] - 10 * mm, example_mark())
        canvas.restoreState()

    return mark


def render_sheet(snapshot: SheetSnapshot) -> bytes:
    st = _styles()
    story = [
        *_top(snapshot, st),
        *_instructions(snapshot, st),
        *_prompts_and_boxes(snapshot, st),
        *_end(snapshot, st),
    ]
    buffer = io.BytesIO()
    doc = _document(buffer, snapshot)
    if snapshot.example:
        mark = _example_mark(st.bold)
        doc.build(story, onFirstPage=mark, onLaterPages=mark)
    else:
        doc.build(story)
    if snapshot.identity and any(text for _, text in snapshot.prefill):
        return _filled(buffer.getvalue(), {FIELD_PREFIX + key: text for key, text in snapshot.prefill if text})
    return buffer.getvalue()


def _filled(pdf: bytes, values: dict[str, str]) -> bytes:
    """The sheet with `values` in its fields (any Unicode: the value is stored as a PDF text string); the reader
    draws them itself (NeedAppearances), so a character the field's font lacks is still in the field's text."""
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # "characters not supported by font encoding": the drawn preview only
    try:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
        for page in writer.pages:
            writer.update_page_form_field_values(page, values, auto_regenerate=False)
        writer.set_need_appearances_writer(True)
        out = io.BytesIO()
        writer.write(out)
    finally:
        pypdf_log.setLevel(level)
    return out.getvalue()


def write_sheet(snapshot: SheetSnapshot, folder: Path) -> Path:
    return write_file(Path(folder) / sheet_file_name(snapshot), render_sheet(snapshot))
