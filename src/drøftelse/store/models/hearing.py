"""The employees' hearing: its questions, the returned sheets and their answers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from drøftelse.store.models.base import Base, LimitedText, line, utcnow


class HearingQuestion(Base):
    """A question of the employees' hearing before an annual discussion, about one legal point (revision 0006)."""

    __tablename__ = "hearing_question"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    step: Mapped[str] = mapped_column(String(60))  # the legal point's step key
    text: Mapped[str] = mapped_column(LimitedText("Spørgsmålet"))
    # counted up by every write (store/field_writes): the other chair's window sees the row changed (revision 0012)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


def _today() -> dt.datetime:
    return utcnow().replace(hour=0, minute=0, second=0, microsecond=0)


class HearingResponse(Base):
    """One returned hearing sheet: from which arbejdsmiljøgruppe (or "" for the common sheet), the file's SHA-256
    so the same file is not counted twice (revision 0006), and the sheet's one-time code so one sheet counts once
    however it was changed (revision 0010). Nothing that says who answered: no file name, the day only."""

    __tablename__ = "hearing_response"
    __table_args__ = (
        Index("uq_hearing_response_digest", "meeting_id", "digest", unique=True),
        Index("uq_hearing_response_code", "meeting_id", "code", unique=True),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    group_name: Mapped[str] = mapped_column(line("Gruppens navn"), default="")
    code: Mapped[str | None] = mapped_column(String(32))  # None for sheets read in before revision 0010
    digest: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_today)  # the day only: not who, by when

    answers: Mapped[list[HearingAnswer]] = relationship(cascade="all, delete-orphan")


class HearingAnswer(Base):
    """An employee's answer to one question. The question's text and point are kept with it, so an answer stays
    whole and in its place even when the chairs later change or remove the question (revision 0006)."""

    __tablename__ = "hearing_answer"
    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("hearing_response.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int | None] = mapped_column(ForeignKey("hearing_question.id", ondelete="SET NULL"))
    step: Mapped[str] = mapped_column(String(60))
    question: Mapped[str] = mapped_column(LimitedText("Spørgsmålet"))
    text: Mapped[str] = mapped_column(LimitedText("Svaret"))
