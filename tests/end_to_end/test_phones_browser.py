"""Issue 30 as the room meets it: a whole kompetencedrøftelse and an annual hearing with the participants on their
phones, driven in a real browser (Debian's chromium and chromedriver, headless, 390×844 like a phone), read back in
the chairs' window and on the projector. The phone server listens on loopback only.

DROEFTELSE_SCREENSHOTS=DIR keeps the phone's pages and the projector as PNG files (docs/screenshots/phone-*.png).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from selenium.webdriver.support.ui import WebDriverWait

from drøftelse.domain.actions import ActionFields
from drøftelse.services import hearing, meetings, phones
from drøftelse.store import action_items as action_store
from drøftelse.store import meetings as store
from drøftelse.ui.app import open_main_window

CHROMIUM, CHROMEDRIVER = shutil.which("chromium") or "/usr/bin/chromium", shutil.which("chromedriver")
EVIL = '</textarea><script>alert("x")</script> Mere ro & færre afbrydelser 😀'


@pytest.fixture
def browser():
    os.environ.setdefault("SE_OFFLINE", "true")  # selenium's manager never fetches a driver: Debian's is used
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    assert CHROMEDRIVER, "chromium-driver mangler: kør scripts/install-system-deps.sh"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=390,844",
        "--lang=da",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_window_size(390, 844)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}
    )
    yield driver
    driver.quit()


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("DROEFTELSE_SCREENSHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def status(driver) -> str:
    found = driver.find_elements("css selector", '[role="status"]')
    return found[0].text if found else ""


def submit(driver) -> None:
    """Send the form and wait for the page that answers it."""
    from selenium.webdriver.support.ui import WebDriverWait

    button = driver.find_element("css selector", 'button[type="submit"]')
    button.click()
    WebDriverWait(driver, 10).until(
        lambda d: _gone(button) and d.execute_script("return document.readyState") == "complete"
    )


def _gone(element) -> bool:
    from selenium.common.exceptions import WebDriverException

    try:
        element.is_enabled()
        return False
    except WebDriverException:  # stale, or the page is between two documents: the old one is gone
        return True


def phone_shot(driver, path: Path) -> None:
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(str(path))


def settle(qtbot, panel) -> None:
    """What a phone sent reaches the chairs' window through the panel's poll (once a second)."""
    seen = panel.server.room.changes
    qtbot.waitUntil(lambda: panel._seen_changes == seen, timeout=3000)
    QCoreApplication.processEvents()


def test_a_kompetencedroeftelse_with_everyone_on_their_phone(danish_app, qtbot, db_path, db, templates, browser, shots):
    template = templates.get("kompetencedroeftelse")
    mid = store.create_meeting(
        db, store.create_committee(db, "AMO Lager"), template, "Kompetencer", dt.date(2026, 11, 20)
    )
    people = {
        name: store.add_participant(db, mid, name, role) for name, role in (("Mette", "Leder"), ("Łukasz", "AMR"))
    }
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_meeting(mid)
    view = window.view
    panel = view.open_phones()
    assert panel.start_server(host="127.0.0.1", port=0)
    assert panel.server.host == "127.0.0.1" and "Almindelig HTTP" in panel.status.text()

    # forberedelse: Mette writes her three boxes on her phone
    mette = phones.link_for(db, mid, phones.PREPARATION, people["Mette"])
    browser.get(panel.server.url("f", mette.code))
    assert "Forberedelsesark – Mette" in browser.find_element("tag name", "h1").text
    texts = {"opgaver": "Kemi på lageret", "lykkes": "Vi taler sammen om uheld", "styrke": EVIL}
    for key, text in texts.items():
        browser.find_element("id", f"b-{key}").send_keys(text)
    phone_shot(browser, shots / "phone-forberedelse.png")
    submit(browser)
    assert "gemt i Drøftelse" in status(browser)
    view.go_to_step("forberedelse")
    view.page.select_participant("Mette")
    assert {k: e.toPlainText() for k, e in view.page.boxes.items()} == texts  # in the window, as typed

    # Łukasz opens his page; a chair types in his box meanwhile; his phone's text waits for the chairs' choice
    lukasz = phones.link_for(db, mid, phones.PREPARATION, people["Łukasz"])
    browser.get(panel.server.url("f", lukasz.code))
    view.page.select_participant("Łukasz")
    view.page.boxes["lykkes"].setFocus()
    qtbot.keyClicks(view.page.boxes["lykkes"], "Fra formanden")
    view.flush()
    browser.find_element("id", "b-lykkes").send_keys("Fra telefonen")
    submit(browser)
    assert "Formandskabet vælger" in status(browser)
    panel.poll()
    assert len(panel._waiting) == 1 and panel.waiting_button.isEnabled()
    assert panel.apply_waiting({people["Łukasz"]: {"lykkes": "begge"}}) == 1
    both = meetings.answers(db, mid)[(people["Łukasz"], "forberedelse", "lykkes")]
    assert both.startswith("Fra formanden") and both.endswith("Fra telefonen")

    # the room: the chairs show step 3's question on the phones; an idea comes in and goes into the agreed text
    view.go_to_step("enige")
    panel.show_question.setChecked(True)
    browser.delete_all_cookies()
    browser.get(panel.room_url())
    assert view.shown_heading() in browser.page_source.replace("&amp;", "&")
    browser.find_element("id", "idea").send_keys(EVIL)
    submit(browser)
    assert "idéen er sendt" in status(browser)
    phone_shot(browser, shots / "phone-rum.png")
    panel.poll()
    assert panel.ideas.item(0).text() == EVIL
    view.toggle_presentation()
    assert EVIL in view.presentation_window.shown_text()  # plain text on the wall: never markup
    panel.idea_box.setCurrentIndex(panel.idea_box.findData("fokus"))
    panel.ideas.setCurrentRow(0)
    assert panel.accept_idea()
    assert view.page.boxes["fokus"].toPlainText() == f"• {EVIL}"

    # dot-voting on the handleplan's rows, live on the projector
    rows = [action_store.add_action_item(db, mid, ActionFields(hvad=f"Række {n}")) for n in (1, 2, 3)]
    view.go_to_step("handleplan")
    assert panel.start_vote()
    for clicks in ([0, 0, 1], [1, 1, 2]):  # two phones
        browser.delete_all_cookies()
        browser.get(panel.room_url())
        for row in clicks:
            forms = browser.find_elements("css selector", f'form input[name="raekke"][value="{rows[row]}"]')
            button = forms[0].find_element("xpath", "..").find_element("css selector", "button")
            button.click()
            WebDriverWait(browser, 10).until(
                lambda d, b=button: _gone(b) and d.execute_script("return document.readyState") == "complete"
            )
        assert "0 af 3 prikker" in browser.page_source
    phone_shot(browser, shots / "phone-afstemning.png")
    panel.poll()
    panel.grab().save(str(shots / "phone-panel.png"))
    view.refresh_presentation()
    shown = view.presentation_window.shown_text()
    assert "●●●  3  ·  Række 2" in shown and "●●  2  ·  Række 1" in shown and "●  1  ·  Række 3" in shown
    assert panel.server.short_url("r", panel.room_link.code) in shown  # the address beside the QR code
    assert view.presentation_window.phone_qr.pixmap().width() >= 120
    view.presentation_window.showNormal()  # the offscreen screen is 800×800: the picture at a projector's size
    view.presentation_window.resize(1366, 768)
    view.refresh_presentation()
    qtbot.wait(50)  # the layout settles at the projector's size
    view.presentation_window.grab().save(str(shots / "projector-vote.png"))
    assert phones.dots_by_row(db, mid) == {rows[0]: 2, rows[1]: 3, rows[2]: 1}  # stored with the rows
    view.toggle_presentation()

    # closing the meeting: the phones are told, and nothing more is taken
    meetings.close_meeting(db, mid)
    browser.get(panel.server.url("f", mette.code))
    assert "afsluttet" in status(browser) and not browser.find_elements("tag name", "textarea")
    window.close_meeting()
    assert panel.server is None  # leaving the meeting stops the server


def test_an_annual_hearing_answered_on_phones(danish_app, qtbot, db_path, db, templates, browser, shots):
    template = templates.get("aarlig_arbejdsmiljoedroeftelse")
    mid = store.create_meeting(
        db, store.create_committee(db, "AMO Kontor"), template, "Årlig 2026", dt.date(2026, 12, 1)
    )
    asked = hearing.save_questions(db, templates, mid, hearing.questions(db, templates, mid)[:3])
    window = open_main_window(db_path)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_meeting(mid)
    panel = window.view.open_phones()
    assert panel.start_server(host="127.0.0.1", port=0)
    links = panel.make_hearing_links(3)
    assert panel.hearing_links.count() == 3

    browser.get(panel.server.url("h", links[0].code))
    fields = browser.find_elements("css selector", "textarea")
    assert len(fields) == 3
    fields[0].send_keys(EVIL)
    fields[2].send_keys("Mere lys i kantinen")
    phone_shot(browser, shots / "phone-hoering.png")
    submit(browser)
    assert "svar er modtaget" in status(browser)
    browser.get(panel.server.url("h", links[0].code))  # the same link again: already answered, no form
    assert not browser.find_elements("css selector", "textarea")
    browser.get(panel.server.url("h", links[1].code))
    browser.find_elements("css selector", "textarea")[1].send_keys("Hjælp til nye kolleger")
    submit(browser)
    phones.revoke(db, links[2].id)
    browser.get(panel.server.url("h", links[2].code))
    assert "Linket virker ikke" in browser.page_source

    said = hearing.summary(db, mid)
    assert (said.responses, said.handed_out) == (2, 3)
    assert sorted(a.text for a in said.answers) == sorted([EVIL, "Mere lys i kantinen", "Hjælp til nye kolleger"])
    assert {a.step for a in said.answers} <= {q.step for q in asked}
    panel.poll()
    assert sum("(svaret)" in panel.hearing_links.item(i).text() for i in range(panel.hearing_links.count())) == 2
    window.view.go_to_step("hoering")
    window.view.page.enter()
    assert "Mere lys i kantinen" in "\n".join(w.text() for w in window.view.page.findChildren(type(panel.status)))

    # the annual forberedelse: a box per point, from a member's phone
    member = store.add_participant(db, mid, "Jūratė", "AMR")
    link = phones.link_for(db, mid, phones.PREPARATION, member)
    browser.get(panel.server.url("f", link.code))
    boxes = browser.find_elements("css selector", "textarea")
    assert len(boxes) >= 6
    boxes[0].send_keys("Punkt 1 fra telefonen")
    submit(browser)
    assert "gemt i Drøftelse" in status(browser)
    assert "Punkt 1 fra telefonen" in meetings.answers(db, mid).values()
    window.close_meeting()
