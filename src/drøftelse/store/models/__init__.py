"""SQLAlchemy 2 typed models, one module per area. Alembic revisions build the same tables; a test compares the
two. Every model is named here, so `from drøftelse.store.models import Meeting` reads as before and Alembic sees
the whole metadata."""

from drøftelse.store.models.base import Base, LimitedText, line, utcnow
from drøftelse.store.models.committee import Committee, Member, Training, TrainingOffer, TrainingPooling
from drøftelse.store.models.hearing import HearingAnswer, HearingQuestion, HearingResponse
from drøftelse.store.models.meeting import (
    ActionItem,
    Answer,
    Goal,
    Meeting,
    MeetingChange,
    Participant,
    PlanItem,
    Secret,
    Verdict,
)
from drøftelse.store.models.phones import PhoneLink, RoomIdea, RoomVote

__all__ = [
    "ActionItem",
    "Answer",
    "Base",
    "Committee",
    "Goal",
    "HearingAnswer",
    "HearingQuestion",
    "HearingResponse",
    "LimitedText",
    "Meeting",
    "MeetingChange",
    "Member",
    "Participant",
    "PhoneLink",
    "PlanItem",
    "RoomIdea",
    "RoomVote",
    "Secret",
    "Training",
    "TrainingOffer",
    "TrainingPooling",
    "Verdict",
    "line",
    "utcnow",
]
