"""Page metadata from lines: bylines, datelines, titles and outlet names, Markdown front matter."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from .dates import DATE_FULL, DATE_SEARCH, MONTHS, dateline_date, find_date, parse_date, to_date
from .lines import (
    MD_LINK,
    NAV_SPLIT,
    SMALL_WORDS,
    Line,
    Rules,
    ends_terminal,
    fold,
    matches_any,
    name_like,
    starts_upper,
    title_case,
    wordset,
)


# ================================================================= metadata
@dataclass
class Meta:
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
    r"dated|date|released|issued|filed|on)\s*(?:on|at)?\s*:?\s*(?P<rest>.*)",
    re.I,
)
_BY = re.compile(r"(?:written\s+|words\s+|story\s+|reporting\s+)?by\s*:?\s+(?P<rest>.+)", re.I)
#: Cheap test before parsing a line as a byline: how bylines can start or what they contain.
BYLINE_HINT = re.compile(
    r"\d|by\b|written|words|story|reporting|first|published|posted|last|updated|modified|date|released"
    r"|issued|filed|on\b|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|.*[|·•—–]|.*\s--?\s",
    re.I,
)
BYLINE_SPLIT = re.compile(r"\s+[|·•—–]\s+|\s*[|·•]\s*|\s+--?\s+|\s*—\s*")
_ROLE_WORDS = re.compile(
    r"\b(writer|reporter|correspondent|editor|staff|contributor|columnist|analyst|bureau|chief|"
    r"journalist|producer|intern|desk)\b",
    re.I,
)
COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?P<name>[^.|©]+?)\s*(?:[.|].*)?",
    re.I,
)
URL_LINE = re.compile(r"(?:(?:source|url|link|canonical|original)\s*:\s*)?(?P<url>https?://\S+)", re.I)


def _author_name(s: str) -> str | None:
    s = s.strip().strip(",;:").strip()
    if "," in s:
        head, _, tail = s.partition(",")
        if _ROLE_WORDS.search(tail) or not name_like(tail.strip()):
            s = head.strip()
    s = re.sub(r"\s+and\s*$", "", s)
    return s if name_like(s) else None


#: One capitalised word in a masthead date line: a place or a section ("Oslo | 10 June 2026",
#: "BRUSSELS | 14 May 2026", "Business | Friday 5 June 2026").
_PLACE = re.compile(r"[A-Z][a-zA-Z'’.\-]{2,24}")
#: A site's tagline set in its date line, in emphasis or in lower case ("*notes on city transport*",
#: "a weekly letter on surveillance"): no sentence punctuation, at most twelve words.
_TAGLINE = re.compile(r"([*_])(?=[^*_]{3,100}\1$)[^*_.!?;:]+\1|[a-z][^.!?;:|]{2,100}")
#: A number part of a date row: an issue, a clock time ("Issue 46/2026", "08:12 CET"): three words at most.
_ROW_WORD = r"(?:[^\s.!?;:\"“”]+|\d{1,2}:\d\d)"
_ROW_NUMBER = re.compile(rf"(?=[^\d]{{0,30}}\d){_ROW_WORD}(?:\s+{_ROW_WORD}){{0,2}}")


def _row_part(part: str) -> bool:
    """Another short part of a date row: a section or column in title case ("Rule of Law", "World in Brief"),
    a number ("Issue 46/2026", "08:12 CET"); never words of a sentence ("Ferries leave Oslo")."""
    if len(part) > 60:
        return False
    if _ROW_NUMBER.fullmatch(part):
        return True
    return len(part.split()) <= 5 and title_case(part) and not any(ch in part for ch in '.!?;:"“”')


class Byline:
    """Parse a byline / date line into its parts; every part must be recognised."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules

    def parse(self, line: str) -> Meta | None:
        if len(line) > 200 or not line:
            return None
        meta = Meta()
        parts = [p.strip() for p in BYLINE_SPLIT.split(line) if p and p.strip()]
        if not parts:
            return None
        unnamed: list[str] = []
        strong = dated = False
        loose = 0  # parts that count only beside a date: places, sections, a tagline
        other = 0  # sections in title case and numbers ("Rule of Law", "Issue 46/2026"): only beside a date
        lead_place = False  # the only loose part is a dateline's place before everything else
        for i, part in enumerate(parts):
            kind = self._part(part, meta)
            if kind is None:
                bare = part.strip("*_")  # a site's name in emphasis ("**Port Notes** · posted 2 March 2026 by ...")
                if name_like(bare, max_words=4) and len(bare.split()) >= 2:
                    unnamed.append(bare)
                    continue
                if _PLACE.fullmatch(part) or _TAGLINE.fullmatch(part):
                    loose += 1  # "Oslo | 10 June 2026", "Business | 10 June 2026", "a weekly letter on ..."
                    lead_place = i == 0 and loose == 1
                    continue
                if _row_part(part):
                    other += 1  # "Industry news | Thursday, 22 October 2026", "Issue 46/2026 | ..."
                    continue
                return None
            strong = strong or kind in ("date", "by", "reading")
            dated = dated or kind == "date"
        if not strong or (loose and not dated) or (other and not dated):
            return None
        loose += other
        if unnamed and dated and (len(unnamed) > 1 or (loose and not (lead_place and loose == 1))) and not meta.author:
            # "Monday 5 October 2026 | Public Sector | Central Europe": a date row's desks and regions;
            # a byline names one person per part and no section beside its name
            unnamed = []
        if len(unnamed) > 1 and dated and meta.author:
            # "The Algorithm Ledger · Public Sector AI · posted 9 September 2026 by Marek Oja": the outlet and a
            # section; the outlet is the one the lexicon or its last word names (else none)
            unnamed = [u for u in unnamed if fold(u) in self.rules.publishers or outlet_masthead(u, self.rules)][:1]
        if unnamed:
            if len(unnamed) > 1:
                return None
            name = unnamed[0]
            if meta.author or fold(name) in self.rules.publishers or outlet_masthead(name, self.rules):
                meta.publisher.append(name)  # "Outlet · Published 17 March 2026 · By Jane Doe"
            elif meta.published or meta.updated:
                meta.author.append(name)  # "Jane Doe | March 10, 2026"
            else:
                return None
        return meta

    def _part(self, part: str, meta: Meta) -> str | None:
        d = parse_date(part)
        if d is not None:
            meta.published.append(d)
            return "date"
        m = _LABEL.fullmatch(part)
        if m:
            rest = m["rest"].strip()
            d = parse_date(rest) if rest else None
            if d is None and rest and m["label"].lower() != "on":
                d = self._date_then_more(rest, meta)  # "Posted 13 May 2026 by Jane Doe"
            if d is None:
                if not rest and m["label"].lower() != "on":
                    return "label"  # "Published" | "March 10, 2026"
                if m["label"].lower() in ("posted", "published") and _BY.fullmatch(rest):
                    return self._part(rest, meta)  # "Posted by Jane Doe"
                return None
            label = m["label"].lower()
            (meta.updated if ("updat" in label or "modif" in label) else meta.published).append(d)
            return "date"
        m = _BY.fullmatch(part)
        if m:
            rest = m["rest"]
            # "By Jane Doe, March 10, 2026" / "By Jane Doe on March 10, 2026"
            for rx in DATE_SEARCH:
                dm = rx.search(rest)
                if dm and to_date(dm) and not rest[dm.end() :].strip(" ,.;"):
                    meta.published.append(to_date(dm))  # type: ignore[arg-type]
                    rest = re.sub(r"(?:,|\s+on)\s*$", "", rest[: dm.start()].rstrip())
                    break
            name = _author_name(rest)
            if name is None:
                return None
            meta.author.append(name)
            return "by"
        # a date followed by more byline ("Mar 05, 2026 2 min read")
        d = self._date_then_more(part, meta)
        if d is not None:
            meta.published.insert(0, d)
            return "date"
        key = fold(part)
        if key in self.rules.publishers:
            meta.publisher.append(self.rules.publishers[key])
            return "furniture"
        if key in self.rules.exact or matches_any(self.rules.patterns, " ".join(part.split())):
            return "reading" if "read" in key or "min" in key else "furniture"
        if matches_any(self.rules.masthead_parts, " ".join(part.split())):
            return "section"  # "Analysis desk", "Issue 212"
        return None

    def _date_then_more(self, part: str, meta: Meta) -> date | None:
        """The date a part starts with when the rest of it is byline too ("13 May 2026 by Jane Doe")."""
        for rx in DATE_FULL[:3]:
            dm = rx.match(part)
            end = dm.start() + len(dm.group(0).rstrip()) if dm else 0  # (a clock time's match takes a space)
            if dm and end < len(part) and (part[end].isspace() or part[end] == ","):
                d = to_date(dm)
                rest = part[end:].lstrip(",").strip()  # "10 September 2026, 08:00 bulletin"
                if d is not None and rest and self._part(rest, meta) is not None:
                    return d
        return None


# ================================================================ datelines
#: A capital letter, accented too ("LINDÅSA", "KŐVÁRAD", "OBERFÄSCH"): no digit, underscore, or lower-case letter of
#: ASCII or Latin-1 (a place's lower-case letters of other scripts are refused by :func:`find_dateline`'s test).
_UPPER = r"[^\W\d_a-zß-ÿ]"
_LETTER = r"(?:[^\W\d_]|\.)"
_DATELINE = re.compile(
    rf"(?P<place>{_UPPER}(?:{_UPPER}|[.'’\-])*(?:\s+{_UPPER}(?:{_UPPER}|[.'’\-])*){{0,3}})"
    rf"(?:,\s*(?P<region>{_UPPER}{_LETTER}{{1,15}}(?:\s+{_UPPER}{_LETTER}{{1,15}})?))?"
    r"(?:,\s*(?P<date>[^,()—–\n]{3,40}?))?"
    r"\s*(?:\((?P<outlet>[^()\n]{2,40})\))?"
    r"(?P<dash>\s*[—–]\s*|\s*--?\s+|\s+-\s*)"
)


def find_dateline(s: str) -> tuple[int, date | None, str | None] | None:
    """Length of a dateline opening ``s``, its date (with a year) and its outlet."""
    m = _DATELINE.match(s)
    if not m:
        return None
    place = m["place"]
    if sum(ch.isalpha() for ch in place) < 2 or place.upper() != place:
        return None
    when = None
    region, when_text = m["region"], m["date"]
    if region and not when_text and dateline_date(region)[0]:
        region, when_text = None, region  # "NEW YORK, Tuesday —"
    if when_text:
        ok, when = dateline_date(when_text)
        if not ok:
            return None
    if region and region.lower().rstrip(".") in MONTHS:
        return None
    rest = s[m.end() :]
    if not rest or not (starts_upper(rest) or rest[0] in "\"'“‘"):
        return None
    return m.end(), when, (m["outlet"] or "").strip() or None


# ============================================================ title helpers
_TITLE_SEPARATORS = (" | ", " || ", " :: ", " — ", " – ", " - ", " · ", " • ")
_NOT_OUTLET_START = wordset(
    "what why how who when where which live update updates analysis opinion explainer video photos "
    "watch review podcast report timeline"
)


def split_title(title: str, rules: Rules, site: str | None = None, *, generic: bool = True) -> tuple[str, str | None]:
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
        key = fold(tail)
        if (site and key == fold(site)) or key in rules.publishers:
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
            and title_case(tail)
            and all(w[0].isupper() or w.lower() in SMALL_WORDS for w in words)
            and words[0].lower() not in _NOT_OUTLET_START
            and not any(ch in tail for ch in "?!:")
        ):
            return head, tail
    return title, None


def nav_line(raw: str, rules: Rules) -> bool:
    """A menu or breadcrumb line: short items between separators."""
    if "](" in raw:
        raw = MD_LINK.sub(r"\1", raw)
    seps = NAV_SPLIT.findall(raw)
    if not seps:
        return False
    parts = [p.strip(" *_`") for p in NAV_SPLIT.split(raw)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or any(len(p.split()) > 3 or len(p) > 30 or ends_terminal(p) for p in parts):
        return False
    if len(parts) >= 3:
        return True
    return any(sep.strip() in ("›", "»", ">") for sep in seps) or any(fold(p) in rules.exact for p in parts)


def all_caps(s: str) -> bool:
    letters = [ch for ch in s if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


@cache
def _corporate() -> re.Pattern[str]:
    """A legal-form suffix ending a name ("Ltd", "S.A."): ``corporate_suffixes`` in ``models/actors.toml``."""
    from .. import lexicons

    words = sorted(lexicons.actors().corporate_suffixes, key=len, reverse=True)
    alts = "|".join(r"\.?".join(map(re.escape, w.replace(".", ""))) + r"\.?" for w in words)
    return re.compile(rf"[\s,]+(?:{alts})$", re.I)


_LOWER_IN_NAMES = wordset("of and the for on in at de la")


def outlet_name(s: str, rules: Rules) -> str:
    """An outlet's name as shown: the known spelling, else de-shouted and without "Ltd"."""
    s = " ".join(s.split()).strip(" *_`.,;:")
    known = rules.publishers.get(fold(s))
    if known:
        return known
    s = _corporate().sub("", s)
    if all_caps(s):
        words = []
        for i, w in enumerate(s.split()):
            if i and w.lower() in _LOWER_IN_NAMES:
                words.append(w.lower())
            elif len(w) <= 2 or not any(ch in "AEIOUY" for ch in w):
                words.append(w)  # an acronym
            else:
                words.append(w[0] + w[1:].lower())
        s = " ".join(words)
    return rules.publishers.get(fold(s), s)


def outlet_masthead(s: str, rules: Rules) -> bool:
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
    "publication": "masthead",
    "newspaper": "masthead",
    "source": "masthead",
    "site": "masthead",
    "site_name": "masthead",
    "outlet": "masthead",
}


def front_matter(lines: list[Line], meta: Meta) -> None:
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
