"""Event frames from a parsed article: trigger, class, participants, time,
factuality and quantities — for every sentence, attributed claim or not.

Triggers
    A verb whose lemma (or "verb particle": "step down") is in
    ``models/events.toml`` gives a frame of that class; a noun listed there
    (a nominalisation: "acquisition") too, unless it is the object or subject
    of a verb frame of the same class root ("signed the deal", "signed a
    contract": one frame). A light
    verb ("reach", "hold") with an event noun as object gives the noun's frame
    with the verb's arguments; so does a verb of coming to pass with an event noun
    as subject ("a fire broke out at the sawmill on Sunday", "the closure takes
    effect on Friday": models/wordnet/happening_verbs.toml and ``happen_phrases``),
    whose arguments are where it happened. Any other verb gives a frame of class ``other``
    when it has a named participant, unless it is listed in ``not_events``; with
    none (its parties only descriptions: "the local utility issued a notice on
    Sunday"), when it is a main verb with a subject or object that carries a time
    of its own, an amount or a negation (compared by its lemma, as any ``other``;
    its subject and object are descriptions named by their nouns, "water utility").
Participants (dependency roles)
    Verb: ``nsubj``/``agent`` → agent, ``dobj``/``nsubjpass``/``attr`` →
    theme, ``dative`` and ``with/to/from/for/against/between`` → counterpart,
    other prepositions → other. A verb without a subject takes the subject of
    the verb it is an ``xcomp``/``conj`` of; a relative clause takes its head
    noun. Noun: possessive/compound → agent, "of" → theme, "by" → agent.
    Every gazetteer or NER entity inside an argument (not crossing into a
    clause) is a participant; a pronoun or definite description ("the
    company") resolves through the article's mentions. A proper-noun
    compound around an entity ("Boeing 777") is a participant of its own.
    Names are canonical: a company's legal-form suffix goes (``corporate_suffixes`` in
    ``models/actors.toml``: "Chrysler LLC" is Chrysler, a lone "LLC" no one); a country that
    only says where a party is from or where things happen ("US automaker GM", "the largest
    bank in the United States") is a place (role ``other``), not the agent — unless it modifies
    a state body ("the US government"). A subject pronoun is the named subject of the clause
    that reports or governs it ("Veldhaven said it would object"), else the last sentence's
    agent of its kind, else the resolver's nearest mention.
Time
    See :mod:`claimline.events.timing`.
Factuality
    ``denied`` when a denial (a ``deny`` verb or a claim cue that negates)
    governs the trigger; ``negated`` for a ``neg`` on the trigger or its
    auxiliary, or a negative argument ("no agreement"); ``expected`` under a
    future auxiliary or an expectation verb ("expected to", "plans to");
    ``hedged`` under a hedging modal/adverb (``modality.toml``) or inside a
    hedged claim; ``reported`` inside an attributed claim; else ``asserted``.
    An asserted or reported event whose time (from the text) starts after the
    publication day is ``expected``.
Quantities
    MONEY, PERCENT, CARDINAL and QUANTITY entities and durations inside the
    trigger's arguments.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import NamedTuple

import numpy
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, POS, SENT_START
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

from .. import lexicons
from ..extraction import actors as actors_mod
from ..extraction import negation
from ..extraction.mentions import Mention, Resolver, unnamed_country
from ..schemas import Claim, TimeExpr
from ..timex.vocab import HAPPEN_PHRASES, vocabulary
from ..vocab import ATTITUDE
from .identity import DESCRIBED, DESCRIPTIONS, DOER
from .lexicon import OTHER, EventLexicon, lexicon
from .measures import (
    MEASURE,
    added_to,
    anchor,
    count_noun_of,
    counted_as,
    duration_frames,
    figure_start,
    measure_frames,
    same_count,
    sum_frames,
    timed_by_verb,
    whole_of_share,
)
from .model import EventFrame, Quantity
from .objects import theme_noun
from .senses import sense_of
from .timing import _DEFINITE, assign_times
from .wordnet import synonym_class, verb_phrase

__all__ = ["find_frames", "claim_event"]

_ENTITY_LABELS = frozenset({"ORG", "PERSON", "GPE", "PRODUCT", "FAC", "NORP", "LOC", "EVENT", "WORK_OF_ART", "LAW"})
_QUANTITY_LABELS = {"MONEY": "money", "PERCENT": "percent", "CARDINAL": "count", "QUANTITY": "measure"}
_CLAUSE = frozenset({"relcl", "ccomp", "advcl", "acl", "xcomp", "csubj", "parataxis", "punct", "mark"})
_VERB_ROLE = {
    "nsubj": "agent",
    "nsubjpass": "theme",
    "dobj": "theme",
    "attr": "theme",
    "oprd": "theme",
    "dative": "counterpart",
}
_PREP_ROLE = {
    "with": "counterpart",
    "to": "counterpart",
    "from": "counterpart",
    "for": "counterpart",
    "against": "counterpart",
    "between": "counterpart",
    "of": "theme",
    "by": "agent",
}
_AUX_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
_NAME_POS = frozenset({"PROPN", "NOUN", "NUM"})
_NAME_MODIFIERS = frozenset({"compound", "nummod", "nmod", "poss"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "them", "him"})
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
_DONE_LEVELS = frozenset({"asserted", "reported"})
_NO_LEVELS = frozenset({"negated", "denied"})
_RANK = {"asserted": 0, "reported": 1, "hedged": 2, "expected": 3, "negated": 4, "denied": 5}


@dataclass(frozen=True, slots=True)
class _Entity:
    start: int  # token span
    end: int
    name: str
    actor: str | None
    label: str


class _Part(NamedTuple):
    """A participant until its frame is made (the fields of :class:`~claimline.schemas.Participant`,
    validated with the frame: a draft dropped for want of a named party makes no model)."""

    role: str
    text: str
    start: int
    end: int
    name: str
    actor: str | None
    label: str | None


@dataclass(slots=True)
class _Draft:
    token: Token
    cls: str
    lemma: str
    pos: str
    args: list[tuple[str, Token]]  # (role, argument head)
    host: Token  # the verb whose auxiliaries / negation count (the light verb for its noun)
    happening: bool = False  # a noun a verb of coming to pass tells ("a riot broke out"): an event, party or none


@dataclass(frozen=True)
class _Markers:
    hedged_modals: frozenset[str]
    hedging_adverbs: frozenset[str]
    reporting_adverbs: frozenset[str]
    hedging_adjectives: frozenset[str] = frozenset()


@cache
def _markers() -> _Markers:
    m = lexicons.modality()
    return _Markers(
        hedged_modals=frozenset(m.hedged_modals),
        hedging_adverbs=frozenset(w for w in m.hedging_adverbs if " " not in w),
        reporting_adverbs=frozenset(m.reporting_adverbs),
        hedging_adjectives=frozenset(m.hedging_adjectives),
    )


# ------------------------------------------------------------------ entities
def _entities(doc: Doc, mentions: Sequence[Mention], doc_ents: Sequence[Span] | None = None) -> dict[int, _Entity]:
    """token index -> entity covering it: gazetteer/NER actors first, then other NER names
    (``doc_ents``: ``doc.ents``, which spaCy rebuilds at each access). A company's name without its
    legal-form suffix (:func:`company_name`); a suffix the NER tagged on its own ("Chrysler" "LLC")
    belongs to the name just before it, else to no one."""
    at: dict[int, _Entity] = {}
    types = actors_mod.gazetteer().types
    for m in mentions:
        if m.actor in types:
            e = _Entity(m.token_start, m.token_end, m.actor, m.actor, m.type)
        else:
            named = company_name(m.actor)
            if named is None:
                _suffix_of(at, doc, m.token_start, m.token_end)
                continue
            if named[1] and unnamed_country(named[1], m.actor, doc):
                named = (m.actor, None)  # "the navy" of a story naming no country (review 17 Y11)
            e = _Entity(m.token_start, m.token_end, named[0], named[0], m.type)
        for i in range(m.token_start, m.token_end):
            at[i] = e
    for ent in doc.ents if doc_ents is None else doc_ents:
        if ent.label_ not in _ENTITY_LABELS or any(i in at for i in range(ent.start, ent.end)):
            continue
        name = actors_mod.clean_name(ent.text)
        if not name or actors_mod.is_not_actor(name) or not any(ch.isupper() or ch.isdigit() for ch in name):
            continue  # a name has a capital or a digit: "a 36 million crown contract" names no one
        named = company_name(name)
        if named is None:
            _suffix_of(at, doc, ent.start, ent.end)
            continue
        if named[1] and unnamed_country(named[1], name, doc):
            named = (name, None)
        name, canon = named
        e = _Entity(ent.start, ent.end, name, canon, ent.label_)
        for i in range(ent.start, ent.end):
            at[i] = e
    return _not_people(at)


_PERSON = frozenset({"PERSON", "person"})
_NOT_ORGANISATIONS = frozenset({"PERSON", "person", "GPE", "NORP", "LOC", "FAC", "country", "DATE"})


def _not_people(at: dict[int, _Entity]) -> dict[int, _Entity]:
    """A name tagged as a person that the article names as an organisation elsewhere ("Veldhaven
    Bank" an organisation twice, a person once) or that begins one organisation's longer name (a
    lone "Veldhaven" after "Veldhaven Bank") is that organisation."""
    found = {id(e): e for e in at.values()}.values()
    orgs = {e.name: e for e in found if e.label not in _NOT_ORGANISATIONS}
    people = [e for e in found if e.label in _PERSON]
    if not orgs or not people:
        return at
    by_first: dict[str, set[str]] = {}
    for name in orgs:
        words = name.split()
        if len(words) > 1:
            by_first.setdefault(words[0], set()).add(name)
    swap: dict[int, _Entity] = {}
    for e in people:
        org = orgs.get(e.name)
        if org is None and " " not in e.name and len(by_first.get(e.name, ())) == 1:
            org = orgs[next(iter(by_first[e.name]))]
        if org is not None:
            swap[id(e)] = _Entity(e.start, e.end, org.name, org.actor, org.label)
    return {i: swap.get(id(e), e) for i, e in at.items()} if swap else at


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(w.replace(".", "").casefold() for w in lexicons.actors().corporate_suffixes)


def _is_suffix(word: str) -> bool:
    return word.replace(".", "").strip(",").casefold() in _suffixes()


def company_name(name: str) -> tuple[str, str | None] | None:
    """(name, canonical actor or None) of an entity's cleaned name without the legal-form words
    that end it (``corporate_suffixes`` in ``models/actors.toml``: "Chrysler LLC" -> Chrysler,
    "Ford Motors Co." -> "Ford Motors"); None when the name is such words only ("LLC")."""
    words = name.split()
    k = len(words)
    while k and _is_suffix(words[k - 1]):
        k -= 1
    if k == len(words):
        canon = actors_mod.canonical(name)
        return canon or name, canon
    if k == 0:
        return None
    short = " ".join(words[:k]).rstrip(",")
    canon = actors_mod.canonical(short)
    return canon or short, canon


def _suffix_of(at: dict[int, _Entity], doc: Doc, start: int, end: int) -> None:
    """The tokens ``start:end`` of a legal-form suffix tagged apart join the entity just before them
    ("Chrysler LLC", "Chrysler, LLC")."""
    k = start - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k >= 0 and k in at:
        for i in range(start, end):
            at[i] = at[k]


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() or t.text[:1].isdigit() or "&" in t.text


def _may_name(h: int, cols: _Columns) -> bool:
    """A cheap test that :func:`_compound_name` of token ``h`` may find a name (False: it finds
    none): a common noun needs a name word, a number or an "of" just before it; a proper noun or a
    number, which its name would hold, a capital or a digit."""
    if cols.pos[h] == "NOUN":
        return h > 0 and (cols.pos[h - 1] in ("PROPN", "NUM") or cols.text(h - 1).lower() == "of")
    return cols.capitalised(h)


def _compound_name(
    h: int, cols: _Columns, ents: dict[int, _Entity], not_names: set[int] | frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """Token span of a proper name the entities do not cover as such: a chain of capitalised
    proper nouns and numbers ("Dow Jones Industrial Average", "NIKKEI 225", "Boeing 777"
    in "Boeing 777 orders"), with an "of" complement ("Bank of America") — when it is not
    exactly one entity already. ``h``: the head token's index; ``not_names``: tokens of times and
    amounts, which end the chain ("fined Veldhaven Bank EUR 12.4 million": the bank)."""
    pos = cols.pos
    if pos[h] == "NOUN" and (h == 0 or (pos[h - 1] not in ("PROPN", "NUM") and cols.text(h - 1).lower() != "of")):
        return None  # a common noun names nothing unless a name word or an "of" comes just before it
    if pos[h] not in ("PROPN", "NUM", "NOUN") or _currency(cols.text(h).lower()) is not None:
        return None
    names = ("PROPN", "NUM")
    capitalised = cols.capitalised
    n = len(pos)

    def money_word(i: int) -> bool:  # a currency word beside a number ("EUR 12.4 million"), not "Ron Dekker"
        return _currency(cols.text(i).lower()) is not None and (
            (i + 1 < n and pos[i + 1] == "NUM") or (i > 0 and pos[i - 1] == "NUM")
        )

    def part(i: int) -> bool:  # a capitalised name word of the head's subtree (ancestry checked last: dearest)
        return (
            pos[i] in names
            and capitalised(i)
            and i not in not_names
            and not money_word(i)  # "fined Veldhaven Bank EUR 12.4 million"
            and cols.is_ancestor(h, i)
        )

    own = pos[h] in names
    lo = h
    hi = h if own else h - 1
    while lo - 1 >= 0 and part(lo - 1):
        lo -= 1
    # "the Bank of America Corporation" (head "Corporation"): a name and its "of" complement before
    while lo - 2 >= 0 and cols.text(lo - 1).lower() == "of" and cols.head[lo - 1] == lo - 2 and part(lo - 2):
        lo -= 2
        while lo - 1 >= 0 and part(lo - 1):
            lo -= 1
    if own:
        while hi + 1 < n and part(hi + 1):
            hi += 1
        # "Bank of America": a proper-noun "of" complement continues the name
        if hi + 2 < n and cols.text(hi + 1).lower() == "of" and lo <= cols.head[hi + 1] <= hi:
            if pos[hi + 2] == "PROPN" and capitalised(hi + 2) and cols.head[hi + 2] == hi + 1:
                hi += 2
    while lo < hi and pos[lo] == "NUM" and cols.text(lo)[:1].isdigit():
        lo += 1  # "60 Boeing 787 Dreamliners": a count, not part of the name
    if hi < lo:
        return None
    span = range(lo, hi + 1)
    if not any(pos[i] == "PROPN" for i in span) or not all(
        capitalised(i) or cols.text(i).lower() == "of" for i in span
    ):
        return None
    if lo == hi and pos[lo] != "PROPN":
        return None
    inside = {id(ents[i]) for i in span if i in ents}
    if len(inside) == 1 and all(i in ents for i in span):
        e = next(ents[i] for i in span if i in ents)
        if e.start == lo and e.end == hi + 1:
            return None
    return lo, hi + 1


# ------------------------------------------------------------------ triggers
_PARTICLES = frozenset({"down", "out", "off", "over", "back", "up", "in", "away"})


def _particle(tok: Token) -> str | None:
    # the first child that is a particle ("prt", or a childless "advmod" particle word), from the
    # parse's lists: both dependencies are among the kept (non-clause) children, in text order
    cols = _columns(tok.doc)
    dep = cols.dep
    for c in cols.kept.get(tok.i, ()):
        d = dep[c]
        if d == "prt" or (d == "advmod" and cols.text(c).lower() in _PARTICLES and not list(tok.doc[c].children)):
            return f"{tok.lemma_.lower()} {cols.text(c).lower()}"
    return None


def _told(d: _Draft, drafted: dict[int, str], lex: EventLexicon) -> bool:
    """Whether a verb is what a speech or opinion frame of its sentence reports: the clause that a verb of a
    commentary class completes ("the council said the attackers had copied payroll records", "the blade came away
    at 06:40, police said"). The telling is commentary; what it tells is the sentence's event, named party or
    not (an unlisted verb elsewhere names an event only with one)."""
    tok = d.token
    if d.pos != "verb" or tok.dep_ != "ccomp" or tok.head is tok:
        return False
    cls = drafted.get(tok.head.i)
    if cls is None or cls == OTHER or not lex.is_commentary(cls):
        return False
    if d.lemma in lex.verbs:
        return False  # a listed verb whose sense chose no event ("higher prices have hurt families"): none here
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lex.nouns for c in tok.children):
        return False  # "a tremor hit the villages, the institute said": the event noun is the event, not "hit"
    if any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for c in tok.children for t in c.subtree):
        return False  # "was insured for £4.2 million, the broker said": the figure's own frame compares the sum
    return _happened_or_will(tok, lex)


#: Auxiliaries of a progressive told as past ("were experiencing antenna issues").
_PAST_BE = frozenset({"was", "were"})
#: Auxiliaries of a present passive alone ("are required").
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


def _happened_or_will(verb: Token, lex: EventLexicon) -> bool:
    """Whether a verb tells an act as done or to be done: a past ("the blade came away"), a participle with its
    auxiliary ("had been copied", "was switched off", "would be revived"), a past progressive, or a future ("the
    ad will air"); not a present, which tells a state or a view ("history tends to repeat itself", "the results
    show"), nor a hedge or what ought to be ("the loss could swell", "should be retained")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & (_ought() | _hedged_modals()):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        return bool(auxes - _PRESENT_BE)  # (a present passive tells a state: "improvements are required")
    if verb.tag_ == "VBG":
        return bool(auxes & _PAST_BE)
    return bool(auxes & (lex.future_auxiliaries | {"would"}))


@cache
def _ought() -> frozenset[str]:
    """Auxiliaries of what ought to be, not what is told as done ("should be retained", "must be reformed"):
    ``advice_modals`` of models/comparison.toml (review 19 A14: one list, not a second one here)."""
    return lexicons.advice_modals()


@cache
def _hedged_modals() -> frozenset[str]:
    """``hedged_modals`` of models/modality.toml ("may", "might", "could")."""
    return frozenset(lexicons.modality().hedged_modals)


def _verb_word(tok: Token, lemma: str, lex: EventLexicon) -> str:
    """The verb's word: with its particle when the verb alone is not listed and WordNet lists the two as a verb of
    their own ("put off", "broke down", "went down"), else its lemma: a light verb's particle is none of it
    ("carried out a test run": the noun is the event)."""
    if lemma in lex.verbs or lex.word(lemma) in lex.light_verbs:
        return lemma
    phrase = _particle(tok)
    return phrase if phrase and verb_phrase(phrase) else lemma


def _verb_class(tok: Token, lex: EventLexicon) -> tuple[str, str] | None:
    phrase = _particle(tok)
    if phrase and phrase in lex.verbs:
        return lex.verbs[phrase], phrase
    lemma = _verb_word(tok, _columns(tok.doc).lemma(tok.i), lex)
    cls = lex.verbs.get(lemma)
    if ("verb", lemma) in lex.senses:
        cls = sense_of(tok, cls, "verb", lex)  # "the union will strike": a labour action
    elif cls is None and lemma not in lex.not_events and lemma not in lex.expectation_verbs:
        cls = synonym_class(lemma, lex)  # "put off" / "postpone", "shelved": delay (one WordNet sense)
    return (cls, lemma) if cls is not None else None


def _noun_object(verb: Token, lex: EventLexicon) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex.nouns), None)


def _spell_of_time(tok: Token) -> bool:
    """A time expression that is a length of time, not a day: a counted or plural unit ("about ten days", "six
    hours", "a week", "months"), not "Monday" or "2 March"."""
    if tok.ent_type_ not in ("DATE", "TIME") or tok.tag_ == "NNP":
        return False
    return tok.tag_ == "NNS" or any(c.dep_ == "nummod" or c.lower_ in ("a", "an") for c in tok.children)


def _carries_event(verb: Token, lex: EventLexicon) -> bool:
    """A light verb whose object, passive subject or a light preposition's object names an event, by itself or by a
    compound before it ("carried out a test run", "held a strike", "placed under investigation"): that event is the
    light verb's, no act of its own; nor is one that tells a length of time ("will take about ten days") or a habit
    ("each decision is taken on the basis of the data": ``habit_determiners``)."""
    if _prep_noun(verb, lex) is not None:
        return True
    for c in verb.children:
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and counted_as(g.lemma_.lower()) for g in c.children):
            return True  # "were taken to hospital": where counted people are (a figure's, events/measures.py)
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
            d.dep_ == "det" and d.lower_ in lex.habit_determiners for d in c.children
        ):
            return True  # "each decision is taken on the basis of the data": a habit, no act
        if c.dep_ in ("dobj", "npadvmod") and _spell_of_time(c):
            return True  # "repairs will take about ten days", "took crews six hours": lasting, the duration's
        if c.dep_ in ("dobj", "nsubjpass"):
            for n in (c, *(k for k in c.children if k.dep_ in ("compound", "nmod"))):
                lemma = n.lemma_.lower()
                if lemma in lex.nouns or lemma in lex.other_nouns or ("noun", lemma) in lex.senses:
                    return True
    return False


def _prep_noun(verb: Token, lex: EventLexicon) -> Token | None:
    """The event noun a light verb with no event object puts its object or subject under ("the mayor was placed under
    investigation", "placed the town under a curfew"; "filed for bankruptcy protection" when the verb has no object:
    ``light_prepositions`` of models/events.toml): a noun the lexicon lists as an event by itself, or a compound
    before it that is one (not a noun that is an event only as a light verb's object)."""
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    for c in verb.children:
        if c.dep_ != "prep" or not lex.light_preposition(c.lower_, has_object):
            continue
        for g in c.children:
            if g.dep_ != "pobj" or g.pos_ != "NOUN":
                continue
            for n in (g, *(k for k in g.children if k.dep_ in ("compound", "nmod") and k.pos_ == "NOUN")):
                lemma = n.lemma_.lower()
                if lemma not in lex.light_only and (lemma in lex.nouns or lemma in lex.other_nouns):
                    return n
    return None


def _with_noun(verb: Token, lex: EventLexicon) -> Token | None:
    """The event noun of "<verb> with <noun>" for a verb of no class ("Veldhaven Bank hit with a
    EUR 24 million fine", "the lender was slapped with a fine by the regulator"): the noun is the
    event, its verb's subject the party it befalls (not a noun that is an event only under a
    light verb). Only a participle (or a headline's past: "Kestrel Bank hit with fine") without an
    object: "moved the workloads with full migration to follow" is no migration the movers undergo."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ == "dobj" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            for g in c.children:
                lemma = g.lemma_.lower()
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and lemma in lex.nouns and lemma not in lex.light_only:
                    return g
    return None


_HOLDERS = frozenset({"have", "want", "get", "keep", "need"})


def _state_class(tok: Token, lex: EventLexicon) -> tuple[str, str] | None:
    """(class, lemma) of an adjective or adverb naming an event's state: a predicative adjective of a class
    ("offline", "live", "shut") or a participle the tagger takes for an adjective ("closed", "suspended")."""
    lemma = tok.lemma_.lower()
    if lemma in lex.adjectives:
        return lex.adjectives[lemma], lemma
    if lemma in lex.state_adjectives:
        return lex.state_adjectives[lemma], lemma  # "fell ill", "went dark": only after a state verb
    if tok.pos_ != "ADJ" or not lemma.endswith("ed"):
        return None
    for verb in (lemma[:-1], lemma[:-2], lemma[:-3]):  # closed, suspended, banned
        if verb in lex.verbs:
            return lex.verbs[verb], verb
    return None


def _state_parties(verb: Token) -> list[tuple[str, Token]]:
    """The parties of a verb of ``state_verbs`` as the state's: its subject is what the state befalls ("the bridge
    stayed closed": the bridge is closed, its theme)."""
    return [("theme" if role == "agent" else role, a) for role, a in _verb_args(verb)]


def _state_of(verb: Token, lex: EventLexicon) -> Token | None:
    """The complement of a verb of ``state_verbs`` that names an event's state ("stayed closed", "remained shut",
    "went live", "was kept closed"), or None."""
    if verb.lemma_.lower() not in lex.state_verbs:
        return None
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd") and c.pos_ == "VERB" and c.tag_ == "VBN" and _verb_class(c, lex) is not None:
            return c
        if c.dep_ in ("acomp", "oprd", "advmod") and c.pos_ in ("ADJ", "ADV") and _state_class(c, lex) is not None:
            return c
    return None


def _small_clause(tok: Token) -> bool:
    """A gerund with its own subject under have/want/get/keep/need: "have the system running"."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("ccomp", "xcomp", "oprd")
        and tok.head.lemma_.lower() in _HOLDERS
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


def _state_args(tok: Token, args: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    """ "The ministry aims to have the system running": the system is what runs (theme), the one
    who wants it so (the subject of have/want, or of the verb it depends on) is the agent."""
    out = [("theme" if role == "agent" else role, a) for role, a in args]
    holder = tok.head
    subj = [c for c in holder.children if c.dep_ == "nsubj"]
    out += [("agent", c) for c in subj] or [(r, a) for r, a in _subject_of(holder) if r == "agent"]
    return out


def _drafts(sent: Span, lex: EventLexicon) -> list[_Draft]:
    drafts: list[_Draft] = []
    folded: set[int] = set()
    light_nouns: dict[int, Token] = {}
    undergoes: set[int] = set()  # nouns of "<verb> with <noun>": the verb's subject undergoes the noun's event
    happenings: set[int] = set()  # event nouns a verb of happening tells: "a fire broke out"
    doc = sent.doc
    cols = _columns(doc)
    pos_of = cols.pos  # a Token made only for the words that can be triggers
    for i in range(sent.start, sent.end):
        if pos_of[i] != "VERB":
            continue
        tok = doc[i]
        lemma = _verb_word(tok, cols.lemma(i), lex)
        if lemma in lex.state_verbs and _state_of(tok, lex) is not None:
            continue  # "stayed closed until Friday": the closure is the event (its participle's frame)
        found = _verb_class(tok, lex)
        if (found is None or lemma in lex.happening_verbs) and (happened := _happening_subject(tok, lex)) is not None:
            # ("protests erupted": a listed verb of coming to pass with an event noun as its subject tells that
            # event; "the volcano erupted" is an eruption)
            # "a fire broke out at the sawmill on Sunday", "the closure takes effect on Friday": the noun is the
            # event, the verb of its coming to pass gives it its time, place and factuality (no second event)
            light_nouns[happened.i] = tok
            happenings.add(happened.i)
            continue
        if found is None and lex.word(lemma) in lex.light_verbs:  # ("staged": the tagger's "stag")
            obj = _noun_object(tok, lex)
            if obj is None:
                obj = _prep_noun(tok, lex)  # "was placed under investigation on Tuesday"
            if obj is not None:
                light_nouns[obj.i] = tok
                continue
        if found is None and lemma not in lex.not_events and lemma not in lex.expectation_verbs:
            obj = _with_noun(tok, lex)
            if obj is not None:  # "hit with a fine", "slapped with a record fine by the regulator"
                light_nouns[obj.i] = tok
                undergoes.add(obj.i)
                continue
        if found is None and lemma in lex.states and _small_clause(tok):
            found = lex.states[lemma], lemma  # "aims to have the system running by 2027"
        controls = found is not None and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in tok.children)
        if controls:
            # a control use ("declined to comment", "began to"): the complement is the event
            if lex.root(found[0]) == "change" or found[0] == "launch":
                continue
            if lemma not in lex.verbs and lemma in _undone_words():
                continue  # "the system failed to detect it": no part that failed (a sense's class), an act undone
        if controls and lemma in lex.expectation_verbs:
            # "agreed to cut gas prices": a promise of the complement's act, no agreement signed (review 10 R15)
            cls = OTHER
        elif found is not None:
            cls, lemma = found
        elif lemma in lex.not_events or lemma in lex.expectation_verbs:
            continue
        elif lex.word(lemma) in lex.light_verbs and (lex.word(lemma) not in lex.light_acts or _carries_event(tok, lex)):
            continue  # ("took the decision" is an act of its own, "carried out a test run" the test's)
        else:
            cls = OTHER
        args = _verb_args(tok)
        if found is not None and _small_clause(tok):
            args = _state_args(tok, args)
        host = tok
        if found is not None and _state_of(tok.head, lex) is tok:
            # "the bridge stayed closed": the stay's parties
            args, host = _state_parties(tok.head) + [a for a in args if a[0] != "agent"], tok.head
        draft = _Draft(tok, cls, lemma, "verb", args, host)
        drafts.append(draft)
        for ci in cols.kept.get(i, ()):  # (these dependencies are kept children)
            if cols.dep[ci] not in _FOLDED_DEPS:
                continue
            c = doc[ci]
            if c.lemma_.lower() in lex.nouns:
                if cls != OTHER and lex.root(cls) == lex.root(lex.nouns[c.lemma_.lower()]):
                    folded.add(c.i)
                    # "signed an agreement with X": the noun's arguments are the verb's
                    draft.args += [(r, a) for r, a in _noun_args(c) if r != "agent" or c.dep_ != "dobj"]
    dep_of = cols.dep
    for i in range(sent.start, sent.end):
        pos = pos_of[i]
        if pos in ("ADJ", "ADV") and (state := _state_class(doc[i], lex)) is not None and _state_of(doc[i].head, lex):
            drafts.append(_Draft(doc[i], state[0], state[1], "adjective", _state_parties(doc[i].head), doc[i].head))
            continue  # "the line remained shut", "the app went live on Monday"
        if pos == "ADJ":
            if dep_of[i] in ("acomp", "oprd") and (lemma := cols.lemma(i)) in lex.adjectives:
                tok = doc[i]
                head = tok.head
                drafts.append(_Draft(tok, lex.adjectives[lemma], lemma, "adjective", _verb_args(head), head))
            continue
        if pos != "NOUN" or i in folded:
            continue
        lemma = cols.lemma(i)
        listed = lex.nouns.get(lemma) or (OTHER if lemma in lex.other_nouns else None)  # "the cull": class other
        if listed is None and i in happenings and ("noun", lemma) not in lex.senses:
            listed = OTHER  # "a riot broke out", "the vote took place": an event noun a verb of happening tells
        if listed is None and ("noun", lemma) not in lex.senses:
            continue  # (sense_of gives a noun of no class and no sense no class: no Token made for it)
        tok = doc[i]
        cls = sense_of(tok, listed, "noun", lex)  # "a port strike", "industrial action"
        if cls is None and tok.i in happenings:
            cls = _happening_sense(tok, lex)  # "a fire broke out": a fire that burns, whatever else the article says
        verb = light_nouns.get(tok.i)
        if cls is None or (verb is None and lemma in lex.light_only):
            continue  # "share the cost" is funding, "cut costs" is not
        args = _noun_args(tok)
        host = tok
        if verb is not None and tok.i in happenings:
            # "a flash flood hit the town of Benialcora": the parties are the noun's own ("the sawmill fire", "the
            # plant's closure"); what the verb of its happening names is where it happened
            args += [("other", a) for _, a in _verb_args(verb) if a.i != tok.i]
            host = verb
        elif verb is not None:
            subjects = {c.i for c in verb.children if c.dep_ == "nsubj"} if tok.i in undergoes else set()
            # "imposed a fine on the bank", "placed a ban on the firm": the bank is fined, the firm banned
            borne = {a.i for _, a in _borne_by(verb, lex) + _borne_by(tok, lex, light=True)}
            args = [("theme" if a.i in borne else r, a) for r, a in args]
            args += [
                ("theme" if a.i in subjects or a.i in borne else r, a) for r, a in _verb_args(verb) if a.i != tok.i
            ]
            host = verb
        drafts.append(_Draft(tok, cls, lemma, "noun", args, host, tok.i in happenings))
    drafts.sort(key=lambda d: d.token.i)
    return drafts


@cache
def _happening_words() -> frozenset[str]:
    """Verbs of coming to pass: ``happening_verbs`` (models/wordnet/happening_verbs.toml, from WordNet 3.0) and the
    ``happen_phrases`` of models/timex/en.toml ("go ahead", "strike", "hit": an incident that strikes)."""
    return lexicon().happening_verbs | HAPPEN_PHRASES


def _happening_subject(verb: Token, lex: EventLexicon) -> Token | None:
    """The event noun a verb of happening tells of, its subject ("a fire broke out", "the stoppage took place on
    Monday", "the earthquake, which hit the valley at 5 am"): a noun the lexicon lists, one of a sense of an event, or
    one a frequent WordNet sense of which is a happening (``event_nouns``: "a riot broke out"; not a noun that is an
    event only under a light verb)."""
    words = _happening_words()
    lemma = _columns(verb.doc).lemma(verb.i)
    if lemma not in words and not any(
        c.dep_ in ("dobj", "prt", "advmod") and f"{lemma} {c.lower_}" in words for c in verb.children
    ):
        return None
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        noun = verb.head if c.lower_ in _RELATIVE and verb.dep_ == "relcl" and verb.head.i != verb.i else c
        word = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or word in lex.light_only:
            return None
        if word in lex.nouns or word in lex.other_nouns or ("noun", word) in lex.senses:
            return noun
        if word in lex.event_nouns and (lemma in lex.happening_verbs or lemma not in words):
            # "a riot broke out", "fighting broke out", "the vote took place", "the vote went ahead"; a one-word
            # verb of timex's happen_phrases ("hit", "strike") tells a figure too ("donations hit $1.1 billion"):
            # only a listed noun with it
            return noun
        return None
    return None


def _happening_sense(noun: Token, lex: EventLexicon) -> str | None:
    """The class of a noun a verb of happening tells of when its words chose no sense: the one class its senses
    give an event ("a fire broke out at the sawmill": a fire, whether or not a word of the fire sense is near),
    unless a word of that sense's ``unless`` stands in the sentence ("fire broke out between the troops")."""
    words = {t.lemma_.lower() for t in noun.sent}
    classes = {
        s.event_class
        for s in lex.senses.get(("noun", noun.lemma_.lower()), ())
        if s.event_class is not None and not s.unless & words
    }
    return next(iter(classes)) if len(classes) == 1 else None


@cache
def _undone_words() -> frozenset[str]:
    """Verbs of failing before an infinitive ("failed to check"): ``undone_words`` of models/cues.toml."""
    return frozenset(lexicons.cues().undone_words)


def _subject_of(verb: Token) -> list[tuple[str, Token]]:
    """Arguments a verb without its own subject borrows: from the verb it is an
    xcomp/conj of ("agreed to buy", "signed ... but revealed"), or the noun a
    relative or participial clause modifies."""
    head = verb.head
    # (an adjective predicate passes its subject on: "Edvard Lund is likely to resign", "is due to sign")
    if verb.dep_ in ("xcomp", "conj", "acomp") and head.i != verb.i:
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        if subj:
            role = "agent" if subj[0].dep_ != "nsubjpass" or verb.dep_ == "xcomp" else "theme"
            if subj[0].dep_ == "agent":
                pobj = next((g for g in subj[0].children if g.dep_ == "pobj"), None)
                return [("agent", pobj)] if pobj is not None else []
            return [(role, subj[0])]
        if head.dep_ in ("xcomp", "conj", "acomp") and head.head.i != head.i:
            return _subject_of(head)
    if verb.dep_ == "relcl" and head.i != verb.i:
        return [("agent", head)]
    if verb.dep_ == "acl" and head.i != verb.i:
        return [("theme" if verb.tag_ == "VBN" else "agent", head)]
    return []


def _verb_args(verb: Token) -> list[tuple[str, Token]]:
    # (the dependencies read here are all kept children: walked in the parse's lists, in text order,
    # a Token made only for an argument)
    cols = _columns(verb.doc)
    doc, dep, kept = cols.doc, cols.dep, cols.kept
    args: list[tuple[str, Token]] = []
    has_subject = False
    for ci in kept.get(verb.i, ()):
        d = dep[ci]
        if d in _VERB_ROLE:
            if d == "nsubj" or d == "nsubjpass":
                has_subject = True
                if cols.text(ci).lower() in _RELATIVE and verb.dep_ == "relcl":
                    args.append(("agent" if d == "nsubj" else "theme", verb.head))
                    continue
            args.append((_VERB_ROLE[d], doc[ci]))
        elif d == "agent" or d == "prep":
            role = "agent" if d == "agent" else _PREP_ROLE.get(cols.text(ci).lower(), "other")
            for gi in kept.get(ci, ()):
                if dep[gi] == "pobj":
                    args.append((role, doc[gi]))
                    args += [(role, doc[k]) for k in kept.get(gi, ()) if dep[k] == "conj"]
    if not has_subject:
        args += _subject_of(verb)
    return args


def _doer_by(noun: Token) -> list[tuple[str, Token]]:
    """The agent after "by" of a verb of doing (``doing_verbs`` of models/events.toml, or a light verb) said of the
    event noun in the passive: the participle qualifying it ("the strike called by the union", "the walkout,
    organised by the federation") or the verb it is the passive subject of ("the strike was called by the union")."""
    out = _led_by(noun)
    if noun.dep_ == "nsubjpass" and noun.head.pos_ == "VERB" and noun.head.i != noun.i:
        out += _by_doer(noun.head)
    return out


def _led_by(noun: Token) -> list[tuple[str, Token]]:
    """The agents after "by" of the verbs of doing (``doing_verbs``, light verbs) whose participles qualify the noun:
    "the strike called by the union", "the consortium led by Varn Orbital"."""
    return [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in _by_doer(c)]


def _by_doer(verb: Token) -> list[tuple[str, Token]]:
    """A verb of doing's agents after "by" ("called by the union and the federation"); none for another verb."""
    lex = lexicon()
    lemma = lex.word(verb.lemma_.lower())
    if lemma not in lex.doing_verbs and lemma not in lex.light_verbs:
        return []
    out: list[tuple[str, Token]] = []
    for by in (c for c in verb.children if c.dep_ == "agent"):
        for g in (g for g in by.children if g.dep_ == "pobj"):
            out.append(("agent", g))
            out += [("agent", cc) for cc in g.children if cc.dep_ == "conj"]
    return out


def _borne_by(verb: Token, lex: EventLexicon, light: bool = False) -> list[tuple[str, Token]]:
    """The themes after a light verb's ``burden_prepositions`` (models/events.toml): "imposed a fine on the bank", "the
    fine imposed on the bank" — the one the event befalls, as the object of its own verb ("fined the bank"); for
    another verb, none ("landed on the runway" is a place). ``light``: ``verb`` is the event noun a light verb
    carries ("placed a ban on the firm": the parser hangs "on" on the noun)."""
    if not light and lex.word(verb.lemma_.lower()) not in lex.light_verbs:
        return []
    out: list[tuple[str, Token]] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in lex.burden_prepositions):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            out.append(("theme", g))
            out += [("theme", cc) for cc in g.children if cc.dep_ == "conj"]
    return out


def _noun_args(noun: Token) -> list[tuple[str, Token]]:
    args: list[tuple[str, Token]] = []
    for c in noun.children:
        if c.dep_ == "poss" or c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN":
            args.append(("agent", c))
        elif c.dep_ == "prep":
            role = _PREP_ROLE.get(c.lower_, "other")
            for g in c.children:
                if g.dep_ == "pobj":
                    args.append((role, g))
                    args += [(role, cc) for cc in g.children if cc.dep_ == "conj"]
    # "a live test is scheduled at the air base": a scheduling verb's arguments are its subject's
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB" and head.i != noun.i:
        lex = lexicon()
        if head.lemma_.lower() in lex.expectation_verbs or head.lemma_.lower() in lex.not_events:
            args += [(r, a) for r, a in _verb_args(head) if a.i != noun.i and r != "theme"]
    # "the strike called by the union", "the strike was called by the union": the agent of a verb of doing it
    args += _doer_by(noun)
    # "the fine imposed on the bank", "a ban placed on fishing": whom a light verb's participle says it befalls
    lex = lexicon()
    args += [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in _borne_by(c, lex)]
    # "the deal was signed": the noun's verb is a frame of its own; "X's plan
    # to buy": nothing; "X completed the purchase": the agent of the purchase
    # "X filed for bankruptcy", "X completed the purchase": the governing verb's subject
    if not any(r == "agent" for r, _ in args):
        verb = None
        if noun.dep_ in ("dobj", "attr"):
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
            verb = noun.head.head
        if verb is not None and verb.i != noun.i:
            # "Orvane Bank faces a fine", "got a contract": the subject receives it (receiving_verbs)
            role = "theme" if lex.word(verb.lemma_.lower()) in lex.receiving_verbs else "agent"
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                args.append((role, subj))
            elif verb.pos_ == "VERB":
                args += [(role, a) for r, a in _subject_of(verb) if r == "agent"]
    return args


# ------------------------------------------------------------------ arguments
_NAMES_OF: dict[int, str] = {}  # string-store hash -> string (tags, labels, words of the parses)
_LOWER_LEMMA: dict[int, str] = {}  # string-store hash of a lemma -> the lemma lower-cased


class _Columns:
    """A parse's token attributes as plain lists, read once per parse with ``doc.to_array`` (a
    :class:`~spacy.tokens.Token` made per look-up costs more than the test it serves): the same
    values as the tokens' ``pos_``, ``dep_``, ``idx``, ``len``, ``head.i``; ``kept``: token index ->
    its children (in text order) whose dependency does not open a clause (``_CLAUSE``)."""

    __slots__ = (
        "doc",
        "doc_text",
        "pos",
        "dep",
        "lemmas",
        "idx",
        "length",
        "head",
        "kept",
        "sent_starts",
        "negating",
        "walks",
        "names",
    )

    def __init__(self, doc: Doc, doc_text: str | None = None) -> None:
        self.doc = doc
        self.doc_text = doc.text if doc_text is None or not _parsed_from(doc, doc_text) else doc_text
        n = len(doc)
        arr = doc.to_array([POS, DEP, IDX, LENGTH, SENT_START, LEMMA, HEAD]) if n else numpy.zeros((0, 7), "uint64")
        pos_ids, deps, self.idx, self.length = (arr[:, k].tolist() for k in range(4))
        self.sent_starts = sorted({0, *numpy.flatnonzero(arr[:, 4] == 1).tolist()})
        self.lemmas: list[int] = arr[:, 5].tolist()  # string-store hashes (:meth:`lemma`)
        heads = arr[:, 6].astype("int64")  # relative (two's complement in the uint64 array): 0 for a root
        head = self.head = (numpy.arange(n) + heads).tolist()
        names = _NAMES_OF
        for h in set(pos_ids).difference(names):
            names[h] = POS_NAMES[h]
        for h in set(deps).difference(names):
            names[h] = doc.vocab.strings[h]
        self.pos = list(map(names.__getitem__, pos_ids))
        dep = self.dep = list(map(names.__getitem__, deps))
        kept: dict[int, list[int]] = {}
        clause = _CLAUSE
        for i, h in enumerate(head):
            if h != i and dep[i] not in clause:
                found = kept.get(h)
                if found is None:
                    kept[h] = [i]
                else:
                    found.append(i)
        self.kept = kept
        self.negating: dict[int, bool] | None = None  # sentence start -> negation.may_negate of the sentence
        self.walks: dict[int, list[int]] = {}
        #: token -> (the entities and non-name tokens it was found with, its compound name's span,
        #: (name, actor) of the company it names or None): see :func:`_participants`
        self.names: dict[int, tuple[object, object, tuple[int, int] | None, tuple[str, str | None] | None]] = {}

    def text(self, i: int) -> str:
        """``doc[i].text``."""
        start = self.idx[i]
        return self.doc_text[start : start + self.length[i]]

    def lemma(self, i: int) -> str:
        """``doc[i].lemma_.lower()`` (memoised per string-store hash)."""
        h = self.lemmas[i]
        found = _LOWER_LEMMA.get(h)
        if found is None:
            found = _LOWER_LEMMA[h] = self.doc.vocab.strings[h].lower()
        return found

    def end(self, i: int) -> int:
        """The character offset after token ``i``."""
        return self.idx[i] + self.length[i]

    def is_ancestor(self, a: int, d: int) -> bool:
        """``doc[a].is_ancestor(doc[d])``."""
        head = self.head
        for _ in range(len(head)):
            h = head[d]
            if h == d:
                return False
            if h == a:
                return True
            d = h
        return False

    def capitalised(self, i: int) -> bool:
        """:func:`_capitalised` of token ``i``."""
        t = self.text(i)
        return t[:1].isupper() or t[:1].isdigit() or "&" in t


_COLUMNS: dict[int, _Columns] = {}


def _columns(doc: Doc, doc_text: str | None = None) -> _Columns:
    """The :class:`_Columns` of a parse (memoised per parse while :func:`find_frames` runs;
    ``doc_text``: the text it was parsed from, if at hand)."""
    found = _COLUMNS.get(id(doc))
    if found is None or found.doc is not doc:
        found = _COLUMNS[id(doc)] = _Columns(doc, doc_text)
    return found


def _parsed_from(doc: Doc, text: str) -> bool:
    """A cheap check that ``doc.text == text`` (``doc.text`` rebuilds the string from every token)."""
    if not len(doc):
        return not text
    first, last = doc[0], doc[-1]
    return (
        last.idx + len(last.text_with_ws) == len(text)
        and text.startswith(first.text, first.idx)
        and text.startswith(last.text, last.idx)
    )


def _walk(cols: _Columns, top: int) -> list[int]:
    """The token indices of the argument headed by token ``top`` of the parse ``cols`` reads, in text
    order, not crossing into a clause (memoised per parse while :func:`find_frames` runs)."""
    found = cols.walks.get(top)
    if found is None:
        kids = cols.kept
        out: list[int] = []
        stack = [top]
        while stack:
            i = stack.pop()
            out.append(i)
            stack.extend(kids.get(i, ()))
        found = cols.walks[top] = sorted(out)
    return found


def _qualifier(e: _Entity, cols: _Columns, ents: dict[int, _Entity]) -> bool:
    """A possessor naming whose the named participant is ("Estonia's Information System
    Authority", "Hornwing's SkyLattice"): the participant is the named head, not the possessor
    ("Denmark's defence ministry" keeps Denmark: the ministry has no name of its own)."""
    last = e.end - 1
    head = cols.head[last]
    if cols.dep[last] != "poss" or head == last:
        return False
    other = ents.get(head)
    return (other is not None and other is not e) or (cols.pos[head] == "PROPN" and cols.text(head)[:1].isupper())


def _outlet(name: str, short: frozenset[str] = frozenset()) -> bool:
    """A news outlet's name (``news_words``, ``masthead_words`` of models/events.toml, or a known outlet of
    ``publishers`` in models/furniture.toml): the outlet that reports the event, quotes its parties or is shown its
    documents ("the deal, the Black Sea Press Agency reported", "told the Valley Herald") — no party of it. Not a
    short name the article gives a body of its own (``short``, :func:`_short_names`: "the Autoriteit
    Persoonsgegevens (AP)" is no news agency, whatever outlet shares the letters)."""
    lex = lexicon()
    words = name.split()
    if not words or name in short:
        return False
    return bool(lex.news_words.intersection(words)) or words[-1] in lex.masthead_words or name in _publishers()


#: a capitalised name's words and the short name in brackets after it: "the Autoriteit Persoonsgegevens (AP)"
_SHORT_NAME = re.compile(
    r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the|de|du|des|van|voor)\s+)*){1,8})\(([A-Z][A-Za-z]{1,7})\)"
)


def _short_names(text: str) -> frozenset[str]:
    """The short names an article defines for the bodies it names: a bracketed acronym after a name of two words or
    more whose capitals end with its letters ("the Autoriteit Persoonsgegevens (AP)", "the Ministry of Justice
    (MJ)"); a dateline's agency ("BRUSSELS (AP) -") follows one capitalised word and is no such definition."""
    out = set()
    for m in _SHORT_NAME.finditer(text):
        caps = [w for w in m.group(1).split() if w[:1].isupper()]
        letters = "".join(c for c in m.group(2) if c.isupper())
        if len(caps) >= 2 and not any(w.isupper() for w in caps) and "".join(w[0] for w in caps).endswith(letters):
            out.add(m.group(2))
    return frozenset(out)


def _without_outlets(f: EventFrame, short: frozenset[str] = frozenset()) -> EventFrame:
    """A frame without the outlets among its parties (a report's: "the Herald reported"), as its figures see it."""
    if not any(_outlet(p.name, short) for p in f.participants):
        return f
    return f.model_copy(update={"participants": [p for p in f.participants if not _outlet(p.name, short)]})


@cache
def _publishers() -> frozenset[str]:
    """The known outlets (``publishers`` of models/furniture.toml), as written."""
    return frozenset(lexicons.furniture().publishers)


def _seat(e: _Entity, cols: _Columns) -> bool:
    """A place naming where a party has its seat, before a hyphen and one of ``seat_words`` (models/events.toml):
    "the Basel-based drugs group", "Prague-based Optiveil Systems" — no party of the event (the party is the group)."""
    after = e.end
    return (
        after + 1 < len(cols.pos)
        and cols.text(after) == "-"
        and cols.text(after + 1).lower() in lexicon().seat_words
        and cols.head[e.end - 1] == after + 1
    )


def _description(
    head: Token, ents: dict[int, _Entity], cols: _Columns, any_noun: bool = False
) -> tuple[int, str] | None:
    """(first token, name) of an unnamed party described by a head noun of ``party_descriptions``
    with its lower-case nouns before it ("the defence ministry", "its procurement agency");
    ``cols``: the parse's :class:`_Columns`. ``any_noun``: any common noun heads one ("the water
    utility", "the nets")."""
    if cols.pos[head.i] not in ("NOUN", "PROPN") or head.i in ents or cols.capitalised(head.i):
        return None
    lemma = cols.lemma(head.i)
    if any_noun:
        if cols.pos[head.i] != "NOUN":
            return None
    elif lemma not in lexicon().party_descriptions:
        return None
    words = [lemma]
    first = head.i
    for c in sorted((c for c in head.children if c.i < head.i), key=lambda c: -c.i):
        if c.i != first - 1 or c.dep_ not in ("compound", "amod") or c.pos_ not in ("NOUN", "ADJ"):
            break
        if _capitalised(c) or c.i in ents:
            break
        words.insert(0, c.lower_)
        first = c.i
    return first, " ".join(words)


def _doer(head: Token, ents: dict[int, _Entity], cols: _Columns) -> tuple[int, str] | None:
    """(first token, name) of an agent described by a kind of doer (``[agent_kinds]`` of ``models/events.toml``)
    among its head noun and the lower-case nouns and adjectives before it ("The coastguard closed", "Army divers
    reached", "was stopped by stewards"), not named: it does the act as a name would. A capital only opening its
    sentence ("Police raided") names no one."""

    def plain(i: int) -> bool:
        return i not in ents and (not cols.capitalised(i) or cols.doc[i].is_sent_start)

    if cols.pos[head.i] not in ("NOUN", "PROPN") or not plain(head.i):
        return None
    words = [cols.lemma(head.i).lower()]
    first = head.i
    for c in sorted((c for c in head.children if c.i < head.i), key=lambda c: -c.i):
        if c.i != first - 1 or c.dep_ not in ("compound", "amod") or c.pos_ not in ("NOUN", "ADJ", "PROPN"):
            break
        if not plain(c.i):
            break
        words.insert(0, c.lower_)
        first = c.i
    return (first, " ".join(words)) if lexicon().kinds_named(words) else None


#: Prepositions that place a party inside an argument ("the second-largest bank in the United
#: States", "sales in the United States"): a country there says where, it takes no part.
_LOCATIVE = frozenset({"in", "at", "across", "throughout", "within", "inside", "outside", "around", "near"})
_COUNTRY_LABELS = frozenset({"country", "GPE"})


def _located(e: _Entity, head: int, cols: _Columns) -> str | None:
    """``"other"`` for a country inside an argument that only says where a party is from or where
    things happen: a modifier of a common noun ("US automaker GM", "the United States automobile
    company General Motors", "Ford's US sales" — unless the noun is a state body of
    ``party_descriptions``: "the US government" is the country acting), or the object of a
    locative preposition below the argument's head ("the largest bank in the United States")."""
    kind = actors_mod.gazetteer().types.get(e.name) or e.label
    if kind not in _COUNTRY_LABELS:
        return None
    last = e.end - 1
    if last == head:
        return None
    dep, up = cols.dep[last], cols.head[last]
    if up == last or e.start <= up < e.end:
        return None
    if dep in ("compound", "amod", "nmod", "npadvmod"):
        if cols.pos[up] in ("NOUN", "PROPN") and cols.doc[up].lemma_.lower() not in lexicon().party_descriptions:
            return "other"
        return None
    if dep == "pobj" and cols.dep[up] == "prep" and cols.text(up).lower() in _LOCATIVE and up != head:
        return "other"
    return None


_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "advcl", "conj", "acl"})


def _clause_subject(pron: Token, *, direct: bool = False) -> Token | None:
    """The subject of the nearest clause above a subject pronoun's that has one, when it comes before the pronoun
    and is no pronoun itself ("Veldhaven said on Monday [it would ...]", "The authority said [it had not ...]");
    ``direct``: only the subject of the clause right above, none past a clause with no subject of its own ("The
    authority fined Delta Foods, ruling that [it had abused ...]": the ruling's subject is the fine's, and whom a
    ruling is about is not the ruler)."""
    t = pron.head
    for _ in range(6):
        # up the clause links only: "said [it would]", "accepts ... but disputes the finding that [it
        # notified]" — not out of a relative clause ("the firm it had hired" is not the firm's hiring)
        if t.head.i == t.i or t.dep_ not in _CLAUSE_LINKS:
            return None
        t = t.head
        if t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj", "attr") and t.head.i != t.i:
            t = t.head if t.dep_ != "pobj" else t.head.head  # "disputes the finding that it ..."
        if t.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and direct:
            return None
        if subj is None:
            continue
        if subj.lower_ in _PRONOUNS or subj.i > pron.i:
            return None  # the same pronoun again, or no antecedent before it: as the sentences before decide
        return subj
    return None


def _governing_subject(pron: Token, kind: str, ents: dict[int, _Entity], resolver: Resolver) -> str | None:
    """The actor a subject pronoun stands for when a clause above it in its sentence has a named
    subject of its kind ("Veldhaven said on Monday it would lodge an objection", "the bank accepts
    the fine but disputes the finding that it notified the regulator late")."""
    subj = _clause_subject(pron)
    if subj is not None:
        # the name the subject is ("Veldhaven", "Chrysler LLC", "the carmaker Chrysler"), not one
        # inside it ("Digital affairs minister Maarja Tammik" is a person)
        e = ents.get(subj.i) or next((ents[c.i] for c in subj.children if c.dep_ == "appos" and c.i in ents), None)
        if e is not None:
            if e.label == "NORP" or (e.label in _COUNTRY_LABELS and e.end - 1 != subj.i):
                return None
            return e.actor or e.name if (e.label in ("PERSON", "person")) == (kind == "person") else None
        if kind != "person" and _definite(subj):
            return _no_suffix(resolver.described(subj.lemma_.lower(), subj.idx))
        if kind != "person" and subj.pos_ == "PROPN":  # a name no entity covers ("Orvane said it ...")
            cols = _columns(subj.doc)
            span = _compound_name(subj.i, cols, ents)
            if span is not None:
                named = company_name(actors_mod.clean_name(cols.doc_text[cols.idx[span[0]] : cols.end(span[1] - 1)]))
                return named[0] if named is not None else None
        return None
    return None


def _definite(tok: Token) -> bool:
    """A common noun with "the" or "this": a definite description ("the authority", "this company")."""
    return tok.pos_ == "NOUN" and any(c.lower_ in ("the", "this") for c in tok.children)


def _described_antecedent(pron: Token, kind: str) -> Token | None:
    """The definite description a "thing" pronoun stands for in its own sentence: the subject of the clause above a
    subject pronoun ("The authority said it had not ordered a halt") or of the clause holding a possessive ("The
    authority expects its investigation to take nine months"), when its head is one of ``party_descriptions``. When
    no name fits the description, the pronoun is that description — not the last body the text named (the company
    the authority inspects), nor a person."""
    if kind != "thing":
        return None
    subj = _clause_subject(pron, direct=True) if pron.dep_ in ("nsubj", "nsubjpass") else _owner_subject(pron)
    if subj is None or not _definite(subj):
        return None
    cols = _columns(subj.doc)
    return subj if _description(subj, {}, cols) is not None else None  # a party's description ("the authority")


def _possessor_subject(poss: Token) -> Token | None:
    """The subject of the clause holding a possessive pronoun, or of the clause its clause is the complement of
    ("intends to use its option": the subject of "intends"), wherever it stands."""
    t = poss.head
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX"):
            break
        if t.head.i == t.i:
            return None
        t = t.head
    else:
        return None
    while True:
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            break
        t = t.head  # "intends to use its option": the subject of "intends"
    return subj


def _owner_subject(poss: Token) -> Token | None:
    """The subject of the clause holding a possessive pronoun, when it comes before it (:func:`_owner`)."""
    subj = _possessor_subject(poss)
    if subj is not None and subj.i == poss.head.i:
        return _clause_subject(subj)  # "The authority expects [its investigation to take nine months]"
    return subj if subj is not None and subj.i < poss.i else None


def _owner(
    poss: Token, kind: str, ents: dict[int, _Entity], resolver: Resolver, recent: dict[str, str] | None
) -> str | None:
    """Whom a possessive pronoun stands for when the clause holding it has a subject ("it intends
    to use its option", "Fiat said its offer stands"): that subject — its name, or what it stands for
    in turn (:func:`_governing_subject`, then the last sentence's agent)."""
    subj = _possessor_subject(poss)
    if subj is None or subj.i > poss.i:
        return None
    if subj.lower_ in _PRONOUNS:
        if subj.lower_ not in ("it", "they") if kind == "thing" else subj.lower_ not in ("he", "she"):
            return None
        return _governing_subject(subj, kind, ents, resolver) or (recent or {}).get(kind)
    e = ents.get(subj.i)
    if e is not None and (e.label in _PERSON) == (kind == "person") and e.label != "NORP":
        return e.actor or e.name
    return None


def _of_kind(actor: str | None, kind: str) -> str | None:
    """The actor a pronoun of ``kind`` resolved to, unless "he"/"she" found a one-word name the gazetteer does not
    know as a person: a place, a company, a ship, a storm or a substance the NER took for a person ("He warned us"
    as the mountain the group climbed, "she said" as the grid operator), seldom a person, whom an article names
    in full first (the mentions then give the full name: "Delmas" is "Bruno Delmas"). Unresolved, the frame names
    no one there rather than another party of the story."""
    if actor is None or kind != "person" or " " in actor.strip():
        return actor
    return actor if actors_mod.actor_type(actor) == "person" else None


def _no_suffix(actor: str | None) -> str | None:
    """A resolved actor without a legal-form suffix; None for a suffix alone."""
    if not actor or actor in actors_mod.gazetteer().types:
        return actor
    named = company_name(actor)
    return named[0] if named is not None else None


def _speaks_for(claim: Claim | None, at: int, resolver: Resolver, doc: Doc) -> str | None:
    """The body a quoted "we" of a claim (holding character ``at``) stands for: the claim's source when it is no
    person ("a spokeswoman for Orvane Bank said", "Varnholm's head of quality said": the attribution's body), else
    another party the source's words name beside the speaker ("Anna Berg's lawyer, Ivo Brandt"); None when they
    name no one else ("Delmas said"): then "we" resolves as any pronoun. The last body the text named, which "we"
    falls back on, is often another party of the story (the regulator a company answers, the outlet reporting)."""
    src = claim.source if claim is not None else None
    if src is None or not claim.start <= at < claim.end:  # type: ignore[union-attr]
        return None
    bare = doc.text[src.start : src.end].strip().lower() == (src.actor or "").lower()
    if (
        src.actor
        and actors_mod.actor_type(src.actor) != "person"
        and not _person_named(src.actor, resolver)
        and not (bare and _unknown_word(src.actor))
    ):
        return src.actor
    span = doc.char_span(src.start, src.end, alignment_mode="expand")
    if span is None:
        return None
    return next((m.actor for m in resolver.in_span(span) if m.actor != src.actor and not _home_place(m)), None)


def _unknown_word(actor: str) -> bool:
    """A one-word name the gazetteer does not know: said alone ("...," said Angers), as often a person's surname or
    an outlet's name ("Detik.com quoted him") as a body's, so no "we" is taken to stand for it."""
    return " " not in actor.strip() and actors_mod.actor_type(actor) is None


def _home_place(m: Mention) -> bool:
    """A place named beside a speaker that the gazetteer knows as no country: where the speaker is from or sits for
    ("Kansas senator Sam Brownback"), not the body a quoted "we" stands for."""
    return m.type == "country" and actors_mod.actor_type(m.actor) != "country"


def _person_named(actor: str, resolver: Resolver) -> bool:
    """The text's mentions name the actor as a person (a speaker the gazetteer does not know)."""
    return any(m.actor == actor and m.type == "person" for m in resolver.mentions)


def _participants(
    args: list[tuple[str, Token]],
    ents: dict[int, _Entity],
    resolver: Resolver | None,
    text: str,
    doc: Doc,
    recent: dict[str, str] | None = None,
    not_names: set[int] | frozenset[int] = frozenset(),
    we: str | None = None,
) -> list[_Part]:
    """The parties of a draft's arguments (``args``: role, head token). ``we``: the body a quoted "we" speaks for
    (:func:`_speaks_for`), else "we" resolves as "they" does."""
    out: dict[tuple[str, str], _Part] = {}
    cols = _columns(doc)
    pos, dep, head_of = cols.pos, cols.dep, cols.head

    def add(role: str, start: int, end: int, name: str, actor: str | None, label: str | None) -> None:
        key = (role, name)
        if not any(ch.isupper() or ch.isdigit() for ch in name):
            return  # a name has a capital or a digit: "a 36 million crown contract" names no one
        if key not in out and not any(p.name == name for p in out.values()):
            out[key] = span_participant(role, start, end - 1, name, actor, label)

    def span_participant(role: str, first: int, last: int, name: str, actor: str | None, label: str | None) -> _Part:
        """The participant whose words run from token ``first`` to token ``last`` (character offsets
        in the text)."""
        s, e = cols.idx[first], cols.end(last)
        return _Part(role, text[s:e], s, e, name, actor, label)

    def add_described(role: str, desc: tuple[int, str], head: Token, label: str = DESCRIBED) -> None:
        first, name = desc
        if (role, name) not in out:
            out[(role, name)] = span_participant(role, first, head.i, name, None, label)

    priority = {"agent": 0, "counterpart": 1, "theme": 2, "other": 3}
    # a group doing it is done by who leads it too ("by the consortium led by Varn Orbital"): named together
    args = args + [a for role, head in args if role == "agent" for a in _led_by(head)]
    for role, head in sorted(args, key=lambda ra: priority[ra[0]]):
        seen: set[int] = set()
        named: set[int] = set()
        for ti in _walk(cols, head.i):  # in text order
            e = ents.get(ti)
            if e is not None and id(e) not in seen:
                seen.add(id(e))
                if not _qualifier(e, cols, ents) and not _seat(e, cols):
                    add(_located(e, head.i, cols) or role, e.start, e.end, e.name, e.actor, e.label)
            if (
                pos[ti] in _NAME_POS
                and ti not in named
                and ti not in not_names
                and not (dep[ti] in _NAME_MODIFIERS and pos[head_of[ti]] in _NAME_POS)
            ):
                if not _may_name(ti, cols):
                    continue
                found = cols.names.get(ti)  # the args of a sentence's frames share their words
                if found is None or found[0] is not ents or found[1] is not not_names:
                    span = _compound_name(ti, cols, ents, not_names)
                    company = None
                    if span is not None:
                        name = actors_mod.clean_name(cols.doc_text[cols.idx[span[0]] : cols.end(span[1] - 1)])
                        company = company_name(name) if name else None
                        if company is not None and actors_mod.is_not_actor(name):
                            company = None
                    found = cols.names[ti] = (ents, not_names, span, company)
                span, company = found[2], found[3]
                if span is not None:
                    named.update(range(*span))
                    if company is not None:
                        seen.add(span[0])
                        add(role, span[0], span[1], company[0], company[1], "PROPN")
        desc = _description(head, ents, cols)
        desc_label = DESCRIBED
        if desc is None and role == "agent":
            desc, desc_label = _doer(head, ents, cols), DOER  # a kind of doer: who did it, no party of a timeline
        if seen or resolver is None:
            at = cols.idx[head.i]  # head.idx
            if desc is not None and not any(p.role == role and p.start <= at < p.end for p in out.values()):
                add_described(role, desc, head, desc_label)  # "Denmark's defence ministry": Denmark, and the ministry
            continue
        low = head.lower_
        actor = None
        antecedent: Token | None = None  # a definite description the pronoun stands for, unnamed
        if low == "we" and we is not None:
            actor = we  # '"We will appeal," a spokeswoman for Orvane said': Orvane, not the last body named
        elif low in _PRONOUNS:
            # a subject pronoun is the subject of the clause it is reported in or depends on ("Veldhaven
            # said it would object"), else it continues the last sentence's agent of its kind
            kind = "person" if low in ("he", "she", "his", "her", "him") else "thing"
            subject = head.dep_ in ("nsubj", "nsubjpass")
            actor = _of_kind(_governing_subject(head, kind, ents, resolver) if subject else None, kind)
            possessive = head.dep_ == "poss"  # "The authority expects its investigation ..."
            antecedent = _described_antecedent(head, kind) if (subject or possessive) and not actor else None
            if antecedent is not None and possessive:
                actor = _no_suffix(resolver.described(antecedent.lemma_.lower(), antecedent.idx))
            if antecedent is None:
                actor = actor or (_of_kind((recent or {}).get(kind), kind) if subject else None)
                actor = actor or _of_kind(_no_suffix(resolver.pronoun(low, head.idx)), kind)
        elif pos[head.i] == "NOUN" and any(c.lower_ in ("the", "this") for c in head.children):
            actor = resolver.described(cols.lemma(head.i), cols.idx[head.i])
        else:
            poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _PRONOUNS), None)
            if poss is not None and role == "agent":
                # "it intends to use its option": whose option is the clause's subject's
                kind = "person" if poss.lower_ in ("his", "her") else "thing"
                actor = _of_kind(_owner(poss, kind, ents, resolver, recent), kind)
                antecedent = _described_antecedent(poss, kind) if not actor else None
                if antecedent is not None:
                    actor = _no_suffix(resolver.described(antecedent.lemma_.lower(), antecedent.idx))
                else:
                    actor = actor or _of_kind(_no_suffix(resolver.pronoun(poss.lower_, poss.idx)), kind)
        if actor:
            add(role, head.i, head.i + 1, actor, actor, actors_mod.actor_type(actor))
        elif antecedent is not None and (told := _description(antecedent, ents, cols)) is not None:
            # "The authority said it had not ordered a halt", no name fitting "the authority": that authority
            first, name = told
            if (role, name) not in out:
                out[(role, name)] = span_participant(role, first, antecedent.i, name, None, DESCRIBED)
        elif desc is not None:
            add_described(role, desc, head, desc_label)
    return list(out.values())


_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)")
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3}
# number words are the time expressions' ([numbers] of models/timex/en.toml): "fourteen", "twenty-five"
_WORD_NUMBERS = {w: i for i, w in enumerate(vocabulary().numbers.units)}
_WORD_TENS = {w: 10 * k for k, w in enumerate(vocabulary().numbers.tens, 2)}
_PERCENT = re.compile(r"%|\bper\s?cent\b")


#: a duration's TIMEX3 value in years, months, weeks, days ("P18M"), hours ("PT48H": unit "H") or
#: minutes ("PT90M": 1.5 "H")
_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)([YMWD])$|^PT(\d+(?:\.\d+)?)H$|^PT(\d+(?:\.\d+)?)M$")


def _duration(value: str) -> tuple[float | None, str]:
    """(number, unit) of a duration's TIMEX3 value; (None, the value) for any other form."""
    m = _DURATION.match(value)
    if m is None:
        return None, value
    if m.group(1):
        return float(m.group(1)), m.group(2)
    return (float(m.group(3)), "H") if m.group(3) else (float(m.group(4)) / 60, "H")


#: a scale written onto the number ("$1.2m", "£30m", "€4.2bn", "$500k", "1.5mn"): the parse splits it off
_SCALE_SUFFIX = frozenset({"m", "mn", "bn", "k"})


def _with_symbol_and_scale(doc: Doc, ent: Span) -> Span:
    """A money entity with the currency symbol and the scale written onto its number, which the parse
    leaves out ("$1.2m" is tagged "1.2", "£30m" "30"): the symbol just before it, the suffix just after
    it with no space between; other entities as they are (a bare "100m" may be metres)."""
    start, end = ent.start, ent.end
    if start > 0 and doc[start - 1].is_currency and not doc[start - 1].whitespace_:
        start -= 1
    if ent.label_ == "MONEY" or start < ent.start:
        after = doc[end] if end < len(doc) else None
        if after is not None and after.lower_ in _SCALE_SUFFIX and not doc[end - 1].whitespace_:
            end += 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)


def _quantity_value(text: str) -> tuple[float | None, str | None]:
    low = text.lower()
    return _amount(low), _currency(low)


@lru_cache(maxsize=65_536)
def _amount(low: str) -> float | None:
    """The number a quantity's lower-cased text says, scaled ("$3.5 billion": 3.5e9)."""
    m = _NUMBER.search(low)
    if m:
        value: float | None = float(m.group(1).replace(",", ""))
    else:
        value = _word_number(re.findall(r"[a-z]+", low))
    for word, k in _SCALE.items():
        if value is not None and re.search(rf"(?<![a-z]){word}\b", low):
            value *= k
            break
    return value


def _word_number(words: list[str]) -> float | None:
    """The first number spelled out among ``words``: "fourteen", "twenty-five" (tens then units), "one
    hundred and forty" (hundreds; thousands and above are :data:`_SCALE`'s)."""
    value: float | None = None
    last = ""  # the kind of the last number word: "unit", "ten", "hundred"
    for w in words:
        if w in _WORD_NUMBERS and last in ("", "ten", "hundred") and not (last == "ten" and _WORD_NUMBERS[w] >= 10):
            value, last = (value or 0) + _WORD_NUMBERS[w], "unit"
        elif w in _WORD_TENS and last in ("", "hundred"):
            value, last = (value or 0) + _WORD_TENS[w], "ten"
        elif w == "hundred" and value is not None and value < 100 and last in ("unit", "ten"):
            value, last = value * 100, "hundred"
        elif w == "and" and last == "hundred":
            continue
        elif value is not None:
            break
    return None if value is None else float(value)


_CURRENCY_WORD = re.compile(r"[^\W\d_]+\$?|[^\w\s]")


def _currency(low: str) -> str | None:
    """The currency code of a quantity's lower-cased text (``models/events.toml`` [currencies]): a
    symbol anywhere ("$3bn"), a word only as a whole word ("euros", not "European"); memoised per
    text while the lexicon stays the same (names and numbers repeat: a word is tested once)."""
    currencies = lexicon().currencies
    memo = _CURRENCY_OF.get(id(currencies))
    if memo is None or memo[0] is not currencies:
        _CURRENCY_OF.clear()
        memo = _CURRENCY_OF[id(currencies)] = (currencies, {})
    found = memo[1]
    if low in found:
        return found[low]
    if len(found) > 100_000:
        found.clear()
    code = found[low] = _currency_in(low, currencies)
    return code


_CURRENCY_OF: dict[int, tuple[dict[str, str], dict[str, str | None]]] = {}  # id(currencies) -> (currencies, memo)


def _currency_in(low: str, currencies: dict[str, str]) -> str | None:
    for word in _CURRENCY_WORD.findall(low):
        code = currencies.get(word) or (currencies.get(word[:-1]) if word.endswith("s") else None)
        if code is not None:
            return code
    return None


_AMOUNT_DEPS = frozenset({"npadvmod", "prep", "dobj", "nummod"})


_FOLDED_DEPS = frozenset({"dobj", "nsubjpass", "nsubj", "attr"})  # (an event noun folded into its verb: _drafts)
_MODIFIER_DEPS = frozenset({"nmod", "compound", "amod", "quantmod"})
_STATED_DEPS = frozenset({"dobj", "attr", "acomp", "prep", "npadvmod", "oprd"})


def _stated_amounts(noun: Token, cols: _Columns, words: frozenset[str]) -> list[int]:
    """The tokens under which an event noun states its own amount (``measure_words`` in
    ``models/events.toml``): a modifier or relative clause of the noun ("a contract worth 30 million
    euros", "the deal, valued at 5 million", "the order, which is worth 2 billion"), or the word the
    noun is the subject of, directly or through "be" ("the deal covers 36 trucks", "the contract is
    worth 12 million"). A verb gives its complements, an adjective ("worth") itself."""
    if not words:
        return []
    doc, dep, pos, kept = cols.doc, cols.dep, cols.pos, cols.kept

    def stated(i: int) -> list[int]:
        lemma = doc[i].lemma_.lower()
        if lemma in words:  # (not "with ...": "lasted four hours, with the aircraft flying 100 miles out")
            if pos[i] not in ("VERB", "AUX"):
                return [i]
            return [c for c in kept.get(i, ()) if dep[c] in _STATED_DEPS and cols.text(c).lower() != "with"]
        if lemma == "be":
            return [c for c in kept.get(i, ()) if dep[c] in ("acomp", "attr") and doc[c].lemma_.lower() in words]
        return []

    out = [i for c in noun.children if c.dep_ in ("amod", "acl", "relcl") for i in stated(c.i)]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i != noun.i:
        out += stated(noun.head.i)
        # "the contract covers 104 ambulances and is worth 13.6 million euros": its conjoined verbs too
        out += [
            i
            for c in noun.head.children
            if c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and not any(g.dep_.startswith("nsubj") for g in c.children)
            for i in stated(c.i)
        ]
    return out


_NOUN_MODIFIER = frozenset({"nummod", "compound", "nmod", "quantmod", "amod", "appos"})


def _measured(
    root: int, trigger: int, cols: _Columns, words: frozenset[str], *, count: bool, host: int | None = None
) -> str | None:
    """The lemma of the noun an amount (its entity's root token) measures or counts, or None for
    the trigger's own amount ("fined the bank 12 million", "rose 5%"): the noun it modifies ("64
    radars", "12 of the 64 radars", "the 7 million euro contract": past the words of its unit; "a
    contract for 5 million"),
    or the noun a measure word (or "be") states it of ("a contract worth 30 million", "the deal is
    worth ...", "the order, which covers 36 trucks", "the turnout was 1,080"). A ``count`` of the
    trigger's subject or object is the trigger's ("1,400 dockworkers walked out": as many walked), as is
    one of the light verb (``host``) that carries a noun trigger ("four passengers suffered injuries")."""
    doc, dep, head, pos = cols.doc, cols.dep, cols.head, cols.pos
    for c in cols.kept.get(root, ()):  # "12 of the 64 radars": a part counts what its whole counts
        if dep[c] == "prep" and cols.text(c).lower() == "of":
            whole = next((g for g in cols.kept.get(c, ()) if dep[g] == "pobj"), None)
            if whole is not None and pos[whole] == "NOUN" and whole != trigger:
                return doc[whole].lemma_.lower()
    i = root
    for _ in range(6):
        h = head[i]
        if h in (i, trigger):
            return None
        word = doc[h].lemma_.lower()
        if word in words or word == "be":
            return _stated_of(h, trigger, cols)
        if pos[h] in ("NOUN", "PROPN") and (dep[i] in _NOUN_MODIFIER or dep[i] == "prep"):
            if word in _SCALE or _currency(word) is not None:
                i = h  # "30 million euro contract": past the unit
                continue
            if count and head[h] in (trigger, host) and dep[h] in _FOLDED_DEPS:
                return None  # "1,400 dockworkers walked out", "delivered 12 drones": how many took part
            if not count and dep[i] == "appos" and head[h] == trigger and dep[h] in ("dobj", "dative"):
                # "fined the search company Quorra 8 million euros": a second object the parse hung on the first
                # as its apposition is the trigger's own amount (review 16 X1)
                return None
            return word
        if dep[i] not in ("pobj", "prep"):
            return None
        i = h  # "valued at ...": up the preposition
    return None


@cache
def _tallies() -> frozenset[str]:
    return frozenset(lexicons.measures().measured.tallies)


#: The dependencies under a tally's verb that hold its figure ("is 14", "reached 14", "stands at 14", "rose to 14").
_TALLY_DEPS = frozenset({"attr", "dobj", "oprd"})
_TALLY_PREPS = frozenset({"at", "to"})


def _tally(noun: Token, cols: _Columns, dated: set[int], doc_text: str) -> Quantity | None:
    """The count of an event noun told by a tally noun it makes (``[measured] tallies``: "the death toll stands
    at 14", "the death toll rose to 40", "the death toll is 14"), or of an event word a counting noun names after
    "of" (``[measured] counts_of``: "the number of people injured has risen to eight", "corrected the number of
    injured to 28"): the number the tally is the subject of, through "be" or a verb ("is", "stands at", "rose to",
    "reached"), or reaches by "to" or "at" as a verb's object ("raised ... to 52", "put ... at 14"); a bare number
    the recogniser may call a date, not one a time expression holds. None when there is none."""
    doc, dep, head = cols.doc, cols.dep, cols.head
    i = noun.i
    h = head[i]
    # (not "the toll of the quake": a count of whom it befell, not of quakes); "the number of people injured has
    # risen to eight", "raised the number of arrests to 52": the count of the word after "of" (count_noun_of)
    if dep[i] != "compound" or h == i or cols.lemma(h) not in _tallies():
        counter = count_noun_of(noun)
        if counter is None:
            return None
        h = counter.i
    if dep[h] not in ("nsubj", "nsubjpass", "dobj"):
        return None
    verb = head[h]
    # (the figure reached first: "rose 12,000 last week to 391,000" counts 391,000, the rise is 12,000)
    tops: list[int] = []
    for c in cols.kept.get(verb, ()):
        if dep[c] == "prep" and cols.text(c).lower() in _TALLY_PREPS:
            tops += [g for g in cols.kept.get(c, ()) if dep[g] == "pobj"]
    tops += [c for c in cols.kept.get(verb, ()) if dep[c] in _TALLY_DEPS]
    for t in tops:
        tok = doc[t]
        if tok.pos_ != "NUM" or not tok.like_num or t in dated:
            continue
        start = figure_start(doc, t, cols.idx[t])
        end = cols.end(t)
        value, unit = _quantity_value(doc_text[cols.idx[t] : end])
        if value is None or unit is not None:
            continue
        return Quantity(kind="count", text=doc_text[start:end], start=start, end=end, value=value)
    return None


def _label_number(root: int, cols: _Columns) -> bool:
    """A number after its noun, or joined to one, names the thing rather than counting it ("the nets of cages
    4 and 6 tore", "trains on line 2")."""
    for _ in range(4):
        head = cols.head[root]
        if cols.dep[root] == "nummod":
            return head < root
        if cols.dep[root] != "conj" or head == root:
            return False
        root = head
    return False


def _part_of_them(root: int, cols: _Columns) -> bool:
    """A number that is a part of a whole a pronoun names ("one of them", "three of whom"): a share
    of a count given beside it, not a count of its own."""
    for c in cols.kept.get(root, ()):
        if cols.dep[c] == "prep" and cols.text(c).lower() == "of":
            return any(cols.dep[g] == "pobj" and cols.pos[g] == "PRON" for g in cols.kept.get(c, ()))
    return False


#: Where a number stands beside a clause as a part of its count ("seven were injured, two seriously"), not as one
#: of its parties.
_ASIDE_DEPS = frozenset({"npadvmod", "appos", "advmod", "dep", "conj"})


def _aside_part(ent: Span, cols: _Columns) -> bool:
    """A bare number after a comma, no party of the clause ("seven people were injured, two seriously"): a part
    of a count given beside it (:func:`_quantities` drops it only then)."""
    root = ent.root.i
    return (
        cols.pos[root] == "NUM" and cols.dep[root] in _ASIDE_DEPS and ent.start > 0 and cols.text(ent.start - 1) == ","
    )


def _coordinated_with(root: int, cols: _Columns) -> int | None:
    """The first noun of a coordination whose later noun a number counts ("five passengers and two drivers":
    "passengers" for "two"), else None."""
    if cols.dep[root] != "nummod":
        return None
    noun = first = cols.head[root]
    while cols.dep[noun] == "conj" and cols.head[noun] != noun:
        noun = cols.head[noun]
    return None if noun == first else noun


def _apposed_to(root: int, cols: _Columns) -> int | None:
    """The noun a counted apposition restates ("nine climbers, four guides and five students,": "climbers" for
    "four" and "five"), else None."""
    if cols.dep[root] != "nummod":
        return None
    noun = cols.head[root]
    while cols.dep[noun] == "conj" and cols.head[noun] != noun:
        noun = cols.head[noun]
    return cols.head[noun] if cols.dep[noun] == "appos" else None


#: Determiners that make a coordinated noun without a number one of a count ("six passengers and a driver").
_ONE_DETS = frozenset({"a", "an"})


def _one_more(noun: int, tokens: set[int], cols: _Columns) -> list[int]:
    """The conjuncts of a counted noun that name one more without a number ("six passengers and a driver",
    "two children and their mother"): singular, with "a"/"an" or a possessive, no number of their own."""
    doc, out, stack = cols.doc, [], [noun]
    while stack:
        for c in doc[stack.pop()].children:
            if c.dep_ != "conj" or c.i not in tokens:
                continue
            stack.append(c.i)
            kids = list(c.children)
            if c.tag_ == "NN" and not any(k.dep_ == "nummod" for k in kids):
                if any(k.dep_ == "poss" or (k.dep_ == "det" and k.lower_ in _ONE_DETS) for k in kids):
                    out.append(c.i)
    return sorted(out)


#: The roles of a party (identity's): an event without one may carry its cause (:func:`_cause`).
_PARTY_ROLES = frozenset({"agent", "theme", "counterpart"})
#: Prepositions whose object is what harmed ("died in a house fire", "injured after the blast", "died of burns").
_CAUSE_PREPS = frozenset({"in", "after", "from", "of", "by", "during"})


#: prepositions of the place an incident happened at ("derailed near Lisk", "hit a wall in Marl")
_PLACE_PREPS = frozenset({"in", "near", "at", "outside", "on"})
#: entity labels that name no place ("on Saturday", "in 2019", "at 40 km/h")
_NO_PLACE_LABELS = frozenset({"", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "NORP"})


def _clause_places(d: _Draft) -> list[tuple[str, Token]]:
    """The named places of the clause a harm is told with ("a train derailed near Lisk, injuring three", "were
    injured when a bus hit a wall in Marl"), as ``other`` arguments, outside the harm's own words: two party-less
    counts of one day are one incident only at one place."""
    hosts = [d.token] if d.host.i == d.token.i else [d.token, d.host]
    verbs = []
    for h in hosts:
        if h.dep_ == "advcl" and h.head.pos_ in ("VERB", "AUX") and h.head.i != h.i:
            verbs.append(h.head)
        verbs += [c for c in h.children if c.dep_ == "advcl"]
    own = {t.i for t in d.token.subtree} - {t.i for v in verbs if v.head.i == d.token.i for t in v.subtree}
    out: list[tuple[str, Token]] = []
    for v in verbs:
        for t in v.subtree:
            if t.i in own or t.dep_ != "pobj" or t.head.lower_ not in _PLACE_PREPS or t.ent_type_ in _NO_PLACE_LABELS:
                continue
            out.append(("other", t))
    return out


def _cause(d: _Draft, lex: EventLexicon) -> Token | None:
    """What brought about an event of a ``one_party`` class that names no party: a noun after
    :data:`_CAUSE_PREPS` ("two people died in a house fire", "killed in the crash"; not "in hospital",
    "in custody": no determiner, nor a time or a place), the subject of a transitive trigger ("the blaze
    killed two people"), or the event verb of its clause ("injured when a coach crashed", "a coach
    crashed, injuring seven"). Two reports without a party are one event only with one cause (identity's
    descriptions), never on their class and day alone."""
    hosts = [d.token] if d.host.i == d.token.i else [d.token, d.host]
    for h in hosts:
        kids = list(h.children)
        if d.pos == "verb" and any(c.dep_ == "dobj" for c in kids):
            subj = next((c for c in kids if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
            if subj is not None:
                return subj
        preps = _CAUSE_PREPS if d.pos == "verb" else _CAUSE_PREPS - {"of"}  # "the collapse of the bank": its party
        for p in (c for c in kids if c.dep_ == "prep" and c.lower_ in preps):
            for g in p.children:
                if g.dep_ != "pobj" or g.pos_ != "NOUN" or g.ent_type_ or lex.nouns.get(g.lemma_.lower()) == d.cls:
                    continue
                if g.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in g.children):
                    return g
    for h in hosts:
        if h.dep_ == "advcl" and h.head.pos_ == "VERB" and h.head.lemma_.lower() in lex.verbs:
            return h.head  # "a coach crashed, injuring seven"
        clause = next((c for c in h.children if c.dep_ == "advcl" and c.lemma_.lower() in lex.verbs), None)
        if clause is not None:
            return clause  # "injured when a coach crashed"
    return None


def _stated_of(w: int, trigger: int, cols: _Columns) -> str | None:
    """The noun a measure word (or "be") states its amount of: the noun it modifies ("a contract
    worth", "the deal, valued at"), the noun of its relative clause ("the order, which is worth"),
    else its subject ("the deal covers", "the contract is worth"); None when that is the trigger."""
    doc, dep, head, pos = cols.doc, cols.dep, cols.head, cols.pos
    if dep[w] in ("acomp", "attr") and doc[head[w]].lemma_.lower() == "be":
        w = head[w]
    if dep[w] in ("amod", "acl", "relcl") and pos[head[w]] == "NOUN":
        noun: int | None = head[w]
    else:
        noun = next((c for c in cols.kept.get(w, ()) if dep[c] in ("nsubj", "nsubjpass")), None)
    if noun is None or noun == trigger or pos[noun] != "NOUN":
        return None
    return doc[noun].lemma_.lower()


def _quantities(
    draft: _Draft,
    doc: Doc,
    doc_text: str,
    durations: Sequence[TimeExpr],
    ents_by_token: dict[int, Span],
    cols: _Columns,
) -> list[Quantity]:
    """``doc_text`` is ``doc.text`` (spaCy rebuilds that string at each access); ``cols`` the
    parse's :class:`_Columns` (character offsets of each token)."""
    tokens: set[int] = set()
    for _, head in draft.args:
        tokens.update(_walk(cols, head.i))
    dep = cols.dep
    objects = {doc[c].lemma for c in cols.kept.get(draft.token.i, ()) if dep[c] == "dobj"}
    for c in cols.kept.get(draft.token.i, ()):  # "rose 5%", "fell to $3 billion" (kept children)
        if dep[c] in _AMOUNT_DEPS or (dep[c] == "conj" and doc[c].lemma in objects):
            # (and an object the parse hung on the verb: "recalled 12,000 vans in Norland and 8,000 vans")
            tokens.update(_walk(cols, c))
    words = lexicon().measure_words
    if draft.pos == "noun":  # "a contract worth 30 million euros", "the deal covers 36 trucks"
        for top in _stated_amounts(draft.token, cols, words):
            tokens.update(_walk(cols, top))
        for c in cols.kept.get(draft.token.i, ()):  # "the 7 million euro contract"
            if dep[c] in _MODIFIER_DEPS:
                tokens.update(_walk(cols, c))
    elif draft.pos == "verb":  # "the deal, valued at 5 million euros, was signed" (a noun folded into its verb)
        nouns = lexicon().nouns
        for c in cols.kept.get(draft.token.i, ()):
            if dep[c] in _FOLDED_DEPS and cols.pos[c] == "NOUN" and doc[c].lemma_.lower() in nouns:
                for top in _stated_amounts(doc[c], cols, words):
                    tokens.update(_walk(cols, top))
    out: list[Quantity] = []
    seen: set[int] = set()
    # the noun an event's own count counts -> its place in ``out``: the ones a one-party event befalls are
    # one count ("five passengers and two drivers were injured": seven), goods delivered are two ("fourteen
    # drones and twenty-five trucks")
    own: dict[int, int] = {}
    parts: dict[int, list[float]] = {}  # place in ``out`` -> the conjuncts' counts summed into it
    alone: dict[int, Quantity] = {}  # place in ``out`` -> its count before the conjuncts were summed in
    one_party = bool(lexicon().inherited(draft.cls, "one_party"))
    asides: list[int] = []  # places in ``out`` of bare numbers after a comma (:func:`_aside_part`)
    for i in sorted(tokens.intersection(ents_by_token)):
        ent = ents_by_token[i]
        if ent.start in seen:
            continue
        seen.add(ent.start)
        value, unit = _quantity_value(doc_text[ent.start_char : ent.end_char])  # = ent.text, not rebuilt
        kind = _QUANTITY_LABELS[ent.label_]
        if kind != "percent" and _PERCENT.search(ent.text.lower()):
            kind = "percent"  # "94 per cent" tagged as money
        start, end = ent.start_char, ent.end_char
        if kind in ("count", "measure", "percent"):  # "up to 500 tonnes", "some 60 to 70 percent" (review 12 T5)
            start = figure_start(doc, ent.start, start, opened=kind == "measure")
        if unit is not None and kind in ("count", "measure"):
            kind = "money"  # "1.2 billion kroner" tagged as a quantity
        elif kind in ("count", "measure") or (kind == "money" and unit is None):
            # a currency word the entity left out: "36 million crowns", "SEK 300 million", "the 148 million
            # euro contract"
            after = doc[ent.end] if ent.end < len(doc) else None
            before = doc[ent.start - 1] if ent.start > 0 else None
            # a nationality between the number and its currency: "36 million Danish crowns"
            k = ent.end
            while k < min(ent.end + 2, len(doc) - 1) and (
                doc[k].ent_type_ in ("NORP", "GPE") or doc[k].pos_ == "PROPN"
            ):
                k += 1
            if k > ent.end and (code := _currency(doc[k].lower_)):
                kind, unit, end = "money", code, doc[k].idx + len(doc[k])
            elif after is not None and (code := _currency(after.lower_)):
                kind, unit, end = "money", code, after.idx + len(after)
            elif before is not None and (code := _currency(before.lower_)):
                kind, unit, start = "money", code, before.idx
        if kind == "measure" and unit is None:
            unit = ent[-1].lemma_.lower()
        if kind == "count" and _part_of_them(ent.root.i, cols):
            continue  # "seven were injured, one of them seriously": a part, not how many
        root = ent.root.i
        if kind == "count" and _label_number(root, cols):
            continue  # a number after its noun names it ("the nets of cages 4 and 6", "line 2"): no count
        if kind == "count" and cols.dep[root] == "nummod" and added_to(doc[cols.head[root]]):
            continue  # "the director and two other men were arrested", "three more died": a part, not how many
        if kind == "count" and cols.dep[root] == "nummod" and whole_of_share(doc[cols.head[root]]):
            # "60% of the 500 dockworkers joined", "found E. coli in five of the 12 samples", "will receive 12
            # of the 64 radars": the whole, not how many joined, were found, are received (a claim giving both
            # would answer neither)
            continue
        measured = _measured(ent.root.i, draft.token.i, cols, words, count=kind == "count", host=draft.host.i)
        if kind == "count" and value is not None:
            if one_party and _apposed_to(ent.root.i, cols) in own:
                continue  # "nine climbers, four guides and five students,": a breakdown of the nine
            whole = _coordinated_with(ent.root.i, cols)
            if whole is not None and cols.pos[whole] in ("VERB", "AUX"):  # "... and 8,000 vans" hung on the verb
                mine = cols.head[ent.root.i]
                whole = next(
                    (c for c in cols.kept.get(whole, ()) if dep[c] == "dobj" and doc[c].lemma == doc[mine].lemma),
                    None,
                )
            # "five passengers and two drivers were injured"; "recalled 12,000 Vantor vans and 8,000 Kestrel
            # vans" (one noun twice: parts of one count, 20,000 vans)
            if whole is not None and whole in own and (one_party or same_count(doc[whole], doc[cols.head[ent.root.i]])):
                k = own[whole]
                q = out[k]
                alone.setdefault(k, q)
                parts.setdefault(k, []).append(value)
                out[k] = q.model_copy(
                    update={"value": (q.value or 0) + value, "end": end, "text": doc_text[q.start : end]}
                )
                continue
            if measured is None or measured == draft.lemma:
                if cols.dep[ent.root.i] == "nummod":
                    own[cols.head[ent.root.i]] = len(out)
                if _aside_part(ent, cols):
                    asides.append(len(out))
        out.append(
            Quantity(
                kind=kind,  # type: ignore[arg-type]
                text=doc_text[start:end],
                start=start,
                end=end,
                value=value,
                unit=unit,
                measures=measured if measured != draft.lemma else None,
            )
        )
    for whole, k in own.items() if one_party else ():
        q = out[k]
        for c in _one_more(whole, tokens, cols):  # "six passengers and a driver": seven
            alone.setdefault(k, q)
            parts.setdefault(k, []).append(1.0)
            end = max(q.end, cols.end(c))
            q = q.model_copy(update={"value": (q.value or 0) + 1, "end": end, "text": doc_text[q.start : end]})
        out[k] = q
        first = alone.get(k)
        if first is not None and whole + 1 < len(doc) and cols.text(whole + 1) == ",":
            if first.value is not None and sum(parts[k]) == first.value:
                out[k] = first  # "seven people, two children and five adults": a breakdown of the seven
    if asides and len([q for q in out if q.kind == "count"]) > len(asides):
        out = [q for k, q in enumerate(out) if k not in asides]  # "seven were injured, two seriously": a part
    if tokens and durations:
        # (token offsets grow with the index, and tokens do not overlap)
        first_token, last_token = min(tokens), max(tokens)
        lo, hi = cols.idx[first_token], cols.end(last_token)
        # durations are sorted by offset: only those starting in [lo, hi) can lie inside
        first = bisect_left(durations, lo, key=lambda t: t.start)
        for d in durations[first : bisect_left(durations, hi, key=lambda t: t.start)]:
            if d.start >= lo and d.end <= hi:
                number, unit = _duration(d.value)
                out.append(
                    Quantity(
                        kind="duration",
                        text=d.text,
                        start=d.start,
                        end=d.end,
                        value=number,
                        unit=unit,
                    )
                )
    return out


# ------------------------------------------------------------------ factuality


def _aux_words(tok: Token, cols: _Columns) -> list[str]:
    """The lower-cased words of a verb's aux/auxpass/neg/advmod children (kept children, in text order)."""
    dep = cols.dep
    return [cols.text(c).lower() for c in cols.kept.get(tok.i, ()) if dep[c] in _AUX_DEPS]


def _negated(host: Token, noun: Token | None, cols: _Columns) -> bool:
    """The claims' negation test (:func:`claimline.extraction.negation.is_negated`) on the trigger
    (and, for a noun, on its verb): a ``neg`` on it or a head in its clause, a negative subject
    ("nobody signed", "no agreement was signed"), a negating verb above it, a negator just before
    it ("no reason to cancel"); "not only" does not negate. A negative object ("signed nothing")
    negates as a negative subject does."""
    if not _may_negate(host, cols):
        return False
    if noun is None and _own_clause(host):
        # "did not resign on Wednesday and will stay in post": a conjunct with an auxiliary of its own is a
        # clause of its own, negated only by its own words
        return any(c.dep_ == "neg" for c in host.children) or any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") and negation.negative_argument(c) for c in host.children
        )
    if noun is not None and noun.i == host.i and _object_of_event(noun):
        # "would not cancel the award": the cancelling is negated, not the award
        return negation.negative_argument(noun)
    subject = _subject_over(noun) if noun is not None else None
    if subject is not None:
        # "the scope of the pilot has not changed", "the cause of the fire has not been determined": what is
        # negated is the subject's predicate, not the event its subject names; "no sign of sabotage was found"
        # negates it through its subject
        return negation.negative_argument(subject)
    for t in (host,) if noun is None or noun.i == host.i else (noun, host):
        if negation.is_negated(t, _sentence_of(t, cols)):  # (= t.sent, from the parse's sentence starts)
            return True
    return any(c.dep_ == "dobj" and negation.negative_argument(c) for c in host.children)


#: Dependencies inside a noun phrase, from a modifier up to the noun it modifies ("the scope of NATO's pilot").
_INSIDE_NOUN_PHRASE = frozenset({"poss", "pobj", "prep", "compound", "nmod", "appos"})


def _subject_over(noun: Token) -> Token | None:
    """The subject of a verb whose noun phrase holds ``noun`` as a modifier of another noun ("the scope of NATO's
    pilot has not changed": ``scope`` for ``pilot``), else None (``noun`` is the subject itself, or in no subject)."""
    t = noun
    for _ in range(6):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
            return t if t.i != noun.i else None
        if t.dep_ not in _INSIDE_NOUN_PHRASE or t.head.i == t.i:
            return None
        t = t.head
    return None


def _own_clause(verb: Token) -> bool:
    """A conjoined verb with an auxiliary of its own ("… and will stay", "… but has since returned")."""
    return verb.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") for c in verb.children)


#: Classes of verbs that stop an event: "would not cancel the award" leaves the award standing
#: (while "has not opened an audit" opens none).
_STOPPING = ("cancel", "delay")


def _object_of_event(noun: Token) -> bool:
    """A noun trigger that is the object of a verb stopping it ("not cancel the award", "not delay
    the launch") or causing it ("did not cause the flood", ``causing_verbs``): a negation of that verb
    is the verb's."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.i == noun.i or verb.pos_ != "VERB":
        return False
    lex = lexicon()
    if verb.lemma_.lower() in lex.causing_verbs:
        return True
    found = _verb_class(verb, lex)
    return found is not None and any(lex.related(found[0], c) for c in _STOPPING if c in lex.classes)


def _sentence_of(tok: Token, cols: _Columns) -> Span:
    """``tok.sent``, from the parse's sentence starts (``Token.sent`` walks the tokens to both ends)."""
    starts = cols.sent_starts
    k = bisect_right(starts, tok.i) - 1
    return tok.doc[starts[k] : starts[k + 1] if k + 1 < len(starts) else len(cols.pos)]


def _may_negate(host: Token, cols: _Columns) -> bool:
    """Whether the sentence of ``host`` (``host.sent``) holds any word the negation test reacts to
    (most hold none: the test is then skipped): :func:`claimline.extraction.negation.may_negate`,
    from the parse's arrays (``cols``), for every sentence at once while :func:`find_frames` runs."""
    starts = cols.sent_starts
    if cols.negating is None:
        mask = negation.negating_mask(cols.doc)
        flags = numpy.logical_or.reduceat(mask, starts).tolist() if len(mask) else []
        cols.negating = dict(zip(starts, flags, strict=False))
    return cols.negating[starts[bisect_right(starts, host.i) - 1]]


def _factuality(draft: _Draft, lex: EventLexicon, denials: set[int]) -> str:
    host = draft.host
    noun = draft.token if draft.pos != "verb" else None
    mk = _markers()
    cols = _columns(host.doc)
    level = "asserted"
    if _negated(host, noun, cols):
        level = "hedged" if _unsaid(host, noun, lex) else "negated"
    if noun is not None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
        # "a live test is scheduled for June", "the signing is planned for 1 June" (not "the
        # resignation will affect ...": what is future there is the effect)
        if noun.head.lemma_.lower() in lex.expectation_verbs:
            level = _max(level, "expected")
        verb = noun.head
        if (
            verb.dep_ in ("ccomp", "xcomp")
            and verb.head.lemma_.lower() in lex.expectation_verbs
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        ):
            # "officials expect the pilot to begin in October": the subject of an infinitive an expectation
            # governs is expected too
            level = _max(level, "expected")
    # walk up the clauses that govern the trigger; a denial above what a causing verb brings about denies the
    # cause, not the effect (``_effect_of_causing``)
    t = host
    first = True
    hops = 0
    caused = noun is not None and _effect_of_causing(noun)
    while hops < 8:
        hops += 1
        words = _aux_words(t, cols)
        if first or t.dep_ in ("xcomp",):
            if any(w in lex.future_auxiliaries for w in words):
                level = _max(level, "expected")
            elif "to" in words and t.dep_ == "acl":
                # an infinitive that says what a noun is for: "a contract to supply tankers", "plans
                # to build a plant" (still to be done when reported)
                level = _max(level, "expected")
            if any(w in mk.hedged_modals for w in words) or any(w in mk.hedging_adverbs for w in words):
                level = _max(level, "hedged")
            if any(w in mk.reporting_adverbs for w in words):
                level = _max(level, "reported")
        first = False
        if t.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or t.head.i == t.i:
            break
        caused = caused or _effect_of_causing(t)
        head = t.head
        hl = head.lemma_.lower()
        if head.i in denials and t.dep_ in ("ccomp", "xcomp") and not caused:
            return "denied"
        if t.dep_ == "xcomp" and hl in lex.expectation_verbs:
            level = _max(level, "expected")
            # "is expected to", "plans to": the expectation's own tense does not matter
        if t.dep_ == "ccomp" and lex.verbs.get(hl) in ("statement", "announce", "report", "opinion", "warn"):
            level = _max(level, "reported")
            break
        if t.dep_ == "conj":
            # "signed on 27 Feb but revealed this week": conjuncts share negation only
            break
        t = head
    return level


#: event classes of the verbs of saying whose negation leaves their that-clause unsaid, not negated
_SAYING_CLASSES = frozenset({"statement", "announce", "report"})


def _unsaid(host: Token, noun: Token | None, lex: EventLexicon) -> bool:
    """The trigger lies in the that-clause of a verb of saying that is negated ("has not confirmed that the ferry
    will reopen", "has yet to confirm that 40 flights were cancelled", "never said that the plant would close"):
    what nobody has said is unconfirmed, not denied (review 23 D5) — unless its own clause negates it ("has not
    said that the plant would not close"). Not a belief ("does not think the plant will close") nor a denial."""
    if host.dep_ != "ccomp" or lex.verbs.get(host.head.lemma_.lower()) not in _SAYING_CLASSES:
        return False
    head = host.head
    near = list(head.children)
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in ("have", "be"):
        near += head.head.children  # ("has yet to confirm": "yet" hangs on "has")
    if not any(negation.negates(c) and not negation.restricts(c) for c in near):
        return False
    own = host.doc[host.left_edge.i : host.right_edge.i + 1]
    return not any(negation.is_negated(t, own) for t in ((host,) if noun is None else (noun, host)))


def _not_said_by(claim: Claim, tok: Token) -> bool:
    """``tok`` lies in the that-clause of a claim's cue the source did not say: a claim that is its whole
    sentence, negated by its cue ("The board has yet to confirm that the ferry will reopen", "declined to confirm
    that A", "was unable to confirm that A"; not a denial, whose content is the claim): what the clause tells is
    no statement of the source's (review 23 D5), the outlet tells it as unconfirmed."""
    cue = claim.cue
    if cue is None or not claim.negated or not (claim.start <= cue.start < claim.end) or _is_denial_cue(claim):
        return False
    node = tok
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and cue.start <= node.head.idx < cue.end:
            return True
        node = node.head
    return False


def _max(a: str, b: str) -> str:
    if a in ("negated", "denied"):
        return a
    return a if _RANK[a] >= _RANK[b] else b


def _with_claim(level: str, claim: Claim | None, draft: _Draft, drafted: Mapping[int, str] | None = None) -> str:
    """Make a frame's factuality consistent with the claim whose content holds it
    (a claim's cue is the source's act, asserted by the author)."""
    if claim is None or not (claim.start <= draft.token.idx < claim.end):
        return level
    if claim.negated and claim.cue is not None and claim.source is not None and level != "negated":
        # the cue denies the content: "X denied that it had signed" (not a thing the denied one is against or
        # for: "rejected the appeal against the ban" rejects the appeal, the ban stands)
        if _is_denial_cue(claim) and not _beside_denied(claim, draft, drafted or {}):
            return "denied"
    if level in ("negated", "denied", "expected"):
        return level
    if claim.modality in ("hedged", "speculative") or _doubted_cue(claim, draft):
        return "hedged"
    if level == "asserted" and (claim.source is not None or (claim.modality == "reported" and _cue_noun(claim, draft))):
        # a report noun with no one named is a report too: "There were reports that X had been arrested" (not a
        # verb of the sentence's own statement: "was found guilty", "was ordered to pay" stay asserted)
        return "reported"
    return level


def _cue_noun(claim: Claim, draft: _Draft) -> bool:
    """The claim's cue is a noun ("reports that …", "rumours that …")."""
    if claim.cue is None:
        return False
    cue = draft.token.doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
    return cue is not None and any(t.pos_ == "NOUN" for t in cue)


def _doubted_cue(claim: Claim, draft: _Draft) -> bool:
    """The claim's cue is a report noun its adjective doubts: "unconfirmed reports that …"
    (``hedging_adjectives`` of ``models/modality.toml``)."""
    if claim.cue is None:
        return False
    cue = draft.token.doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
    words = _markers().hedging_adjectives
    return cue is not None and any(c.dep_ == "amod" and c.lower_ in words for t in cue for c in t.children)


@cache
def _denial_cues() -> frozenset[str]:
    return frozenset(c.lemma for c in lexicons.cues().cue if c.negates)


#: classes of events done to an event that already is (cancelling, suspending, postponing it): denying them
#: leaves their object standing ("denied it had cancelled the deal"; not "denied it had opened an inquiry", whose
#: opening is the inquiry's own beginning)
_UNDOING_CLASSES = frozenset({"cancel", "delay"})


def _beside_denied(claim: Claim, draft: _Draft, drafted: Mapping[int, str]) -> bool:
    """A noun trigger that only qualifies what a denial denies, through a preposition other than "of"
    ("rejected the appeal against the ban", "dismissed the request for a recount": the appeal and the request
    are denied, not the ban or the recount; "denied reports of an attack" denies the attack), or that only
    places the denied act ("denied that the dairy found listeria in August, weeks before a recall", "denied
    that it is paying for any part of the pilot", "denied he was involved in the attack": the recall, the pilot
    and the attack are no part of the denial; review 23 D2). Nor is a verb that only describes one of the
    denied act's participants, in a clause modifying a noun ("denied that the software ordered from the firm
    would select targets", "denied that the man arrested on Monday was a soldier": the order and the arrest are
    taken as given, what is denied is the targeting and the soldier). Nor is a noun that a cancelling or a
    delay acts on (``_UNDOING_CLASSES``: "denied it had cancelled its deal": the cancelling is denied, the deal
    stands; "denied it had signed an agreement" or "had opened an inquiry" deny both); ``drafted``: the
    sentence's triggers by token, with their classes."""
    if claim.cue is None:
        return False
    t = draft.token
    if _effect_of_causing(t) and not (claim.cue.start <= t.head.idx < claim.cue.end):
        return True
    for _ in range(8):
        h = t.head
        if h.i == t.i or claim.cue.start <= h.idx < claim.cue.end:
            return False
        if draft.pos == "verb":
            # (a participle or a relative clause; not a noun's content clause: "denied a report that the
            # clinic would close", "denied plans to close it" deny the closing)
            content = any(c.dep_ == "mark" or c.tag_ == "TO" for c in t.children)
            if t.dep_ in ("acl", "relcl") and not content and h.pos_ in ("NOUN", "PROPN", "PRON"):
                return True
        else:
            acted_on = t.dep_ == "dobj" and t.i == draft.token.i and drafted.get(h.i) in _UNDOING_CLASSES - {draft.cls}
            placed = t.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ != "of"
            placed = placed and h.head.pos_ in ("NOUN", "VERB", "ADJ")
            if acted_on or placed:
                return True
        t = h
    return False


def _effect_of_causing(tok: Token) -> bool:
    """``tok`` is what a causing verb (``causing_verbs`` of ``models/events.toml``) brings about: its object
    ("denied that a signal fault had caused the crash", "rejected claims that a leak caused the fire"), the
    subject of its passive ("denied that the outage was caused by an anchor") or its infinitive ("denied that
    a lack of maintenance had caused the axle to break"). A denial of the causing denies the cause, not the
    effect: the crash, the fire, the outage and the break stand, as under a plain negation
    (:func:`_object_of_event`) — when the effect is told as a given, a definite noun or an infinitive."""
    verb = tok.head
    if verb.i == tok.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon().causing_verbs:
        return False
    if tok.dep_ in ("dobj", "nsubjpass"):
        # only a definite effect is taken as given ("the crash", "its failure"); "denied that any accident
        # had been caused by the fault", "denied that a fire was caused" deny that there was one
        return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in tok.children)
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("xcomp", "ccomp")


def _lemma_forms(word: str) -> set[str]:
    """The lemmas an inflected form of a regular verb may have: "rejected", "rejects", "disputed" and "denied",
    "denies", "denying" (a ``y`` turned ``ie`` before its ending)."""
    forms = {word, word.rstrip("sd"), word[:-1], word[:-2]}
    if word.endswith(("ied", "ies")):
        forms.add(word[:-3] + "y")
    if word.endswith("ing"):
        forms |= {word[:-3], word[:-3] + "e"}
    return forms


def _is_denial_cue(claim: Claim) -> bool:
    """The claim's cue is a denial (a cue of ``models/cues.toml`` that negates its content: "denied that",
    "rejected reports that", "dismissed claims that"), in any form of its verb ("denies", "denied": review 23 D2,
    "X denied a report that Y ..." left Y reported)."""
    if claim.cue is None:
        return False
    words = claim.cue.text.lower().split()
    cues = _denial_cues()
    return any(_lemma_forms(w) & cues for w in words) or any(c in claim.cue.text.lower() for c in cues)


# ------------------------------------------------------------------ claims
def _claim_for(trigger_start: int, claims: Sequence[Claim]) -> Claim | None:
    return _ClaimIndex(claims).find(trigger_start)


class _ClaimIndex:
    """The claims whose content or cue holds an offset, found by bisection (a long article has
    tens of thousands of claims and frames: scanning every claim per frame was quadratic)."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        spans = [(c.start, c.end, k) for k, c in enumerate(claims)]
        spans += [(c.cue.start, c.cue.end, k) for k, c in enumerate(claims) if c.cue is not None]
        spans.sort()
        self.claims = claims
        self.spans = spans
        self.starts = [s for s, _, _ in spans]
        self.longest = max((e - s for s, e, _ in spans), default=0)

    def find(self, offset: int) -> Claim | None:
        """The shortest claim holding ``offset`` in its content or cue (the first such on ties)."""
        best: tuple[int, int] | None = None
        k = bisect_right(self.starts, offset) - 1
        while k >= 0 and self.spans[k][0] >= offset - self.longest:
            start, end, i = self.spans[k]
            if offset < end:
                c = self.claims[i]
                key = (c.end - c.start, i)
                if best is None or key < best:
                    best = key
            k -= 1
        return self.claims[best[1]] if best is not None else None


_PERSON_SOURCES = frozenset({"official", "anonymous"})
_CLAUSAL_MODIFIERS = frozenset({"acl", "relcl"})


@cache
def _person_nouns() -> frozenset[str]:
    """Head nouns of people who speak: the mentions' ``anonymous`` and ``spokes`` words (models/actors.toml)."""
    from ..extraction.mentions import actor_words

    words = actor_words()
    return words.anonymous | frozenset(words.spokes)


def _source_descriptions(doc: Doc, claims: Sequence[Claim]) -> list[tuple[int, int]]:
    """Character ranges of clauses that say who an official or unnamed person speaking is and how they
    know ("a diplomat who was briefed on the matter", "an official, speaking on condition of
    anonymity", "people who asked not to be named"): they describe the speaker, not an event the
    story reports, so they hold no frame. A named or document source keeps its clauses ("the
    filing indicated", "Chrysler, which has been hit by the recession, said")."""
    out: set[tuple[int, int]] = set()
    for c in claims:
        src = c.source
        if src is None or src.kind not in _PERSON_SOURCES or src.end <= src.start:
            continue
        span = doc.char_span(src.start, src.end, alignment_mode="expand")
        if span is None:
            continue
        if span.root.lemma_.lower() not in _person_nouns() and span.root.lower_ not in _person_nouns():
            continue  # "the commission's written reasons, published on Thursday": a document's clause is an event
        cue = (c.cue.start, c.cue.end) if c.cue is not None else (-1, -1)
        for t in span.root.subtree:
            if t.dep_ in _CLAUSAL_MODIFIERS:
                start, end = t.left_edge.idx, t.right_edge.idx + len(t.right_edge)
                if not (start < cue[1] and cue[0] < end):
                    out.add((start, end))
    return sorted(out)


def _in_spans(offset: int, spans: Sequence[tuple[int, int]], longest: int) -> bool:
    """Whether ``offset`` lies in one of ``spans`` (sorted; none longer than ``longest``)."""
    k = bisect_right(spans, (offset, sys.maxsize)) - 1
    while k >= 0 and spans[k][0] >= offset - longest:
        if offset < spans[k][1]:
            return True
        k -= 1
    return False


def claim_event(claim: Claim, frames: Sequence[EventFrame]) -> EventFrame | None:
    """The event a claim reports: the first non-commentary frame in its content
    (the claim's main verb if it is one), else None (the claim is commentary)."""
    inside = [
        f
        for f in frames
        if f.article_id == claim.article_id
        and claim.start <= f.trigger.start < claim.end
        and not f.commentary
        and f.event_class != MEASURE  # (a figure's frame reports no event)
    ]
    if not inside:
        return None
    named = [f for f in inside if f.participants]
    return (named or inside)[0]


# ------------------------------------------------------------------ main
def find_frames(
    doc: Doc,
    *,
    article_id: str,
    text: str,
    published: date | None,
    times: Sequence[TimeExpr],
    mentions: Sequence[Mention],
    claims: Sequence[Claim] = (),
    resolver: Resolver | None = None,
    sentences: Sequence[Span] | None = None,
    doc_text: str | None = None,
    first: int = 1,
) -> list[EventFrame]:
    """Every event frame of a parsed article (see the module docstring), numbered
    ``<article id>-eNNN`` from ``first`` in text order.

    ``doc`` is the parse of the article text (furniture blanked, same length);
    ``times`` and ``mentions`` come from :mod:`claimline.timex` and
    :mod:`claimline.mentions`; ``claims`` link frames to the claims that hold them;
    ``doc_text``: the text ``doc`` was parsed from, when at hand (else ``doc.text`` is rebuilt).
    """
    sources = _source_descriptions(doc, claims)
    claims = [c for c in claims if c.attribution != ATTITUDE]  # a stance toward a thing holds no event
    _COLUMNS.clear()
    try:
        _columns(doc, doc_text)
        return _find_frames(
            doc, article_id, text, published, times, mentions, claims, resolver, sentences, first, sources
        )
    finally:
        _COLUMNS.clear()


def _find_frames(
    doc: Doc,
    article_id: str,
    text: str,
    published: date | None,
    times: Sequence[TimeExpr],
    mentions: Sequence[Mention],
    claims: Sequence[Claim],
    resolver: Resolver | None,
    sentences: Sequence[Span] | None,
    first: int = 1,
    sources: Sequence[tuple[int, int]] = (),
) -> list[EventFrame]:
    lex = lexicon()
    short = _short_names(text)  # the short names the article gives its bodies: no outlet of that name (_outlet)
    doc_ents = doc.ents  # spaCy rebuilds the tuple at each access
    ents = _entities(doc, mentions, doc_ents)
    if resolver is None:
        resolver = Resolver(list(mentions))
    durations = sorted((t for t in times if t.type == "DURATION"), key=lambda t: t.start)
    # times and numbers are never names ("in March", "by 252 points")
    not_names = {i for ent in doc_ents if ent.label_ not in _ENTITY_LABELS for i in range(ent.start, ent.end)}
    dated: set[int] = set()  # the tokens of a date or a clock time: no number in them counts ("12 May", "2025")
    timed: set[int] = set()  # ... and of a duration
    for t in times:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            timed.update(range(span.start, span.end))
            if t.type != "DURATION":
                dated.update(range(span.start, span.end))
    not_names |= timed
    quantity_ents: dict[int, Span] = {}
    for ent in doc_ents:
        if ent.label_ in _QUANTITY_LABELS and not dated.intersection(range(ent.start, ent.end)) and not _year(ent):
            ent = _with_symbol_and_scale(doc, ent)
            for i in range(ent.start, ent.end):
                quantity_ents[i] = ent
    # a figure the recogniser glued onto a name ("fined Norla 2 million euros" tagged "Norla 2 million") is an
    # amount, not part of the name (review 17 Y1)
    tails = {}
    for ent in doc_ents:
        if ent.label_ in _ENTITY_LABELS and (tail := figure_tail(doc, ent)) is not None:
            tails[ent.start] = tail.start
            for i in range(tail.start, tail.end):
                quantity_ents[i] = tail
    # a bare number the recogniser calls a name ("covers 104 ambulances" as a PRODUCT) is no name; numbers a
    # date entity holds past its time ("On 13 October 240 residents") may count
    named = {
        i
        for ent in doc_ents
        if ent.label_ in _ENTITY_LABELS and not all(t.like_num for t in ent)
        for i in range(ent.start, tails.get(ent.start, ent.end))
    }
    in_dates = {
        i
        for ent in doc_ents
        if ent.label_ in ("DATE", "TIME")
        for i in range(ent.start, ent.end)
        if i + 1 < len(doc) and doc[i + 1].tag_ == "NNS"  # ("240 residents", not "68-year-old")
    } - timed
    for span in _untagged_counts(_columns(doc), (not_names - in_dates) | named):
        for i in range(span.start, span.end):
            quantity_ents[i] = span
    denial_claims = {(c.cue.start, c.cue.end) for c in claims if c.cue is not None and c.negated and _is_denial_cue(c)}
    claim_index = _ClaimIndex(claims)
    longest = max((e - s for s, e in sources), default=0)
    frames: list[EventFrame] = []
    drafts_all: list[tuple[_Draft, Span]] = []
    cols = _columns(doc)
    doc_text = cols.doc_text
    sent_list: list[Span] = []
    for sent in sentences if sentences is not None else doc.sents:
        sent_list.append(sent)
        if not any(ch.isalpha() for ch in doc_text[sent.start_char : sent.end_char]):  # = sent.text, not rebuilt
            continue
        for d in _drafts(sent, lex):
            if not _in_spans(d.token.idx, sources, longest):
                drafts_all.append((d, sent))
    denials = {d.token.i for d, _ in drafts_all if d.cls == "deny" and d.pos == "verb"}
    for d, _ in drafts_all:
        # a claim cue that negates ("rejected reports that") governs like a denial
        if d.pos == "verb" and any(s <= d.token.idx < e for s, e in denial_claims):
            denials.add(d.token.i)
    # a sentence without an amount entity or a duration gives no frame a quantity: not looked for
    amount_tokens = sorted(quantity_ents)
    n = first - 1
    recent: dict[str, str] = {}
    last_sent = -1
    sent_agents: dict[str, str] = {}
    drafted = {d.token.i: d.cls for d, _ in drafts_all}
    extra: list[EventFrame] = []  # frames of unlisted verbs with no named party (:func:`_with_generic`)
    for d, sent in drafts_all:
        if sent.start != last_sent:
            recent.update(sent_agents)
            sent_agents = {}
            last_sent = sent.start
        we = (
            _speaks_for(claim_index.find(d.token.idx), cols.idx[d.token.i], resolver, doc)
            if any(h.lower_ == "we" for _, h in d.args)
            else None
        )
        parts = _participants(d.args, ents, resolver, text, doc, recent, not_names, we)
        if not lex.is_commentary(d.cls) and d.cls not in _SAYING_CLASSES:
            # the outlet telling it ("..., the Herald reported")
            parts = [p for p in parts if not _outlet(p.name, short)]
        for p in parts:
            if p.role == "agent" and p.actor and p.start < d.token.idx:
                kind = "person" if p.label in ("PERSON", "person") else "thing"
                sent_agents.setdefault(kind, p.actor)
        # (an unlisted verb a speech frame of its sentence reports is an event as a named one is: :func:`_told`)
        generic = d.cls == OTHER and all(p.label in DESCRIPTIONS for p in parts) and not _told(d, drafted, lex)
        # a light verb's own act ("took 68 million euros", "was brought to the surface at 17:40") is one only with a
        # time, an amount or a negation of its own, whoever it names: "took control", "gave Arlen a role" are none
        generic = generic or (d.cls == OTHER and d.pos == "verb" and lex.word(d.lemma) in lex.light_acts)
        if generic and d.pos != "verb" and not d.happening:
            continue  # an event noun of no class names an event only as a verb of happening tells it
        if (
            generic
            and d.pos == "verb"
            and (
                d.lemma in lex.verbs  # (a listed word in a sense of none, or a promise: "agreed to cut")
                or (("verb", d.lemma) in lex.senses and lex.word(d.lemma) not in lex.light_acts)
                or d.lemma in lex.stative_verbs  # a state, not an event: "we do not yet know", "the figures exceed"
                or not _main_verb(d.token)
                or not any(r in _GENERIC_ROLES for r, _ in d.args)
            )
        ):
            continue  # an unlisted verb names an event with a named participant, or see _with_generic
        if generic:  # its parties as the text describes them ("the water utility", "the nets"): they link
            for role, head in d.args:
                desc = _description(head, ents, cols, any_noun=True) if role in _GENERIC_ROLES else None
                if desc is None or desc[1].rsplit(" ", 1)[-1] in lex.classes:
                    continue  # (an event noun is no party: "reports emerged", "the blast damaged")
                if not any(p.name == desc[1] for p in parts):
                    s, e = cols.idx[desc[0]], cols.end(head.i)
                    parts.append(_Part(role, text[s:e], s, e, desc[1], None, DESCRIBED))
        amounts = (
            _quantities(d, doc, doc_text, durations, quantity_ents, cols)
            if _any_amount(sent, amount_tokens, durations)
            else []
        )
        if (tally := _tally(d.token, cols, dated, doc_text)) is not None:
            amounts = [*(q for q in amounts if (q.start, q.end) != (tally.start, tally.end)), tally]
        counted = any(q.kind == "count" and q.measures is None for q in amounts)  # "two people died": who it befell
        if counted and not any(p.role in _PARTY_ROLES for p in parts) and lex.inherited(d.cls, "one_party"):
            cause = _cause(d, lex)
            if cause is not None:  # "died in a house fire" is not "died in a bus crash" the same day
                s, e = cols.idx[cause.i], cols.end(cause.i)
                word = cause.lemma_.lower()  # an event word by its class: "the crash", "collided" (accident)
                # (its own frame's class when it has one: a mine's "collapse" is an accident, not a
                # company's collapse — review 14, V12; else the word's class)
                name = drafted.get(cause.i) or (lex.verbs if cause.pos_ == "VERB" else lex.nouns).get(word) or word
                parts.append(_Part("agent", text[s:e], s, e, name, None, DESCRIBED))
            if not any(p.role == "other" for p in parts):
                # "a train derailed near Lisk, injuring three": the harm is where its clause's event is (review 9 W4)
                known = {p.name for p in parts}
                parts += [
                    p
                    for p in _participants(_clause_places(d), ents, resolver, text, doc, recent, not_names)
                    if p.name not in known
                ]
        if d.pos == "verb" and (d.lemma in lex.converse or (d.lemma, d.cls) in lex.converse_senses):
            # "Nordvault won the contract": the winner is who the contract is awarded to
            swap = {"agent": "counterpart", "counterpart": "agent"}
            parts = [p._replace(role=swap[p.role]) if p.role in swap else p for p in parts]
        if generic:  # (numbered apart, timed apart: :func:`_with_generic`)
            fid = f"{article_id}-g{len(extra) + 1:03d}"
        else:
            n += 1
            fid = f"{article_id}-e{n:03d}"
        tok = d.token
        claim = claim_index.find(tok.idx)
        if claim is not None and _not_said_by(claim, tok):
            claim = None  # ("has yet to confirm that A", "declined to confirm that A": A is no claim of the source)
        factuality = _with_claim(_factuality(d, lex, denials), claim, d, drafted)
        if generic and factuality == "negated" and not _own_negation(tok):
            factuality = "asserted"  # "tests showed no danger": the showing happened (review 19 A6)
        # a noun that is its claim's cue with no one named ("There were unconfirmed reports that X had been
        # arrested"): the telling, as "said" is, not an event of its own (review 9 W13)
        telling = (
            claim is not None
            and d.pos != "verb"
            and claim.source is None
            and claim.cue is not None
            and claim.cue.start <= tok.idx < claim.cue.end
        )
        (extra if generic else frames).append(
            EventFrame(
                id=fid,
                article_id=article_id,
                claim_id=claim.id if claim is not None else None,
                **anchor(sent, doc_text, tok, d.lemma, d.pos),  # type: ignore[arg-type]
                event_class=d.cls,
                commentary=lex.is_commentary(d.cls) or telling,
                participants=[p._asdict() for p in parts],  # type: ignore[misc]
                factuality=factuality,  # type: ignore[arg-type]
                quantities=amounts,
                theme_noun=theme_noun(d.args),
            )
        )
    frames = _counted_once(frames, lex)
    figures: list[EventFrame] = []
    # the names a figure's sentence gives its themes: not an outlet telling it ("..., the Aegean Press Agency said")
    party_ents = {i: e for i, e in ents.items() if not _outlet(e.name, short)}
    # (nor the story's main party a figure names: "the Herald reported")
    told = [_without_outlets(f, short) for f in frames]
    if amount_tokens:  # numbers with their measured noun, whatever their verb (events/measures.py)
        spans = sorted({(s.start, s.end): s for s in quantity_ents.values()}.items())
        ordinals = sorted(i for ent in doc_ents if ent.label_ == "ORDINAL" for i in range(ent.start, ent.end))
        figures = measure_frames(
            doc,
            doc_text,
            [s for _, s in spans],
            sent_list,
            ordinals,
            told,
            party_ents,
            claim_index.find,
            _quantity_value,
            lex.expectation_verbs,
            article_id,
            n + 1,
        )
        figures += sum_frames(
            doc,
            doc_text,
            _sums(doc, doc_text, [s for _, s in spans]),
            sent_list,
            told,
            figures,
            party_ents,
            claim_index.find,
            lex.expectation_verbs,
            article_id,
            n + 1 + len(figures),
        )
        figures.sort(key=lambda f: f.trigger.start)
    if durations:  # how long a thing lasts with no event word to hold it (events/measures.py)
        lengths, lasts = duration_frames(
            doc,
            doc_text,
            durations,
            sent_list,
            told,
            party_ents,
            claim_index.find,
            _duration,
            lex.expectation_verbs,
            article_id,
            n + 1 + len(figures),
        )
        figures = sorted([*figures, *lengths], key=lambda f: f.trigger.start)
        if lasts:  # "the closure is scheduled to last a week": the closure's own duration
            frames = [
                f.model_copy(
                    update={"quantities": [*f.quantities, *map(Quantity.model_validate, lasts[f.trigger.start])]}
                )
                if f.trigger.start in lasts and f.trigger.pos == "noun"
                else f
                for f in frames
            ]
    frames = _expand_short_names(frames)
    kept = _TextKept(doc, doc_text)
    if not figures:
        timed_frames = assign_times(frames, kept, times, published)  # type: ignore[arg-type]
        done = _future_is_expected(timed_frames, published)
        return _with_generic(done, extra, kept, times, published, article_id, first)
    # numbered in text order with the events' frames (a figure's trigger is its number), timed apart from
    # them: a figure's frame takes the time of the verb it is counted under ("employed 900 people in 2019")
    order = _merged(frames, figures)
    new_id = {f.id: f"{article_id}-e{k:03d}" for k, f in enumerate(order, first)}
    frames = [f.model_copy(update={"id": new_id[f.id]}) for f in frames]
    figures = [f.model_copy(update={"id": new_id[f.id]}) for f in figures]
    timed = {
        f.id: f
        for f in [
            *assign_times(frames, kept, times, published),  # type: ignore[arg-type]
            *timed_by_verb(figures, kept, lambda fs: assign_times(fs, kept, times, published)),  # type: ignore[arg-type]
        ]
    }
    done = _future_is_expected([timed[new_id[f.id]] for f in order], published)
    return _with_generic(done, extra, kept, times, published, article_id, first)


#: Roles of an unlisted verb's subject or object (:func:`_with_generic`).
_GENERIC_ROLES = frozenset({"agent", "theme"})
#: Dependencies of a clause's main verb: the sentence's, a reported or controlled clause's, one joined to them.
_MAIN_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "conj", "parataxis"})


def _main_verb(tok: Token) -> bool:
    """The verb of a main, reported or controlled clause, or of one joined to such ("the utility issued a
    notice", "said it had moved the date", "is due to apply from July") — not of a relative clause, a
    participle on a noun or an adverbial clause ("the gauge, which recorded 268", "leaving owners a year",
    "without boiling it"): those tell about a thing of another event, not an event a report is about."""
    for _ in range(8):
        if tok.dep_ not in _MAIN_DEPS:
            return False
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return True
        tok = tok.head
    return False


def _own_negation(verb: Token) -> bool:
    """A verb negated by words of its own: a ``neg`` ("did not open", "never opened") or a negative subject ("no
    one turned up", "nothing was found") — not a "no" on its object ("the tests showed no danger": the showing
    happened), which the claims' negation (and a listed verb's frame) reads as negating the clause."""
    return any(
        c.dep_ == "neg" or c.lower_ == "never" or (c.dep_ in ("nsubj", "nsubjpass") and negation.negative_argument(c))
        for c in verb.children
    )


def _with_generic(
    frames: list[EventFrame],
    extra: list[EventFrame],
    kept: _TextKept,
    times: Sequence[TimeExpr],
    published: date | None,
    article_id: str,
    first: int,
) -> list[EventFrame]:
    """``frames`` with those of ``extra`` (unlisted main verbs whose parties are only descriptions, or none:
    "the local utility issued a notice on Sunday", "the other 11 were winched up") that carry something a
    report can be compared on: a time of their own in the text, an amount, a negation. They are timed among
    themselves, after ``frames`` were timed without them, so no frame of ``frames`` changes its time or figure
    (which one of them would otherwise take); then all are numbered in text order (``<article id>-eNNN`` from
    ``first``, anchors following), as every article's frames are, so an article extracted in parts numbers
    them as the whole does."""
    if not extra:
        return frames
    timed = _future_is_expected(assign_times(extra, kept, times, published), published)  # type: ignore[arg-type]
    keep = sorted(
        (f for f in timed if f.time is not None or f.quantities or f.factuality in _NO_LEVELS),
        key=lambda f: f.trigger.start,
    )
    if not keep:
        return frames
    order = _merged(frames, keep)
    new_id = {f.id: f"{article_id}-e{i:03d}" for i, f in enumerate(order, first)}
    out = []
    for f in order:
        update: dict[str, object] = {"id": new_id[f.id]}
        for key in ("time", "told_time"):
            t = getattr(f, key)
            if t is not None and t.anchor is not None:
                update[key] = t.model_copy(update={"anchor": new_id.get(t.anchor)})
        out.append(f.model_copy(update=update))
    return out


def _sums(doc: Doc, doc_text: str, spans: Sequence[Span]) -> list[tuple[Span, float, str, int, int, Token]]:
    """The sums of money among the number entities ``spans``: (entity, value, currency, start, end, the word its
    phrase hangs by: the currency word after the number, "50 million euros", else the entity's root), read as
    :func:`_quantities` reads them (a currency word the entity left out after it, or before it: "SEK 300
    million"); no percentage."""
    out = []
    for ent in spans:
        text = doc_text[ent.start_char : ent.end_char]
        if ent.label_ == "PERCENT" or _PERCENT.search(text.lower()):
            continue
        value, unit = _quantity_value(text)
        if value is None:
            continue
        start, end, word = ent.start_char, ent.end_char, ent.root
        if unit is None:
            after = doc[ent.end] if ent.end < len(doc) else None
            before = doc[ent.start - 1] if ent.start > 0 else None
            if after is not None and (unit := _currency(after.lower_)):
                end, word = after.idx + len(after), after
            elif before is not None and (unit := _currency(before.lower_)):
                start = before.idx
        if unit is not None:
            start = figure_start(doc, ent.start, start)  # "between 80 and 95 million euros": the range
            out.append((ent, value, unit, start, end, word))
    return out


def _merged(frames: list[EventFrame], figures: list[EventFrame]) -> list[EventFrame]:
    """The events' frames in their order, each figure (in text order) before the first frame whose trigger
    comes after its number."""
    out: list[EventFrame] = []
    k = 0
    for f in frames:
        while k < len(figures) and figures[k].trigger.start < f.trigger.start:
            out.append(figures[k])
            k += 1
        out.append(f)
    return out + figures[k:]


def _counted_once(frames: list[EventFrame], lex: EventLexicon) -> list[EventFrame]:
    """A count that a ``one_party`` event of its sentence holds as its own ("three people died in a bus
    crash": how many died) is that event's only: the other frames of the sentence that picked it up (the
    crash counting "people", "caused five deaths" counting its object) drop it (review 7, R8). So is an
    amount an event noun holds as its own, when another frame has it as the amount of that noun ("a
    400,000 euro penalty in April" beside "fined it 3 million euros")."""
    owned: dict[int, set[tuple[int, int]]] = {}
    owners: set[tuple[str, int, int]] = set()
    nouns: dict[tuple[int, int], set[str]] = {}  # an amount -> the event nouns holding it as their own
    for f in frames:
        for q in f.quantities:
            if q.measures is not None:
                continue
            if f.trigger.pos == "noun":
                nouns.setdefault((q.start, q.end), set()).add(f.trigger.lemma)
            if q.kind == "count" and lex.inherited(f.event_class, "one_party"):
                owned.setdefault(f.sentence.start, set()).add((q.start, q.end))
                owners.add((f.id, q.start, q.end))
    if not owned and not nouns:
        return frames
    out = []
    for f in frames:
        spans = owned.get(f.sentence.start, set())
        kept = [
            q
            for q in f.quantities
            if not (q.kind == "count" and (q.start, q.end) in spans and (f.id, q.start, q.end) not in owners)
            # "fined it 3 million euros, its second fine after a 400,000 euro penalty in April": the amount
            # the penalty's own frame holds is the penalty's, not a second answer of the fine (review 7, R20)
            and not (q.measures is not None and q.measures in nouns.get((q.start, q.end), ()))
        ]
        if len(kept) != len(f.quantities):
            f = f.model_copy(update={"quantities": kept})
        out.append(f)
    return out


_ABOUT = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "approximately", "over", "under"})


_YEAR = re.compile(r"(?:19|20)\d\d")


def _year(ent: Span) -> bool:
    """A year before a singular noun, no count ("a 2025 tender", "the 2024 budget")."""
    if len(ent) != 1 or not _YEAR.fullmatch(ent.text):
        return False
    head = ent.root.head
    return head.i == ent.end and head.tag_ == "NN"


def figure_tail(doc: Doc, ent: Span) -> Span | None:
    """The figure at the end of a name entity that is no part of the name ("Norla 2 million" in "fined Norla 2
    million euros", "Norla Bank 8.1 million"): numbers after a word of the name, with a scale word among them
    ("million") or a currency word just after the entity ("Norla 300 euros"), as a ``CARDINAL`` span; None
    when the name ends otherwise ("Boeing 737", "Route 66", "Formula 1")."""
    end = ent.end
    k = end
    while k > ent.start + 1 and (doc[k - 1].like_num or doc[k - 1].lower_ in _SCALE):
        k -= 1
    if k == end or k == ent.start or not doc[k].like_num or doc[k - 1].like_num:
        return None
    scaled = any(doc[i].lower_ in _SCALE for i in range(k + 1, end))
    after = doc[end].lower_ if end < len(doc) else ""
    if not scaled and not (after and _currency(after) is not None and not doc[end].is_currency):
        return None
    return Span(doc, k, end, label="CARDINAL")


def _untagged_counts(cols: _Columns, taken: set[int]) -> list[Span]:
    """Numbers the entity recogniser left untagged that count a common noun ("around 2,000 litres of
    fuel", "GM to cut 10,000 jobs" in a headline): a numeral (with the numerals and "about"-words
    before it) whose last word modifies a noun, outside every entity and time (``taken``); a span
    labelled ``CARDINAL``, or ``PERCENT`` with its "%" or "per cent". Not a model or version number:
    after a name or a sign ("Boeing 737", "iOS 4", "No. 1", "#13"), glued to letters ("3G", "4GB"), or
    on a noun that modifies another ("737 replacement programme")."""
    pos, dep, head, doc = cols.pos, cols.dep, cols.head, cols.doc
    out = []
    for i, p in enumerate(pos):
        h = head[i]
        if p != "NUM" or dep[i] != "nummod" or i in taken or pos[h] != "NOUN" or h < i:
            continue
        start = i
        while (
            start > 0
            and start - 1 not in taken
            and (
                pos[start - 1] == "NUM"
                or (dep[start - 1] in ("quantmod", "advmod") and cols.text(start - 1).lower() in _ABOUT)
            )
        ):
            start -= 1
        tok = doc[i]
        # a scaled sum of a currency after a name is no model number ("fined Norla 20 million euros")
        sum_after_name = cols.lemma(h) in ("million", "billion", "trillion") or (
            any(cols.text(k).lower() in _SCALE for k in range(start, i + 1)) and _currency(cols.text(h).lower())
        )
        if not tok.like_num or (
            start > 0
            and ((pos[start - 1] in ("PROPN", "SYM") and not sum_after_name) or cols.text(start - 1) in _SIGNS)
        ):
            continue
        if not tok.whitespace_ and i + 1 < len(pos) and cols.text(i + 1)[:1].isalpha():
            continue  # "3G", "4GB", "2m"
        if start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start and not sum_after_name:
            continue  # "Lumen 4 users": a name's number
        if doc[i + 1].is_title and not doc[i + 1].is_sent_start:
            continue  # "787 Skyliner jet", "the first 787 Skyliner"
        if "." in cols.text(i) and start == i:
            continue  # "4.0 users": things are counted in whole numbers (a bare decimal is a version)
        if cols.lemma(h) in ("%", "percent", "cent") and h - i <= 2:
            out.append(Span(doc, start, h + 1, label="PERCENT"))  # "9% drop", "two per cent"
        elif dep[h] != "compound":  # ("737 replacement programme": a model's number)
            out.append(Span(doc, start, i + 1, label="CARDINAL"))
    return out


_SIGNS = frozenset({"#", "$", "€", "£", "¥", "'", "No.", "no.", "No", "№"})


def _any_amount(sent: Span, amount_tokens: Sequence[int], durations: Sequence[TimeExpr]) -> bool:
    """Whether the sentence holds a token of an amount entity (``amount_tokens``: sorted token
    indices) or a duration (sorted by offset): :func:`_quantities` finds none in a sentence without
    (a frame's arguments and amounts are words of its sentence's tree)."""
    k = bisect_left(amount_tokens, sent.start)
    if k < len(amount_tokens) and amount_tokens[k] < sent.end:
        return True
    lo, hi = sent.start_char, sent.end_char
    k = bisect_left(durations, lo, key=lambda t: t.start)
    return k < len(durations) and durations[k].start < hi


class _TextKept:
    """A parse whose ``text`` is the string it was parsed from, at hand: every other attribute, item
    and length is the parse's. :func:`~claimline.events.timing.assign_times` reads ``doc.text`` for
    each date, and spaCy rebuilds that string from every token at each access (~0.3 ms a story)."""

    __slots__ = ("_doc", "text")

    def __init__(self, doc: Doc, text: str) -> None:
        self._doc = doc
        self.text = text

    def __getattr__(self, name: str) -> object:
        return getattr(self._doc, name)

    def __getitem__(self, key: int | slice) -> Token | Span:
        return self._doc[key]

    def __len__(self) -> int:
        return len(self._doc)

    def __iter__(self) -> Iterator[Token]:
        return iter(self._doc)


def _future_is_expected(frames: list[EventFrame], published: date | None) -> list[EventFrame]:
    """An event the text dates after the publication day is expected, however the sentence is
    worded ("the first test comes in the week of 22 June"), unless it is negated or denied."""
    if published is None:
        return frames
    out = []
    for f in frames:
        t = f.time
        if t is not None and t.start is not None and t.start > published and f.factuality in _DONE_LEVELS:
            f = f.model_copy(update={"factuality": "expected"})
        out.append(f)
    return out


def _expand_short_names(frames: list[EventFrame]) -> list[EventFrame]:
    """A short name that ends a longer name of the same article ("the A380" after "Airbus
    A380", "the Dreamliner" after "Boeing 787 Dreamliner") also takes the longer name, as
    a surname takes the full name."""
    full = {p.name for f in frames for p in f.participants if p.actor is None and len(p.name.split()) > 1}
    if not full:
        return frames
    by_suffix: dict[str, set[str]] = {}
    for name in full:
        words = name.split()
        for k in range(1, len(words)):
            by_suffix.setdefault(" ".join(words[k:]).casefold(), set()).add(name)
    out = []
    for f in frames:
        extra = []
        names = f.names()
        for p in f.participants:
            longer = by_suffix.get(p.name.casefold(), set())
            if p.actor is None and len(longer) == 1:
                (name,) = longer
                if name not in names:
                    extra.append(p.model_copy(update={"name": name}))
        out.append(f.model_copy(update={"participants": [*f.participants, *extra]}) if extra else f)
    return out
