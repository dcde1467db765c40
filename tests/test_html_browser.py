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


RANK = {"quarter": 0, "season": 0, "month": 1, "week": 2, "day": 3, "time": 4}


def _page_order(start: str, granularity: str) -> tuple:
    """The page order documented in present/html.py, from an entry's data attributes."""
    year, month = int(start[:4]), int(start[5:7])
    if granularity in ("year", "half", "decade", "century"):
        return (year, 0, 0, 0, start)
    return (year, 1, month, RANK[granularity], start)


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
    grans = [e.get_attribute("data-granularity") for e in entries]
    # the documented order: by year; within a month quarter/season before month before week before day
    keys = [_page_order(st, g) for st, g in zip(starts, grans, strict=True)]
    assert keys == sorted(keys)
    assert starts[0] == "2025-09-02"
    march = [g for st, g in zip(starts, grans, strict=True) if st.startswith("2026-03")]
    assert march == ["season", "month", "day"], march  # spring 2026, early March, reported on 6 Mar
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


# ---------------------------------------------------------------- markers, gaps, "reported on" days, strip
def _gap_story():
    """A year-long entry, a quarter, and day entries one month apart; four "reported on" items on two days."""
    arts = {
        "a1": Article(id="a1", publisher="Harbour Post", published=date(2025, 12, 3)),
        "a2": Article(id="a2", publisher="Quay Times", published=date(2025, 12, 3)),
        "a3": Article(id="a3", publisher="Dock Daily", published=date(2026, 1, 9)),
    }
    claims = [
        _claim(
            "y1",
            "a1",
            "The port has expanded every quarter during 2025.",
            ["Port Authority"],
            "expand",
            _t("2025", "2025", date(2025, 1, 1), date(2025, 12, 31), "year"),
        ),
        _claim(
            "q1",
            "a3",
            "Dredging is planned for the first quarter.",
            ["Port Authority"],
            "dredge",
            _t("the first quarter", "2026-Q1", date(2026, 1, 1), date(2026, 3, 31), "quarter"),
            modality="hedged",
        ),
        _claim(
            "d1",
            "a1",
            "The new quay opened on 1 December.",
            ["Port Authority"],
            "open",
            _t("1 December", "2025-12-01", date(2025, 12, 1), date(2025, 12, 1), "day"),
        ),
        _claim(
            "d2",
            "a3",
            "The ferry line resumed on 8 January.",
            ["Ferry Co"],
            "resume",
            _t("8 January", "2026-01-08", date(2026, 1, 8), date(2026, 1, 8), "day"),
        ),
        _claim(
            "r1",
            "a1",
            "The port employs 900 people.",
            ["Port Authority"],
            "employ",
            source=("the harbour master", "Port Authority"),
            cue="said",
            modality="reported",
        ),
        _claim("r2", "a2", "The port plans a second terminal.", ["Port Authority"], "plan"),
        _claim("r3", "a2", "The union backs the terminal.", ["Dock Union"], "back"),
        _claim("r4", "a3", "Freight volumes rose sharply.", ["Port Authority"], "rise"),
    ]
    return render_html(build_timeline(claims, arts), title="Harbour")


def test_markers_gaps_reported_days_and_strip(driver, tmp_path):
    from selenium.webdriver.common.by import By

    page = tmp_path / "harbour.html"
    page.write_text(_gap_story(), encoding="utf-8")
    driver.get(page.as_uri())
    # the year-long entry sits under the year marker, not under "Jan 2025", and leaves no empty-month gap
    markers = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "section.timeline li.marker")]
    assert markers == ["2025", "Dec 2025", "2026", "Jan 2026"], markers
    assert driver.find_elements(By.CSS_SELECTOR, "li.gap") == []
    grans = [
        e.get_attribute("data-granularity") for e in driver.find_elements(By.CSS_SELECTOR, "section.timeline li.entry")
    ]
    assert grans == ["year", "day", "day", "quarter", "day", "day"], grans  # 2026: the quarter opens January
    # "reported on" items: one card per day listing every item with its outlets and speaker
    days = driver.find_elements(By.CSS_SELECTOR, "li.entry.reported-day")
    assert [(d.get_attribute("data-start"), d.get_attribute("data-items")) for d in days] == [
        ("2025-12-03", "3"),
        ("2026-01-09", "1"),
    ]
    first = days[0]
    assert "Reported on 3 Dec 2025" in first.text and "3 items · 2 outlets" in first.text
    items = first.find_elements(By.CSS_SELECTOR, "li.report-item")
    assert sorted(i.get_attribute("data-claims") for i in items) == ["r1", "r2", "r3"]
    assert "Port Authority (Harbour Post)" in first.text and "Quay Times" in first.text
    # the strip: one bar per month from Dec 2025 to Jan 2026, counting entries of a month or finer
    strip = driver.find_element(By.CSS_SELECTOR, "svg.strip")
    assert strip.get_attribute("role") == "img"
    label = strip.get_attribute("aria-label")
    assert (
        label == "Events per month, Dec 2025 to Jan 2026: 6 events dated to a month or finer; busiest Dec 2025 with 4."
    )
    bars = strip.find_elements(By.CSS_SELECTOR, "rect")
    assert [(b.get_attribute("data-month"), b.get_attribute("data-count")) for b in bars] == [
        ("2025-12", "4"),  # the quay, and three items reported on 3 Dec
        ("2026-01", "2"),
    ]
    assert strip.size["height"] > 20 and strip.size["width"] > 100
    ARTIFACTS.mkdir(exist_ok=True)
    _full_screenshot(driver, ARTIFACTS / "timeline_days.png")


def _event_entries():
    from claimline.schemas import EventEntry, EventReport, EventSummary

    def entry(status, day, label, outlets, factuality):
        span = Span(text="signed", start=0, end=6)
        reports = [
            EventReport(
                event_id=f"{label[:3]}{k}", article_id=f"a{k}", publisher=o, published=day, trigger=span, factuality=f
            )
            for k, (o, f) in enumerate(zip(outlets, factuality, strict=True))
        ]
        summary = EventSummary(
            cluster_id=label[:3],
            event_class="agree",
            trigger=span,
            article_id="a0",
            participants=[],
            factuality=factuality[0],
        )
        return EventEntry(
            start=day,
            end=day,
            granularity="day",
            date_label=day.isoformat(),
            date_basis="text",
            label=label,
            status=status,
            actors=["Orvane"],
            outlets=list(outlets),
            event=summary,
            reports=reports,
        )

    return [
        entry("asserted", date(2026, 3, 2), "Skyvale signed the contract.", ["Baltic Wire"], ["asserted"]),
        entry("denied", date(2026, 3, 3), "Orvane signed a contract.", ["Tech Desk"], ["denied"]),
        entry("disputed", date(2026, 3, 4), "Norsk signed a deal.", ["Riga Post", "Tech Desk"], ["asserted", "denied"]),
        entry("expected", date(2026, 3, 5), "The first units ship within 90 days.", ["Baltic Wire"], ["expected"]),
    ]


def test_event_timeline_page_shows_each_status(driver, tmp_path):
    from selenium.webdriver.common.by import By

    page = tmp_path / "events.html"
    page.write_text(render_html(_event_entries(), title="Drones"), encoding="utf-8")
    driver.get(page.as_uri())
    entries = driver.find_elements(By.CSS_SELECTOR, "section.timeline li.entry")
    seen = {}
    for e in entries:
        badge = e.find_element(By.CSS_SELECTOR, ".card-head .badge")
        seen[e.get_attribute("data-status")] = (badge.text, badge.get_attribute("class"), e.get_attribute("class"))
    assert seen["denied"][0] == "DENIED" and "b-denied" in seen["denied"][1] and "s-denied" in seen["denied"][2]
    assert seen["disputed"][0] == "DISPUTED" and "b-disputed" in seen["disputed"][1]
    assert seen["expected"][0] == "EXPECTED" and "b-expected" in seen["expected"][1]
    for status in ("denied", "disputed", "expected"):  # never the look of a confirmed entry
        assert "confirmed" not in seen[status][1] + seen[status][2]
    colours = {
        s: driver.execute_script(
            "return getComputedStyle(arguments[0]).color", e.find_element(By.CSS_SELECTOR, ".card-head .badge")
        )
        for s, e in ((e.get_attribute("data-status"), e) for e in entries)
    }
    assert len({colours["asserted"], colours["denied"], colours["expected"]}) == 3
    disputed = next(e for e in entries if e.get_attribute("data-status") == "disputed")
    assert "Riga Post" in disputed.text and "Tech Desk" in disputed.text
    ARTIFACTS.mkdir(exist_ok=True)
    _full_screenshot(driver, ARTIFACTS / "timeline_events.png")
