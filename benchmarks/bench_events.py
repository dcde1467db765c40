"""What the event layer costs at ingest: the same corpus ingested with and without it, side by side.

Usage::

    .venv/bin/python benchmarks/bench_events.py [--articles 120] [--rounds 2]

One process, one corpus (``benchmarks/corpus.py``), fresh stores; the rounds alternate
"without" and "with", and the best time of each is kept. "Without" replaces
``claimline.events.frames.find_frames`` and ``claimline.events.headline.headline_frames`` (the
headline's own parse) by functions returning no frames, so extraction and storage skip the event
frames and their clustering and everything else is identical. The frames the store has parsed
(``claimline.store.events``' cache) are forgotten before each round.
Budget (issue 15): the event layer costs at most 10 % of ingest. Wall and CPU time are printed
side by side (on a loaded machine the wall time includes waiting for a core).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402


def measure(articles: int, rounds: int) -> dict[str, float]:
    import claimline.events.frames as frames
    import claimline.events.headline as headline
    import claimline.extraction.claims as claims
    from claimline.extraction import pipeline
    from claimline.jobs.ingest import ingest
    from claimline.store import Store
    from claimline.store import events as stored

    forget = getattr(stored, "forget_frames", lambda: None)  # (an older claimline, for a before/after run)

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        paths = [str(p) for p in corpus.build(tmp / "corpus", articles)]
        pipeline.load()
        real, real_headline = frames.find_frames, headline.headline_frames
        real_parse = claims._parse_headlines  # the headlines' own parse belongs to the event layer too
        best = {"without": float("inf"), "with": float("inf")}
        cpu = {"without": float("inf"), "with": float("inf")}
        try:
            for k in range(rounds):
                for mode in ("without", "with"):
                    frames.find_frames = real if mode == "with" else (lambda *a, **kw: [])
                    headline.headline_frames = real_headline if mode == "with" else (lambda *a, **kw: [])
                    claims._parse_headlines = real_parse if mode == "with" else (lambda *a, **kw: {})
                    forget()  # each round ingests as a fresh process would: no frame parsed yet
                    t0, c0 = time.perf_counter(), time.process_time()
                    with Store(tmp / f"{mode}-{k}.db") as store:
                        ingest(store, paths)
                    best[mode] = min(best[mode], time.perf_counter() - t0)
                    cpu[mode] = min(cpu[mode], time.process_time() - c0)
        finally:
            frames.find_frames, headline.headline_frames = real, real_headline
            claims._parse_headlines = real_parse
    return {
        "articles": articles,
        **best,
        "share": (best["with"] - best["without"]) / best["with"],
        "cpu_without": cpu["without"],
        "cpu_with": cpu["with"],
        "cpu_share": (cpu["with"] - cpu["without"]) / cpu["with"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=120)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    r = measure(args.articles, args.rounds)
    print(
        f"{r['articles']} articles: ingest without events {r['without']:.2f} s, with events {r['with']:.2f} s "
        f"(best of {args.rounds}); the event layer costs {100 * r['share']:.1f} % of ingest (budget 10 %)"
    )
    print(
        f"CPU time of this process: without {r['cpu_without']:.2f} s, with {r['cpu_with']:.2f} s: "
        f"{100 * r['cpu_share']:.1f} % (wall time on a shared machine includes waiting for a core)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
