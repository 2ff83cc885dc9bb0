"""SQLAlchemy 2 typed models. Alembic revisions build the same tables; a test compares the two."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy import false as sa_false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from drøftelse.domain.limits import MAX_LINE, MAX_TEXT, check_length, clean_text


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class LimitedText(TypeDecorator):
    """TEXT in SQLite, with its length checked whenever it is written, by the ORM or a Core insert or update:
    whichever way a text comes in (typing, a meeting file, a returned sheet), one over the limit is refused with
    a Danish message naming the field (domain/limits.py), and nothing is stored; control characters (NUL) are
    removed first."""

    impl = Text
    cache_ok = True

    def __init__(self, what: str, limit: int = MAX_TEXT):
        super().__init__()
        self.what, self.limit = what, limit

    def process_bind_param(self, value, dialect):
        value = clean_text(value)  # NUL from a paste or a file: PostgreSQL would refuse the whole write
        check_length(self.what, value, self.limit)
        return value


def line(what: str) -> LimitedText:
    """A name, title, place or role: one line of at most MAX_LINE characters."""
    return LimitedText(what, MAX_LINE)


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
