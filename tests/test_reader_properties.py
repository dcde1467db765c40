"""Property tests for the reader: never crash, and every range is well formed."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from claimline.errors import ClaimlineError
from claimline.read import ReadResult, decode, parse_date, read_bytes, read_text

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Lines that look like real pages, to reach the structural rules more often than st.text() would.
PAGE_LINES = st.sampled_from(
    [
        "",
        "",
        "Blog",
        "Login",
        "Share",
        "Related articles",
        "Read more",
        "Tags Alpha Beta Gamma",
        "Mar 05, 2026 2 min read",
        "By Jane Doe | March 10, 2026",
        "Published 10 September 2025",
        "Updated: 2026-03-05",
        "The Harbour Ledger",
        "Harbour Authority Plans Expansion",
        "Harbour Authority Plans Expansion",
        "## Funding Round",
        "Next Steps",
        "HELSINKI, 2 September 2025 — The authority said it would grow.",
        "WASHINGTON — Officials said the review had ended.",
        "The council said on Monday that it would vote on the budget next month.",
        "The plan still needs approval",
        "from the parliament, which meets in May.",
        "- a list item",
        "© 2026 Harbour Ledger. All rights reserved.",
        "https://example.org/story",
        "---",
        "title: A Front Matter Title",
        "<p>Some <b>markup</b></p>",
        "\u200b",
        "   ",
    ]
)
NEWLINES = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"])


@st.composite
def pages(draw) -> str:
    parts = draw(st.lists(st.tuples(PAGE_LINES | st.text(max_size=40), NEWLINES), max_size=25))
    return "".join(line + nl for line, nl in parts)


def check_ranges(result: ReadResult) -> None:
    text = result.text
    spans = [*result.content, *result.furniture]
    if result.title_span is not None:
        spans.append(result.title_span)
    for group in (result.content, result.furniture, spans):
        ordered = sorted(group, key=lambda o: o.start)
        if group is not spans:
            assert group == ordered, "ranges are sorted"
        for prev, cur in zip(ordered, ordered[1:], strict=False):
            assert prev.end <= cur.start, f"overlap {prev} {cur}"
    for o in spans:
        assert 0 <= o.start < o.end <= len(text)
        piece = text[o.start : o.end]
        assert piece.strip(), f"blank range {o}"
        assert piece == piece.strip(), f"range {o} is not trimmed: {piece!r}"


def read_or_empty(text: str, **kw) -> ReadResult | None:
    try:
        return read_text(text, **kw)
    except ClaimlineError as exc:
        assert "\n" not in str(exc)
        if "no readable text" in str(exc):  # nothing to read: no letter or digit (outside markup)
            assert not any(ch.isalnum() for ch in text) or kw.get("html") or "<" in text
            return None
        assert "empty" in str(exc)
        assert not "".join(ch for ch in text if not ch.isspace()).strip("\ufeff\u200b\u200c\u200d\u2060")
        return None


@SETTINGS
@given(st.text())
@example("HELSINKI, 2 September 2025 — ")
@example("A\n\nB c d.\n\nA")
@example("title: A Title\nHELSINKI, 2 September 2025 — The authority said it would grow.\nThe Harbour Ledger\n")
@example("<p>x</p>\r\n<![if !supportLists]>")
def test_read_text_never_crashes(text):
    result = read_or_empty(text)
    if result is not None:
        check_ranges(result)


@SETTINGS
@given(pages())
def test_read_text_pagelike(text):
    for html in (None, False):
        result = read_or_empty(text, html=html)
        if result is not None:
            check_ranges(result)
            if html is False:
                assert result.text == text


@SETTINGS
@given(st.text())
def test_read_text_as_html_never_crashes(text):
    result = read_or_empty(text, html=True)
    if result is not None:
        check_ranges(result)


HTML_BITS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "<h1>",
        "</h1>",
        "<br>",
        "<nav>",
        "</nav>",
        "<script>",
        "</script>",
        "<![CDATA[",
        "<![if !x]>",
        "<!--",
        "-->",
        "&amp;",
        "&#x;",
        "<meta name=author",
        " content='x'>",
        "<title>",
        "Headline Here",
        "Body text said so.",
        "\r\n",
        "<pre>",
        "</pre>",
        "<header hidden>",
    ]
)


@SETTINGS
@given(st.lists(HTML_BITS | st.text(max_size=8), max_size=30))
def test_html_fragments_never_crash(parts):
    result = read_or_empty("".join(parts), html=True)
    if result is not None:
        check_ranges(result)


@SETTINGS
@given(st.binary(max_size=400))
@example(b"\xff\xfe\x00")
@example(b"\xfe\xff\xd8\x00")
@example(b"\xef\xbb\xbf\xff")
@example(b"\xff\xfe\x00\x00\x00\x00\x11\x00")
def test_read_bytes_returns_or_raises_claimline_error(data):
    try:
        result = read_bytes(data, name="blob.bin")
    except ClaimlineError as exc:
        assert "\n" not in str(exc)
        assert "blob.bin" in str(exc)
    else:
        check_ranges(result)


@SETTINGS
@given(st.text(min_size=1), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_decode_round_trips(text, encoding):
    # UTF-16 LE of a text that starts with NUL begins FF FE 00 00: the UTF-32 LE byte order mark. The
    # bytes are ambiguous by the encodings' design, and decode reads UTF-32 (no news text starts with NUL).
    assume(not (encoding == "utf-16" and text.startswith("\x00")))
    try:
        decoded = decode(text.encode(encoding), name="x")
    except ClaimlineError:
        return  # empty, or mostly control characters
    assert decoded == text


@SETTINGS
@given(
    st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)),
    st.sampled_from(["%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%Y-%m-%d", "%A, %d %B %Y"]),
)
def test_parse_date_round_trips(day, fmt):
    assert parse_date(day.strftime(fmt)) == day
