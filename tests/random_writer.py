"""One chair's app for the two-writer tests (tests/end_to_end/test_shared_meeting.py,
tests/attack/test_server_restart_writers.py):
random edits of every kind of data two chairs share, on a shared database, for a while, through the services a
window uses. Each edit reads the value as the window shows it, waits 0–20 ms (the other chair gets in between),
and writes its new value together with the value it showed (`seen`, or the version it read). When the other chair
changed the value since, the service refuses and the chair is asked (a "conflict asked"); the chairs here answer
in turn "keep mine" (written again on what is stored now) and "keep theirs" (this value was answered by the
question, not stored).

Every new value is unique ("A17"; a unique date; for a yes/no its unique companion text), so that what was stored
can be traced. A verdict, a status, the meeting's form and the points' order cannot be unique: each chair writes
only its own half of the possible values (A "nået"/"delvist", B "ikke nået"/"opgivet"; A even orders, B odd
ones), so that neither can be told "stored" for the other's value; their stored edits must form one walk.

The server may go away (tests/attack/test_server_restart_writers.py): an edit whose connection broke is never logged as
stored. Once the server answers again the field is read: holding this edit's value, it was stored; otherwise
it is "unknown" (the chair is told it was not stored), and tests/edit_accounting.py decides from the others'
edits whether it had been stored after all.

Writes a JSON log to OUT: per edit the kind, the target, the outcome ("stored", "theirs", "unknown"), the value
seen and the value written, and the time; per kind the conflicts asked and the attempts the server did not take.
The test checks it: tests/edit_accounting.py."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from drøftelse.domain import errors
from drøftelse.domain.annual import ANNUAL_KIND, Verdict, point_steps
from drøftelse.domain.errors import ActionItemChanged, AnswerChanged, FieldChanged
from drøftelse.domain.hearing import Question
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.paths import templates_dir
from drøftelse.services import annual, hearing
from drøftelse.services import meetings as service
from drøftelse.services.database import open_database

CONFLICTS = (FieldChanged, ActionItemChanged, AnswerChanged)
# each chair's half of the values that cannot be unique (index 0: chair A, 1: chair B)
VERDICTS = ((Verdict.NAAET, Verdict.DELVIST), (Verdict.IKKE_NAAET, Verdict.OPGIVET))
FORMS = (("Møde", "Video"), ("Skriftligt", ""))
STATUSES = (("aaben", "i_gang"), ("gennemfoert", "opgivet"))
TODAY = dt.date(2026, 11, 20)  # the demo's day, as the tests make it


def unreachable_errors() -> tuple[type[BaseException], ...]:
    """What a lost server looks like: the driver's and SQLAlchemy's errors, and the app's own names for it."""
    import psycopg
    import sqlalchemy.exc

    found = [sqlalchemy.exc.OperationalError, sqlalchemy.exc.InterfaceError, psycopg.OperationalError]
    found += [psycopg.InterfaceError, errors.DatabaseGone]
    if hasattr(errors, "ServerUnreachable"):  # issue 27, point 3: the app's word for it, when it has one
        found.append(errors.ServerUnreachable)
    return tuple(found)


def is_unreachable(e: BaseException) -> bool:
    """A lost connection, not a deadlock or a serialization failure (psycopg counts those as operational too)."""
    import psycopg

    if not isinstance(e, unreachable_errors()):
        return False
    cause = getattr(e, "orig", None) or e
    return not isinstance(cause, psycopg.errors.TransactionRollback)


def plain(value):
    """A value as the log keeps it (JSON): dates as ISO text, enums as their value, questions as [step, text]."""
    if isinstance(value, Question):
        return [value.step, value.text]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


@dataclass(frozen=True)
class Edit:
    """One edit by one chair: its unique tag ("A17"), its number, which chair (0: A, 1: B), the chair's dice."""

    tag: str
    n: int
    chair: int
    rng: random.Random


@dataclass
class Target:
    """One value two windows show: how a window reads it, writes it with what it showed, and makes a new one."""

    kind: str  # the kind of data, as the closing note counts them
    name: str  # which value: "meeting 3: title"
    read: Callable[[], Any]  # what the window shows (with the version, where the service wants one)
    write: Callable[[Any, Any], None]  # (new, shown): stored, or a conflict raised
    make: Callable[[Edit, Any], Any]  # (this edit, shown): the new value
    asked: Callable[[Exception], Any] = lambda e: e.current_value  # what the question shows as stored now
    value: Callable[[Any], Any] = lambda shown: shown  # the field's value in what is shown
    logged: Callable[[Any, Any], Any] = lambda new, shown: new  # the value a write leaves (a move: the new order)
    walk: bool = False  # values repeat (a verdict, an order): checked as one walk, not by unique values


def unique_date(start: dt.date, n: int, chair: int) -> dt.date:
    """Chair A's dates are an odd number of days after `start`, B's an even number: never the same twice."""
    return start + dt.timedelta(days=2 * n + 1 + chair)


def other_than(choices, shown, rng: random.Random):
    return rng.choice([c for c in choices if c != shown])


def parity(order: list[str], keys: list[str]) -> int:
    """0 for an even permutation of `keys`, 1 for an odd one."""
    positions = [keys.index(k) for k in order]
    return sum(1 for i in range(len(positions)) for j in range(i) if positions[j] > positions[i]) % 2


def plan_for(db, meeting_id: int) -> dict:
    """The rows the writers edit, chosen once by the test (ids, so both writers and the test name the same ones)."""
    ev = annual.evaluation(db, meeting_id)
    closed = {}

    def closed_row(item_id: int) -> bool:
        meeting = service.action_item(db, item_id).meeting_id
        closed.setdefault(meeting, service.get_meeting(db, meeting).closed_at is not None)
        return closed[meeting]

    last_year = [r.action_item_id for r in ev.rows if closed_row(r.action_item_id)]
    other_meeting = [r.action_item_id for r in ev.rows if not closed_row(r.action_item_id)]
    return {
        "meeting": meeting_id,
        "committee": service.get_meeting(db, meeting_id).committee_id,
        "participants": sorted(p.id for p in service.participants(db, meeting_id)),
        "goals": [g.id for g in annual.goals(db, meeting_id)],
        "last_year_goals": [g.goal_id for g in ev.goals],
        "last_year_rows": last_year,  # [judged "nået", not judged yet]
        "committee_rows": other_meeting,  # rows of the committee's kompetencedrøftelse (open)
        "rows": [r.id for r in service.action_items(db, meeting_id)],
        "plan_items": [i.id for i in annual.plan_items(db, meeting_id)],
        "members": [m.id for m in annual.members(db, service.get_meeting(db, meeting_id).committee_id, TODAY)],
    }


def targets(db, templates: TemplateLibrary, plan: dict) -> list[Target]:
    """Every kind of data of issue 27 on the annual demo meeting: its settings, participants, goals, verdicts and
    their comments, the kompetenceudviklingsplan, the members' training, the hearing questions, the handleplan,
    the committee's plan (rows of its other meeting) and the answer boxes."""
    m, cid = plan["meeting"], plan["committee"]
    out: list[Target] = []

    # --- meeting settings: title, place, date, form, the points' order
    def meeting_field(field: str, make, walk=False):
        out.append(
            Target(
                "meeting settings",
                f"meeting {m}: {field}",
                lambda: getattr(service.get_meeting(db, m), field),
                lambda new, shown: service.update_meeting(db, m, seen={field: shown}, **{field: new}),
                make,
                walk=walk,
            )
        )

    meeting_field("title", lambda e, shown: f"Årlig drøftelse {e.tag}")
    meeting_field("place", lambda e, shown: f"Mødelokale {e.tag}")
    meeting_field("date", lambda e, shown: unique_date(TODAY, e.n, e.chair))  # later: nothing moves before it
    meeting_field("form", lambda e, shown: other_than(FORMS[e.chair], shown, e.rng), True)

    keys = [s.key for s in point_steps(templates.get(ANNUAL_KIND))]

    def new_order(e: Edit, shown):
        while True:  # a new order of the points, of this chair's parity
            order = e.rng.sample(keys, len(keys))
            if parity(order, keys) != e.chair:
                order[0], order[1] = order[1], order[0]
            if order != (shown or keys):
                return order

    out.append(
        Target(
            "meeting settings",
            f"meeting {m}: order",
            lambda: service.meeting_settings(db, m).get("order"),
            lambda new, shown: service.update_meeting_settings(db, m, seen={"order": shown}, order=new),
            new_order,
            walk=True,
        )
    )

    # --- participants: name, role, present (with a unique role, as a yes/no cannot be traced), order
    people = plan["participants"]

    def participant(pid: int):
        return next(p for p in service.participants(db, m) if p.id == pid)

    for pid, field in ((people[0], "name"), (people[1], "role")):
        out.append(
            Target(
                "participants",
                f"participant {pid}: {field}",
                lambda pid=pid, field=field: getattr(participant(pid), field),
                lambda new, shown, pid=pid, field=field: service.update_participant(
                    db, pid, seen={field: shown}, **{field: new}
                ),
                lambda e, shown: f"Deltager {e.tag}",
            )
        )
    pid = people[2]

    def present_and_role():  # one read: both fields as one window shows them
        p = participant(pid)
        return p.present, p.role

    out.append(
        Target(
            "participants",
            f"participant {pid}: present+role",
            present_and_role,
            lambda new, shown: service.update_participant(
                db, pid, seen={"present": shown[0], "role": shown[1]}, present=new[0], role=new[1]
            ),
            lambda e, shown: (not shown[0], f"Rolle {e.tag}"),
            asked=lambda e: present_and_role(),  # the question names one field: the window shows both again
        )
    )

    def move(e: Edit, shown):
        who = e.rng.choice(shown)
        return who, e.rng.choice([i for i in range(len(shown)) if i != shown.index(who)])

    def moved(new, shown):
        order = [i for i in shown if i != new[0]]
        order.insert(new[1], new[0])
        return order

    out.append(
        Target(
            "participants",
            f"meeting {m}: order of the round",
            lambda: [p.id for p in service.participants(db, m)],
            lambda new, shown: service.move_participant(db, new[0], new[1], seen_order=shown),
            move,
            logged=moved,
            walk=True,
        )
    )

    # --- goals
    for gid in plan["goals"]:
        out.append(
            Target(
                "goals",
                f"goal {gid}",
                lambda gid=gid: next(g.text for g in annual.goals(db, m) if g.id == gid),
                lambda new, shown, gid=gid: annual.update_goal(db, gid, new, seen=shown),
                lambda e, shown: f"Mål {e.tag}",
            )
        )

    # --- evaluation: verdicts and their comments, on last year's goal judged "delvist" and on a row not judged
    # yet (both fields of one verdict); a comment on the row judged "nået" too
    def judged(on: dict):
        ev = annual.evaluation(db, m)
        return next(i for i in ev.goals + ev.rows if (i.goal_id, i.action_item_id) == tuple(on.values()))

    goal, (done_row, open_row) = plan["last_year_goals"][0], plan["last_year_rows"][:2]
    judged_goal, open_item, done_item = (
        dict(goal_id=goal, action_item_id=None),
        dict(goal_id=None, action_item_id=open_row),
        dict(goal_id=None, action_item_id=done_row),
    )
    for on, what in ((judged_goal, f"goal {goal}"), (open_item, f"row {open_row}")):
        out.append(
            Target(
                "verdicts",
                f"verdict on {what}",
                lambda on=on: judged(on).verdict,
                lambda new, shown, on=on: annual.set_verdict(db, m, new, seen=shown, **on),
                lambda e, shown: other_than(VERDICTS[e.chair], shown, e.rng),
                walk=True,
            )
        )
    for on, what in ((judged_goal, f"goal {goal}"), (open_item, f"row {open_row}"), (done_item, f"row {done_row}")):
        out.append(
            Target(
                "verdict comments",
                f"comment on {what}",
                lambda on=on: judged(on).comment,
                lambda new, shown, on=on: annual.set_verdict_comment(db, m, new, seen=shown, **on),
                lambda e, shown: f"Kommentar {e.tag}",
            )
        )

    # --- the kompetenceudviklingsplan's lines
    for item_id, field in zip(plan["plan_items"], ("hvad", "hvem", "hvornaar"), strict=False):
        out.append(
            Target(
                "plan items",
                f"plan item {item_id}: {field}",
                lambda item_id=item_id, field=field: next(
                    getattr(i, field) for i in annual.plan_items(db, m) if i.id == item_id
                ),
                lambda new, shown, item_id=item_id, field=field: annual.update_plan_item(
                    db, item_id, seen={field: shown}, **{field: new}
                ),
                lambda e, shown: f"Kursus {e.tag}",
            )
        )

    # --- training records: members' fields and the mandatory course (one member has none yet)
    def member(mid: int):
        return next(x for x in annual.members(db, cid, TODAY) if x.id == mid)

    members = plan["members"]
    for mid, field in ((members[0], "contact"), (members[1], "group_name"), (members[2], "name")):
        out.append(
            Target(
                "training records",
                f"member {mid}: {field}",
                lambda mid=mid, field=field: getattr(member(mid), field),
                lambda new, shown, mid=mid, field=field: annual.update_member(
                    db, mid, seen={field: shown}, **{field: new}
                ),
                lambda e, shown: f"Medlem {e.tag}",
            )
        )
    for mid in (members[0], members[2]):
        out.append(
            Target(
                "training records",
                f"member {mid}: mandatory course",
                lambda mid=mid: member(mid).mandatory_on,
                lambda new, shown, mid=mid: annual.set_mandatory_course(db, mid, new, seen=shown),
                lambda e, shown: unique_date(dt.date(2000, 1, 1), e.n, e.chair),
            )
        )

    # --- the hearing's questions (one value: the list)
    def new_questions(e: Edit, shown):
        i = e.rng.randrange(len(shown))
        changed = dataclasses.replace(shown[i], text=f"Spørgsmål {e.tag}: hvad vil du sige?")
        return [changed if j == i else q for j, q in enumerate(shown)]

    out.append(
        Target(
            "hearing questions",
            f"meeting {m}: hearing questions",
            lambda: hearing.questions(db, templates, m),
            lambda new, shown: hearing.save_questions(db, templates, m, new, seen=shown),
            new_questions,
        )
    )

    # --- handleplan cells (this meeting's rows) and committee-plan cells (the committee's other meeting's rows,
    # status too); both shown with the row's version, as the tables do
    def cell(kind: str, item_id: int, field: str, make, walk=False):
        def read():
            row = service.action_item(db, item_id)
            return getattr(row, field), row.version

        def write(new, shown):
            value, version = shown
            service.update_action_item(db, item_id, expected=(version, {field: value}), **{field: new})

        out.append(
            Target(
                kind,
                f"row {item_id}: {field}",
                read,
                write,
                make,
                asked=lambda e: (e.current_value, e.current_version),
                value=lambda shown: shown[0],
                walk=walk,
            )
        )

    text = lambda e, shown: f"Tekst {e.tag}"  # noqa: E731
    rows = plan["rows"]
    cell("handleplan cells", rows[0], "hvad", text)
    cell("handleplan cells", rows[0], "hvorfor", text)
    cell("handleplan cells", rows[1], "hvem", text)
    other = plan["committee_rows"]
    cell("committee-plan cells", other[0], "hvordan", text)
    cell("committee-plan cells", other[0], "opfoelgning", text)
    cell(
        "committee-plan cells",
        other[1],
        "status",
        lambda e, shown: other_than(STATUSES[e.chair], shown[0], e.rng),
        walk=True,
    )

    # --- answer boxes, with the version the box shows
    for box in ((None, "evaluering", "tekst"), (None, "indhold", "tekst")):
        out.append(
            Target(
                "answers",
                f"answer {box[1]}/{box[2]}",
                lambda box=box: service.stored_answers(db, m).get(box, service.AnswerRecord("", 0)),
                lambda new, shown, box=box: service.set_answer(db, m, *box, new, expected_version=shown.version),
                lambda e, shown: f"Svar {e.tag}",
                asked=lambda e: service.AnswerRecord(e.current_text, e.current_version),
                value=lambda shown: shown.text,
            )
        )
    return out


class Chair:
    """One chair at one window: edits at random, answers the questions, keeps the log."""

    def __init__(self, db, all_targets: list[Target], name: str, seed: int):
        self.db, self.name, self.chair = db, name, "AB".index(name)
        self.rng = random.Random(seed)
        self.by_kind: dict[str, list[Target]] = {}
        for t in all_targets:
            self.by_kind.setdefault(t.kind, []).append(t)
        self.writes: list[dict] = []
        self.asked: Counter = Counter()
        self.not_stored: Counter = Counter()  # attempts the server did not take (it was away)
        self.reads_refused = 0
        self.errors: list[str] = []
        self.keep_mine = True  # the chairs answer the questions in turn: keep mine, keep theirs, …
        self.n = 0

    def log(self, t: Target, outcome: str, shown, new) -> None:
        self.writes.append(
            dict(
                kind=t.kind,
                target=t.name,
                outcome=outcome,
                seen=plain(t.value(shown)),
                new=plain(t.logged(new, shown)),
                t=round(time.time(), 3),
            )
        )

    def patiently(self, read: Callable[[], Any]):
        """What the window shows; while the server is away, read again a little later."""
        while True:
            try:
                return read()
            except Exception as e:
                if not is_unreachable(e):
                    raise
                self.reads_refused += 1
                time.sleep(0.2)

    def edit(self) -> None:
        kind = self.rng.choice(sorted(self.by_kind))
        t = self.rng.choice(self.by_kind[kind])
        self.n += 1
        shown = self.patiently(t.read)
        new = t.make(Edit(f"{self.name}{self.n}", self.n, self.chair, self.rng), shown)
        time.sleep(self.rng.uniform(0, 0.02))  # the chair types; the other chair may store meanwhile
        while True:
            try:
                t.write(new, shown)
            except CONFLICTS as e:
                self.asked[kind] += 1
                keep_mine, self.keep_mine = self.keep_mine, not self.keep_mine
                if keep_mine:  # written again, on what the question showed as stored now
                    shown = self.patiently(lambda e=e: t.asked(e))
                    continue
                self.log(t, "theirs", shown, new)  # answered by the question: the other chair's value stays
                return
            except Exception as e:
                if not is_unreachable(e):
                    raise
                self.not_stored[kind] += 1
                found = self.patiently(t.read)  # the server is back: did the write get in before the connection broke?
                there = not t.walk and plain(t.value(found)) == plain(t.logged(new, shown))
                self.log(t, "stored" if there else "unknown", shown, new)
                return
            self.log(t, "stored", shown, new)
            return

    def run(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                self.edit()
            except Exception:  # not a conflict, not a lost server: the test fails on it, with what it was
                self.errors.append(traceback.format_exc(limit=6))
                if len(self.errors) > 20:
                    break

    def report(self) -> dict:
        return dict(
            writer=self.name,
            writes=self.writes,
            asked=dict(self.asked),
            not_stored=dict(self.not_stored),
            reads_refused=self.reads_refused,
            errors=self.errors,
        )


def main(url: str, plan_json: str, name: str, seconds: float, seed: int, out: str) -> None:
    db = open_database(url)
    chair = Chair(db, targets(db, TemplateLibrary(templates_dir()), json.loads(plan_json)), name, seed)
    chair.run(seconds)
    db.dispose()
    with open(out, "w", encoding="utf-8") as f:
        json.dump(chair.report(), f, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5]), sys.argv[6])
