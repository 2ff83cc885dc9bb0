"""The rules that moved out of the store (issue 33), checked as plain functions: no database, no Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from drøftelse.domain import aarshjul, training
from drøftelse.domain.actions import Status
from drøftelse.domain.annual import ANNUAL_KIND, COMPETENCE_KIND, SMALL_ANNUAL_KIND, Verdict
from drøftelse.domain.closing import (
    NotFinished,
    PointEntries,
    check_closable,
    check_form_kept,
    checked_reason,
    chosen_form,
    first_line,
    missing_points,
    summary_points,
    unjudged_lines,
)
from drøftelse.domain.competence_plan import FirstLine, first_lines, plan_lines, should_prefill
from drøftelse.domain.errors import DroeftelseError, MeetingNotFound, NotFound, OrderChanged
from drøftelse.domain.evaluation import EvaluationItem, row_status_after, verdict_changed
from drøftelse.domain.hearing import HearingSummary
from drøftelse.domain.referat import (
    evaluation_lines,
    hearing_note,
    point_texts,
    prints_section,
    sections,
    year_start,
)
from drøftelse.domain.snapshots import HearingNote

DAY = dt.date(2026, 11, 20)


def all_written(template) -> PointEntries:
    boxes = {(st.key, b.key) for st in template.steps if st.legal_point for b in st.boxes}
    return PointEntries(frozenset(boxes), goals=True, verdicts=True)


# --- closing
def test_nothing_written_misses_every_point_in_the_laws_order(templates):
    template = templates.get(ANNUAL_KIND)
    missing = missing_points(template, PointEntries())
    assert [st.legal_point for st in missing] == [1, 2, 3, 4, 5, 6]


def test_goals_and_verdicts_are_entries_for_their_points(templates):
    template = templates.get(ANNUAL_KIND)
    entries = PointEntries(goals=True, verdicts=True)
    assert [st.legal_point for st in missing_points(template, entries)] == [1, 2, 5, 6]


def test_point_six_needs_each_box_and_names_the_one_missing(templates):
    template = templates.get(ANNUAL_KIND)
    six = template.steps_of_kind("training")[0]
    entries = all_written(template)
    assert missing_points(template, entries) == []
    half = PointEntries(entries.boxes - {(six.key, "sagkundskab")}, True, True)
    (missing,) = missing_points(template, half)
    assert missing.legal_point == 6 and missing.title == f"{six.title} – mangler: {six.box('sagkundskab').label}"


def test_closing_is_refused_with_the_points_and_the_form(templates):
    template = templates.get(SMALL_ANNUAL_KIND)
    with pytest.raises(NotFinished) as refused:
        check_closable(template, PointEntries(), "")
    assert refused.value.missing and refused.value.forms_missing == template.forms
    assert refused.value.message.startswith("Referatet kan ikke afsluttes endnu.")
    with pytest.raises(NotFinished) as only_form:
        check_closable(template, all_written(template), "")
    assert only_form.value.missing == [] and "Vælg på Opsætning" in only_form.value.message
    check_closable(template, all_written(template), "Video")  # nothing missing: nothing raised


def test_the_form_is_one_of_the_templates_in_any_case(templates):
    template = templates.get(SMALL_ANNUAL_KIND)
    assert chosen_form(template, " video ") == "Video"
    with pytest.raises(DroeftelseError, match="Formen 'telefon' kendes ikke"):
        chosen_form(template, "telefon")
    with pytest.raises(DroeftelseError, match="har ingen form at vælge"):
        chosen_form(templates.get(COMPETENCE_KIND), "møde")


def test_a_closed_meetings_form_may_be_named_again_but_not_changed():
    check_form_kept(7, "Møde", None)
    check_form_kept(7, "Møde", " MØDE ")
    with pytest.raises(DroeftelseError, match="Møde 7 er afsluttet"):
        check_form_kept(7, "Møde", "Video")


def test_a_reopening_needs_a_reason_of_a_line():
    assert checked_reason("  En dato var forkert ") == "En dato var forkert"
    with pytest.raises(DroeftelseError, match="Skriv, hvorfor mødet genåbnes"):
        checked_reason("   ")
    with pytest.raises(DroeftelseError):
        checked_reason("x" * 501)


def test_closing_names_what_is_not_judged_and_counts_what_is_written(templates):
    item = EvaluationItem(1, None, "Færre løft\nmere tekst", "Skrevet ind i år", "", "", None, None, "")
    row = EvaluationItem(None, 2, "Støj", "Møde (1.2.2026)", "", "", Status.AABEN, Verdict.NAAET, "")
    assert unjudged_lines([item], [row]) == ["Mål: Færre løft"]
    assert first_line("a" * 100) == "a" * 79 + "…"
    competence = templates.get(COMPETENCE_KIND)
    shown = summary_points(competence, {}, 0, 0)
    assert shown and all(n == 0 for _, n in shown)
    annual = summary_points(templates.get(ANNUAL_KIND), {}, goals=12, comments=3)
    assert [label.split(":")[0] for label, _ in annual] == [f"Punkt {n}" for n in range(1, 7)]
    assert dict(annual)[next(label for label, _ in annual if label.startswith("Punkt 4"))] == 12


# --- the referat
def test_a_meeting_without_points_prints_its_group_texts_and_the_round(templates):
    template = templates.get(COMPETENCE_KIND)
    printed = [st for st in template.steps if prints_section(st)]
    assert printed and {st.kind for st in printed} <= {"frame", "agree", "round"}
    texts = {(None, st.key, b.key): f" {b.label} " for st in printed for b in st.boxes}
    made = sections(template, [(5, "Mette")], texts)
    assert len(made) == len(printed)
    assert all(s.title[0].isdigit() for s in made)


def test_the_points_print_in_the_laws_order_with_their_written_boxes(templates):
    template = templates.get(ANNUAL_KIND)
    five = next(st for st in template.steps if st.legal_point == 5)
    texts = {(None, five.key, five.boxes[0].key): "  Vi talte om støj  "}
    points = point_texts(template, texts)
    assert [p.number for p in points] == [1, 2, 3, 4, 5, 6]
    assert next(p for p in points if p.number == 5).text == "Vi talte om støj"


def test_evaluation_lines_and_the_year_the_referat_covers():
    goal = EvaluationItem(1, None, "Mål A", "her", "", "", None, Verdict.DELVIST, "halvt")
    row = EvaluationItem(None, 2, "Række", "der", "", "", Status.AABEN, None, "")
    lines = evaluation_lines([goal, row])
    assert [(ln.kind, ln.verdict) for ln in lines] == [("Mål", "delvist"), ("Handleplan", "")]
    assert year_start(None, dt.date(2026, 11, 20)) == dt.date(2025, 11, 20)
    assert year_start(dt.date(2026, 1, 5), dt.date(2026, 11, 20)) == dt.date(2026, 1, 5)


def test_the_hearing_section_says_how_the_employees_were_heard(templates):
    step = templates.get(ANNUAL_KIND).steps_of_kind("hearing")[0]
    texts = {(None, step.key, b.key): " Høringsark til alle " for b in step.boxes[:1]}
    said = HearingSummary(3, (("", 1), ("Lageret", 2)), (), handed_out=10)
    note = hearing_note(step, texts, ["Hvad fylder?"], said, closed=False)
    assert note == HearingNote("Høringsark til alle", ("Hvad fylder?",), 3, (("Lageret", 2),), 10)
    nothing = HearingSummary(0, (), ())
    assert hearing_note(step, {}, [], nothing, closed=False) == HearingNote("", (), 0, (), 0)  # open: still asked


def test_a_meeting_closed_without_a_hearing_prints_no_hearing_section(templates):
    """One closed before the app had a Høring step, with nothing about it; anything about it keeps the section."""
    step = templates.get(ANNUAL_KIND).steps_of_kind("hearing")[0]
    nothing = HearingSummary(0, (), ())
    assert hearing_note(step, {}, [], nothing, closed=True) is None
    written = {(None, step.key, step.boxes[0].key): "Personalemøde"}
    assert hearing_note(step, written, [], nothing, closed=True).form == "Personalemøde"
    assert hearing_note(step, {}, ["Hvad fylder?"], nothing, closed=True).questions == ("Hvad fylder?",)
    assert hearing_note(step, {}, [], HearingSummary(1, (("", 1),), ()), closed=True).responses == 1


# --- verdicts
def test_a_rows_status_follows_its_verdict_and_goes_back_without_one():
    assert row_status_after(Verdict.NAAET, "aaben") == Status.GENNEMFOERT.value
    assert row_status_after(None, "i_gang") == "i_gang"


def test_the_other_chairs_verdict_is_not_overwritten_unseen():
    assert not verdict_changed("", None, Verdict.NAAET)  # nothing stored, nothing shown
    assert not verdict_changed("naaet", Verdict.NAAET, Verdict.OPGIVET)  # as shown
    assert not verdict_changed("opgivet", Verdict.NAAET, Verdict.OPGIVET)  # the same written twice
    assert verdict_changed("delvist", Verdict.NAAET, Verdict.OPGIVET)


# --- training
def test_a_courses_and_an_offers_days():
    training.check_days(0)
    training.check_days(365)
    training.check_days(1.5, offer=True)
    for days, offer in ((-1, False), (366, False), (0, True)):
        with pytest.raises(DroeftelseError, match="Antal dage skal være mellem 0 og 365."):
            training.check_days(days, offer=offer)
    with pytest.raises(ValueError):
        training.check_answer("måske")


def test_a_year_already_pooled_is_not_pooled_again():
    training.check_pooling_free(4, {2})
    with pytest.raises(DroeftelseError, match="Funktionsår 4 er allerede lagt sammen med et andet år."):
        training.check_pooling_free(4, {3})
    with pytest.raises(DroeftelseError):
        training.check_pooling(1)


def test_the_rights_run_from_the_election_until_a_chair_confirms_the_tiltraedelse():
    elected = dt.date(2025, 3, 1)
    assert training.took_office(None, elected) == (elected, True)
    assert training.took_office(dt.date(2025, 4, 1), elected) == (dt.date(2025, 4, 1), False)
    assert training.took_office(None, None) == (None, False)
    assert training.member_values({"left_on": None}) == {"left_on": None, "active": True}
    assert training.member_values({"took_office_on": elected}) == {
        "took_office_on": elected,
        "took_office_assumed": False,
    }


# --- the årshjul and the kompetenceudviklingsplan
def test_the_aarshjul_from_the_stores_facts():
    member = aarshjul.MemberFacts("Mette", dt.date(2026, 10, 1), None, (), (), frozenset())
    rows = (
        aarshjul.RowFacts("Støj\nmåling", dt.date(2026, 12, 1), None, "aaben"),
        aarshjul.RowFacts("", dt.date(2026, 12, 2), None, "i_gang"),
        aarshjul.RowFacts("Lukket", dt.date(2026, 12, 3), None, "gennemfoert"),
    )
    events = aarshjul.committee_year(aarshjul.CommitteeFacts(None, None, rows, (member,)), DAY)
    titles = [e.title for e in events]
    assert "Handleplan: Støj" in titles and "Handleplan: (uden titel)" in titles
    assert not any("Lukket" in t for t in titles)
    assert any("Mette – den obligatoriske arbejdsmiljøuddannelse" in t for t in titles)


def test_the_plans_first_lines_go_under_the_member_they_name():
    text = "- Mette: kursus i ergonomi\n\n2) Noget for alle\n• Łukasz vil lære om støj"
    by_member, loose = plan_lines([(1, "Mette Kjær"), (2, "Łukasz W."), (3, "")], text)
    assert by_member == {1: ["Mette: kursus i ergonomi"], 2: ["Łukasz vil lære om støj"], 3: []}
    assert loose == ["Noget for alle"]


def test_the_plans_first_lines_a_line_per_member_then_those_naming_none():
    text = "Mette: kursus i ergonomi\nNoget for alle"
    assert first_lines([(1, "Mette Kjær"), (2, "Bo")], text) == (
        FirstLine("Mette: kursus i ergonomi", "Mette Kjær", 1),
        FirstLine("", "Bo", 2),
        FirstLine("Noget for alle"),
    )
    assert first_lines([], "") == ()


def test_only_an_empty_plan_of_an_open_meeting_in_a_writable_database_is_prefilled():
    assert should_prefill(read_only=False, has_lines=False, closed=False)
    assert not should_prefill(read_only=False, has_lines=True, closed=False)  # never over what the chairs wrote
    assert not should_prefill(read_only=True, has_lines=False, closed=False)  # shown as it is
    assert not should_prefill(read_only=False, has_lines=False, closed=True)  # as it was closed


# --- typed errors carry their data
def test_the_stores_errors_carry_what_they_are_about():
    gone = MeetingNotFound(42)
    assert isinstance(gone, NotFound) and gone.meeting_id == 42 and gone.message.endswith("nummer 42.")
    moved = OrderChanged(frozenset({1, 2}))
    assert moved.stored == {1, 2} and moved.message.startswith("Handleplanen blev ændret et andet sted imens.")
