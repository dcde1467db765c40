"""Read one article: decode its bytes, reduce HTML to text, find metadata,
content and page furniture.

``read_path`` / ``read_bytes`` / ``read_text`` return a :class:`ReadResult`:
the article ``text`` as stored (plain text exactly as decoded, CRLF kept; for
HTML the visible text), its ``meta`` (title, publisher, published, url,
author) and two ordered lists of character ranges into ``text``: ``content``
(paragraph blocks of the article) and ``furniture`` (menus, bylines, share
and newsletter prompts, tags, section headings, repeated titles, credits ...).
Every range slices ``text`` to a block with no surrounding whitespace.

How a plain-text page is read (HTML is reduced to visible text first, with
blocks separated by blank lines, then read the same way):

1. Lines matching the furniture lexicon (``models/furniture.toml``: whole
   lines, regexes, trailers, known outlets), byline/date lines ("By Jane
   Doe | March 10, 2026", "Mar 05, 2026 2 min read", "Updated: 2026-03-05")
   and navigation lines (short items between separators: "World | Business
   | Tech", "Business › Technology") are furniture. Markdown front matter
   is furniture and read as metadata.
2. The remaining lines form units: a paragraph (a run of lines ending in
   sentence punctuation, or hard-wrapped prose) or a single short line.
3. The *top zone* is everything before the first paragraph. There a block of
   two or more very short lines is a menu (its first line, the page's first,
   names the site); a masthead is a shouted line ("THE POLICY WIRE"), a line
   ending like an outlet ("The Rhine Courier") or the page's first line with
   only furniture beside it, when a longer line follows to be the title; the
   title is the first heading-like line left (preferring one the page
   repeats, then one of three or more words). Other heading-like lines there
   (kickers, section labels) are furniture; a sentence-case line of six or
   more words after the title is a standfirst and stays content.
4. After it: copies of the title and short heading-like lines without final
   punctuation (section headings) are furniture; after a trailer line
   ("Related articles", "Read more", "Stay in the loop") headline-like lines
   are furniture up to the next paragraph, and so are short paragraphs (a
   blurb) when no long paragraph follows anywhere.
5. A dateline opening the first paragraph ("HELSINKI, 2 September 2025 —",
   "WASHINGTON —") is furniture; content starts after its dash.

The title line itself is in neither list; its range is ``title_span``.

Only the standard library and pydantic are imported here (no spaCy, no
dateparser): reading is meant to be cheap.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .. import lexicons
from ..errors import ClaimlineError
from ..lexicons import FurnitureLexicon
from ..schemas import ArticleMeta, Offsets

__all__ = [
    "ReadResult",
    "decode",
    "find_date",
    "looks_like_html",
    "parse_date",
    "read_bytes",
    "read_path",
    "read_text",
]

DEFAULT_MAX_BYTES = 5_000_000
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".xht"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".mdown", ".mkd"})


class ReadResult(BaseModel):
    """One article as read: its text, metadata, content and furniture ranges."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The article text: plain text as decoded (CRLF kept), or HTML's visible text")
    meta: ArticleMeta = Field(default_factory=ArticleMeta)
    content: list[Offsets] = Field(default_factory=list, description="Paragraph blocks of article content")
    furniture: list[Offsets] = Field(default_factory=list, description="Lines recognised as page furniture")
    title_span: Offsets | None = Field(default=None, description="The title line, when found in the text")


# =================================================================== decoding
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: C0 controls other than whitespace, DEL and C1 controls: deleted to count them.
_CONTROLS = dict.fromkeys([c for c in range(32) if chr(c) not in "\t\n\r\f\v"] + list(range(0x7F, 0xA0)))
_CONTROL_LIMIT = 0.10  # more than this share of control characters: binary
_SAMPLE = 65_536


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Error handler for cp1252: its five undefined bytes decode as Latin-1."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("claimline-latin1", _latin1_fallback)


def _label(name: str) -> str:
    return " ".join(str(name).split()) or "<input>"


def _check_text(text: str, name: str) -> str:
    if _NONBLANK.search(text) is None:
        raise ClaimlineError(f"{name} is empty")
    sample = text[:_SAMPLE]
    controls = len(sample) - len(sample.translate(_CONTROLS))
    if controls > _CONTROL_LIMIT * len(sample):
        raise ClaimlineError(f"{name} looks like a binary file, not text ({controls} control characters)")
    return text


def decode(data: bytes, *, name: str = "<stdin>") -> str:
    """Decode an article's bytes to text.

    UTF-8 (with or without BOM), UTF-16/32 with BOM, else a legacy charset that
    an HTML page declares in a ``<meta>`` tag, else Windows-1252 (whose five
    undefined bytes fall back to Latin-1). Raises :class:`ClaimlineError`
    naming ``name`` for empty or whitespace-only input, binary content and
    text that its byte-order mark says is UTF-8/16/32 but is not.
    """
    name = _label(name)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-32" and len(data) % 4:
                continue  # FF FE 00 00 can also start UTF-16 LE
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                where = f"byte {exc.start}"
                raise ClaimlineError(
                    f"{name} is not decodable text: it starts with a {encoding.upper().replace('-SIG', '')} "
                    f"byte-order mark but is invalid at {where} ({exc.reason})"
                ) from None
            return _check_text(text, name)
    if not data.strip():
        raise ClaimlineError(f"{name} is empty")
    if b"\x00" in data:
        raise ClaimlineError(f"{name} looks like a binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _declared(data) or data.decode("cp1252", errors="claimline-latin1")
    return _check_text(text, name)


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
#: Legacy single- and multi-byte text encodings a saved page may declare (Python codec names).
_LEGACY = re.compile(r"(iso8859|cp125|cp8\d|cp9|koi8|shiftjis|euc|gb|big5|mac|iso2022|johab|tis|hz)")


def _declared(data: bytes) -> str | None:
    """Decode with the charset a non-UTF-8 HTML page declares in a <meta> tag, if it is a legacy one."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        codec = codecs.lookup(m.group(1).decode("ascii"))
        if codec.name in ("iso8859-1", "ascii") or not _LEGACY.match(codec.name.replace("-", "").replace("_", "")):
            return None  # browsers read "iso-8859-1" as windows-1252, our fallback anyway
        return data.decode(codec.name)
    except (LookupError, UnicodeDecodeError, ValueError):
        return None


# ====================================================================== dates
_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_MON = r"(?P<mon>[a-z]{3,9}\.?)"
_ORD = r"(?:st|nd|rd|th)?"
_TIME = (
    r"(?:,?\s*(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"(?:\s*(?:utc|gmt|[a-z]{1,2}t|cet|cest|eet|eest|bst|ist|jst|z)\b)?"
    r"(?:\s*[+-]\d{2}:?\d{2})?)?"
)
_DATE_FORMS = (
    # ISO 8601 date or date-time: 2026-03-05, 2026-03-05T10:00:00Z, 2026/03/05
    r"(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?",
    # day month year: 2 September 2025, 2nd of Sept. 2025, 05 Mar, 2026
    r"(?P<d>\d{1,2})" + _ORD + r"\s+(?:of\s+)?" + _MON + r",?\s+(?P<y>\d{4})",
    # month day year: March 10, 2026 / Mar 05 2026 / Sept. 2nd, 2025
    _MON + r"\s+(?P<d>\d{1,2})" + _ORD + r",?\s+(?P<y>\d{4})",
    # numeric: 05.03.2026 (day first), 3/5/2026 (month first unless the first number is over 12)
    r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})",
)
_DATE_FULL = [re.compile(_WEEKDAY + form + _TIME, re.I) for form in _DATE_FORMS]
_DATE_SEARCH = [re.compile(r"(?<![\w-])" + _WEEKDAY + form + r"(?!\w)", re.I) for form in _DATE_FORMS]
#: Month and day without a year ("March 4", "4 March"): datelines only.
_DATE_NOYEAR = [
    re.compile(_WEEKDAY + r"(?P<d>\d{1,2})" + _ORD + r"\s+(?:of\s+)?" + _MON, re.I),
    re.compile(_WEEKDAY + _MON + r"\s+(?P<d>\d{1,2})" + _ORD, re.I),
]
_WEEKDAY_ONLY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)


def _to_date(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    try:
        year = int(groups["y"])
        if groups.get("mon"):
            month = _MONTHS.get(groups["mon"].lower().rstrip("."))
            if month is None:
                return None
            day = int(groups["d"])
        elif groups.get("a"):
            a, b = int(groups["a"]), int(groups["b"])
            if groups["sep"] == "." or a > 12:
                day, month = a, b
            else:
                month, day = a, b
        else:
            month, day = int(groups["m"]), int(groups["d"])
        if not 1800 <= year <= 2200:
            return None
        return date(year, month, day)
    except (TypeError, ValueError):
        return None


def parse_date(value: str) -> date | None:
    """Parse a whole string as one absolute date ("Mar 05, 2026", "2 September 2025",
    "2026-03-05T10:00Z", "Thursday, March 5, 2026 at 9:41 a.m. ET"); None if it is not one."""
    s = value.strip().strip(",;|()[]").strip()
    if len(s) > 80:
        return None
    for rx in _DATE_FULL:
        m = rx.fullmatch(s)
        if m:
            return _to_date(m)
    return None


def find_date(value: str) -> date | None:
    """The first absolute date anywhere in ``value`` (e.g. in "Thu, 05 Mar 2026 10:00:00 GMT")."""
    best: tuple[int, date] | None = None
    for rx in _DATE_SEARCH:
        for m in rx.finditer(value):
            d = _to_date(m)
            if d is not None:
                if best is None or m.start() < best[0]:
                    best = (m.start(), d)
                break
    return best[1] if best else None


def _dateline_date(s: str) -> tuple[bool, date | None]:
    """Whether ``s`` is the date part of a dateline, and the date when it has a year."""
    d = parse_date(s)
    if d is not None:
        return True, d
    s = s.strip().rstrip(".")
    if _WEEKDAY_ONLY.fullmatch(s):
        return True, None
    for rx in _DATE_NOYEAR:
        m = rx.fullmatch(s)
        if m and m["mon"].lower().rstrip(".") in _MONTHS and 1 <= int(m["d"]) <= 31:
            return True, None
    return False, None


# ============================================================ text utilities
def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_JUNK = "\ufeff\u200b\u200c\u200d\u2060"
_NONBLANK = re.compile(r"[^\s\ufeff\u200b\u200c\u200d\u2060]")
_NEWLINE = re.compile(r"\r\n|\r|\n")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_HEADING = re.compile(r"#{1,6}(?:\s+|$)")
#: Markdown emphasis and code marks at the edges of words ("*Outlet*", "**Bold**", "`NATO`")
_EMPHASIS = re.compile(r"(?<![\w*_`])[*_`]+|[*_`]+(?![\w*_`])")
#: Separators of navigation and breadcrumb lines ("World | Business", "Business › Technology")
_NAV_SPLIT = re.compile(r"\s*[|·•›»]\s*|\s+[/>]\s+|\s{3,}|\t+")
_LEAD_MARK = re.compile(r"(?:>\s*)+|[-*+•·▪◦‣]\s+")
_EDGE = " \t-–—•·|»«›‹→←>:*_#/\\"
_TERMINAL = ".!?…"
_CLOSERS = "\"'”’)]*_»"
_SMALL_WORDS = _wordset(
    "a an and as at but by for from in into nor of on onto or per so the to up via vs vs. with yet "
    "amid after before about against over under than off out is are its be de la le van von der"
)
_NAME_PARTICLES = _wordset("and de da di du la le van von der den del bin al ibn &")


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink ``text[a:b]`` to its first and last non-blank characters."""
    m = _NONBLANK.search(text, a, b)
    if m is None:
        return a, a
    a = m.start()
    b = a + len(text[a:b].rstrip())
    while b > a and (text[b - 1] in _JUNK or text[b - 1].isspace()):
        b -= 1
    return a, b


def _fold(s: str) -> str:
    """Key for comparing titles and exact lines: case- and whitespace-insensitive."""
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(s.casefold().split()).strip(_EDGE + ".,;!?\"'")


def _ends_terminal(s: str) -> bool:
    s = s.rstrip(_CLOSERS + " ")
    return bool(s) and s[-1] in _TERMINAL


def _starts_upper(s: str) -> bool:
    s = s.lstrip("\"'“‘(¿¡[")
    return bool(s) and (s[0].isupper() or s[0].isdigit())


def _title_case(s: str) -> bool:
    words = [w.strip("\"'“”‘’()[]*_,:;") for w in s.split()]
    words = [w for w in words if w and w[0].isalpha()]
    if not words:
        return False
    significant = [w for i, w in enumerate(words) if i == 0 or w.lower() not in _SMALL_WORDS]
    capped = sum(1 for w in significant if w[0].isupper())
    return capped >= 0.75 * len(significant)


def _name_like(s: str, *, max_words: int = 8) -> bool:
    words = s.replace(",", " , ").split()
    if not 1 <= len(words) <= max_words or len(s) > 100 or any(ch.isdigit() for ch in s):
        return False
    real = [w for w in words if w != "," and w.lower() not in _NAME_PARTICLES]
    return bool(real) and all(w[0].isupper() for w in real) and not any(ch in s for ch in _TERMINAL[1:])


# ============================================================ the lexicon
@dataclass
class _Rules:
    exact: frozenset[str]
    patterns: list[re.Pattern[str]]
    trailers: list[re.Pattern[str]]
    publishers: dict[str, str]
    outlet_words: frozenset[str]
    short: int  # lines longer than this are no exact line, trailer or outlet name


_RULES: dict[int, tuple[FurnitureLexicon, _Rules]] = {}


def _combine(patterns: list[str]) -> list[re.Pattern[str]]:
    if not patterns:
        return []
    try:  # one alternation is much faster than many fullmatch calls
        return [re.compile("|".join(f"(?:{p})" for p in patterns), re.I)]
    except re.error:
        return [re.compile(p, re.I) for p in patterns]


def _rules(lex: FurnitureLexicon | None = None) -> _Rules:
    lex = lex or lexicons.furniture()
    hit = _RULES.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    publishers: dict[str, str] = {}
    for p in lex.publishers:
        key = _fold(p)
        publishers.setdefault(key, p)
        if key.startswith("the "):
            publishers.setdefault(key[4:], p)
        else:
            publishers.setdefault("the " + key, p)
    rules = _Rules(
        exact=frozenset(_fold(e) for e in lex.exact),
        patterns=_combine(lex.patterns),
        trailers=_combine(lex.trailers),
        publishers=publishers,
        outlet_words=frozenset(lex.outlet_words),
        short=max([80, *(len(x) + 10 for x in [*lex.exact, *lex.publishers])]),
    )
    _RULES[id(lex)] = (lex, rules)
    return rules


# ============================================================== lines & units
@dataclass(eq=False)
class _Line:
    idx: int
    a: int  # trimmed start
    b: int  # trimmed end
    block: int
    raw: str  # text[a:b]
    clean: str  # markdown-stripped, whitespace-collapsed
    md_heading: bool = False
    bullet: bool = False
    kind: str = ""  # "", "F" furniture, "C" content, "T" title
    trailer: bool = False
    byline: bool = False

    @property
    def n_words(self) -> int:
        return len(self.clean.split())


@dataclass(eq=False)
class _Unit:
    lines: list[_Line]
    prose: bool

    @property
    def first(self) -> _Line:
        return self.lines[0]

    def set(self, kind: str) -> None:
        for line in self.lines:
            line.kind = kind


def _n_words(unit: _Unit) -> int:
    return sum(ln.n_words for ln in unit.lines)


def _clean(raw: str) -> tuple[str, bool, bool]:
    s = raw
    md_heading = bullet = False
    m = _MD_HEADING.match(s)
    if m:
        md_heading = True
        s = s[m.end() :].rstrip().rstrip("#").rstrip()
    m = _LEAD_MARK.match(s)
    if m:
        bullet = not m.group().startswith(">")
        s = s[m.end() :]
    if "](" in s:
        s = _MD_LINK.sub(r"\1", s)
    if "*" in s or "_" in s or "`" in s:
        s = _EMPHASIS.sub("", s)
    s = " ".join(s.split())
    return s, md_heading, bullet


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    block = 0
    bounds = [(m.start(), m.end()) for m in _NEWLINE.finditer(text)]
    bounds.append((len(text), len(text)))
    blank_before = True
    for idx, (end, nxt) in enumerate(bounds):
        a, b = _trim(text, pos, end)
        pos = nxt
        if a == b:
            blank_before = True
            continue
        if blank_before and lines:
            block += 1
        blank_before = False
        raw = text[a:b]
        clean, md_heading, bullet = _clean(raw)
        lines.append(_Line(idx, a, b, block, raw, clean, md_heading, bullet))
    return lines


def _fullmatch(patterns: list[re.Pattern[str]], s: str) -> bool:
    return any(p.fullmatch(s) for p in patterns)


# ================================================================= metadata
@dataclass
class _Meta:
    """Candidates for each metadata field, first found first."""

    title: str | None = None
    masthead: list[str] = field(default_factory=list)
    publisher: list[str] = field(default_factory=list)
    published: list[date] = field(default_factory=list)
    updated: list[date] = field(default_factory=list)
    author: list[str] = field(default_factory=list)
    url: list[str] = field(default_factory=list)


_LABEL = re.compile(
    r"(?P<label>first published|published|posted|last updated|updated|last modified|modified|"
    r"dated|date|released|issued|on)\s*(?:on|at)?\s*:?\s*(?P<rest>.*)",
    re.I,
)
_BY = re.compile(r"(?:written\s+|words\s+|story\s+|reporting\s+)?by\s*:?\s+(?P<rest>.+)", re.I)
#: Cheap test before parsing a line as a byline: how bylines can start or what they contain.
_BYLINE_HINT = re.compile(
    r"\d|by\b|written|words|story|reporting|first|published|posted|last|updated|modified|date|released"
    r"|issued|on\b|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|.*[|·•—–]|.*\s-\s",
    re.I,
)
_BYLINE_SPLIT = re.compile(r"\s+[|·•—–]\s+|\s*[|·•]\s*|\s+-\s+|\s*—\s*")
_ROLE_WORDS = re.compile(
    r"\b(writer|reporter|correspondent|editor|staff|contributor|columnist|analyst|bureau|chief|"
    r"journalist|producer|intern|desk)\b",
    re.I,
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?P<name>[^.|©]+?)\s*(?:[.|].*)?",
    re.I,
)
_URL_LINE = re.compile(r"(?:(?:source|url|link|canonical|original)\s*:\s*)?(?P<url>https?://\S+)", re.I)


def _author_name(s: str) -> str | None:
    s = s.strip().strip(",;:").strip()
    if "," in s:
        head, _, tail = s.partition(",")
        if _ROLE_WORDS.search(tail) or not _name_like(tail.strip()):
            s = head.strip()
    s = re.sub(r"\s+and\s*$", "", s)
    return s if _name_like(s) else None


class _Byline:
    """Parse a byline / date line into its parts; every part must be recognised."""

    def __init__(self, rules: _Rules) -> None:
        self.rules = rules

    def parse(self, line: str) -> _Meta | None:
        if len(line) > 200 or not line:
            return None
        meta = _Meta()
        parts = [p.strip() for p in _BYLINE_SPLIT.split(line) if p and p.strip()]
        if not parts:
            return None
        unnamed: list[str] = []
        strong = False
        for part in parts:
            kind = self._part(part, meta)
            if kind is None:
                if _name_like(part, max_words=4) and len(part.split()) >= 2:
                    unnamed.append(part)
                    continue
                return None
            strong = strong or kind in ("date", "by", "reading")
        if not strong:
            return None
        if unnamed:
            if len(unnamed) > 1:
                return None
            name = unnamed[0]
            if meta.author or _fold(name) in self.rules.publishers or _outlet_masthead(name, self.rules):
                meta.publisher.append(name)  # "Outlet · Published 17 March 2026 · By Jane Doe"
            elif meta.published or meta.updated:
                meta.author.append(name)  # "Jane Doe | March 10, 2026"
            else:
                return None
        return meta

    def _part(self, part: str, meta: _Meta) -> str | None:
        d = parse_date(part)
        if d is not None:
            meta.published.append(d)
            return "date"
        m = _LABEL.fullmatch(part)
        if m:
            rest = m["rest"].strip()
            d = parse_date(rest) if rest else None
            if d is None:
                if not rest and m["label"].lower() != "on":
                    return "label"  # "Published" | "March 10, 2026"
                return None
            label = m["label"].lower()
            (meta.updated if ("updat" in label or "modif" in label) else meta.published).append(d)
            return "date"
        m = _BY.fullmatch(part)
        if m:
            rest = m["rest"]
            # "By Jane Doe, March 10, 2026" / "By Jane Doe on March 10, 2026"
            for rx in _DATE_SEARCH:
                dm = rx.search(rest)
                if dm and _to_date(dm) and not rest[dm.end() :].strip(" ,.;"):
                    meta.published.append(_to_date(dm))  # type: ignore[arg-type]
                    rest = re.sub(r"(?:,|\s+on)\s*$", "", rest[: dm.start()].rstrip())
                    break
            name = _author_name(rest)
            if name is None:
                return None
            meta.author.append(name)
            return "by"
        # a date followed by more byline ("Mar 05, 2026 2 min read")
        for rx in _DATE_FULL[:3]:
            dm = rx.match(part)
            if dm and dm.end() < len(part) and part[dm.end()].isspace():
                d = _to_date(dm)
                rest = part[dm.end() :].strip()
                if d is not None and rest and self._part(rest, meta) is not None:
                    meta.published.insert(0, d)
                    return "date"
        key = _fold(part)
        if key in self.rules.publishers:
            meta.publisher.append(self.rules.publishers[key])
            return "furniture"
        if key in self.rules.exact or _fullmatch(self.rules.patterns, " ".join(part.split())):
            return "reading" if "read" in key or "min" in key else "furniture"
        return None


# ================================================================ datelines
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]{1,15}(?:\s+[A-Z][A-Za-z.]{1,15})?))?"
    r"(?:,\s*(?P<date>[^,()—–\n]{3,40}?))?"
    r"\s*(?:\((?P<outlet>[^()\n]{2,40})\))?"
    r"(?P<dash>\s*[—–]\s*|\s*--?\s+|\s+-\s*)"
)


def _dateline(s: str) -> tuple[int, date | None, str | None] | None:
    """Length of a dateline opening ``s``, its date (with a year) and its outlet."""
    m = _DATELINE.match(s)
    if not m:
        return None
    place = m["place"]
    if sum(ch.isalpha() for ch in place) < 2 or place.upper() != place:
        return None
    when = None
    region, when_text = m["region"], m["date"]
    if region and not when_text and _dateline_date(region)[0]:
        region, when_text = None, region  # "NEW YORK, Tuesday —"
    if when_text:
        ok, when = _dateline_date(when_text)
        if not ok:
            return None
    if region and region.lower().rstrip(".") in _MONTHS:
        return None
    rest = s[m.end() :]
    if not rest or not (_starts_upper(rest) or rest[0] in "\"'“‘"):
        return None
    return m.end(), when, (m["outlet"] or "").strip() or None


# ============================================================ title helpers
_TITLE_SEPARATORS = (" | ", " || ", " :: ", " — ", " – ", " - ", " · ", " • ")
_NOT_OUTLET_START = _wordset(
    "what why how who when where which live update updates analysis opinion explainer video photos "
    "watch review podcast report timeline"
)


def _split_title(title: str, rules: _Rules, site: str | None = None, *, generic: bool = True) -> tuple[str, str | None]:
    """Split "Headline | Outlet" into the headline and the outlet.

    The outlet is recognised as ``site`` or a known publisher; else, when
    ``generic`` and no ``site`` is given, as a short capitalised tail.
    """
    title = " ".join(title.split())
    for sep in _TITLE_SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        head, tail = head.strip(), tail.strip()
        if not head or not tail:
            continue
        key = _fold(tail)
        if (site and key == _fold(site)) or key in rules.publishers:
            return head, site or rules.publishers.get(key, tail)
        if site or not generic:
            continue
        words = tail.split()
        if sep.strip() in ("|", "||", "::", "·", "•"):
            if len(words) <= 6 and len(tail) <= 60 and len(head.split()) >= 2:
                return head, tail
        elif (
            len(words) <= 4
            and len(head) > len(tail)
            and _title_case(tail)
            and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)
            and words[0].lower() not in _NOT_OUTLET_START
            and not any(ch in tail for ch in "?!:")
        ):
            return head, tail
    return title, None


def _nav_line(raw: str, rules: _Rules) -> bool:
    """A menu or breadcrumb line: short items between separators."""
    if "](" in raw:
        raw = _MD_LINK.sub(r"\1", raw)
    seps = _NAV_SPLIT.findall(raw)
    if not seps:
        return False
    parts = [p.strip(" *_`") for p in _NAV_SPLIT.split(raw)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or any(len(p.split()) > 3 or len(p) > 30 or _ends_terminal(p) for p in parts):
        return False
    if len(parts) >= 3:
        return True
    return any(sep.strip() in ("›", "»", ">") for sep in seps) or any(_fold(p) in rules.exact for p in parts)


def _all_caps(s: str) -> bool:
    letters = [ch for ch in s if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


_CORPORATE = re.compile(r"[\s,]+(?:ltd\.?|limited|inc\.?|llc|plc|gmbh|ag|s\.a\.|corp\.?|co\.)$", re.I)
_LOWER_IN_NAMES = _wordset("of and the for on in at de la")


def _outlet_name(s: str, rules: _Rules) -> str:
    """An outlet's name as shown: the known spelling, else de-shouted and without "Ltd"."""
    s = " ".join(s.split()).strip(" *_`.,;:")
    known = rules.publishers.get(_fold(s))
    if known:
        return known
    s = _CORPORATE.sub("", s)
    if _all_caps(s):
        words = []
        for i, w in enumerate(s.split()):
            if i and w.lower() in _LOWER_IN_NAMES:
                words.append(w.lower())
            elif len(w) <= 2 or not any(ch in "AEIOUY" for ch in w):
                words.append(w)  # an acronym
            else:
                words.append(w[0] + w[1:].lower())
        s = " ".join(words)
    return rules.publishers.get(_fold(s), s)


def _outlet_masthead(s: str, rules: _Rules) -> bool:
    words = s.split()
    if not 2 <= len(words) <= 5 or words[-1] not in rules.outlet_words:
        return False
    return all(w[0].isupper() or w in ("of", "and", "&") for w in words)


# ============================================================ front matter
_FRONT_KEYS = {
    "title": "title",
    "headline": "title",
    "date": "published",
    "published": "published",
    "published_at": "published",
    "publish_date": "published",
    "pubdate": "published",
    "datepublished": "published",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "url": "url",
    "canonical": "url",
    "canonical_url": "url",
    "link": "url",
    "source_url": "url",
    "publisher": "masthead",
    "source": "masthead",
    "site": "masthead",
    "site_name": "masthead",
    "outlet": "masthead",
}


def _front_matter(lines: list[_Line], meta: _Meta) -> None:
    if not lines or lines[0].idx != 0 or lines[0].raw != "---":
        return
    for j in range(1, min(len(lines), 80)):
        if lines[j].raw in ("---", "..."):
            break
    else:
        return
    body = lines[1:j]
    if not body or not all(":" in ln.raw or ln.raw.startswith(("-", " ")) for ln in body):
        return
    for ln in lines[: j + 1]:
        ln.kind = "F"
    for ln in body:
        key, _, value = ln.raw.partition(":")
        target = _FRONT_KEYS.get(key.strip().lower())
        value = value.strip().strip("\"'").strip()
        if not target or not value:
            continue
        if target == "published":
            d = find_date(value)
            if d:
                meta.published.insert(0, d)
        elif target == "title":
            meta.title = meta.title or value
        else:
            getattr(meta, target).insert(0, value)


# ================================================================ the reader
_MENU_WORDS = 3
_MENU_CHARS = 30


class _Page:
    """Classify the lines of one page as title, content or furniture."""

    def __init__(self, text: str, rules: _Rules, known_title: str | None = None) -> None:
        self.text = text
        self.rules = rules
        self.meta = _Meta()
        self.known_title = _fold(known_title) if known_title else None
        self.lines = _split_lines(text)
        self.dateline: tuple[int, int] | None = None
        self.dateline_line: _Line | None = None
        self.title_line: _Line | None = None
        #: (position, url, labelled): "Source: https://..." anywhere, a bare URL only above the article
        self.url_lines: list[tuple[int, str, bool]] = []
        #: (position, outlet) of lines that name a known outlet: a masthead above the article, a credit below
        self.known_outlets: list[tuple[int, str]] = []
        #: outlets named by copyright lines: the publisher of last resort
        self.copyright: list[str] = []

    # ---------------------------------------------------------------- lines
    def _line_furniture(self) -> None:
        rules = self.rules
        byline = _Byline(rules)
        prev: _Line | None = None
        for ln in self.lines:
            # a line that goes on with the sentence of the line above (hard-wrapped prose)
            continuation = prev is not None and prev.block == ln.block and not prev.kind and ln.clean[:1].islower()
            prev = ln
            if ln.kind:
                continue
            s = ln.clean
            if not s or not any(ch.isalnum() for ch in s):
                ln.kind = "F"  # rules, separators, lone symbols
                continue
            if len(s) > 400:
                continue
            key = _fold(s) if len(s) <= rules.short else ""
            if key and len(key) <= 60 and _fullmatch(rules.trailers, key):
                ln.kind, ln.trailer = "F", True
                continue
            if key in rules.exact:
                ln.kind = "F"
                continue
            if continuation and not s.startswith(("http", "www.")):
                continue
            if len(s) <= 200 and not ln.md_heading and _BYLINE_HINT.match(s):
                found = byline.parse(s)
                if found is not None:
                    ln.kind, ln.byline = "F", True
                    self.meta.published += found.published
                    self.meta.updated += found.updated
                    self.meta.author += found.author
                    self.meta.publisher += [_outlet_name(p, rules) for p in found.publisher]
                    continue
            if len(s) <= 200 and _nav_line(ln.raw, rules):
                ln.kind = "F"
                continue
            if key in rules.publishers:
                ln.kind = "F"
                self.known_outlets.append((ln.a, rules.publishers[key]))
                continue
            if _fullmatch(rules.patterns, s) or _MD_IMAGE.fullmatch(ln.raw):
                ln.kind = "F"
                if ":" in s[:40] and _fullmatch(rules.trailers, _fold(s.partition(":")[0])):
                    ln.trailer = True  # "Related: headline · headline"
                m = _COPYRIGHT.fullmatch(s)
                if m and _name_like(m["name"], max_words=6):
                    self.copyright.append(_outlet_name(m["name"], rules))
            m = _URL_LINE.fullmatch(s)
            if m:
                ln.kind = "F"
                self.url_lines.append((ln.a, m["url"].rstrip(").,"), m["url"] != s))

    # ---------------------------------------------------------------- units
    def _units(self) -> list[_Line | _Unit]:
        """Furniture lines and units of the rest, in page order."""
        out: list[_Line | _Unit] = []
        run: list[_Line] = []

        def flush() -> None:
            if run:
                out.extend(self._run_units(list(run)))
                run.clear()

        prev_block = -1
        for ln in self.lines:
            if ln.block != prev_block:
                flush()
                prev_block = ln.block
            if ln.kind:
                flush()
                out.append(ln)
            else:
                run.append(ln)
        flush()
        return out

    @staticmethod
    def _line_prose(ln: _Line) -> bool:
        s = ln.clean
        if ln.md_heading:
            return False
        if len(s) > 200 or ln.n_words > 25:
            return True
        t = s.rstrip(_CLOSERS + " ")
        return bool(t) and t[-1] in ".…"

    def _run_units(self, run: list[_Line]) -> list[_Unit]:
        if len(run) == 1:
            return [_Unit(run, self._line_prose(run[0]))]
        # markdown headings and bullets are always units of their own
        if any(ln.md_heading or ln.bullet for ln in run):
            units: list[_Unit] = []
            para: list[_Line] = []
            for ln in run:
                if ln.md_heading or ln.bullet:
                    if para:
                        units.extend(self._run_units(para))
                        para = []
                    units.append(_Unit([ln], self._line_prose(ln)))
                else:
                    para.append(ln)
            if para:
                units.extend(self._run_units(para))
            return units
        paragraph = (
            _ends_terminal(run[-1].clean)
            or any(ln.clean[:1].islower() for ln in run[1:])
            or any(ln.n_words > 25 for ln in run)
        )
        if not paragraph:
            return [_Unit([ln], self._line_prose(ln)) for ln in run]
        first, second = run[0], run[1]
        if (
            self._heading_like(first, strict=True)
            and _title_case(first.clean)
            and len(first.clean) < 0.6 * len(second.clean)
        ):
            return [_Unit([first], False), *self._run_units(run[1:])]
        return [_Unit(run, True)]

    # ------------------------------------------------------------- headings
    @staticmethod
    def _heading_like(ln: _Line, *, strict: bool) -> bool:
        """A title or section heading: short, capitalised, no final punctuation.

        ``strict`` (section headings) forbids any final punctuation and wants
        title case or at most eight words; else (titles) "?" and "!" may end it.
        """
        if ln.bullet:
            return False
        s = ln.clean
        if ln.md_heading:
            return bool(s)
        if not _starts_upper(s):
            return False
        t = s.rstrip(_CLOSERS + " ")
        if not t:
            return False
        if strict:
            if t[-1] in ".!?…:;,":
                return False
            return ln.n_words <= 12 and len(s) <= 100 and (_title_case(s) or ln.n_words <= 8)
        return t[-1] not in ".…:;," and ln.n_words <= 25 and len(s) <= 200

    # ----------------------------------------------------------------- run
    def classify(self) -> None:
        _front_matter(self.lines, self.meta)
        self._line_furniture()
        items = self._units()
        units = [it for it in items if isinstance(it, _Unit)]
        first_prose = next((i for i, it in enumerate(items) if isinstance(it, _Unit) and it.prose), None)
        top = items[first_prose].first.a if first_prose is not None else len(self.text)  # type: ignore[union-attr]
        self.meta.url += [url for pos, url, labelled in self.url_lines if labelled or pos < top]
        self.meta.masthead += [name for pos, name in self.known_outlets if pos < top]
        self.meta.publisher += [name for pos, name in self.known_outlets if pos >= top]
        if first_prose is None:
            # no paragraph at all: nothing to set a title against; keep every line
            for u in units:
                if self.known_title and _fold(u.first.clean) == self.known_title and self.title_line is None:
                    u.set("T")
                    self.title_line = u.first
                else:
                    u.set("C")
            return
        top_end = first_prose
        for i in range(first_prose):
            it = items[i]
            if isinstance(it, _Unit) and not self._heading_like(it.first, strict=False):
                top_end = i
                break
        self._top_zone(items[:top_end])
        self._body(items[top_end:])
        self._find_dateline(units)

    def _top_zone(self, items: list[_Line | _Unit]) -> None:
        rules = self.rules
        # menus: a block of two or more very short lines
        by_block: dict[int, list[_Line]] = {}
        for ln in self.lines:
            by_block.setdefault(ln.block, []).append(ln)
        candidates: list[_Unit] = []
        for it in items:
            if not isinstance(it, _Unit):
                continue
            block = by_block[it.first.block]
            if len(block) >= 2 and all(
                not b.byline
                and len(b.clean.split()) <= _MENU_WORDS
                and len(b.clean) <= _MENU_CHARS
                and not _ends_terminal(b.clean)
                and not b.md_heading
                for b in block
            ):
                it.set("F")
                if it.first is self.lines[0] and self._site_name(it.first):
                    # the site's name heads its menu ("Circuitline / Blog / Login")
                    self.meta.masthead.append(_outlet_name(it.first.clean, rules))
            else:
                candidates.append(it)
        if not candidates:
            return
        title: _Unit | None = None
        if self.known_title:
            title = next((u for u in candidates if _fold(u.first.clean) == self.known_title), None)
        if candidates[0] is not title and self._masthead(candidates, by_block):
            masthead = candidates.pop(0)
            masthead.set("F")
            self.meta.masthead.append(_outlet_name(masthead.first.clean, rules))
        if title is None:
            folds = [_fold(ln.clean) for ln in self.lines]
            counts: dict[str, int] = {}
            for f in folds:
                counts[f] = counts.get(f, 0) + 1
            repeated = [u for u in candidates if counts.get(_fold(u.first.clean), 0) > 1]
            md = [u for u in candidates if u.first.md_heading and u.first.raw.startswith("# ")]
            longer = [u for u in candidates if u.first.n_words >= 3]
            title = (repeated or md or longer or candidates)[0]
        title.set("T")
        self.title_line = title.first
        after = False
        for u in candidates:
            if u is title:
                after = True
                continue
            if (
                after
                and u.first.n_words >= 6
                and not _title_case(u.first.clean)
                and not u.first.md_heading
                and not self._is_title_copy(u.first)
            ):
                u.set("C")  # standfirst
            else:
                u.set("F")

    @staticmethod
    def _site_name(ln: _Line) -> bool:
        s = ln.clean
        return (
            _starts_upper(s)
            and len(s.split()) <= 4
            and not any(ch.isdigit() for ch in s)
            and not _ends_terminal(s)
            and not ln.md_heading
        )

    def _masthead(self, candidates: list[_Unit], by_block: dict[int, list[_Line]]) -> bool:
        """Whether the first top-zone line names the outlet rather than the article.

        Only when a longer heading-like line follows to be the title, and the
        line is shouted ("THE POLICY WIRE"), ends like an outlet ("The Rhine
        Courier"), or is the page's first line with only furniture beside it
        ("Hansa Tech Journal" over a menu and a date line).
        """
        first = candidates[0].first
        if len(candidates) < 2 or not any(u.first.n_words > first.n_words for u in candidates[1:]):
            return False
        s = first.clean
        if first.md_heading or first.n_words > 6 or _ends_terminal(s) or any(ch.isdigit() for ch in s):
            return False
        if _all_caps(s) or _outlet_masthead(s, self.rules):
            return True
        block = by_block[first.block]
        return (
            first is self.lines[0]
            and self._site_name(first)
            and len(block) >= 2
            and all(ln.kind == "F" for ln in block if ln is not first)
        )

    def _is_title_copy(self, ln: _Line) -> bool:
        key = _fold(ln.clean)
        if self.title_line is not None and key == _fold(self.title_line.clean):
            return True
        return bool(self.known_title) and key == self.known_title

    def _body(self, items: list[_Line | _Unit]) -> None:
        trailing = seen_paragraph = False
        # after the last long paragraph, short prose under a trailer is a blurb; before it, content
        last_long = max(
            (i for i, it in enumerate(items) if isinstance(it, _Unit) and it.prose and _n_words(it) > 15),
            default=-1,
        )
        for i, it in enumerate(items):
            if isinstance(it, _Line):
                if it.trailer and seen_paragraph:
                    trailing = True
                continue
            seen_paragraph = seen_paragraph or it.prose
            ln = it.first
            if trailing:
                if not it.prose or (i > last_long and _n_words(it) <= 15):
                    it.set("F")
                    continue
                trailing = False
            if not it.prose and (self._is_title_copy(ln) or self._heading_like(ln, strict=True)):
                it.set("F")
            else:
                it.set("C")

    def _find_dateline(self, units: list[_Unit]) -> None:
        first = next((u for u in units if u.first.kind == "C" and u.prose), None)
        if first is None:
            return
        ln = first.first
        found = _dateline(ln.raw)
        if found is None:
            return
        length, when, outlet = found
        a, b = _trim(self.text, ln.a, ln.a + length)
        rest = _NONBLANK.search(self.text, ln.a + length, first.lines[-1].b)
        if a == b or rest is None:
            return
        self.dateline = (a, b)
        self.dateline_line = ln
        ln.a = rest.start()
        if when:
            self.meta.published.append(when)
        if outlet and _name_like(outlet, max_words=5):
            self.meta.publisher.append(outlet)

    # -------------------------------------------------------------- results
    def ranges(self) -> tuple[list[Offsets], list[Offsets], Offsets | None]:
        content: list[Offsets] = []
        furniture: list[Offsets] = []
        title: Offsets | None = None
        if self.dateline:
            furniture.append(Offsets(start=self.dateline[0], end=self.dateline[1]))
        open_run: list[int] | None = None
        prev: _Line | None = None
        for ln in self.lines:
            if ln.kind == "C":
                if (
                    open_run is not None
                    and prev is not None
                    and prev.kind == "C"
                    and prev.block == ln.block
                    and ln is not self.dateline_line
                ):
                    open_run[1] = ln.b
                else:
                    if open_run is not None:
                        content.append(Offsets(start=open_run[0], end=open_run[1]))
                    open_run = [ln.a, ln.b]
            else:
                if open_run is not None:
                    content.append(Offsets(start=open_run[0], end=open_run[1]))
                    open_run = None
                if ln.kind == "T" and title is None:
                    title = Offsets(start=ln.a, end=ln.b)
                elif ln.kind == "T" or ln.kind == "F":
                    furniture.append(Offsets(start=ln.a, end=ln.b))
            prev = ln
        if open_run is not None:
            content.append(Offsets(start=open_run[0], end=open_run[1]))
        furniture.sort(key=lambda o: o.start)
        return content, furniture, title


def _analyse(text: str, rules: _Rules, known_title: str | None = None) -> tuple[_Page, ArticleMeta]:
    page = _Page(text, rules, known_title)
    page.classify()
    meta = page.meta
    title = meta.title
    publisher = (meta.masthead or meta.publisher or [None])[0]
    if title is None and page.title_line is not None:
        title = page.title_line.clean
    if title:
        title, suffix = _split_title(title, rules)
        publisher = publisher or suffix
    publisher = publisher or (page.copyright or [None])[0]
    published = (meta.published or meta.updated or [None])[0]
    return page, ArticleMeta(
        title=title or None,
        publisher=publisher,
        published=published,
        url=meta.url[0] if meta.url else None,
        author=meta.author[0] if meta.author else None,
    )


# ====================================================================== HTML
_SKIP_TAGS = _wordset(
    "script style nav header footer aside form noscript template svg math iframe object embed canvas "
    "button select textarea figcaption dialog menu"
)
_BLOCK_TAGS = _wordset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr thead tbody "
    "tfoot caption figure address hr body html center details summary fieldset legend hgroup"
)
_VOID_TAGS = _wordset("area base br col embed hr img input link meta param source track wbr")
_ARTICLE_TYPES = _wordset(
    "NewsArticle Article ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle BackgroundNewsArticle "
    "ReviewNewsArticle AskPublicNewsArticle BlogPosting LiveBlogPosting TechArticle Report "
    "SatiricalArticle ScholarlyArticle"
)
_META_TITLE = ("og:title", "twitter:title", "dc.title", "headline")
_META_SITE = ("og:site_name", "application-name", "publisher", "dc.publisher", "cre")
_META_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "published_time",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "datecreated",
)
_META_UPDATED = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")
_META_AUTHOR = ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl")
_HTML_SNIFF = re.compile(
    r"\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.I | re.S,
)
_HTML_CLOSE = re.compile(r"</(?:p|div|h[1-6]|article|section|body|html|span|a|li|ul|table|main)\s*>", re.I)


def looks_like_html(text: str) -> bool:
    """Sniff: a document that starts like HTML, or starts with a tag and has closing tags."""
    head = text[:4096]
    if _HTML_SNIFF.match(head):
        return True
    return head.lstrip().startswith("<") and _HTML_CLOSE.search(text[:20000]) is not None


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.cur: list[str] = []
        self.skip: list[str] = []
        self.pre = 0
        self.in_title = False
        self.title: list[str] = []
        self.heading: list[str] | None = None
        self.h1: str | None = None
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.ld: list[str] | None = None
        self.ld_docs: list[str] = []
        self.times: list[str] = []

    # text assembly
    def flush(self) -> None:
        if not self.cur:
            return
        s = "".join(self.cur)
        self.cur = []
        lines = [" ".join(part.split()) for part in s.split("\n")]
        lines = [ln for ln in lines if ln and _NONBLANK.search(ln)]
        if lines:
            self.blocks.append("\n".join(lines))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            content = a.get("content", "").strip()
            if key and content:
                self.meta.setdefault(key, content)
            return
        if tag == "link":
            rel = a.get("rel", "").lower().split()
            if "canonical" in rel and a.get("href"):
                self.links.setdefault("canonical", a["href"].strip())
            return
        if tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            self.ld = []
        if self.skip:
            if tag in _SKIP_TAGS and tag not in _VOID_TAGS:
                self.skip.append(tag)
            return
        if tag in _SKIP_TAGS or "hidden" in a or a.get("aria-hidden", "").lower() == "true":
            if tag not in _VOID_TAGS:
                self.skip.append(tag)
            return
        if tag == "title":
            self.in_title = True
            return
        if tag == "br":
            self.cur.append("\n")
        elif tag in ("td", "th"):
            self.cur.append(" ")
        elif tag in _BLOCK_TAGS:
            self.flush()
            if tag == "pre":
                self.pre += 1
            if tag == "h1" and self.h1 is None:
                self.heading = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
                if tag == "script" and self.ld is not None:
                    self.ld_docs.append("".join(self.ld))
                    self.ld = None
            return
        if tag == "title":
            self.in_title = False
        elif tag in _BLOCK_TAGS:
            if tag == "h1" and self.heading is not None:
                self.h1 = " ".join("".join(self.heading).split()) or None
                self.heading = None
            self.flush()
            if tag == "pre" and self.pre:
                self.pre -= 1

    def handle_data(self, data: str) -> None:
        if self.ld is not None:
            self.ld.append(data)
            return
        if self.skip:
            return
        if self.in_title:
            self.title.append(data)
            return
        if self.heading is not None:
            self.heading.append(data)
        if self.pre:
            self.cur.append(data.replace("\r\n", "\n").replace("\r", "\n"))
        else:
            self.cur.append(data.replace("\r", " ").replace("\n", " "))

    def text(self) -> str:
        self.flush()
        return "\n\n".join(self.blocks)


_TAG = re.compile(r"<[^>]*>")


def _html_fallback(markup: str) -> _HTMLText:
    """For markup that html.parser rejects: drop tags, keep the text."""
    import html as _html

    out = _HTMLText()
    for chunk in re.split(r"\n\s*\n", _TAG.sub("\n", markup)):
        out.cur.append(_html.unescape(chunk).replace("\n", " "))
        out.flush()
    return out


def _ld_article(raw: str) -> dict[str, Any] | None:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    stack: list[Any] = [data]
    seen = 0
    while stack and seen < 500:
        seen += 1
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k in _ARTICLE_TYPES for k in kinds):
                return item
            graph = item.get("@graph")
            if isinstance(graph, list | dict):
                stack.append(graph)
    return None


def _ld_name(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _ld_name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value[:10]) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _ld_url(value: Any) -> str | None:
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return value.strip()
    if isinstance(value, dict):
        return _ld_url(value.get("@id") or value.get("url"))
    return None


def _read_html(markup: str, rules: _Rules) -> ReadResult:
    parser = _HTMLText()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser raises AssertionError and friends on some broken markup
        parser = _html_fallback(markup)
    text = parser.text()
    meta = parser.meta
    ld = next((d for d in (_ld_article(raw) for raw in parser.ld_docs) if d), None) or {}

    def first(keys: tuple[str, ...]) -> str | None:
        return next((meta[k] for k in keys if meta.get(k)), None)

    site = first(_META_SITE[:1]) or _ld_name(ld.get("publisher")) or None
    page_title = " ".join("".join(parser.title).split()) or None
    headline = _ld_name(ld.get("headline")) if isinstance(ld.get("headline"), str) else None
    title = first(_META_TITLE[:1]) or headline or first(_META_TITLE[1:])
    suffix = None
    if page_title:  # "<title>Headline | Outlet</title>": the outlet, and the headline if nothing better
        stripped, suffix = _split_title(page_title, rules, site)
        title = title or stripped
    if title:  # og:title rarely, but sometimes, carries the outlet too
        title, suffix2 = _split_title(title, rules, site, generic=False)
        suffix = suffix or suffix2
    title = title or parser.h1
    published = None
    for value in (
        meta.get("article:published_time"),
        ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None,
        first(_META_PUBLISHED[1:]),
        ld.get("dateCreated") if isinstance(ld.get("dateCreated"), str) else None,
        *parser.times[:1],
        first(_META_UPDATED),
        ld.get("dateModified") if isinstance(ld.get("dateModified"), str) else None,
    ):
        if value:
            published = find_date(value)
            if published:
                break
    author = None
    for value in (meta.get("author"), _ld_name(ld.get("author")), *(meta.get(k) for k in _META_AUTHOR[1:])):
        if value and not value.startswith(("http://", "https://")):
            author = re.sub(r"^by\s+", "", value.strip(), flags=re.I) or None
            if author:
                break
    url = parser.links.get("canonical") or meta.get("og:url") or _ld_url(ld.get("url"))
    url = url or _ld_url(ld.get("mainEntityOfPage"))

    if _NONBLANK.search(text) is None:
        return ReadResult(
            text=text,
            meta=ArticleMeta(title=title, publisher=site or suffix, published=published, url=url, author=author),
        )
    page, from_text = _analyse(text, rules, known_title=title)
    content, furniture, title_span = page.ranges()
    return ReadResult(
        text=text,
        meta=ArticleMeta(
            title=title or from_text.title,
            publisher=site or suffix or first(_META_SITE[1:]) or from_text.publisher,
            published=published or from_text.published,
            url=url or from_text.url,
            author=author or from_text.author,
        ),
        content=content,
        furniture=furniture,
        title_span=title_span,
    )


# ================================================================ public API
def read_text(text: str, *, html: bool | None = None, name: str = "the text") -> ReadResult:
    """Read an article given as text; ``html=None`` sniffs whether it is HTML.

    Raises :class:`ClaimlineError` when the text is empty or only whitespace.
    """
    if _NONBLANK.search(text) is None:
        raise ClaimlineError(f"{_label(name)} is empty")
    rules = _rules()
    if html is None:
        html = looks_like_html(text)
    if html:
        return _read_html(text, rules)
    page, meta = _analyse(text, rules)
    content, furniture, title_span = page.ranges()
    return ReadResult(text=text, meta=meta, content=content, furniture=furniture, title_span=title_span)


def _html_for_suffix(suffix: str | None) -> bool | None:
    if not suffix:
        return None
    suffix = suffix.lower()
    if not suffix.startswith("."):
        suffix = "." + suffix
    if suffix in HTML_SUFFIXES:
        return True
    if suffix in TEXT_SUFFIXES:
        return False
    return None


def read_bytes(
    data: bytes, *, name: str = "<stdin>", suffix: str | None = None, max_bytes: int | None = None
) -> ReadResult:
    """Decode and read an article. ``suffix`` (".html", ".md", ...) says how to
    read it; without one it is taken from ``name``, else HTML is sniffed.
    With ``max_bytes``, larger input raises the same error as :func:`read_path`."""
    if max_bytes is not None and len(data) > max_bytes:
        raise _too_big(_label(name), len(data), max_bytes)
    if suffix is None and name and not name.startswith("<"):
        suffix = Path(name).suffix or None
    text = decode(data, name=name)
    return read_text(text, html=_html_for_suffix(suffix), name=name)


def _size(n: float) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.1f} kB" if n >= 1000 else f"{n:.0f} bytes"


def _limit(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 100_000 else f"{n / 1000:g} kB" if n >= 1000 else f"{n} bytes"


def _too_big(name: str, size: int, max_bytes: int) -> ClaimlineError:
    return ClaimlineError(f"{name} is {_size(size)}, over the {_limit(max_bytes)} limit; raise it with --max-bytes")


def read_path(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read an article file (.txt, .md, .html, ...). Raises :class:`ClaimlineError`
    for a missing path, a directory, a file over ``max_bytes`` and bad content."""
    path = Path(path)
    name = _label(str(path))
    try:
        if path.is_dir():
            raise ClaimlineError(f"{name} is a directory, not a file")
        size = path.stat().st_size
    except FileNotFoundError:
        raise ClaimlineError(f"{name} does not exist") from None
    except ValueError as exc:  # embedded NUL in the path
        raise ClaimlineError(f"cannot read {name}: {exc}") from None
    except OSError as exc:
        raise ClaimlineError(f"cannot read {name}: {exc.strerror or exc}") from None

    if size > max_bytes:
        raise _too_big(name, size, max_bytes)
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ClaimlineError(f"cannot read {name}: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise _too_big(name, len(data), max_bytes)
    return read_bytes(data, name=name, suffix=path.suffix or None)
