"""Two years of one committee's meetings built through the store: the 2026 annual discussion sees 2025's goals
and every row still open, judges them, sets new goals and a kompetenceudviklingsplan, and is refused closing
until every legal point has an entry."""

import datetime as dt

import pytest

from drøftelse.domain.actions import ActionFields, Status
from drøftelse.domain.annual import Verdict, ordered_steps
from drøftelse.services import annual, listing
from drøftelse.store import action_items as action_store
from drøftelse.store import meetings as store


@pytest.fixture
def db(any_db):  # issue 16: each test here runs on a SQLite file and on a PostgreSQL database (conftest.any_db)
    return any_db


ANNUAL = "aarlig_arbejdsmiljoedroeftelse"


@pytest.fixture
def history(db, templates):
    """2025: annual discussion (two goals, two rows) and a kompetencedrøftelse (one row); 2026: the new one."""
    cid = store.create_committee(db, "AMO Lager & Logistik")
    t_annual, t_comp = templates.get(ANNUAL), templates.get("kompetencedroeftelse")
    a25 = store.create_meeting(db, cid, t_annual, "Årlig drøftelse 2025", dt.date(2025, 11, 12))
    g1 = annual.add_goal(db, a25, "Færre løft over 15 kg ved varemodtagelsen")
    g2 = annual.add_goal(db, a25, "Alle nye får introduktion til truckkørsel")
    r1 = action_store.add_action_item(
        db, a25, ActionFields(hvad="Løftevogne til rampe 2", hvem="Søren", hvornaar="1. kvartal")
    )
    r2 = action_store.add_action_item(
        db, a25, ActionFields(hvad="Støjmåling i pakkeriet", hvem="Zofia Wójcik", status=Status.GENNEMFOERT)
    )
    k26 = store.create_meeting(db, cid, t_comp, "Kompetencedrøftelse 2026", dt.date(2026, 3, 4))
    r3 = action_store.add_action_item(db, k26, ActionFields(hvad="Kursus i konflikthåndtering", status=Status.I_GANG))
    store.set_answer(db, k26, None, "kompetencer", "egen", "- Łukasz: kursus i ergonomi\n- Fælles temadag om stress")
    a26 = store.create_meeting(db, cid, t_annual, "Årlig drøftelse 2026", dt.date(2026, 11, 20))
    later = store.create_meeting(db, cid, t_comp, "Kompetencedrøftelse 2027", dt.date(2027, 3, 1))
    action_store.add_action_item(db, later, ActionFields(hvad="Fra fremtiden"))
    return dict(cid=cid, a25=a25, a26=a26, k26=k26, g1=g1, g2=g2, r1=r1, r2=r2, r3=r3)


def test_last_years_goals_and_every_open_row_are_carried_over(db, history):
    ev = annual.evaluation(db, history["a26"])
    assert ev.previous == "Årlig drøftelse 2025 (12.11.2025)"
    assert [g.text for g in ev.goals] == [
        "Færre løft over 15 kg ved varemodtagelsen",
        "Alle nye får introduktion til truckkørsel",
    ]
    # Open rows from both earlier meetings (the kompetencedrøftelse too); not the done one, not a later meeting's
    assert [r.text for r in ev.rows] == ["Løftevogne til rampe 2", "Kursus i konflikthåndtering"]
    assert ev.rows[1].origin == "Kompetencedrøftelse 2026 (4.3.2026)"
    assert ev.judged == 0


def test_verdicts_update_the_rows_status_and_can_be_taken_back(db, history):
    a26, r1, r3 = history["a26"], history["r1"], history["r3"]
    annual.set_verdict(db, a26, Verdict.NAAET, "Leveret i februar", action_item_id=r1)
    annual.set_verdict(db, a26, "opgivet", "Kurset blev aflyst", action_item_id=r3)
    annual.set_verdict(db, a26, Verdict.DELVIST, "Halvdelen", goal_id=history["g1"])
    status = {i.id: i.status for m in (history["a25"], history["k26"]) for i in action_store.action_items(db, m)}
    assert status[r1] == "gennemfoert" and status[r3] == "opgivet"
    ev = annual.evaluation(db, a26)
    # Judged rows stay on this meeting's list although they are no longer open
    assert [(r.text, r.verdict, r.comment) for r in ev.rows] == [
        ("Løftevogne til rampe 2", Verdict.NAAET, "Leveret i februar"),
        ("Kursus i konflikthåndtering", Verdict.OPGIVET, "Kurset blev aflyst"),
    ]
    assert ev.goals[0].verdict == Verdict.DELVIST and ev.judged == 3
    annual.set_verdict(db, a26, Verdict.IKKE_NAAET, action_item_id=r3)  # a change of mind keeps the comment
    annual.set_verdict(db, a26, None, action_item_id=r1)
    status = {i.id: i.status for m in (history["a25"], history["k26"]) for i in action_store.action_items(db, m)}
    assert status[r1] == "aaben"  # its status from before the verdict
    assert status[r3] == "aaben"
    assert annual.evaluation(db, a26).rows[1].comment == "Kurset blev aflyst"


def test_a_second_year_evaluates_the_goals_set_the_year_before(db, history, templates):
    a26 = history["a26"]
    annual.add_goal(db, a26, "Nul arbejdsulykker med truck")
    a27 = store.create_meeting(db, history["cid"], templates.get(ANNUAL), "Årlig drøftelse 2027", dt.date(2027, 11, 18))
    ev = annual.evaluation(db, a27)
    assert ev.previous == "Årlig drøftelse 2026 (20.11.2026)"
    assert [g.text for g in ev.goals] == ["Nul arbejdsulykker med truck"]
    assert "Fra fremtiden" in [r.text for r in ev.rows]  # the 2027 kompetencedrøftelse is before this one


def test_with_no_earlier_meeting_the_chairs_type_last_years_goals(db, templates):
    cid = store.create_committee(db, "Ny AMO")
    mid = store.create_meeting(db, cid, templates.get(ANNUAL), "Første drøftelse", dt.date(2026, 11, 20))
    ev = annual.evaluation(db, mid)
    assert ev.previous is None and ev.earlier_meetings == 0 and ev.goals == () and ev.rows == ()
    gid = annual.add_goal(db, mid, "Sidste års mål skrevet ind", kind=annual.LAST_YEAR)
    annual.set_verdict(db, mid, Verdict.NAAET, goal_id=gid)
    ev = annual.evaluation(db, mid)
    assert [(g.text, g.typed_here, g.verdict) for g in ev.goals] == [
        ("Sidste års mål skrevet ind", True, Verdict.NAAET)
    ]
    assert annual.goals(db, mid) == []  # typed last-year goals are not next year's goals


def test_finalising_is_refused_until_every_point_has_an_entry(db, history, templates):
    t, a26 = templates.get(ANNUAL), history["a26"]
    with pytest.raises(annual.NotFinished) as refused:
        annual.finalise(db, a26, t)
    assert [s.legal_point for s in refused.value.missing] == [1, 2, 3, 4, 5, 6]
    assert "Punkt 5: Drøfte, om der er den nødvendige viden om arbejdsmiljø" in refused.value.message
    assert store.get_meeting(db, a26).closed_at is None
    store.set_answer(db, a26, None, "indhold", "tekst", "APV viser støj; fokus på støj")
    store.set_answer(db, a26, None, "samarbejde", "tekst", "   ")  # blank is no entry
    annual.set_verdict(db, a26, Verdict.NAAET, action_item_id=history["r1"])  # a verdict is an entry for point 3
    annual.add_goal(db, a26, "Støjniveau under 80 dB")
    store.set_answer(db, a26, None, "viden", "tekst", "Ikke relevant, fordi vi har 40 ansatte")
    with pytest.raises(annual.NotFinished) as refused:
        annual.finalise(db, a26, t)
    assert [s.key for s in refused.value.missing] == ["samarbejde", "uddannelse"]
    store.set_answer(db, a26, None, "samarbejde", "tekst", "Møde hver 2. måned")
    # point 6 is the supplerende uddannelse and the sagkundskab: a kompetenceudviklingsplan is no entry for it …
    annual.add_plan_item(db, a26, hvem="Łukasz", hvad="Ergonomikursus", hvornaar="marts 2027", days=1.5)
    store.set_answer(db, a26, None, "uddannelse", "tekst", "Łukasz tager ergonomi; Mette har brugt sine dage")
    with pytest.raises(annual.NotFinished) as refused:
        annual.finalise(db, a26, t)
    assert [s.key for s in refused.value.missing] == ["uddannelse"]
    assert "sagkundskab om arbejdsmiljø er til stede – mangler: Sagkundskab om arbejdsmiljø" in refused.value.message
    store.set_answer(db, a26, None, "uddannelse", "sagkundskab", "Egen; støjmåling købes hos en arbejdsmiljørådgiver")
    # … and never a condition: without any plan line the meeting closes
    for item in annual.plan_items(db, a26):
        annual.delete_plan_item(db, item.id)
    annual.finalise(db, a26, t, when=dt.datetime(2026, 11, 20, 15, 0))
    assert store.get_meeting(db, a26).closed_at == dt.datetime(2026, 11, 20, 15, 0)


def test_the_plan_is_prefilled_from_the_latest_kompetencedroeftelse(db, history):
    cid, a26 = history["cid"], history["a26"]
    lukasz = annual.add_member(db, cid, "Łukasz Nowak", "AMR", dt.date(2024, 5, 1))
    annual.add_member(db, cid, "Mette Holm", "Arbejdsleder", dt.date(2026, 9, 1))
    gone = annual.add_member(db, cid, "Ove Fratrådt", "AMR", dt.date(2020, 1, 1))
    annual.update_member(db, gone, left_on=dt.date(2026, 6, 30))
    source = annual.prefill_plan(db, a26, dt.date(2026, 11, 20))
    assert source == "Kompetencedrøftelse 2026 (4.3.2026)"
    plan = [(p.hvem, p.hvad, p.member_id) for p in annual.plan_items(db, a26)]
    assert plan == [
        ("Łukasz Nowak", "Łukasz: kursus i ergonomi", lukasz),
        ("Mette Holm", "", plan[1][2]),
        ("", "Fælles temadag om stress", None),
    ]
    assert annual.prefill_plan(db, a26, dt.date(2026, 11, 20)) is None  # never over what the chairs wrote


def test_points_follow_the_chairs_order_inside_their_place(templates):
    t = templates.get(ANNUAL)
    keys = [s.key for s in ordered_steps(t, ["maal", "indhold", "ukendt"])]
    assert keys == [
        "opsaetning",
        "hoering",
        "forberedelse",
        "maal",
        "indhold",
        "evaluering",
        "samarbejde",
        "viden",
        "uddannelse",
        "handleplan",
        "referat",
    ]
    assert [s.key for s in ordered_steps(t, None)] == [s.key for s in t.steps]


def test_members_training_and_the_year_ahead(db, history):
    cid, today = history["cid"], dt.date(2026, 11, 22)
    annual.add_member(db, cid, "Mette Holm", "Arbejdsleder", dt.date(2026, 10, 1))
    old = annual.add_member(db, cid, "Łukasz Nowak", "AMR", dt.date(2021, 5, 1))
    annual.set_mandatory_course(db, old, dt.date(2021, 6, 15))
    annual.add_training(db, old, "Ergonomi", dt.date(2026, 6, 1), 1.0)
    lines = {m.name: m for m in annual.members(db, cid, today)}
    assert lines["Mette Holm"].status.mandatory == "skal tages"
    assert lines["Mette Holm"].status.mandatory_due == dt.date(2027, 1, 1)
    assert lines["Łukasz Nowak"].status.entitled_days == 1.5 and lines["Łukasz Nowak"].status.used_days == 1.0
    assert lines["Łukasz Nowak"].mandatory_on == dt.date(2021, 6, 15)
    annual.set_apv_date(db, cid, dt.date(2024, 2, 1))
    events = listing.year_ahead(db, cid, today)
    titles = [(e.date, e.title, e.overdue) for e in events]
    assert (dt.date(2027, 11, 20), "Årlig arbejdsmiljødrøftelse", False) in titles  # 2026's + 12 months
    assert (dt.date(2027, 2, 1), "APV: fuld revision", False) in titles
    assert (dt.date(2027, 1, 1), "Uddannelse: Mette Holm – den obligatoriske arbejdsmiljøuddannelse", False) in titles
    assert (
        dt.date(2027, 4, 30),
        "Uddannelse: Łukasz Nowak – 0,5 dags supplerende uddannelse bortfalder",
        False,
    ) in titles
    assert any(t == "Handleplan: Løftevogne til rampe 2" and o for _, t, o in titles)  # 31.3.2026, still open
    assert not any("Støjmåling" in t for _, t, _ in titles)  # done rows are not in the year ahead


def test_an_annual_discussion_a_year_ago_makes_the_next_one_overdue(db, templates):
    cid = store.create_committee(db, "AMO")
    store.create_meeting(db, cid, templates.get(ANNUAL), "2025", dt.date(2025, 11, 12))
    events = listing.year_ahead(db, cid, dt.date(2026, 11, 22))
    assert [(e.date, e.title, e.overdue) for e in events] == [
        (dt.date(2026, 11, 12), "Årlig arbejdsmiljødrøftelse", True)
    ]


def test_a_new_meeting_starts_with_the_current_members(db, templates):
    cid = store.create_committee(db, "AMO")
    annual.add_member(db, cid, "Łukasz Nowak", "AMR", dt.date(2024, 5, 1))
    gone = annual.add_member(db, cid, "Ove", "AMR", dt.date(2020, 1, 1))
    annual.update_member(db, gone, left_on=dt.date(2025, 1, 1))
    mid = store.create_meeting(db, cid, templates.get(ANNUAL), "2026", dt.date(2026, 11, 20))
    assert annual.invite_members(db, mid) == 1
    assert [(p.name, p.role, p.present) for p in store.participants(db, mid)] == [("Łukasz Nowak", "AMR", True)]
    assert annual.invite_members(db, mid) == 0  # never twice
