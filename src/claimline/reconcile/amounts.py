"""Quantities as the ranges their words allow: rounding, "about", "more than", units.

A number stands for every value that rounds to it as written: "48 million" for 47.5 to 48.5
million, "1.9 million" for 1.85 to 1.95 million, "240" for 235 to 245 (trailing zeros of a whole
number are taken as rounding). A modifier widens the range (the words and their TIMEX3 mods are
the time vocabulary's ``[modifiers]`` in ``models/timex/en.toml``, defined once): APPROX ("about",
"roughly") to at least a twentieth of the value each way (a rounded figure keeps its rounding);
LESS_THAN / EQUAL_OR_LESS ("less than", "up to") opens it down to zero; MORE_THAN / EQUAL_OR_MORE
("more than", "at least") opens it upwards; a modifier that puts the figure close to its number
("nearly", "almost", "just over": ``near`` of ``[measured]`` in ``models/measures.toml``) opens it
by :data:`NEAR_SHARE` of the value on its side only. Two quantities agree when their ranges overlap (ranges
that only touch do not: "four" and "five"): "about 2 million" and "1.9 million" agree, 48 and 84
million do not. Durations are compared in days (a year is 365.25 days, a month 30.44).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TypeVar

from ..schemas import Quantity

_I = TypeVar("_I")

#: Values more than this many times apart measure different things ("12 ministries", "48 million").
MAGNITUDE_RATIO = 10.0
#: ... and figures that only their measured noun ties to one thing (no event of one cluster: "three
#: interchanges" of a pilot, "14 interchanges" of the whole network): more than this many times apart.
MEASURE_RATIO = 3.0
#: How far a duration told with no modifier reaches either way at most, as a share of it: a number of a large unit is
#: not read as anything half a unit away ("a year-long trial" is no "six months", 6 to 18 months; "two years" no "18
#: months"); "a month" still agrees with "four weeks", "two months" with "eight weeks", "three days" with "72 hours".
DURATION_SHARE = 0.125
#: How far "about" widens a value at least, as a share of it: "about 3,400" is 3,230 to 3,570 (a
#: figure written as rounded, "about 300", keeps its rounding, 250 to 350; review of the seventh
#: sitting's stories: "about 3,400" / "some 4,150" hectares and "about 300" / 240 residents, ~20 %
#: apart, were one side when "about" added a tenth each way on top of the rounding).
APPROX_SHARE = 0.05
#: How far a figure told as close to its number reaches past it, as a share of it (``near`` of ``[measured]`` in
#: models/measures.toml): "nearly 40" is 34 to 40.5 (38.6 agrees), "almost 12 hours" 10.2 to 12.5 hours (seven
#: hours does not); "less than 40" reaches down to zero.
NEAR_SHARE = 0.15
_DAYS = {"Y": 365.25, "M": 30.44, "W": 7.0, "D": 1.0, "H": 1 / 24}
_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_LABEL_MOD = {
    "APPROX": "about",
    "LESS_THAN": "less than",
    "EQUAL_OR_LESS": "at most",
    "MORE_THAN": "more than",
    "EQUAL_OR_MORE": "at least",
}


@cache
def _modifiers() -> list[tuple[re.Pattern[str], str]]:
    from ..timex.vocab import vocabulary

    words = vocabulary().modifiers
    return [(re.compile(rf"(?<![a-z]){re.escape(w)}(?![a-z])"), words[w]) for w in sorted(words, key=lambda w: -len(w))]


def modifier(q: Quantity) -> str | None:
    """The TIMEX3 mod of the words before the number ("about 240" -> APPROX), or None."""
    low = q.text.lower()
    m = _DIGITS.search(low)
    head = low[: m.start()] if m else low
    for pattern, mod in _modifiers():
        if pattern.search(head):
            return mod
    return None


@cache
def _near_words() -> re.Pattern[str] | None:
    from ..lexicons import measures

    words = sorted(measures().measured.near, key=len, reverse=True)
    if not words:
        return None
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<![a-z])(?:{alt})(?![a-z])")


def _near(q: Quantity) -> bool:
    """The words before the number put the figure close to it ("nearly 12 hours", "just over 300"; ``near`` of
    ``[measured]`` in models/measures.toml)."""
    words = _near_words()
    low = q.text.lower()
    m = _DIGITS.search(low)
    return words is not None and words.search(low[: m.start()] if m else low) is not None


def key(q: Quantity) -> tuple[str, str] | None:
    """What a quantity measures: (kind, unit); durations in any unit compare with each other."""
    if q.value is None:
        return None
    if q.kind == "duration":
        return ("duration", "") if (q.unit or "") in _DAYS else None
    return (q.kind, q.unit or "")


def _step(q: Quantity) -> float:
    """The rounding step of the number as written, in the quantity's own scale."""
    m = _DIGITS.search(q.text)
    if m is None or q.value is None:
        return 1.0  # a number word ("two") is exact to one
    written = float(m.group(0).replace(",", ""))
    if m.group(1):
        step = 10.0 ** -len(m.group(1))
    else:
        digits = m.group(0).replace(",", "")
        zeros = len(digits) - len(digits.rstrip("0")) if written else 0
        step = 10.0**zeros
    scale = q.value / written if written else 1.0
    return step * scale


def interval(q: Quantity) -> tuple[float, float] | None:
    """The range of values the quantity's words allow (durations in days), or None."""
    if key(q) is None or q.value is None:
        return None
    half = _step(q) / 2
    mod = modifier(q)
    if q.kind == "duration" and mod is None:
        half = min(half, DURATION_SHARE * q.value)
    if mod == "APPROX":  # as rounded as written, or by a share of the value when written more finely
        half = max(half, APPROX_SHARE * q.value)
    lo, hi = q.value - half, q.value + half
    bounds = range_bounds(q)
    if bounds is not None:  # "between 41 and 43 degrees": 40.5 to 43.5
        lo, hi = bounds[0] - half, bounds[1] + half
    near = _near(q)
    if mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        lo = q.value - max(half, NEAR_SHARE * q.value) if near else 0.0
    elif mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        hi = q.value + max(half, NEAR_SHARE * q.value) if near else math.inf
    if q.kind == "duration":
        days = _DAYS[q.unit or "D"]
        lo, hi = lo * days, hi * days
    return max(lo, 0.0), hi


@cache
def _range() -> re.Pattern[str]:
    """A range's opening word, lower bound and joining word before the figure ("between 41 and 43 degrees", "from
    41 to 43", "some 60 to 70 percent": ``range_openers`` / ``range_joiners`` of ``models/measures.toml``, the
    list events/measures.py reads; a modifier may stand first)."""
    from ..lexicons import measures

    m = measures().measured
    openers = "|".join(re.escape(w) for w in m.range_openers)
    joiners = "|".join(re.escape(w) for w in m.range_joiners)
    return re.compile(rf"(?:[a-z]+\s+){{0,3}}?(?:({openers})\s+)?(\d[\d,]*(?:\.\d+)?)\s*({joiners})\s*(?=\d)", re.I)


def range_bounds(q: Quantity) -> tuple[float, float] | None:
    """The bounds of a figure written as a range ("between 41 and 43 degrees": 41 and 43, "some 60 to 70 percent":
    60 and 70, "between 3 and 4 million euros": 3 and 4 million, the scale of the figure's value on both: review 13
    U6), whichever bound the value was read from; None when it is no range ("and" joins a range only after its
    opener; "3 to 5 euros" alone may be a change's two values, "raised from 3 to 5 euros")."""
    m = _range().match(q.text)
    if m is None or q.value is None or (m[1] is None and (m[3].lower() == "and" or modifier(q) is None)):
        return None  # (without its opener, a range only after a modifier: "some 60 to 70 percent")
    high = _NUMBER_AT.match(q.text, m.end())
    low, top = float(m[2].replace(",", "")), float(high[0].replace(",", "")) if high else None
    if top is None or not 0 < low < top:
        return None
    for written in (top, low):  # the value is the upper bound's, or (a money figure) the lower's, scaled alike
        scale = q.value / written
        if scale >= 1 and math.isclose(scale, 10 ** round(math.log10(scale)), rel_tol=1e-9):
            return low * scale, top * scale
    return None


_NUMBER_AT = re.compile(r"\d[\d,]*(?:\.\d+)?")


def label(q: Quantity) -> str:
    """A side's value: the number in full with its unit (``48000000 EUR``, ``P18M``, ``about 240``, ``41 to 43
    degree``)."""
    assert q.value is not None
    number = f"{q.value:.0f}" if q.value == int(q.value) else f"{q.value:g}"
    bounds = range_bounds(q)
    if bounds is not None:
        number = (
            f"{bounds[0]:.0f} to {bounds[1]:.0f}"
            if all(b == int(b) for b in bounds)
            else f"{bounds[0]:g} to {bounds[1]:g}"
        )
    if q.kind == "duration":
        text = f"P{number}{q.unit}"
    elif q.kind == "percent":
        text = f"{number}%"
    else:
        text = f"{number} {q.unit}" if q.unit else number
    mod = modifier(q)
    if mod in _LABEL_MOD and _near(q):
        return f"{'nearly' if mod in ('LESS_THAN', 'EQUAL_OR_LESS') else 'just over'} {text}"
    return f"{_LABEL_MOD[mod]} {text}" if mod in _LABEL_MOD else text


def size(q: Quantity) -> float:
    """The quantity's value in the scale it is compared in: durations in days ("six months" is 182.6,
    "90 days" 90: near enough to be one measure), anything else as written."""
    assert q.value is not None
    return q.value * _DAYS[q.unit or "D"] if q.kind == "duration" and (q.unit or "D") in _DAYS else q.value


def comparable(a: float, b: float, ratio: float = MAGNITUDE_RATIO) -> bool:
    """Two values near enough in size to be the same measure (see :data:`MAGNITUDE_RATIO`)."""
    lo, hi = min(abs(a), abs(b)), max(abs(a), abs(b))
    return lo > 0 and hi / lo <= ratio


def _digits(q: Quantity) -> str | None:
    """The digits of a quantity's value ("13.6 million": "13600000", "46": "46"), or None."""
    if q.value is None or q.value <= 0 or q.value >= 1e15:
        return None
    if q.value == int(q.value):
        return str(int(q.value))
    return f"{q.value:f}".rstrip("0").replace(".", "")


def one_slip(a: Quantity, b: Quantity) -> bool:
    """Two figures whose written digits are one slip apart: two neighbours swapped ("13.6" / "31.6", "148" /
    "184"), or one digit more or less ("46" / "146", "5" / "50" million): one figure mistyped, so one measured
    thing even when far apart in size (review 9: the blind stories' wrong figures are mostly such slips)."""
    x, y = _digits(a), _digits(b)
    if x is None or y is None or x == y:
        return False
    if len(x) == len(y):
        diff = [k for k in range(len(x)) if x[k] != y[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]
    short, long_ = sorted((x, y), key=len)
    return len(long_) == len(short) + 1 and any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


@cache
def _words_of(name: str) -> re.Pattern[str]:
    """The ``[measured]`` words ``name`` of ``models/measures.toml`` ("parts", "running") as one pattern."""
    from ..lexicons import measures  # (local: pydantic loads only where figures are compared)

    words = getattr(measures().measured, name)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b" if words else r"(?!)", re.I)


def running(text: str) -> bool:
    """``text`` (the clause of a figure) tells a count still running ("11 people were still missing", "have now
    arrested 47": ``running`` of ``models/measures.toml``)."""
    return _words_of("running").search(text) is not None


#: a present perfect before a figure: "have pulled three survivors", "has burned 1,500 hectares"
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?!been\b)[a-z]+(?:ed|en|wn|nt|lt|ught|und)\s+(?:[a-z]+\s+)?$")


def perfect(before: str, verb: str | None = None) -> bool:
    """``before`` (the figure's clause up to it) tells the count in the present perfect: a total so far, of the
    day it is told ("Rescuers have pulled three survivors" on Tuesday, "seven" on Friday; review 11 S4). Not a
    passive ("have been killed": the dead of one incident are no running count). ``verb``: the count's own verb
    as written, whatever its ending ("has sold", "have now cut": an adverb of ``aspect_adverbs`` of
    ``models/comparison.toml`` between; review 12 T21)."""
    if _PERFECT.search(before) is not None:
        return True
    if verb is None or verb == "been":
        return False
    from .vocab import comparison

    adverbs = "|".join(re.escape(w) for w in sorted(comparison().aspect_adverbs))
    gap = rf"(?:(?:{adverbs}|[a-z]+ly)\s+){{0,2}}" if adverbs else r"(?:[a-z]+ly\s+)?"
    return re.search(rf"\b(?:has|have)\s+{gap}{re.escape(verb)}\s+(?:[a-z]+\s+)?$", before) is not None


def dated_by(before: str) -> bool:
    """``before`` (the clause up to a time) ends with a word that makes the time the day a running count answers
    for ("As of Tuesday evening, 30 people were still missing": ``as_of`` of ``models/measures.toml``)."""
    return _as_of().search(before) is not None


@cache
def _as_of() -> re.Pattern[str]:
    from ..lexicons import measures

    words = measures().measured.as_of
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s*$" if words else r"(?!)", re.I)


#: how many words may stand between a parts word and the figure it binds ("of which about 120,000", "as part
#: of its 2,400 job cuts")
_BOUND_WORDS = 3


@cache
def _part_before() -> re.Pattern[str]:
    """``parts`` words ending the text before a figure, up to :data:`_BOUND_WORDS` words ahead of it."""
    from ..lexicons import measures

    words = measures().measured.parts
    if not words:
        return re.compile(r"(?!)")
    either = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\b(?:{either})\s+(?:[^\s\d]+\s+){{0,{_BOUND_WORDS - 1}}}$", re.I)


@cache
def _whole_after() -> re.Pattern[str]:
    """``parts_of`` words in the text after a figure, followed within :data:`_BOUND_WORDS` words by a number
    or a ``larger`` word."""
    from ..lexicons import measures

    measured = measures().measured
    if not measured.parts_of:
        return re.compile(r"(?!)")
    either = "|".join(re.escape(w) for w in measured.parts_of)
    whole = "|".join([r"\d", *(re.escape(w) + r"\b" for w in measured.larger)])
    return re.compile(rf"\b(?:{either})\s+(?:[^\s\d]+\s+){{0,{_BOUND_WORDS - 1}}}(?:{whole})", re.I)


def told_as_part(before: str, after: str) -> bool:
    """The words around a figure tell it as a part of a larger figure (``[measured]`` ``parts``, ``parts_of``
    of ``models/measures.toml``): "of which 120,000" (``before`` ends with a parts word), "700 jobs as part of
    2,400 cuts" (``after`` names the whole). Bound to the figure, not anywhere in its claim (review 10, R28)."""
    return _part_before().search(before) is not None or _whole_after().search(after) is not None


def without_parts(
    items: Sequence[_I],
    size: Callable[[_I], float],
    article: Callable[[_I], str],
    part_of: Callable[[_I, _I], bool],
    around: Callable[[_I], tuple[str, str]],
    counted: Callable[[_I], bool] = lambda _: True,
) -> list[_I]:
    """``items`` (answers to one quantity question) without those that give a part of another article's
    larger figure (review 9, W2): ``part_of(x, y)``, the report of ``x`` names a narrower scope than ``y``'s
    (a site of the party, a unit of it, one party's share of a total told without one), or the words around
    ``x``'s figure (``around``: its claim's text before and after it) tell it as a part (:func:`told_as_part`);
    or, for figures that count things (``counted``), a qualifier names a kind of the counted noun
    (:func:`qualified`) — a sum's or a measure's unit lies inside its figure, so the word after it is no counted
    noun ("a 48 million koruna contract with X" / "84 million koruna with X")."""
    out = []
    for x in items:
        larger = [y for y in items if article(y) != article(x) and size(y) > size(x)]
        kind_of = counted(x)
        if larger and (
            told_as_part(*around(x))
            or any(part_of(x, y) or (kind_of and qualified(around(x)[1], around(y)[1])) for y in larger)
        ):
            continue
        out.append(x)
    return out


_LOWER_WORD = re.compile(r"[A-Za-z][a-z-]*")
#: words of grammar after a figure, no counted noun: prepositions, conjunctions, determiners, auxiliaries
_GRAMMAR = frozenset(
    {"on", "in", "at", "for", "with", "to", "from", "by", "of", "over", "under", "after", "before", "until", "during"}
    | {"and", "or", "but", "as", "into", "against", "about", "per", "than", "who", "which", "that", "worth"}
    | {"a", "an", "the", "its", "their", "his", "her", "this", "these", "those"}
    | {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would"}
)


def qualified(part: str, whole: str) -> bool:
    """The words after a smaller figure name the larger figure's counted noun with a qualifier before it that the
    larger one lacks: "22,000 postal ballots" / "80,000 ballots", "300 factory jobs" / "900 jobs", "14 seriously
    injured" / "40 injured" (review 11 S3): a kind of the thing counted, a part. Not a word of a next instance
    ("12 more people": the figure adds to the other), a number word ("3 million euros") or a participle."""
    p, w = _LOWER_WORD.findall(part[:60])[:2], _LOWER_WORD.findall(whole[:60])[:1]
    if len(p) < 2 or not w or w[0].lower() in _not_qualifiers():
        return False  # ("a 48 million koruna contract with" / "84 million koruna with": no counted noun)
    if not p[0].islower() or p[0] in _not_qualifiers() or p[0].endswith(("ed", "ing")):
        return False  # (a participle restates the act or the state of the whole: "120 planned operations",
        # "46 collapsed buildings", "240 existing cameras" are the operations, buildings and cameras counted)
    return singular(p[1].lower()) == singular(w[0].lower()) and singular(p[0]) != singular(w[0].lower())


def singular(word: str) -> str:
    """A plural noun's crude singular by its spelling ("ballots" -> "ballot", "class" stays): enough to tell one
    counted noun from another in a claim's words, where no parse is at hand."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@cache
def _not_qualifiers() -> frozenset[str]:
    """Words after a figure that qualify no counted noun, nor are one: number words, a next instance's words,
    prepositions, conjunctions, determiners and auxiliaries."""
    from ..timex.vocab import vocabulary
    from .vocab import comparison

    v = vocabulary()
    numbers = {*v.numbers.units, *v.numbers.tens, *v.numbers.other}
    return frozenset(w.lower() for w in numbers | comparison().next_instance | _GRAMMAR)
