"""What every document made from the demo's example meeting says (store/examples.py): EKSEMPEL in the header of
each page, and a line under the title. Plain text, so the CSV and XLSX writers load no reportlab for it."""

from __future__ import annotations

from drøftelse.domain.i18n import translate

RED = "#8a1c1c"  # the colour the documents mark it in, as what is missing or overdue


def example_mark() -> str:
    """The word every page of an example's document carries in its header."""
    return translate("Example", "EKSEMPEL")


def example_note() -> str:
    """The line under an example document's title: what it is, and what it is not."""
    return translate(
        "Example",
        "EKSEMPEL – lavet af Drøftelses demo, ikke udvalgets eget møde. Det tælles ikke med i årshjulet eller "
        "udvalgets handleplan.",
    )
