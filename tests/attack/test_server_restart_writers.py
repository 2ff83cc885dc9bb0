"""Issue 27, point 4: the server goes away while two chairs edit. Two chairs' apps (tests/random_writer.py) edit
every kind of shared data at random for DROEFTELSE_TWO_WRITERS_SECONDS (60 in .ci/run, 8 by default) while the
test stops their PostgreSQL server as a crash does (`pg_ctl stop -m immediate`) and starts it again after a few
seconds: once in a short run, twice in a minute. The writers survive it: an edit whose connection broke is never
logged as stored, and once the server is back they read and edit on. The same accounting as the two-writer test
(tests/edit_accounting.py): every value a chair was told was stored is in the database or was replaced by an
edit that saw it – 0 lost.

The server is the test's own (stopping the suite's shared one would break the other tests), and it keeps a
commit it acknowledged through such a stop (`crash_safe`: synchronous_commit on)."""

from __future__ import annotations

import os
import time

import pytest

from drøftelse.store.database import open_database
from drøftelse.store.demo import create_annual_demo

RANDOM_EDIT_SECONDS = float(os.environ.get("DROEFTELSE_TWO_WRITERS_SECONDS", "8"))
WRITERS_STARTING_S = 1.5  # a writer's process imports the app and connects before its first edit


def outages(seconds: float) -> list[tuple[float, float]]:
    """When (seconds into the edits) the server stops, and for how long: once in a short run, twice in 30 s or
    more, each time with edits before and after."""
    if seconds < 30:
        return [(seconds * 0.3, min(3.0, seconds * 0.3))]
    return [(seconds * 0.25, 5.0), (seconds * 0.6, 5.0)]


@pytest.fixture
def server():
    from pg_cluster import Cluster

    cluster = Cluster(crash_safe=True).start()
    yield cluster
    cluster.stop()


@pytest.mark.heavy  # the slow group (make test-slow): two writers for DROEFTELSE_TWO_WRITERS_SECONDS
def test_two_writers_lose_nothing_while_the_server_stops_and_starts_again(server, templates, tmp_path, capsys):
    import edit_accounting as accounting
    from random_writer import TODAY, plan_for

    server.sql('CREATE DATABASE "restart"')
    url = server.url("restart")
    db = open_database(url)
    plan = plan_for(db, create_annual_demo(db, templates, today=TODAY))
    before = accounting.values(db, templates, plan)
    walks = accounting.walk_targets(db, templates, plan)
    db.dispose()

    started = accounting.start_writers(url, plan, RANDOM_EDIT_SECONDS, tmp_path)
    begun = time.monotonic() + WRITERS_STARTING_S
    said = []
    for at, down in outages(RANDOM_EDIT_SECONDS):
        time.sleep(max(0.0, begun + at - time.monotonic()))
        server.stop(mode="immediate", remove=False)
        stopped = time.monotonic()
        time.sleep(down)
        server.start()
        said.append(f"stopped at {stopped - begun:.1f} s for {time.monotonic() - stopped:.1f} s")
    reports = accounting.finish_writers(started, RANDOM_EDIT_SECONDS)

    db = open_database(url)
    after = accounting.values(db, templates, plan)
    db.dispose()
    result = accounting.account(before, after, reports, walks)
    title = f"Two writers, {RANDOM_EDIT_SECONDS:g} s, the server stopped (-m immediate) and started again: "
    summary = accounting.table(result, title + "; ".join(said))
    refused = sum(r["reads_refused"] for r in reports)
    summary += f"\nreads refused while the server was away: {refused}"
    (tmp_path / "accounting.txt").write_text(summary, encoding="utf-8")
    with capsys.disabled():
        print("\n" + summary)
    assert result.errors == [], result.errors[0]
    assert result.lost == [], "\n".join(result.lost[:3])  # values told stored, then overwritten unseen
    assert result.broken == [], "\n".join(result.broken[:5])
    for kind, counts in result.kinds.items():
        assert counts["edits A"] > 0 and counts["edits B"] > 0, kind
    assert refused + sum(c["not stored"] for c in result.kinds.values()) > 0  # the writers did meet the outage
