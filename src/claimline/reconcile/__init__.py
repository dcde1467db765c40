"""Stage 3, reconcile: claims from several outlets in, conflicts with a verdict and claim statuses out."""

from .conflicts import claim_statuses, find_conflicts

__all__ = ["claim_statuses", "find_conflicts"]
