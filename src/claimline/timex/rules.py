"""The rule table, the trigger scan that decides where rules are tried, and the dispatch."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import ClaimlineError
from . import norms, patterns
from .model import Handler, _Ctx, _Norm
from .patterns import (
    _EXTRA,
    _MOD,
    _NUM_OR_VAGUE,
    _SEASON,
    _UNIT_RE,
    _alts,
    _trie,
    _words,
)
from .vocab import (
    _CENTURY_ORD,
    _DECADE_WORDS,
    _HOLIDAY_NAMES,
    _MONTH_NUM,
    _ORDINALS,
    _SEASONS,
    _SMALL,
    _TENS,
    _UNIT,
    _WEEKDAY_NUM,
    invalid,
    read_toml,
    timex_dir,
)


# ------------------------------------------------------------------ the rule table (models/timex/rules.toml)
class RuleEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    handler: str = Field(default="", description="norms._h_<handler>; default: the rule's name")
    starts: list[str] = Field(min_length=1)
    pattern: str = Field(min_length=1)


class RuleTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    macros: dict[str, str]
    start_groups: dict[str, list[str]]
    rule: list[RuleEntry] = Field(min_length=1)


_CLASSES = {"#d4", "#d12", "#dn", "#apos", "#Q", "#H", "#FY"}
_MACRO = re.compile(r"%\{(\w+)\}")


def _holiday_pattern(names: list[str]) -> str:
    """Holiday names as written: capitalised words, optional apostrophe, "St." or "St"."""
    alts = []
    for name in sorted(names, key=len, reverse=True):
        words = []
        for w in name.split():
            if w in ("of", "the"):
                words.append(w)
            elif w.endswith(("'s", "’s")):
                words.append(re.escape(w[:-2].capitalize()) + "['’]?s")
            elif w.endswith("."):
                words.append(re.escape(w[:-1].capitalize()) + r"\.?")
            else:
                words.append(re.escape(w.capitalize()))
        alts.append(r"\s+".join(words))
    return "(?:" + "|".join(alts) + ")"


def _builtin_macros() -> dict[str, str]:
    m = {k[1:]: v for k, v in vars(patterns).items() if re.fullmatch(r"_[A-Z][A-Z_]*", k) and isinstance(v, str)}
    m["SEASON_WORDS"] = _SEASON[4:-1]
    m["CENTURY_ORDINAL"] = _alts(list(_CENTURY_ORD))
    m["ORDINAL"] = f"(?i:{_alts(list(_ORDINALS))})"
    m["HOLIDAY"] = _holiday_pattern(_HOLIDAY_NAMES)
    return m


def _vocab_groups() -> dict[str, list[str]]:
    first = {re.sub(r"[^a-z]", "", n.split()[0].lower().replace("’", "'").split("'")[0]) for n in _HOLIDAY_NAMES}
    return {
        "months": ["#month"],
        "weekdays": ["#weekday"],
        "seasons": list(_SEASONS),
        "decade_words": list(_DECADE_WORDS),
        "century_ordinals": list(_CENTURY_ORD),
        "ordinal_words": [w for w in _ORDINALS if w.isalpha()],
        "number_words": [*_SMALL, *_TENS],
        "holidays": sorted(first),
    }


def load_rules(
    path: Path | None = None,
) -> tuple[list[tuple[str, str, Handler]], dict[str, list[str]], dict[str, list[str]]]:
    """Read and validate the rule table: (rules, start words per rule, start groups).

    Raises :class:`ClaimlineError` naming the file and the entry: unknown handler, macro or start
    group, a pattern that does not compile, a duplicate rule name.
    """
    path = path or timex_dir() / "rules.toml"
    try:
        table = RuleTable.model_validate(read_toml(path))
    except ValidationError as exc:
        raise invalid(path, exc) from exc
    macros = _builtin_macros()

    def expand(src: str, where: str, depth: int = 0) -> str:
        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name in table.macros:
                if depth > 5:
                    raise ClaimlineError(f"invalid time rules {path}: {where}: macros nest too deep")
                return expand(table.macros[name], where, depth + 1)
            if name not in macros:
                raise ClaimlineError(f"invalid time rules {path}: {where}: unknown macro %{{{name}}}")
            return macros[name]

        return _MACRO.sub(sub, src)

    groups = {**_vocab_groups(), **table.start_groups}

    def words(items: list[str], where: str, depth: int = 0) -> list[str]:
        out: list[str] = []
        for w in items:
            if w.startswith("@"):
                if w[1:] not in groups or depth > 3:
                    raise ClaimlineError(f"invalid time rules {path}: {where}: unknown start group {w!r}")
                out += words(groups[w[1:]], where, depth + 1)
            elif w.startswith("#") and w not in _CLASSES | {"#month", "#weekday"}:
                raise ClaimlineError(f"invalid time rules {path}: {where}: unknown start class {w!r}")
            elif not w.startswith("#") and not re.fullmatch(r"[a-z]+(?:[ -][a-z]+)*", w):
                raise ClaimlineError(f"invalid time rules {path}: {where}: start word {w!r} is not a lowercase word")
            else:
                out.append(w)
        return out

    rules: list[tuple[str, str, Handler]] = []
    starts: dict[str, list[str]] = {}
    for i, r in enumerate(table.rule):
        where = f"rule.{i} ({r.name!r})"
        if r.name in starts:
            raise ClaimlineError(f"invalid time rules {path}: {where}: a second rule of this name")
        handler = getattr(norms, f"_h_{r.handler or r.name}", None)
        if handler is None:
            raise ClaimlineError(f"invalid time rules {path}: {where}: no handler _h_{r.handler or r.name}")
        pattern = expand(r.pattern, where)
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ClaimlineError(f"invalid time rules {path}: {where}: pattern does not compile: {exc}") from None
        rules.append((r.name, pattern, handler))
        starts[r.name] = words(r.starts, where)
    resolved = {g: words(ws, f"start_groups.{g}") for g, ws in groups.items()}
    return rules, starts, resolved


_RULES, _RULE_START, _START_GROUPS = load_rules()

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


_UNIT_WORDS = _START_GROUPS["unit_words"]


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
    | {"current", "time", "period", "season", "seasons", "later", "earlier"}
    | {"thanksgiving", "daily", "weekly", "monthly", "quarterly", "annually", "annual", "yearly", "hourly"}
    | {"nightly", "biannual", "biannually", "semiannual", "biennial", "fortnightly", "biweekly", "bimonthly"}
    | {"morning", "afternoon", "evening"}
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


_KEY_PATTERN: dict[str, _InOrder] = {}  # trigger key -> its rules in order (filled on first use)


#: what may follow "the" in a rule ("the" is everywhere: check the next word before trying 20 rules)
_THE_NEXT = re.compile(
    r"(?i:the)\s+(?:(?i:"
    + _trie(
        _words(
            "5th very beginning start end middle close turn dawn early first latter later last second third fourth "
            "final following previous next coming spring summer autumn fall winter late mid same preceding prior "
            "day week month year past remaining ensuing intervening subsequent session trading weekend current "
            "present not foreseeable near future long short medium recent time years months weeks days calendar "
            "entire whole full fiscal financial "
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
    r"|\s+(?i:to|or|and|[–—])\s+\w"
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
    # alone, a unit word only starts "year-round", "day-long" or a record period ("best week since")
    _KEY_FILTER[_u] = re.compile(r"[A-Za-z]+(?:-|\s+(?:since|in)\s)")


class _InOrder:
    """A few rules tried one after another at a position: the first that matches, as the alternation of their
    patterns gives it (the same match object: one rule's groups, ``lastgroup`` the rule's name). Each rule is
    compiled once, on first use (:func:`_single`): compiling an alternation per trigger key compiled 208 copies
    of 41 rules, ~0.6 s of CPU in every process that meets most keys (an ingest of a few hundred articles);
    the 41 rules alone take ~0.07 s."""

    __slots__ = ("kinds",)

    def __init__(self, kinds: tuple[str, ...]) -> None:
        self.kinds = kinds

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        for k in self.kinds:
            m = _single(k).match(text, pos)
            if m is not None:
                return m
        return None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        for k in self.kinds:
            m = _single(k).fullmatch(text)
            if m is not None:
                return m
        return None


@cache
def _subset_pattern(kinds: tuple[str, ...]) -> _InOrder:
    """The rules of ``kinds`` (same group names as ``_PATTERN``), tried in their order."""
    return _InOrder(kinds)


def _apply(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    kind = m.lastgroup or ""
    handler, names = _TABLE[kind]
    g = {short: m.group(full) for short, full in names}
    return handler(g, ctx)


def _key_pattern(key: str) -> _InOrder | None:
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
