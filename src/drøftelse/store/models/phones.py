"""Phones in the room: personal links, ideas sent, and the dot-vote."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column

from drøftelse.store.models.base import Base, LimitedText, utcnow


def _today_date() -> dt.date:
    return utcnow().date()


class PhoneLink(Base):
    """A link the chairs hand out for a phone (revision 0015): "rum" (the room: everyone scans the same), "forberedelse"
    (one participant's) or "hoering" (one employee's hearing, counted once like a høringsark's code). Its code is
    unguessable (128 bits); a revoked link answers nothing."""

    __tablename__ = "phone_link"
    __table_args__ = (Index("uq_phone_link_code", "code", unique=True),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    number: Mapped[int | None] = mapped_column(Integer)  # a hearing link's number, as a høringsark's
    code: Mapped[str] = mapped_column(String(64))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    created_on: Mapped[dt.date] = mapped_column(Date, default=_today_date)


class RoomIdea(Base):
    """An idea sent from a phone in the room, for the chairs to take into the agreed text (revision 0015). Nothing
    that says who sent it: no device, no address, the day only."""

    __tablename__ = "room_idea"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(LimitedText("Idéen"))
    state: Mapped[str] = mapped_column(String(20), default="ny", server_default="ny")  # ny, taget, afvist
    created_on: Mapped[dt.date] = mapped_column(Date, default=_today_date)


class RoomVote(Base):
    """A handleplan row's dots in one round of dot-voting from the phones (revision 0015): a count, no voter."""

    __tablename__ = "room_vote"
    __table_args__ = (Index("uq_room_vote_row_round", "action_item_id", "round", unique=True),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    action_item_id: Mapped[int] = mapped_column(ForeignKey("action_item.id", ondelete="CASCADE"))
    round: Mapped[int] = mapped_column(Integer)
    dots: Mapped[int] = mapped_column(Integer, default=0)
