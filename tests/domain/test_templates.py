"""Meeting templates are data: both kinds load, keep the source's wording, and faults name file and key."""

import datetime as dt
import tomllib

import pytest

from drøftelse.domain.errors import TemplateError
from drøftelse.domain.template_library import TemplateLibrary
from drøftelse.domain.templates import check_template_version, load_template_file
from drøftelse.paths import templates_dir
from drøftelse.store.meetings import create_committee, create_meeting, get_meeting


def test_every_meeting_kind_loads(templates):
    assert templates.kinds() == [
        "aarlig_arbejdsmiljoedroeftelse",
        "aarlig_arbejdsmiljoedroeftelse_under_10",
        "kompetencedroeftelse",
    ]
    for kind in templates.kinds():
        t = templates.get(kind)
        assert t.version >= 1
        assert isinstance(t.rules.checked, dt.date)


def test_kompetencedroeftelse_has_the_sources_wording(templates):
    t = templates.get("kompetencedroeftelse")
    assert (t.preparation_minutes, t.meeting_minutes) == (30, 60)
    assert t.rules.reference == "Arbejdsmiljøloven § 6 d, stk. 3, jf. LBK nr. 1108 af 15/09/2025"
    prep = t.step("forberedelse")
    assert [b.label for b in prep.boxes] == [
        "Vigtige opgaver fra vores APV-handleplan og årlige drøftelse",
        "Dette lykkes vi godt med allerede",
        "Dette kan vi have brug for at styrke",
    ]
    assert "Hvordan er I klædt på til det?" in prep.prompt_groups[0].items
    meeting_steps = [s.title for s in t.steps if s.phase == "udfoerelse"]
    assert meeting_steps == [
        "1. Sæt rammen",
        "2. Del jeres syn på opgaver og kompetencer",
        "3. Drøft, hvad I har hørt, og skriv ned, hvad I bliver enige om",
        "4. Aftal, hvordan I vil styrke jeres kompetencer til arbejdsmiljøarbejdet",
    ]
    assert [b.label for b in t.step("enige").boxes] == [
        "Vigtige opgaver og fokuspunkter",
        "Dette lykkes vi med",
        "Brug for at styrke",
    ]
    assert [b.label for b in t.step("kompetencer").boxes] == [
        "Egen kompetenceudvikling",
        "Brug for andre på arbejdsplads",
        "Brug for hjælp udefra",
    ]
    assert t.step("kompetencer").reminder.startswith(
        "Husk, at arbejdspladsen har pligt til at indhente sagkyndig bistand"
    )
    assert [e["hvornaar"] for e in t.examples] == ["3. kvartal.", "2. kvartal.", "Så hurtigt som muligt."]


def test_annual_discussion_has_the_six_legal_points(templates):
    t = templates.get("aarlig_arbejdsmiljoedroeftelse")
    points = sorted((s.legal_point, s.title) for s in t.steps if s.legal_point)
    assert [p for p, _ in points] == [1, 2, 3, 4, 5, 6]
    assert points[0][1] == "Tilrettelægge indholdet af samarbejdet for det kommende år"
    assert points[2][1] == "Vurdere, om det foregående års mål er nået"
    assert all(s.boxes for s in t.steps if s.legal_point)  # every point has a box for its entry


def test_the_annual_discussion_cites_only_the_sources_confirmed(templates):
    """Issue 14.2 and 29.3: the rules in force, checked 6.12.2026 (docs/sources.md); neither the bekendtgørelse it
    replaced nor an AT-vejledning whose standing was not confirmed."""
    t = templates.get("aarlig_arbejdsmiljoedroeftelse")
    assert t.rules.reference == (
        "Arbejdsmiljøloven § 6 d, jf. LBK nr. 1108 af 15/09/2025; BEK nr. 65 af 22/01/2024 om "
        "systematisk arbejdsmiljøarbejde, som ændret ved BEK nr. 799 af 24/06/2024"
    )
    assert t.rules.checked == dt.date(2026, 12, 6)
    for kind in ("aarlig_arbejdsmiljoedroeftelse", "kompetencedroeftelse"):
        cited = templates.get(kind).rules
        assert "1838" not in cited.reference + cited.text and "1.3.1" not in cited.reference + cited.text
        assert "1540" not in cited.reference  # the law is cited as consolidated since (LBK nr. 1108 af 15/09/2025)


def test_point_six_is_the_training_and_the_sagkundskab(templates):
    """Issue 14.1: § 6 d, stk. 3 since 1.2.2024 – the supplerende uddannelse and the sagkundskab, each a box."""
    t = templates.get("aarlig_arbejdsmiljoedroeftelse")
    (six,) = [s for s in t.steps if s.legal_point == 6]
    assert (t.version, six.key, six.kind) == (2, "uddannelse", "training")
    assert "supplerende arbejdsmiljøuddannelse" in six.title and "sagkundskab" in six.title
    assert [(b.key, b.label) for b in six.boxes] == [
        ("tekst", "Den supplerende arbejdsmiljøuddannelse"),
        ("sagkundskab", "Sagkundskab om arbejdsmiljø"),
    ]
    assert "arbejdsmiljørådgiver" in six.box("sagkundskab").help
    assert "kompetenceudviklingsplan er ikke længere et krav" in six.help


def _broken_copy(tmp_path, edit):
    source = (templates_dir() / "kompetencedroeftelse.toml").read_text(encoding="utf-8")
    target = tmp_path / "kompetencedroeftelse.toml"
    target.write_text(edit(source), encoding="utf-8")
    return target


@pytest.mark.parametrize(
    "edit,expected",
    [
        (
            lambda s: s.replace('instruction = "Individuel', 'instrution = "Individuel'),
            "steps[1].instrution: ukendt nøgle",
        ),
        (lambda s: s.replace('title = "Opsætning"\n', ""), "steps[0].title: mangler"),
        (lambda s: s.replace("version = 1", 'version = "1"'), "version: skal være et heltal, men er tekst"),
        (lambda s: s.replace('kind = "round"', 'kind = "rundt"'), "steps[3].kind: 'rundt' er ikke en af"),
        (
            lambda s: s.replace('phase = "udfoerelse"\nkind = "frame"', 'phase = "udførsel"\nkind = "frame"'),
            "steps[2].phase: fasen 'udførsel'",
        ),
        (lambda s: s.replace("checked = 2026-12-06", 'checked = "i går"'), "rules.checked: skal være en dato"),
        (
            lambda s: s.replace(
                'key = "lykkes"\nlabel = "Dette lykkes vi godt', 'key = "opgaver"\nlabel = "Dette lykkes vi godt'
            ),
            "steps[1].boxes: to felter har samme key",
        ),
    ],
)
def test_a_fault_names_the_file_and_the_key(tmp_path, edit, expected):
    with pytest.raises(TemplateError) as e:
        load_template_file(_broken_copy(tmp_path, edit))
    assert "kompetencedroeftelse.toml" in e.value.message
    assert expected in e.value.message


def test_unreadable_toml_is_reported_with_the_file(tmp_path):
    with pytest.raises(TemplateError, match="kompetencedroeftelse.toml kan ikke læses"):
        load_template_file(_broken_copy(tmp_path, lambda s: s + "\n[[steps\n"))


def test_every_shipped_template_is_valid_toml_with_no_stray_keys():
    shipped = sorted(templates_dir().glob("*.toml"))
    assert {p.stem for p in shipped} >= {"kompetencedroeftelse", "aarlig_arbejdsmiljoedroeftelse"}  # none is a pass
    for path in shipped:
        tomllib.loads(path.read_text(encoding="utf-8"))
        load_template_file(path)


def test_a_meeting_remembers_its_template_version(db, templates):
    t = templates.get("kompetencedroeftelse")
    mid = create_meeting(db, create_committee(db, "AMO"), t, "Test", dt.date(2026, 11, 20))
    assert get_meeting(db, mid).template_version == t.version
    with pytest.raises(Exception, match="nyere udgave af skabelonen"):
        check_template_version(t, t.version + 1)


def test_unknown_kind_is_refused(tmp_path):
    lib = TemplateLibrary(templates_dir())
    with pytest.raises(TemplateError, match="ingen mødeskabelon for mødetypen 'apv'"):
        lib.get("apv")
