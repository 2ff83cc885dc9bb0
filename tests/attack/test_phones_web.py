"""The phone's pages with bad input (issue 30): every limit — size, rate, count per code — tried, unknown and revoked
codes, escaping, a closed meeting, and that an anonymous answer keeps no device, address or time. Flask's test
client drives the app the server runs; tests/end_to_end/test_phones_browser.py drives the same pages in a real
browser."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import pytest

from drøftelse.domain import phones as rules
from drøftelse.domain.actions import ActionFields
from drøftelse.domain.hearing import Question
from drøftelse.services import hearing, meetings, phones
from drøftelse.store import action_items as action_store
from drøftelse.store import meetings as store
from drøftelse.web.app import COOKIE, make_app
from drøftelse.web.rate_limit import RateLimiter
from drøftelse.web.server import PhoneServer


@pytest.fixture
def competence(db, templates):
    template = templates.get("kompetencedroeftelse")
    mid = store.create_meeting(db, store.create_committee(db, "AMO"), template, "Kompetencer", dt.date(2026, 11, 20))
    for name in ("Mette", "Łukasz"):
        store.add_participant(db, mid, name)
    return mid


@pytest.fixture
def served(db, templates, competence):
    server = PhoneServer(db, templates, competence, lang="da")  # not started: the test client calls the app
    return server, make_app(server).test_client()


def status_text(response) -> str:
    found = re.search(r'role="status">(.*?)</section>', response.get_data(as_text=True), re.S)
    return found.group(1) if found else response.get_data(as_text=True)


def joined(server, client):
    link = phones.link_for(server.db, server.meeting_id, phones.ROOM)
    assert client.get(f"/r/{link.code}").status_code == 200
    return link


def test_a_code_that_is_unknown_malformed_revoked_or_of_another_kind_finds_nothing(served, db, competence):
    server, client = served
    room = phones.link_for(db, competence, phones.ROOM)
    person = phones.link_for(db, competence, phones.PREPARATION, meetings.participants(db, competence)[0].id)
    for path in (
        "/r/" + "a" * 26,  # well formed, unknown
        "/r/abc",  # too short
        "/r/" + "A" * 5000,  # long
        "/r/<script>alert(1)</script>",
        f"/f/{room.code}",  # the room's code on a forberedelse path
        f"/h/{person.code}",
    ):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Linket virker ikke" in response.get_data(as_text=True)
        assert "<script>alert" not in response.get_data(as_text=True)
    phones.revoke(db, room.id)
    assert client.get(f"/r/{room.code}").status_code == 404
    assert client.get(f"/r/{rules.grouped(person.code).upper()}").status_code == 404  # typed, but of another kind
    assert client.get(f"/f/{rules.grouped(person.code).upper()}").status_code == 200  # typed in groups, capitals


def test_a_link_of_another_meeting_is_refused(served, db, templates, competence):
    server, client = served
    other = store.create_meeting(
        db, store.create_committee(db, "B"), templates.get("kompetencedroeftelse"), "Andet", dt.date(2026, 1, 1)
    )
    link = phones.link_for(db, other, phones.ROOM)
    assert client.get(f"/r/{link.code}").status_code == 404


def test_every_page_carries_the_safety_headers(served):
    server, client = served
    link = joined(server, client)
    response = client.get(f"/r/{link.code}")
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Cache-Control"] == "no-store"
    cookie = response.headers.get("Set-Cookie", "") or ""
    first = client.get("/r/" + link.code)
    assert first.status_code == 200
    assert cookie == "" or "HttpOnly" in cookie


def test_an_idea_is_escaped_limited_in_size_and_count_and_needs_the_chairs_signal(served, db, competence):
    server, client = served
    link = joined(server, client)
    refused = client.post(f"/r/{link.code}/ide", data={"tekst": "for tidligt"})
    assert refused.status_code == 409  # no question shown yet: ideas wait for the chairs' signal
    server.room.show_question("enige", "<b>Spørgsmålet</b>", ["<i>linje</i>"], ideas=True)
    page = client.get(f"/r/{link.code}").get_data(as_text=True)
    assert "&lt;b&gt;Spørgsmålet&lt;/b&gt;" in page and "<b>Spørgsmålet" not in page
    evil = '</textarea><script>alert("x")</script> & 😀'
    assert client.post(f"/r/{link.code}/ide", data={"tekst": evil}).status_code == 303
    assert [i.text for i in phones.ideas(db, competence)] == [evil]  # stored as typed, shown escaped
    too_long = client.post(f"/r/{link.code}/ide", data={"tekst": "x" * (rules.MAX_IDEA + 1)})
    assert too_long.status_code == 400 and "for lang" in status_text(too_long)
    empty = client.post(f"/r/{link.code}/ide", data={"tekst": "   "})
    assert empty.status_code == 400
    for n in range(rules.MAX_IDEAS_PER_PHONE - 1):
        server.room.idea_counts.clear() if n == 15 else None  # stay under the rate limit's 20 a minute
        client.post(f"/r/{link.code}/ide", data={"tekst": f"idé {n}"})
    server.room.idea_counts[(client.get_cookie(COOKIE).value, "enige")] = rules.MAX_IDEAS_PER_PHONE
    server_limit = client.post(f"/r/{link.code}/ide", data={"tekst": "en for meget"})
    assert server_limit.status_code in (400, 429)


def test_a_phone_without_its_cookie_cannot_send(served):
    server, client = served
    link = phones.link_for(server.db, server.meeting_id, phones.ROOM)
    server.room.show_question("enige", "Q", [], ideas=True)
    assert client.post(f"/r/{link.code}/ide", data={"tekst": "hej"}).status_code == 403
    client.set_cookie(COOKIE, "made-up-token")
    assert client.post(f"/r/{link.code}/ide", data={"tekst": "hej"}).status_code == 403


def test_the_rate_limit_answers_429_and_lets_the_phone_go_on_later():
    now = [0.0]
    limiter = RateLimiter(3, 60.0, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b")  # another phone is not held back
    now[0] = 61.0
    assert limiter.allow("a")


def test_sends_past_the_rate_limit_are_refused(served):
    server, client = served
    link = joined(server, client)
    server.room.show_question("enige", "Q", [], ideas=True)
    codes = [client.post(f"/r/{link.code}/ide", data={"tekst": f"{n}"}).status_code for n in range(25)]
    assert codes[: rules.RATE_WRITES[0]] == [303] * rules.RATE_WRITES[0]
    assert set(codes[rules.RATE_WRITES[0] :]) == {429}


def test_a_body_too_large_or_with_too_many_fields_is_refused_whole(served, db, competence):
    server, client = served
    person = meetings.participants(db, competence)[0]
    link = phones.link_for(db, competence, phones.PREPARATION, person.id)
    big = client.post(f"/f/{link.code}", data={"boks-opgaver": "x" * (rules.MAX_BODY + 10)})
    assert big.status_code == 413 and "for stort" in big.get_data(as_text=True)
    many = client.post(f"/f/{link.code}", data={f"f{n}": "x" for n in range(rules.MAX_FIELDS + 50)})
    assert many.status_code == 413
    too_long = client.post(
        f"/f/{link.code}", data={"boks-opgaver": "x" * 100_001, "version-opgaver": "0"}
    )  # under the body's limit, over the box's: the window's limit
    assert too_long.status_code == 400 and "100.000" in status_text(too_long)
    assert meetings.answers(db, competence) == {}


def test_dots_are_three_each_only_on_the_vote_s_rows_and_counted_with_the_row(served, db, competence):
    server, client = served
    rows = [action_store.add_action_item(db, competence, ActionFields(hvad=f"Række {n}")) for n in range(3)]
    link = joined(server, client)
    assert client.post(f"/r/{link.code}/prik", data={"raekke": rows[0]}).status_code == 409  # no vote running
    server.room.start_vote(phones.next_round(db, competence), phones.vote_rows(db, competence, rows[:2]))
    for _ in range(3):
        assert client.post(f"/r/{link.code}/prik", data={"raekke": rows[0]}).status_code == 303
    fourth = client.post(f"/r/{link.code}/prik", data={"raekke": rows[1]})
    assert fourth.status_code == 409 and "alle dine prikker" in status_text(fourth)
    assert client.post(f"/r/{link.code}/prik", data={"raekke": rows[2]}).status_code == 409  # not in the vote
    assert client.post(f"/r/{link.code}/prik", data={"raekke": "abc"}).status_code == 400
    assert client.post(f"/r/{link.code}/prik", data={"raekke": rows[0], "delta": "-1"}).status_code == 303
    assert client.post(f"/r/{link.code}/prik", data={"raekke": rows[1], "delta": "-1"}).status_code == 409
    assert phones.vote_totals(db, competence, server.room.vote.round) == {rows[0]: 2}
    assert phones.dots_by_row(db, competence) == {rows[0]: 2}
    server.room.stop_vote()
    assert client.post(f"/r/{link.code}/prik", data={"raekke": rows[1]}).status_code == 409


def test_forberedelse_from_a_phone_is_stored_or_waits_for_the_chairs_choice(served, db, templates, competence):
    server, client = served
    person = meetings.participants(db, competence)[0]
    link = phones.link_for(db, competence, phones.PREPARATION, person.id)
    page = client.get(f"/f/{link.code}").get_data(as_text=True)
    assert "Forberedelsesark – Mette" in page
    sent = client.post(
        f"/f/{link.code}", data={"boks-opgaver": "</textarea><b>Kemi</b>", "version-opgaver": "0", "boks-ukendt": "x"}
    )
    assert sent.status_code == 303 and sent.headers["Location"].endswith("gemt=1")
    assert meetings.answers(db, competence) == {(person.id, "forberedelse", "opgaver"): "</textarea><b>Kemi</b>"}
    shown = client.get(f"/f/{link.code}").get_data(as_text=True)
    assert "&lt;/textarea&gt;&lt;b&gt;Kemi&lt;/b&gt;" in shown and "<b>Kemi" not in shown
    # a chair types meanwhile; the phone sends on the version it showed: nothing is overwritten
    meetings.set_answer(db, competence, person.id, "forberedelse", "opgaver", "Skrevet af formanden")
    later = client.post(f"/f/{link.code}", data={"boks-opgaver": "Fra telefonen", "version-opgaver": "1"})
    assert later.headers["Location"].endswith("gemt=venter")
    assert meetings.answers(db, competence)[(person.id, "forberedelse", "opgaver")] == "Skrevet af formanden"
    (waiting,) = server.room.take_waiting()
    assert [(c.box, c.current, c.new, c.state) for c in waiting.changes] == [
        ("opgaver", "Skrevet af formanden", "Fra telefonen", "konflikt")
    ]


def test_a_hearing_link_counts_once_and_keeps_no_device_address_or_time(served, db, templates):
    server, _ = served
    template = templates.get("aarlig_arbejdsmiljoedroeftelse")
    mid = store.create_meeting(db, store.create_committee(db, "C"), template, "Årlig", dt.date(2026, 12, 1))
    asked = hearing.save_questions(db, templates, mid, hearing.questions(db, templates, mid)[:2])
    server.meeting_id = mid
    client = make_app(server).test_client()
    first, second = phones.hearing_links(db, templates, mid, 2)
    key = f"q{asked[0].id}"
    assert client.post(f"/h/{first.code}", data={key: "<script>svar</script>"}).status_code == 200
    again = client.post(f"/h/{first.code}", data={key: "igen"})
    assert again.status_code == 409  # each code once, as a høringsark's
    assert client.post(f"/h/{second.code}", data={key: "   "}).status_code == 400  # empty: nothing to store
    said = hearing.summary(db, mid)
    assert (said.responses, said.handed_out) == (1, 2)
    assert [a.text for a in said.answers] == ["<script>svar</script>"]
    with sqlite3.connect(db.path) as conn:
        (created,) = conn.execute("SELECT created_at FROM hearing_response").fetchone()
        columns = {
            r[1]
            for t in ("room_idea", "room_vote", "hearing_response")
            for r in conn.execute(f"PRAGMA table_info({t})")
        }
    assert created.endswith("00:00:00.000000")  # the day only
    assert not {"address", "ip", "device", "user_agent", "token"} & columns


def test_a_closed_meeting_takes_nothing_from_a_phone(served, db, competence):
    server, client = served
    person = meetings.participants(db, competence)[0]
    link = phones.link_for(db, competence, phones.PREPARATION, person.id)
    room = joined(server, client)
    server.room.show_question("enige", "Q", [], ideas=True)
    meetings.update_meeting(db, competence, closed_at=dt.datetime(2026, 11, 20, 12))
    page = client.get(f"/f/{link.code}").get_data(as_text=True)
    assert "Mødet er afsluttet" in page and "<textarea" not in page
    refused = client.post(f"/f/{link.code}", data={"boks-opgaver": "sent", "version-opgaver": "0"})
    assert refused.status_code == 400 and "afsluttet" in status_text(refused)
    assert client.post(f"/r/{room.code}/ide", data={"tekst": "idé"}).status_code == 400
    assert meetings.answers(db, competence) == {} and phones.ideas(db, competence) == []


def test_hearing_links_have_a_ceiling(db, templates):
    template = templates.get("aarlig_arbejdsmiljoedroeftelse")
    mid = store.create_meeting(db, store.create_committee(db, "C"), template, "Årlig", dt.date(2026, 12, 1))
    with pytest.raises(rules.DroeftelseError):
        phones.hearing_links(db, templates, mid, rules.MAX_HEARING_LINKS + 1)
    with pytest.raises(rules.DroeftelseError):
        phones.hearing_links(db, templates, mid, 0)


def test_codes_are_128_bits_and_never_repeat():
    codes = {rules.new_code() for _ in range(2000)}
    assert len(codes) == 2000 and all(rules.looks_like_code(c) for c in codes)
    assert len(next(iter(codes))) * 5 >= 128


def test_the_hearing_answers_asked_before_any_question_is_stored(served, db, templates):
    server, _ = served
    template = templates.get("aarlig_arbejdsmiljoedroeftelse")
    mid = store.create_meeting(db, store.create_committee(db, "C"), template, "Årlig", dt.date(2026, 12, 1))
    assert phones.hearing_form(db, templates, mid) == ()  # only proposals: the chairs have not made the hearing
    hearing.save_questions(db, templates, mid, [Question("indhold", "Hvad?"), Question("viden", "Hvordan?")])
    assert [q.text for q in phones.hearing_form(db, templates, mid)] == ["Hvad?", "Hvordan?"]


def test_the_pages_speak_the_meeting_s_language(db, templates, competence):
    server = PhoneServer(db, templates, competence, lang="en")
    client = make_app(server).test_client()
    person = meetings.participants(db, competence)[0]
    link = phones.link_for(db, competence, phones.PREPARATION, person.id)
    page = client.get(f"/f/{link.code}").get_data(as_text=True)
    assert 'lang="en"' in page and "Preparation sheet – Mette" in page and "Save and send to the chairs" in page
    assert "The link does not work" in client.get("/r/" + "a" * 26).get_data(as_text=True)
