"""Does reconciliation need the cyclic garbage collector paused? Both, side by side, in one run.

Builds an in-memory claim set of about ``--claims`` claims from copies of a store's extractions
(actors renamed in all but one copy in ``--groups``, as ``bench.py`` does), then times
``find_conflicts`` alternately with the collector running (default) and with ``gc.disable()``
around the call, ``--runs`` times each, and prints the medians and their ratio.

    .venv/bin/claimline ingest sample_articles/ --db /tmp/s.db
    .venv/bin/python benchmarks/bench_reconcile_gc.py /tmp/s.db --claims 50000
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import _copy, _extractions  # noqa: E402
from claimline.reconcile import find_conflicts  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", type=Path, help="a store with the sample articles ingested")
    ap.add_argument("--claims", type=int, default=50_000)
    ap.add_argument("--groups", type=int, default=10)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    base = _extractions(args.db)
    per_copy = sum(len(e.claims) for e in base)
    copies = -(-args.claims // per_copy)
    exs = [ex if k == 0 else _copy(ex, k, args.groups) for k in range(copies) for ex in base]
    claims = [c for ex in exs for c in ex.claims]
    articles = {ex.article.id: ex.article for ex in exs}
    times: dict[str, list[float]] = {"gc on": [], "gc paused": []}
    found = set()
    for _ in range(args.runs):
        for mode in times:
            gc.collect()
            t0 = time.perf_counter()
            if mode == "gc paused":
                gc.disable()
            try:
                conflicts = find_conflicts(claims, articles)
            finally:
                gc.enable()
            times[mode].append(time.perf_counter() - t0)
            found.add(len(conflicts))
    on, off = statistics.median(times["gc on"]), statistics.median(times["gc paused"])
    print(f"{len(claims)} claims, {len(articles)} articles, {found} conflicts, {args.runs} runs each")
    print(f"gc on      median {on:6.2f} s  {times['gc on']}")
    print(f"gc paused  median {off:6.2f} s  {times['gc paused']}")
    print(f"ratio on/paused {on / off:.2f}")


if __name__ == "__main__":
    main()
