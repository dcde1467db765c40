"""Where ``benchmarks/bench.py``'s ingest -j1 CPU goes, by stage, beside raw spaCy in the same process.

Usage (repository root)::

    .venv/bin/python training/attribution/ingest_stages.py [--articles 300] [--repeat 3]

The corpus, warm-up, raw side (``bench.run_raw``) and ingest (``bench.run_ingest``: ingest, then
``refresh_conflicts``) are ``bench.py``'s; raw and ingest alternate. Each stage is timed by a
wrapper around its function (``time.thread_time`` of the main thread: no profiler, and the RSS
sampler's thread left out, as ``bench.py`` leaves it out of its CPU figures); a stage nested in
another is taken out of it. Prints the medians: seconds, share of ingest, and the stage's cost
as a fraction of raw spaCy (the ``x raw`` column sums, with the body parse, to the ingest ratio).
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import bench  # noqa: E402
import corpus  # noqa: E402

T: dict[str, float] = {}  # stage -> CPU seconds without the timed stages nested in it
_STACK: list[list[float]] = []  # per open timed call: [CPU of the timed calls nested in it]
clock = time.thread_time


def _account(key: str, t0: float) -> None:
    spent = clock() - t0
    nested = _STACK.pop()[0]
    T[key] = T.get(key, 0.0) + spent - nested
    if _STACK:
        _STACK[-1][0] += spent


def _wrap(owner: Any, name: str, key: str) -> None:
    f = getattr(owner, name)

    @functools.wraps(f)
    def timed(*a: Any, **k: Any) -> Any:
        _STACK.append([0.0])
        t0 = clock()
        try:
            return f(*a, **k)
        finally:
            _account(key, t0)

    setattr(owner, name, timed)


def _wrap_gen(owner: Any, name: str, key: str) -> None:
    f: Callable[..., Iterator[Any]] = getattr(owner, name)

    @functools.wraps(f)
    def timed(*a: Any, **k: Any) -> Iterator[Any]:
        g = f(*a, **k)
        while True:
            _STACK.append([0.0])
            t0 = clock()
            try:
                x = next(g)
            except StopIteration:
                return
            finally:
                _account(key, t0)
            yield x

    setattr(owner, name, timed)


#: stage -> the timed functions whose own CPU (nested timed calls left out) it is
STAGES: dict[str, tuple[str, ...]] = {
    "read + decode": ("read",),
    "masking": ("mask",),
    "spaCy parse, bodies": ("parse_many",),
    "spaCy parse, headlines": ("headline parse",),
    "cue tagger network": ("tagger network",),
    "cue tagger candidates (tagged_claims)": ("tagged_claims",),
    "attribution rules (ClaimFinder)": ("finder",),
    "mentions": ("mentions",),
    "TIMEX3": ("timex",),
    "claims.finish, the rest (claim models, modality, facets, actors)": ("finish",),
    "event frames (bodies, headlines)": ("find_frames", "headline frames"),
    "store claims (Store.add without events)": ("Store.add",),
    "store events (write_events, write_aliases)": ("write_events",),
    "reconcile claims (refresh without events)": ("refresh",),
    "event conflicts": ("event conflicts",),
    "other (loop, ids, collector, ...)": ("ingest",),
}


def instrument() -> None:
    from claimline import timex
    from claimline.events import frames, headline
    from claimline.extraction import attribution, chunks, claims, cue_model
    from claimline.jobs import ingest, loop, refresh
    from claimline.store import events as stored_events
    from claimline.store import sqlite

    _wrap(ingest, "ingest", "ingest")
    _wrap(loop, "read_item", "read")
    _wrap(claims, "prepare", "mask")
    _wrap_gen(chunks, "parse_many", "parse_many")
    _wrap(claims, "_parse_headlines", "headline parse")
    _wrap(claims, "finish", "finish")
    _wrap(frames, "find_frames", "find_frames")
    _wrap(headline, "headline_frames", "headline frames")
    _wrap(headline, "with_headline", "headline frames")
    _wrap(cue_model, "predict", "tagger network")
    _wrap(attribution, "tagged_claims", "tagged_claims")
    _wrap(attribution.ClaimFinder, "find", "finder")
    _wrap(attribution.ClaimFinder, "__init__", "finder")
    _wrap(timex, "find_times", "timex")
    _wrap(claims, "find_mentions", "mentions")
    _wrap(sqlite.Store, "add", "Store.add")
    _wrap(stored_events, "write_events", "write_events")
    _wrap(stored_events, "write_aliases", "write_events")
    _wrap(bench, "refresh_conflicts", "refresh")
    _wrap(refresh, "_event_conflicts", "event conflicts")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    from claimline.api import extract
    from claimline.extraction import pipeline

    tmp = Path(tempfile.mkdtemp(prefix="claimline-stages-"))
    paths = corpus.build(tmp / "corpus", args.articles)
    nlp = pipeline.build(stock=True)
    masked, _ = bench.prepared_texts(paths)
    for _ in nlp.pipe(masked[:8], batch_size=16):
        pass
    warm, _ = extract([str(p) for p in paths[:8]])
    for _ in warm:
        pass
    instrument()
    runs = []
    for rep in range(args.repeat):
        raw = bench.run_raw(nlp, masked, 16)[3]
        T.clear()
        r = bench.run_ingest(tmp / f"s{rep}.db", tmp / "corpus", 1, 16)
        runs.append({**T, "total": r["cpu_seconds"], "raw": raw})
        load = os.getloadavg()[0]
        print(
            f"run {rep + 1}: raw {raw:.2f} s, ingest {r['cpu_seconds']:.2f} s CPU"
            f" = {r['cpu_seconds'] / raw:.3f}x, load {load:.1f}"
        )
    med = {k: statistics.median(d.get(k, 0.0) for d in runs) for k in runs[0]}
    raw, total = med.pop("raw"), med.pop("total")
    table = {stage: sum(med.get(k, 0.0) for k in keys) for stage, keys in STAGES.items()}
    table["(not in a timed call: bench.py's own timing)"] = total - sum(table.values())
    print(
        f"\nmedians of {args.repeat}, {args.articles} articles: raw spaCy {raw:.2f} s CPU,"
        f" ingest {total:.2f} s = {total / raw:.3f}x"
    )
    print(f"{'stage':62s} {'CPU s':>7s} {'ingest':>7s} {'x raw':>6s}")
    for k, v in table.items():
        print(f"{k:62s} {v:7.2f} {v / total:7.1%} {v / raw:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
