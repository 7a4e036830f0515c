"""The report in a real browser: headless Chromium driven by selenium.

Needs the Debian packages ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them);
skipped, saying so, where they are missing. Nothing is downloaded: the driver is given
explicitly so selenium-manager never runs, and the browser runs with networking features off.
"""

from __future__ import annotations

import json
import shutil
import time
from collections import Counter
from pathlib import Path

import pytest

from pipeline.report import load_feedback, render_report
from tests.pipeline.report.conftest import HOSTILE_ID, HOSTILE_SPEAKER, calls, write_output

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
    reason="browser tests need Debian packages chromium and chromium-driver "
    "(apt-get install -y chromium chromium-driver; .ci/run installs them)",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = write_output(tmp_path_factory.mktemp("site") / "out")
    return render_report(str(out))


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def driver(tmp_path_factory, downloads):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--autoplay-policy=no-user-gesture-required",
        "--mute-audio",
        "--window-size=1366,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    browser = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    browser.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    try:
        yield browser
    finally:
        browser.quit()


def open_page(driver, path: Path) -> None:
    driver.get(path.as_uri())
    driver.get_log("browser")  # discard anything from the previous page


def load(driver, path: Path) -> list[dict]:
    """Open a page and return the console entries it produced while loading."""
    driver.get_log("browser")
    driver.get(path.as_uri())
    time.sleep(0.3)  # let late errors (CSP, media) reach the log
    return driver.get_log("browser")


def page_of(site, call_id: str) -> Path:
    return dict(site.pages)[call_id]


def visible_turns(driver) -> list[int]:
    turns = driver.find_elements("css selector", ".turns .turn")
    return [int(t.get_attribute("data-index")) for t in turns if t.is_displayed()]


def test_pages_load_without_console_errors(driver, site):
    for path in [site.index_path, *(p for _, p in site.pages)]:
        problems = [e for e in load(driver, path) if e["level"] in ("SEVERE", "WARNING")]
        assert problems == [], path.name
        assert driver.execute_script("return document.readyState") == "complete"


def test_every_entity_has_a_mark_in_the_dom(driver, site):
    for record in calls():
        open_page(driver, page_of(site, record["call_id"]))
        for index, turn in enumerate(record["turns"]):
            found = driver.execute_script(
                "return Array.from(document.querySelectorAll("
                "'#turn-' + arguments[0] + ' [data-entity]'), e => e.dataset.entity);",
                index,
            )
            assert Counter(found) == Counter(e["type"] for e in turn["entities"]), (
                record["call_id"],
                index,
            )
        chips = driver.find_elements("css selector", ".turns .chip")
        assert all(chip.is_displayed() for chip in chips)


def test_entity_type_filter_hides_and_shows_turns(driver, site):
    open_page(driver, page_of(site, "call-001"))
    assert visible_turns(driver) == [0, 1, 2, 3, 4, 5]
    card = driver.find_element("css selector", '[data-filter-type="CREDIT_CARD"]')
    card.click()
    assert visible_turns(driver) == [3]
    assert card.get_attribute("aria-pressed") == "true"
    driver.find_element("css selector", '[data-filter-type="PHONE_NUMBER"]').click()
    assert visible_turns(driver) == [1, 3]
    status = driver.find_element("id", "filter-status").text
    assert status == "Showing 2 of 6 turns with CREDIT_CARD, PHONE_NUMBER"
    card.click()
    assert visible_turns(driver) == [1]
    driver.find_element("id", "filter-clear").click()
    assert visible_turns(driver) == [0, 1, 2, 3, 4, 5]


def test_index_filters_and_sorts(driver, site):
    open_page(driver, site.index_path)

    def shown():
        rows = driver.find_elements("css selector", "#calls tbody tr")
        return [r.get_attribute("data-id") for r in rows if r.is_displayed()]

    assert shown() == sorted(c["call_id"] for c in calls())
    driver.find_element("id", "q").send_keys("speaker_1")
    assert shown() == ["call-002"]
    driver.find_element("id", "q").clear()
    driver.execute_script(
        "const s = document.getElementById('type'); s.value = 'EMAIL_ADDRESS';"
        "s.dispatchEvent(new Event('change'));"
    )
    assert shown() == ["call-002"]
    driver.execute_script(
        "const s = document.getElementById('type'); s.value = '';"
        "s.dispatchEvent(new Event('change'));"
    )
    driver.find_element("id", "flagged").click()
    assert shown() == ["call-001"]
    driver.find_element("id", "flagged").click()
    header = driver.find_element("css selector", 'th[data-key="entities"]')
    header.find_element("css selector", "button").click()
    assert shown() == [HOSTILE_ID, "call-002", "call-001"]
    assert header.get_attribute("aria-sort") == "ascending"
    header.find_element("css selector", "button").click()
    assert shown() == ["call-001", "call-002", HOSTILE_ID]


def test_clicking_or_pressing_enter_on_a_turn_seeks_the_audio(driver, site):
    from selenium.webdriver.common.keys import Keys

    open_page(driver, page_of(site, "call-001"))
    driver.execute_script(
        "const a = document.getElementById('audio'); a.muted = true;"
        "a.addEventListener('play', () => a.pause());"
    )
    driver.find_element("css selector", "#turn-3 .turn-head").click()
    time.sleep(0.3)
    assert (
        abs(driver.execute_script("return document.getElementById('audio').currentTime") - 9.5)
        < 0.3
    )
    turn = driver.find_element("id", "turn-1")
    driver.execute_script("arguments[0].focus()", turn)
    turn.send_keys(Keys.ENTER)
    time.sleep(0.3)
    assert (
        abs(driver.execute_script("return document.getElementById('audio').currentTime") - 3.5)
        < 0.3
    )
    assert driver.execute_script("return document.getElementById('audio').error") is None


def test_feedback_marks_are_exported_as_json(driver, site, downloads):
    from selenium.webdriver.common.keys import Keys

    open_page(driver, page_of(site, "call-001"))
    export = driver.find_element("id", "export")
    assert not export.is_enabled()
    # The reviewer selects the e-mail address the detector missed, then marks it.
    driver.execute_script(
        "const p = document.querySelector('#turn-3 .turn-text');"
        "const node = Array.from(p.childNodes).find(n => n.nodeType === 3 && n.data.includes('@'));"
        "const at = node.data.indexOf('jane.sample@example.com');"
        "const r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + 23);"
        "const s = getSelection(); s.removeAllRanges(); s.addRange(r);"
    )
    driver.find_element("css selector", '#turn-3 [data-kind="missed_pii"]').click()
    dialog = driver.find_element("id", "mark-dialog")
    assert dialog.is_displayed()
    assert (
        driver.find_element("id", "mark-text").get_attribute("value") == "jane.sample@example.com"
    )
    driver.execute_script("document.getElementById('mark-type').value = 'EMAIL_ADDRESS'")
    driver.find_element("css selector", '#mark-form button[type="submit"]').click()
    assert not dialog.is_displayed()

    driver.find_element("css selector", '#turn-0 [data-kind="not_pii"]').click()
    assert driver.find_element("id", "mark-type").get_attribute("value") == "PERSON"
    driver.find_element("id", "mark-text").send_keys("Acme Bank")
    driver.find_element("id", "mark-note").send_keys("bank name")
    driver.find_element("id", "mark-text").send_keys(Keys.ENTER)  # submits the form

    driver.find_element("css selector", '#turn-5 [data-kind="not_pii"]').click()
    driver.find_element("id", "mark-cancel").click()  # cancelled: no mark

    assert driver.find_element("id", "mark-count").text == "2 marks, not exported yet."
    assert "marked" in driver.find_element("id", "turn-3").get_attribute("class").split()
    assert export.is_enabled()
    export.click()
    target = downloads / "feedback-call-001.json"
    deadline = time.monotonic() + 10
    while not target.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert target.exists(), "the export did not produce a download"
    assert json.loads(target.read_text(encoding="utf-8")) == {
        "version": 1,
        "exported_from": "callredact report",
        "marks": [
            {
                "call_id": "call-001",
                "turn": 3,
                "kind": "missed_pii",
                "text": "jane.sample@example.com",
                "entity_type": "EMAIL_ADDRESS",
            },
            {
                "call_id": "call-001",
                "turn": 0,
                "kind": "not_pii",
                "text": "Acme Bank",
                "entity_type": "PERSON",
                "note": "bank name",
            },
        ],
    }
    feedback = load_feedback(target)
    assert feedback.deny_list == ("jane.sample@example.com",)
    assert feedback.allow_list == ("Acme Bank",)
    assert driver.find_element("id", "mark-count").text == "2 marks, exported."
    # Nothing was put in browser storage.
    assert driver.execute_script("return localStorage.length + sessionStorage.length") == 0


def test_turns_and_controls_are_reachable_by_keyboard(driver, site):
    from selenium.webdriver.common.keys import Keys

    open_page(driver, page_of(site, "call-002"))
    body = driver.find_element("tag name", "body")
    body.send_keys(Keys.TAB)
    reached = []
    for _ in range(40):
        active = driver.switch_to.active_element
        reached.append(active.get_attribute("id") or active.get_attribute("class"))
        active.send_keys(Keys.TAB)
    assert "turn-0" in reached and "turn-1" in reached
    assert any("chip" in str(r) for r in reached)
    assert any("mark-btn" in str(r) for r in reached)


CONTRAST_JS = (Path(__file__).parent / "contrast.js").read_text(encoding="utf-8")


def test_text_contrast_meets_wcag_aa(driver, site):
    open_page(driver, page_of(site, "call-001"))
    driver.find_element("css selector", '[data-filter-type="PERSON"]').click()  # dims PHONE
    assert driver.find_elements("css selector", "#turn-1 .chip.dim")
    checked, failing = driver.execute_script(CONTRAST_JS)
    assert checked > 50 and failing == []
    open_page(driver, site.index_path)
    checked, failing = driver.execute_script(CONTRAST_JS)
    assert checked > 30 and failing == []
    # The check itself can fail: grey on grey is caught.
    driver.execute_script(
        "const p = document.createElement('p'); p.textContent = 'low contrast';"
        "p.className = 'probe'; p.style.color = '#777'; p.style.background = '#888';"
        "document.body.appendChild(p);"
    )
    ((tag, cls, ratio),) = driver.execute_script(CONTRAST_JS)[1]
    assert (tag, cls) == ("P", "probe") and float(ratio) < 1.5


def test_hostile_ids_do_not_run_script(driver, site):
    for path in (site.index_path, page_of(site, HOSTILE_ID)):
        assert load(driver, path) == []
        assert driver.execute_script("return window.__xss === undefined")
    assert driver.find_element("css selector", "h1 .call-id").text == HOSTILE_ID
    assert driver.find_element("css selector", "#turn-0 .speaker").text == HOSTILE_SPEAKER


def test_screenshots(driver, site, tmp_path_factory):
    shots = tmp_path_factory.mktemp("screenshots")
    open_page(driver, page_of(site, "call-001"))
    driver.find_element("css selector", '[data-filter-type="PERSON"]').click()
    chip = driver.find_element("css selector", "#turn-4 .chip")
    driver.execute_script("arguments[0].focus()", chip)  # shows the keyboard tooltip
    assert driver.save_screenshot(str(shots / "call-001.png"))
    driver.find_element("css selector", '#turn-2 [data-kind="missed_pii"]').click()
    assert driver.save_screenshot(str(shots / "dialog.png"))
    driver.find_element("id", "mark-cancel").click()
    open_page(driver, site.index_path)
    assert driver.save_screenshot(str(shots / "index.png"))
    for name in ("call-001.png", "dialog.png", "index.png"):
        data = (shots / name).read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 10_000
