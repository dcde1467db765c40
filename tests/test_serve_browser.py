"""``claimline serve`` in a real (headless) Chromium: article highlighting, claim <-> sentence links,
conflicts with every side, claim filters; and read-only by construction (no spaCy at serve time, but the
store is the session's sample store, so the test is slow)."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request

import pytest

from claimline import api
from claimline.api import open_store
from claimline.present.web import make_server

from .conftest import ROOT
from .test_html_browser import ARTIFACTS, _full_screenshot, driver  # noqa: F401 (fixture)

pytestmark = [pytest.mark.slow]


@pytest.fixture()
def server(sample_db):
    srv = make_server(lambda: open_store(sample_db), api, port=0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}"
    finally:
        srv.shutdown()
        srv.server_close()


def test_read_only_and_bound_to_loopback(server) -> None:
    assert server.startswith("http://127.0.0.1:")
    req = urllib.request.Request(server + "/claims", data=b"x=1", method="POST")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req)
    assert err.value.code == 405
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(server + "/claims?since=March")
    assert err.value.code == 400 and b"not a date: &#x27;March&#x27;" in err.value.read()
    with urllib.request.urlopen(server + "/claim/7912f162986a-001") as r:  # a claim -> its sentence
        assert r.url.endswith("/article/7912f162986a#claim-7912f162986a-001")


@pytest.mark.browser
def test_article_page_highlights_and_links_claims(server, driver, tmp_path) -> None:  # noqa: F811
    from selenium.webdriver.common.by import By

    driver.get(server + "/article/7912f162986a")
    text = driver.find_element(By.CSS_SELECTOR, ".text")
    sources = [e.text for e in text.find_elements(By.CSS_SELECTOR, ".hl.source")]
    cues = [e.text for e in text.find_elements(By.CSS_SELECTOR, ".hl.cue")]
    assert "two people familiar with the discussions" in sources and "according to" in cues
    assert text.find_elements(By.CSS_SELECTOR, ".hl.content")
    items = driver.find_elements(By.CSS_SELECTOR, "ol.claims > li")
    assert len(items) >= 5
    # a claim in the list -> its sentence is marked; the sentence links back to the claim
    items[0].find_element(By.CSS_SELECTOR, "a").click()
    from selenium.webdriver.support.ui import WebDriverWait

    # the page marks the sentence on 'hashchange', after the click returns: wait for it (a loaded machine is slow)
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".text .current"))
    marked = driver.find_elements(By.CSS_SELECTOR, ".text .current")
    assert marked and all("7912f162986a-001" in m.get_attribute("data-claims").split() for m in marked)
    assert "OpenAI is in talks with NATO" in " ".join(m.text for m in marked)
    assert marked[0].get_attribute("href").endswith("#c-7912f162986a-001")
    ARTIFACTS.mkdir(exist_ok=True)
    _full_screenshot(driver, ARTIFACTS / "serve-article.png")


@pytest.mark.browser
def test_conflicts_show_every_side_and_claims_filter(server, driver, sample_db) -> None:  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(server + "/conflicts")
    blocks = driver.find_elements(By.CSS_SELECTOR, "section.conflict")
    with open_store(sample_db) as store:  # the page shows what `claimline conflicts` prints
        expected = api.conflicts(store)
    assert len(blocks) == len(expected) >= 6, [b.text[:80] for b in blocks]
    for block in blocks:
        assert len(block.find_elements(By.CSS_SELECTOR, ".side")) >= 2
        assert block.find_element(By.CSS_SELECTOR, ".reason").text
    ARTIFACTS.mkdir(exist_ok=True)
    _full_screenshot(driver, ARTIFACTS / "serve-conflicts.png")

    driver.get(server + "/claims")
    everything = len(driver.find_elements(By.CSS_SELECTOR, "table tr")) - 1
    box = driver.find_element(By.CSS_SELECTOR, "input[name=actor]")
    box.send_keys("bundeswehr")
    driver.find_element(By.CSS_SELECTOR, "form.filters button").click()
    WebDriverWait(driver, 10).until(lambda d: "actor=bundeswehr" in d.current_url)
    rows = driver.find_elements(By.CSS_SELECTOR, "table tr")[1:]
    assert 0 < len(rows) < everything
    assert driver.current_url.endswith("actor=bundeswehr&publisher=&tier=&scope=&modality=&since=&until=&q=")

    driver.get(server + "/timeline?actor=nato")
    assert driver.find_elements(By.CSS_SELECTOR, "section.timeline li.entry")
    assert driver.find_element(By.CSS_SELECTOR, "header.top").text.startswith("claimline")


def test_the_serve_command_says_where_and_stops_cleanly(sample_db, tmp_path) -> None:
    import re
    import signal
    import subprocess
    import sys

    missing = subprocess.run(
        [sys.executable, "-m", "claimline", "serve", "--db", str(tmp_path / "none.db")], capture_output=True, text=True
    )
    assert missing.returncode == 1 and missing.stderr.startswith("Error: no claimline store at")
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimline", "serve", "--db", str(sample_db), "--port", "0"],
        stderr=subprocess.PIPE,
        text=True,
        # Ctrl-C as a terminal delivers it: the child must not inherit an ignored SIGINT from the test process
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        line = proc.stderr.readline()
        m = re.fullmatch(
            rf"serving {re.escape(str(sample_db))} at (http://127\.0\.0\.1:\d+/) \(read-only; Ctrl-C stops\)\n", line
        )
        assert m, line
        with urllib.request.urlopen(m[1]) as r:
            with open_store(sample_db) as store:
                claims = store.counts()["claims"]
            articles = sum(p.is_file() for p in (ROOT / "sample_articles").rglob("*"))  # every sample article
            assert f"<h1>Store</h1><p>{articles} articles, {claims} claims".encode() in r.read()
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
