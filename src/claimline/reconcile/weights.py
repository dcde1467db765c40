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
