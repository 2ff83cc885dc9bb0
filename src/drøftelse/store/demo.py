"""The demo meeting: a lived-in kompetencedrøftelse that screenshots, PDFs and first-time users start from; and
the annual discussion of a committee with a year behind it, with or without an AMO (under 10 employees).

Its content is data (resources/demo/), imported through the exchange format, dated to the day it is made.

Every meeting and AMO member the demo makes is an example (store/examples.py): marked as such wherever it appears
and left out of the committee's årshjul and handleplan until the chairs keep it. Last year's discussion is closed
as the window and `afslut` close one – every legal point written, the form chosen where the template asks – so the
demo never shows a record the app itself would refuse. Made into a committee the user named, the demo leaves the
committee's own facts (the date of its last APV) alone; only a committee of the demo's own gets one.
"""

from __future__ import annotations

import datetime as dt

from drøftelse.domain.actions import ActionFields
from drøftelse.domain.annual import ANNUAL_KIND, SMALL_ANNUAL_KIND, Verdict
from drøftelse.domain.closing import check_closable
from drøftelse.domain.competence_plan import first_lines
from drøftelse.domain.meeting_file_import import read_meeting_file
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.domain.training import add_months
from drøftelse.paths import resources_dir
from drøftelse.store import annual, annual_members, annual_verdicts, competence_plan
from drøftelse.store import meetings as store
from drøftelse.store.action_items import add_action_item
from drøftelse.store.database import Database
from drøftelse.store.exchange import import_meeting


def create_demo_meeting(
    db: Database, templates: TemplateLibrary, today: dt.date | None = None, committee: str | None = None
) -> int:
    """Import the demo meeting, into `committee` (by name) when given, else the demo's own committee."""
    today = today or dt.date.today()
    data = read_meeting_file(resources_dir() / "demo" / "kompetencedroeftelse.json")
    if committee:
        data["committee"]["name"] = committee
    data["meeting"]["date"] = today.isoformat()
    data["meeting"]["title"] = f"{data['meeting']['title']} {today.year}"
    data["meeting"]["example"] = True
    return import_meeting(db, data, templates)


def create_annual_demo(
    db: Database, templates: TemplateLibrary, committee: str | None = None, today: dt.date | None = None
) -> int:
    """A committee with a year behind it: last year's annual discussion (goals, handleplan), this year's
    kompetencedrøftelse (the demo meeting), the AMO's members and their training, and this year's annual
    discussion with every point written. Returns the new annual discussion's id."""

    today = today or dt.date.today()
    t = templates.get(ANNUAL_KIND)
    comp = create_demo_meeting(db, templates, add_months(today, -8), committee)
    cid = store.get_meeting(db, comp).committee_id
    last, lift = _last_annual_meeting(db, cid, t, today)
    _close_last_annual(db, last, t, today)
    _amo_members(db, cid, today)
    if not committee:  # the committee's own fact, counted in its årshjul: only a committee of the demo's own
        annual.set_apv_date(db, cid, add_months(today, -30))
    now = _this_annual_meeting(db, cid, t, today, lift)
    _this_annual_plan(db, now, today)
    return now


def _last_annual_meeting(db: Database, cid: int, t, today: dt.date) -> tuple[int, int]:
    """Last year's annual discussion with its goals, handleplan and participants; returns it and the row whose
    effect this year's evaluation judges."""
    last = store.create_meeting(
        db,
        cid,
        t,
        f"Årlig arbejdsmiljødrøftelse {today.year - 1}",
        add_months(today, -12),
        place="Mødelokale 2",
        forum="Arbejdsmiljøudvalget",
        example=True,
    )
    annual.add_goal(db, last, "Færre tunge løft ved varemodtagelsen: løftevogne på alle ramper")
    annual.add_goal(db, last, "Alle nye medarbejdere får introduktion til arbejdsmiljøet i første uge")
    lift = add_action_item(
        db,
        last,
        ActionFields(
            hvad="Løftevogne til rampe 2 og 3",
            hvorfor="Mange løft over 15 kg",
            hvordan="Indkøb og instruktion",
            hvornaar="1. kvartal",
            hvem="Mette Kjær Andersen",
            opfoelgning="Arbejdsmiljøudvalgets møde i april",
        ),
    )
    add_action_item(
        db,
        last,
        ActionFields(
            hvad="Støjmåling i pakkeriet",
            hvorfor="Klager over støj",
            hvordan="Ekstern måling",
            hvornaar="uge 12",
            hvem="Łukasz Wiśniewski",
            opfoelgning="Når målingen foreligger",
        ),
    )
    for person, role, chair in (
        ("Mette Kjær Andersen", "Leder", True),
        ("Łukasz Wiśniewski", "AMR", True),
        ("Søren Østergaard", "AMR", False),
    ):
        store.add_participant(db, last, person, role, formandskab=chair, present=True)
    return last, lift


def _close_last_annual(db: Database, last: int, t, today: dt.date) -> None:
    last_texts = {  # every legal point written, point 6's two boxes too: the rule the window and `afslut` keep
        ("evaluering", "tekst"): "Det er udvalgets første årlige drøftelse: der er ingen mål fra året før at "
        "vurdere. Vi har i stedet gennemgået APV'ens punkter.",
        ("indhold", "tekst"): "APV'en viser mange tunge løft ved varemodtagelsen og klager over støj i pakkeriet. "
        "To nærved-ulykker med truck ved rampe 3. Året skal handle om løft og støj.",
        ("samarbejde", "tekst"): "Udvalget mødes hver 2. måned. AMR tager punkterne op på morgenmøderne, og "
        "referatet hænger på opslagstavlen i kantinen.",
        ("maal", "tekst"): "To mål for året: løftevogne på alle ramper og en fast introduktion for nye. Målene følges "
        "op på udvalgets møder.",
        ("viden", "tekst"): "Vi ved nok om løft og truckkørsel. Om støjen mangler vi målinger: en ekstern "
        "støjmåling står i handleplanen.",
        ("uddannelse", "tekst"): "Łukasz tager et kursus i psykisk arbejdsmiljø. Mette bruger sin supplerende "
        "uddannelse på ergonomi ved varemodtagelsen.",
        ("uddannelse", "sagkundskab"): "Sagkundskaben til løft og truckkørsel har vi selv. Til støjmålingen køber vi "
        "en arbejdsmiljørådgiver.",
    }
    for (step, box), text in last_texts.items():
        store.set_answer(db, last, None, step, box, text)
    _finalise(db, last, t, dt.datetime.combine(add_months(today, -12), dt.time(15, 0)))


def _amo_members(db: Database, cid: int, today: dt.date) -> None:
    """The AMO's members, their mandatory course and training, and the leader's pooled days."""
    people = (  # the AMO's structure: one arbejdsmiljøgruppe for the warehouse, one for packing
        ("Mette Kjær Andersen", "Leder", add_months(today, -40), "Lageret", "Kontoret ved rampe 1, lokal 2110"),
        ("Łukasz Wiśniewski", "AMR", add_months(today, -20), "Lageret", "Morgenmødet eller lokal 2114"),
        ("Jūratė Petrauskienė", "Arbejdsleder", add_months(today, -2), "Pakkeriet", "Pakkeriets tavle, lokal 2131"),
    )
    for name, role, elected, group, contact in people:
        mid = annual_members.add_member(
            db, cid, name, role, elected, group_name=group, contact=contact, example=True, took_office_on=elected
        )
        if role != "Arbejdsleder":
            annual_members.set_mandatory_course(db, mid, add_months(elected, 2))
        if role == "AMR":
            annual_members.add_offer(
                db, mid, add_months(today, -5), 1.5, "Psykisk arbejdsmiljø i praksis", "accepteret"
            )
            annual_members.add_training(db, mid, "Psykisk arbejdsmiljø i praksis", add_months(today, -3), 1.0)
        if role == "Leder":  # the 4th and 5th funktionsår's 1½ days as 3, agreed in writing at the AMO meeting
            annual_members.add_pooling(db, mid, 4, add_months(today, -4), "Aftalt skriftligt på AMO-mødet")


def _this_annual_meeting(db: Database, cid: int, t, today: dt.date, lift: int) -> int:
    """This year's annual discussion: participants, verdicts on last year's goal and row, every point written."""
    now = store.create_meeting(
        db,
        cid,
        t,
        f"Årlig arbejdsmiljødrøftelse {today.year}",
        today,
        place="Mødelokale 2",
        forum="Arbejdsmiljøudvalget",
        example=True,
    )
    for name, role, chair, present in (
        ("Mette Kjær Andersen", "Leder", True, True),
        ("Łukasz Wiśniewski", "AMR", True, True),
        ("Jūratė Petrauskienė", "Arbejdsleder", False, True),
        ("Søren Østergaard", "AMR", False, False),
    ):
        store.add_participant(db, now, name, role, formandskab=chair, present=present)
    annual_verdicts.set_verdict(db, now, Verdict.NAAET, "Leveret i marts; brugt dagligt", action_item_id=lift)
    ev = annual_verdicts.evaluation(db, now)
    annual_verdicts.set_verdict(db, now, Verdict.DELVIST, "Rampe 3 mangler stadig", goal_id=ev.goals[0].goal_id)
    texts = {
        "evaluering": "Vi nåede det meste. Løftevognene virker; introduktionen er ikke fast endnu.",
        "indhold": "APV'en viser støj i pakkeriet og travlhed i spidsbelastning. Sygefraværet er faldet lidt. "
        "To arbejdsulykker med truck: begge ved rampe 3.",
        "samarbejde": "Udvalget mødes hver 2. måned. AMR orienterer på morgenmøderne. Referat på intranettet.",
        "maal": "Målene følges op på hvert møde i udvalget.",
        "viden": "Ikke relevant at søge ekstern bistand nu, fordi støjmålingen er bestilt hos en rådgiver.",
        "uddannelse": "Jūratė tager den obligatoriske uddannelse. Łukasz bruger resten af sine dage på formidling.",
    }
    for step, text in texts.items():
        store.set_answer(db, now, None, step, "tekst", text)
    store.set_answer(
        db,
        now,
        None,
        "uddannelse",
        "sagkundskab",
        "Vi har selv sagkundskaben til det daglige. Støjmålingen og akustikken køber vi hos en arbejdsmiljørådgiver.",
    )
    return now


def _this_annual_plan(db: Database, now: int, today: dt.date) -> None:
    """This year's goals and handleplan, and the kompetenceudviklingsplan prefilled and adjusted."""
    annual.add_goal(db, now, "Støj i pakkeriet under 80 dB(A) inden 1. juli")
    annual.add_goal(db, now, "Ingen arbejdsulykker med truck ved rampe 3")
    add_action_item(
        db,
        now,
        ActionFields(
            hvad="Støjdæmpning i pakkeriet",
            hvorfor="Målingen viste 84 dB(A)",
            hvordan="Lydabsorbenter og afskærmning",
            hvornaar="2. kvartal",
            hvem="Mette Kjær Andersen",
            opfoelgning="Ny måling efter opsætning",
        ),
    )
    add_action_item(
        db,
        now,
        ActionFields(
            hvad="Fast introduktion til arbejdsmiljø for nye",
            hvorfor="Målet fra sidste år er kun delvist nået",
            hvordan="Tjekliste og en time med AMR i første uge",
            hvornaar="1. marts",
            hvem="Łukasz Wiśniewski",
            opfoelgning="Udvalgets møde i maj",
        ),
    )
    m = store.get_meeting(db, now)  # a new meeting: its empty plan is filled as the window fills it
    people = annual_members.members(db, m.committee_id, today, include_left=False, include_examples=m.example)
    source = competence_plan.latest_own_development(db, now)
    competence_plan.add_plan_lines(db, now, first_lines([(p.id, p.name) for p in people], source[1] if source else ""))
    for item in competence_plan.plan_items(db, now):
        if item.hvem.startswith("Jūratė"):
            competence_plan.update_plan_item(
                db,
                item.id,
                hvad="Den obligatoriske arbejdsmiljøuddannelse (3 dage, 22 timer)",
                hvornaar="Senest 3 måneder efter tiltrædelse",
                days=3.0,
            )
        elif item.hvem.startswith("Łukasz"):
            competence_plan.update_plan_item(
                db, item.id, hvad="Formidling og involvering", hvornaar="Foråret", days=0.5
            )


SMALL_WORKPLACE_NAME = "Tømrer Nørgaard & Søn ApS"


SMALL_WORKPLACE_PEOPLE = (  # name, role, formandskab, present this year
    ("Henrik Nørgaard", "Arbejdsgiver", True, True),
    ("Jonas Nørgaard", "Arbejdsleder", False, True),
    ("Łukasz Wiśniewski", "Ansat", False, True),
    ("Ștefan Popescu", "Ansat", False, True),
    ("Mette Holm", "Ansat", False, True),
    ("Ali Hassan", "Ansat", False, True),
    ("Jūratė Petrauskienė", "Ansat", False, True),
    ("Søren Østergaard", "Ansat", False, False),
)


def create_small_annual_demo(
    db: Database,
    templates: TemplateLibrary,
    employees: int,
    committee: str | None = None,
    today: dt.date | None = None,
) -> int:
    """A workplace under 10 employees with a year behind it: no AMO, so the employer holds the annual discussion
    with the employees. Last year's discussion (closed, with goals and a handleplan row) and this year's, with
    every point written, held as a meeting. Returns this year's discussion's id."""

    today = today or dt.date.today()
    t = templates.get(SMALL_ANNUAL_KIND)
    name = committee or SMALL_WORKPLACE_NAME
    cid = store.committee_by_name(db, name) or store.create_committee(db, name)
    store.set_employees(db, cid, employees)
    forum = "Arbejdsgiveren og alle de ansatte"
    people = SMALL_WORKPLACE_PEOPLE[: max(2, min(employees, len(SMALL_WORKPLACE_PEOPLE)))]
    lift = _last_small_annual(db, cid, t, today, forum, people)
    if not committee:  # the committee's own fact, counted in its årshjul: only a workplace of the demo's own
        annual.set_apv_date(db, cid, add_months(today, -14))
    return _this_small_annual(db, cid, t, today, forum, people, lift)


def _last_small_annual(db: Database, cid: int, t, today: dt.date, forum: str, people) -> int:
    """Last year's discussion, held in writing and closed; returns its handleplan row."""
    last = store.create_meeting(
        db, cid, t, f"Årlig arbejdsmiljødrøftelse {today.year - 1}", add_months(today, -12), forum=forum, example=True
    )
    store.update_meeting(db, last, form="Skriftligt")
    annual.add_goal(db, last, "Ingen løft af gipsplader alene: altid to eller pladeløfter")
    lift = add_action_item(
        db,
        last,
        ActionFields(
            hvad="Pladeløfter til byggepladsen",
            hvorfor="Ondt i ryggen efter gipsarbejde",
            hvordan="Indkøb og instruktion af alle",
            hvornaar="1. kvartal",
            hvem="Henrik Nørgaard",
            opfoelgning="Ved næste årlige drøftelse",
        ),
    )
    for person, role, chair, _present in people:  # held in writing: everyone answered
        store.add_participant(db, last, person, role, formandskab=chair, present=True)
    last_texts = {  # every legal point written and the form chosen: the rule the window and `afslut` keep
        "evaluering": "Første år, vi holder drøftelsen skriftligt: der er ingen mål fra året før at vurdere.",
        "indhold": "Tunge løft af gipsplader er det største problem; APV'en nævner også støj fra saven.",
        "samarbejde": "Henrik sender et skriv rundt, og alle svarer skriftligt inden en uge.",
        "maal": "Målet følges op ved næste årlige drøftelse.",
        "viden": "Vi kender reglerne for løft; vi spørger leverandøren om pladeløftere.",
    }
    for step, text in last_texts.items():
        store.set_answer(db, last, None, step, "tekst", text)
    _finalise(db, last, t, dt.datetime.combine(add_months(today, -12), dt.time(15, 0)))
    return lift


def _this_small_annual(db: Database, cid: int, t, today: dt.date, forum: str, people, lift: int) -> int:
    """This year's discussion, held as a meeting, with every point written, goals and a handleplan row."""
    now = store.create_meeting(
        db, cid, t, f"Årlig arbejdsmiljødrøftelse {today.year}", today, place="Værkstedet", forum=forum, example=True
    )
    store.update_meeting(db, now, form="Møde")
    for person, role, chair, present in people:
        store.add_participant(db, now, person, role, formandskab=chair, present=present)
    annual_verdicts.set_verdict(
        db, now, Verdict.NAAET, "Pladeløfteren kom i februar; alle har fået instruktion", action_item_id=lift
    )
    ev = annual_verdicts.evaluation(db, now)
    annual_verdicts.set_verdict(
        db, now, Verdict.DELVIST, "Bruges mest; ikke altid på små opgaver", goal_id=ev.goals[0].goal_id
    )
    texts = {
        "evaluering": "Pladeløfteren bruges, men ikke altid på de små opgaver. Ingen har haft ondt i ryggen i år.",
        "indhold": "APV'en viser støv ved skæring og travlhed før jul. Ingen arbejdsulykker i år; én nærved-ulykke "
        "med en stige. Vi får ny rundsav i foråret.",
        "samarbejde": "Vi tager arbejdsmiljø op på fredagsmødet hver måned. Henrik tager initiativet; alle kan "
        "melde noget ind på tavlen i værkstedet.",
        "maal": "Målene følges op på fredagsmødet i juni og december.",
        "viden": "Vi har den nødvendige viden om løft og stiger. Om støv ved skæring mangler vi viden: vi beder "
        "en arbejdsmiljørådgiver om sagkyndig bistand (står i handleplanen).",
    }
    for step, text in texts.items():
        store.set_answer(db, now, None, step, "tekst", text)
    annual.add_goal(db, now, "Punktudsugning på alle save, der skærer gips og fibercement")
    annual.add_goal(db, now, "Stigerne tjekkes hver måned")
    add_action_item(
        db,
        now,
        ActionFields(
            hvad="Sagkyndig bistand om støv ved skæring",
            hvorfor="Vi mangler viden om støvet fra fibercement",
            hvordan="En arbejdsmiljørådgiver måler og foreslår løsninger",
            hvornaar="2. kvartal",
            hvem="Henrik Nørgaard",
            opfoelgning="Fredagsmødet i juni",
        ),
    )
    return now


def _finalise(db: Database, meeting_id: int, template, when: dt.datetime) -> None:
    """Close a demo meeting as the Referat step would: only when every legal point has an entry."""
    check_closable(template, annual.point_entries(db, meeting_id), store.get_meeting(db, meeting_id).form)
    annual.close(db, meeting_id, when)
