"""Fetching pages and feeds from a local site on 127.0.0.1 (no other network), and ingesting them."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimline.cli import app
from claimline.errors import ClaimlineError
from claimline.read.feed import parse_feed
from claimline.read.fetch import USER_AGENT, Fetcher

from .local_site import serve_site

runner = CliRunner()


@pytest.fixture()
def site():
    with serve_site() as s:
        yield s


def fetcher(**kw) -> Fetcher:
    waits: list[float] = []
    f = Fetcher(timeout=kw.pop("timeout", 5.0), max_bytes=kw.pop("max_bytes", 50_000), sleep=waits.append, **kw)
    f.waits = waits  # type: ignore[attr-defined]
    return f


def test_a_page_is_fetched_with_our_user_agent_after_robots(site) -> None:
    page = fetcher().get(site.base + "/news/harbour-fees.html")
    assert page.status == 200 and page.content_type == "text/html" and page.charset == "utf-8"
    assert b"harbour fees" in page.data
    assert site.paths() == ["/robots.txt", "/news/harbour-fees.html"]
    assert {ua for _, ua in site.hits} == {USER_AGENT}


def test_robots_txt_is_read_once_per_host_and_obeyed(site) -> None:
    f = fetcher()
    f.get(site.base + "/news/harbour-fees.html")
    with pytest.raises(ClaimlineError, match=r"/private/harbour-fees.html: disallowed by robots.txt$"):
        f.get(site.base + "/private/harbour-fees.html")
    f.get(site.base + "/news/ferry-strike.html")
    assert site.paths() == ["/robots.txt", "/news/harbour-fees.html", "/news/ferry-strike.html"]


def test_a_404_is_one_final_error_without_retries(site) -> None:
    f = fetcher()
    with pytest.raises(ClaimlineError, match=r"^http://127\.0\.0\.1:\d+/news/gone.html: HTTP 404 Not Found$"):
        f.get(site.base + "/news/gone.html")
    assert site.paths().count("/news/gone.html") == 1 and f.waits == []


def test_a_slow_page_times_out_and_is_retried_with_backoff(site) -> None:
    f = fetcher(timeout=0.3, retries=1, backoff=0.5)
    with pytest.raises(ClaimlineError, match=r"/slow.html: no answer within 0.3 s$"):
        f.get(site.base + "/slow.html")
    assert site.paths().count("/slow.html") == 2 and f.waits == [0.5]


@pytest.mark.parametrize("path", ["/big.html", "/big-stream.html"])
def test_an_oversized_page_is_refused(site, path) -> None:
    with pytest.raises(ClaimlineError, match=r"over the limit of 50,000( bytes)?; raise it with --max-bytes$"):
        fetcher().get(site.base + path)


def test_a_503_is_retried_after_the_servers_retry_after(site) -> None:
    f = fetcher(backoff=4.0)
    page = f.get(site.base + "/flaky.html")
    assert b"Ferry crews" in page.data and f.waits == [0.0]  # Retry-After: 0 beats the 4 s backoff


def test_backoff_doubles_and_is_capped_and_an_unreachable_host_is_asked_once() -> None:
    f = fetcher(timeout=0.2, retries=3, backoff=1.0, max_wait=3.0)
    with pytest.raises(ClaimlineError, match=r"^http://127.0.0.1:9/x.html: cannot connect"):
        f.get("http://127.0.0.1:9/x.html")  # port 9 (discard) is closed: connection refused
    assert f.waits == [1.0, 2.0, 3.0]  # robots.txt: 1, 2, then 4 capped at 3
    with pytest.raises(ClaimlineError, match=r"^http://127.0.0.1:9/y.html: cannot connect"):
        f.get("http://127.0.0.1:9/y.html")
    assert f.waits == [1.0, 2.0, 3.0]  # the host's failure is remembered: no second round of retries


def test_not_a_web_address() -> None:
    with pytest.raises(ClaimlineError, match="not a web address: 'ftp://x/y'"):
        fetcher().get("ftp://x/y")


# ------------------------------------------------------------------- feeds
def test_rss_links_are_resolved_against_the_feed(site) -> None:
    from .local_site import RSS

    items = parse_feed(RSS.format(base=site.base).encode(), site.base + "/feed.xml")
    assert [i.url.removeprefix(site.base) for i in items] == [
        "/news/harbour-fees.html",
        "/news/ferry-strike.html",
        "/news/gone.html",
    ]
    assert [str(i.published) for i in items] == ["2026-04-14", "2026-04-16", "None"]


def test_atom_takes_the_alternate_html_link() -> None:
    from .local_site import ATOM

    (item,) = parse_feed(ATOM.encode(), "http://h.example/coast/atom.xml")
    assert item.url == "http://h.example/coast/news/ferry-strike.html"
    assert str(item.published) == "2026-04-16" and item.title == "Ferry crews call off weekend strike"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<html><body>hi</body></html>", "not an RSS or Atom feed (root element <html>)"),
        (b"not xml at all", "not an RSS or Atom feed (syntax error"),
        (b"<rss><channel></channel></rss>", "lists no articles"),
    ],
)
def test_what_is_not_a_feed(data, message) -> None:
    with pytest.raises(ClaimlineError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_feed(data, "http://h.example/feed")


# -------------------------------------------------------- ingest, end to end
@pytest.mark.slow
def test_ingest_urls_and_a_feed_then_rerun_skips_what_is_stored(site, tmp_path, nlp) -> None:
    db = str(tmp_path / "web.db")
    result = runner.invoke(
        app,
        [
            "ingest",
            "--db",
            db,
            "--timeout",
            "0.5",
            site.base + "/news/harbour-fees.html",
            site.base + "/slow.html",
            site.base + "/big.html",
            "--feed",
            site.base + "/feed.xml",
            "--max-bytes",
            "50000",
        ],
    )
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    b = site.base
    assert errors == [
        f"Error: {b}/slow.html: no answer within 0.5 s",
        f"Error: {b}/big.html: 60,007 bytes, over the limit of 50,000; raise it with --max-bytes",
        f"Error: {b}/news/gone.html: HTTP 404 Not Found",
    ]
    assert result.output.splitlines()[-1].startswith("2 stored, 1 already present, 3 failed;"), result.output
    assert result.exit_code == 1
    arts = json.loads(runner.invoke(app, ["articles", "--db", db, "--format", "json"]).output)
    by_url = {a["url"].removeprefix(b): a for a in arts}
    assert sorted(by_url) == ["/news/ferry-strike.html", "/news/harbour-fees.html"]
    assert by_url["/news/harbour-fees.html"]["publisher"] == "The Quayside Ledger"
    assert by_url["/news/ferry-strike.html"]["published"] == "2026-04-16"

    before = len(site.hits)
    again = runner.invoke(app, ["ingest", "--db", db, "--feed", b + "/feed.xml", b + "/news/harbour-fees.html"])
    fetched = site.paths()[before:]
    assert fetched == ["/robots.txt", "/feed.xml", "/news/gone.html"], fetched  # stored URLs are not asked again
    assert again.output.splitlines()[-1].startswith("0 stored, 3 already present, 1 failed;")
