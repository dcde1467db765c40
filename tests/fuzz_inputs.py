"""Hostile inputs for the fuzz tests (tests/test_fuzz.py) and the long run (benchmarks/fuzz_long.py).

Random bytes, sample articles with random byte mutations, generated HTML (nested, unclosed,
scripts, entities, charset declarations, JSON-LD) and random text in several encodings go
through reading and extraction; :func:`check` lets nothing but :class:`ClaimlineError` out and
checks every offset of what comes back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from claimline.errors import ClaimlineError

SAMPLES = Path(__file__).resolve().parents[1] / "sample_articles"
SAMPLE_BYTES = [p.read_bytes() for p in sorted(SAMPLES.iterdir()) if p.is_file()]
SUFFIXES = [".txt", ".md", ".html", ".htm", "", ".bin"]

WORDS = [
    "NATO",
    "said",
    "officials",
    "according to",
    "the ministry",
    "on Tuesday",
    "March 5, 2026",
    "“",
    "”",
    "—",
    "é",
    "\u200b",
    "\ufeff",
    "\r\n",
    "\n\n",
    "\t",
    "=cmd|' /C calc'!A0",
    "@SUM(A1)",
    "💥",
    "\x00",
    "\x1b[31m",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "<",
    ">",
]
TAGS = ["p", "div", "article", "script", "style", "title", "h1", "nav", "footer", "br", "meta", "a", "table", "td"]


@st.composite
def mutated_sample(draw: Any) -> bytes:
    """A sample article with bytes flipped, inserted, deleted or truncated."""
    data = bytearray(draw(st.sampled_from(SAMPLE_BYTES)))
    for _ in range(draw(st.integers(min_value=1, max_value=12))):
        if not data:
            break
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "splice"]))
        at = draw(st.integers(min_value=0, max_value=len(data) - 1))
        if op == "flip":
            data[at] = draw(st.integers(min_value=0, max_value=255))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[at : at + draw(st.integers(min_value=1, max_value=64))]
        elif op == "truncate":
            del data[at:]
        else:
            other = draw(st.sampled_from(SAMPLE_BYTES))
            data[at:at] = other[: draw(st.integers(min_value=0, max_value=len(other)))]
    return bytes(data)


@st.composite
def html_page(draw: Any) -> bytes:
    """Generated markup: nested and unclosed tags, attributes, scripts, entities, declarations."""
    parts: list[str] = []
    if draw(st.booleans()):
        charset = draw(st.sampled_from(["utf-8", "iso-8859-1", "windows-1251", "shift_jis", "bogus", "utf-16"]))
        parts.append(f'<meta charset="{charset}">')
    if draw(st.booleans()):
        parts.append('<script type="application/ld+json">' + draw(st.text(max_size=80)) + "</script>")
    for _ in range(draw(st.integers(min_value=0, max_value=30))):
        kind = draw(st.sampled_from(["open", "close", "text", "attr", "comment", "word"]))
        tag = draw(st.sampled_from(TAGS))
        if kind == "open":
            parts.append(f"<{tag}>")
        elif kind == "close":
            parts.append(f"</{tag}>")
        elif kind == "attr":
            value = draw(st.text(max_size=20)).replace('"', "&quot;")
            parts.append(f'<{tag} property="og:title" content="{value}" name="author">')
        elif kind == "comment":
            parts.append("<!--" + draw(st.text(max_size=20)) + "-->")
        elif kind == "word":
            parts.append(draw(st.sampled_from(WORDS)))
        else:
            parts.append(draw(st.text(max_size=60)))
    page = "".join(parts)
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
    return page.encode(encoding, errors="replace")


@st.composite
def encoded_text(draw: Any) -> bytes:
    words = draw(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60))
    text = " ".join(words)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1"]))
    return text.encode(encoding, errors="replace")


def any_input() -> st.SearchStrategy[tuple[bytes, str]]:
    data = st.one_of(st.binary(max_size=3000), mutated_sample(), html_page(), encoded_text())
    return st.tuples(data, st.sampled_from(SUFFIXES))


def check(data: bytes, suffix: str, nlp: Any = None) -> str:
    """Read (and with ``nlp``, extract) ``data``; only ClaimlineError may escape. Returns what happened."""
    from claimline.extraction.claims import extract_many
    from claimline.read.reader import read_bytes

    try:
        read = read_bytes(data, name=f"fuzz{suffix}", max_bytes=1_000_000)
    except ClaimlineError as exc:
        assert str(exc) and "\n" not in str(exc), repr(str(exc))
        return "refused"
    text = read.text
    for o in [*read.content, *read.furniture]:
        assert 0 <= o.start <= o.end <= len(text)
    if nlp is None:
        return "read"
    try:
        ex = next(extract_many([(read, {})], nlp=nlp))
    except ClaimlineError as exc:
        assert str(exc) and "\n" not in str(exc), repr(str(exc))
        return "refused"
    assert ex.text == text
    for c in ex.claims:
        assert text[c.start : c.end] == c.text
        if c.source:
            assert text[c.source.start : c.source.end] == c.source.text
        if c.cue:
            assert text[c.cue.start : c.cue.end] == c.cue.text
    for t in ex.times:
        assert text[t.start : t.end] == t.text
    for m in ex.mentions:
        assert text[m.start : m.end] == m.text
    return "extracted"
