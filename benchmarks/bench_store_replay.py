"""The store side of an ingest alone, replayed: CPU of storing and reconciling, and a hash of every table.

Usage (repository root)::

    PYTHONHASHSEED=0 .venv/bin/python benchmarks/bench_store_replay.py capture FILE [--articles 300] [--skip 0]
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/bench_store_replay.py whole FILE
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/bench_store_replay.py incremental FILE --into STORE_FILE

``capture`` extracts ``benchmarks/corpus.py``'s articles ``--skip`` .. ``--skip + --articles`` (as ingest does:
serial, batches of 16) once and writes their extractions (JSON lines) to FILE; the parse is out of every replay.
``whole`` stores them in a fresh store as ``bench.py``'s ingest row does (``add_many`` in 16s while the collector
collects less often, then the whole ``refresh_conflicts``); ``incremental`` stores them one at a time, each followed
by its incremental refresh as ``claimline ingest`` runs it, into a copy of the store ``--into`` (issue 12's
case in small: a ``whole`` replay's store, kept with ``--keep``). Each prints the CPU (user + system, and system
alone) of storing and of reconciling and one SHA-1 over every table (``training/attribution/output_hash.py``'s,
``migrations`` aside): a cut that must change nothing shows the same hash, and its CPU, before and after; run each
side in fresh processes, alternated, since the load moves CPU more than most cuts.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "training" / "attribution"))

import corpus  # noqa: E402


def _cpu() -> tuple[float, float]:
    """(user + system, system) CPU seconds of this process so far."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime, r.ru_stime


def capture(out: Path, articles: int, skip: int) -> int:
    """Extract the corpus's articles ``skip`` .. ``skip + articles`` and write their extractions, one a line."""
    from claimline.jobs.ingest import extract_paths
    from claimline.jobs.loop import Serial

    with tempfile.TemporaryDirectory() as tmp:
        paths = corpus.build(Path(tmp) / "corpus", skip + articles)[skip:]
        stream, failures = extract_paths([str(p) for p in paths], executor=Serial(None, 16))
        rows = [ex.model_dump_json() for ex in stream]
    if failures:
        raise SystemExit(f"unreadable: {failures}")
    out.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    return len(rows)


def replay(kind: str, captured: Path, into: Path | None, keep: Path | None) -> str:
    """Store the captured extractions (``kind`` "whole" or "incremental") and reconcile; one line of figures."""
    import gc

    from output_hash import table_hashes

    import claimline.events.identity
    import claimline.reconcile.agents as agents
    import claimline.reconcile.events
    import claimline.store.events  # noqa: F401  (imported, and compiled, before the clock)
    from claimline.jobs.collector import fewer_collections
    from claimline.jobs.refresh import refresh_conflicts
    from claimline.schemas import Extraction
    from claimline.store.sqlite import Store

    agents.generic("the authorities")  # (its word lists import the extraction's mentions: ingest has them)
    exs = [Extraction.model_validate_json(line) for line in captured.read_text(encoding="utf-8").splitlines()]
    gc.freeze()  # (as after the pipeline's load in an ingest: what is read so far is never collected)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "replay.db"
        if into is not None:
            shutil.copy(into, db)
        with Store(db) as store:
            c0, s0 = _cpu()
            c1 = c0
            if kind == "whole":
                with fewer_collections():
                    for i in range(0, len(exs), 16):
                        store.add_many(exs[i : i + 16])
                c1 = _cpu()[0]
                refresh_conflicts(store)
            else:
                for ex in exs:  # (storing and reconciling interleave: the figure is their sum)
                    store.add_many([ex])
                    refresh_conflicts(store, [ex.article.id])
            c2, s2 = _cpu()
        hashes = table_hashes(db)
        if keep is not None:
            shutil.copy(db, keep)
    digest = hashlib.sha1(repr(sorted((k, v) for k, v in hashes.items() if k != "migrations")).encode()).hexdigest()
    split = f"store {c1 - c0:.2f} s CPU, refresh {c2 - c1:.2f} s, " if kind == "whole" else ""
    total = f"total {c2 - c0:.2f} s CPU (system {s2 - s0:.2f} s)"
    return f"{kind}: {len(exs)} articles, {split}{total}; tables {digest[:12]}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kind", choices=("capture", "whole", "incremental"))
    ap.add_argument("file", type=Path, help="the captured extractions (JSON lines)")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--skip", type=int, default=0, help="capture: the corpus's articles after the first SKIP")
    ap.add_argument("--into", type=Path, help="incremental: a copy of this store is ingested into")
    ap.add_argument("--keep", type=Path, help="keep the replayed store here")
    args = ap.parse_args(argv)
    if args.kind == "capture":
        print(f"{capture(args.file, args.articles, args.skip)} extractions written to {args.file}")
        return 0
    if args.kind == "incremental" and args.into is None:
        ap.error("incremental needs --into STORE_FILE (a whole replay's store, kept with --keep)")
    print(replay(args.kind, args.file, args.into, args.keep))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
