"""The committee (AMO), its members and their training, the offers and the pooled days."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Integer, String
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from drøftelse.store.models.base import Base, line, utcnow

if TYPE_CHECKING:
    from drøftelse.store.models.meeting import Meeting


class Committee(Base):
    """An udvalg: one AMO, arbejdsmiljøudvalg or MED body. A laptop may hold several."""

    __tablename__ = "committee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(line("Udvalgets navn"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    apv_date: Mapped[dt.date | None] = mapped_column(Date)  # the last full APV (revision 0003)
    # how many work there; under 10 there is no AMO (revision 0007); None: not stated
    employees: Mapped[int | None] = mapped_column(Integer)

    meetings: Mapped[list[Meeting]] = relationship(back_populates="committee", cascade="all, delete-orphan")
    members: Mapped[list[Member]] = relationship(back_populates="committee", cascade="all, delete-orphan")


class Member(Base):
    """A member of the AMO, with the dates their training rights run from."""

    __tablename__ = "member"
    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(line("Navnet"))
    role: Mapped[str] = mapped_column(line("Rollen"), default="")
    elected_on: Mapped[dt.date | None] = mapped_column(Date)
    # the rights run from tiltrædelse (revision 0013); taken from the election date, and marked as assumed, until a
    # chair confirms it
    took_office_on: Mapped[dt.date | None] = mapped_column(Date)
    took_office_assumed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    formandskab: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # the AMO's structure (revision 0011): the arbejdsmiljøgruppe, and how the employees reach the member
    group_name: Mapped[str] = mapped_column(line("Gruppen"), default="", server_default="")
    contact: Mapped[str] = mapped_column(line("Kontakten"), default="", server_default="")
    # made by the demo: left out of the årshjul and the folder for Arbejdstilsynet until kept (revision 0011)
    example: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    # counted up by every write (store/field_writes): the other chair's window sees the row changed (revision 0012)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    committee: Mapped[Committee] = relationship(back_populates="members")
    trainings: Mapped[list[Training]] = relationship(back_populates="member", cascade="all, delete-orphan")


class TrainingOffer(Base):
    """An offer of supplementary training to a member: what the employer must be able to document (revision 0013)."""

    __tablename__ = "training_offer"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    offered_on: Mapped[dt.date] = mapped_column(Date)
    days: Mapped[float] = mapped_column(Float, default=0.0)
    title: Mapped[str] = mapped_column(line("Tilbuddet"), default="")
    answer: Mapped[str] = mapped_column(String(20), default="")  # accepteret, afslaaet, udskudt, "" (no answer yet)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class TrainingPooling(Base):
    """Two funktionsår's supplementary days pooled into 3, agreed in writing (revision 0013): `first_year` ≥ 2."""

    __tablename__ = "training_pooling"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    first_year: Mapped[int] = mapped_column(Integer)
    agreed_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(line("Aftalen"), default="")


class Training(Base):
    """A course a member took or plans: the mandatory arbejdsmiljøuddannelse or supplementary training."""

    __tablename__ = "training"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # "obligatorisk" or "supplerende"
    title: Mapped[str] = mapped_column(line("Kursets titel"), default="")
    taken_on: Mapped[dt.date | None] = mapped_column(Date)
    days: Mapped[float] = mapped_column(Float, default=0.0)
    planned: Mapped[bool] = mapped_column(Boolean, default=False)
    # counted up by every write (store/field_writes): the other chair's window sees the row changed (revision 0012)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    member: Mapped[Member] = relationship(back_populates="trainings")
