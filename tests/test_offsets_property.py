"""Property: for any text, every span claimline extracts slices the text to the span's own text.

Texts are random mixes of real news sentences (attributions, quotes, dates),
page furniture, unicode (accents, combining marks, emoji, CJK, zero-width and
no-break spaces), CRLF/CR line ends and arbitrary characters. The spaCy
pipeline is the session's (``nlp`` fixture), so examples are few and the
deadline is off.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimline.errors import ClaimlineError

pytestmark = pytest.mark.slow

SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SENTENCES = [
    "NATO officials said on Tuesday that the alliance would begin a pilot with OpenAI in October.",
    "“We are at an early stage, and the first phase is about unclassified work,” a senior NATO official told "
    "reporters.",
    "According to the Pentagon, the system runs only on unclassified networks.",
    "The company did not respond to a request for comment on Monday.",
    "Critics argued that the deal was rushed, the Financial Times reported.",
    "OpenAI’s chief executive, Sam Altman, has said the company wants to help democratic governments.",
    "Two people familiar with the discussions said the talks could still collapse.",
    "The ministry denied that the contract covered targeting.",
    '"It has become a sales pipeline," said Mara Ellison, a researcher in London.',
    "Initial reports suggested the models would run on classified systems, but officials later said that was wrong.",
    "Zoé Mäkelä said the café in Zürich would close by 5 March 2026.",
    "Helsing said in a statement that its software would not be used for weapons.",
    "The deal, worth €40 million, was signed last Friday, the agency said.",
    "Analysts expect the vote to be close, Reuters reported on 3 March.",
    "“We will not stop,” he said. “Never.”",
    "NATO may deploy the tools next year, the diplomat added.",
]
FURNITURE = [
    "Share",
    "Read more",
    "Sign in",
    "Advertisement",
    "Related articles",
    "By Jane Doe | March 10, 2026",
    "Published 10 September 2025",
    "© 2026 Harbour Ledger. All rights reserved.",
    "World | Business | Technology | Defence",
    "MERIDIAN WIRE",
    "WASHINGTON (Meridian Wire) -",
    "BRUSSELS —",
    "https://example.org/story",
    "---",
    "- a list item",
    "## Funding Round",
]
ODD = [
    "\u00a0",
    "\u200b",
    "\ufeff",
    "e\u0301",
    "🚀",
    "東京で",
    "\t",
    "“",
    "”",
    "’",
    "—",
    "…",
    "ﬁ",
    "İ",
    "ß",
    "\u2028",
    "\x0c",
]
SEPARATORS = st.sampled_from([" ", "  ", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n \n", "\t"])
PIECES = (
    st.sampled_from(SENTENCES)
    | st.sampled_from(SENTENCES)
    | st.sampled_from(FURNITURE)
    | st.sampled_from(ODD)
    | st.text(max_size=12)
)


@st.composite
def articles(draw) -> str:
    parts = draw(st.lists(st.tuples(PIECES, SEPARATORS), min_size=1, max_size=18))
    return "".join(piece + sep for piece, sep in parts)


@st.composite
def html_articles(draw) -> str:
    parts = draw(st.lists(st.tuples(PIECES, st.sampled_from(["p", "h1", "div", "li"])), min_size=1, max_size=10))
    body = "\n".join(f"<{tag}>{piece}</{tag}>" for piece, tag in parts)
    return (
        f"<html><head><title>Story | Outlet</title></head><body><nav>Home</nav><article>{body}</article></body></html>"
    )


def check_offsets(ex, *, masked_spans: bool = True, sentences: bool = False) -> None:
    """Every span slices ``ex.text`` to its text.

    ``masked_spans=False`` checks only the bounds of sources and actor mentions: their text is
    still taken from the masked parse (see ``test_source_and_mention_offsets_slice_the_text``).
    """  # type: ignore[no-untyped-def]
    text = ex.text
    n = len(text)

    def sliced(kind: str, start: int, end: int, value: str) -> None:
        assert 0 <= start <= end <= n, (kind, start, end, n)
        assert text[start:end] == value, (kind, start, end, value, text[start:end])

    ids = set()
    for c in ex.claims:
        assert c.id not in ids and c.article_id == ex.article.id
        ids.add(c.id)
        sliced("claim", c.start, c.end, c.text)
        assert c.text.strip(), c
        assert 0 <= c.sentence.start <= c.sentence.end <= n, c.sentence
        if sentences:
            assert c.sentence.start <= c.start and c.end <= c.sentence.end, (c.sentence, c.start, c.end)
        if c.source is not None:
            if masked_spans:
                sliced("source", c.source.start, c.source.end, c.source.text)
            assert 0 <= c.source.start <= c.source.end <= n
        if c.cue is not None:
            sliced("cue", c.cue.start, c.cue.end, c.cue.text)
        if c.time is not None and c.time.char_start is not None:
            assert c.time.char_end is not None
            sliced("claim time", c.time.char_start, c.time.char_end, c.time.text)
    for t in ex.times:
        sliced("time", t.start, t.end, t.text)
    for m in ex.mentions:
        if masked_spans:
            sliced("mention", m.start, m.end, m.text)
        assert 0 <= m.start <= m.end <= n
    for o in ex.content:
        assert 0 <= o.start <= o.end <= n, o
    assert ex.article.chars == n


def run(extract, text: str, **kw):  # type: ignore[no-untyped-def]
    try:
        return extract(text, **kw)
    except ClaimlineError as exc:
        # only blank input (or what has no letter or digit once read) may be refused, in one line
        assert "\n" not in str(exc)
        assert any(w in str(exc) for w in ("empty", "binary", "no readable text")), str(exc)
        return None


@SETTINGS
@given(articles())
@example("NATO officials said on Tuesday that the alliance would begin a pilot.\r\n\r\n“We are ready,” he said.\r\n")
@example("Share\r\nBy Jane Doe | March 10, 2026\r\n\r\nThe ministry denied that the contract covered targeting.\r")
@example("Zoé Mäkelä said 🚀 the café would close.\u2028NATO said e\u0301 it would.\ufeff")
def test_plain_text_offsets_slice_the_original(extract, text):
    ex = run(extract, text, html=False)
    if ex is None:
        return
    assert ex.text == text, "plain text is stored as given, so offsets refer to the input"
    check_offsets(ex, masked_spans=False)


@SETTINGS
@given(html_articles())
def test_html_offsets_slice_the_stored_text(extract, markup):
    ex = run(extract, markup, html=True)
    if ex is not None:
        check_offsets(ex, masked_spans=False)


@SETTINGS
@given(articles())
def test_crlf_does_not_change_claims(extract, text):
    """The same article with CRLF line ends gives the same claims, at offsets into its own text.

    (CR-only line ends are not paragraph breaks yet: see test_robustness.test_cr_only_line_ends_keep_offsets.)
    """
    lf = run(extract, text.replace("\r\n", "\n").replace("\r", "\n"), html=False)
    if lf is None:
        return
    other = run(extract, lf.text.replace("\n", "\r\n"), html=False)
    assert other is not None
    check_offsets(other, masked_spans=False)
    assert [" ".join(c.text.split()) for c in other.claims] == [" ".join(c.text.split()) for c in lf.claims]


@SETTINGS
@given(articles() | html_articles())
@example("Share\nNATO officials said on Tuesday that the alliance would begin a pilot with OpenAI in October. ")
@example(
    "<html><body><article><p>\x1b0A</p>\n<p>Sign in</p>\n<p>NATO officials said on Tuesday that the alliance "
    "would begin a pilot with OpenAI in October.</p></article></body></html>"
)
def test_source_and_mention_offsets_slice_the_text(extract, text):
    ex = run(extract, text, html=None)
    if ex is not None:
        check_offsets(ex, masked_spans=True)


@SETTINGS
@given(articles())
@example(
    "“ NATO officials said on Tuesday that the alliance would begin a pilot with OpenAI in October. "
    "NATO officials said on Tuesday that the alliance would begin a pilot with OpenAI in October. "
)
def test_claim_lies_in_its_sentence(extract, text):
    ex = run(extract, text, html=False)
    if ex is not None:
        check_offsets(ex, masked_spans=False, sentences=True)
