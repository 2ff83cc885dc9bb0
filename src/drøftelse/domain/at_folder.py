"""What the folder for Arbejdstilsynet holds (issue 28): the committee's record in one PDF – the last annual
referat, the handleplan, the AMO's structure and each member's training, the last APV, and the rules the app
follows. Plain data; the store fills it in one transaction, documents/at_folder_pdf prints it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drøftelse.domain.file_names import safe_file_name
from drøftelse.domain.i18n import translate
from drøftelse.domain.snapshots import CommitteeHandleplanSnapshot, ReferatSnapshot


def folder_file_name(committee: str, made_on: dt.date) -> str:
    """ "Mappe til Arbejdstilsynet - <udvalg> - 2026-12-06.pdf", safe on every disk."""
    name = translate("at_folder", "Mappe til Arbejdstilsynet - {0} - {1}").format(committee, made_on.isoformat())
    return safe_file_name(name + ".pdf")


@dataclass(frozen=True)
class FolderMember:
    """An AMO member as the folder shows them: where they sit in the structure and their training this
    funktionsår (days entitled, planned or offered, taken)."""

    name: str
    role: str
    group_name: str
    contact: str
    formandskab: bool
    took_office_on: dt.date | None  # tiltrædelse: the rights run from here
    took_office_assumed: bool  # taken from the election date, not confirmed by a chair
    mandatory: str  # "gennemført 15.6.2021", "skal tages senest …", "overskredet: …"
    year_of_office: int | None
    year_starts: dt.date | None
    year_ends: dt.date | None
    entitled_days: float
    offered_days: float  # offers recorded in this funktionsår: what the employer must be able to document
    planned_days: float  # planned courses and the kompetenceudviklingsplan's days for the member
    used_days: float
    offer: str = ""  # "tilbudt 1,5 dage", "skal tilbydes senest …"
    pooled: bool = False  # two years pooled into 3 days by a written agreement


@dataclass(frozen=True)
class FolderSnapshot:
    committee: str
    employees: int | None
    made_on: dt.date
    referat: ReferatSnapshot | None  # the last closed annual discussion (never an example)
    annual_held: tuple[dt.date, ...]  # the dates of the committee's closed annual discussions, newest first
    plan: CommitteeHandleplanSnapshot
    members: tuple[FolderMember, ...]  # active members, no examples
    apv_date: dt.date | None
    apv_due: dt.date | None
    rules_reference: str
    rules_checked: dt.date
    examples_left_out: int  # meetings marked as examples, not part of the record
