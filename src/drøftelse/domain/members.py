"""An AMO member as the training page and the documents show them: who they are, their courses, offers and
poolings, and their training status today (domain/training.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from drøftelse.domain import training


@dataclass(frozen=True)
class MemberLine:
    id: int
    name: str
    role: str
    elected_on: dt.date | None
    left_on: dt.date | None
    mandatory_on: dt.date | None
    courses: tuple  # store/records.CourseRecord of each supplementary course, newest first
    status: training.TrainingStatus
    group_name: str = ""  # the arbejdsmiljøgruppe (revision 0011)
    contact: str = ""  # how the employees reach the member: phone, mail, where they sit
    example: bool = False  # made by the demo: marked, and left out of the årshjul, until kept (revision 0011)
    version: int = 1  # counted up by every write (revision 0012)
    took_office_on: dt.date | None = None  # the rights run from here (revision 0013)
    took_office_assumed: bool = False  # taken from the election date; a chair has not confirmed it
    offers: tuple[OfferRecord, ...] = ()  # offers of supplementary training, newest first
    pooled: tuple[PoolingRecord, ...] = ()  # two years' days pooled into 3, agreed in writing


@dataclass(frozen=True)
class OfferRecord:
    id: int
    member_id: int
    offered_on: dt.date
    days: float
    title: str
    answer: str
    version: int = 1


@dataclass(frozen=True)
class PoolingRecord:
    id: int
    member_id: int
    first_year: int
    agreed_on: dt.date
    note: str
