"""Reading the attribution tagger's tags: runs of one role, and the head word of a cue run.

Shared by ``cue_model`` (its lemma gate) and ``tagged`` (claims from the tags), so neither
imports the other for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def runs(tags: Sequence[str], role: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Token ranges ``[s, e)`` in ``[lo, hi)`` that the tagger marks with ``role`` (B- then I-)."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    b, inside = f"B-{role}", f"I-{role}"
    for i in range(lo, hi):
        tag = tags[i]
        if tag == b or (tag == inside and start is None):
            if start is not None:
                out.append((start, i))
            start = i
        elif tag != inside and start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, hi))
    return out


def cue_head(doc: Any, cs: int, ce: int) -> Any:
    """The syntactic head of a cue span: its token whose head lies outside it."""
    inside = [doc[k] for k in range(cs, ce) if not (cs <= doc[k].head.i < ce) or doc[k].head.i == k]
    for pos in ("VERB", "NOUN", "ADJ", "AUX"):
        for t in inside:
            if t.pos_ == pos:
                return _predicate(t, cs, ce) if pos == "AUX" else t
    return inside[0] if inside else doc[cs]


def _predicate(aux: Any, cs: int, ce: int) -> Any:
    """A copula's predicate in the cue span ("is proud of", "are convinced", "is a fierce critic
    of": the word that carries the cue), else the copula."""
    return next((c for c in aux.children if cs <= c.i < ce and c.dep_ in ("acomp", "attr")), aux)


def object_fits(verb: Any, objects: Sequence[str]) -> bool:
    """Whether a cue that is one only with some objects (``CueEntry.objects``) has one of them, or a
    to-infinitive ("offered to debate"). Shared by the rules and ``tagged``."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in objects:
            return True
        if c.dep_ == "xcomp" and c.left_edge.lower_ == "to":
            return True
    return False
