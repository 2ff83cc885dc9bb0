"""The committee's handleplan: which of its rows a view or a print keeps (status, year, meeting), in which order,
and how that choice reads in words.

A row here is anything with the handleplan row's `status`, `hvornaar_dato`, `updated_at`, `meeting_id`,
`position` and `id`, and the `meeting_date` of the meeting it came from (store.records.CommitteeActionRecord).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drøftelse.domain import apv
from drøftelse.domain.actions import Status
from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import translate

# What a user may write for a status (the command line's --status): the app's labels, ASCII spellings, and the
# words HR uses ("udført", "droppet")
STATUS_WORDS: dict[str, Status] = {
    "åben": Status.AABEN,
    "aaben": Status.AABEN,
    "åbne": Status.AABEN,
    "i gang": Status.I_GANG,
    "i-gang": Status.I_GANG,
    "i_gang": Status.I_GANG,
    "igang": Status.I_GANG,
    "gennemført": Status.GENNEMFOERT,
    "gennemfoert": Status.GENNEMFOERT,
    "udført": Status.GENNEMFOERT,
    "udfoert": Status.GENNEMFOERT,
    "opgivet": Status.OPGIVET,
    "droppet": Status.OPGIVET,
}
ALL = "alle"


def parse_statuses(text: str) -> frozenset[Status]:
    """ "åben,i-gang" -> {AABEN, I_GANG}; "alle" -> every status. An unknown word is a Danish error."""
    words = [w.strip().casefold() for w in text.split(",") if w.strip()]
    if not words:
        raise DroeftelseError(translate("committee_plan", "Angiv mindst én status, fx --status åben,i-gang."))
    if ALL in words:
        return frozenset(Status)
    unknown = [w for w in words if w not in STATUS_WORDS]
    if unknown:
        raise DroeftelseError(
            translate(
                "committee_plan",
                "Ukendt status »{0}«. Brug åben, i-gang, gennemført eller opgivet (adskilt af komma), eller alle.",
            ).format(unknown[0])
        )
    return frozenset(STATUS_WORDS[w] for w in words)


def row_year(row) -> int | None:
    """The year a row belongs to: its Hvornår date's, or the meeting's when Hvornår was not read as a date."""
    when = row.hvornaar_dato or row.meeting_date
    return when.year if when else None


def plan_order(row) -> tuple:
    """The order the problems are solved in (the APV's priority: high first, then the more serious; domain/apv),
    then by Hvornår date (rows without one last), then by meeting and place in the meeting."""
    return (
        *apv.urgency(row),
        row.hvornaar_dato is None,
        row.hvornaar_dato or dt.date.max,
        row.meeting_date or dt.date.min,
        row.meeting_id or 0,
        row.position,
        row.id,
    )


def is_done_in(row, year: int) -> bool:
    """A row marked gennemført that year. The row keeps no date of its own for that, so it is the year it was last
    changed: marking it done is a change, and a later edit of a done row is rare."""
    return Status(row.status) == Status.GENNEMFOERT and row.updated_at.year == year


@dataclass(frozen=True)
class PlanFilter:
    """Which rows to keep. `statuses` None is what HR wants on the wall: every row not yet done (åben, i gang),
    and the rows done this year; with `year`, only rows of that year (row_year); with `meeting_id`, only that
    meeting's rows."""

    statuses: frozenset[Status] | None = None
    year: int | None = None
    meeting_id: int | None = None

    def keeps(self, row, today: dt.date) -> bool:
        if self.meeting_id is not None and row.meeting_id != self.meeting_id:
            return False
        if self.year is not None and row_year(row) != self.year:
            return False
        status = Status(row.status)
        if self.statuses is None:
            return status.is_open or is_done_in(row, today.year)
        return status in self.statuses

    def select(self, rows, today: dt.date) -> list:
        """The rows kept, in the plan's order."""
        return sorted((r for r in rows if self.keeps(r, today)), key=plan_order)

    def describe(self, today: dt.date, meeting: str = "") -> str:
        """The choice in words for the printed plan: "Ikke udførte rækker og rækker udført i 2026 · Fra …"."""
        if self.statuses is None:
            parts = [translate("CommitteePlan", "Ikke udførte rækker og rækker udført i {0}").format(today.year)]
        elif self.statuses == frozenset(Status):
            parts = [translate("CommitteePlan", "Alle rækker")]
        else:
            labels = [s.label for s in Status if s in self.statuses]
            joined = translate("CommitteePlan", " eller ").join(labels) if len(labels) < 3 else ", ".join(labels)
            parts = [translate("CommitteePlan", "Rækker med status {0}").format(joined)]
        if self.year is not None:
            parts.append(translate("CommitteePlan", "planlagt i {0}").format(self.year))
        if meeting:
            parts.append(translate("CommitteePlan", "fra {0}").format(meeting))
        return " · ".join(parts)
