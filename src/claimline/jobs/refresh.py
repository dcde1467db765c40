"""Recompute conflicts and claim statuses over a whole store (after every ingest or load)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from ..reconcile import claim_statuses, find_conflicts
from ..schemas import Article, Claim, Conflict
from ..store import Store


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a block (then back to how it was).

    Reconciling a whole store allocates many small tuples next to a large live set of claims;
    with the collector running, its passes cost 1.7x the work at 50,000 claims
    (benchmarks/bench_reconcile_gc.py). The batch job owns the process, so it is paused here,
    not inside the pure reconcile library.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def reconcile_all(claims: list[Claim], articles: dict[str, Article]) -> tuple[list[Conflict], dict[str, str]]:
    """Conflicts among ``claims`` and the claim statuses they imply."""
    with gc_paused():
        conflicts = find_conflicts(claims, articles)
    return conflicts, claim_statuses(conflicts)


def refresh_conflicts(store: Store) -> int:
    """Reconcile every stored claim and replace the stored conflicts and statuses; returns the count.

    The store reads and writes under its reconciliation lock; the computation is ours."""
    return store.rewrite_conflicts(reconcile_all)
