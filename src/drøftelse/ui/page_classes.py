"""The page that shows a step, by the step's kind: its module imported only when asked (on the worker for the step
a meeting opens on), and whether it needs the ORM to open (ui/pages/base.StepPage.needs_the_orm)."""

from __future__ import annotations

PAGE_CLASSES = {
    "setup": "SetupPage",
    "hearing": "HearingPage",
    "preparation": "PreparationPage",
    "frame": "FramePage",
    "round": "RoundPage",
    "handleplan": "HandleplanPage",
    "evaluation": "EvaluationPage",
    "goals": "GoalsPage",
    "training": "TrainingPage",
    "finish": "FinishPage",
}


def page_module(kind: str):
    """The module of a step kind's page, imported now (on the worker for the step a meeting opens on). Written out,
    not built from the name: PyInstaller finds the pages for the desktop bundle by reading these imports."""
    if kind == "setup":
        from drøftelse.ui.pages import setup_page as module
    elif kind == "hearing":
        from drøftelse.ui.pages import hearing_page as module
    elif kind == "preparation":
        from drøftelse.ui.pages import preparation_page as module
    elif kind == "frame":
        from drøftelse.ui.pages import frame_page as module
    elif kind == "round":
        from drøftelse.ui.pages import round_page as module
    elif kind == "handleplan":
        from drøftelse.ui.pages import handleplan_page as module
    elif kind == "evaluation":
        from drøftelse.ui.pages import evaluation_page as module
    elif kind == "goals":
        from drøftelse.ui.pages import goals_page as module
    elif kind == "training":
        from drøftelse.ui.pages import training_page as module
    elif kind == "finish":
        from drøftelse.ui.pages import finish_page as module
    else:
        from drøftelse.ui.pages import boxes_page as module
    return module


def page_class(kind: str):
    """The class of a step kind's page; the legal points and other steps of boxes are BoxesPage."""
    return getattr(page_module(kind), PAGE_CLASSES.get(kind, "BoxesPage"))
