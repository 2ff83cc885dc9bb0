"""The annual discussion's evaluation as plain values: last year's goals and open rows with their verdicts, and
the rules of a verdict (what it does to a row's status, when the other chair's verdict is not overwritten)."""

from __future__ import annotations

from dataclasses import dataclass

from drøftelse.domain.actions import Status
from drøftelse.domain.annual import Verdict
from drøftelse.domain.i18n import translate


@dataclass(frozen=True)
class EvaluationItem:
    goal_id: int | None
    action_item_id: int | None
    text: str  # the goal, or the row's Hvad
    origin: str  # the meeting it came from, "Årlig drøftelse 2025 (12.11.2025)", or "Skrevet ind i år"
    hvem: str
    hvornaar: str
    status: Status | None
    verdict: Verdict | None
    comment: str
    typed_here: bool = False  # a goal typed by hand in this meeting
    effect: str | None = None  # a row's "Virkede det?" (domain/apv.Effect), with a note; goals have none
    effect_note: str = ""


@dataclass(frozen=True)
class Evaluation:
    previous: str | None  # "Årlig arbejdsmiljødrøftelse 2025 (12.11.2025)" or None when there is none
    earlier_meetings: int
    goals: tuple[EvaluationItem, ...]
    rows: tuple[EvaluationItem, ...]

    @property
    def judged(self) -> int:
        return sum(1 for i in self.goals + self.rows if i.verdict is not None)


def typed_here_origin() -> str:
    """Where a goal typed by hand in this meeting (no previous annual discussion to take it from) came from."""
    return translate("annual", "Skrevet ind i år")


def verdict_changed(stored: str, seen: Verdict | str | None, wanted: Verdict | None) -> bool:
    """A verdict the other chair changed since the window showed `seen` (None: none), to something other than
    what this window writes: it is not overwritten."""
    shown = Verdict(seen).value if seen else ""
    return stored not in (shown, wanted.value if wanted else "")


def row_status_after(verdict: Verdict | None, previous_status: str) -> str:
    """A judged row's status follows its verdict; no verdict gives it back the status it had before."""
    return verdict.row_status.value if verdict else previous_status
