"""Last year's goals and open rows with this annual discussion's verdicts: read, and judged (a row's status
follows its verdict, domain/evaluation.py). The other chair's verdict is never overwritten unseen."""

from __future__ import annotations

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.exc import IntegrityError

from drøftelse.domain import apv
from drøftelse.domain.actions import Status
from drøftelse.domain.annual import ANNUAL_KINDS, LAST_YEAR, NEW, Verdict
from drøftelse.domain.errors import FieldChanged
from drøftelse.domain.evaluation import Evaluation, EvaluationItem, row_status_after, typed_here_origin, verdict_changed
from drøftelse.domain.field_names import field_names
from drøftelse.store.annual import held_before
from drøftelse.store.common import begin_write, meeting_label, must_get, refuse_closed, touch_meeting
from drøftelse.store.database import Database
from drøftelse.store.field_writes import write_fields
from drøftelse.store.models import ActionItem, Goal, Meeting, utcnow
from drøftelse.store.models import Verdict as VerdictRow


def evaluation(db: Database, meeting_id: int) -> Evaluation:
    """What this annual discussion evaluates: the previous annual discussion's goals (or goals typed by hand when
    there is none) and every handleplan row of the committee still open – or judged here – from earlier meetings."""
    with db.session() as s:
        m = must_get(s, Meeting, meeting_id)
        earlier = s.scalar(select(func.count()).select_from(Meeting).where(held_before(m))) or 0
        prev = s.scalar(
            select(Meeting)
            .where(held_before(m), Meeting.kind.in_(ANNUAL_KINDS))
            .order_by(Meeting.date.desc(), Meeting.id.desc())
            .limit(1)
        )
        verdicts = {
            (v.goal_id, v.action_item_id): v
            for v in s.scalars(select(VerdictRow).where(VerdictRow.meeting_id == meeting_id))
        }
        goals = _evaluated_goals(s, meeting_id, prev, verdicts)
        rows = _evaluated_rows(s, m, verdicts)
        return Evaluation(meeting_label(prev) if prev else None, earlier, goals, rows)


def _judged(verdicts: dict, goal_id=None, item_id=None) -> tuple[Verdict | None, str]:
    v = verdicts.get((goal_id, item_id))
    return (Verdict(v.verdict) if v and v.verdict else None), (v.comment if v else "")


def _evaluated_goals(s, meeting_id: int, prev: Meeting | None, verdicts: dict) -> tuple[EvaluationItem, ...]:
    """The previous annual discussion's new goals, or those typed here, with their verdicts."""
    goal_filter = and_(Goal.meeting_id == meeting_id, Goal.kind == LAST_YEAR)
    if prev is not None:
        goal_filter = or_(goal_filter, and_(Goal.meeting_id == prev.id, Goal.kind == NEW))
    goals = []
    for g in s.scalars(select(Goal).where(goal_filter).order_by(Goal.kind.desc(), Goal.position, Goal.id)):
        here = g.meeting_id == meeting_id
        verdict, comment = _judged(verdicts, goal_id=g.id)
        origin = typed_here_origin() if here else meeting_label(prev)
        goals.append(EvaluationItem(g.id, None, g.text, origin, "", "", None, verdict, comment, here))
    return tuple(goals)


def _evaluated_rows(s, m: Meeting, verdicts: dict) -> tuple[EvaluationItem, ...]:
    """The committee's rows still open from earlier meetings, or judged here, with their verdicts."""
    judged_here = select(VerdictRow.action_item_id).where(
        VerdictRow.meeting_id == m.id, VerdictRow.action_item_id.is_not(None)
    )
    rows = s.execute(
        select(ActionItem, Meeting)
        .join(Meeting, ActionItem.meeting_id == Meeting.id)
        .where(
            held_before(m),
            or_(ActionItem.status.in_([Status.AABEN.value, Status.I_GANG.value]), ActionItem.id.in_(judged_here)),
        )
        .order_by(Meeting.date, Meeting.id, ActionItem.position)
    ).all()
    items = []
    for item, source in rows:
        verdict, comment = _judged(verdicts, item_id=item.id)
        v = verdicts.get((None, item.id))
        items.append(
            EvaluationItem(
                None,
                item.id,
                item.hvad,
                meeting_label(source),
                item.hvem,
                item.hvornaar,
                Status(item.status),
                verdict,
                comment,
                effect=v.effect if v else None,
                effect_note=v.effect_note if v else "",
            )
        )
    return tuple(items)


def set_verdict(
    db: Database,
    meeting_id: int,
    verdict: Verdict | str | None,
    comment: str | None = None,
    *,
    goal_id: int | None = None,
    action_item_id: int | None = None,
    seen: Verdict | str | None = "any",
) -> None:
    """Judge a goal or a row. A row's status follows the verdict; no verdict gives the row its old status back.
    With `seen` (the verdict the window showed, None for none), a verdict the other chair changed since is not
    overwritten (FieldChanged). The comment is written only when given (`set_verdict_comment` writes it alone)."""
    if (goal_id is None) == (action_item_id is None):
        raise ValueError("a verdict is on a goal or on a row")
    verdict = Verdict(verdict) if verdict else None
    now = utcnow()
    with db.session() as s:
        target = _open_verdict(s, meeting_id, goal_id, action_item_id)
        row = s.scalar(select(VerdictRow).where(VerdictRow.meeting_id == meeting_id, target).with_for_update())
        stored = row.verdict if row is not None else ""
        if seen != "any" and verdict_changed(stored, seen, verdict):
            raise FieldChanged(
                field_names("verdict")["verdict"], "verdict", Verdict(stored) if stored else None, verdict
            )
        if row is None:
            row = VerdictRow(meeting_id=meeting_id, goal_id=goal_id, action_item_id=action_item_id, comment="")
            s.add(row)
        if action_item_id is not None:
            item = must_get(s, ActionItem, action_item_id)
            if row.previous_status is None:
                row.previous_status = item.status
            new_status = row_status_after(verdict, row.previous_status)
            s.execute(
                update(ActionItem)
                .where(ActionItem.id == action_item_id)
                .values(status=new_status, updated_at=now, version=ActionItem.version + 1)
            )
        row.verdict = verdict.value if verdict else ""
        if comment is not None:
            row.comment = comment
        row.updated_at = now
        row.version = (row.version or 1) + 1
        touch_meeting(s, meeting_id, now)
        s.commit()


def _make_verdict_row(s, meeting_id: int, goal_id: int | None, action_item_id: int | None, target) -> None:
    """The verdict's row, made empty when there is none yet, so that it can be locked: two chairs judging the same
    goal for the first time at once would otherwise both insert one (the second met the unique index)."""
    if s.scalar(select(VerdictRow.id).where(VerdictRow.meeting_id == meeting_id, target)) is not None:
        return
    if action_item_id is not None:
        must_get(s, ActionItem, action_item_id)
    try:
        with s.begin_nested():
            s.add(
                VerdictRow(
                    meeting_id=meeting_id, goal_id=goal_id, action_item_id=action_item_id, verdict="", comment=""
                )
            )
    except IntegrityError:
        pass  # the other chair's came first: theirs is locked and judged below


def set_verdict_comment(
    db: Database,
    meeting_id: int,
    comment: str,
    *,
    goal_id: int | None = None,
    action_item_id: int | None = None,
    seen: str | None = None,
) -> None:
    """The comment on a goal's or a row's verdict, and nothing else: the verdict and the row's status stay as
    stored (a comment typed in a window that showed an older verdict changed them before, issue 27). With `seen`
    (the comment the window showed), a comment the other chair changed since is not overwritten (FieldChanged)."""
    if (goal_id is None) == (action_item_id is None):
        raise ValueError("a verdict is on a goal or on a row")
    _write_verdict_fields(
        db, meeting_id, goal_id, action_item_id, {"comment": comment}, None if seen is None else {"comment": seen}
    )


def set_verdict_effect(
    db: Database, meeting_id: int, action_item_id: int, values: dict, *, seen: dict | None = None
) -> None:
    """A row's "Virkede det?" at this annual evaluation: `values` has "effect" (domain/apv.Effect's value, or None:
    not answered) and/or "effect_note"; the verdict and the row's status stay as stored. With `seen` (those fields
    as the window showed them), what the other chair changed since is not overwritten (FieldChanged)."""
    if not values or set(values) - {"effect", "effect_note"}:
        raise ValueError(f"a row's effect is 'effect' and 'effect_note', not {set(values)}")
    values = dict(values)
    if "effect" in values:
        values["effect"] = apv.choice("effect", values["effect"]).value if values["effect"] else None
    _write_verdict_fields(db, meeting_id, None, action_item_id, values, seen)


def _open_verdict(s, meeting_id: int, goal_id: int | None, action_item_id: int | None):
    """In a write: the meeting's lock taken, a closed meeting refused, and the goal's or row's verdict made when
    there is none yet. Returns the condition that picks that verdict out of the meeting's."""
    begin_write(s)
    must_get(s, Meeting, meeting_id)
    refuse_closed(s, meeting_id)
    target = VerdictRow.goal_id == goal_id if goal_id is not None else VerdictRow.action_item_id == action_item_id
    _make_verdict_row(s, meeting_id, goal_id, action_item_id, target)
    return target


def _write_verdict_fields(
    db: Database, meeting_id: int, goal_id: int | None, action_item_id: int | None, values: dict, seen: dict | None
) -> None:
    """Some fields of a goal's or a row's verdict (made when there is none yet), each written only where it still
    holds what the window showed (`seen`); the verdict itself and the row's status stay as stored."""
    now = utcnow()
    with db.session() as s:
        target = _open_verdict(s, meeting_id, goal_id, action_item_id)
        row_id = s.scalar(select(VerdictRow.id).where(VerdictRow.meeting_id == meeting_id, target))
        write_fields(s, VerdictRow, row_id, {**values, "updated_at": now}, seen, field_names("verdict"))
        touch_meeting(s, meeting_id, now)
        s.commit()
