"""A page as lines and units (paragraphs, short lines), with the furniture lexicon compiled into rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import lexicons
from ..lexicons import FurnitureLexicon


# ============================================================ text utilities
def wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_JUNK = "\ufeff\u200b\u200c\u200d\u2060"
NONBLANK = re.compile(r"[^\s\ufeff\u200b\u200c\u200d\u2060]")
_NEWLINE = re.compile(r"\r\n|\r|\n")
MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_HEADING = re.compile(r"#{1,6}(?:\s+|$)")
# a markup tag left in a text file ('<tweet author="x" id="1">', '</tweet>', '<tweet/>', '<br>'): an embedded
# post or a page's leftover markup, never prose; its words between the tags stay content
MARKUP_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s>\"'=]+))?)*\s*/?>")
#: Markdown emphasis and code marks ("*Outlet*", "**Bold**", "`NATO`"; stripped at the edges of words)
EMPHASIS_MARKS = "*_`"
_EMPHASIS = re.compile(r"(?<![\w*_`])[*_`]+|[*_`]+(?![\w*_`])")
#: Separators of navigation and breadcrumb lines ("World | Business", "Business › Technology")
NAV_SPLIT = re.compile(r"\s*[|·•›»]\s*|\s+[/>]\s+|\s{3,}|\t+")
#: the characters that mark a list item at the start of a line ("- ", "• "); also read by events.timing
LIST_MARKS = "-*+•·▪◦‣"
_LEAD_MARK = re.compile(rf"(?:>\s*)+|[{re.escape(LIST_MARKS)}]\s+")
_EDGE = " \t-–—•·|»«›‹→←>:*_#/\\"
_TERMINAL = ".!?…"
CLOSERS = "\"'”’)]*_»"
SMALL_WORDS = wordset(
    "a an and as at but by for from in into nor of on onto or per so the to up via vs vs. with yet "
    "amid after before about against over under than off out is are its be de la le van von der"
)


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink ``text[a:b]`` to its first and last non-blank characters."""
    m = NONBLANK.search(text, a, b)
    if m is None:
        return a, a
    a = m.start()
    b = a + len(text[a:b].rstrip())
    while b > a and (text[b - 1] in _JUNK or text[b - 1].isspace()):
        b -= 1
    return a, b


def fold(s: str) -> str:
    """Key for comparing titles and exact lines: case- and whitespace-insensitive."""
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(s.casefold().split()).strip(_EDGE + ".,;!?\"'")


def ends_terminal(s: str) -> bool:
    s = s.rstrip(CLOSERS + " ")
    return bool(s) and s[-1] in _TERMINAL


def starts_upper(s: str) -> bool:
    s = s.lstrip("\"'“‘(¿¡[")
    return bool(s) and (s[0].isupper() or s[0].isdigit())


def title_case(s: str) -> bool:
    words = [w.strip("\"'“”‘’()[]*_,:;") for w in s.split()]
    words = [w for w in words if w and w[0].isalpha()]
    if not words:
        return False
    significant = [w for i, w in enumerate(words) if i == 0 or w.lower() not in SMALL_WORDS]
    capped = sum(1 for w in significant if w[0].isupper())
    return capped >= 0.75 * len(significant)


def name_like(s: str, *, max_words: int = 8) -> bool:
    words = s.replace(",", " , ").split()
    if not 1 <= len(words) <= max_words or len(s) > 100 or any(ch.isdigit() for ch in s):
        return False
    particles = furniture_rules().name_particles  # ("van", "de"; "Pan y Vino": models/furniture.toml)
    real = [w for w in words if w != "," and w.lower() not in particles]
    return bool(real) and all(w[0].isupper() for w in real) and not any(ch in s for ch in _TERMINAL[1:])


# ============================================================ the lexicon
@dataclass
class Rules:
    exact: frozenset[str]
    patterns: list[re.Pattern[str]]
    trailers: list[re.Pattern[str]]
    publishers: dict[str, str]
    outlet_words: frozenset[str]
    short: int  # lines longer than this are no exact line, trailer or outlet name
    #: parts of a masthead date line that are neither date nor name ("Analysis desk", "Issue 212")
    masthead_parts: list[re.Pattern[str]] = field(default_factory=list)
    #: lower-case words inside a name ("van", "de", "Pan y Vino": ``name_particles``)
    name_particles: frozenset[str] = frozenset()


_RULES: dict[int, tuple[FurnitureLexicon, Rules]] = {}


def _combine(patterns: list[str]) -> list[re.Pattern[str]]:
    if not patterns:
        return []
    try:  # one alternation is much faster than many fullmatch calls
        return [re.compile("|".join(f"(?:{p})" for p in patterns), re.I)]
    except re.error:
        return [re.compile(p, re.I) for p in patterns]


def furniture_rules(lex: FurnitureLexicon | None = None) -> Rules:
    lex = lex or lexicons.furniture()
    hit = _RULES.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    publishers: dict[str, str] = {}
    for p in lex.publishers:
        key = fold(p)
        publishers.setdefault(key, p)
        if key.startswith("the "):
            publishers.setdefault(key[4:], p)
        else:
            publishers.setdefault("the " + key, p)
    rules = Rules(
        exact=frozenset(fold(e) for e in lex.exact),
        patterns=_combine(lex.patterns),
        trailers=_combine(lex.trailers),
        publishers=publishers,
        outlet_words=frozenset(lex.outlet_words),
        short=max([80, *(len(x) + 10 for x in [*lex.exact, *lex.publishers])]),
        masthead_parts=_combine(lex.masthead_parts),
        name_particles=frozenset(w.lower() for w in lex.name_particles),
    )
    _RULES[id(lex)] = (lex, rules)
    return rules


# ============================================================== lines & units
@dataclass(eq=False)
class Line:
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
class Unit:
    lines: list[Line]
    prose: bool

    @property
    def first(self) -> Line:
        return self.lines[0]

    def set(self, kind: str) -> None:
        for line in self.lines:
            line.kind = kind


def word_count(unit: Unit) -> int:
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
        s = MD_LINK.sub(r"\1", s)
    if "*" in s or "_" in s or "`" in s:
        s = _EMPHASIS.sub("", s)
    s = " ".join(s.split())
    return s, md_heading, bullet


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    block = 0
    bounds = [(m.start(), m.end()) for m in _NEWLINE.finditer(text)]
    bounds.append((len(text), len(text)))
    blank_before = True
    for idx, (end, nxt) in enumerate(bounds):
        a, b = trim(text, pos, end)
        pos = nxt
        if a == b:
            blank_before = True
            continue
        if blank_before and lines:
            block += 1
        blank_before = False
        raw = text[a:b]
        clean, md_heading, bullet = _clean(raw)
        lines.append(Line(idx, a, b, block, raw, clean, md_heading, bullet))
    return lines


def heads_paragraph(first: Line, second: Line, width: int = 0) -> bool:
    """``first`` is a heading set directly over the paragraph ``second`` starts (no blank line
    between), given that it looks like a heading: either short beside the next line and in title
    case ("What The Deal Covers"), or a sentence-case label ("Next steps") that ends on no function
    word and is followed by a line that starts a sentence, when it is short beside that line or
    was not broken by hard wrapping: the next line's first word would have fitted on it within
    ``width``, the longest line of the run ("Alliance agency picks an assistant for staff work")."""
    short = len(first.clean) < 0.6 * len(second.clean)
    if short and title_case(first.clean):
        return True
    words, following = first.clean.split(), second.clean.split()
    if not words or not following:
        return False
    unwrapped = len(first.clean) + 1 + len(following[0]) <= width
    last = words[-1].strip(CLOSERS + "\"'“‘(").lower()
    return (short or unwrapped) and bool(last) and last not in SMALL_WORDS and starts_upper(second.clean)


def matches_any(patterns: list[re.Pattern[str]], s: str) -> bool:
    return any(p.fullmatch(s) for p in patterns)
