"""Recompute conflicts and claim statuses over a whole store (after every ingest or load)."""

from __future__ import annotations

from ..reconcile import claim_statuses, find_conflicts
from ..schemas import Article, Claim, Conflict
from ..store import Store


def refresh_conflicts(store: Store) -> int:
    """Reconcile every stored claim and replace the stored conflicts and statuses; returns the count."""
    claims = store.claims()
    articles = {a.id: a for a in store.articles()}
    conflicts = find_conflicts(claims, articles)
    return store.replace_conflicts(conflicts, claim_statuses(conflicts))
