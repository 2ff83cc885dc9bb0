"""A step as the meeting view names it (the side list, the page's heading, the projector) and the page that shows
it, built from the step's kind; only the page's own module is imported."""

from __future__ import annotations

from drøftelse.domain.templates import numbered_title
from drøftelse.ui.page_classes import page_class
from drøftelse.ui.pages.base import PageContext, StepPage
from drøftelse.ui.translation import translate


def step_label(number: int, step, short: bool = False) -> str:
    """A step as the side list (`short`) and the page's heading name it: its place in the wizard ("3. Sæt rammen"),
    and a legal point's number in the law ("5. Punkt 1 · Indhold for året"), as the closing message and the referat
    name the point."""
    shown = numbered_title(number, step.short_title if short else step.title)
    if step.legal_point is None:
        return shown
    place, title = shown.split(" ", 1)
    return f"{place} " + translate("MeetingView", "Punkt {0} · {1}").format(step.legal_point, title)


def build_page(ctx: PageContext, step, view) -> StepPage:
    """The page of one step; only its own module is imported (the one the meeting opens on, on the worker)."""
    shown_by = page_class(step.kind)
    if step.kind == "finish":
        return shown_by(ctx, step, view.export_pdf, lambda: view.export_pdf(csv=True), view.go_to_step)
    return shown_by(ctx, step)
