"""A meeting and what it holds: participants, answers, the handleplan's rows, goals, verdicts, the kompetenceplan."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from drøftelse.store.models.base import Base, LimitedText, line, utcnow

if TYPE_CHECKING:
    from drøftelse.store.models.committee import Committee


class Meeting(Base):
    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(60))  # the template's key
    template_version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(line("Mødets titel"))
    date: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(line("Stedet"), default="")
    forum: Mapped[str] = mapped_column(line("Forum"), default="")
    # how the discussion was held: "Møde", "Video", "Skriftligt" (revision 0007); "" when not chosen
    form: Mapped[str] = mapped_column(line("Formen"), default="", server_default="")
    current_step: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # JSON: {"agenda": {step: minutes}, "speaker_minutes": n, "speaker": index} (revision 0002)
    settings: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    # counted up by every stored edit (store/common.touch_meeting): another window polls it (revision 0008)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # closed is closed (revision 0009): when it was first closed, how often, and why and by whom it was reopened
    first_closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    reopen_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    reopened_by: Mapped[str] = mapped_column(Text, default="", server_default="")
    # made by the demo: marked "Eksempel" and left out of the committee's årshjul, handleplan and folder for
    # Arbejdstilsynet until the chairs keep it as their own (revision 0011)
    example: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())

    committee: Mapped[Committee] = relationship(back_populates="meetings")
    participants: Mapped[list[Participant]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Participant.position"
    )
    answers: Mapped[list[Answer]] = relationship(back_populates="meeting", cascade="all, delete-orphan")
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="ActionItem.position"
    )


class Participant(Base):
    __tablename__ = "participant"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(line("Navnet"))
    role: Mapped[str] = mapped_column(line("Rollen"), default="")
    formandskab: Mapped[bool] = mapped_column(Boolean, default=False)
    note_taker: Mapped[bool] = mapped_column(Boolean, default=False)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)  # order of the round
    spoken_seconds: Mapped[int | None] = mapped_column(Integer)
    # counted up by every write (store/field_writes): the other chair's window sees the row changed (revision 0012)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    meeting: Mapped[Meeting] = relationship(back_populates="participants")


class Answer(Base):
    """One box's text: a participant's (preparation, round notes) or the group's agreed text (no participant)."""

    __tablename__ = "answer"
    __table_args__ = (
        Index(
            "uq_answer_participant",
            "meeting_id",
            "participant_id",
            "step",
            "box",
            unique=True,
            sqlite_where=text("participant_id IS NOT NULL"),
            postgresql_where=text("participant_id IS NOT NULL"),
        ),
        Index(
            "uq_answer_group",
            "meeting_id",
            "step",
            "box",
            unique=True,
            sqlite_where=text("participant_id IS NULL"),
            postgresql_where=text("participant_id IS NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    step: Mapped[str] = mapped_column(String(60))
    box: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(LimitedText("Teksten"), default="")
    source: Mapped[str] = mapped_column(String(20), default="typed")  # "typed" or "imported"
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # one more with every change, so a window editing an older text notices (revision 0004)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    meeting: Mapped[Meeting] = relationship(back_populates="answers")


class Secret(Base):
    """A key this database keeps for itself (revision 0004): "sheet_identity" signs the forberedelsesark's hidden
    identity, so a returned sheet cannot pass for another participant's."""

    __tablename__ = "secret"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)


class ActionItem(Base):
    """A row of the committee's running APV-handleplan, made in a meeting."""

    __tablename__ = "action_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    hvad: Mapped[str] = mapped_column(LimitedText("Teksten under Hvad?"), default="")
    hvorfor: Mapped[str] = mapped_column(LimitedText("Teksten under Hvorfor?"), default="")
    hvordan: Mapped[str] = mapped_column(LimitedText("Teksten under Hvordan?"), default="")
    hvornaar: Mapped[str] = mapped_column(LimitedText("Teksten under Hvornår?"), default="")
    hvornaar_dato: Mapped[dt.date | None] = mapped_column(Date)
    hvem: Mapped[str] = mapped_column(LimitedText("Teksten under Hvem?"), default="")
    opfoelgning: Mapped[str] = mapped_column(LimitedText("Teksten under Opfølgning?"), default="")
    opfoelgning_dato: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="aaben")
    priority: Mapped[int | None] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(LimitedText("Resultatet"), default="")  # what the follow-up found
    # the APV's assessment of the problem (revision 0014): a short choice each (domain/apv), a text, the cause
    alvor: Mapped[str | None] = mapped_column(String(20))
    omfang: Mapped[str | None] = mapped_column(String(20))
    vurdering: Mapped[str] = mapped_column(LimitedText("Vurderingen af alvor og omfang"), default="")
    aarsag: Mapped[str] = mapped_column(LimitedText("Årsagen"), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # counted up by every change of the row: an edit made on an older version is checked field by field (0008)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    meeting: Mapped[Meeting | None] = relationship(back_populates="action_items")


class Goal(Base):
    """A goal of the annual discussion: set for the coming year ("ny"), or typed by hand as last year's
    ("sidste_aar") when there is no earlier meeting in the app. Next year's discussion evaluates the "ny" ones."""

    __tablename__ = "goal"
    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="ny")
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(LimitedText("Målet"), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # counted up by every write (store/field_writes): the other chair's window sees the row changed (revision 0012)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class Verdict(Base):
    """An annual discussion's judgement of last year's goal or an open handleplan row, with a comment.

    `previous_status` keeps the row's status from before the verdict, so taking the verdict back restores it.
    """

    __tablename__ = "verdict"
    __table_args__ = (
        Index(
            "uq_verdict_goal",
            "meeting_id",
            "goal_id",
            unique=True,
            sqlite_where=text("goal_id IS NOT NULL"),
            postgresql_where=text("goal_id IS NOT NULL"),
        ),
        Index(
            "uq_verdict_action",
            "meeting_id",
            "action_item_id",
            unique=True,
            sqlite_where=text("action_item_id IS NOT NULL"),
            postgresql_where=text("action_item_id IS NOT NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    action_item_id: Mapped[int | None] = mapped_column(ForeignKey("action_item.id", ondelete="CASCADE"))
    verdict: Mapped[str] = mapped_column(String(20), default="")
    comment: Mapped[str] = mapped_column(LimitedText("Kommentaren"), default="")
    previous_status: Mapped[str | None] = mapped_column(String(20))
    # a row's "Virkede det?" (revision 0014): domain/apv.Effect, and a note
    effect: Mapped[str | None] = mapped_column(String(20))
    effect_note: Mapped[str] = mapped_column(LimitedText("Noten om virkningen"), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # counted up by every write (store/field_writes): the other chair's window sees the row changed (revision 0012)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class PlanItem(Base):
    """A line of the kompetenceudviklingsplan made in an annual discussion: who, what training, when, days."""

    __tablename__ = "plan_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # the columns keep the names revision 0003 gave them; the code uses the handleplan's words (glossary)
    hvem: Mapped[str] = mapped_column("who", LimitedText("Teksten under Hvem?"), default="")
    hvad: Mapped[str] = mapped_column("what", LimitedText("Teksten under Hvad?"), default="")
    hvornaar: Mapped[str] = mapped_column(LimitedText("Teksten under Hvornår?"), default="")
    days: Mapped[float | None] = mapped_column(Float)
    # counted up by every write (store/field_writes): the other chair's window sees the row changed (revision 0012)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class MeetingChange(Base):
    """A change made to a meeting after it was closed once and reopened: written by the database's triggers
    (revision 0009), never changed or removed except with its meeting."""

    __tablename__ = "meeting_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    what: Mapped[str] = mapped_column(Text)  # "Handleplan række 3: Hvem"
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    user_name: Mapped[str] = mapped_column(Text, default="", server_default="")
