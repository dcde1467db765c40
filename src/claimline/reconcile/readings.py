"""Readings the conflicts on claims and on events share (one vocabulary, review 7 R1): a time of day
without its day, the side of an ``[[exclusive]]`` table a word is on, a verb's written forms."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from ..events.lexicon import lexicon
from ..schemas import ClaimTime, EventTime

#: the grammar of a clock time ("at about 7.40 a.m.", "shortly after 14:00 local time"); its words (zones,
#: "noon", "midnight", parts of the day, "about") come from the normaliser's vocabulary (:func:`_clock_words`)
_CLOCK_GRAMMAR = (
    r"\d{1,2}(?:[.:]\d{2})?|a\.m\.?|p\.m\.?|[ap]m|o'clock|local|time|hours?|hrs|h|"
    r"at|in|the|shortly|just|before|after|by|until|from|[-,.]"
)


@cache
def _clock_words() -> re.Pattern[str]:
    """The words of a time of day without its day: the grammar above and ``models/timex/en.toml``'s
    clock words, parts of the day, time zones and modifiers (review 6, C9: one vocabulary)."""
    from ..timex.vocab import vocabulary

    v = vocabulary()
    words = {*v.clock_words, *v.parts_of_day, *v.time_zones.utc, *v.time_zones.other, *v.modifiers}
    alternatives = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b|{_CLOCK_GRAMMAR}")


def clock_only(t: EventTime | ClaimTime) -> bool:
    """A time of day the text gives without its day ("at about 7.40 a.m.", "shortly after 14:00 GMT",
    "at midday"): its day is the one the normaliser assumed (the publication date), which the text does
    not say, so it answers no date question ("hit a rock at about 7.40 a.m." in a story published the
    next day)."""
    return t.granularity == "time" and not _clock_words().sub(" ", t.text.lower()).strip()


def side_of(lemma: str, table: Mapping[str, list[str]]) -> str | None:
    """The side of an ``[[exclusive]]`` table whose words hold ``lemma`` (one of them or its derivation)."""
    from ..events.identity import kin  # (heavier: only when a table is read)

    word = lexicon().word(lemma)
    return next((side for side, words in table.items() if any(kin(word, w) for w in words)), None)


def form_of(word: str, verb: str) -> bool:
    """``word`` is a form of ``verb`` ("ruled", "barred", "bans" of "rule", "bar", "ban"; not "bank")."""
    if not word.startswith(verb):
        return False
    rest = word[len(verb) :]
    return rest in ("", "s", "es", "d", "ed", "ing") or (rest[:1] == verb[-1:] and rest[1:] in ("ed", "ing"))
