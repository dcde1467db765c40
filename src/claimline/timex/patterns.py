"""Regex building blocks made from the vocabulary (months, years, numbers, units, modifiers)."""

from __future__ import annotations

import re
from typing import Any

from .vocab import (
    _DATE_CUES,
    _DECADE_WORDS,
    _MOD_WORDS,
    _MONTH_ABBRS,
    _MONTHS,
    _SMALL,
    _TENS,
    _TZ_OTHER,
    _TZ_PLACE_WORDS,
    _TZ_UTC,
    _UNIT_FORMS,
    _VAGUE_NUM,
    _WEEKDAY_ABBRS,
    _WEEKDAYS,
)


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


# left word boundary: not inside a word or a hyphenation, but after "27-" (a range's second end)
_B = r"(?<![\w'’])(?<![^\d\s]-)(?<!^-)"


_E = r"(?![\w'’]|-\w)"  # right word boundary


_MONTH = rf"(?:{_alts(_MONTHS, caps=True)})"


_MONTH_ABBR = rf"(?:{_alts(_MONTH_ABBRS, caps=True)})\.?"


_MONTH_ANY = rf"(?:{_MONTH}|{_MONTH_ABBR})(?![a-z])"


_WEEKDAY = rf"(?:{_alts(_WEEKDAYS, caps=True)})"


_WEEKDAY_ABBR = rf"(?:{_alts(_WEEKDAY_ABBRS, caps=True)})\.?"


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


_UNIT_S = _alts(_UNIT_FORMS)


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


_TZ = (
    rf"(?:\s*(?:{_alts(_TZ_UTC + _TZ_OTHER)})(?:\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)?(?![A-Za-z])"
    rf"|\s*\((?:{_alts(_TZ_UTC)})\s*[+-]\s*\d{{1,2}}(?::?\d\d)?\)"
    # "local time", "New York time", "Paris time": a place (one to three capitalised words) made a zone
    rf"|\s+(?:local|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})\s+(?i:{_alts(_TZ_PLACE_WORDS)})(?![\w-]))"
)


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
_CUE_WORDS = _DATE_CUES
