"""Temporal expressions: finding them in news text and normalising them to TIMEX3.

Three entry points:

* :func:`find_times` finds every temporal expression in an article (character
  offsets into the text), normalised against the publication date (``anchor``).
* :func:`normalize` normalises one phrase.
* :func:`interval_of` turns a TIMEX3 value into the calendar interval it covers.

How it finds them, fast: one group-free scan of the lowercased text lists
*triggers* (words a rule can start with, numbers, 'YY, Q1...). Modifier words
("the", "last", "two") count only with a core word ("year", "March", a date-like
number) a few words ahead; a cheap filter checks the next word of frequent ones.
At each surviving trigger, only the rules that can start with it (``_RULE_START``,
checked by a test against the rules themselves) are tried, combined in one
precompiled pattern, first match in rule order; each rule has a handler that
checks the context ("May" the verb, "2000 people") and normalises. When a spaCy
``Doc`` is given, its DATE/TIME entities that no rule found are added (normalised
by the rules, then by ``dateparser``, imported lazily and cached: it parses a
date phrase well but finds them badly in running text), its tags veto false
candidates and its parse gives the tense. Finally clock times join adjacent
days and anaphoric expressions ("the next day", "the same period last year")
resolve against the previous expression of fine enough granularity.

Values follow TimeML/TempEval-3: ``2026-03-05``, ``2026-W10``, ``2026-W10-WE``,
``2026-03``, ``2026-Q1``, ``2026-H1``, ``2026-SP``, ``2026``, ``202`` (decade),
``20`` (century), ``2026-03-05T14:00``, ``2026-03-05TMO``, ``P3D``/``PT2H``/``PXY``
(durations), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``, ``FY2026``. Relative
expressions resolve against the anchor; bare weekdays look back by default
(news reports the past) unless the clause is in the future tense; bare months,
quarters and seasons take the nearest occurrence allowed by the tense.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, Literal

from .schemas import Granularity, Interval, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Tense", "find_times", "interval_of", "normalize", "granularity_of"]

Tense = Literal["past", "future"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

# ------------------------------------------------------------------ lexicon
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_NUM: dict[str, int] = {m: i + 1 for i, m in enumerate(_MONTHS)}
_MONTH_NUM.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9})
_MONTH_NUM.update({"oct": 10, "nov": 11, "dec": 12})
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_NUM: dict[str, int] = {d: i for i, d in enumerate(_WEEKDAYS)}
_WEEKDAY_NUM.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3})
_WEEKDAY_NUM.update({"fri": 4, "sat": 5, "sun": 6})

_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_NUM_WORDS: dict[str, float] = {w: float(i) for i, w in enumerate(_SMALL)}
_NUM_WORDS.update({w: float(20 + 10 * i) for i, w in enumerate(_TENS)})
_NUM_WORDS.update({"a": 1, "an": 1, "single": 1, "hundred": 100, "a hundred": 100, "one hundred": 100})
_NUM_WORDS.update({"dozen": 12, "a dozen": 12, "a couple of": 2, "couple of": 2, "a couple": 2, "a pair of": 2})
_NUM_WORDS.update({"half a": 0.5, "half an": 0.5, "a half": 0.5})
_VAGUE_NUM = {"a few", "few", "several", "many", "some", "numerous", "a number of", "dozens of", "hundreds of"}
_VAGUE_NUM |= {"countless", "multiple", "various", "a couple more"}

_ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_CENTURY_ORD: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty first": 21,
    "twenty-second": 22,
}
_DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
_SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_PART_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}
_UNIT: dict[str, str] = {
    "second": "S",
    "sec": "S",
    "minute": "TM",
    "min": "TM",
    "hour": "H",
    "hr": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "2W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "yr": "Y",
    "decade": "DE",
    "century": "CE",
    "weekend": "WE",
}
_MOD_WORDS: dict[str, str] = {
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "circa": "APPROX",
    "an estimated": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "close to": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "well over": "MORE_THAN",
    "upwards of": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}
_EDGE_MOD: dict[str, str] = {
    "early": "START",
    "beginning": "START",
    "start": "START",
    "dawn": "START",
    "early part": "START",
    "first part": "START",
    "mid": "MID",
    "middle": "MID",
    "late": "END",
    "end": "END",
    "close": "END",
    "turn": "END",
    "latter part": "END",
    "later part": "END",
    "last part": "END",
}


# ------------------------------------------------------------------ regex building blocks
def _words(s: str) -> list[str]:
    """A word list written as one string."""
    return s.split()


def _trie(words: list[str] | set[str]) -> str:
    """A regex alternation of ``words`` factored as a trie (fast to scan with ``re``)."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return f"(?:{body})?"
        return body

    return build(tree)


def _alts(words: list[str] | set[str], *, caps: bool = False) -> str:
    """Alternation of ``words`` as a trie; ``caps``: their Capitalised and UPPER forms only.

    Spaces in a word match any whitespace. Longer words win over their prefixes.
    """
    forms: set[str] = set()
    for w in words:
        if caps:
            forms.add(w[:1].upper() + w[1:])
            forms.add(w.upper())
        else:
            forms.add(w)
    return _trie(forms)


_B = r"(?<![\w'’-])"  # left word boundary (not inside a word, number or hyphenation)
_E = r"(?![\w'’]|-\w)"  # right word boundary
_MONTH = rf"(?:{_alts(_MONTHS, caps=True)})"
_MONTH_ABBR = (
    rf"(?:{_alts(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'], caps=True)})\.?"  # noqa: E501
)
_MONTH_ANY = rf"(?:{_MONTH}|{_MONTH_ABBR})(?![a-z])"
_WEEKDAY = rf"(?:{_alts(_WEEKDAYS, caps=True)})"
_WEEKDAY_ABBR = (
    rf"(?:{_alts(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'], caps=True)})\.?"  # noqa: E501
)
_WD_PREFIX = rf"(?:(?:{_WEEKDAY}|{_WEEKDAY_ABBR}),?\s+)"
_YEAR = r"(?:1[0-9]|20)\d\d(?![\d,]\d|\.\d|%)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_NUMWORD = (
    rf"(?:(?:{_alts(_TENS)})(?:[- ](?:{_alts(_SMALL[1:10])}))?|{_alts(_SMALL)}|a\s+hundred|one\s+hundred|"
    r"hundred|a\s+dozen|dozen|a\s+couple(?:\s+of)?|couple\s+of|a\s+pair\s+of|half\s+an?|single|an?)"
)
_VAGUE = rf"(?:{_alts(_VAGUE_NUM)})"
_DIGITS = r"\d++(?:[.,]\d++)?+"
# atomic: a number never needs to give characters back (and backtracking into it is what costs)
_NUM = rf"(?i:(?>(?:{_DIGITS}|{_NUMWORD})(?:\s+and\s+a\s+half)?))"
_NUM_OR_VAGUE = rf"(?i:{_NUM}|{_VAGUE})"
_UNIT_S = _alts(
    _words(
        "second seconds sec secs minute minutes min mins hour hours hr hrs day days night nights week weeks "
        "fortnight fortnights month months quarter quarters year years yr yrs decade decades century centuries "
        "weekend weekends"
    )
)
_UNIT_RE = rf"(?i:{_UNIT_S})"
_EXTRA = (
    "(?i:(?:"
    + _alts(
        _words(
            "full consecutive straight long whole more additional further extra trading business working calendar "
            "successive subsequent remaining intervening first final"
        )
    )
    + r")\s+)"
)
_MOD = rf"(?i:{_alts(list(_MOD_WORDS))})"
_SEASON = r"(?i:spring|summer|autumn|fall|winter)"
_DECADE_WORD = rf"(?i:{_alts(list(_DECADE_WORDS))})"
_TZ = r"(?:\s*(?:UTC|GMT|Z|ET|EST|EDT|CT|CST|CDT|MT|MST|PT|PST|PDT|CET|CEST|BST|IST|JST|AEST|AEDT|HKT|SGT)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?(?![A-Za-z])|\s*\((?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d\d)?\)|\s+local\s+time)"  # noqa: E501
_AMPM = r"(?:\s*(?:[aApP]\.\s?[mM]\.|[aApP][mM]\b|[aApP]\.[mM](?![\w.])))"
_THIS = (
    "(?i:"
    + _alts(
        [
            "this",
            "that",
            "last",
            "next",
            "past",
            "previous",
            "coming",
            "current",
            "present",
            "the current",
            "the present",
            "the coming",
            "the past",
            "the previous",
            "the following",
            "the next",
            "the last",
            "this past",
            "this coming",
        ]
    )
    + ")"
)
#: words that, right before a month name or a number, make it a date ("in May", "since 2009")
_CUE_WORDS = frozenset(
    _words(
        "in on at since by until till til from of during through throughout before after early late mid last next "
        "this that between and or for into around about except the every each past coming previous following "
        "ending ended beginning starting than as"
    )
)


# ------------------------------------------------------------------ results
@dataclass(slots=True)
class _Norm:
    value: str
    granularity: Granularity
    type: TimexType = "DATE"
    mod: str | None = None
    interval: tuple[date, date] | None = None
    time_only: bool = False  # a clock time with no date of its own (takes the day of its neighbour)
    anaphoric: str | None = None  # "day"/"week"/"month"/"year" + offset, resolved against earlier times
    offset: int = 0
    year_back: int = 0  # "the same month a year ago": the referent, a year earlier


@dataclass(slots=True)
class _Ctx:
    text: str
    start: int
    end: int
    anchor: date | None
    tense_fixed: Tense | None
    lenient: bool  # normalising a phrase: no context checks
    doc: Doc | None = None
    _tense: Tense | None | bool = False

    def tense(self) -> Tense | None:
        if self.tense_fixed is not None or self.lenient:
            return self.tense_fixed
        if self._tense is False:
            self._tense = _infer_tense(self.text, self.start, self.end, self.doc)
        return self._tense  # type: ignore[return-value]

    def before(self, n: int = 40) -> str:
        return self.text[max(0, self.start - n) : self.start]

    def after(self, n: int = 40) -> str:
        return self.text[self.end : self.end + n]


Handler = Callable[[dict[str, str | None], _Ctx], "_Norm | None"]


# ------------------------------------------------------------------ calendar helpers
def _last_day(y: int, m: int) -> date:
    return date(y, m, monthrange(y, m)[1])


def _month_iv(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), _last_day(y, m)


def _year_iv(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def _week_iv(d: date) -> tuple[date, date]:
    mon = d - timedelta(days=d.weekday())
    return mon, mon + timedelta(days=6)


def _week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _quarter_iv(y: int, q: int) -> tuple[date, date]:
    return date(y, 3 * q - 2, 1), _last_day(y, 3 * q)


def _half_iv(y: int, h: int) -> tuple[date, date]:
    return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _season_iv(y: int, s: str) -> tuple[date, date]:
    a, b = _SEASON_MONTHS[s]
    if s == "WI":  # the winter that begins in December of year y
        return date(y, 12, 1), _last_day(y + 1, 2)
    return date(y, a, 1), _last_day(y, b)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _pick(
    cands: list[tuple[str, tuple[date, date]]],
    anchor: date,
    tense: Tense | None,
    *,
    soft: int | None = None,
    bias: int = 90,
) -> tuple[str, tuple[date, date]]:
    """Choose among occurrences of a cyclic expression (a month, quarter, weekday...).

    Nearest to the anchor; with a tense, the occurrence must not lie wholly on the
    wrong side of the anchor (``soft``: instead add that many days to its distance).
    Without a tense, news leans to the past: future occurrences count ``bias`` days
    farther. Ties go to the past.
    """

    def dist(iv: tuple[date, date]) -> int:
        if iv[0] <= anchor <= iv[1]:
            return 0
        return (iv[0] - anchor).days if iv[0] > anchor else (anchor - iv[1]).days

    best: tuple[float, int, str, tuple[date, date]] | None = None
    for val, iv in cands:
        d: float = dist(iv)
        wrong = (tense == "past" and iv[0] > anchor) or (tense == "future" and iv[1] < anchor)
        if wrong:
            d = d + soft if soft is not None else d + 100000
        elif tense is None and iv[0] > anchor:
            d += bias
        key = (d, 0 if iv[0] <= anchor else 1, val, iv)
        if best is None or key[:2] < best[:2]:
            best = key
    assert best is not None
    return best[2], best[3]


def _sub_interval(iv: tuple[date, date], mod: str | None, gran: str) -> tuple[date, date]:
    """Narrow an interval for START/MID/END: thirds (months: days 1-10, 11-20, 21-end)."""
    if mod not in ("START", "MID", "END"):
        return iv
    s, e = iv
    if gran == "month":
        if mod == "START":
            return s, s.replace(day=10)
        if mod == "MID":
            return s.replace(day=11), s.replace(day=20)
        return s.replace(day=21), e
    if gran == "year":
        y = s.year
        if mod == "START":
            return date(y, 1, 1), date(y, 4, 30)
        if mod == "MID":
            return date(y, 5, 1), date(y, 8, 31)
        return date(y, 9, 1), date(y, 12, 31)
    n = (e - s).days + 1
    third = max(1, n // 3)
    if mod == "START":
        return s, s + timedelta(days=third - 1)
    if mod == "MID":
        return s + timedelta(days=third), e - timedelta(days=third)
    return e - timedelta(days=third - 1), e


# ------------------------------------------------------------------ value -> interval
_IV_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_IV_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_IV_Q = re.compile(r"(\d{4})-Q([1-4])")
_IV_H = re.compile(r"(\d{4})-H([12])")
_IV_S = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_IV_MONTH = re.compile(r"(\d{4})-(\d{2})(?:-XX)?")
_IV_YEAR = re.compile(r"(\d{4})(?:-XX(?:-XX)?)?")
_IV_DECADE = re.compile(r"(\d{3})X?")
_IV_CENTURY = re.compile(r"(\d{2})(?:XX)?")


def interval_of(value: str) -> tuple[date, date] | None:
    """The calendar interval a TIMEX3 value covers (first day, last day), or None.

    Durations, sets, references (``PRESENT_REF``...) and fiscal years (``FY2026``:
    the fiscal calendar is unknown) have no interval.
    """
    v = value.strip().upper()
    try:
        if m := _IV_DAY.fullmatch(v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _IV_WEEK.fullmatch(v):
            mon = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return mon + timedelta(days=5), mon + timedelta(days=6)
            return mon, mon + timedelta(days=6)
        if m := _IV_Q.fullmatch(v):
            return _quarter_iv(int(m[1]), int(m[2]))
        if m := _IV_H.fullmatch(v):
            return _half_iv(int(m[1]), int(m[2]))
        if m := _IV_S.fullmatch(v):
            return _season_iv(int(m[1]), m[2])
        if m := _IV_MONTH.fullmatch(v):
            return _month_iv(int(m[1]), int(m[2]))
        if m := _IV_YEAR.fullmatch(v):
            return _year_iv(int(m[1]))
        if m := _IV_DECADE.fullmatch(v):
            y = int(m[1]) * 10
            return date(max(1, y), 1, 1), date(y + 9, 12, 31)
        if m := _IV_CENTURY.fullmatch(v):
            y = int(m[1]) * 100
            return date(max(1, y), 1, 1), date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


def granularity_of(value: str) -> Granularity:
    """The granularity a TIMEX3 value is expressed in."""
    v = value.strip().upper()
    if v.endswith("_REF"):
        return "ref"
    if v.startswith("P"):
        return "duration"
    if _IV_DAY.fullmatch(v):
        return "time" if "T" in v else "day"
    if _IV_WEEK.fullmatch(v):
        return "week"
    if _IV_Q.fullmatch(v):
        return "quarter"
    if _IV_H.fullmatch(v):
        return "half"
    if _IV_S.fullmatch(v):
        return "season"
    if _IV_MONTH.fullmatch(v):
        return "month"
    if _IV_YEAR.fullmatch(v) or v.startswith("FY"):
        return "year"
    if _IV_DECADE.fullmatch(v):
        return "decade"
    if _IV_CENTURY.fullmatch(v):
        return "century"
    return "unknown"


# ------------------------------------------------------------------ small parsers
def _num(s: str | None) -> float | None:
    """A number phrase -> value; None for vague quantities ("several")."""
    if s is None:
        return 1.0
    t = re.sub(r"\s+", " ", s.strip().lower())
    half = 0.0
    if t.endswith(" and a half"):
        half, t = 0.5, t[: -len(" and a half")]
    if t in _VAGUE_NUM:
        return None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        if "," in t:
            t = t.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", t) else t.replace(",", ".")
        return float(t) + half
    if t in _NUM_WORDS:
        return _NUM_WORDS[t] + half
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in _NUM_WORDS and parts[1] in _NUM_WORDS:
        return _NUM_WORDS[parts[0]] + _NUM_WORDS[parts[1]] + half
    return None


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _unit_code(unit: str) -> str:
    u = unit.lower().rstrip(".")
    if u.endswith("ies"):
        u = u[:-3] + "y"
    elif u.endswith("s") and u[:-1] in _UNIT:
        u = u[:-1]
    return _UNIT.get(u, "")


def _duration(n: float | None, code: str) -> str:
    """TIMEX3 duration value for ``n`` units (``None``: unspecified, ``PXY``)."""
    if code == "DE":
        return "PXDE" if n is None else f"P{_fmt(n * 10)}Y"
    if code == "CE":
        return "PXCE" if n is None else f"P{_fmt(n * 100)}Y"
    if code == "2W":
        return "PXW" if n is None else f"P{_fmt(n * 2)}W"
    if code == "WE":
        return "PXWE" if n is None else f"P{_fmt(n)}WE"
    x = "X" if n is None else _fmt(n)
    if code in ("H", "S"):
        if n is not None and n != int(n) and code == "H":
            return f"PT{_fmt(n * 60)}M"
        return f"PT{x}{code}"
    if code == "TM":
        return f"PT{x}M"
    if n is not None and n != int(n) and code == "D":
        return f"PT{_fmt(n * 24)}H"
    if n == 0.5 and code == "Y":
        return "P6M"
    return f"P{x}{code}"


def _two_digit_year(yy: int, anchor: date | None) -> int:
    ref = (anchor or date.today()).year
    y = 2000 + yy
    return y if y <= ref + 10 else 1900 + yy


def _day_norm(d: date, mod: str | None = None) -> _Norm:
    return _Norm(d.isoformat(), "day", mod=mod, interval=(d, d))


def _month_norm(y: int, m: int, mod: str | None = None) -> _Norm:
    iv = _month_iv(y, m)
    return _Norm(f"{y:04d}-{m:02d}", "month", mod=mod, interval=_sub_interval(iv, mod, "month"))


def _year_norm(y: int, mod: str | None = None) -> _Norm:
    return _Norm(f"{y:04d}", "year", mod=mod, interval=_sub_interval(_year_iv(y), mod, "year"))


def _with_mod(n: _Norm, mod: str | None) -> _Norm:
    if mod is None or n.interval is None:
        if mod is not None:
            n.mod = mod
        return n
    n.mod = mod
    n.interval = _sub_interval(n.interval, mod, n.granularity)
    return n


def _edge_mod(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"[\s-]+", " ", word.strip().lower())
    w = re.sub(r"^(?:the\s+)?(?:very\s+)?", "", w)
    w = re.sub(r"\s+of$|\s+in$", "", w)
    w = w.replace("the ", "")
    return _EDGE_MOD.get(w) or _EDGE_MOD.get(w.split(" ")[0])


def _words_before(ctx: _Ctx, n: int = 1) -> list[str]:
    return re.findall(r"[\w'’-]+", ctx.before(60))[-n:]


def _prev_word(ctx: _Ctx) -> str:
    w = _words_before(ctx, 1)
    return w[0] if w else ""


def _sentence_initial_at(text: str, pos: int) -> bool:
    b = text[max(0, pos - 4) : pos]
    return pos == 0 or bool(re.search(r"(?:^|[.!?:;\n][\"'“”’)]?\s*|[\n\"“]\s*)$", b))


def _sentence_initial(ctx: _Ctx) -> bool:
    return _sentence_initial_at(ctx.text, ctx.start)


def _word_before(text: str, pos: int) -> str:
    """The word just before ``pos`` (skipping spaces and dashes), lowercased."""
    i = pos
    while i > 0 and text[i - 1] in " \t\n\u00a0-—–":
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i].lower()


def _has_cue(ctx: _Ctx) -> bool:
    return _word_before(ctx.text, ctx.start) in _CUE_WORDS


# ------------------------------------------------------------------ handlers
def _h_iso(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    d = _safe_date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))
    if d is None:
        return None
    if g["hh"]:
        return _Norm(f"{d.isoformat()}T{int(g['hh']):02d}:{g['mm']}", "time", "TIME", interval=(d, d))
    return _day_norm(d)


def _h_dmy(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    day = int(re.sub(r"\D", "", g["d"] or ""))
    mon = _MONTH_NUM[(g["mon"] or "").lower().rstrip(".")]
    ys = g["y"] or ""
    y = int(ys) if len(ys) == 4 else _two_digit_year(int(ys.lstrip("'’")), ctx.anchor)
    d = _safe_date(y, mon, day)
    return _day_norm(d) if d else None


def _h_numeric(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    if g.get("da"):  # 05.03.2026: day.month.year (the dotted form is European)
        d = _safe_date(int(g["dy"] or 0), int(g["db"] or 0), int(g["da"] or 0))
        return _day_norm(d) if d else None
    a, b, ys = int(g["a"] or 0), int(g["b"] or 0), g["y"] or ""
    y = int(ys) if len(ys) == 4 else _two_digit_year(int(ys), ctx.anchor)
    opts = [d for d in (_safe_date(y, a, b), _safe_date(y, b, a)) if d is not None]
    if not opts:
        return None
    if len(opts) == 2 and opts[0] != opts[1] and ctx.anchor is not None:
        # ambiguous: the reading near the anchor, else month/day (US)
        ref = ctx.anchor
        near = [d for d in opts if abs((d - ref).days) <= 183]
        if len(near) == 1:
            return _day_norm(near[0])
        if len(near) == 2:
            return _day_norm(min(near, key=lambda d: abs((d - ref).days)))
    return _day_norm(opts[0])


def _resolve_day_month(mon: int, day: int, ctx: _Ctx) -> _Norm | None:
    a = ctx.anchor
    if a is None:
        if _safe_date(2000, mon, day) is None:
            return None
        return _Norm(f"XXXX-{mon:02d}-{day:02d}", "day")
    cands = []
    for y in (a.year - 1, a.year, a.year + 1):
        d = _safe_date(y, mon, day)
        if d:
            cands.append((d.isoformat(), (d, d)))
    if not cands:
        return None
    val, iv = _pick(cands, a, ctx.tense(), soft=60, bias=30)
    return _Norm(val, "day", interval=iv)


def _h_dm(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    day = int(re.sub(r"\D", "", g["d"] or ""))
    mon_s = (g["mon"] or "").lower().rstrip(".")
    mon = _MONTH_NUM[mon_s]
    if not ctx.lenient and mon_s in ("may", "march") and not g.get("wd"):
        # "May 5" is safe, but "may 5" (lowercase) never reaches here; guard "March 5 miles" etc.
        if re.match(r"\s*(?:%|percent|per\s|miles|km|people|points)", ctx.after(12)):
            return None
    return _resolve_day_month(mon, day, ctx)


def _h_month_year(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    mon = _MONTH_NUM[(g["mon"] or "").lower().rstrip(".")]
    ys = g["y"] or ""
    y = int(ys) if len(ys) == 4 else _two_digit_year(int(ys.lstrip("'’")), ctx.anchor)
    return _with_mod(_month_norm(y, mon), _edge_mod(g.get("edge")))


_VERB_AFTER_MONTH = re.compile(
    r"\s+(?:on|to|through|against|into|toward|towards|past|across|down|up|along|together|"
    r"forward|ahead|off|out|away|in\s+(?:protest|support|solidarity)|for\s+(?:peace|justice|change))\b"
)


_RANGE_WORDS = frozenset({"to", "until", "till", "through", ""})
_RANGE_BEFORE = re.compile(rf"(?:{_MONTH}|\d)\W+(?:to|until|till|through|-|–)\s+$")  # "from April to May"
_YEAR_AFTER = re.compile(rf"\s+{_YEAR}")


def _month_ok(mon_s: str, ctx: _Ctx, has_modifier: bool) -> bool:
    """Is a bare capitalised month name really the month ("May" the verb, "April" the name)?"""
    if ctx.lenient or has_modifier:
        return True
    if ctx.doc is not None:
        tok = _doc_token(ctx.doc, ctx.start)
        if tok is not None:
            if tok.tag_ == "MD" or tok.pos_ in ("VERB", "AUX"):
                return False
            if tok.ent_type_ in ("PERSON", "ORG", "GPE", "FAC", "WORK_OF_ART", "PRODUCT"):
                return False
    cue = _has_cue(ctx) or (
        _word_before(ctx.text, ctx.start) in _RANGE_WORDS and bool(_RANGE_BEFORE.search(ctx.before(30)))
    )
    after = ctx.after(30)
    if re.match(r"\s*,?\s*(?:\d|of\s+\d)", after):
        return True
    if _VERB_AFTER_MONTH.match(after) and not cue:
        return False
    prev = _prev_word(ctx)
    if mon_s == "may":
        if _sentence_initial(ctx) and not cue:
            return False
        if prev[:1].isupper() and not cue:
            return False  # "Theresa May"
        return not _MODAL_MAY_AFTER.match(after)
    if prev[:1].isupper() and prev.lower() not in _MONTH_NUM and not cue and not _sentence_initial(ctx):
        return False  # part of a name ("Hurricane April")
    if re.match(r"\s+[A-Z][a-z]", after) and not cue:
        return bool(_YEAR_AFTER.match(after))  # "April Jones" vs "April 2026"
    return True


_MODAL_MAY_AFTER = re.compile(
    r"\s+(?:be|have|not|also|well|never|still|soon|need|want|help|take|make|"
    r"become|lead|cause|face|seek|get|go|come|see|lose|win|use|include|require)\b"
)


def _resolve_month(mon: int, ctx: _Ctx, rel: str | None, mod: str | None) -> _Norm | None:
    a = ctx.anchor
    if a is None:
        n = _Norm(f"XXXX-{mon:02d}", "month", mod=mod)
        return n
    rel = (rel or "").lower().strip()
    if rel in ("last", "past", "this past", "previous"):
        y = a.year if mon < a.month else a.year - 1
    elif rel in ("next", "coming", "this coming"):
        y = a.year if mon > a.month else a.year + 1
    elif rel == "this":
        y = a.year
    else:
        cands = [(f"{y:04d}-{mon:02d}", _month_iv(y, mon)) for y in (a.year - 1, a.year, a.year + 1)]
        val, _ = _pick(cands, a, ctx.tense())
        y = int(val[:4])
    return _month_norm(y, mon, mod)


def _h_month(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    mon_s = (g["mon"] or "").lower()
    edge = _edge_mod(g.get("edge"))
    rel = g.get("rel")
    if not _month_ok(mon_s, ctx, bool(edge or rel or g.get("yrel"))):
        return None
    y = _year_of(g, ctx)
    if y is not None:
        return _month_norm(y, _MONTH_NUM[mon_s], edge)
    return _resolve_month(_MONTH_NUM[mon_s], ctx, rel, edge)


def _h_weekday(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    wd = _WEEKDAY_NUM[(g["wd"] or "").lower().rstrip(".")]
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    a = ctx.anchor
    part = (g.get("part") or "").lower()
    edge = _edge_mod(g.get("edge"))
    if g.get("plural"):
        return _Norm(f"XXXX-WXX-{wd + 1}", "set", "SET")
    if a is None:
        d = None
    else:
        delta = (wd - a.weekday()) % 7  # days forward to the next such weekday (0 = today)
        if rel in ("last", "past", "this past", "previous"):
            d = a - timedelta(days=(a.weekday() - wd) % 7 or 7)
        elif rel in ("next",):
            d = _week_iv(a)[0] + timedelta(days=7 + wd)
        elif rel in ("coming", "this coming", "following", "the following"):
            d = a + timedelta(days=delta or 7)
        elif rel == "this":
            d = _week_iv(a)[0] + timedelta(days=wd)
        else:
            tense = ctx.tense()
            if tense == "future":
                d = a + timedelta(days=delta)
            else:
                d = a - timedelta(days=(a.weekday() - wd) % 7)
    if d is None:
        val = f"XXXX-WXX-{wd + 1}"
        iv = None
    else:
        val, iv = d.isoformat(), (d, d)
    if part:
        code = _PART_OF_DAY.get(part, "")
        return _Norm(f"{val}T{code}", "time", "TIME", interval=iv)
    return _Norm(val, "day", mod=edge, interval=iv)


def _h_relday(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    w = re.sub(r"\s+", " ", (g["w"] or "").lower())
    a = ctx.anchor
    offsets = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "last night": -1,
        "overnight": -1,
    }
    off = offsets.get(w)
    if off is None:
        m = re.match(r"(?:this|this past|this coming)\s+(morning|afternoon|evening|night)", w)
        off = 0 if m else None
    if off is None:
        return None
    part = (g.get("part") or "").lower()
    if w in ("tonight", "last night", "overnight"):
        part = "night"
    elif w.startswith("this"):
        part = w.split(" ")[-1]
    edge = _edge_mod(g.get("edge"))
    if g.get("when"):  # "earlier today", "later today"
        edge = None
    if a is None:
        if off == 0 and not part:
            return _Norm("PRESENT_REF", "ref")
        return None
    d = a + timedelta(days=off)
    if part:
        return _Norm(f"{d.isoformat()}T{_PART_OF_DAY[part]}", "time", "TIME", interval=(d, d))
    return _day_norm(d, edge)


def _h_ref(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    w = re.sub(r"\s+", " ", (g["w"] or "").lower())
    w = re.sub(r"^(?:in|at|for|into)\s+", "", w)
    w = re.sub(r"^(?:the\s+)?(?:very\s+|more\s+|most\s+|not\s+too\s+distant\s+|foreseeable\s+)", "", w)
    if w in (
        "now",
        "currently",
        "presently",
        "at present",
        "nowadays",
        "these days",
        "at the moment",
        "right now",
        "the time being",
        "the present",
        "present day",
        "the present day",
        "today's",
        "current",
        "at this time",
        "just now",
        "as of now",
        "for now",
        "by now",
        "until now",
        "up to now",
        "so far",
        "to date",
        "thus far",
        "ongoing",
    ):
        if w in ("so far", "to date", "thus far") and not ctx.lenient:
            return None
        if w == "now" and not ctx.lenient and re.match(r"\s+that\b", ctx.after(8)):
            return None
        return _Norm("PRESENT_REF", "ref")
    if w in (
        "recently",
        "lately",
        "former",
        "formerly",
        "previously",
        "the past",
        "past",
        "recent",
        "once",
        "earlier",
        "in the past",
        "the recent past",
        "recent past",
        "not long ago",
        "long ago",
        "a while ago",
        "some time ago",
        "years ago",
        "decades ago",
    ):
        return _Norm("PAST_REF", "ref")
    if w in (
        "soon",
        "shortly",
        "the future",
        "future",
        "the near future",
        "near future",
        "the near term",
        "near term",
        "the short term",
        "short term",
        "the long term",
        "long term",
        "the medium term",
        "medium term",
        "the long run",
        "long run",
        "the short run",
        "the coming years",
        "the years ahead",
        "the months ahead",
        "the weeks ahead",
        "the days ahead",
        "later",
        "sooner or later",
        "eventually",
        "in the future",
        "in due course",
    ):
        return _Norm("FUTURE_REF", "ref")
    return None


def _cyc_rel(rel: str | None) -> str:
    r = re.sub(r"\s+", " ", (rel or "").lower().strip())
    r = re.sub(r"^the ", "", r)
    return r


def _rel_shift(rel: str) -> int | None:
    """this=0, last=-1, next=+1 (None if the word is not a relative marker)."""
    if rel in ("this", "current", "present", "this current"):
        return 0
    if rel in ("last", "past", "previous", "this past", "preceding", "prior"):
        return -1
    if rel in ("next", "coming", "following", "this coming", "upcoming"):
        return 1
    return None


def _h_relunit(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """this/last/next week, month, year, quarter, decade, century, weekend."""
    rel = _cyc_rel(g["rel"])
    unit = (g["unit"] or "").lower()
    has_the = bool(re.match(r"(?i)the\s", g["rel"] or ""))
    edge = _edge_mod(g.get("edge"))
    when = (g.get("when") or "").lower()
    # "the past year", "the last week": a duration (TimeML), unless an edge modifier applies
    if has_the and rel in ("past", "last") and not edge and not when:
        return _Norm(_duration(1, _unit_code(unit)), "duration", "DURATION")
    if has_the and rel in ("next", "coming") and not edge and not when:
        prev = _prev_word(ctx).lower()
        if rel == "coming" or prev in ("within", "over", "in", "during", "for", "throughout", "through"):
            return _Norm(_duration(1, _unit_code(unit)), "duration", "DURATION")
    shift = _rel_shift(rel)
    anaph = has_the and rel in ("following", "previous", "next", "same", "preceding", "prior")
    if rel == "same":
        shift = 0
    if rel == "that":
        anaph, shift = True, 0
    if shift is None:
        return None
    a = ctx.anchor
    code = _unit_code(unit)
    if a is None:
        if shift == 0 and not anaph:
            return _Norm("PRESENT_REF", "ref")
        return _Norm("PAST_REF" if shift < 0 else "FUTURE_REF", "ref") if not anaph else None
    n = _shift_unit(a, code, shift)
    if n is None:
        return None
    if anaph:
        n.anaphoric, n.offset = code, shift
    if when:
        s, e = n.interval or (a, a)
        if when == "earlier" and s <= a <= e:
            n.interval = (s, a)
        elif when == "later" and s <= a <= e:
            n.interval = (a, e)
        return n
    return _with_mod(n, edge)


def _shift_unit(a: date, code: str, k: int) -> _Norm | None:
    if code == "D":
        return _day_norm(a + timedelta(days=k))
    if code in ("W", "WE"):
        d = a + timedelta(weeks=k)
        mon, sun = _week_iv(d)
        if code == "WE":
            return _Norm(_week_value(d) + "-WE", "week", interval=(mon + timedelta(days=5), sun))
        return _Norm(_week_value(d), "week", interval=(mon, sun))
    if code == "M":
        y, m = _add_months(a.year, a.month, k)
        return _month_norm(y, m)
    if code == "Q":
        q = (a.month - 1) // 3 + k
        y, q = a.year + q // 4, q % 4 + 1
        return _Norm(f"{y:04d}-Q{q}", "quarter", interval=_quarter_iv(y, q))
    if code == "Y":
        return _year_norm(a.year + k)
    if code == "DE":
        dec = a.year // 10 + k
        return _Norm(f"{dec:03d}", "decade", interval=(date(dec * 10, 1, 1), date(dec * 10 + 9, 12, 31)))
    if code == "CE":
        c = a.year // 100 + k
        return _Norm(f"{c:02d}", "century", interval=(date(max(1, c * 100), 1, 1), date(c * 100 + 99, 12, 31)))
    return None


_THEDAY_BEFORE = re.compile(
    r"(?i)\b(?:end|ends|ended|ending|close|closes|closed|closing|finish|finishes|finished|finishing|"
    r"for|during|through|throughout|most\s+of|rest\s+of|start|started|starting|open|opened|opening|"
    r"(?:early|late|earlier|later)\s+in|on|trading\s+on)\s*$"
)


def _h_theday(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    a = ctx.anchor
    if a is None:
        return None
    edge = (g.get("edge") or "").lower()
    if not ctx.lenient:
        before = ctx.before(24)
        if not edge and (not _THEDAY_BEFORE.search(before) or re.search(r"(?i)\bat\s+the\s+end\s+of\s*$", before)):
            return None  # "at the end of the day" is an idiom
        if re.match(
            r"\s+(?:(?:before|after)\s+(?:the|a|an|his|her|its|their|this|that|[A-Z])|of|when|that|"
            r"on\s+which)\b",
            ctx.after(24),
        ):
            return None  # "the day before the vote", "the day of the vote": relative to an event
    n = _day_norm(a)
    n.anaphoric, n.offset = "D", 0
    if edge in ("early", "late"):
        n.mod = "START" if edge == "early" else "END"
    return n


def _h_weekend(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """``the weekend``: the coming one in future clauses, else the last one (this one on Sat/Sun)."""
    a = ctx.anchor
    if a is None:
        return None
    tense = ctx.tense()
    k = 0 if a.weekday() >= 5 or tense == "future" or (tense is None and a.weekday() == 4) else -1
    n = _shift_unit(a, "WE", k)
    if n is not None:
        n.anaphoric, n.offset = None, 0
    return n


def _h_anaphor(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """that day, the same day, the next day, the day before, the following year..."""
    w = re.sub(r"\s+", " ", (g["w"] or "").lower())
    unit = (g["unit"] or "").lower()
    code = _unit_code(unit)
    if re.search(r"\b(?:next|following|after|later)\b", w):
        k = 1
    elif re.search(r"\b(?:before|previous|prior|preceding|earlier)\b", w):
        k = -1
    else:
        k = 0
    if not ctx.lenient and re.search(r"\b(?:before|after)$", w) and re.match(r"\s+[a-z]", ctx.after(6)):
        # "the day after the vote": relative to an event we do not resolve
        return None
    a = ctx.anchor
    if a is None:
        return None
    if unit in ("period", "time"):
        if not (g.get("det") or "").lower().endswith(("same", "that")):
            return None
        if not g.get("back") and (unit == "period" or ctx.lenient):
            return None
        code = "SAME"
        n = _year_norm(a.year)
    else:
        n = _shift_unit(a, code, k)
    if n is None:
        return None
    n.anaphoric, n.offset = code, k
    if g.get("back"):
        n.year_back = 1
        if code == "SAME" or ctx.lenient:
            n = _back_a_year(n)
            n.anaphoric, n.year_back = code, 1
    return n


def _back_a_year(n: _Norm) -> _Norm:
    """The same calendar period one year earlier ("the same month a year ago")."""
    m = re.match(r"(\d{4})(.*)", n.value)
    if not m:
        return n
    value = f"{int(m[1]) - 1:04d}{m[2]}"
    iv = interval_of(value)
    if iv is None and n.granularity in ("day", "time", "week"):
        y = int(m[1]) - 1
        value, iv = f"{y:04d}", _year_iv(y)
    res = _Norm(value, n.granularity, n.type, interval=iv)
    return _with_mod(res, n.mod) if iv else res


def _h_earlier(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """earlier this year, later this month, earlier in the week..."""
    when = (g["when"] or "").lower()
    unit = (g["unit"] or "").lower()
    rel = _cyc_rel(g.get("rel"))
    a = ctx.anchor
    code = _unit_code(unit)
    shift = _rel_shift(rel) if rel not in ("", "the") else 0
    if shift is None:
        shift = 0
    if a is None:
        return _Norm("PAST_REF" if when == "earlier" else "FUTURE_REF", "ref")
    n = _shift_unit(a, code, shift)
    if n is None or n.interval is None:
        return n
    s, e = n.interval
    if shift == 0:
        n.interval = (s, a) if when == "earlier" else (a, e)
    else:
        n.interval = _sub_interval((s, e), "START" if when == "earlier" else "END", n.granularity)
    return n


def _h_edge(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """early/mid/late + a calendar period; the beginning/end of + a period."""
    mod = _edge_mod(g["edge"])
    inner = g["inner"] or ""
    il = re.sub(r"\s+", " ", inner.lower())
    a = ctx.anchor
    if il in ("the year", "the month", "the week", "the decade", "the century", "the quarter", "year", "month"):
        if a is None:
            return None
        n = _shift_unit(a, _unit_code(il.split(" ")[-1]), 0)
    else:
        sub = _Ctx(inner, 0, len(inner), a, ctx.tense_fixed, True, None)
        if not ctx.lenient and ctx.tense_fixed is None:
            sub.tense_fixed = ctx.tense()
        n = _rule_norm(inner, sub)
    if n is None or n.type != "DATE" or n.granularity in ("ref", "day", "duration", "set"):
        return None
    if n.mod is not None and n.mod not in ("START", "MID", "END"):
        return None
    # "the second half of 2026": a half, when the period is a year
    h = (g["edge"] or "").lower()
    if "half" in h and n.granularity == "year":
        hh = 1 if "first" in h else 2
        y = int(n.value[:4])
        return _Norm(f"{y:04d}-H{hh}", "half", interval=_half_iv(y, hh))
    if mod is None:
        return None
    if n.mod is not None:
        return n
    return _with_mod(n, mod)


def _h_year(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    ys = g["y"] or ""
    if ys[:1] in "'’":
        if not ctx.lenient and not re.search(
            r"(?i)\b(?:in|since|of|from|until|by|class|summer|winter|spring|"
            r"autumn|fall|season|and|to)\s*$",
            ctx.before(20),
        ):
            return None
        y = _two_digit_year(int(ys[1:]), ctx.anchor)
    else:
        y = int(ys)
    edge = _edge_mod(g.get("edge"))
    if not ctx.lenient and not g.get("pre") and not edge and not _year_ok(y, ctx):
        return None
    return _year_norm(y, edge)


_QUANTITY_NOUN = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:people|persons|employees|workers|jobs|staff|troops|soldiers|units|vehicles|cars|"
    r"aircraft|planes|jets|shares|points|feet|foot|ft|miles|km|kilometres|kilometers|metres|meters|m|"
    r"tons|tonnes|barrels|passengers|seats|homes|houses|acres|hectares|times|votes|members|students|"
    r"deaths|cases|pounds|lbs|kg|dollars|euros|yuan|yen|rupees|customers|users|copies|pages|words|"
    r"residents|children|patients|protesters|refugees|civilians|police|officers|stores|branches|"
    r"locations|flights|routes|orders|machines|devices|rooms|beds|calories|degrees|votes|tickets)\b"
)


_NOT_YEAR_BEFORE = re.compile(
    r"(?:[$€£¥#№©]|\([cC]\)|[Cc]opyright|US\$|\b(?:No|no|Nos|nos|number|Number|flight|Flight|Route|route|model|Model|room|Room|page|p|"
    r"pp|Article|article|Section|section|Rule|rule|Resolution|resolution|ISO|Highway|Interstate)\.?)\s*$"
)
_NOT_YEAR_AFTER = re.compile(r"\s*(?:%|percent|per\s*cent|[x×]\s*\d|\)?\s*(?:kg|km|mm|cm|m|mph|ft|sq)\b)")
_NUMBER_BEFORE = re.compile(r"\d[.,:/]?\s*$|[A-Za-z]-?$|\d\s*[-–]\s*$")
_YEAR_RANGE_BEFORE = re.compile(r"\d{4}\s*[-–]\s*$")


def _year_ok(y: int, ctx: _Ctx) -> bool:
    """Is a bare 4-digit number a year? (not "2000 people", "$2026", "flight 1549")."""
    before = ctx.before(24)
    after = ctx.after(40)
    cue = _has_cue(ctx)
    if _NOT_YEAR_BEFORE.search(before) or _NOT_YEAR_AFTER.match(after):
        return False
    if _NUMBER_BEFORE.search(before) and not _YEAR_RANGE_BEFORE.search(before):
        return False
    if ctx.doc is not None:
        tok = _doc_token(ctx.doc, ctx.start)
        if tok is not None and not cue:
            if tok.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL", "PRODUCT", "ORG", "FAC", "LAW"):
                if tok.ent_type_ != "CARDINAL" or tok.dep_ == "nummod":
                    return False
    if _QUANTITY_NOUN.match(after):
        return False
    name = re.search(r"[A-Z][\w&.]*\s+$", before)
    if not cue and name and re.match(r"[^\S\n]+[A-Z][a-z]", after):
        if not _sentence_initial_at(ctx.text, ctx.start - len(name.group(0))):
            return False  # inside a name: "the Russell 2000 Index"
    anchor_year = ctx.anchor.year if ctx.anchor else date.today().year
    if y < 1800 or y > anchor_year + 60:
        return cue and 1000 <= y <= anchor_year + 100
    return True


def _h_fiscal(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    ys = g["y"] or ""
    y = int(ys) if len(ys) == 4 else _two_digit_year(int(ys), ctx.anchor)
    if g.get("y2"):  # "2025/26", "2025-26": the fiscal year ending in the second year
        y2s = g["y2"] or ""
        y2 = int(y2s) if len(y2s) == 4 else (y // 100) * 100 + int(y2s)
        if y2 != y + 1:
            return None
        y = y2
    if not ctx.lenient and not g.get("fy") and not _year_ok(y, ctx):
        return None
    return _Norm(f"FY{y:04d}", "year")


def _ord(s: str | None) -> int | None:
    if not s:
        return None
    t = s.lower()
    if t in ("final", "last", "fourth", "4th"):
        return 4 if t not in ("last",) else -1
    return _ORDINALS.get(t)


def _year_of(g: dict[str, str | None], ctx: _Ctx) -> int | None:
    """The year part of a quarter/half/season phrase ("of 2009", "of last year", "'09")."""
    ys = g.get("y")
    if ys:
        ys = ys.lstrip("'’")
        return int(ys) if len(ys) == 4 else _two_digit_year(int(ys), ctx.anchor)
    yrel = _cyc_rel(g.get("yrel"))
    if yrel and ctx.anchor is not None:
        shift = _rel_shift(yrel)
        if shift is not None:
            return ctx.anchor.year + shift
    return None


def _h_quarter(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    q_s = g.get("q") or g.get("qn")
    if g.get("qn"):
        q = int(g["qn"] or 0)
    else:
        q = _ord(q_s) or 0
    y = _year_of(g, ctx)
    a = ctx.anchor
    if q == -1:  # "the last quarter": the previous quarter, or the 4th of a given year
        if y is not None:
            q = 4
        elif a is not None:
            return _shift_unit(a, "Q", -1)
        else:
            return None
    if not 1 <= q <= 4:
        return None
    if g.get("fy"):
        if y is None:
            return None
        return _Norm(f"FY{y:04d}-Q{q}", "quarter")
    if y is None:
        if a is None:
            return _Norm(f"XXXX-Q{q}", "quarter")
        cands = [(f"{yy:04d}-Q{q}", _quarter_iv(yy, q)) for yy in (a.year - 1, a.year, a.year + 1)]
        val, iv = _pick(cands, a, ctx.tense())
        return _Norm(val, "quarter", interval=iv)
    return _Norm(f"{y:04d}-Q{q}", "quarter", interval=_quarter_iv(y, q))


def _h_half(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    h = int(g["hn"]) if g.get("hn") else (1 if (g.get("h") or "").lower() == "first" else 2)
    y = _year_of(g, ctx)
    a = ctx.anchor
    if y is None:
        if a is None:
            return _Norm(f"XXXX-H{h}", "half")
        cands = [(f"{yy:04d}-H{h}", _half_iv(yy, h)) for yy in (a.year - 1, a.year, a.year + 1)]
        val, iv = _pick(cands, a, ctx.tense())
        return _Norm(val, "half", interval=iv)
    return _Norm(f"{y:04d}-H{h}", "half", interval=_half_iv(y, h))


def _h_season(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    s_word = (g["s"] or "").lower()
    s = _SEASONS[s_word]
    rel = _cyc_rel(g.get("rel"))
    has_the = bool(re.match(r"(?i)the\b", g.get("rel") or "")) or rel == "the"
    edge = _edge_mod(g.get("edge"))
    y = _year_of(g, ctx)
    if not ctx.lenient and y is None and not rel and not edge:
        # a bare season word: "spring" the verb, "a fall in prices"
        if not re.search(
            r"(?i)\b(?:in|during|by|until|since|through|throughout|before|after|over|"
            r"this|last|next|the|early|late|mid)\s*$",
            ctx.before(16),
        ):
            return None
        if s_word in ("fall", "spring") and not re.search(
            r"(?i)\b(?:in|during|by|until|since|"
            r"through|throughout)\s+(?:the\s+)?$",
            ctx.before(16),
        ):
            return None
    if s_word == "fall" and not ctx.lenient and y is None and re.match(r"\s+(?:of|in)\s+(?!\d)", ctx.after(8)):
        return None  # "the fall of the Berlin Wall"
    a = ctx.anchor
    if y is None:
        if a is None:
            return _Norm(f"XXXX-{s}", "season", mod=edge)
        shift = _rel_shift(rel) if rel not in ("", "the") else None
        cur_y = a.year - 1 if (s == "WI" and a.month <= 2) else a.year
        cands = [(f"{yy:04d}-{s}", _season_iv(yy, s)) for yy in (cur_y - 1, cur_y, cur_y + 1)]
        if shift == 0:
            # "this summer": the current one, else the nearest (by tense)
            cur = [c for c in cands if c[1][0] <= a <= c[1][1]]
            val, iv = cur[0] if cur else _pick(cands, a, ctx.tense())
        elif shift is not None and not (has_the and rel in ("following", "previous", "next")):
            # last spring: the latest one that has ended (or started) before now
            if shift < 0:
                val, iv = max((c for c in cands if c[1][1] < a), key=lambda c: c[1][0])
            else:
                val, iv = min((c for c in cands if c[1][0] > a), key=lambda c: c[1][0])
        else:
            val, iv = _pick(cands, a, ctx.tense())
        n = _Norm(val, "season", interval=iv)
    else:
        n = _Norm(f"{y:04d}-{s}", "season", interval=_season_iv(y, s))
    return _with_mod(n, edge)


def _h_decade(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    raw = (g["dec"] or "").lower().replace("’", "'").strip("'")
    edge = _edge_mod(g.get("edge"))
    if raw in _DECADE_WORDS:
        d2 = _DECADE_WORDS[raw]
        digits = None
    else:
        digits = re.sub(r"\D", "", raw)
        d2 = None
    if not ctx.lenient:
        before = ctx.before(16)
        if re.search(r"(?i)\b(?:his|her|their|its|my|your|our|mid|low|high|upper|lower)\s*-?\s*$", before):
            return None  # ages and temperatures: "in their 50s"
        if (digits is None or len(digits) == 2) and not g.get("the") and not g.get("apos") and not edge:
            if not re.search(r"(?i)['’]?\d0['’]?s\s*(?:,|and|or|to|through|-|–)\s*$", before):
                return None  # "the 70s and 80s"
    a = ctx.anchor
    if digits is not None and len(digits) == 4:
        if digits.endswith("00") and digits != "2000":
            c = int(digits[:2])  # "the 1800s": the century
            return _with_mod(
                _Norm(f"{c:02d}", "century", interval=(date(c * 100, 1, 1), date(c * 100 + 99, 12, 31))),
                edge,
            )
        dec = int(digits[:3])
    else:
        yy = int(digits) if digits else d2 * 10  # type: ignore[operator]
        ref = (a or date.today()).year
        dec = (2000 + yy) // 10 if 2000 + yy <= ref else (1900 + yy) // 10
    n = _Norm(f"{dec:03d}", "decade", interval=(date(dec * 10, 1, 1), date(dec * 10 + 9, 12, 31)))
    return _with_mod(n, edge)


def _h_century(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    o = (g["c"] or "").lower()
    if o[:1].isdigit():
        n = int(re.sub(r"\D", "", o))
    else:
        n = _CENTURY_ORD.get(o.replace(" ", "-"), _CENTURY_ORD.get(o, 0))
    if not 1 <= n <= 30:
        return None
    c = n - 1
    res = _Norm(f"{c:02d}", "century", interval=(date(max(1, c * 100), 1, 1), date(c * 100 + 99, 12, 31)))
    return _with_mod(res, _edge_mod(g.get("edge")))


def _h_ago(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    n = _num(g["n"]) if g.get("n") else 1.0
    code = _unit_code(g["unit"] or "")
    direction = -1 if (g["dir"] or "").lower() == "ago" else 1
    a = ctx.anchor
    if n is None:
        return _Norm("PAST_REF" if direction < 0 else "FUTURE_REF", "ref")
    if a is None:
        return _Norm("PAST_REF" if direction < 0 else "FUTURE_REF", "ref")
    k = n * direction
    if code in ("S", "TM", "H"):
        return _day_norm(a)
    if code == "D":
        return _day_norm(a + timedelta(days=k))
    if code in ("W", "2W"):
        return _day_norm(a + timedelta(days=7 * k * (2 if code == "2W" else 1)))
    if code == "M":
        if k != int(k):
            return _day_norm(a + timedelta(days=round(30.4 * k)))
        y, m = _add_months(a.year, a.month, int(k))
        return _month_norm(y, m)
    if code == "Q":
        return _shift_unit(a, "Q", int(k))
    if code == "Y":
        if k != int(k):
            y, m = _add_months(a.year, a.month, round(12 * k))
            return _month_norm(y, m)
        return _year_norm(a.year + int(k))
    if code == "DE":
        y = a.year + int(10 * k)
        dec = y // 10
        return _Norm(f"{dec:03d}", "decade", interval=(date(dec * 10, 1, 1), date(dec * 10 + 9, 12, 31)))
    if code == "CE":
        return _shift_unit(a, "CE", int(k))
    return None


_AGE_AFTER = re.compile(r"(?:-|\s+)(?:old|olds)\b|\s+of\s+age\b|\s+younger\b|\s+older\b|\s+senior\b|\s+junior\b")


def _money_before(ctx: _Ctx) -> bool:
    return bool(
        re.search(
            r"(?i)(?:[\d%]\S*|\b(?:million|billion|trillion|times|once|twice|thrice|dollars?|euros?|pounds?|"
            r"percent|per\s+cent|cents?|bn|m|k|tonnes?|tons?|barrels?|units?|flights?|people|visitors|"
            r"passengers|vehicles|cars|aircraft|planes|jets))\s*$",
            ctx.before(30),
        )
    )


def _h_duration(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    unit = g["unit"] or ""
    code = _unit_code(unit)
    if not code:
        return None
    art = (g.get("n") or "").lower()
    n = _num(g.get("n")) if g.get("n") else None
    if g.get("n") is None and not g.get("vague_the"):
        return None
    mod = _MOD_WORDS.get(re.sub(r"\s+", " ", (g.get("mod") or "").lower())) if g.get("mod") else None
    if not ctx.lenient:
        if _AGE_AFTER.match(ctx.after(12)):
            return None  # "50-year-old", "six years old"
        if art in ("a", "an") and not g.get("mod") and not g.get("the") and not g.get("tail"):
            # "$5m a year": a rate, i.e. a set
            if _money_before(ctx) or re.search(r"(?i)\b(?:per)\s*$", ctx.before(6)):
                return _Norm(_duration(1, code), "set", "SET")
        if code == "Q" and not g.get("the") and (n is None or art in ("a", "an")):
            return None  # "a quarter of the workforce"
        if code == "S" and art in ("a", "an"):
            return None  # "a second time"
        if code == "WE" and art in ("a", "an"):
            return None
    if g.get("half"):
        n = (n or 0) + 0.5 if n is not None else None
    if art in ("half a", "half an"):
        n = 0.5
    value = _duration(n, code)
    return _Norm(value, "duration", "DURATION", mod=mod)


def _h_vague_units(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """Bare plural units after a preposition or before later/ago ("for years", "days after", "minutes later")."""
    code = _unit_code(g["unit"] or "")
    if not code:
        return None
    if not ctx.lenient:
        if _AGE_AFTER.match(ctx.after(12)):
            return None
        has_pre = bool(g.get("pre")) or bool(
            re.search(
                r"(?i)\b(?:for|within|in|over|after|before|of|than|took|take|takes|lasted|last|lasting|"
                r"spent|spend|only|just|mere|recent)\s*$",
                ctx.before(16),
            )
        )
        has_post = bool(re.match(r"\s+(?:later|earlier|after|before|ago|of\s+(?!the\b))", ctx.after(12)))
        if not (has_pre or has_post):
            return None
    return _Norm(_duration(None, code), "duration", "DURATION")


def _h_set(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    w = re.sub(r"\s+", " ", (g.get("adv") or "").lower())
    adv = {
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "quarterly": "P3M",
        "annually": "P1Y",
        "annual": "P1Y",
        "yearly": "P1Y",
        "hourly": "PT1H",
        "nightly": "P1D",
        "biannual": "P6M",
        "biannually": "P6M",
        "semiannual": "P6M",
        "semi-annual": "P6M",
        "biennial": "P2Y",
        "fortnightly": "P2W",
        "bi-weekly": "P2W",
        "biweekly": "P2W",
        "bimonthly": "P2M",
        "bi-monthly": "P2M",
        "year-round": "P1Y",
    }
    if w:
        v = adv.get(w)
        if v is None:
            return None
        word = g.get("adv") or ""
        if not ctx.lenient and word[:1].isupper() and (word.isupper() or not _sentence_initial(ctx)):
            return None  # a title: "European Defence Daily", "INSIDER WEEKLY"
        return _Norm(v, "set", "SET")
    if g.get("wd"):
        wd = _WEEKDAY_NUM[(g["wd"] or "").lower().rstrip("s")]
        return _Norm(f"XXXX-WXX-{wd + 1}", "set", "SET")
    code = _unit_code(g.get("unit") or "")
    if not code:
        return None
    n = _num(g.get("n")) if g.get("n") else 1.0
    if (g.get("every") or "").lower().endswith("other"):
        n = 2.0
    return _Norm(_duration(n, code), "set", "SET")


_PART_CLOCK = {"noon": 12, "midday": 12, "midnight": 0}


def _h_clock(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    word = (g.get("word") or "").lower()
    if word:
        if word not in _PART_CLOCK:
            return None
        hh, mm = _PART_CLOCK[word], 0
    else:
        hh = int(g["hh"] or 0)
        mm = int(g["mm"] or 0)
        ampm = (g.get("ampm") or "").lower().replace(".", "").strip()
        if ampm:
            if not 1 <= hh <= 12:
                return None
            if ampm.startswith("p") and hh != 12:
                hh += 12
            elif ampm.startswith("a") and hh == 12:
                hh = 0
        elif g.get("mil") and not g.get("tz"):
            if not ctx.lenient:
                return None
        elif not g.get("mm") and not g.get("tz"):
            return None
    if hh > 23 or mm > 59:
        return None
    if not ctx.lenient and not g.get("ampm") and not g.get("tz") and not word:
        # "4:30" alone: a score, a ratio or a Bible verse as often as a time
        if not re.search(
            r"(?i)\b(?:at|by|until|till|from|before|after|around|about|since|to|and|between)\s*$", ctx.before(12)
        ):
            return None
    tz = (g.get("tz") or "").strip().upper()
    z = "Z" if tz.startswith(("UTC", "GMT", "Z")) and not re.search(r"[+-]\s*\d", tz) else ""
    a = ctx.anchor
    tpart = f"T{hh:02d}:{mm:02d}{z}"
    if a is None:
        return _Norm(f"XXXX-XX-XX{tpart}", "time", "TIME", time_only=True)
    return _Norm(f"{a.isoformat()}{tpart}", "time", "TIME", interval=(a, a), time_only=True)


def _easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def _holiday_date(name: str, y: int) -> date | None:
    n = re.sub(r"[’']s?\b", "", name.lower())
    n = re.sub(r"\s+", " ", n).strip()
    fixed = {
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "boxing day": (12, 26),
        "new year day": (1, 1),
        "new years day": (1, 1),
        "new year eve": (12, 31),
        "new years eve": (12, 31),
        "halloween": (10, 31),
        "valentine day": (2, 14),
        "valentines day": (2, 14),
        "independence day": (7, 4),
        "bastille day": (7, 14),
        "st patrick day": (3, 17),
        "st. patrick day": (3, 17),
        "veterans day": (11, 11),
        "armistice day": (11, 11),
        "remembrance day": (11, 11),
        "labour day": (5, 1),
        "fourth of july": (7, 4),
        "may day": (5, 1),
    }
    if n in fixed:
        return date(y, *fixed[n])
    if n in ("easter", "easter sunday", "easter day"):
        return _easter(y)
    if n == "good friday":
        return _easter(y) - timedelta(days=2)
    if n == "easter monday":
        return _easter(y) + timedelta(days=1)
    if n in ("thanksgiving", "thanksgiving day"):
        d = date(y, 11, 1)
        return d + timedelta(days=(3 - d.weekday()) % 7 + 21)
    if n == "labor day":
        d = date(y, 9, 1)
        return d + timedelta(days=(0 - d.weekday()) % 7)
    return None


def _h_holiday(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    name = g["hol"] or ""
    y = _year_of(g, ctx)
    a = ctx.anchor
    if y is not None:
        d = _holiday_date(name, y)
        return _day_norm(d) if d else None
    if a is None:
        return None
    cands = []
    for yy in (a.year - 1, a.year, a.year + 1):
        d = _holiday_date(name, yy)
        if d:
            cands.append((d.isoformat(), (d, d)))
    if not cands:
        return None
    rel = _cyc_rel(g.get("rel"))
    if rel in ("last", "past", "this past"):
        cands = [c for c in cands if c[1][0] < a] or cands
        val, iv = cands[-1]
    elif rel in ("next", "coming", "this coming"):
        cands = [c for c in cands if c[1][0] > a] or cands
        val, iv = cands[0]
    else:
        val, iv = _pick(cands, a, ctx.tense(), soft=60, bias=30)
    return _Norm(val, "day", interval=iv)


def _h_week_of(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """the first/last week (or weekend) of <month>."""
    inner = g["inner"] or ""
    sub = _Ctx(inner, 0, len(inner), ctx.anchor, ctx.tense_fixed if ctx.lenient else ctx.tense(), True)
    n = _rule_norm(inner, sub)
    if n is None or n.granularity != "month" or n.interval is None:
        return None
    s, e = n.interval
    o = (g["o"] or "").lower()
    if o in ("last", "final"):
        d = e if e.weekday() >= 3 else e - timedelta(days=7)  # the last week with most of its days in the month
    else:
        k = _ORDINALS.get(o, 1)
        d = s + timedelta(days=7 * (k - 1) + (0 if s.weekday() < 4 else 7 - s.weekday()))
    mon, sun = _week_iv(d)
    if (g.get("unit") or "").lower() == "weekend":
        return _Norm(_week_value(d) + "-WE", "week", interval=(mon + timedelta(days=5), sun))
    return _Norm(_week_value(d), "week", interval=(mon, sun))


def _h_quarter_dispatch(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    if g.get("y2"):
        g = dict(g)
        g["y"] = g["y2"]
    return _h_quarter(g, ctx)


def _h_fiscal_dispatch(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    if g.get("yb"):
        g = dict(g)
        g["y"], g["fy"] = g["yb"], "fiscal"
    return _h_fiscal(g, ctx)


def _h_clock_dispatch(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    if g.get("mil"):
        g = dict(g)
        m = g["mil"] or "0000"
        g["hh"], g["mm"], g["tz"] = m[:2], m[2:], g.get("tz2")
    elif g.get("hh_b"):
        g = dict(g)
        g["hh"], g["mm"], g["ampm"], g["tz"] = g["hh_b"], None, g["ampm_b"], g.get("tz_b")
    return _h_clock(g, ctx)


def _h_anaphor_dispatch(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    if g.get("unit_b"):
        g = dict(g)
        g["unit"] = g["unit_b"]
    return _h_anaphor(g, ctx)


def _h_duration_the(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    the = re.sub(r"\s+", " ", (g.get("the") or "").lower())
    code = _unit_code(g["unit"] or "")
    n = _num(g.get("n")) if g.get("n") else None
    if not g.get("n") and the in ("past", "last", "next", "coming"):
        return None  # "past years" is rare; "last days" (of...) is not a period
    if g.get("n") and _num(g.get("n")) is None and (g.get("n") or "").lower() not in _VAGUE_NUM:
        return None
    return _Norm(_duration(n, code), "duration", "DURATION")


def _h_set_dispatch(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    if g.get("unit_b"):
        g = dict(g)
        g["unit"] = g["unit_b"]
    return _h_set(g, ctx)


def _h_dur_adj(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    if not ctx.lenient and _AGE_AFTER.match(ctx.after(12)):
        return None
    n = _num(g["n"])
    if n is None:
        return None
    code = _unit_code(g["unit"] or "")
    mod = _MOD_WORDS.get(re.sub(r"\s+", " ", (g.get("mod") or "").lower())) if g.get("mod") else None
    return _Norm(_duration(n, code), "duration", "DURATION", mod=mod)


def _h_dur_long(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    unit = (g["unit"] or "").lower()
    code = _unit_code(unit)
    n = None if unit.endswith("s") else 1.0
    return _Norm(_duration(n, code), "duration", "DURATION")


# ------------------------------------------------------------------ the rules
_REL_PERIOD_UNIT = r"(?i:week|weekend|month|year|quarter|decade|century)"
_INNER_PERIOD = (
    rf"(?:{_MONTH_ANY}(?:\s+of)?,?\s+{_YEAR}|{_MONTH}|(?:the\s+)?{_YEAR}|{_SEASON}(?:\s+of)?\s+{_YEAR}"
    rf"|(?i:this|last|next|the|that)\s+(?i:week|month|year|decade|century|quarter|{_SEASON[4:-1]})"
    rf"|(?:the\s+)?(?:1[0-9]|20)\d0['’]?s|the\s+['’]?\d0['’]?s|year|month)"
)
_EDGE_WORD = (
    r"(?i:(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn|dawn|early\s+part|first\s+part|"
    r"latter\s+part|later\s+part|last\s+part|first\s+half|second\s+half|latter\s+half)\s+of|early|late|mid-?|"
    r"(?:early|late|mid)\s+in)"
)

_RULES: list[tuple[str, str, Handler]] = [
    # 2026-03-05, 2026-03-05T14:30
    (
        "iso",
        rf"{_B}(?P<y>(?:1[0-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
        r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d:])",
        _h_iso,
    ),
    # Thursday, 5 March 2026 / 5th of March, 2026
    (
        "dmy",
        rf"{_B}{_WD_PREFIX}?(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTH_ANY}),?\s+"
        rf"(?P<y>{_YEAR}|['’]\d\d{_E})",
        _h_dmy,
    ),
    # Thursday, March 5, 2026 / Mar 05, 2026 / March 12 2009
    ("mdy", rf"{_B}{_WD_PREFIX}?(?P<mon>{_MONTH_ANY})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR}|['’]\d\d{_E})", _h_dmy),
    # 5/3/2026, 7/8/07
    (
        "numeric",
        r"(?<![\w/.-])(?:(?P<a>0?[1-9]|[12]\d|3[01])/(?P<b>0?[1-9]|[12]\d|3[01])/(?P<y>(?:1[0-9]|20)\d\d|\d\d)"
        r"|(?P<da>0?[1-9]|[12]\d|3[01])\.(?P<db>0?[1-9]|1[0-2])\.(?P<dy>(?:1[0-9]|20)\d\d))(?![\w/]|\.\d)",
        _h_numeric,
    ),
    # the first week of March, the last weekend of June 2026
    (
        "week_of",
        rf"{_B}(?i:the\s+)(?P<o>(?i:first|second|third|fourth|last|final))\s+(?P<unit>(?i:week|weekend))"
        rf"\s+(?i:of|in)\s+(?P<inner>{_MONTH}(?:,?\s+{_YEAR})?)",
        _h_week_of,
    ),
    # early/late/mid + period; the beginning/end of + period; the first half of
    ("edge", rf"{_B}(?P<edge>{_EDGE_WORD})\s*(?P<inner>{_INNER_PERIOD}){_E}", _h_edge),
    # the second quarter of 2026, Q2, Q2 2026, third-quarter, the first fiscal quarter
    (
        "quarter",
        rf"{_B}(?:(?i:the)\s+)?(?:(?P<q>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))"
        r"[- ](?P<fy>(?i:fiscal|financial)[- ])?(?i:quarter)(?:\s+(?i:of)(?:\s+(?i:the))?"
        rf"(?:\s+(?i:fiscal|financial))?(?:\s+(?i:year))?(?:\s+(?P<y>{_YEAR})|\s+(?P<yrel>(?i:this|last|next|the\s+current|"
        r"the\s+previous|the\s+same))\s+(?i:year))?)?"
        rf"|Q(?P<qn>[1-4])(?:\s*(?:of\s+)?['’]?(?P<y2>{_YEAR}|\d\d(?!\d)))?){_E}",
        _h_quarter_dispatch,
    ),
    # H1 2026, the first half of 2026 (edge handles "the first half of <period>"), first-half
    (
        "half",
        rf"{_B}(?:H(?P<hn>[12])(?:\s*['’]?(?P<y>{_YEAR}|\d\d(?!\d)))?"
        rf"|(?:(?i:the)\s+)?(?P<h>(?i:first|second))[- ](?i:half)(?![\w-]|\s+of))",
        _h_half,
    ),
    # this spring, last summer, the autumn of 2025, winter 2026
    (
        "season",
        rf"{_B}(?:(?P<edge>(?i:early|late|mid-?|the\s+(?:beginning|start|end|middle)\s+of(?:\s+the)?))\s*)?"
        rf"(?:(?P<rel>(?i:this|last|next|the\s+following|the\s+previous|the\s+next|this\s+past|this\s+coming|"
        rf"the\s+coming|the|past|coming))\s+)?(?P<s>{_SEASON})(?:\s+(?:(?i:of)\s+)?(?P<y>{_YEAR}|['’]\d\d{_E})"
        rf"|\s+(?:(?i:of)\s+)?(?P<yrel>(?i:this|last|next))\s+(?i:year))?{_E}",
        _h_season,
    ),
    # month + year: March 2026, Mar. 2026, March of 2026 (with edge modifiers handled by "edge")
    ("month_year", rf"{_B}(?P<mon>{_MONTH_ANY})(?:\s+of)?,?\s+(?P<y>{_YEAR}|['’]\d\d{_E})", _h_month_year),
    # day + month: 5 March, the 5th of March, Thursday 5 March
    (
        "dm",
        rf"{_B}(?P<wd>{_WD_PREFIX})?(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTH}|{_MONTH_ABBR})(?![a-z])",
        _h_dm,
    ),
    # month + day: March 5, March 5th, Tuesday, March 3
    ("md", rf"{_B}(?P<wd>{_WD_PREFIX})?(?P<mon>{_MONTH_ANY})\s+(?P<d>{_DAY})(?![:.,]?\d|\s*(?:%|percent))", _h_dm),
    # bare months: March, last September, this May (checked: "May" the modal verb, "March on")
    (
        "month",
        rf"{_B}(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|past|coming))\s+)?(?P<mon>{_MONTH})"
        r"(?:,?\s+(?:(?i:of)\s+)?(?P<yrel>(?i:this|last|next))\s+(?i:year))?(?![\w-])",
        _h_month,
    ),
    # fiscal years: fiscal 2026, FY2026, FY26, fiscal year 2025/26, the 2026 fiscal year
    (
        "fiscal",
        rf"{_B}(?:(?P<fy>FY|(?i:fiscal|financial)(?:\s+(?i:year))?)\s*['’]?(?P<y>{_YEAR}|\d\d(?!\d))"
        rf"(?:\s*[/–-]\s*(?P<y2>{_YEAR}|\d\d(?!\d)))?|(?i:the\s+)?(?P<yb>{_YEAR})\s+(?i:fiscal|financial)\s+(?i:year))"
        rf"{_E}",
        _h_fiscal_dispatch,
    ),
    # the 1990s, the '90s, the nineties, the early 2000s, the 1800s
    (
        "decade",
        rf"{_B}(?:(?P<the>(?i:the))\s+)?(?:(?P<edge>(?i:early|late|mid-?))\s*)?"
        rf"(?P<apos>['’])?(?P<dec>(?:1[0-9]|20)?\d0(?=['’]?s\b)|{_DECADE_WORD}(?=\b))['’]?s?{_E}",
        _h_decade,
    ),
    # the 20th century, the twenty-first century
    (
        "century",
        rf"{_B}(?:(?i:the)\s+)?(?:(?P<edge>(?i:early|late|mid-?))\s*)?(?P<c>\d{{1,2}}(?:st|nd|rd|th)|"
        rf"(?i:{_alts(list(_CENTURY_ORD))}))\s+(?i:century){_E}",
        _h_century,
    ),
    # times of day: 18:00 UTC, 6:40 p.m., 10 a.m., 0800 GMT, noon
    (
        "clock",
        rf"{_B}(?:(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d)?(?P<ampm>{_AMPM})?(?P<tz>{_TZ})?"
        rf"|(?P<hh_b>1[0-2]|0?[1-9])(?P<ampm_b>{_AMPM})(?P<tz_b>{_TZ})?|(?P<mil>(?:[01]\d|2[0-3])[0-5]\d)(?P<tz2>{_TZ})"
        r"|(?P<word>(?i:noon|midday|midnight)))(?![\w-])",
        _h_clock_dispatch,
    ),
    # relative day words: yesterday, today, tomorrow, tonight, last night, this morning, yesterday afternoon
    (
        "relday",
        rf"{_B}(?:(?P<when>(?i:earlier|later))\s+)?(?:(?P<edge>(?i:early|late))\s+)?"
        r"(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow|"
        r"last\s+night|overnight|this\s+(?:past\s+)?(?:morning|afternoon|evening))|(?i:this)\s+(?:coming\s+)?night)"
        r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?(?!['’]s\s+(?:show|programme|program)|[\w-])",
        _h_relday,
    ),
    # weekdays: Tuesday, last Tuesday, next Friday, Friday morning, late Monday, on Mondays
    (
        "weekday",
        rf"{_B}(?:(?P<edge>(?i:early|late))\s+)?(?:(?P<rel>(?i:last|next|this|past|coming|this\s+past|"
        rf"this\s+coming|the\s+following|following))\s+)?(?P<wd>{_WEEKDAY})(?P<plural>s)?"
        r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?(?![\w-])",
        _h_weekday,
    ),
    # holidays: Christmas, New Year's Day, Easter 2026
    (
        "holiday",
        rf"{_B}(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming))\s+)?(?P<hol>Christmas(?:\s+(?:Eve|Day))?"
        r"|New\s+Year['’]?s\s+(?:Day|Eve)|Boxing\s+Day|Halloween|Valentine['’]?s\s+Day|Easter(?:\s+(?:Sunday|Monday))?"
        r"|Fourth\s+of\s+July|Good\s+Friday|Thanksgiving(?:\s+Day)?|Labou?r\s+Day|Bastille\s+Day|St\.?\s+Patrick['’]?s\s+Day"
        rf"|Veterans\s+Day|Armistice\s+Day|Remembrance\s+Day)(?:\s+(?P<y>{_YEAR}))?(?![\w-])",
        _h_holiday,
    ),
    # earlier this year, later this month, earlier in the week, later in the day
    (
        "earlier",
        rf"{_B}(?P<when>(?i:earlier|later))\s+(?:(?P<rel>(?i:this|in\s+the|that|last|next))\s+)"
        r"(?P<unit>(?i:week|month|year|quarter|decade|century))(?![\w-])",
        _h_earlier,
    ),
    # the same day, that day, the next day, the day before, the following year, the year before
    (
        "anaphor",
        r"(?<![\w'’-])(?P<w>(?P<det>(?i:(?:the\s+)?same|that|the\s+(?:next|following|previous|preceding|prior)))\s+"
        r"(?P<unit>(?i:day|week|weekend|month|year|quarter|period|time))(?P<back>\s+(?i:a\s+year\s+(?:ago|earlier|before)|"
        r"(?:of\s+)?last\s+year|(?:of\s+|in\s+)?the\s+(?:previous|prior|preceding)\s+year))?|(?i:the)\s+(?P<unit_b>(?i:day|week|month|year))\s+(?i:before|after|"
        r"earlier|prior|previous|following|later))(?![\w'’-])",
        _h_anaphor_dispatch,
    ),
    # N units ago, N units from now
    (
        "ago",
        rf"{_B}(?:(?P<mod>{_MOD})\s+)?(?P<n>{_NUM_OR_VAGUE})\s+(?:{_EXTRA})?(?P<unit>{_UNIT_RE})\s+"
        r"(?P<dir>(?i:ago|from\s+now|hence))(?![\w-])",
        _h_ago,
    ),
    # durations with "the past/next": the past two years, the next few months, the coming weeks, recent years
    (
        "duration_the",
        rf"{_B}(?P<the>(?i:(?:the|these|those)\s+(?:past|last|next|coming|previous|following|first|"
        r"final|remaining|preceding|ensuing|intervening|subsequent)|recent|past|next|coming))\s+"
        rf"(?:(?P<n>{_NUM_OR_VAGUE})\s+)?(?:{_EXTRA})?(?P<unit>(?i:seconds|minutes|hours|days|nights|weeks|weekends|"
        r"months|quarters|years|decades|centuries))(?![\w-])",
        _h_duration_the,
    ),
    # "ended the day", "for the day", "late in the day": the day being reported (the last day mentioned)
    (
        "theday",
        r"(?<![\w'’-])(?:(?P<edge>(?i:early|late|earlier|later))\s+(?i:in)\s+)?(?i:the)\s+"
        r"(?P<w>(?i:day|session|trading\s+day))(?![\w'’-])",
        _h_theday,
    ),
    # the weekend, over the weekend
    ("weekend", r"(?<![\w'’-])(?i:the)\s+(?P<w>(?i:weekend))(?![\w'’-])", _h_weekend),
    # this/last/next week, month, year ...; the past year; the current quarter; earlier/later that week
    (
        "relunit",
        rf"{_B}(?:(?P<edge>{_EDGE_WORD})\s*)?(?P<rel>{_THIS}|(?i:the\s+same))\s+(?P<unit>{_REL_PERIOD_UNIT})"
        r"(?![\w-])",
        _h_relunit,
    ),
    # every week, each year, every two years, twice a week, on Mondays (weekday rule), daily, annual
    (
        "set",
        rf"{_B}(?:(?P<every>(?i:every(?:\s+other)?|each|per))\s+(?:(?P<n>{_NUM})\s+)?(?P<unit>{_UNIT_RE})"
        rf"|(?:(?i:once|twice|thrice)|{_NUM_OR_VAGUE}\s+(?i:times))\s+(?i:a|an|per|every|each)\s+(?P<unit_b>{_UNIT_RE})"
        rf"|(?:(?i:every|each)\s+)(?P<wd>{_WEEKDAY})"
        r"|(?P<adv>(?i:daily|weekly|monthly|quarterly|annually|annual|yearly|hourly|nightly|biannual(?:ly)?|"
        r"semi-?annual|biennial|fortnightly|bi-?weekly|bi-?monthly|year-round)))(?![\w-])",
        _h_set_dispatch,
    ),
    # compound adjectives: a 27-year history, the five-year plan, a 12-hour flight, decades-long
    (
        "dur_adj",
        rf"{_B}(?:(?P<mod>{_MOD})\s+)?(?P<n>{_DIGITS}|(?i:{_NUMWORD}))-(?P<unit>(?i:second|minute|hour|day|"
        r"night|week|month|quarter|year|decade|century))(?:-(?i:long))?(?!-?\w)",
        _h_dur_adj,
    ),
    (
        "dur_long",
        r"(?<![\w'’-])(?P<unit>(?i:years|decades|months|weeks|days|hours|centuries|year|decade|month|"
        r"week|day|hour|century))-(?i:long)(?![\w-])",
        _h_dur_long,
    ),
    # durations: three days, two and a half years, nearly five months, 18 months, a decade, two weeks later
    (
        "duration",
        rf"{_B}(?:(?P<mod>{_MOD})\s+)?(?P<n>{_NUM_OR_VAGUE})\s+(?:{_EXTRA})?(?P<unit>{_UNIT_RE})"
        r"(?P<half>\s+(?i:and\s+a\s+half))?(?:\s+(?P<tail>(?i:later|earlier)))?(?![\w-])",
        _h_duration,
    ),
    # bare plural units: "for years", "days after the deal", "minutes later", "within hours"
    (
        "vague_units",
        rf"{_B}(?P<pre>(?i:over\s+the|for\s+many|for\s+several))?\s*"
        r"(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))"
        r"(?:\s+(?P<tail>(?i:later|earlier)))?(?![\w-])",
        _h_vague_units,
    ),
    # references: now, currently, recently, former, the past, the future, soon
    (
        "ref",
        r"(?<![\w'’-])(?P<w>(?i:the\s+(?:very\s+|not\s+too\s+distant\s+|foreseeable\s+)?"
        r"(?:near\s+future|future|long\s+term|short\s+term|medium\s+term|near\s+term|long\s+run|short\s+run|"
        r"recent\s+past|past|time\s+being|present\s+day|years\s+ahead|months\s+ahead|weeks\s+ahead|days\s+ahead)"
        r"|currently|presently|nowadays|at\s+present|these\s+days|at\s+the\s+moment|right\s+now|now|"
        r"(?:more\s+|most\s+|very\s+|only\s+|until\s+)?recently|lately|formerly|former|previously|soon|shortly|"
        r"recent))(?![\w'’-])",
        _h_ref,
    ),
    # years: 2025, in 2025, the year 2000, '82 (after a cue); early/late handled by "edge"
    (
        "year",
        rf"(?<![\w$€£#.,/-])(?:(?P<pre>(?i:the\s+year|the\s+calendar\s+year|calendar\s+year))\s+)?"
        rf"(?P<y>{_YEAR}|['’]\d\d)(?![\w'’]|-\w|/\d|\.\d)",
        _h_year,
    ),
]


_GROUP_RE = re.compile(r"\(\?P<(\w+)>")
_WS = r"(?>[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"
_WSO = r"(?>[^\S\n]*(?:\n[^\S\n]*)?)"


def _compile() -> tuple[dict[str, str], dict[str, tuple[Handler, list[tuple[str, str]]]]]:
    renamed: dict[str, str] = {}
    table: dict[str, tuple[Handler, list[tuple[str, str]]]] = {}
    for kind, src, handler in _RULES:
        names = _GROUP_RE.findall(src)
        # whitespace inside an expression may hold one line break, never a blank line
        src = src.replace(r"\s+", _WS).replace(r"\s*", _WSO)
        body = _GROUP_RE.sub(lambda m, k=kind: f"(?P<{k}__{m.group(1)}>", src)
        renamed[kind] = f"(?P<{kind}>{body})"
        table[kind] = (handler, [(n, f"{kind}__{n}") for n in names])
    return renamed, table


_RENAMED, _TABLE = _compile()


@cache
def _single(kind: str) -> re.Pattern[str]:
    """One rule alone (to retry later rules where an earlier one matched but was rejected)."""
    return re.compile(_RENAMED[kind])


_NUM_START = [
    "#d12",
    "#d4",
    "#dn",
    "a",
    "an",
    "one",
    "hundred",
    "dozen",
    "couple",
    "pair",
    "half",
    "single",
    *_SMALL,
    *_TENS,
]
_VAGUE_START = ["a", "few", "several", "many", "some", "numerous", "dozens", "hundreds", "countless", "multiple"]
_VAGUE_START += ["various"]
_MOD_START = ["about", "around", "roughly", "approximately", "some", "circa", "an", "nearly", "almost", "less"]
_MOD_START += ["fewer", "under", "just", "close", "more", "over", "well", "upwards", "at", "up", "no"]
_EDGE_START = ["the", "very", "beginning", "start", "end", "middle", "close", "turn", "dawn", "early", "first"]
_EDGE_START += ["latter", "later", "last", "second", "late", "mid"]
_MONTH_START = ["#month"]
_WD_START = ["#weekday"]
_UNIT_WORDS = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month"]
_UNIT_WORDS += ["months", "year", "years", "decade", "decades", "century", "centuries"]

#: The words (lowercase) or classes (``#d12``, ``#d4``, ``#month``...) each rule's match can begin with: a rule is
#: only tried at a trigger of its own, which keeps scanning an article well under a millisecond.
#: (tests/test_timex.py checks this table against the rules with the ``regex`` module's partial matching.)
_RULE_START: dict[str, list[str]] = {
    "iso": ["#d4"],
    "dmy": ["#d12", "the", *_WD_START],
    "mdy": [*_MONTH_START, *_WD_START],
    "numeric": ["#d12"],
    "week_of": ["the"],
    "edge": _EDGE_START,
    "quarter": ["the", "first", "second", "third", "fourth", "final", "last", "#d12", "#Q"],
    "half": ["#H", "the", "first", "second"],
    "season": ["early", "late", "mid", "the", "this", "last", "next", "past", "coming", *_SEASONS],
    "month_year": _MONTH_START,
    "dm": [*_WD_START, "the", "#d12"],
    "md": [*_WD_START, *_MONTH_START],
    "month": ["last", "next", "this", "past", "coming", *_MONTH_START],
    "fiscal": ["#FY", "fiscal", "financial", "the", "#d4"],
    "decade": ["the", "early", "late", "mid", "#apos", "#d4", "#d12", *_DECADE_WORDS],
    "century": ["the", "early", "late", "mid", "#d12", *_CENTURY_ORD, "twenty"],
    "clock": ["#d12", "#d4", "noon", "midday", "midnight"],
    "relday": ["earlier", "later", "early", "late", "the", "yesterday", "today", "tonight", "tomorrow", "last"]
    + ["overnight", "this"],
    "weekday": ["early", "late", "last", "next", "this", "past", "coming", "the", "following", *_WD_START],
    "holiday": [
        "last",
        "next",
        "this",
        "fourth",
        "christmas",
        "new",
        "boxing",
        "halloween",
        "valentine",
        "easter",
        "good",
    ]
    + ["thanksgiving", "labor", "labour", "bastille", "st", "veterans", "armistice", "remembrance"],
    "earlier": ["earlier", "later"],
    "anaphor": ["the", "same", "that"],
    "weekend": ["the"],
    "theday": ["the", "early", "late", "earlier", "later"],
    "ago": [*_MOD_START, *_NUM_START, *_VAGUE_START],
    "duration_the": ["the", "these", "those", "recent", "past", "last", "next", "coming"],
    "relunit": [*_EDGE_START, "this", "that", "last", "next", "past", "previous", "coming", "current", "present"],
    "set": ["every", "each", "per", "once", "twice", "thrice", *_NUM_START, *_VAGUE_START, "daily", "weekly"]
    + ["monthly"]
    + ["quarterly", "annually", "annual", "yearly", "hourly", "nightly", "biannual", "biannually", "semiannual"]
    + ["semi", "biennial", "fortnightly", "biweekly", "bi", "bimonthly", "year"],
    "dur_adj": [*_MOD_START, *_NUM_START],
    "dur_long": _UNIT_WORDS,
    "duration": [*_MOD_START, *_NUM_START, *_VAGUE_START],
    "vague_units": ["over", "for", *_UNIT_WORDS],
    "ref": ["the", "currently", "presently", "nowadays", "at", "these", "right", "now", "more", "most", "very"]
    + ["only", "until", "recently", "lately", "formerly", "former", "previously", "soon", "shortly", "recent"],
    "year": ["the", "calendar", "#d4", "#apos"],
}
assert set(_RULE_START) == {k for k, _, _ in _RULES}, "every rule needs its start words"
_TRIGGER_WORDS = sorted(
    {w for ws in _RULE_START.values() for w in ws if not w.startswith("#")} | set(_MONTH_NUM) | set(_WEEKDAY_NUM)
)
#: Trigger words that are temporal on their own. The others ("the", "last", "two", "about"...) only
#: start an expression with one of these (or a year, date or clock-like number) a few words ahead.
_CORE_WORDS = (
    set(_MONTH_NUM)
    | set(_WEEKDAY_NUM)
    | set(_UNIT_WORDS)
    | set(_SEASONS)
    | set(_DECADE_WORDS)
    | {"weekend", "weekends", "night", "nights", "fortnight", "fortnights", "quarter", "quarters", "yesterday"}
    | {"today", "tonight", "tomorrow", "overnight", "noon", "midday", "midnight", "now", "currently", "presently"}
    | {"nowadays", "recently", "lately", "formerly", "former", "previously", "soon", "shortly", "recent", "future"}
    | {"past", "present", "term", "run", "moment", "being", "ago", "christmas", "halloween", "easter"}
    | {"thanksgiving", "daily", "weekly", "monthly", "quarterly", "annually", "annual", "yearly", "hourly"}
    | {"nightly", "biannual", "biannually", "semiannual", "biennial", "fortnightly", "biweekly", "bimonthly"}
    | {"ahead", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"}
)
_MODIFIER_WORDS = sorted(set(_TRIGGER_WORDS) - _CORE_WORDS)
_CORE_WINDOW = 50  # characters from a modifier word to the core it needs
#: one group-free pattern over the lowercased text (named groups would double the scanning cost);
#: each hit is classified below: a core word, a modifier word, a number, 'YY, Q1, H1 or FY
_TRIGGER_SCAN = re.compile(
    rf"(?<![a-z0-9'’])(?:(?:{_trie(_CORE_WORDS | set(_MODIFIER_WORDS))})(?![a-z0-9])|\d+|['’]\d|q[1-4]|h[12]|fy)"
)
#: after 1-2 digits: a clock time, a numeric date, an ordinal, a.m./p.m. or a decade ("90s")
_DIGIT_CORE_NEXT = re.compile(r":\d\d|/\d|(?:st|nd|rd|th)\b|\s*[ap]\.?m\b|['’]?s\b")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _triggers(text: str) -> list[tuple[int, str, str]]:
    """Where rules may start: (offset, trigger class, lowercase word) for each trigger in ``text``.

    Classes: ``c`` core word, ``w`` modifier word, ``y4`` 4-digit number, ``y`` clock/date/ordinal-like
    number, ``d`` other 1-2 digit number, ``dn`` longer number, ``a`` 'YY, ``q`` Q1, ``h`` H1, ``fy`` FY.
    """
    low = text.lower()
    if len(low) != len(text):  # a few characters lowercase to two: keep offsets exact
        low = text.translate(_ASCII_LOWER)
    out: list[tuple[int, str, str]] = []
    core = _CORE_WORDS
    for t in _TRIGGER_SCAN.finditer(low):
        w = t.group()
        c0 = w[0]
        if c0.isdigit():
            n = len(w)
            if n == 4:
                grp = "y4"
            elif n <= 2:
                grp = "y" if _DIGIT_CORE_NEXT.match(low, t.end()) else "d"
            else:
                grp = "dn"
        elif c0 in "'’":
            grp = "a"
        elif w in core:
            grp = "c"
        elif len(w) == 2 and w[1].isdigit():
            grp = "q" if c0 == "q" else "h"
        elif w == "fy" and text[t.start()] == "F":
            grp = "fy"
        else:
            grp = "w"
        out.append((t.start(), grp, w))
    return out


_RULES_BY_KEY: dict[str, list[str]] = {}
for _kind, _starts in _RULE_START.items():
    for _w in _starts:
        keys = {"#month": list(_MONTH_NUM), "#weekday": list(_WEEKDAY_NUM)}.get(_w, [_w])
        for _k in keys:
            _RULES_BY_KEY.setdefault(_k, []).append(_kind)
_ORDER = {k: i for i, (k, _, _) in enumerate(_RULES)}
for _k, _v in _RULES_BY_KEY.items():
    _RULES_BY_KEY[_k] = sorted(set(_v), key=_ORDER.__getitem__)
_CLASS_KEY = {"y4": "#d4", "y": "#d12", "d": "#d12", "dn": "#dn", "a": "#apos", "q": "#Q", "h": "#H", "fy": "#FY"}
_MODIFIER_GROUPS = ("w", "d", "dn")
_KEY_PATTERN: dict[str, re.Pattern[str]] = {}  # trigger key -> its rules combined (filled on first use)
#: what may follow "the" in a rule ("the" is everywhere: check the next word before trying 20 rules)
_THE_NEXT = re.compile(
    r"(?i:the)\s+(?:(?i:"
    + _trie(
        _words(
            "5th very beginning start end middle close turn dawn early first latter later last second third fourth "
            "final following previous next coming spring summer autumn fall winter late mid same preceding prior "
            "day week month year past remaining ensuing intervening subsequent session trading weekend current "
            "present not foreseeable near future long short medium recent time years months weeks days calendar "
            "1st 2nd 3rd 4th"
        )
        + list(_DECADE_WORDS)
        + list(_CENTURY_ORD)
        + ["twenty"]
    )
    + r")(?![\w])|['’]?\d)"
)
#: what may follow a number that starts a rule: a month, a unit, a clock or date separator, an ordinal...
_NUMBER_NEXT = re.compile(
    r"\d{1,2}\.\d{1,2}\.\d{4}|\d++(?:[.,]\d++)*+(?:(?:st|nd|rd|th)\b)?(?:[:/]\d|\s*[aApP]\.?[mM]\b|['’]?s\b"
    r"|(?:\s+|-)(?:(?i:"
    + _trie(
        list(_MONTH_NUM)
        + [u for w in _UNIT for u in (w, w + "s")]
        + ["centuries", "yrs", "hrs", "mins", "secs"]
        + _words(
            "of and times full consecutive straight long whole more additional further extra trading business "
            "working calendar successive subsequent remaining intervening first final fiscal financial"
        )
    )
    + r")\b))"
)
#: a cheap check of what follows a frequent trigger word before its rules are tried
_KEY_FILTER: dict[str, re.Pattern[str]] = {
    "the": _THE_NEXT,
    "#d12": _NUMBER_NEXT,
    "#dn": _NUMBER_NEXT,
    "new": re.compile(r"(?i:new)\s+(?i:year)"),
    "for": re.compile(r"(?i:for)\s+(?i:many|several)\b"),
    "that": re.compile(r"(?i:that)\s+(?i:day|week|weekend|month|year|quarter|period|time|decade|century)\b"),
}
_MOD_NEXT = re.compile(rf"{_MOD}\s+{_NUM_OR_VAGUE}")  # "about three weeks", "more than a year"
for _w in _words("about around roughly approximately circa nearly almost less fewer under upwards well up no just"):
    _KEY_FILTER[_w] = _MOD_NEXT
_KEY_FILTER["a"] = _KEY_FILTER["an"] = re.compile(
    rf"(?i:an?)(?:-|\s+(?:(?i:few|couple|dozen|pair|hundred|half|number|estimated|and|times)\b"
    rf"|(?:{_EXTRA})?{_UNIT_RE}(?![a-z])))"
)
_KEY_FILTER["at"] = re.compile(rf"{_MOD_NEXT.pattern}|(?i:at\s+(?:present|the\s+moment|this\s+time))\b")
for _u in ("minute", "hour", "day", "night", "week", "month", "quarter", "year", "decade", "century"):
    _KEY_FILTER[_u] = re.compile(r"[A-Za-z]+-")  # alone, a unit word only starts "year-round", "day-long"


@cache
def _subset_pattern(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """The combined pattern of a few rules (same group names as ``_PATTERN``), compiled on first use."""
    return re.compile("|".join(_RENAMED[k] for k in kinds))


def _apply(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    kind = m.lastgroup or ""
    handler, names = _TABLE[kind]
    g = {short: m.group(full) for short, full in names}
    return handler(g, ctx)


def _key_pattern(key: str) -> re.Pattern[str] | None:
    """The rules that may start at a trigger of this key, combined (compiled on first use)."""
    pat = _KEY_PATTERN.get(key)
    if pat is None:
        kinds = _RULES_BY_KEY.get(key)
        if not kinds:
            return None
        pat = _KEY_PATTERN[key] = _subset_pattern(tuple(kinds))
    return pat


def _fullmatch(phrase: str) -> re.Match[str] | None:
    """The rule matching all of ``phrase`` (only the rules its first word can start are tried)."""
    trig = _triggers(phrase[:24])
    if not trig or trig[0][0] != 0:
        return None
    _, grp, word = trig[0]
    pat = _key_pattern(word if grp in ("w", "c") else _CLASS_KEY[grp])
    return pat.fullmatch(phrase) if pat is not None else None


def _rule_norm(phrase: str, ctx: _Ctx) -> _Norm | None:
    m = _fullmatch(phrase)
    if m is None:
        return None
    return _apply(m, ctx)


# ------------------------------------------------------------------ tense
_FUT_WORDS = {"will", "'ll", "ll", "shall", "wo", "’ll"}
#: modals looking forward ("could begin in October"), unless perfect ("could have begun")
_MODAL_WORDS = {"could", "might", "may", "should", "would", "must", "can", "'d", "ought"}
_FUT_LEMMAS = {"plan", "expect", "schedule", "intend", "aim", "hope", "due", "set", "prepare", "vow", "pledge"}
#: both kinds in one group-free pattern over a lowercased window (groups and ignoring case are slow);
#: a hit is classified by the set it belongs to
_FUT_CUE_WORDS = frozenset(
    _words("will shall upcoming forthcoming could might may should would must can 'll ’ll")
    + ["won't", "wo n't", "going to", "plan to", "plans to", "planning to", "intend to", "intends to"]
    + [f"{b} {w}" for b in ("is", "are") for w in _words("to due set scheduled expected slated poised planned")]
)
_PAST_CUE_WORDS = frozenset(_words("was were had did said told announced reported ago") + ["has been", "have been"])
_TENSE_CUE = re.compile(
    r"(?<![a-z])(?:" + _trie(set(_FUT_CUE_WORDS - {"'ll", "’ll"}) | _PAST_CUE_WORDS) + r")(?![a-z])|['’]ll(?![a-z])"
)


def _cue_tense(m: re.Match[str], window: str) -> Tense | None:
    w = " ".join(m.group().split())
    if w in _PAST_CUE_WORDS:
        return "past"
    if window.startswith(" have", m.end()):
        return "past"  # "could have done"
    return "future"


def _doc_token(doc: Doc, char: int) -> Any:
    """The token of ``doc`` starting at (or containing) character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _infer_tense(text: str, start: int, end: int, doc: Doc | None) -> Tense | None:
    """Past/future of the clause an expression sits in (None when unclear)."""
    if doc is not None:
        try:
            t = _tense_from_doc(doc, start, end)
        except Exception:  # pragma: no cover - defensive: odd docs
            t = None
        if t is not None:
            return t
        return None
    # without a parse: the nearest tense cue in the sentence (within 100 characters either side)
    s = max(text.rfind(". ", start - 100, start), text.rfind("\n", start - 100, start), start - 100, -1) + 1
    e = min(x for x in (text.find(". ", end, end + 100), text.find("\n", end, end + 100), end + 100) if x != -1)
    best: tuple[int, Tense | None] | None = None
    left = text[s:start].lower()
    last = None
    for last in _TENSE_CUE.finditer(left):  # noqa: B007 - the last cue before the expression
        pass
    if last is not None:
        best = (len(left) - last.end(), _cue_tense(last, left))
    right = text[end:e].lower()
    m = _TENSE_CUE.search(right)
    if m is not None and (best is None or m.start() < best[0]):
        best = (m.start(), _cue_tense(m, right))
    return best[1] if best else None


def _tense_from_doc(doc: Doc, start: int, end: int) -> Tense | None:
    tok = _doc_token(doc, start)
    if tok is None:
        return None
    # "said on Tuesday he will...": a past verb right before the expression governs it, whatever the parse
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lower_ in ("on", "late", "early") and prev.i > 0:
        prev = doc[prev.i - 1]
    if prev is not None and prev.tag_ == "VBD":
        return "past"
    # walk up to the governing verb
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head is not tok and seen < 8:
        tok = tok.head
        seen += 1
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    for _ in range(3):
        kids = list(tok.children)
        auxes = [k for k in kids if k.dep_ in ("aux", "auxpass")]
        low = {k.lower_ for k in auxes}
        if low & _FUT_WORDS:
            return "future"
        if low & _MODAL_WORDS and tok.tag_ == "VB" and not low & {"have", "'ve"}:
            return "future"
        if any(k.lower_ == "going" for k in auxes) and tok.tag_ == "VB":
            return "future"
        if tok.tag_ == "VBD" or any(k.tag_ == "VBD" for k in auxes):
            return "past"
        if low & {"has", "have", "'ve"} and tok.tag_ == "VBN":
            return "past"
        if tok.tag_ == "VBG" and low & {"is", "are", "am", "'s", "'re"}:
            return "future"
        if tok.tag_ == "VB" and "to" in low and tok.dep_ == "ROOT":
            return "future"  # headline infinitive: "Markets to reopen on Friday"
        if tok.tag_ == "VBN" and not auxes and tok.dep_ in ("acl", "amod", "advcl"):
            return "past"  # "plans announced in January"
        if tok.tag_ == "VB" and "to" in low and tok.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl"):
            head = tok.head
            if head.lemma_ in _FUT_LEMMAS or head.lemma_ == "be":
                return "future"
            tok = head
            continue
        if (
            tok.lemma_ in ("schedule", "slate", "plan", "expect", "set", "due")
            and tok.tag_ == "VBN"
            and (low & {"is", "are", "'s", "'re", "be", "being"} or tok.lemma_ in ("schedule", "slate"))
        ):
            return "future"  # "is planned for October", "scheduled for Monday"
        if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and not auxes and tok.tag_ in ("VB", "VBN"):
            tok = tok.head
            continue
        break
    return None


# ------------------------------------------------------------------ dateparser fallback
_DP_OK = re.compile(
    rf"(?:\d|{_MONTH}|{_WEEKDAY}|(?i:\b(?:today|tomorrow|yesterday|week|month|year|day|ago|hour|minute)s?\b))"
)
_DP_REJECT = re.compile(
    r"(?i)^(?:\d+(?:[.,]\d+)?|the\s+(?:year|day|time|week|month|moment|period|season|hour)|"
    r"(?:the\s+)?age\s+of.*|.*\b(?:old|aged)\b.*|\d+\s*-\s*year\s*-?\s*old.*|year-on-year|year-over-year)$"
)


@lru_cache(maxsize=64)
def _date_data_parser(anchor: date | None, prefer: str) -> Any:
    """A dateparser parser for one anchor (dateparser is imported on first use only)."""
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover
        return None
    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer, "STRICT_PARSING": False}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def _dateparser(phrase: str, anchor: date | None, prefer: str) -> tuple[str, Granularity] | None:
    parser = _date_data_parser(anchor, prefer)
    if parser is None:  # pragma: no cover
        return None
    try:
        data = parser.get_date_data(phrase)
    except Exception:  # pragma: no cover - dateparser raises on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return f"{d.year:04d}", "year"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    if period == "week":
        return d.isoformat(), "day"
    if period == "time":
        t = data.date_obj
        return f"{d.isoformat()}T{t.hour:02d}:{t.minute:02d}", "time"
    return d.isoformat(), "day"


_DP_VOCAB = (
    set(_MONTH_NUM)
    | set(_WEEKDAY_NUM)
    | set(_NUM_WORDS)
    | set(_ORDINALS)
    | set(_CENTURY_ORD)
    | {u + "s" for u in _UNIT}
    | set(_UNIT)
    | set(
        _words(
            "of the at on in and a an am pm ago next last this coming past previous morning afternoon evening night "
            "noon midnight today tomorrow yesterday tonight before after from now early late mid end beginning start "
            "middle st nd rd th utc gmt est edt pst pdt cet cest bst z t sept by around about"
        )
    )
)


def _fallback(phrase: str, anchor: date | None, tense: Tense | None | Callable[[], Tense | None]) -> _Norm | None:
    """dateparser, for phrases made only of date words that no rule covers ("Tues 3rd of March at 5")."""
    if not _DP_OK.search(phrase) or _DP_REJECT.match(phrase.strip()):
        return None
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", phrase)]
    if any(w not in _DP_VOCAB for w in words):
        return None
    if words and words[-1] in ("of", "the", "at", "on", "in", "and", "a", "an", "before", "after", "from", "by"):
        return None
    if anchor is None and not re.search(r"\b\d{4}\b", phrase):
        return None  # relative to today's date otherwise
    if callable(tense):
        tense = tense()
    res = _dateparser(phrase, anchor, "future" if tense == "future" else "past")
    if res is None:
        return None
    value, gran = res
    iv = interval_of(value)
    return _Norm(value, gran, "TIME" if gran == "time" else "DATE", interval=iv)


# ------------------------------------------------------------------ public API
_STRIP_LEAD = re.compile(
    r"^(?:(?i:on|in|at|during|since|by|until|till|from|for|of|as\s+of|starting|beginning|through|throughout|"
    r"before|after|within|around)\s+)+"
)
_TRIM = " \t\n\r,.;:!?\"'“”‘’()[]"


def _to_expr(n: _Norm, text: str, start: int, end: int) -> TimeExpr:
    # built by this module from checked parts: skip pydantic validation (a third of the cost otherwise)
    iv = Interval.model_construct(start=n.interval[0], end=n.interval[1]) if n.interval else None
    return TimeExpr.model_construct(
        start=start,
        end=end,
        text=text[start:end],
        value=n.value,
        interval=iv,
        granularity=n.granularity,
        mod=n.mod,
        type=n.type,
    )


def normalize(phrase: str, anchor: date | None, *, tense: Tense | None = None) -> TimeExpr | None:
    """Normalise one temporal phrase (e.g. ``"late February 2026"``) against ``anchor``.

    Offsets of the result are 0..len(phrase). Returns None when the phrase is not
    a temporal expression. ``tense`` resolves bare weekdays/months/quarters
    (``"past"`` by default for weekdays, nearest otherwise).
    """
    anchor = _as_date(anchor)
    stripped = phrase.strip(_TRIM)
    core = _STRIP_LEAD.sub("", stripped)
    if not core:
        return None
    ctx = _Ctx(core, 0, len(core), anchor, tense, True)
    n = _rule_norm(core, ctx)
    if n is None:
        # a composition the finder joins ("Tuesday at 6 p.m."), the phrase being all of it
        found = _find(core, anchor, None, tense)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(core):
            n = found[0].norm
    if n is None:
        n = _fallback(core, anchor, tense)
    if n is None:
        return None
    return TimeExpr(
        start=0,
        end=len(phrase),
        text=phrase,
        value=n.value,
        interval=Interval(start=n.interval[0], end=n.interval[1]) if n.interval else None,
        granularity=n.granularity,
        mod=n.mod,
        type=n.type,
    )


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    norm: _Norm
    source: str  # rule kind or "spacy"


_PART_VALUE = re.compile(r"\dT[A-Z]{2}$")  # "2026-03-05TNI": a day with a part of it
_MERGE_GAP = re.compile(r"(?i)\s*,?\s*(?:(?:on|at)\s+)?(?:the\s+)?")


def find_times(text: str, anchor: date | None, *, doc: Doc | None = None) -> list[TimeExpr]:
    """All temporal expressions of ``text``, normalised against ``anchor`` (the publication date).

    Sorted by offset, non-overlapping, ``text[t.start:t.end] == t.text``. With
    ``doc`` (a spaCy Doc of exactly this text) its DATE/TIME entities add
    candidates, its tags reject false ones ("May" the modal verb, "2000" the
    number) and its parse gives the tense that resolves bare weekdays and months.
    """
    anchor = _as_date(anchor)
    if doc is not None and not _same_text(doc, text):
        doc = None
    cands = _find(text, anchor, doc, None)
    return [_to_expr(c.norm, text, c.start, c.end) for c in cands]


def _find(text: str, anchor: date | None, doc: Doc | None, tense: Tense | None) -> list[_Cand]:
    """The candidates of :func:`find_times` (``tense``: imposed instead of inferred)."""
    cands: list[_Cand] = []
    pos = 0
    trig = _triggers(text)
    # start of the nearest core trigger after each trigger
    next_core = [0] * len(trig)
    nxt = 1 << 60
    for i in range(len(trig) - 1, -1, -1):
        next_core[i] = nxt
        if trig[i][1] not in _MODIFIER_GROUPS:
            nxt = trig[i][0]
    for i, (s, grp, word) in enumerate(trig):
        if s < pos:
            continue
        if grp in _MODIFIER_GROUPS and next_core[i] - s > _CORE_WINDOW:
            continue
        key = word if grp in ("w", "c") else _CLASS_KEY[grp]
        filt = _KEY_FILTER.get(key)
        if filt is not None and filt.match(text, s) is None:
            continue
        pat = _key_pattern(key)
        if pat is None:
            continue
        m = pat.match(text, s)
        if m is None:
            continue
        e = m.end()
        ctx = _Ctx(text, s, e, anchor, tense, False, doc)
        n = _apply(m, ctx)
        kind = m.lastgroup or ""
        if n is None:
            n, kind, e = _retry(text, s, kind, _RULES_BY_KEY[key], anchor, doc, tense)
            if n is None:
                continue
        cands.append(_Cand(s, e, n, kind))
        pos = e
    if doc is not None:
        cands = _add_spacy(text, anchor, doc, cands)
    cands = _merge_times(text, cands)
    _resolve_anaphora(cands, anchor)
    return cands


def _as_date(anchor: date | None) -> date | None:
    """A datetime anchor counts as its date (date arithmetic on datetimes would leak times into values)."""
    return anchor.date() if isinstance(anchor, datetime) else anchor


def _same_text(doc: Doc, text: str) -> bool:
    """Cheaply check that ``doc`` was parsed from ``text`` (``doc.text`` would rebuild the string)."""
    if len(doc) == 0:
        return not text.strip()
    last = doc[-1]
    first = doc[0]
    return (
        last.idx + len(last.text_with_ws) == len(text)
        and text.startswith(first.text, first.idx)
        and text.startswith(last.text, last.idx)
    )


def _retry(
    text: str, s: int, failed: str, kinds: list[str], anchor: date | None, doc: Doc | None, tense: Tense | None
) -> tuple[_Norm | None, str, int]:
    """Try the rules after ``failed`` at position ``s`` (an earlier rule matched there but was rejected)."""
    for kind in kinds[kinds.index(failed) + 1 :]:
        m = _single(kind).match(text, s)
        if m is None:
            continue
        handler, names = _TABLE[kind]
        ctx = _Ctx(text, s, m.end(), anchor, tense, False, doc)
        n = handler({short: m.group(full) for short, full in names}, ctx)
        if n is not None:
            return n, kind, m.end()
    return None, failed, s


def _add_spacy(text: str, anchor: date | None, doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Add spaCy DATE/TIME entities that no rule found (normalised by rules, then dateparser)."""
    starts = [c.start for c in cands]
    extra: list[_Cand] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = ent.start_char, ent.end_char
        i = bisect_right(starts, e) - 1
        overlap = False
        j = i
        while j >= 0 and j < len(cands):
            c = cands[j]
            if c.end <= s:
                break
            if c.start < e:
                overlap = True
                break
            j -= 1
        if overlap:
            continue
        phrase = text[s:e]
        lead = _STRIP_LEAD.match(phrase)
        if lead:
            s += lead.end()
        while s < e and text[s] in _TRIM:
            s += 1
        while e > s and text[e - 1] in _TRIM:
            e -= 1
        core = text[s:e]
        if not core:
            continue
        ctx = _Ctx(text, s, e, anchor, None, False, doc)
        m = _fullmatch(core)
        n = _apply(m, ctx) if m else None
        if m is None and n is None:
            n = _fallback(core, anchor, ctx.tense)
        if n is None:
            continue
        extra.append(_Cand(s, e, n, "spacy"))
    if not extra:
        return cands
    return sorted(cands + extra, key=lambda c: c.start)


def _merge_times(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Join a clock time with an adjacent day ("12:00 UTC Monday", "Tuesday at 6 p.m.")."""
    if len(cands) < 2:
        return cands
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if i + 1 < len(cands):
            d = cands[i + 1]
            gap = text[c.end : d.start]
            if len(gap) <= 8 and _MERGE_GAP.fullmatch(gap):
                time_c, day_c = (c, d) if c.norm.time_only else (d, c) if d.norm.time_only else (None, None)
                if (
                    time_c is not None
                    and day_c is not None
                    and day_c.norm.interval is not None
                    and (day_c.norm.granularity == "day" or _PART_VALUE.search(day_c.norm.value))
                ):
                    tpart = time_c.norm.value[time_c.norm.value.index("T") :]
                    day = day_c.norm.interval[0]
                    merged = _Norm(f"{day.isoformat()}{tpart}", "time", "TIME", interval=(day, day))
                    if "," in gap:  # "16:15 UTC, June 1st": two expressions, the time takes the day
                        time_c.norm = merged
                    else:
                        out.append(_Cand(c.start, d.end, merged, "merged"))
                        i += 2
                        continue
        out.append(c)
        i += 1
    return out


_GRAN_RANK = {"time": 0, "day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 4, "year": 5}
_ANAPHOR_RANK = {"M": 2, "Q": 3, "Y": 5}


def _resolve_anaphora(cands: list[_Cand], anchor: date | None) -> None:
    """Resolve "the next day", "that year"... and lone clock times against earlier dates."""
    last_day: date | None = None
    last_day_end = -(1 << 30)
    last_norm: _Norm | None = None
    # the latest expression of each granularity rank (a month anaphor needs a month or finer)
    last_by_rank: list[_Norm | None] = [None] * 6
    for c in cands:
        n = c.norm
        code = n.anaphoric
        if code is not None and anchor is not None:
            back = n.year_back
            if code == "SAME":
                if last_norm is not None:
                    n = _Norm(last_norm.value, last_norm.granularity, interval=last_norm.interval)
                    n = _back_a_year(n) if back else n
            else:
                ref: date | None = None
                if code in ("D", "W", "WE"):
                    ref = last_day
                else:
                    need = _ANAPHOR_RANK.get(code, 5)
                    refs = [r for r in last_by_rank[: need + 1] if r is not None and r.interval is not None]
                    if refs:
                        ref = max(refs, key=lambda r: r.offset).interval[0]  # type: ignore[union-attr]
                if ref is not None:
                    shifted = _shift_unit(ref, code, n.offset)
                    if shifted is not None:
                        n = _with_mod(shifted, n.mod)
                        n = _back_a_year(n) if back else n
            c.norm = n
        elif n.time_only and last_day is not None and n.interval is not None and c.start - last_day_end < 200:
            # a clock time takes the day just mentioned ("On Monday ... at 18:00 UTC")
            tpart = n.value[n.value.index("T") :]
            c.norm = _Norm(
                f"{last_day.isoformat()}{tpart}", "time", "TIME", interval=(last_day, last_day), time_only=True
            )
            n = c.norm
        if n.interval is not None and n.type in ("DATE", "TIME") and not n.time_only:
            if n.granularity in ("day", "time"):
                last_day, last_day_end = n.interval[0], c.end
            rank = _GRAN_RANK.get(n.granularity)
            if rank is not None:
                last_norm = n
                last_by_rank[rank] = _Norm(n.value, n.granularity, interval=n.interval, offset=c.start)
