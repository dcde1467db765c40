"""Recompute conflicts and claim statuses over a whole store (after every ingest or load)."""

from __future__ import annotations

from ..reconcile import claim_statuses, find_conflicts
from ..schemas import Article, Claim, Conflict
from ..store import Store


def reconcile_all(claims: list[Claim], articles: dict[str, Article]) -> tuple[list[Conflict], dict[str, str]]:
    """Conflicts among ``claims`` and the claim statuses they imply."""
    conflicts = find_conflicts(claims, articles)
    return conflicts, claim_statuses(conflicts)


def refresh_conflicts(store: Store) -> int:
    """Reconcile every stored claim and replace the stored conflicts and statuses; returns the count.

    The store reads and writes under its reconciliation lock; the computation is ours."""
    return store.rewrite_conflicts(reconcile_all)
