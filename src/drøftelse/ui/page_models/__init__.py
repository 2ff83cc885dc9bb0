"""The step pages' tables as models: the participants (Opsætning), last year's goals and open rows (evaluation),
the AMO's members and the kompetenceudviklingsplan (training). An edit in a cell is stored through the services
and replaces that one row; rows added or removed are inserted or removed, nothing is reloaded whole.

One module per table: participants, evaluation, members, plan; cells says the days as the tables show them."""

from drøftelse.ui.page_models.cells import days, parse_days
from drøftelse.ui.page_models.evaluation import NO_EFFECT, NO_VERDICT, EvaluationModel, effect_text, verdict_text
from drøftelse.ui.page_models.members import (
    ASSUMED,
    GONE,
    OVERDUE,
    MemberModel,
    member_name,
    member_status,
    pooling_lines,
    supplementary,
    took_office,
)
from drøftelse.ui.page_models.participants import ParticipantModel, yes_no
from drøftelse.ui.page_models.plan import PlanModel

__all__ = [
    "ASSUMED",
    "GONE",
    "NO_EFFECT",
    "NO_VERDICT",
    "OVERDUE",
    "EvaluationModel",
    "MemberModel",
    "ParticipantModel",
    "PlanModel",
    "days",
    "effect_text",
    "member_name",
    "member_status",
    "parse_days",
    "pooling_lines",
    "supplementary",
    "took_office",
    "verdict_text",
    "yes_no",
]
