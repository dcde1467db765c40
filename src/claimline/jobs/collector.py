"""The garbage collector while extraction runs: it collects its youngest generation less often.

Here, not in :mod:`claimline.jobs.ingest`, so that the executors' worker processes
(:mod:`claimline.jobs.loop`, :mod:`claimline.jobs.distributed`) raise it too without importing
the ingest loop.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["GC_YOUNG", "fewer_collections", "raise_young_threshold"]

#: Allocations between two collections of the youngest generation while an ingest runs (Python's
#: default is 700). An article's extraction makes tens of thousands of short-lived objects (tokens,
#: models, dicts); at 700 the collector ran ~3 times per article and walked the whole heap (the
#: pipeline's and store's long-lived objects) every ~100 of those: ~3 % of an ingest's CPU time,
#: ~1 % at 10,000, memory the same within a few MB. At 100,000 the 300 benchmark articles (bench.py's
#: corpus) need 5 young collections and no older one instead of 47 and 4: the collector's CPU in that
#: ingest 0.44-0.47 -> 0.28-0.29 s (gc.callbacks, two runs each, load ~12); a young collection then
#: takes ~60 ms.
GC_YOUNG = 100_000


def raise_young_threshold() -> tuple[int, ...]:
    """Raise the collector's youngest threshold to :data:`GC_YOUNG` (never lower it); the old thresholds.

    :func:`claimline.jobs.ingest.ingest` does it for its own run (:func:`fewer_collections`); the ``--jobs`` worker
    processes (:func:`claimline.jobs.loop._worker_init`) for their whole life, which is one ingest;
    a Dask worker for each partition it extracts (``jobs.distributed._extract_partition``): the
    worker outlives the ingest and may run other tasks, so its threshold is put back after.
    """
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_YOUNG), *old[1:])
    return old


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The garbage collector's youngest threshold raised to :data:`GC_YOUNG` for the block (restored after).

    A decorator as well (``@fewer_collections()``), as :func:`claimline.jobs.ingest.ingest` uses it.
    """
    old = raise_young_threshold()
    try:
        yield
    finally:
        gc.set_threshold(*old)
