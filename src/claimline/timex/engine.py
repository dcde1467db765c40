"""Finding time expressions in an article: candidates, spaCy entities, merging and anaphora.

The package overview (from the single module this grew out of):

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
(news reports the past) unless the clause is in the future tense (a scheduling
verb's simple present in the body too, "the offer closes on Monday", but not a
possessive, "Thursday's report leaves ..."); "the following Monday" counts from
the day just told ("Following Monday's suspension" is the preposition: that
Monday); a midnight ahead closes the publication day; bare months, quarters
and seasons take the nearest occurrence allowed by the tense.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ..schemas import Interval, TimeExpr
from ..vocab import DOUBLE_QUOTES, SINGLE_CLOSING, SINGLE_OPENING
from .calendar import interval_of
from .fallback import _fallback
from .model import Tense, _Ctx, _Norm
from .norms import _back_a_year, _range_norm, _shift_unit, _with_mod, _word_before
from .patterns import _alts
from .rules import (
    _CLASS_KEY,
    _CORE_WINDOW,
    _KEY_FILTER,
    _MODIFIER_GROUPS,
    _RULES_BY_KEY,
    _TABLE,
    _apply,
    _fullmatch,
    _key_pattern,
    _rule_norm,
    _single,
    _triggers,
)
from .vocab import _NOT_TIMES, _RECENT_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc

_STRIP_LEAD = re.compile(
    r"^(?:(?i:on|in|at|during|since|by|until|till|from|for|of|as\s+of|starting|beginning|through|throughout|"
    r"before|after|within|around)\s+)+"
)


_TRIM = " \t\n\r,.;:!?'()[]" + "".join(sorted(DOUBLE_QUOTES)) + SINGLE_OPENING + SINGLE_CLOSING


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
        freq=n.freq,
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
        freq=n.freq,
    )


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    norm: _Norm
    source: str  # rule kind or "spacy"


_PART_VALUE = re.compile(r"\dT[A-Z]{2}$")  # "2026-03-05TNI": a day with a part of it


_MERGE_GAP = re.compile(r"(?i)\s*,?\s*(?:(?:on|at)\s+)?(?:the\s+)?")


def find_times(text: str, anchor: date | None, *, doc: Doc | None = None, ranges: bool = False) -> list[TimeExpr]:
    """All temporal expressions of ``text``, normalised against ``anchor`` (the publication date).

    Sorted by offset, non-overlapping, ``text[t.start:t.end] == t.text``. With
    ``doc`` (a spaCy Doc of exactly this text) its DATE/TIME entities add
    candidates, its tags reject false ones ("May" the modal verb, "2000" the
    number) and its parse gives the tense that resolves bare weekdays and months.

    ``ranges``: also return each range of two dates ("from 2009 to 2011", "between May and July")
    as one DURATION expression around both ends, as TimeML corpora such as MEANTIME mark them
    (value: the distance between the starts, ``P2Y``; interval: from the first end to the last).
    Those overlap their ends; the order is by start, the range before its first end.
    """
    anchor = _as_date(anchor)
    if doc is not None and not _same_text(doc, text):
        doc = None
    cands = _find(text, anchor, doc, None)
    out = [_to_expr(c.norm, text, c.start, c.end) for c in cands]
    if ranges:
        out += [_to_expr(n, text, s, e) for s, e, n in _ranges(text, cands)]
        out.sort(key=lambda t: (t.start, -t.end))
    return out


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
    cands = _drop_not_times(text, cands)
    _narrative_time(text, cands, anchor, doc, tense)
    cands = _merge_times(text, cands)
    _restated_dates(text, cands)
    _resolve_anaphora(cands, anchor, text, doc, tense)
    cands = _join_ranges(text, cands, anchor, doc, tense)
    return cands


_APPOSITION = re.compile(r"\s*,\s*")
_APPOSITION_AFTER = re.compile(r"(?i)\s*,\s*(?:on|in)\s+")  # "the ferry sailed three days later, on May 9"
_SHIFT_TAIL = re.compile(r"(?i)\s(?:later|earlier)$")


def _restated_dates(text: str, cands: list[_Cand]) -> None:
    """A shift in apposition to a date restates that date: in "it lands on May 9, three days later than
    planned", "..., a week later" or "a week later, on May 9" the shift names May 9 itself (TimeML: a DATE
    anchored on the time it counts from, which lands on the date told beside it), not a length of time."""
    for c, d in zip(cands, cands[1:], strict=False):
        for shift, told, gap in ((d, c, _APPOSITION), (c, d, _APPOSITION_AFTER)):
            n = told.norm
            if shift.norm.type != "DURATION" or not _SHIFT_TAIL.search(text, shift.start, shift.end):
                continue
            if n.type != "DATE" or n.interval is None or n.time_only or n.granularity in ("ref", "duration"):
                continue
            if n.anaphoric is None and gap.fullmatch(text, min(c.end, d.end), max(c.start, d.start)):
                shift.norm = _Norm(n.value, n.granularity, "DATE", mod=n.mod, interval=n.interval)


_RANGE_GAP = re.compile(r"\s*,?\s*(?i:to|until|till|through|and|[-–—])\s*")  # ", until": after an apposition
_RANGE_OPENER = {"to": "from", "until": "from", "till": "from", "through": "from", "and": "between"}


def _join_ranges(
    text: str, cands: list[_Cand], anchor: date | None = None, doc: Doc | None = None, tense: Tense | None = None
) -> list[_Cand]:
    """ "from 2009 to 2011", "between May and July 2024": both ends stay time expressions (TimeML),
    each with the calendar interval of its own value; the first end takes the year of the second
    when it names none ("May" of 2024). The range itself is made where the times meet the events
    (:mod:`claimline.events.timing`: "between", "from ... to", "since", "until" -> an interval).
    """
    for c, d, _ in _range_pairs(text, cands):
        if c.source in _UNDERSPECIFIED and c.norm.granularity == d.norm.granularity:
            if _HAS_YEAR.search(text, d.start, d.end):
                _take_year(c.norm, d.norm)
        first, last = c.norm.interval, d.norm.interval
        if first is not None and last is not None and last[1] < first[0] and d.source == "weekday":
            # "from Monday, 14 September, until Tuesday night": the first such weekday from the start on
            day = first[0] + timedelta(days=(last[0].weekday() - first[0].weekday()) % 7)
            d.norm = _Norm(day.isoformat() + d.norm.value[10:], d.norm.granularity, d.norm.type, d.norm.mod, (day, day))
            continue
        if (
            first is not None
            and last is not None
            and last[1] < first[0]
            and (d.source in _UNDERSPECIFIED or d.source == "edge")
            and not _HAS_YEAR.search(text, d.start, d.end)
        ):
            # "from 15 October until the end of November" told in the past tense: the end follows the start
            ahead = _back_a_year(d.norm, 1)
            if _start_goes_back(text, c, ahead, anchor, doc, tense):
                # "was closed from 15 March until the end of February": the range is past, its start a year back
                c.norm = _back_a_year(c.norm)
            elif ahead.interval is not None and ahead.interval[1] >= first[0]:
                d.norm = ahead
    return cands


def _start_goes_back(
    text: str, c: _Cand, ahead: _Norm, anchor: date | None, doc: Doc | None, tense: Tense | None
) -> bool:
    """A range whose end falls before its start, the start on or before the anchor and naming no year:
    its start moves a year back (not its end ahead) when the sentence is past, or has no tense and the end
    moved ahead would pass the anchor (review 5 C7); "will be closed from ..." keeps the end ahead."""
    if anchor is None or c.norm.interval is None or c.norm.interval[0] > anchor:
        return False
    if c.source not in _UNDERSPECIFIED or _HAS_YEAR.search(text, c.start, c.end):
        return False
    said = _Ctx(text, c.start, c.end, anchor, tense, False, doc).tense()
    return said == "past" or (said is None and ahead.interval is not None and ahead.interval[1] > anchor)


def _range_pairs(text: str, cands: list[_Cand]) -> list[tuple[_Cand, _Cand, int]]:
    """The two ends of each range ("from X to Y", "between X and Y") and where its opener starts."""
    out = []
    for c, d in zip(cands, cands[1:], strict=False):
        gap = _RANGE_GAP.fullmatch(text, c.end, d.start)
        if gap is None or not (_is_range_end(c.norm) and _is_range_end(d.norm)):
            continue
        opener = _RANGE_OPENER.get(gap.group().strip().lstrip(",").strip().lower())
        if opener is None or _word_before(text, c.start) != opener:
            continue
        start = len(text[: c.start].rstrip(" \t\n\u00a0-—–")) - len(opener)
        out.append((c, d, start))
    return out


def _ranges(text: str, cands: list[_Cand]) -> list[tuple[int, int, _Norm]]:
    """Each range as one DURATION from its opener to its last end (:func:`find_times` ``ranges``)."""
    out = []
    for c, d, start in _range_pairs(text, cands):
        first, last = c.norm.interval, d.norm.interval
        if first is None or last is None or last[0] < first[0]:
            continue
        gran = max(c.norm.granularity, d.norm.granularity, key=lambda g: _GRAN_RANK.get(g, 5))
        out.append((start, d.end, _range_norm(first, last, gran)))
    return out


def _take_year(first: _Norm, last: _Norm) -> None:
    """The first end of a range in the year of the second, when it names none."""
    value = last.value[:4] + first.value[4:]
    interval = interval_of(value)
    if interval is not None and last.interval is not None and interval[0] <= last.interval[0]:
        first.value, first.interval = value, interval


def _is_range_end(n: _Norm) -> bool:
    return (
        n.type in ("DATE", "TIME")
        and n.interval is not None
        and not n.time_only
        and n.granularity not in ("ref", "duration")
    )


#: rules whose match names no year: resolved against a reference time ("in March", "on 5 May", "last spring")
_UNDERSPECIFIED = frozenset({"dm", "md", "month", "season", "holiday", "quarter", "half"})
_HAS_YEAR = re.compile(r"\d{4}|['’]\d\d|\b(?i:this|last|next|past|coming|previous)\b")
#: how far (days) before the anchor the story's own time must lie to govern underspecified dates
_NARRATIVE_GAP = 180


def _narrative_time(text: str, cands: list[_Cand], anchor: date | None, doc: Doc | None, tense: Tense | None) -> None:
    """Move the reference time through the story: the last explicit date in the paragraph.

    An underspecified date ("in March") in a past-tense clause, after an explicit date of an
    earlier year in the same paragraph ("GM lost $8bn in 2005. In March it cut jobs"), is resolved
    in that year rather than against the publication date; in a present or future clause the
    publication date keeps governing ("it will report in March").
    """
    if anchor is None or len(cands) < 2:
        return
    present = [c.start for c in cands if c.source not in _UNDERSPECIFIED and _tells_the_present(text, c, anchor)]
    ref: tuple[int, int] | None = None  # (year, end offset) of the last explicit date
    for c in cands:
        n = c.norm
        if _word_before(text, c.start) == "since":
            continue  # "since 2004": an interval running up to now, not the time the story moves to
        if c.start in present:
            ref = None  # "recently", "today", "this month": the story is back at the time of writing
            continue
        named_year = _HAS_YEAR.search(text, c.start, c.end) is not None
        if c.source in _UNDERSPECIFIED and ref is not None and n.interval is not None and not named_year:
            year, end = ref
            if _present_in_sentence(text, c, present):
                continue  # "the club posted its May attendance today": told from the time of writing
            if year < anchor.year and n.interval[0].year != year and "\n\n" not in text[end : c.start]:
                ctx = _Ctx(text, c.start, c.end, anchor, tense, False, doc)
                if ctx.tense() == "past" and (m := _single(c.source).match(text, c.start)) is not None:
                    handler, names = _TABLE[c.source]
                    story = _Ctx(text, c.start, m.end(), date(year, 12, 31), "past", False, doc)
                    moved = handler({short: m.group(full) for short, full in names}, story)
                    if moved is not None and moved.interval is not None and moved.interval[0].year == year:
                        c.norm = moved
            continue
        if n.interval is not None and n.anaphoric is None and n.type in ("DATE", "TIME") and c.source != "spacy":
            if named_year and n.granularity in ("day", "month", "year", "time", "quarter"):
                if n.interval[0].year == n.interval[1].year:
                    ref = (n.interval[0].year, c.end)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n")


def _tells_the_present(text: str, c: _Cand, anchor: date) -> bool:
    """An expression placing the story at the time of writing: PRESENT_REF, "recently", or one whose
    interval holds the publication date ("today", "this week", "this month")."""
    n = c.norm
    if n.value == "PRESENT_REF" or " ".join(text[c.start : c.end].lower().split()) in _RECENT_WORDS:
        return True
    if n.type in ("DATE", "TIME") and n.interval is not None and n.anaphoric is None and n.granularity != "year":
        return n.interval[0] <= anchor <= n.interval[1]
    return False


def _present_in_sentence(text: str, c: _Cand, present: list[int]) -> bool:
    """Another expression of the same sentence places it at the time of writing."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, c.start - 300), c.start)), default=0)
    end_m = _SENTENCE_END.search(text, c.end)
    end = end_m.start() if end_m else len(text)
    return any(start <= p < end and p != c.start for p in present)


#: vague words that look temporal but are not times ("the former minister", "as soon as"): en.toml [not_times]
_NOT_TIME_REACH = max(len(p) for p in _NOT_TIMES)
_NOT_TIMES_LOWER = [p.lower() for p in _NOT_TIMES]
_NOT_TIME = re.compile(rf"(?<![\w-])(?<![\w]['’])(?i:{_alts(_NOT_TIMES)})(?![\w-]|['’]\w)")


def _drop_not_times(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Drop candidates lying inside a phrase of the vocabulary's ``not_times`` (checked around each one)."""
    out = []
    for c in cands:
        low = text[c.start : c.end].lower()
        if not any(low in p for p in _NOT_TIMES_LOWER):  # cheap: only a part of a phrase can lie inside it
            out.append(c)
            continue
        lo = max(0, c.start - _NOT_TIME_REACH)
        inside = any(
            lo + m.start() <= c.start and c.end <= lo + m.end()
            for m in _NOT_TIME.finditer(text[lo : c.end + _NOT_TIME_REACH])
        )
        if not inside:
            out.append(c)
    return out


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
    _paren_times(text, cands)
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if i + 1 < len(cands):
            d = cands[i + 1]
            gap = text[c.end : d.start]
            if len(gap) <= 8 and _MERGE_GAP.fullmatch(gap) and (night := _overnight_on(text, c, d)) is not None:
                # "overnight on Sunday", "Sunday overnight": that day's night, not the night before publication
                out.append(_Cand(c.start, d.end, night, "merged"))
                i += 2
                continue
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


def _overnight_on(text: str, c: _Cand, d: _Cand) -> _Norm | None:
    """The night of a day named beside "overnight" ("overnight on Sunday", "Sunday overnight")."""
    for night, day in ((c, d), (d, c)):
        if night.source != "relday" or text[night.start : night.end].lower() != "overnight":
            continue
        n = day.norm
        if n.type == "DATE" and n.granularity == "day" and n.interval is not None and n.interval[0] == n.interval[1]:
            return _Norm(f"{n.interval[0].isoformat()}TNI", "time", "TIME", interval=n.interval)
    return None


_PAREN_OPEN = re.compile(r"\s*\(\s*")
_PAREN_CLOSE = re.compile(r"\s*\)")


def _paren_times(text: str, cands: list[_Cand]) -> None:
    """ "10 a.m. (0800 GMT) on Saturday": a clock time, the same time in another zone in brackets, then
    the day: both clock times are on that day (each stays its own expression; the day too)."""
    for c, p, d in zip(cands, cands[1:], cands[2:], strict=False):
        if not (c.norm.time_only and p.norm.time_only) or d.norm.interval is None or d.norm.time_only:
            continue
        if d.norm.type != "DATE" or d.norm.granularity != "day":
            continue
        if _PAREN_OPEN.fullmatch(text, c.end, p.start) is None:
            continue
        close = _PAREN_CLOSE.match(text, p.end)
        if close is None or close.end() > d.start:
            continue
        gap = text[close.end() : d.start]
        if len(gap) > 8 or not _MERGE_GAP.fullmatch(gap):
            continue
        day = d.norm.interval[0]
        for t in (c, p):
            tpart = t.norm.value[t.norm.value.index("T") :]
            t.norm = _Norm(f"{day.isoformat()}{tpart}", "time", "TIME", interval=(day, day))


_GRAN_RANK = {"time": 0, "day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 4, "year": 5}


_ANAPHOR_RANK = {"M": 2, "Q": 3, "Y": 5}
_SHIFT_RANK = {"D": 0, "W": 1, "M": 2, "Q": 3, "Y": 5}
_GRAN_CODE = {"week": "W", "month": "M", "quarter": "Q", "year": "Y"}


def _shift_from(ref: _Norm, code: str, k: int) -> _Norm | None:
    """``k`` units (``code``) from the time told last ("two days later", "a year earlier"). From a coarser
    time the result keeps that time's granularity ("in February ... four days later" = February): the
    count starts at its first day going forward, at its last going back."""
    if ref.interval is None:
        return None
    rank = _GRAN_RANK.get(ref.granularity)
    if rank is None:
        return None
    if rank <= _SHIFT_RANK[code]:
        return _shift_unit(ref.interval[0], code, k)
    coarse = _GRAN_CODE.get(ref.granularity)
    moved = _shift_unit(ref.interval[0] if k > 0 else ref.interval[1], code, k)
    if coarse is None or moved is None or moved.interval is None:
        return None
    day = moved.interval[0] if k > 0 else moved.interval[1]
    return _shift_unit(day, coarse, 0)


def _story_day(text: str, c: _Cand, day: date, anchor: date | None, doc: Doc | None, tense: Tense | None) -> bool:
    """A lone clock time in a later paragraph than the last day named is on that day when the day is before the
    publication date and the clause is in the past (the story's day, not the day of writing); not midnight, which
    closes one day and opens the next."""
    if anchor is None or not day < anchor or "midnight" in text[c.start : c.end].lower():
        return False
    return _Ctx(text, c.start, c.end, anchor, tense, False, doc).tense() == "past"


_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{2,40}\))?\s*[—–-]\s")


def _dateline(text: str, c: _Cand) -> bool:
    """A date in a dateline ("OSLO, 13 October (NNW) – ..."): the day of writing, not a day the story tells."""
    line = text[text.rfind("\n", 0, c.start) + 1 : c.start]
    place = line.split(",", 1)[0]
    return "," in line and place.isupper() and _DATELINE_AFTER.match(text, c.end) is not None


_BYLINE = re.compile(r"^\W*(?:By|Published|Updated|Posted)\b|\|")


def _byline(text: str, c: _Cand) -> bool:
    """A date and time on a byline or masthead line ("By Anna Berg | 11 November 2026 | 16:50", "Updated 09:12"):
    when it was written, not a clock time of the story."""
    start = text.rfind("\n", 0, c.start) + 1
    end = text.find("\n", c.end)
    return _BYLINE.search(text[start : len(text) if end < 0 else end]) is not None


#: how far before publication the first day a text names may be to be its story's day (a report of the days before)
_STORY_DAYS = 7


def _clock_day(
    text: str,
    c: _Cand,
    last_day: date,
    last_day_end: int,
    lead_day: date | None,
    anchor: date | None,
    doc: Doc | None,
    tense: Tense | None,
    clock_day: date | None = None,
) -> date | None:
    """The day of a lone clock time: the day just named in its paragraph; in a later paragraph, the day of the last
    clock time told with its day when no later day was named since (``clock_day``: "began at 22:14 on Tuesday" ...
    "a swarm that began on Sunday" ... "ordered the evacuation at 22:30" is Tuesday's 22:30, the story's clock);
    else, told in the past, the story's day (the first day the text names, not a dateline's) when it is in the week
    before publication, else the last day named before publication (``_story_day``); None: the publication day."""
    if "\n\n" not in text[last_day_end : c.start]:
        return last_day
    if clock_day is not None and last_day <= clock_day:
        return clock_day
    if (
        lead_day is not None
        and anchor is not None
        and (anchor - lead_day).days <= _STORY_DAYS
        and _story_day(text, c, lead_day, anchor, doc, tense)
    ):
        # a report of the day after: "Polls closed on Sunday ... \n\n ... said on Monday ...\n\nThe count ended at
        # 23:00" is Sunday's 23:00, not the day of the saying nor of publication
        return lead_day
    return last_day if _story_day(text, c, last_day, anchor, doc, tense) else None


_FOLLOWING = re.compile(r"(?i)(?:the\s+)?following\s")


def _resolve_anaphora(
    cands: list[_Cand], anchor: date | None, text: str = "", doc: Doc | None = None, tense: Tense | None = None
) -> None:
    """Resolve "the next day", "that year"... and lone clock times against earlier dates."""
    last_day: date | None = None
    last_day_end = -(1 << 30)
    lead_day: date | None = None  # the first day the text names: the story's day
    clock_day: date | None = None  # the day of the last clock time told with its day, or dated by one
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
            elif n.shift:
                moved = _shift_from(last_norm, code, n.offset) if last_norm is not None else None
                if moved is not None:
                    n = _with_mod(moved, n.mod)
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
        elif (
            c.source == "weekday"
            and last_day is not None
            and n.interval is not None
            and _FOLLOWING.match(text, c.start)
        ):
            # "the following Monday" counts from the day just told ("met on Thursday 3 March and again the following
            # Monday": the 7th), not from the publication date
            day = last_day + timedelta(days=(n.interval[0].weekday() - last_day.weekday()) % 7 or 7)
            c.norm = n = _Norm(day.isoformat() + n.value[10:], n.granularity, n.type, n.mod, (day, day))
        elif (
            c.source == "weekday"
            and last_day is not None
            and anchor is not None
            and n.interval is not None
            and last_day < n.interval[0] <= anchor
            and _word_before(text, c.start) == "the"
        ):
            # "on the Tuesday" in a story told afterwards: the Tuesday of the days it tells (the first from the
            # day just mentioned on), not the last one before publication
            day = last_day + timedelta(days=(n.interval[0].weekday() - last_day.weekday()) % 7)
            c.norm = n = _Norm(day.isoformat() + n.value[10:], n.granularity, n.type, n.mod, (day, day))
        elif (
            n.time_only
            and last_day is not None
            and n.interval is not None
            and (day := _clock_day(text, c, last_day, last_day_end, lead_day, anchor, doc, tense, clock_day))
            is not None
        ):
            # a clock time takes the day just mentioned ("On Monday ... at 18:00 UTC"), in its paragraph or, told
            # in the past, after a day before publication ("Tuesday's explosion ...\n\nThe blast, at 06:40, ...")
            tpart = n.value[n.value.index("T") :]
            c.norm = _Norm(f"{day.isoformat()}{tpart}", "time", "TIME", interval=(day, day), time_only=True)
            n = c.norm
            clock_day = day
        if n.interval is not None and n.type in ("DATE", "TIME") and not n.time_only:
            if n.granularity in ("day", "time"):
                last_day, last_day_end = n.interval[0], c.end
                if n.granularity == "time" and n.value[11:12].isdigit() and not _byline(text, c):
                    clock_day = last_day  # a clock time told with its day ("at 22:14 on Tuesday")
                if lead_day is None and not _dateline(text, c):
                    lead_day = last_day
            rank = _GRAN_RANK.get(n.granularity)
            if rank is not None:
                last_norm = n
                last_by_rank[rank] = _Norm(n.value, n.granularity, interval=n.interval, offset=c.start)
