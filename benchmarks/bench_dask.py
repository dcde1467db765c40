"""The Dask ingest path against local ``--jobs N``, and the client-side limits of scaling out.

Usage::

    .venv/bin/python benchmarks/bench_dask.py [--articles 300] [--workers 2] [--json]

``run(paths, workers)`` is the row ``benchmarks/bench.py`` adds: a
``LocalCluster`` of ``workers`` single-threaded processes running
:func:`claimline.jobs.distributed.ingest_dask` into a fresh store. ``seconds`` is
from the first submission to every article stored *plus* the conflict
refresh (as in bench.py's ingest rows); cluster start-up and the pipeline
load on every worker are ``startup_seconds``, reported apart.

Standalone it builds a corpus (``sample_articles/`` replicated with a
numbered line so every copy has its own article ID), runs local
``ingest(..., jobs=N)`` with the pipeline already loaded in the parent (so
the forked workers inherit it, as in bench.py) and the Dask path on the same
files, then measures the client's serial work per article: reading a file,
validating an extraction's JSON, and ``Store.add``. Those bound what any
number of workers can deliver into one SQLite store; the paper estimate for
a cluster of N workers is ``min(N * per_worker_rate, client_rate)``.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from claimline.jobs.refresh import refresh_conflicts  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sample_articles"


def build_corpus(out: Path, n: int) -> list[Path]:
    """``n`` articles: the samples, round-robin, each copy with a numbered closing line (a distinct text)."""
    out.mkdir(parents=True, exist_ok=True)
    samples = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    paths = []
    for i in range(n):
        src = samples[i % len(samples)]
        text = src.read_text(encoding="utf-8")
        line = f"Reference {i // len(samples) + 1:04d}."
        if src.suffix.lower() in (".html", ".htm"):
            text = text.replace("</body>", f"<p>{line}</p>\n</body>") if "</body>" in text else text + f"<p>{line}</p>"
        else:
            text = text.rstrip("\n") + f"\n\n{line}\n"
        dest = out / f"{i:05d}_{src.name}"
        dest.write_text(text, encoding="utf-8")
        paths.append(dest)
    return paths


def _tokens(paths: list[Path]) -> int:
    """spaCy tokens of the article texts as claimline reads them (the blank English tokenizer: cheap)."""
    import spacy

    from claimline.jobs.loop import Item, read_item

    tok = spacy.blank("en").tokenizer
    return sum(len(tok(read_item(Item(name=str(p), path=p), 5_000_000).text)) for p in paths)


def run(paths: list[Path], workers: int = 2, *, partition_size: int = 8) -> dict[str, Any]:
    """Ingest ``paths`` through a fresh ``LocalCluster`` of ``workers`` processes into a fresh store."""
    from claimline.jobs.distributed import ingest_dask
    from claimline.store.sqlite import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "dask.db") as store:
        marks: dict[str, float] = {"begin": time.perf_counter()}
        report = ingest_dask(
            store,
            [str(p) for p in paths],
            workers=workers,
            partition_size=partition_size,
            refresh=False,
            on_started=lambda: marks.setdefault("started", time.perf_counter()),
        )
        marks["stored"] = time.perf_counter()
        conflicts = refresh_conflicts(store)
        marks["refreshed"] = time.perf_counter()
    if report.failed:
        raise RuntimeError(f"{report.failed} articles failed: {report.failures[:3]}")
    started = marks.get("started", marks["begin"])
    store_s = marks["stored"] - started
    seconds = marks["refreshed"] - started
    return {
        "label": f"dask LocalCluster ({workers} workers)",
        "articles": report.stored,
        "seconds": seconds,
        "store_seconds": store_s,
        "refresh_seconds": marks["refreshed"] - marks["stored"],
        "startup_seconds": started - marks["begin"],
        "claims": report.claims,
        "conflicts": conflicts,
        "tokens": _tokens(paths),
        "workers": workers,
        "partition_size": partition_size,
        "per_worker_articles_per_second": report.stored / store_s / workers,
    }


class _CrossThreadStore:
    """A :class:`Store` whose SQLite connection may be used from another thread (benchmark workaround)."""

    def __new__(cls, path: Path):  # type: ignore[no-untyped-def]
        from claimline.store.sqlite import BUSY_TIMEOUT_MS, Store

        store = Store(path)
        store.db.close()
        store.db = sqlite3.connect(
            store.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        store.db.row_factory = sqlite3.Row
        store.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        store.db.execute("PRAGMA foreign_keys = ON")
        return store


def run_local(paths: list[Path], jobs: int) -> dict[str, Any]:
    """``claimline.jobs.ingest.ingest(..., jobs=N)`` with the pipeline loaded in the parent beforehand."""
    from claimline.extraction import pipeline as nlp
    from claimline.jobs.ingest import ingest
    from claimline.store.sqlite import Store

    t0 = time.perf_counter()
    nlp.load()  # forked workers inherit it, as in bench.py (which has loaded it for its raw-spaCy row)
    startup = time.perf_counter() - t0
    note = ""
    with tempfile.TemporaryDirectory() as tmp:
        try:
            with Store(Path(tmp) / "local.db") as store:
                t0 = time.perf_counter()
                report = ingest(store, [str(p) for p in paths], jobs=jobs, refresh=False)
                t1 = time.perf_counter()
                conflicts = refresh_conflicts(store)
                t2 = time.perf_counter()
        except sqlite3.ProgrammingError:
            # ingest(jobs>1) reads the store from Pool.imap's feeder thread; until that is fixed,
            # measure the same code path on a connection that may cross threads
            note = " (cross-thread store connection)"
            with _CrossThreadStore(Path(tmp) / "local2.db") as store:
                t0 = time.perf_counter()
                report = ingest(store, [str(p) for p in paths], jobs=jobs, refresh=False)
                t1 = time.perf_counter()
                conflicts = refresh_conflicts(store)
                t2 = time.perf_counter()
    return {
        "label": f"local ingest --jobs {jobs}{note}",
        "articles": report.stored,
        "seconds": t2 - t0,
        "store_seconds": t1 - t0,
        "refresh_seconds": t2 - t1,
        "startup_seconds": startup,
        "claims": report.claims,
        "conflicts": conflicts,
        "per_worker_articles_per_second": report.stored / (t1 - t0) / jobs,
    }


def client_costs(paths: list[Path]) -> dict[str, Any]:
    """Per-article serial work of the client: read + hash, JSON validation, ``Store.add`` (ms each)."""
    from claimline.extraction.claims import article_id, extract_many
    from claimline.jobs.loop import Item, read_item
    from claimline.schemas import Extraction
    from claimline.store.sqlite import Store

    t0 = time.perf_counter()
    reads = []
    for p in paths:
        r = read_item(Item(name=str(p), path=p), 5_000_000)
        article_id(r.text)
        reads.append((r, {"path": str(p)}))
    read_s = time.perf_counter() - t0

    sample = reads[: min(len(reads), 12)]  # the corpus repeats 12 samples
    payloads = [ex.model_dump_json() for ex in extract_many(sample)]
    # as many distinct extractions as the corpus: the samples' JSON, re-keyed per copy
    copies = []
    for i in range(len(paths)):
        ex = json.loads(payloads[i % len(payloads)])
        new_id = f"{i:012x}"
        old_id, ex["article"]["id"] = ex["article"]["id"], new_id
        for c in ex["claims"]:
            c["article_id"] = new_id
            c["id"] = c["id"].replace(old_id, new_id, 1)
        copies.append(json.dumps(ex))
    t0 = time.perf_counter()
    models = [Extraction.model_validate_json(s) for s in copies]
    validate_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "adds.db") as store:
        t0 = time.perf_counter()
        for ex in models:
            store.add(ex)
        add_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        refresh_conflicts(store)
        refresh_s = time.perf_counter() - t0
    n = len(paths)
    per = (read_s + validate_s + add_s) / n
    return {
        "articles": n,
        "claims_per_article": statistics.mean(len(m.claims) for m in models),
        "read_ms": 1000 * read_s / n,
        "validate_ms": 1000 * validate_s / n,
        "add_ms": 1000 * add_s / n,
        "store_add_per_second": n / add_s,
        "client_articles_per_second": 1 / per,
        "refresh_seconds": refresh_s,
    }


def estimate(per_worker: float, client_rate: float, ns: tuple[int, ...] = (1, 2, 4, 8, 16, 32, 64, 128)) -> list[dict]:
    """Paper throughput of N workers: linear in N until the client's serial work saturates."""
    rows = []
    for n in ns:
        rate = min(n * per_worker, client_rate)
        rows.append(
            {
                "workers": n,
                "articles_per_second": rate,
                "articles_per_hour": rate * 3600,
                "bound": "workers" if n * per_worker < client_rate else "client (read + validate + Store.add)",
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partition-size", type=int, default=8)
    ap.add_argument("--json", action="store_true", help="write benchmarks/results_dask.json")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        paths = build_corpus(Path(tmp) / "corpus", args.articles)
        print(f"corpus: {len(paths)} articles, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}", file=sys.stderr)
        dask_row = run(paths, args.workers, partition_size=args.partition_size)
        local_row = run_local(paths, args.workers)
        costs = client_costs(paths)
    per_worker = dask_row["per_worker_articles_per_second"]
    rows = estimate(per_worker, costs["client_articles_per_second"])

    print(f"\n{'path':54} {'articles':>8} {'seconds':>8} {'art/s':>7} {'per worker':>10} {'start-up s':>10}")
    for r in (local_row, dask_row):
        print(
            f"{r['label']:54} {r['articles']:>8} {r['seconds']:>8.1f} {r['articles'] / r['seconds']:>7.2f} "
            f"{r['per_worker_articles_per_second']:>10.2f} {r['startup_seconds']:>10.1f}"
        )
    print(
        f"\nclient per article: read {costs['read_ms']:.2f} ms, validate {costs['validate_ms']:.2f} ms, "
        f"Store.add {costs['add_ms']:.2f} ms ({costs['store_add_per_second']:.0f} adds/s, "
        f"{costs['claims_per_article']:.1f} claims each) -> client ceiling "
        f"{costs['client_articles_per_second']:.0f} articles/s"
    )
    print(f"\n{'workers':>7} {'articles/s':>10} {'articles/hour':>13}  bound")
    for r in rows:
        print(f"{r['workers']:>7} {r['articles_per_second']:>10.1f} {r['articles_per_hour']:>13,.0f}  {r['bound']}")
    if args.json:
        out = REPO / "benchmarks" / "results_dask.json"
        out.write_text(
            json.dumps({"dask": dask_row, "local": local_row, "client": costs, "estimate": rows}, indent=2) + "\n"
        )
        print(f"\nwrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
