"""Benchmark: 60 simulated phones in the room for 2 minutes (issue 30), on loopback only. The chairs' window is open on
the meeting (offscreen), with the phone panel running the server, the step's question shown on the phones and a
dot-vote on the handleplan's rows; the projector (F5) is open and follows every idea and dot. Each phone, in a child
process of its own threads, joins through the room's link, then sends an idea and moves a dot about every 8 s (each
followed by its page, as a browser does) and asks every 3 s whether the room changed.

Figures: answers sent and answers stored (0 lost), dots each phone ended with against the dots stored, the p99 and
largest time to answer an idea, the window's longest block (a 5 ms QTimer's longest gap, minus its interval), and
the same timer over the idle window before the phones came (the baseline, same run). Every request loop is bounded
in count and time, and stops by itself.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/phones_load.py [--phones 60] [--seconds 120]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
LOOPBACK = ("127.0.0.1", "localhost", "::1")


# --- the phones (a child process: no Qt, no database; only HTTP to loopback)
def phone(url: str, seconds: float, number: int, rows: list[int], out: dict, lock: threading.Lock) -> None:
    parts = urlsplit(url)
    assert parts.hostname in LOOPBACK, "the load goes to this machine only"
    rnd = random.Random(number)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    cookie = ""
    answers, answer_times, errors, dots = 0, [], [], {}
    requests = 0

    def call(method: str, path: str, body: dict | None = None) -> tuple[int, float]:
        nonlocal cookie, requests, conn
        requests += 1
        headers = {"Cookie": cookie} if cookie else {}
        data = None
        if body is not None:
            data = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        start = time.perf_counter()
        try:
            conn.request(method, path, data, headers)
            response = conn.getresponse()
            response.read()
        except (OSError, http.client.HTTPException) as e:
            conn.close()
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
            errors.append(f"{method} {path.split('/')[-1]}: {e!r}")
            return 0, time.perf_counter() - start
        took = time.perf_counter() - start
        set_cookie = response.getheader("Set-Cookie")
        if set_cookie:
            cookie = set_cookie.split(";", 1)[0]
        if response.status >= 500 or response.status == 429:
            errors.append(f"{method} {path.split('/')[-1]}: {response.status}")
        return response.status, took

    room = parts.path
    time.sleep(rnd.uniform(0, 2))  # the room does not scan the code in the same millisecond
    call("GET", room)
    end = time.monotonic() + seconds
    next_write, next_poll, n = time.monotonic() + rnd.uniform(0, 4), time.monotonic() + 3, 0
    while time.monotonic() < end and requests < 10_000:
        now = time.monotonic()
        if now >= next_write:
            n += 1
            status, took = call("POST", room + "/ide", {"tekst": f"Telefon {number}, idé {n}: mere ro ved maskinerne"})
            if status == 303:
                answers += 1
                answer_times.append(took)
                call("GET", room)
            row = rows[rnd.randrange(len(rows))]
            delta = -1 if dots.get(row, 0) > 0 and (sum(dots.values()) >= 3 or rnd.random() < 0.3) else 1
            if delta > 0 and sum(dots.values()) >= 3:
                delta = 0
            if delta:
                status, _ = call("POST", room + "/prik", {"raekke": row, "delta": delta})
                if status == 303:
                    dots[row] = dots.get(row, 0) + delta
                    call("GET", room)
            next_write = now + rnd.uniform(6, 10)
        if now >= next_poll:
            call("GET", room + "/tilstand")
            next_poll = now + 3
        time.sleep(0.05)
    conn.close()
    with lock:
        out["answers"] += answers
        out["answer_times"] += answer_times
        out["errors"] += errors
        out["requests"] += requests
        for row, d in dots.items():
            out["dots"][str(row)] = out["dots"].get(str(row), 0) + d


def phones_main(url: str, phones: int, seconds: float, rows: list[int]) -> None:
    out = {"answers": 0, "answer_times": [], "errors": [], "requests": 0, "dots": {}}
    lock = threading.Lock()
    threads = [
        threading.Thread(target=phone, args=(url, seconds, n, rows, out, lock), daemon=True) for n in range(phones)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 60)
    print(json.dumps(out))


# --- the laptop: the window, the server, the projector
def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run(phones: int, seconds: float, quiet: bool = False) -> dict:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from drøftelse.domain.template_library import TemplateLibrary
    from drøftelse.paths import templates_dir
    from drøftelse.services import meetings
    from drøftelse.services import phones as phone_service
    from drøftelse.services.database import open_database
    from drøftelse.ui.app import open_main_window, setup_application

    setup_application(app, catch_errors=False)
    folder = Path(tempfile.mkdtemp(prefix="phones-load-"))
    db = open_database(folder / "load.sqlite")
    templates = TemplateLibrary(templates_dir())
    meeting = meetings.create_demo(db, templates)
    for n in range(7):
        meetings.add_action_item(db, meeting, meetings.ActionFields(hvad=f"Forslag {n + 4} fra rundens noter"))
    db.dispose()

    window = open_main_window(folder / "load.sqlite")
    window.resize(1366, 768)
    window.show()
    window.open_meeting(meeting)
    view = window.view
    view.go_to_step("handleplan")
    panel = view.open_phones()
    assert panel.start_server(host="127.0.0.1", port=0)
    panel.show_question.setChecked(True)
    assert panel.start_vote()
    view.toggle_presentation()
    rows = [r for r, _ in panel.server.room.vote.rows]
    settle = QEventLoop()
    QTimer.singleShot(1500, settle.quit)  # the first paint of the window and the projector is not the load's
    settle.exec()
    if os.environ.get("PHONES_LOAD_TRACE"):
        _trace(panel, view)

    def gaps(run_for: float, work=None) -> float:
        clock, times = QElapsedTimer(), []
        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(lambda: times.append(clock.elapsed()))
        clock.start()
        timer.start()
        loop = QEventLoop()
        if work is not None:
            work(loop)
        else:
            QTimer.singleShot(int(run_for * 1000), loop.quit)
        loop.exec()
        timer.stop()
        return max((b - a for a, b in zip(times, times[1:], strict=False)), default=0) - 5

    idle_block = gaps(min(10.0, seconds / 4))
    child = subprocess.Popen(
        [sys.executable, __file__, "--as-phones", panel.room_url(), str(phones), str(seconds), json.dumps(rows)],
        stdout=subprocess.PIPE,
        text=True,
    )

    def until_done(loop) -> None:
        check = QTimer(loop)
        check.setInterval(100)
        check.timeout.connect(lambda: child.poll() is not None and loop.quit())
        check.start()

    block = gaps(seconds, until_done)
    result = json.loads(child.stdout.read() or "{}")
    child.wait(30)
    panel.poll()
    stored_ideas = len(phone_service.ideas(db, meeting))
    stored_dots = phone_service.vote_totals(db, meeting, panel.server.room.vote.round)
    sent_dots = {int(k): v for k, v in result["dots"].items() if v}
    window.close_meeting()
    window.close()
    return {
        "answers_sent": result["answers"],
        "answers_stored": stored_ideas,
        "answers_lost": result["answers"] - stored_ideas,
        "dots_match": {k: v for k, v in stored_dots.items() if v} == sent_dots,
        "dots": sum(sent_dots.values()),
        "errors": result["errors"],
        "requests": result["requests"],
        "p99_ms": percentile(result["answer_times"], 99) * 1000,
        "max_ms": max(result["answer_times"], default=0) * 1000,
        "median_ms": percentile(result["answer_times"], 50) * 1000,
        "block_ms": block,
        "idle_block_ms": idle_block,
    }


def _trace(panel, view) -> None:
    """PHONES_LOAD_TRACE=1: the longest call of each thing the window does on its own while the phones send."""
    import atexit

    longest: dict[str, float] = {}

    def wrap(obj, name):
        inner = getattr(obj, name)

        def timed(*a, **k):
            start = time.perf_counter()
            try:
                return inner(*a, **k)
            finally:
                key = f"{type(obj).__name__}.{name}"
                longest[key] = max(longest.get(key, 0), (time.perf_counter() - start) * 1000)

        setattr(obj, name, timed)

    for obj, name in ((panel, "poll"), (panel, "refresh"), (view, "refresh_presentation"), (view.live, "poll")):
        wrap(obj, name)
    for name in ("_fill_ideas", "_fill_results", "_fill_people", "_fill_hearing", "presentation"):
        wrap(panel, name)
    atexit.register(lambda: print({k: round(v, 1) for k, v in longest.items()}, file=sys.stderr))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--as-phones":
        phones_main(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), json.loads(sys.argv[5]))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--phones", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=120)
    args = parser.parse_args()
    from bench_line import bench

    r = run(args.phones, args.seconds)
    bench("phones_answers_sent", r["answers_sent"], "answers", note=f"{args.phones} phones, {args.seconds:g} s")
    bench("phones_answers_lost", r["answers_lost"], "answers", target="<= 0")
    bench("phones_requests", r["requests"], "requests", note=f"{len(r['errors'])} errors: {r['errors'][:3]}")
    bench("phones_dots_stored_as_sent", 1.0 if r["dots_match"] else 0.0, "bool", note=f"{r['dots']} dots")
    bench("phones_answer_p99", r["p99_ms"], "ms", target="< 200", note=f"median {r['median_ms']:.1f} ms")
    bench("phones_answer_max", r["max_ms"], "ms")
    bench("phones_window_longest_block", r["block_ms"], "ms", baseline=r["idle_block_ms"], target="< 50")


if __name__ == "__main__":
    main()
