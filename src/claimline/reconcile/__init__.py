"""Stage reconcile: claims from several outlets in, conflicts with a verdict and claim statuses out.

``conflicts`` runs the flow and documents the contract; ``info`` describes each claim's source and
time, ``keys`` files claims under questions, ``sides`` groups a question's answers, ``verdict``
decides (supersession, weighted vote, truth discovery), ``status`` maps sides to claim statuses,
``weights`` holds the vote weights. Pure: no spaCy, no store.
"""

from .conflicts import find_conflicts, source_reliability
from .status import claim_statuses
from .weights import CERTAINTY_WEIGHT, RESOLVED_MARGIN, SOURCE_KIND_WEIGHT

__all__ = [
    "CERTAINTY_WEIGHT",
    "RESOLVED_MARGIN",
    "SOURCE_KIND_WEIGHT",
    "claim_statuses",
    "find_conflicts",
    "source_reliability",
]
