"""Network tier and use scope of a claim, from the lexicons, with negation.

Both work on the tokens of a claim's content. A term is *negated* when a
negator governs it: a ``neg`` dependent on the term or one of its heads
inside the content (``will not be used for targeting``), or a negator a few
tokens before it (``not its most sensitive classified systems``, ``rather
than combat``). "not only X" does not negate X.

Tier: classified / unclassified / mixed. A negated classified phrase means
unclassified ("not its classified systems"); both tiers asserted means mixed.
Tier words count only near a network noun (network, system, cloud, ...), so
"no secret that" or "classified documents leaked to the press" stay silent
unless they speak of networks, systems or data.

Scopes: each matched term that the content tells as a use (``[use]`` of
``models/scopes.toml``, :func:`_told_as_use`: "used for logistics", "logistics
tasks", not "a leak from the supply line") adds its scope to ``use_scopes``, or
to ``excluded_scopes`` when negated; a scope both asserted and excluded in the
same claim stays asserted ("not only logistics but also ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span, Token

from .. import lexicons
from ..errors import ClaimlineError
from ..events import senses
from ..events.lexicon import lexicon as event_lexicon
from .negation import is_negated
from .negation import words as negation_words
from .phrases import PhraseIndex, split_phrase


@dataclass
class Facets:
    network_tier: str | None = None
    use_scopes: list[str] = field(default_factory=list)
    excluded_scopes: list[str] = field(default_factory=list)
    tier_negated: bool = False


@dataclass(frozen=True)
class _UseWords:
    """``[use]`` of ``models/scopes.toml`` as lemma sets (with the words of its event classes)."""

    verbs: frozenset[str]  # verbs of use, the event classes' verbs
    nouns: frozenset[str]  # nouns of use, instruments, the event classes' nouns
    partners: frozenset[str]  # nouns that name a use across "be" ("will not be part of it"): nouns, instruments
    users: frozenset[str]  # "... are expected to be among the first users"
    instruments: frozenset[str]
    prepositions: frozenset[str]

    def names_a_use(self, tok: Token) -> bool:
        """``tok`` is a verb or a noun of use (a preposition never is: "including" is no "include")."""
        if tok.dep_ == "prep":
            return False
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX"):
            return lemma in self.verbs
        return tok.pos_ in ("NOUN", "PROPN") and lemma in self.nouns


@dataclass(frozen=True)
class _Compiled:
    tiers: PhraseIndex[str]
    network_nouns: frozenset[str]
    document_nouns: frozenset[str]
    scopes: PhraseIndex[str]
    scope_excludes: PhraseIndex[str]
    strong: PhraseIndex[bool]
    order: tuple[str, ...]
    relations: lexicons.TierLexicon
    use: _UseWords


def _use_words(entry: lexicons.ScopeUseEntry) -> _UseWords:
    lex = event_lexicon()
    verbs = {w.lower() for w in entry.verbs}
    nouns = {w.lower() for w in (*entry.nouns, *entry.instruments)}
    class_verbs: set[str] = set()
    class_nouns: set[str] = set()
    for name in entry.event_classes:
        cls = lex.classes.get(name)
        if cls is None:
            raise ClaimlineError(f"invalid lexicon scopes.toml: use.event_classes: no event class {name!r}")
        class_verbs |= {w.lower() for w in cls.verbs if " " not in w}
        class_nouns |= {w.lower() for w in cls.nouns if " " not in w}
    again = (verbs & class_verbs) | (nouns & class_nouns)
    if again:
        raise ClaimlineError(
            f"invalid lexicon scopes.toml: use: {', '.join(sorted(again))} already in use.event_classes"
        )
    return _UseWords(
        verbs=frozenset(verbs | class_verbs),
        nouns=frozenset(nouns | class_nouns),
        partners=frozenset(w.lower() for w in (*entry.nouns, *entry.instruments)),
        users=frozenset(w.lower() for w in entry.users),
        instruments=frozenset(w.lower() for w in entry.instruments),
        prepositions=frozenset(w.lower() for w in entry.prepositions),
    )


@cache
def compiled() -> _Compiled:
    tl = lexicons.tiers()
    sl = lexicons.scopes()
    tier_entries = [(p, tier) for tier, phrases in tl.by_tier().items() for p in phrases]
    scope_entries = [(t, s.name) for s in sl.scope for t in s.terms]
    excludes = [(t, s.name) for s in sl.scope for t in s.exclude]
    nouns = frozenset(w for n in tl.network_nouns for w in split_phrase(n)[0])
    return _Compiled(
        tiers=PhraseIndex(tier_entries),
        network_nouns=nouns,
        document_nouns=frozenset(n.lower() for n in tl.document_nouns),
        scopes=PhraseIndex(scope_entries),
        scope_excludes=PhraseIndex(excludes),
        strong=PhraseIndex((p, True) for p in tl.strong),
        order=tuple(s.name for s in sl.scope),
        relations=tl,
        use=_use_words(sl.use),
    )


def _near_network(doc_tokens: Sequence[Token], start: int, end: int, nouns: frozenset[str]) -> bool:
    doc = doc_tokens[0].doc
    lo = max(doc_tokens[0].i, start - 4)
    hi = min(doc_tokens[-1].i + 1, end + 5)
    for j in range(lo, hi):
        t = doc[j]
        if t.lemma_.lower() in nouns or t.lower_ in nouns:
            return True
    head = doc[end - 1].head
    return head.lemma_.lower() in nouns


def _qualified_noun(tok: Token) -> Token | None:
    """The noun a tier word ``tok`` qualifies: its head when it modifies a noun ("a classified report"),
    the subject when it is predicated ("the summary is unclassified", "the findings remain classified")."""
    if tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    verb = tok.head if tok.dep_ in ("acomp", "attr", "oprd", "xcomp") else tok
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def _marks_a_document(tok: Token, nouns: frozenset[str]) -> bool:
    """The tier word is a document's security marking (``document_nouns`` of ``models/tiers.toml``)."""
    noun = _qualified_noun(tok)
    return noun is not None and noun.lemma_.lower() in nouns


def _classes_a_thing(tok: Token) -> bool:
    """The tier word is the verb of putting a thing in a class, not a security tier: it has an object or
    an "as" phrase ("the regulator classified the incident at level 1", "the substance is classified as a
    stimulant"). A classified network, data that "will be classified", keep their tier."""
    return tok.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "oprd") or (c.dep_ == "prep" and c.lower_ == "as") for c in tok.children
    )


#: a tier reached through these relations qualifies a thing or another event, not the denied predicate
_NESTED = frozenset({"dobj", "acl", "relcl", "advcl"})


def _on_the_predicate(tok: Token, span: Span) -> bool:
    """The tier phrase ``tok`` qualifies the content's own predicate: denying "the tools would run on
    classified networks" asserts the other tier; denying "it had signed an agreement to supply models
    for classified networks" denies the agreement and says nothing about unclassified ones."""
    node = tok
    while node.i != span.root.i and node.head.i != node.i and span.start <= node.head.i < span.end:
        if node.dep_ in _NESTED:
            return False
        node = node.head
    return True


#: relations of a word that tells what kind of thing its noun is ("a cyber-monitoring contract")
_MODIFIERS = frozenset({"compound", "amod", "npadvmod", "nmod"})
#: determiners that make a noun phrase name one given thing ("the contract", "that service")
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _names_a_kind(term: Span, span: Span) -> bool:
    """A scope term that only tells what kind of thing a given thing is — a modifier of a definite or
    possessed noun ("its cyber-monitoring contract", "the new monitoring service") — which a
    negation or denial of the claim does not exclude: what such a phrase says of its thing holds
    whether or not the claim does ("would not sign its cyber-monitoring contract": the signing is put
    off, the contract still monitors). A bare noun is in the negation's reach ("would not include
    intelligence work", "not used for cyber defence tasks")."""
    root = next((t for t in term if not (term.start <= t.head.i < term.end)), None)
    if root is None or root.dep_ not in _MODIFIERS:
        return False
    noun = root.head
    while noun.dep_ in _MODIFIERS and noun.head.i != noun.i and span.start <= noun.head.i < span.end:
        noun = noun.head  # "cyber" -> "monitoring" -> "contract"
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children)


#: Words after which a negation before them no longer holds: the contrast that names what is the
#: case ("used not for targeting but for logistics", "does not cover weapons, only logistics").
_NEGATION_ENDS = frozenset({"but", "only", "instead", "rather", "solely", "merely", "exclusively"})


def _negation_ended(tok: Token, span: Span) -> bool:
    """The negation before ``tok`` is about another scope: between the last negator before it
    (a ``neg`` dependent or a negator word of the span) and ``tok`` lies a contrast word
    (:data:`_NEGATION_ENDS`: "not for targeting but for logistics", "not weapons, only logistics")
    or a coordinated verb with an auxiliary or subject of its own ("will not carry weapons and will
    be used for surveillance"): the term is said of what the negation contrasts with."""
    negator_words = negation_words().negators
    doc = tok.doc
    last = None
    for j in range(span.start, tok.i):
        t = doc[j]
        if t.dep_ == "neg" or t.lower_ in negator_words:
            last = j
    if last is None:
        return False  # negated by something else: a negating verb, a negative subject, a later "not"
    for j in range(last + 1, tok.i):
        t = doc[j]
        if t.lower_ in _NEGATION_ENDS:
            return True
        if (
            t.dep_ == "conj"
            and t.pos_ in ("VERB", "AUX")
            and doc[last].head.i != t.i
            and any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") and c.i > last for c in t.children)
        ):
            return True
    return False


def _other_sense(term: Span) -> bool:
    """A one-word term that is an event word of the event lexicon, used in another of its senses
    (``[[sense]]`` of ``models/events.toml``, :func:`claimline.events.senses.near_sense`): "the nurses'
    strike", "a 48-hour strike" in a story of a walkout are labour actions, not the attack the scope term
    "strike/NOUN" names. Only the words around it decide (its weak context words with the article's
    confirmation: it names labour and no attack), never the article alone: "used for strikes" after a
    dock strike stays targeting. (The event sense is the one list of the labour words: scopes.toml names
    none.)"""
    if len(term) != 1:
        return False
    tok = term[0]
    pos = "noun" if tok.pos_ in ("NOUN", "PROPN") else "verb" if tok.pos_ == "VERB" else None
    if pos is None:
        return False
    lex = event_lexicon()
    lemma = tok.lemma_.lower()
    own = (lex.nouns if pos == "noun" else lex.verbs).get(lemma)
    if own is None or (pos, lemma) not in lex.senses:
        return False
    return senses.near_sense(tok, own, pos, lex) != own


#: relations through which a term does not reach a use: the doer or the owner of something ("a
#: cyberattack caused the outage", "the union's strike", "was hit by a cyberattack")
_NOT_A_USE = frozenset({"nsubj", "csubj", "agent", "expl", "poss"})
#: the verbs that link a subject to what it is ("intelligence analysis will not be part of it")
_COPULAS = frozenset({"be", "become", "remain"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _partner_across_be(node: Token, verb: Token, use: _UseWords) -> bool:
    """``node``, the subject (or the complement) of a clause of being, has a use noun on the other side:
    "intelligence analysis will not be part of it", "the planning teams are expected to be among the first
    users", "the initial work is translation"."""
    if node.dep_ == "attr":
        return any(c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in use.partners for c in verb.children)
    if node.dep_ not in ("nsubj", "nsubjpass"):
        return False
    partners = use.partners | use.users
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    for v in verbs:
        if _lemma(v) not in _COPULAS:
            continue
        for c in v.children:
            if c.dep_ in ("attr", "oprd") and _lemma(c) in partners:
                return True
            if c.dep_ == "prep" and any(g.dep_ == "pobj" and _lemma(g) in partners for g in c.children):
                return True
    return False


#: relations of a word that tells what kind of thing its noun is ("the transport company")
_KIND = frozenset({"compound", "amod", "nmod"})


def _told_as_use(term: Span, span: Span, use: _UseWords, terms: frozenset[int] = frozenset()) -> bool:
    """The content tells a use of something for the scope term ``term`` (``[use]`` of
    ``models/scopes.toml``): up the parse from the term, through complements, modifiers and the
    prepositions of use, a word of use is reached — a verb or noun of use ("used for logistics",
    "limited to translation", "logistics tasks"), a thing built for a use ("warfare software"), a verb
    whose subject ("the system fuses feeds so that analysts can spot ...") or object ("a contract, for
    logistics planning") is such a thing, or a use noun across "be" ("will not be part of it"). A
    subject, an agent, a possessor or another preposition ends the path: "its supply line was not the
    source of the leak", "a strike by the union", "a cyberattack caused the blackout" tell no use. A
    coordinated word is no complement of its head ("training, spare parts, maintenance", "which excludes
    ... and is the measure the bank targets"; a coordinated verb shares its head's subject: "the model will
    help ... and summarise intelligence reports"), and a term that names
    the kind of a thing of another sort ("the transport company") is no task of a thing built for a use
    ("the software sends alerts to the control room of the transport company"); the kind of another
    term (``terms``: the indices of the scope terms' words) is ("a contract, for logistics planning")."""
    node = next((t for t in term if not (term.start <= t.head.i < term.end)), term[-1])
    if node.pos_ == "VERB" and _lemma(node) in use.verbs:
        return True
    kind_of_thing = False
    while node.head.i != node.i and span.start <= node.head.i < span.end:
        head = node.head
        if node.dep_ == "prep" and node.lower_ not in use.prepositions and _lemma(node) not in use.prepositions:
            return False
        if node.dep_ in ("nsubj", "nsubjpass", "attr") and _partner_across_be(node, head, use):
            return True
        if node.dep_ in _NOT_A_USE or node.dep_ == "nsubjpass" and not use.names_a_use(head):
            return False
        if node.dep_ in ("conj", "cc"):
            if node.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in use.instruments for c in head.children
            ):
                return True  # "the model will help detectives ... and summarise intelligence reports"
            node = head  # "logistics and maintenance", "excludes ... and is the measure": no head of use
            continue
        if use.names_a_use(head):
            return True
        if node.dep_ in _KIND and head.pos_ in ("NOUN", "PROPN") and head.i not in terms:
            kind_of_thing = True  # "the transport company", "a maintenance crew"
        if head.pos_ in ("VERB", "AUX") and not kind_of_thing:
            for c in head.children:
                if c.i == node.i:
                    continue
                if c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in use.instruments:
                    return True  # "the system fuses feeds so that analysts can spot enemy positions"
                if node.dep_ == "prep" and c.dep_ == "dobj" and _lemma(c) in use.instruments:
                    return True  # "announce a second contract, for logistics planning"
        node = head
    return False


def detect(span: Span, *, denied: bool = False) -> Facets:
    """Tier and scopes of one claim's content span.

    ``denied``: the claim's cue denies its content ("denied that ... would be
    used for targeting"), so every asserted value counts as excluded.
    """
    c = compiled()
    tokens = list(span)
    out = Facets()
    if not tokens:
        return out
    positive: set[str] = set()
    negated_tiers: set[str] = set()
    strong_starts = {m.start for m in c.strong.find(tokens)}
    for m in c.tiers.find(tokens):
        if (
            m.value != c.relations.both
            and m.start not in strong_starts
            and not _near_network(tokens, m.start, m.end, c.network_nouns)
        ):
            continue
        tok = span.doc[m.end - 1]
        if _marks_a_document(tok, c.document_nouns) or (m.end - m.start == 1 and _classes_a_thing(tok)):
            continue
        negated = is_negated(span.doc[m.start], span) or is_negated(tok, span)
        if negated != denied:
            if negated or _on_the_predicate(tok, span):
                negated_tiers.add(m.value)
        else:
            positive.add(m.value)
    rel = c.relations
    if rel.both in positive or set(rel.opposed) <= positive:
        out.network_tier = rel.both
    elif positive:
        out.network_tier = next(iter(positive))
    else:
        asserted = sorted({rel.negated[t] for t in negated_tiers if t in rel.negated})
        if len(asserted) == 1:
            out.network_tier = asserted[0]
            out.tier_negated = True
    excluded_spans = {(m.start + k) for m in c.scope_excludes.find(tokens) for k in range(m.end - m.start)}
    used: set[str] = set()
    excluded: set[str] = set()
    found = c.scopes.find(tokens)
    term_words = frozenset(k for m in found for k in range(m.start, m.end))
    for m in found:
        if m.start in excluded_spans or _other_sense(span.doc[m.start : m.end]):
            continue
        if not _told_as_use(span.doc[m.start : m.end], span, c.use, term_words):
            continue
        tok = span.doc[m.start]
        if (is_negated(tok, span) and not _negation_ended(tok, span)) != denied:
            if not _names_a_kind(span.doc[m.start : m.end], span):
                excluded.add(m.value)
        else:
            used.add(m.value)
    excluded -= used
    out.use_scopes = [s for s in c.order if s in used]
    out.excluded_scopes = [s for s in c.order if s in excluded]
    return out
