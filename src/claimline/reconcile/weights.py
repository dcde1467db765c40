"""Vote weights and thresholds of reconciliation (see :mod:`claimline.reconcile.conflicts`)."""

from __future__ import annotations

CERTAINTY_WEIGHT: dict[str, float] = {"confirmed": 1.0, "reported": 0.8, "hedged": 0.5, "speculative": 0.3}
SOURCE_KIND_WEIGHT: dict[str, float] = {
    "official": 1.0,
    "named": 0.8,
    "outlet": 0.7,
    "author": 0.7,
    "anonymous": 0.5,
    "report": 0.4,
}
RESOLVED_MARGIN = 0.30
MIN_TRUTH_DISCOVERY_SOURCES = 3
RECENCY_HALF_LIFE_DAYS = 730.0
RECENCY_FLOOR = 0.5
UNDATED_RECENCY = 0.85
RELIABILITY_PRIOR = 0.8
RELIABILITY_SMOOTHING = 2.0  # pseudo-observations at the prior
RELIABILITY_ITERATIONS = 20
RELIABILITY_TOLERANCE = 1e-3
