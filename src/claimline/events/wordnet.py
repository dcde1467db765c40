"""Event words WordNet relates (``models/wordnet/event_words.json``, made by ``scripts/wordnet_vocab.py`` from
WordNet 3.0; the runtime never reads WordNet itself).

* :func:`related` — two event words that can name one event: they share a frequent WordNet verb sense, one's sense
  is the direct hypernym of the other's, or a noun is derived from such a sense ("cancel" / "call off", "land" /
  "touch down" / "landing", "escape" / "flee" / "breakout", "fire" / "lay off" / "dismissal").
* :func:`wordnet_class` — the class of ``models/events.toml`` a word the lexicon does not list takes: the one class
  whose listed words WordNet relates it to (none when it relates to two classes, or to speech).
* :func:`synonym_class` — the class an unlisted verb takes when one of its dominant senses is a dominant sense of
  listed words of one class, each of few senses ("put off" / "postpone", "shelve": delay; "nab" / "arrest").
* :func:`people_nouns` — frequent nouns naming a kind of person ("inmate", "prisoner", "nurse", "medic").

A bad or missing file is one ``ClaimlineError`` naming it. No spaCy here.
"""

from __future__ import annotations

import json
from functools import cache

from pydantic import Field, ValidationError, field_validator

from ..errors import ClaimlineError
from ..strict import Strict as _Strict
from .lexicon import SPEECH, EventLexicon, lexicon

FILE = "wordnet/event_words.json"


class WordEntry(_Strict):
    verb_keys: list[int] = Field(default_factory=list, description="as a verb, the WordNet verb synsets it may name")
    noun_keys: list[int] = Field(default_factory=list, description="as a noun, the verb synsets it may name")
    verb: list[int] = Field(default_factory=list, description="as a verb, its dominant senses (a class's source)")
    verb_up: list[int] = Field(default_factory=list, description="the direct narrow hypernyms of those")
    noun: list[int] = Field(default_factory=list, description="as a noun, the verb senses its dominant sense is of")
    noun_up: list[int] = Field(default_factory=list, description="the direct narrow hypernyms of those")
    verb_polysemous: bool = Field(default=False, description="as a verb, more senses than a class may come from")
    noun_polysemous: bool = Field(default=False, description="as a noun, more senses than a class may come from")


class WordnetFile(_Strict):
    source: str = Field(description="What the file was made from")
    licence: str = Field(description="The WordNet 3.0 notice")
    command: str = Field(description="The command that made the file")
    settings: dict[str, float] = Field(default_factory=dict, description="The generator's thresholds")
    words: dict[str, WordEntry] = Field(description="event word -> its WordNet senses")
    people: list[str] = Field(description="frequent nouns naming a kind of person")

    @field_validator("words")
    @classmethod
    def _words(cls, v: dict[str, WordEntry]) -> dict[str, WordEntry]:
        for w in v:
            if not w or w != w.lower() or w.strip() != w or "  " in w:
                raise ValueError(f"{w!r}: a lower-case word")
        return v

    @field_validator("people")
    @classmethod
    def _people(cls, v: list[str]) -> list[str]:
        if len(set(v)) != len(v) or any(not w.isalpha() or w != w.lower() for w in v):
            raise ValueError("people: lower-case words, each once")
        return v


class Wordnet:
    def __init__(self, raw: WordnetFile) -> None:
        #: (pos, word) -> the WordNet verb synsets it may name (:meth:`related`)
        self.keys: dict[tuple[str, str], frozenset[int]] = {}
        #: (pos, word) -> its dominant senses, and those with their direct hypernyms (:func:`wordnet_class`)
        self.own: dict[tuple[str, str], frozenset[int]] = {}
        self.reach: dict[tuple[str, str], frozenset[int]] = {}
        for w, e in raw.words.items():
            for pos, keys, mine, up, many in (
                ("verb", e.verb_keys, e.verb, e.verb_up, e.verb_polysemous),
                ("noun", e.noun_keys, e.noun, e.noun_up, e.noun_polysemous),
            ):
                if keys:
                    self.keys[(pos, w)] = frozenset(keys)
                if mine:
                    self.own[(pos, w)] = frozenset(mine)  # (a listed word's senses, however many it has)
                    if not many:  # ("ask", "show", "case": a common word of many senses takes no class)
                        self.reach[(pos, w)] = frozenset(mine + up)
        self.people: frozenset[str] = frozenset(raw.people)
        #: (pos, word) of few senses (at most the generator's ``max_senses``): a listed word a class may pass on
        self.few: frozenset[tuple[str, str]] = frozenset(self.reach)

    def related(self, a: str, b: str, pos_a: str = "verb", pos_b: str = "verb") -> bool:
        if a == b:
            return True
        x, y = self.keys.get((pos_a, a)), self.keys.get((pos_b, b))
        return x is not None and y is not None and not x.isdisjoint(y)


def _fail(msg: str) -> ClaimlineError:
    return ClaimlineError(f"invalid {FILE}: {msg}")


def build(data: object) -> Wordnet:
    try:
        return Wordnet(WordnetFile.model_validate(data))
    except ValidationError as e:
        err = e.errors()[0]
        raise _fail(f"{'.'.join(str(x) for x in err['loc'])}: {err['msg']}") from None


@cache
def wordnet() -> Wordnet:
    """The shipped file, validated, cached."""
    from ..lexicon_files import models_dir

    path = models_dir() / FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise _fail(str(e)) from None
    return build(data)


def related(a: str, b: str, pos_a: str = "verb", pos_b: str = "verb") -> bool:
    """Two event words (lemmas; "call off" with its particle; ``pos_*`` "verb" or "noun") WordNet relates: they
    can name one event."""
    return wordnet().related(a, b, pos_a, pos_b)


_SYNONYMS: dict[int, tuple[EventLexicon, dict[int, frozenset[str]]]] = {}


def _sense_classes(lex: EventLexicon, few_only: bool) -> dict[int, frozenset[str]]:
    """WordNet sense -> the classes of the listed words whose dominant sense it is (``few_only``: of the listed
    words of few senses only — "stop", "seal", "strike", of many senses, pass on none)."""
    wn = wordnet()
    out: dict[int, set[str]] = {}
    for pos, table in (("verb", lex.verbs), ("noun", lex.nouns)):
        for w, cls in table.items():
            if w in lex.wordnet_blind:
                continue  # ("slaughter": a massacre is no cull; ``wordnet_blind`` of models/events.toml)
            if few_only and (pos, w) not in wn.few:
                continue
            for k in wn.own.get((pos, w), ()):
                out.setdefault(k, set()).add(cls)
    return {k: frozenset(v) for k, v in out.items()}


def _synonym_classes(lex: EventLexicon) -> dict[int, frozenset[str]]:
    """WordNet sense -> the classes of the listed words of few senses whose dominant sense it is."""
    found = _SYNONYMS.get(id(lex))
    if found is not None and found[0] is lex:
        return found[1]
    frozen = _sense_classes(lex, few_only=True)
    _SYNONYMS[id(lex)] = (lex, frozen)
    return frozen


def _one_class(classes: set[str], lex: EventLexicon) -> str | None:
    """The class WordNet ties a word to: the only one, unless it is speech or commentary (a speech verb names no
    event of its own)."""
    if len(classes) != 1:
        return None
    (cls,) = classes
    if lex.root(cls) == SPEECH or lex.is_commentary(cls):
        return None
    return cls


def synonym_class(lemma: str, lex: EventLexicon | None = None) -> str | None:
    """The class of a verb ``models/events.toml`` does not list ("put off", "shelve", "nab"): the one class of the
    listed words of few senses that share one of its dominant WordNet senses (a synonym, not a hypernym: "put
    off" / "postpone" are one sense, delay). None for a listed word, a bare verb of many senses, a word that
    shares none or shares senses with two classes, or one whose class is speech or commentary (a speech verb
    names no event of its own)."""
    lex = lex or lexicon()
    _, listed = _key_classes(lex)
    if lemma in listed:
        return None
    wn = wordnet()
    if " " not in lemma and ("verb", lemma) not in wn.few:
        return None  # a bare verb of many senses ("ask", "call") is too vague; with its particle it names its act
    by_key = _synonym_classes(lex)
    classes: set[str] = set()
    for k in wn.own.get(("verb", lemma), ()):
        classes |= by_key.get(k, frozenset())
    return _one_class(classes, lex)


def verb_phrase(phrase: str) -> bool:
    """Whether WordNet lists a verb with its particle ("put off", "break down") as a verb of its own."""
    return ("verb", phrase) in wordnet().keys or ("verb", phrase) in wordnet().own


def people_nouns() -> frozenset[str]:
    """Frequent nouns naming a kind of person (hyponyms of person.n.01 with tagged uses)."""
    return wordnet().people


_CLASSES: dict[int, tuple[EventLexicon, dict[int, frozenset[str]], frozenset[str]]] = {}


def _key_classes(lex: EventLexicon) -> tuple[dict[int, frozenset[str]], frozenset[str]]:
    """WordNet sense -> the classes of the listed words whose dominant sense it is; the words the lexicon lists
    anyhow."""
    found = _CLASSES.get(id(lex))
    if found is not None and found[0] is lex:
        return found[1], found[2]
    listed = frozenset(lex.verbs) | frozenset(lex.nouns) | lex.light_verbs | lex.not_events | lex.expectation_verbs
    frozen = _sense_classes(lex, few_only=False)
    _CLASSES[id(lex)] = (lex, frozen, listed)
    return frozen, listed


def wordnet_class(lemma: str, pos: str = "verb", lex: EventLexicon | None = None) -> str | None:
    """The class of a word ``models/events.toml`` does not list: the one class of the listed words one of whose
    dominant senses is a dominant sense of the word or its direct hypernym ("touch down" is a way to "land": fly;
    "landing"'s own sense is derived from "land"'s); None for a listed word, a word WordNet ties to no class or
    to two, or one it ties to speech (a speech verb names no event of its own)."""
    lex = lex or lexicon()
    by_key, listed = _key_classes(lex)
    if lemma in listed:
        return None
    classes: set[str] = set()
    for k in wordnet().reach.get((pos, lemma), ()):
        classes |= by_key.get(k, frozenset())
    return _one_class(classes, lex)
