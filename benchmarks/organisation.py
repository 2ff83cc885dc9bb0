"""Benchmark: an organisation of 300 committees with 10 years of meetings each, on a PostgreSQL server started
here (tests/pg_cluster.py, as the tests do) and, as the baseline measured in the same run, in a SQLite file with the
very same rows. Three things a user waits for, each to stay under 0.5 s on the server (issue 16):

- opening a committee: the list of committees and meetings, the committee's årshjul and its handleplan's rows;
- the organisation's overview (every committee's annual discussion and open rows);
- the organisation's handleplan of open rows (its snapshot, what the PDF/XLSX are made from).

Not a test: nothing here asserts a time. `ratio` is the server's time over the file's.

    .venv/bin/python benchmarks/organisation.py [--committees 300] [--years 10] [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, text, update

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from pg_cluster import Cluster  # noqa: E402

from drøftelse.domain.annual import ANNUAL_KIND  # noqa: E402
from drøftelse.domain.template_library import TemplateLibrary  # noqa: E402
from drøftelse.paths import templates_dir  # noqa: E402
from drøftelse.services.listing import committees_with_meetings, year_ahead  # noqa: E402
from drøftelse.services.meetings import committee_actions  # noqa: E402
from drøftelse.services.organisation import overview  # noqa: E402
from drøftelse.store.database import open_database  # noqa: E402
from drøftelse.store.models import ActionItem, Answer, Committee, Meeting, Member, Participant  # noqa: E402
from drøftelse.store.organisation import organisation_handleplan_snapshot  # noqa: E402

TODAY = dt.date(2026, 11, 20)
LIMIT_S = 0.5
TEXT = "Vi inddrager medarbejderne på lageret & kontoret i at finde løsninger, der virker i hverdagen. "
WHEN = ("1. kvartal", "uge 12", "inden sommerferien", "3. kvartal", "ultimo marts", "")


def rows(committees: int, years: int) -> dict:
    """Every table's rows, with their numbers, the same for both databases."""
    now = dt.datetime(2026, 11, 20, 12, 0)
    out = {t: [] for t in ("committee", "member", "meeting", "participant", "answer", "action_item")}
    meeting_id = participant_id = answer_id = item_id = 0
    for c in range(1, committees + 1):
        out["committee"].append(dict(id=c, name=f"Udvalg {c:03d}", created_at=now, apv_date=dt.date(2024, 5, 1)))
        members = [(c - 1) * 3 + k for k in (1, 2, 3)]
        for k, mid in enumerate(members):
            out["member"].append(
                dict(id=mid, committee_id=c, name=f"Medlem {mid}", role=("Leder", "AMR", "AMR")[k], position=k + 1)
            )
        # a tenth of the committees let their annual discussion slip a year
        last_year = 2026 if c % 10 else 2025
        for y in range(last_year - years + 1, last_year + 1):
            for kind, month in ((ANNUAL_KIND, 3), ("kompetencedroeftelse", 9)):
                date = dt.date(y, month, 1 + c % 27)
                meeting_id += 1
                out["meeting"].append(
                    dict(
                        id=meeting_id,
                        committee_id=c,
                        kind=kind,
                        title=f"Møde {y}",
                        date=date,
                        place="Mødelokalet",
                        current_step="handleplan",
                        template_version=1,
                        created_at=now,
                        updated_at=now,
                        closed_at=None if y == last_year else now,
                    )
                )
                for k, member in enumerate(members):
                    participant_id += 1
                    out["participant"].append(
                        dict(
                            id=participant_id,
                            meeting_id=meeting_id,
                            member_id=member,
                            name=f"Medlem {member}",
                            role="AMR",
                            position=k + 1,
                        )
                    )
                    for box in ("styrke", "fokus"):
                        answer_id += 1
                        out["answer"].append(
                            dict(
                                id=answer_id,
                                meeting_id=meeting_id,
                                participant_id=participant_id,
                                step="forberedelse",
                                box=box,
                                text=TEXT,
                                source="typed",
                                updated_at=now,
                                version=1,
                            )
                        )
                for n in range(4):
                    item_id += 1
                    recent = y >= 2025
                    out["action_item"].append(
                        dict(
                            id=item_id,
                            committee_id=c,
                            meeting_id=meeting_id,
                            position=n + 1,
                            hvad=f"Punkt {n}: {TEXT}",
                            hvorfor=TEXT,
                            hvordan=TEXT,
                            hvornaar=WHEN[n % len(WHEN)],
                            hvornaar_dato=dt.date(y + 1, 1 + 3 * n, 1) if WHEN[n % len(WHEN)] else None,
                            hvem="Mette og Łukasz",
                            opfoelgning="Ved årlig drøftelse",
                            opfoelgning_dato=None,
                            status=("aaben", "i_gang")[n % 2] if recent else "gennemfoert",
                            priority=None,
                            result="",
                            created_at=now,
                            updated_at=now,
                        )
                    )
    return out


def fill(db, data: dict) -> None:
    models = dict(
        committee=Committee,
        member=Member,
        meeting=Meeting,
        participant=Participant,
        answer=Answer,
        action_item=ActionItem,
    )
    # the earlier years' meetings are closed after their rows are in: a closed meeting refuses new rows (0009)
    closed = [(r["id"], r["closed_at"]) for r in data["meeting"] if r.get("closed_at") is not None]
    with db.engine.begin() as conn:
        for table, model in models.items():
            columns = {c.name for c in model.__table__.columns} - {"closed_at"}
            batch = [{k: v for k, v in r.items() if k in columns} for r in data[table]]
            for i in range(0, len(batch), 5000):
                conn.execute(insert(model.__table__), batch[i : i + 5000])
        for i in range(0, len(closed), 5000):
            part = closed[i : i + 5000]
            conn.execute(update(Meeting).where(Meeting.id.in_([m for m, _ in part])).values(closed_at=part[0][1]))
        if db.dialect == "postgresql":  # the numbers were given: the sequences go on after them
            for table in models:
                conn.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
                )
                conn.execute(text(f"ANALYZE {table}"))


def timed(fn, repeat: int) -> float:
    fn()  # warm: connections made, modules loaded
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--committees", type=int, default=300)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    templates = TemplateLibrary(templates_dir())
    data = rows(args.committees, args.years)
    cluster = Cluster().start()
    try:
        cluster.sql("CREATE DATABASE organisation")
        with tempfile.TemporaryDirectory() as tmp:
            server, file = open_database(cluster.url("organisation")), open_database(Path(tmp) / "organisation.sqlite")
            for db in (server, file):
                fill(db, data)
            chosen = args.committees // 2

            def open_committee(db):
                return lambda: (
                    committees_with_meetings(db),
                    year_ahead(db, chosen, TODAY),
                    committee_actions(db, chosen),
                )

            def plan(db):
                def read():
                    with db.transaction():
                        return organisation_handleplan_snapshot(db, templates, TODAY)

                return read

            open_rows = len(plan(server)().rows)
            size = f"committees={args.committees} meetings={len(data['meeting'])} rows={len(data['action_item'])}"
            for name, make in (
                ("open_committee", open_committee),
                ("organisation_overview", lambda db: lambda: overview(db, TODAY)),
                ("organisation_handleplan_open_rows", plan),
            ):
                ours, base = timed(make(server), args.repeat), timed(make(file), args.repeat)
                verdict = "under" if ours < LIMIT_S else "OVER"
                print(
                    f"BENCH {name}_postgresql {ours * 1000:.0f} ms baseline={base * 1000:.0f} ms (same rows in SQLite) "
                    f"ratio={ours / base:.2f} {verdict} {LIMIT_S * 1000:.0f} ms {size} open_rows={open_rows}",
                    flush=True,
                )
            server.dispose()
            file.dispose()
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
