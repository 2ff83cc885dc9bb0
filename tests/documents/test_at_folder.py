"""The folder for Arbejdstilsynet (issue 28, item 4): one PDF with bookmarks – the last closed annual referat, the
committee's handleplan, the AMO's structure, each member's training, the last APV and the rules the app follows –
from the command line (`droeftelse mappe --til DIR`) and the window's "Mappe til Arbejdstilsynet …"; read back
page by page, the database the same before and after."""

import datetime as dt

from conftest import dump, finished, rows, run_cli
from pypdf import PdfReader

from drøftelse.domain.danish_dates import long_date
from drøftelse.services import annual
from drøftelse.store import meetings as store
from drøftelse.store.database import open_database
from drøftelse.ui.app import open_main_window

BOOKMARKS = [
    "Forside og indhold",
    "Seneste årlige arbejdsmiljødrøftelse (referat)",
    "Udvalgets handleplan",
    "Arbejdsmiljøorganisationen",
    "AMO-medlemmernes uddannelse",
    "APV, årlige drøftelser og regelgrundlag",
]


def committee_with_a_year(path, tmp_path):
    """The annual demo, kept as the committee's own (the demo's meetings are examples until kept), with the AMO's
    groups and contacts written in."""
    made = run_cli("--db", str(path), "demo", "--aarlig", env_home=tmp_path)
    assert made.returncode == 0, made.stderr
    kept = run_cli("--db", str(path), "behold", made.stdout.strip(), env_home=tmp_path)
    assert kept.returncode == 0, kept.stderr
    assert rows(path, "SELECT count(*) FROM meeting WHERE example") == [(0,)]
    (cid,) = {c for (c,) in rows(path, "SELECT committee_id FROM member")}
    db = open_database(path)
    try:
        for line in annual.members(db, cid, dt.date.today()):
            group = "Lageret" if line.role in ("AMR", "Arbejdsleder") else "Kontoret"
            annual.update_member(db, line.id, group_name=group, contact=f"{line.name.split()[0]} på lokal 21 & <2>")
    finally:
        db.dispose()
    return cid


def pages_text(pdf) -> list[str]:
    return [p.extract_text() for p in PdfReader(pdf).pages]


def outline(pdf) -> list[tuple[str, int]]:
    reader = PdfReader(pdf)
    return [(o.title, reader.get_destination_page_number(o)) for o in reader.outline]


def test_the_folder_from_the_command_line_holds_the_record_with_a_bookmark_per_part(tmp_path):
    path = tmp_path / "udvalg.sqlite"
    committee_with_a_year(path, tmp_path)
    before = dump(path)
    out = tmp_path / "til AT"
    out.mkdir()
    done = run_cli("--db", str(path), "mappe", "--til", str(out), env_home=tmp_path)
    assert done.returncode == 0, done.stderr
    (pdf,) = out.iterdir()
    assert (
        pdf.name == "Mappe til Arbejdstilsynet - Arbejdsmiljøudvalget, Fjordens Lager & Logistik A_S - "
        f"{dt.date.today().isoformat()}.pdf"
    )
    assert str(pdf) in done.stdout
    assert dump(path) == before  # writing the folder changes nothing

    marks = outline(pdf)
    assert [t for t, _ in marks] == BOOKMARKS
    starts = [p for _, p in marks]
    assert starts == sorted(starts) and starts[0] == 0
    assert PdfReader(pdf).page_mode == "/UseOutlines"
    text = pages_text(pdf)

    def part(title: str) -> str:
        i = BOOKMARKS.index(title)
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        return "\n".join(text[starts[i] : end])

    front = part("Forside og indhold")
    for title in BOOKMARKS[1:]:
        assert title in front  # the contents lists every part with its pages
    assert f"side {starts[1] + 1}" in front
    last_year = dt.date.today().year - 1
    referat = part("Seneste årlige arbejdsmiljødrøftelse (referat)")
    a_year_ago = long_date(dt.date.today().replace(year=last_year)) if dt.date.today() != dt.date(2028, 2, 29) else ""
    assert "Referat: Årlig arbejdsmiljødrøftelse" in referat
    assert a_year_ago in referat.split("\n")[1]  # the last closed one, a year ago: not this year's open one
    assert "Punkt 6" in referat
    plan = part("Udvalgets handleplan")
    assert "Støjmåling i" in plan and "APV-handleplan" in plan
    structure = part("Arbejdsmiljøorganisationen")
    for expected in ("Lageret", "Kontoret", "Mette Kjær Andersen", "Łukasz Wiśniewski", "lokal 21 & <2>"):
        assert expected in structure.replace("\n", " ")
    training = part("AMO-medlemmernes uddannelse")
    assert "Jūratė Petrauskienė" in training.replace("\n", " ")
    assert "skal tages" in training  # her mandatory course is still due
    assert "tilbudt 1,5 dage" in training  # Łukasz's offer, recorded by the demo
    assert "3 (2 år lagt" in training.replace("\n", " ")  # Mette's pooled years
    rules = part("APV, årlige drøftelser og regelgrundlag").replace("\n", " ")
    apv = dt.date.today().replace(day=1)
    assert "Den seneste APV er dateret" in rules and str(apv.year - 2) in rules  # set 30 months back by the demo
    assert "BEK nr. 65 af 22/01/2024" in rules and "kontrolleret 6.12.2026" in rules
    assert f"lavet {long_date(dt.date.today())}" in front


def test_examples_are_left_out_and_said_so(tmp_path):
    """The demo's meetings are examples until kept: the folder has no referat of theirs and says how many it left
    out."""
    path = tmp_path / "udvalg.sqlite"
    assert run_cli("--db", str(path), "demo", "--aarlig", env_home=tmp_path).returncode == 0
    target = tmp_path / "mappe.pdf"
    done = run_cli("--db", str(path), "mappe", "--til", str(target), env_home=tmp_path)
    assert done.returncode == 0, done.stderr
    text = "\n".join(pages_text(target)).replace("\n", " ")
    assert "Der er ingen afsluttet årlig arbejdsmiljødrøftelse i programmet" in text
    assert "3 eksempelmøde(r) fra programmets demo er ikke med" in text
    assert "Mette Kjær Andersen" not in text  # nor the demo's members
    assert [t for t, _ in outline(target)] == BOOKMARKS


def test_a_missing_folder_or_no_chosen_committee_is_said_in_danish_and_nothing_is_written(tmp_path):
    path = tmp_path / "udvalg.sqlite"
    committee_with_a_year(path, tmp_path)
    done = run_cli("--db", str(path), "mappe", "--til", str(tmp_path / "findes ikke" / "x.pdf"), env_home=tmp_path)
    assert done.returncode != 0
    assert "findes ikke" in done.stderr and "Traceback" not in done.stderr
    db = open_database(path)
    store.create_committee(db, "Arbejdsmiljøudvalget, Hovedkontoret")  # a second committee
    db.dispose()
    before = dump(path)
    done = run_cli("--db", str(path), "mappe", "--til", str(tmp_path), env_home=tmp_path)
    assert done.returncode != 0 and "vælg et med --udvalg NR" in done.stderr
    assert not list(tmp_path.glob("Mappe*.pdf"))
    done = run_cli("--db", str(path), "mappe", "--til", str(tmp_path), "--udvalg", "1", env_home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(list(tmp_path.glob("Mappe*.pdf"))) == 1
    assert dump(path) == before


def test_the_window_writes_the_folder_and_the_member_dialog_keeps_group_and_contact(
    danish_app, qtbot, tmp_path, opened_files
):
    path = tmp_path / "udvalg.sqlite"
    cid = committee_with_a_year(path, tmp_path)
    window = open_main_window(path)
    qtbot.addWidget(window)
    window.show()
    page = window.list_page
    assert page.year.folder_button.text() == "Mappe til Arbejds&tilsynet …"
    assert page.year.folder_button.isVisible()
    target = tmp_path / "mappe.pdf"
    before = dump(path)
    assert finished(page.export_at_folder(target)) == target
    assert dump(path) == before  # the folder changes nothing
    assert opened_files == [target]  # opened for the chairs to look at, as every document
    assert [t for t, _ in outline(target)] == BOOKMARKS
    db = window.db
    line = next(m for m in annual.members(db, cid, dt.date.today()) if m.role == "AMR")
    assert (line.group_name, line.contact) == ("Lageret", "Łukasz på lokal 21 & <2>")
