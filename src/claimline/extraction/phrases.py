"""A small, fast phrase index over spaCy tokens, built from lexicon entries.

A lexicon phrase such as ``"air-gapped"`` or ``"plan/NOUN"`` is split into
words the way spaCy splits them (hyphens are their own tokens); each word
matches a token whose lower-case text *or* lemma equals it. A trailing
``/POS`` on a one-word phrase restricts the part of speech. Matching is
longest-first and non-overlapping.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Token

T = TypeVar("T")
_WORDS = re.compile(r"[\w']+|[^\w\s]")


def split_phrase(phrase: str) -> tuple[tuple[str, ...], str | None]:
    pos = None
    if "/" in phrase and phrase.rsplit("/", 1)[1].isupper():
        phrase, pos = phrase.rsplit("/", 1)
    return tuple(_WORDS.findall(phrase.lower())), pos


@dataclass(frozen=True)
class Match(Generic[T]):
    start: int  # token index in the doc
    end: int  # exclusive
    value: T
    phrase: str


class PhraseIndex(Generic[T]):
    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._first: dict[str, list[tuple[tuple[str, ...], str | None, T, str]]] = {}
        for phrase, value in entries:
            words, pos = split_phrase(phrase)
            if not words:
                continue
            self._first.setdefault(words[0], []).append((words, pos, value, phrase))
        for options in self._first.values():
            options.sort(key=lambda o: -len(o[0]))
        self._first_words = frozenset(self._first)

    def __bool__(self) -> bool:
        return bool(self._first)

    def first_words(self) -> frozenset[str]:
        """The words a phrase may start with: a token whose word and lemma are neither starts no match."""
        return self._first_words

    @staticmethod
    def _eq(tok: Token, word: str) -> bool:
        return tok.lower_ == word or tok.lemma_.lower() == word

    def match_at(self, tokens: Sequence[Token], i: int) -> Match[T] | None:
        tok = tokens[i]
        options = self._first.get(tok.lower_)
        lemma = tok.lemma_.lower()
        if lemma != tok.lower_:
            extra = self._first.get(lemma)
            if extra:
                options = sorted((options or []) + extra, key=lambda o: -len(o[0]))
        if not options:
            return None
        n = len(tokens)
        for words, pos, value, phrase in options:
            k = len(words)
            if i + k > n:
                continue
            if pos and tok.pos_ != pos:
                continue
            if all(self._eq(tokens[i + j], words[j]) for j in range(1, k)):
                return Match(tokens[i].i, tokens[i + k - 1].i + 1, value, phrase)
        return None

    def find(self, tokens: Sequence[Token]) -> list[Match[T]]:
        out: list[Match[T]] = []
        i = 0
        n = len(tokens)
        first = self._first
        while i < n:
            tok = tokens[i]
            # most tokens start no phrase: neither their word nor their lemma is a first word
            if tok.lower_ not in first and tok.lemma_.lower() not in first:
                i += 1
                continue
            m = self.match_at(tokens, i)
            if m is None:
                i += 1
                continue
            out.append(m)
            i += m.end - m.start
        return out

    def contains(self, tokens: Sequence[Token]) -> bool:
        first = self._first
        return any(
            (t.lower_ in first or t.lemma_.lower() in first) and self.match_at(tokens, i) is not None
            for i, t in enumerate(tokens)
        )
