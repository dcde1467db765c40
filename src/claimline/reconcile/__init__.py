"""Stage reconcile: claims from several outlets in, conflicts with a verdict and claim statuses out.

``conflicts`` runs the flow and documents the contract; ``info`` describes each claim's source and
time, ``keys`` files claims under questions, ``sides`` groups a question's answers, ``verdict``
decides (supersession, weighted vote, truth discovery), ``status`` maps sides to claim statuses,
``weights`` holds the vote weights (data in models/votes.toml). Pure: no spaCy, no store.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "CERTAINTY_WEIGHT",
    "RESOLVED_MARGIN",
    "SOURCE_KIND_WEIGHT",
    "actor_key",
    "actor_pair_counts",
    "borrowed_context",
    "candidate_filing",
    "candidate_questions",
    "claim_statuses",
    "conflicts_by_question",
    "find_conflicts",
    "needs_context",
    "negative_index",
    "only_key",
    "pair_key",
    "question_key",
    "source_reliability",
]

_HOME = {
    "CERTAINTY_WEIGHT": "weights",
    "RESOLVED_MARGIN": "weights",
    "SOURCE_KIND_WEIGHT": "weights",
    "claim_statuses": "status",
    "actor_pair_counts": "keys",
    "borrowed_context": "keys",
    "needs_context": "keys",
    "negative_index": "keys",
    "actor_key": "keys",
    "only_key": "keys",
    "pair_key": "keys",
}


def __getattr__(name: str) -> Any:
    """Light to import (the timeline needs only ``claim_statuses``): each name loads its module when used."""
    if name in __all__:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{_HOME.get(name, 'conflicts')}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
