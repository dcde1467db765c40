"""The HTML timeline in a real (headless) Chromium: order, safety, screenshot.

Needs the Debian packages ``chromium`` and ``chromium-driver`` and the
``selenium`` package; skipped with a reason otherwise. The screenshot is
saved to ``tests/artifacts/timeline.png`` (gitignored) and to tmp_path.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest

from claimline.present.html import render_html
from claimline.schemas import (
    Article,
    Claim,
    ClaimTime,
    Conflict,
    ConflictResolution,
    Offsets,
    Side,
    Source,
    SourceRef,
    Span,
)
from claimline.timeline import build_timeline

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).parent / "artifacts"
XSS = '<script>window.__pwned = 1; alert(1)</script> & "x" <img src=x onerror="window.__pwned=2">'

pytestmark = pytest.mark.browser


def _need_browser():
    try:
        import selenium  # noqa: F401
    except ImportError:
        pytest.skip("selenium is not installed (pip install selenium)")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} missing (apt-get install chromium)")
    if not CHROMEDRIVER.exists():
        pytest.skip(f"{CHROMEDRIVER} missing (apt-get install chromium-driver)")


# ---------------------------------------------------------------- sample story
ARTICLES = {
    a.id: a
    for a in [
        Article(id="reu-1", publisher="Reuters", published=date(2026, 3, 1)),
        Article(id="ap-1", publisher="AP", published=date(2026, 3, 2)),
        Article(id="vrg-1", publisher="The Verge", published=date(2026, 3, 5)),
        Article(id="ft-1", publisher="Financial Times", published=date(2025, 9, 3)),
        Article(id="blog-1", publisher="Defense Blog", published=date(2026, 3, 6)),
        Article(id="wire-x", publisher=None, published=None),
    ]
}


def _t(text, value, start, end, granularity, mod=None):
    return ClaimTime(text=text, value=value, start=start, end=end, granularity=granularity, mod=mod)


def _claim(cid, art, text, actors, predicate, time=None, *, modality="confirmed", source=None, cue=None, **kw):
    src = None
    if source is not None:
        src = Source(start=0, end=len(source[0]), text=source[0], actor=source[1], kind="named")
    cue_span = Span(start=0, end=len(cue), text=cue) if cue else None
    return Claim(
        id=cid,
        article_id=art,
        text=text,
        start=0,
        end=len(text),
        sentence=Offsets(start=0, end=len(text)),
        actors=actors,
        predicate=predicate,
        time=time,
        modality=modality,
        source=src,
        cue=cue_span,
        attribution="indirect" if source else "author",
        **kw,
    )


CLAIMS = [
    _claim(
        "c1",
        "reu-1",
        "OpenAI signed a deal with the Pentagon in late February to deploy its models on classified networks.",
        ["OpenAI", "Pentagon"],
        "sign",
        _t("late February", "2026-02", date(2026, 2, 1), date(2026, 2, 28), "month", "END"),
        modality="reported",
        source=("people familiar with the matter", None),
        cue="said",
        network_tier="classified",
    ),
    _claim(
        "c2",
        "ap-1",
        "OpenAI signed an agreement with the Pentagon on Feb. 27.",
        ["OpenAI", "Pentagon"],
        "sign",
        _t("Feb. 27", "2026-02-27", date(2026, 2, 27), date(2026, 2, 27), "day"),
        source=("a Pentagon spokesperson", "Pentagon"),
        cue="confirmed",
    ),
    _claim(
        "c3",
        "vrg-1",
        "OpenAI signed the deal last week.",
        ["OpenAI"],
        "sign",
        _t("last week", "2026-W09", date(2026, 2, 23), date(2026, 3, 1), "week"),
        source=("Sam Altman", "Sam Altman"),
        cue="wrote",
    ),
    _claim(
        "c4",
        "ft-1",
        "Anthropic was awarded a $200m contract by the Pentagon on 2 September.",
        ["Anthropic", "Pentagon"],
        "award",
        _t("2 September", "2025-09-02", date(2025, 9, 2), date(2025, 9, 2), "day"),
    ),
    _claim(
        "c5",
        "vrg-1",
        "The Pentagon may expand the programme to other AI labs in the second quarter.",
        ["Pentagon"],
        "expand",
        _t("the second quarter", "2026-Q2", date(2026, 4, 1), date(2026, 6, 30), "quarter"),
        modality="hedged",
    ),
    _claim(
        "c6",
        "blog-1",
        "The contract is worth $500 million.",
        ["OpenAI", "Pentagon"],
        "be",
        None,
        modality="reported",
        source=("two officials", None),
        cue="told",
    ),
    _claim(
        "c7",
        "reu-1",
        "The contract is worth $200 million, a correction said.",
        ["OpenAI", "Pentagon"],
        "worth",
        _t("early March", "2026-03", date(2026, 3, 1), date(2026, 3, 10), "month", "START"),
        revision="correction",
    ),
    _claim(
        "c8",
        "reu-1",
        "The contract was earlier reported to be worth $300 million.",
        ["OpenAI", "Pentagon"],
        "worth",
        _t("early March", "2026-03", date(2026, 3, 1), date(2026, 3, 10), "month", "START"),
        revision="initial",
        modality="reported",
    ),
    _claim(
        "c9",
        "wire-x",
        XSS,
        ["Mallory"],
        "inject",
        None,
        modality="speculative",
    ),
    _claim(
        "c10",
        "ap-1",
        "The Department of War could add Google by spring.",
        ["Department of War", "Google"],
        "add",
        _t("spring", "2026-SP", date(2026, 3, 20), date(2026, 6, 20), "season"),
        modality="speculative",
    ),
]


def _ref(cid):
    c = next(c for c in CLAIMS if c.id == cid)
    a = ARTICLES[c.article_id]
    return SourceRef(
        claim_id=cid,
        article_id=c.article_id,
        publisher=a.publisher,
        published=a.published,
        source=c.source.text if c.source else None,
        cue=c.cue.text if c.cue else None,
        modality=c.modality,
    )


CONFLICTS = [
    Conflict(
        id="k-value",
        facet="contract_value",
        subject=["OpenAI", "Pentagon"],
        question="How much is the OpenAI–Pentagon contract worth?",
        sides=[
            Side(value="$200 million", claim_ids=["c7"], sources=[_ref("c7")], score=0.8, status="stands"),
            Side(value="$300 million", claim_ids=["c8"], sources=[_ref("c8")], score=0.3, status="superseded"),
            Side(value="$500 million", claim_ids=["c6"], sources=[_ref("c6")], score=0.2, status="outvoted"),
        ],
        status="resolved",
        resolution=ConflictResolution(
            value="$200 million", reason="Reuters published a correction on 2 Mar 2026", rule="supersession"
        ),
        margin=0.5,
    ),
    Conflict(
        id="k-date",
        facet="event_date",
        subject=["Pentagon"],
        question="When will the programme expand?",
        sides=[
            Side(value="Q2 2026", claim_ids=["c5"], sources=[_ref("c5")], score=0.5),
            Side(value="spring 2026", claim_ids=["c10"], sources=[_ref("c10")], score=0.5),
        ],
        status="disputed",
    ),
]


def _page() -> str:
    entries = build_timeline(CLAIMS, ARTICLES, CONFLICTS)
    return render_html(entries, CONFLICTS, title="OpenAI × Pentagon: classified AI deal", generated="2026-03-07")


# ---------------------------------------------------------------- the browser
@pytest.fixture
def driver():
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="claimline-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--window-size=1200,900",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    drv = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _full_screenshot(drv, path: Path) -> None:
    height = drv.execute_script("return document.documentElement.scrollHeight")
    drv.set_window_size(1200, max(900, int(height) + 40))
    drv.save_screenshot(str(path))


def test_timeline_page_in_chromium(driver, tmp_path):
    from selenium.webdriver.common.by import By

    page = tmp_path / "timeline.html"
    page.write_text(_page(), encoding="utf-8")
    driver.get(page.as_uri())

    assert driver.title == "OpenAI × Pentagon: classified AI deal"
    entries = driver.find_elements(By.CSS_SELECTOR, "section.timeline li.entry")
    starts = [e.get_attribute("data-start") for e in entries]
    assert starts == sorted(starts)
    assert starts[0] == "2025-09-02"
    assert len(entries) >= 5
    # the three reports of the deal are one event with three sources
    deal = [e for e in entries if "c1" in (e.get_attribute("data-claims") or "").split()]
    assert len(deal) == 1
    assert set(deal[0].get_attribute("data-claims").split()) == {"c1", "c2", "c3"}
    assert deal[0].get_attribute("data-start") == "2026-02-27"
    assert len(deal[0].find_elements(By.CSS_SELECTOR, "ul.sources > li")) == 3
    assert "27 Feb 2026" in deal[0].find_element(By.CSS_SELECTOR, ".when").text

    # superseded claim: struck through but visible
    struck = driver.find_elements(By.CSS_SELECTOR, 'li.source.superseded[data-claim="c8"] s')
    assert struck and struck[0].is_displayed()
    # the conflict badge links to the conflicts section
    badge = driver.find_element(By.CSS_SELECTOR, "a.b-conflict")
    target = badge.get_attribute("href").split("#", 1)[1]
    section = driver.find_element(By.ID, target)
    assert section.get_attribute("data-conflict") in {"k-value", "k-date"}
    assert "Verdict" in driver.find_element(By.ID, "conflicts").text

    # undated events sit apart, the injected markup is shown as text and never ran
    undated = driver.find_elements(By.CSS_SELECTOR, "section.undated li.entry")
    assert [e.get_attribute("data-claims") for e in undated] == ["c9"]
    assert "<script>window.__pwned = 1; alert(1)</script>" in undated[0].text
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert driver.find_elements(By.CSS_SELECTOR, "body script") == []
    assert driver.find_elements(By.CSS_SELECTOR, "img") == []

    ARTIFACTS.mkdir(exist_ok=True)
    _full_screenshot(driver, tmp_path / "timeline.png")
    shutil.copyfile(tmp_path / "timeline.png", ARTIFACTS / "timeline.png")
    assert (ARTIFACTS / "timeline.png").stat().st_size > 10_000


def test_timeline_page_prints(driver, tmp_path):
    """Print emulation keeps every entry visible (no JS needed, nothing hidden)."""
    from selenium.webdriver.common.by import By

    page = tmp_path / "timeline.html"
    page.write_text(_page(), encoding="utf-8")
    driver.get(page.as_uri())
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    entries = driver.find_elements(By.CSS_SELECTOR, "li.entry")
    assert entries and all(e.is_displayed() for e in entries)
    pdf = driver.print_page()
    assert len(pdf) > 1000
