"""One negation test, shared by claims (is the claim's proposition negated?) and facets (is this
tier or scope phrase under negation?). The words are data in ``models/modality.toml``.

A term is *negated* when a negator governs it: a ``neg`` dependent on the term or one of its heads
inside the span ("will not be used for targeting"), a negative argument ("No decision has been
taken", "Nothing ... involves"), a negating verb above it ("excluded", "ruled out"), or a negator
a few tokens before it ("not its most sensitive classified systems", "rather than combat").
A negator that restricts ("not only X", "not just", "not limited to") does not negate. A negator of
several words matches its token sequence at its first word ("yet to": "has yet to decide", "is yet to pay"
say "not yet"): that word negates as a ``neg`` dependent does.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy
from spacy.attrs import DEP, LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from .. import lexicons

_CONTRAST = (("rather", "than"), ("instead", "of"), ("as", "opposed", "to"), ("beyond",), ("except",))
_CONTRAST_FIRST = frozenset(phrase[0] for phrase in _CONTRAST)
_WINDOW = 5


@dataclass(frozen=True)
class Words:
    #: the one-word negators
    negators: frozenset[str]
    #: the negators of several words, first word -> the word sequences it starts ("yet" -> ("yet", "to"))
    sequences: dict[str, tuple[tuple[str, ...], ...]]
    negating_verbs: frozenset[str]
    #: phrasal negating verbs, verb -> its particles ("rule out": "rule" -> {"out"}): the verb alone
    #: does not negate ("a court ruled that X had broken rules" asserts X)
    phrasal: dict[str, frozenset[str]]
    negative_pronouns: frozenset[str]
    not_negating_after: frozenset[str]


@cache
def words() -> Words:
    m = lexicons.modality()
    return Words(
        negators=frozenset(w for w in m.negators if " " not in w),
        sequences=_sequences(m.negators),
        negating_verbs=frozenset(v for v in m.negating_verbs if " " not in v),
        phrasal=_phrasal(m.negating_verbs),
        negative_pronouns=frozenset(m.negative_pronouns),
        not_negating_after=frozenset(m.not_negating_after),
    )


def _sequences(entries: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for v in entries:
        parts = tuple(v.lower().split())
        if len(parts) > 1:
            out.setdefault(parts[0], []).append(parts)
    return {k: tuple(ps) for k, ps in out.items()}


def starts_negator(tok: Token) -> bool:
    """``tok`` is the first word of a negator of several words, the others following it as a verb's function
    words ("yet" of "has yet to decide": "to" the infinitive's; not "yet to the surprise of fans")."""
    found = words().sequences.get(tok.lower_)
    if not found:
        return False
    doc = tok.doc
    return any(
        tok.i + len(seq) <= len(doc)
        and all(doc[tok.i + k].lower_ == seq[k] and doc[tok.i + k].dep_ in _FUNCTION_DEPS for k in range(1, len(seq)))
        for seq in found
    )


#: The dependencies of a verb's function words (the later words of a negator of several words).
_FUNCTION_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def negates(tok: Token) -> bool:
    """``tok`` negates the word it depends on: a ``neg`` dependent ("not", "never", "n't") or the first word
    of a negator of several words ("yet to")."""
    return tok.dep_ == "neg" or starts_negator(tok)


def _phrasal(entries: list[str]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for v in entries:
        parts = v.split()
        if len(parts) == 2:
            out.setdefault(parts[0], set()).add(parts[1])
    return {k: frozenset(ps) for k, ps in out.items()}


def negating_verb(tok: Token) -> bool:
    """``tok`` is a negating verb: one of the one-word ones ("excluded", "barred"), or the verb of a
    phrasal one with its particle ("ruled out": ``prt`` "out"; bare "ruled" is not)."""
    w = words()
    lemma = tok.lemma_.lower()
    if lemma in w.negating_verbs:
        return True
    particles = w.phrasal.get(lemma)
    return particles is not None and any(
        c.dep_ in ("prt", "advmod", "prep") and c.i == tok.i + 1 and c.lower_ in particles for c in tok.children
    )


def may_negate(tokens: Span) -> bool:
    """Whether ``tokens`` hold any word :func:`is_negated` reacts to (a cheap test first: most
    sentences hold none). The token-by-token statement of the screen: the hot path reads the same
    answer from the parse's arrays (:func:`negating_tokens`), and a test keeps the two equal."""
    w = words()
    first = _CONTRAST_FIRST
    return any(
        t.lower_ in w.negators
        or t.lower_ in w.sequences
        or t.lower_ in w.negative_pronouns
        or t.lower_ in first
        or t.dep_ == "neg"
        or t.lemma_.lower() in w.negating_verbs
        or t.lemma_.lower() in w.phrasal
        for t in tokens
    )


@dataclass
class _Reacting:
    """A vocabulary's string ids :func:`may_negate` reacts to: the lower-case forms of its words
    (sorted), and the lemmas met so far (``known``) with those that react (their lower-cased string
    is a negating verb)."""

    words: Words
    vocab: object
    lowers: numpy.ndarray
    known: set[int]
    lemmas: set[int]


_REACTS: dict[int, _Reacting] = {}  # id(vocab) -> its ids


def negating_mask(doc: Doc) -> numpy.ndarray:
    """:func:`negating_tokens` as a boolean array, computed on the parse's arrays (no Python object
    made per token; a lemma is judged the first time the vocabulary meets it)."""
    if not len(doc):
        return numpy.zeros(0, dtype=bool)
    w = words()
    strings = doc.vocab.strings
    found = _REACTS.get(id(doc.vocab))
    if found is None or found.words is not w or found.vocab is not doc.vocab:
        # the ids the words' lower-case forms have in the vocabulary (a LOWER attribute value)
        ids = sorted({strings[x] for x in (*w.negators, *w.sequences, *w.negative_pronouns, *_CONTRAST_FIRST)})
        found = _REACTS[id(doc.vocab)] = _Reacting(w, doc.vocab, numpy.array(ids, dtype="uint64"), set(), set())
    low, dep, lemma = numpy.ascontiguousarray(doc.to_array([LOWER, DEP, LEMMA]).T)
    lowers = found.lowers
    at = numpy.minimum(numpy.searchsorted(lowers, low), len(lowers) - 1)
    mask = (lowers[at] == low) | (dep == strings["neg"])
    here = set(lemma.tolist())
    new = here - found.known
    if new:
        found.known |= new
        found.lemmas.update(h for h in new if strings[h].lower() in w.negating_verbs or strings[h].lower() in w.phrasal)
    reacting = here & found.lemmas
    if reacting:
        mask |= numpy.isin(lemma, numpy.array(sorted(reacting), dtype="uint64"))
    return mask


def negating_tokens(doc: Doc) -> list[bool]:
    """For each token of ``doc``: whether :func:`may_negate` reacts to it — so that
    ``may_negate(doc[a:b]) == any(negating_tokens(doc)[a:b])`` — read from the parse's arrays
    (no :class:`~spacy.tokens.Token` made per token)."""
    return negating_mask(doc).tolist()


def negative_argument(tok: Token) -> bool:
    """A subject or object that negates its clause: "nothing", "nobody", "no decision"."""
    return tok.lower_ in words().negative_pronouns or any(g.dep_ == "det" and g.lower_ == "no" for g in tok.children)


def clause_negated(span: Span) -> bool:
    """The proposition of ``span`` (its root's clause) is negated: a ``neg`` on the root that does not
    restrict, or a negative subject, object or attribute ("No decision has been taken")."""
    root = span.root
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and span.start <= child.i < span.end:
            if negative_argument(child):
                return True
    return any(negates(c) and span.start <= c.i < span.end and not restricts(c) for c in root.children)


_NP_DEPS = frozenset({"amod", "compound", "nmod", "advmod", "poss", "det", "nummod", "npadvmod", "case", "quantmod"})


def _np_left(tok: Token) -> int:
    """Leftmost token of the noun phrase (and governing preposition) containing ``tok``."""
    node = tok
    while node.dep_ in _NP_DEPS and node.head.i != node.i:
        node = node.head
    left = node.left_edge.i
    if node.dep_ == "pobj" and node.head.i < left:
        left = node.head.i
    return min(left, tok.i)


#: wh-words (WDT, WP, WP$, WRB): they open an indirect question or a relative clause
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def is_negated(tok: Token, span: Span | None) -> bool:
    """Whether ``tok`` is under negation inside ``span`` (see module docstring)."""
    lo = span.start if span is not None else tok.sent.start
    hi = span.end if span is not None else tok.sent.end
    node = tok
    via_subject = False  # reached ``node`` through its subject: a later "not" still negates it
    by_subject = False  # reached ``node`` through its active subject: a negating verb's doer, not what it excludes
    for _ in range(8):
        if node.i != tok.i and negating_verb(node) and any(negates(c) and not restricts(c) for c in node.children):
            return False  # a negation negated: "would not rule out closing the mine" is possible (review 18 Z12)
        for child in node.children:
            if not lo <= child.i < hi:
                continue
            if negates(child) and (child.i < tok.i or via_subject) and not restricts(child):
                return True
            if child.dep_ in ("nsubj", "nsubjpass") and negative_argument(child):
                return True
        if node.i != tok.i and negating_verb(node) and node.i in range(lo, hi):
            if not by_subject:  # (the one who bars or rules out is not excluded: "the ruling bars X from trading")
                return True
        if node.head.i == node.i or not (lo <= node.head.i < hi):
            if node.head.i != node.i and negating_verb(node.head) and node.dep_ in ("nsubjpass", "dobj"):
                return True
            break
        if node.dep_ == "relcl" or (node.dep_ in ("ccomp", "advcl", "parataxis") and node.i != tok.i):
            break  # a relative clause is its own, the trigger's too ("did not award it to X, which it chose")
        if node.dep_ in ("ccomp", "advcl") and any(
            c.tag_ in _WH_TAGS
            or (c.dep_ == "mark" and c.lower_ in ("whether", "if"))
            or (c.i < node.i and any(g.tag_ in _WH_TAGS for g in c.children))  # "how much", "which route"
            for c in node.children
        ):
            break  # an indirect question ("did not say when they signed", "does not care how much we love
            # the job"): its verb is not negated
        if (
            node.pos_ in ("VERB", "AUX")
            and node.dep_ in ("amod", "acl")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        ):
            break  # a verb with its own subject heads its own clause, however the parser hung it
            # ("dropped a ban, and it has since courted agencies": "courted" is not what was dropped)
        if node.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in node.head.children):
            break
        via_subject = node.dep_ in ("nsubj", "nsubjpass")
        by_subject = node.dep_ == "nsubj"
        node = node.head
    doc = tok.doc
    anchor = max(lo, _np_left(tok))
    start = max(lo, anchor - _WINDOW)
    for j in range(start, tok.i):
        w = doc[j].lower_
        if (w in words().negators or starts_negator(doc[j])) and not restricts(doc[j]):
            # a negator further back only counts when no clause boundary intervenes: punctuation, a
            # conjunction, or a word that opens a clause of its own ("has not said how much the strike
            # cost", "did not ask whether ...": the question's words are not negated)
            if not any(
                doc[k].text in {",", ";", "but", "and"}
                or (
                    (doc[k].tag_ in _WH_TAGS or doc[k].dep_ == "mark")
                    and "relcl" not in (doc[k].dep_, doc[k].head.dep_)  # "systems that assist": still negated
                )
                for k in range(j + 1, min(anchor + 1, tok.i))
            ):
                return True
        for phrase in _CONTRAST:
            if w == phrase[0] and all(j + m < tok.i and doc[j + m].lower_ == phrase[m] for m in range(1, len(phrase))):
                return True
    return False


def restricts(tok: Token) -> bool:
    """A negator that restricts rather than negates: "not only", "not just", "not limited to"."""
    nxt = tok.i + 1
    return nxt < len(tok.doc) and tok.doc[nxt].lower_ in words().not_negating_after
