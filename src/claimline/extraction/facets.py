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

Scopes: each matched term adds its scope to ``use_scopes``, or to
``excluded_scopes`` when negated; a scope both asserted and excluded in the
same claim stays asserted ("not only logistics but also ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span, Token

from .. import lexicons
from .phrases import PhraseIndex, split_phrase

_CONTRAST = (("rather", "than"), ("instead", "of"), ("as", "opposed", "to"), ("beyond",), ("except",))
_NOT_NEGATING_AFTER = frozenset({"only", "just", "merely", "simply", "solely", "limited"})
_WINDOW = 5


@dataclass
class Facets:
    network_tier: str | None = None
    use_scopes: list[str] = field(default_factory=list)
    excluded_scopes: list[str] = field(default_factory=list)
    tier_negated: bool = False


@dataclass(frozen=True)
class _Compiled:
    tiers: PhraseIndex[str]
    network_nouns: frozenset[str]
    scopes: PhraseIndex[str]
    scope_excludes: PhraseIndex[str]
    negators: frozenset[str]
    negating_verbs: frozenset[str]
    strong: PhraseIndex[bool]
    order: tuple[str, ...]


@cache
def compiled() -> _Compiled:
    tl = lexicons.tiers()
    sl = lexicons.scopes()
    ml = lexicons.modality()
    tier_entries = [(p, tier) for tier, phrases in tl.by_tier().items() for p in phrases]
    scope_entries = [(t, s.name) for s in sl.scope for t in s.terms]
    excludes = [(t, s.name) for s in sl.scope for t in s.exclude]
    nouns = frozenset(w for n in tl.network_nouns for w in split_phrase(n)[0])
    return _Compiled(
        tiers=PhraseIndex(tier_entries),
        network_nouns=nouns,
        scopes=PhraseIndex(scope_entries),
        scope_excludes=PhraseIndex(excludes),
        negators=frozenset(ml.negators),
        negating_verbs=frozenset(v for v in ml.negating_verbs if " " not in v),
        strong=PhraseIndex((p, True) for p in tl.strong),
        order=tuple(s.name for s in sl.scope),
    )


_NP_DEPS = frozenset({"amod", "compound", "nmod", "advmod", "poss", "det", "nummod", "npadvmod", "case", "quantmod"})
_NEG_SUBJECTS = frozenset({"nothing", "none", "neither", "nobody", "no-one"})


def _np_left(tok: Token) -> int:
    """Leftmost token of the noun phrase (and governing preposition) containing ``tok``."""
    node = tok
    while node.dep_ in _NP_DEPS and node.head.i != node.i:
        node = node.head
    left = node.left_edge.i
    if node.dep_ == "pobj" and node.head.i < left:
        left = node.head.i
    return min(left, tok.i)


def is_negated(tok: Token, span: Span | None, negators: frozenset[str]) -> bool:
    """Whether ``tok`` is under negation inside ``span`` (see module docstring)."""
    lo = span.start if span is not None else tok.sent.start
    hi = span.end if span is not None else tok.sent.end
    node = tok
    via_subject = False  # reached ``node`` through its subject: a later "not" still negates it
    for _ in range(8):
        for child in node.children:
            if not lo <= child.i < hi:
                continue
            if child.dep_ == "neg" and (child.i < tok.i or via_subject) and not _followed_by_only(child):
                return True
            if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in _NEG_SUBJECTS:
                return True
            if child.dep_ in ("nsubj", "nsubjpass") and any(
                g.dep_ == "det" and g.lower_ == "no" for g in child.children
            ):
                return True
        if node.i != tok.i and node.lemma_.lower() in _negating_verbs() and node.i in range(lo, hi):
            return True
        if node.head.i == node.i or not (lo <= node.head.i < hi):
            if (
                node.head.i != node.i
                and node.head.lemma_.lower() in _negating_verbs()
                and node.dep_ in ("nsubjpass", "dobj")
            ):
                return True
            break
        if node.dep_ in ("ccomp", "advcl", "relcl", "parataxis") and node.i != tok.i:
            break
        if node.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in node.head.children):
            break
        via_subject = node.dep_ in ("nsubj", "nsubjpass")
        node = node.head
    doc = tok.doc
    anchor = max(lo, _np_left(tok))
    start = max(lo, anchor - _WINDOW)
    for j in range(start, tok.i):
        w = doc[j].lower_
        if w in negators and not _followed_by_only(doc[j]):
            # a negator further back only counts when no clause boundary intervenes
            if not any(doc[k].text in {",", ";", "but", "and"} for k in range(j + 1, anchor)):
                return True
        for phrase in _CONTRAST:
            if w == phrase[0] and all(j + m < tok.i and doc[j + m].lower_ == phrase[m] for m in range(1, len(phrase))):
                return True
    return False


def _negating_verbs() -> frozenset[str]:
    return compiled().negating_verbs


def _followed_by_only(tok: Token) -> bool:
    nxt = tok.i + 1
    return nxt < len(tok.doc) and tok.doc[nxt].lower_ in _NOT_NEGATING_AFTER


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
            m.value != "mixed"
            and m.start not in strong_starts
            and not _near_network(tokens, m.start, m.end, c.network_nouns)
        ):
            continue
        tok = span.doc[m.end - 1]
        negated = is_negated(span.doc[m.start], span, c.negators) or is_negated(tok, span, c.negators)
        if negated != denied:
            negated_tiers.add(m.value)
        else:
            positive.add(m.value)
    if "mixed" in positive or {"classified", "unclassified"} <= positive:
        out.network_tier = "mixed"
    elif positive:
        out.network_tier = next(iter(positive))
    elif "classified" in negated_tiers:
        out.network_tier = "unclassified"
        out.tier_negated = True
    excluded_spans = {(m.start + k) for m in c.scope_excludes.find(tokens) for k in range(m.end - m.start)}
    used: set[str] = set()
    excluded: set[str] = set()
    for m in c.scopes.find(tokens):
        if m.start in excluded_spans:
            continue
        if is_negated(span.doc[m.start], span, c.negators) != denied:
            excluded.add(m.value)
        else:
            used.add(m.value)
    excluded -= used
    out.use_scopes = [s for s in c.order if s in used]
    out.excluded_scopes = [s for s in c.order if s in excluded]
    return out
