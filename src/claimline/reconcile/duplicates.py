"""One report per disagreement: a claim conflict that a conflict on events already reports is hidden.

Light (no pydantic): it runs on the store's views for the query commands as well as on models.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

#: claim facet -> the event facets that report the same disagreement
SAME_FACET = {"date": {"date", "deadline"}, "polarity": {"factuality"}, "network_tier": {"network_tier"}}
_T = TypeVar("_T")


def without_duplicates(conflicts: Sequence[_T]) -> list[_T]:
    """The conflicts with each disagreement reported once. A claim conflict and an event conflict
    report the same disagreement when their facets match (a claim ``date`` is an event ``date`` or
    ``deadline``, ``polarity`` is ``factuality``) and two of the claim conflict's sides share claims
    with two different sides of the event conflict. Of the two, the one resting on fewer claims is
    left out (on a tie, the claim conflict: the event conflict says which event it is).
    Works on models and on the store's light views alike."""
    index: dict[str, list[tuple[int, str, int]]] = {}  # claim id -> (event conflict, facet, side)
    for e, c in enumerate(conflicts):
        if getattr(c, "event", None) is None:
            continue
        for n, side in enumerate(c.sides):  # type: ignore[attr-defined]
            for cid in side.claim_ids:
                index.setdefault(cid, []).append((e, c.facet, n))  # type: ignore[attr-defined]
    if not index:
        return list(conflicts)
    dropped: set[int] = set()
    for k, c in enumerate(conflicts):
        if getattr(c, "event", None) is not None:
            continue
        for e in _same_disagreement(c, index):
            if _size(conflicts[e]) >= _size(c):
                dropped.add(k)
            else:
                dropped.add(e)
    return [c for k, c in enumerate(conflicts) if k not in dropped]


def _size(c: Any) -> int:
    return len({cid for side in c.sides for cid in side.claim_ids})


def _same_disagreement(c: Any, index: Mapping[str, list[tuple[int, str, int]]]) -> list[int]:
    facets = SAME_FACET.get(c.facet, {c.facet})
    hits: dict[int, list[set[int]]] = {}  # event conflict -> per side of c, the event sides it meets
    for k, side in enumerate(c.sides):
        for cid in side.claim_ids:
            for e, facet, n in index.get(cid, ()):
                if facet in facets:
                    per = hits.setdefault(e, [set() for _ in c.sides])
                    per[k].add(n)
    out = []
    for e, per in hits.items():
        met = [s for s in per if s]
        if len(met) >= 2 and len(set().union(*met)) >= 2:
            out.append(e)
    return out
