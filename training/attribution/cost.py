"""The tagger's ingest cost beside raw spaCy, side by side in one process (``benchmarks/bench.py``'s
own timers): raw ``nlp.pipe``, ``claimline ingest -j1`` with the tagger off, then on, repeated and
interleaved so that a shared machine's load falls on every side alike. Usage (repository root)::

    .venv/bin/python training/attribution/cost.py [--articles 120] [--repeat 3]

Prints each run's CPU seconds and the medians' ratios to raw spaCy CPU.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import bench  # noqa: E402
import corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=120)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args(argv)
    from claimline.api import extract
    from claimline.extraction import pipeline

    tmp = Path(tempfile.mkdtemp(prefix="claimline-cost-"))
    paths = corpus.build(tmp / "corpus", args.articles)
    nlp = pipeline.build(stock=True)
    masked, _ = bench.prepared_texts(paths)
    for _ in nlp.pipe(masked[:8], batch_size=args.batch_size):
        pass
    for mode in ("on", "off"):
        os.environ["CLAIMLINE_CUE_MODEL"] = mode
        warm, _ = extract([str(p) for p in paths[:8]])
        for _ in warm:
            pass
    cpu: dict[str, list[float]] = {"raw": [], "off": [], "on": []}
    claims: dict[str, int] = {}
    for rep in range(args.repeat):
        cpu["raw"].append(bench.run_raw(nlp, masked, args.batch_size)[3])
        for mode in ("off", "on") if rep % 2 == 0 else ("on", "off"):
            os.environ["CLAIMLINE_CUE_MODEL"] = mode
            r = bench.run_ingest(tmp / f"{mode}{rep}.db", tmp / "corpus", 1, args.batch_size)
            cpu[mode].append(r["cpu_seconds"])
            claims[mode] = r["claims"]
        print(
            f"run {rep + 1}: raw {cpu['raw'][-1]:.2f}s  off {cpu['off'][-1]:.2f}s  on {cpu['on'][-1]:.2f}s  "
            f"(off {cpu['off'][-1] / cpu['raw'][-1]:.3f}x, on {cpu['on'][-1] / cpu['raw'][-1]:.3f}x)",
            flush=True,
        )
    raw = statistics.median(cpu["raw"])
    off, on = statistics.median(cpu["off"]), statistics.median(cpu["on"])
    print(
        f"medians of {args.repeat} ({args.articles} articles): raw spaCy {raw:.2f}s CPU; ingest -j1 off {off:.2f}s "
        f"= {off / raw:.3f}x, on {on:.2f}s = {on / raw:.3f}x; the tagger adds {(on - off) / raw:.3f}x "
        f"(claims off {claims['off']}, on {claims['on']}); load {os.getloadavg()[0]:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
