"""Vote weights and thresholds of reconciliation: data in ``models/votes.toml``, read once.

See :mod:`claimline.reconcile.conflicts` for how they are used.
"""

from __future__ import annotations

from .. import lexicons

_VOTES = lexicons.votes()

CERTAINTY_WEIGHT: dict[str, float] = dict(_VOTES.certainty)
SOURCE_KIND_WEIGHT: dict[str, float] = dict(_VOTES.source_kind)
RESOLVED_MARGIN = _VOTES.vote.resolved_margin
RECENCY_HALF_LIFE_DAYS = _VOTES.vote.recency_half_life_days
RECENCY_FLOOR = _VOTES.vote.recency_floor
UNDATED_RECENCY = _VOTES.vote.undated_recency
MIN_TRUTH_DISCOVERY_SOURCES = _VOTES.truth_discovery.min_sources
RELIABILITY_PRIOR = _VOTES.truth_discovery.reliability_prior
RELIABILITY_SMOOTHING = _VOTES.truth_discovery.reliability_smoothing
RELIABILITY_ITERATIONS = _VOTES.truth_discovery.reliability_iterations
RELIABILITY_TOLERANCE = _VOTES.truth_discovery.reliability_tolerance


def leave_one_out(total: float, n: int, own: float = 0.0) -> float:
    """A source's smoothed reliability from its evidence ``total`` over ``n`` observations, less the
    question's ``own`` p (``n`` already counts without it): what truth discovery weighs a question's
    source at (:func:`claimline.reconcile.conflicts.discover`; :meth:`StoredLearning.unsettled` bounds it)."""
    return (RELIABILITY_SMOOTHING * RELIABILITY_PRIOR + total - own) / (RELIABILITY_SMOOTHING + n)
