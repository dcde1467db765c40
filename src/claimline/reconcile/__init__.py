"""Stage 3, reconcile: claims from several outlets in, conflicts with a verdict and claim statuses out."""

from .conflicts import (
    actor_key,
    actor_pair_counts,
    borrowed_context,
    candidate_questions,
    claim_statuses,
    conflicts_by_question,
    find_conflicts,
    negative_index,
    only_key,
    pair_key,
    question_key,
)

__all__ = [
    "actor_key",
    "actor_pair_counts",
    "borrowed_context",
    "candidate_questions",
    "claim_statuses",
    "conflicts_by_question",
    "find_conflicts",
    "negative_index",
    "only_key",
    "pair_key",
    "question_key",
]
