"""What an event covers: the ``scope`` facet of conflicts on events, as all or only.

Outlets disagree about how far an act reaches: "the order covers only the gondola" / "the regulator shut all
three lifts", "only the website was affected" / "the wrong numbers appeared not only on the website but also in
the app", "the entire plant was evacuated" / "only the workers in the turbine hall were evacuated". However each
outlet words the set of things the act covers, the words of news that tell it as a restriction or as the whole
are few: :func:`extent` reads them in the clause of a report's claim that holds its event's word, ``only`` for
an exclusive restriction ("only", "solely", "limited to"; "not the whole X"), ``all`` for the whole or more than
one thing ("all", "the entire", "both", "not only X but also Y"), None when the clause tells neither or both.
Two articles telling one event (one family) as ``only`` and as ``all`` disagree on what it covers; two telling it
``all`` in other words ("the whole fleet" / "all nine aircraft") agree, and a report telling the set without
either word ("three districts of the town") answers nothing.

The words are ``[extent]`` of ``models/comparison.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from ..schemas import Claim, EventFrame
from ..timex.vocab import vocabulary as timex_vocabulary
from .vocab import comparison

__all__ = ["ALL", "ONLY", "SCOPE", "extent"]

#: the facet of the question
SCOPE = "scope"
ONLY = "only"
ALL = "all"

_WORD = re.compile(r"[\w-]+")
#: what ends the clause a report's event word is told in (a comma, a dash, a colon, a semicolon, brackets)
_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


@cache
def _times() -> frozenset[str]:
    """The names of days and months (``models/timex``): "only on Saturday" restricts when, not what."""
    v = timex_vocabulary()
    return frozenset(w.casefold() for w in (*v.weekdays, *v.months))


@cache
def _openers() -> frozenset[str]:
    """Words opening a clause of its own (``clause_openers`` of ``models/comparison.toml`` and ``subordinators``
    of ``[extent]``): "closed until all 14 towers are inspected" tells what the inspection covers."""
    return comparison().clause_openers | comparison().extent.subordinators


def _clause(f: EventFrame, claim: Claim) -> tuple[list[str], range] | None:
    """The lower-case words of the claim and the range of those of its clause that holds the frame's event word,
    or None when the word is not in the claim's text (it is in the cue)."""
    text = claim.text or ""
    at = f.trigger.start - claim.start
    if not text or not 0 <= at < len(text):
        return None
    start, end = 0, len(text)
    for m in _CLAUSE_END.finditer(text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at + len(f.trigger.text):
            end = m.start()
            break
    words: list[str] = []
    first = last = trigger = -1
    for m in _WORD.finditer(text.casefold().replace("\u2019", "'")):
        if m.start() >= start and first < 0:
            first = len(words)
        if m.start() < end:
            last = len(words)
        if trigger < 0 and m.end() > at:
            trigger = len(words)
        words.append(m.group())
    if first < 0 or trigger < first:
        return None
    # a clause opener between the event word and a word of the clause begins another clause
    openers = _openers()
    lo = next((k + 1 for k in range(trigger - 1, first - 1, -1) if words[k] in openers), first)
    hi = next((k - 1 for k in range(trigger + 1, last + 1) if words[k] in openers), last)
    return words, range(lo, hi + 1)


def _at(words: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(words[i : i + len(phrase)]) == phrase


def _followed(words: list[str], i: int, phrases: frozenset[str]) -> bool:
    """Some phrase of ``phrases`` starts at word ``i``."""
    return any(_at(words, i, tuple(p.split())) for p in phrases)


_Phrases = dict[str, tuple[tuple[str, ...], ...]]
_BY_FIRST: dict[int, tuple[object, tuple[_Phrases, _Phrases, tuple[tuple[tuple[str, ...], ...], ...]]]] = {}


def _by_first(vocab: object) -> tuple[_Phrases, _Phrases, tuple[tuple[tuple[str, ...], ...], ...]]:
    """``restrictive`` and ``whole`` of ``[extent]`` as tuples of words, by their first word (only a phrase
    opening with a word can start at it), and the empty phrases of each (which start anywhere); kept per
    vocabulary."""
    found = _BY_FIRST.get(id(vocab))
    if found is None or found[0] is not vocab:
        indexes: list[_Phrases] = []
        empties: list[tuple[tuple[str, ...], ...]] = []
        for phrases in (vocab.restrictive, vocab.whole):  # type: ignore[attr-defined]
            by: dict[str, list[tuple[str, ...]]] = {}
            for phrase in phrases:
                p = tuple(phrase.split())
                by.setdefault(p[0] if p else "", []).append(p)
            empties.append(tuple(by.pop("", ())))
            indexes.append({w: tuple(ps) for w, ps in by.items()})
        found = _BY_FIRST[id(vocab)] = (vocab, (indexes[0], indexes[1], tuple(empties)))
    return found[1]


def extent(f: EventFrame, claim: Claim | None) -> str | None:
    """``only``, ``all`` or None: how the report's claim tells what its event covers (module docs)."""
    if claim is None:
        return None
    found = _clause(f, claim)
    if found is None:
        return None
    words, clause = found
    vocab = comparison().extent
    negators = vocab.negators
    only = whole = False
    restrictive, wholes, empty = _by_first(vocab)
    for i in clause:
        before = words[i - 1] if i else ""
        for p in restrictive.get(words[i], ()) + empty[0]:
            if not _at(words, i, p):
                continue
            k = i + len(p)
            after = words[k] if k < len(words) else ""
            if before in negators:
                whole = True  # "not only the website but also the app"
            elif (
                before not in vocab.not_restrictive_after
                and not _followed(words, k, vocab.not_restrictive_before)
                and after not in _times()
                and not (after in vocab.determiners and k + 1 < len(words) and words[k + 1] in _times())
            ):
                only = True  # (not "the only", "only after", "only if", "only on Saturday")
        for p in wholes.get(words[i], ()) + empty[1]:
            if not _at(words, i, p):
                continue
            k = i - 1
            while k >= max(0, i - 3) and words[k] in vocab.determiners:
                k -= 1
            if k >= 0 and words[k] in negators:
                continue  # "not all", "not to the whole civil service": no whole (the restriction says the rest)
            if before not in vocab.not_whole_after and not _followed(words, i + len(p), vocab.not_whole_before):
                whole = True  # (not "all but", "every day", "all the way")
    if only == whole:
        return None
    return ONLY if only else ALL
