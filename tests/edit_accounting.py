"""The accounting of the two-writer tests (issue 27, point 4): two chairs' apps (tests/random_writer.py) edit every
kind of shared data at random; afterwards every value a chair was told was stored must be in the database, or
have been replaced by an edit that saw it.

With compare-and-set, each stored write of a field saw the value stored before it, so the stored values of one
field form a chain: from the value before the run, each write's `seen` is the value of the write before it, to
the value stored at the end. Values are unique, so the chain is followed backwards from the end without choice.
A value told stored that is not on it was lost (overwritten by an edit that had not seen it); a link that no
stored edit explains is a broken chain. Both must be 0.

Verdicts, statuses, the meeting's form and the orders repeat their values: their stored edits, as steps from the
value seen to the value written, must make one walk from the value before to the value after, every step used
once (each chair writes only its half of the values, so a step told stored is never the other chair's). A step
that no walk can use is a lost value.

An edit whose connection broke (the server stopped) and whose value the writer did not find afterwards is
"unknown": it may have been stored and replaced before the writer looked. It counts as stored when the chain (or
the walk) needs it, else as not stored; it is never counted as lost.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from random_writer import plain, targets

HERE = Path(__file__).resolve().parent
KINDS = (
    "meeting settings",
    "participants",
    "goals",
    "verdicts",
    "verdict comments",
    "plan items",
    "training records",
    "hearing questions",
    "handleplan cells",
    "committee-plan cells",
    "answers",
)


def values(db, templates, plan: dict) -> dict[str, object]:
    """Every target's value as it is stored now, as the log keeps values."""
    return {t.name: plain(t.value(t.read())) for t in targets(db, templates, plan)}


def walk_targets(db, templates, plan: dict) -> set[str]:
    return {t.name for t in targets(db, templates, plan) if t.walk}


def start_writers(url: str, plan: dict, seconds: float, folder: Path) -> list[tuple[subprocess.Popen, Path]]:
    """Two chairs' apps, A and B: two processes, each with its own connections to the server."""
    started = []
    for name, seed in (("A", 1), ("B", 2)):
        out = folder / f"writer-{name}.json"
        args = [sys.executable, str(HERE / "random_writer.py"), url, json.dumps(plan), name, str(seconds), str(seed)]
        started.append((subprocess.Popen([*args, str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE), out))
    return started


def finish_writers(started, seconds: float) -> list[dict]:
    reports = []
    for process, out in started:
        _, err = process.communicate(timeout=seconds + 180)
        assert process.returncode == 0, err.decode(errors="replace")
        reports.append(json.loads(out.read_text(encoding="utf-8")))
    return reports


def _key(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


@dataclass
class Field:
    """What the check found for one target."""

    lost: list = field(default_factory=list)  # writes told stored that are not in the chain or walk
    broken: list[str] = field(default_factory=list)  # links no stored edit explains
    unknown_stored: int = 0  # edits of unknown outcome that the chain needs: they had been stored


def chain(first, last, writes: list[dict]) -> Field:
    """Unique values: follow the chain back from the value stored at the end to the value before the run."""
    found = Field()
    producer = {}
    for w in writes:
        if _key(w["new"]) in producer:
            found.broken.append(f"the value {w['new']!r} was written twice: values are not unique")
        producer[_key(w["new"])] = w
    on_chain: set[int] = set()
    value = last
    while _key(value) != _key(first):
        w = producer.get(_key(value))
        if w is None or id(w) in on_chain:
            found.broken.append(f"{value!r} is stored or was seen, but no edit told stored (or unknown) wrote it")
            break
        on_chain.add(id(w))
        value = w["seen"]
    found.lost = [w for w in writes if w["outcome"] == "stored" and id(w) not in on_chain]
    found.unknown_stored = sum(1 for w in writes if w["outcome"] == "unknown" and id(w) in on_chain)
    return found


def _imbalance(first, last, steps: list[tuple[str, str]]) -> tuple[int, bool]:
    """How many steps too many leave some value (0 for a walk), and whether the steps hang together from `first`."""
    balance = Counter()
    for seen, new in steps:
        balance[seen] += 1
        balance[new] -= 1
    if first != last:
        balance[first] -= 1
        balance[last] += 1
    excess = sum(max(0, b) for b in balance.values())
    if not steps:
        return excess, first == last
    linked = defaultdict(set)
    for seen, new in steps:
        linked[seen].add(new)
        linked[new].add(seen)
    reached, todo = {first}, [first]
    while todo:
        for nxt in linked[todo.pop()] - reached:
            reached.add(nxt)
            todo.append(nxt)
    return excess, all(seen in reached for seen, _ in steps)


def _same_value_twice(writes: list[dict]) -> str:
    """The evidence: both chairs stored a step from the same value, the second after the first had replaced it."""
    stored = sorted((w for w in writes if w["outcome"] == "stored"), key=lambda w: w["t"])
    pairs = [
        f"{a['writer']} stored {a['seen']} -> {a['new']}, then {b['writer']} {1000 * (b['t'] - a['t']):.0f} ms later "
        f"{b['seen']} -> {b['new']}"
        for a, b in zip(stored, stored[1:], strict=False)
        if a["seen"] == b["seen"] and a["writer"] != b["writer"]
    ]
    return f"{len(pairs)} times a step from a value the other chair had just replaced: " + "; ".join(pairs[:3])


def walk(first, last, writes: list[dict]) -> Field:
    """Repeating values: the stored steps (and any of the unknown ones) make one walk from `first` to `last`."""
    found = Field()
    step = lambda w: (_key(w["seen"]), _key(w["new"]))  # noqa: E731
    stored = [step(w) for w in writes if w["outcome"] == "stored"]
    unknown = [step(w) for w in writes if w["outcome"] == "unknown"]
    if len(unknown) > 12:
        found.broken.append(f"{len(unknown)} edits of unknown outcome on one value: too many to try")
        return found
    for k in range(len(unknown) + 1):
        for chosen in combinations(unknown, k):
            excess, linked = _imbalance(_key(first), _key(last), stored + list(chosen))
            if excess == 0 and linked:
                found.unknown_stored = k
                return found
    excess, linked = _imbalance(_key(first), _key(last), stored)
    found.lost = [f"no walk uses every stored step; {_same_value_twice(writes)}"] * max(excess, 1)
    if not linked:
        found.broken.append("stored steps that do not hang together with the value before the run")
    return found


@dataclass
class Accounting:
    kinds: dict[str, Counter]
    lost: list[str]
    broken: list[str]
    errors: list[str]


def account(before: dict, after: dict, reports: list[dict], walks: set[str]) -> Accounting:
    """Per kind of data: edits, stored, conflicts asked, answered by the question ("keep theirs"), attempts the
    server did not take, edits of unknown outcome (and how many of them had been stored), and values lost."""
    kinds = {k: Counter() for k in KINDS}
    by_target = defaultdict(list)
    for report in reports:
        for w in report["writes"]:
            w["writer"] = report["writer"]
            by_target[w["target"]].append(w)
            kinds[w["kind"]]["edits"] += 1
            kinds[w["kind"]][w["outcome"]] += 1
            kinds[w["kind"]][f"edits {report['writer']}"] += 1
        for kind, n in report["asked"].items():
            kinds[kind]["asked"] += n
        for kind, n in report["not_stored"].items():
            kinds[kind]["not stored"] += n
    lost, broken = [], []
    kind_of = {w["target"]: w["kind"] for ws in by_target.values() for w in ws}
    for name, writes in by_target.items():
        written = [w for w in writes if w["outcome"] in ("stored", "unknown")]
        found = (walk if name in walks else chain)(before[name], after[name], written)
        kinds[kind_of[name]]["lost"] += len(found.lost)
        kinds[kind_of[name]]["unknown, found stored"] += found.unknown_stored
        lost += [f"{name}: {w}" for w in found.lost]
        broken += [f"{name}: {b}" for b in found.broken]
    for name in set(before) - set(by_target):  # not edited at all: it must be as it was
        if _key(before[name]) != _key(after[name]):
            broken.append(f"{name}: changed from {before[name]!r} to {after[name]!r} by no edit")
    errors = [e for report in reports for e in report["errors"]]
    return Accounting(kinds, lost, broken, errors)


def table(result: Accounting, title: str) -> str:
    columns = ("edits", "stored", "asked", "theirs", "not stored", "unknown", "unknown, found stored", "lost")
    heads = ("edits", "stored", "conflicts asked", "kept theirs", "connection lost", "unknown", "found stored", "lost")
    width = max(len(k) for k in KINDS)

    def line(label: str, counts: Counter) -> str:
        return f"{label:<{width}}  " + "  ".join(
            f"{counts[c]:>{max(len(h), 6)}}" for c, h in zip(columns, heads, strict=True)
        )

    total = Counter()
    for kind in KINDS:
        total.update(result.kinds[kind])
    rows = [line(kind, result.kinds[kind]) for kind in KINDS]
    head = f"{'kind of data':<{width}}  " + "  ".join(f"{h:>{max(len(h), 6)}}" for h in heads)
    return "\n".join([title, head, *rows, line("all", total)])
