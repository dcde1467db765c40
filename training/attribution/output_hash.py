"""Hash what an ingest stores, so a speed cut can show it changed nothing. Usage (repository root)::

    PYTHONHASHSEED=0 .venv/bin/python training/attribution/output_hash.py [--articles 300] [--tables]

Ingests ``benchmarks/corpus.py``'s first N articles as ``bench.py``'s ingest -j1 row does
(``ingest(..., refresh=False)`` then ``refresh_conflicts``) into a fresh store and prints one SHA-1
per table (every row, sorted, columns ending in ``_at`` left out) and one over all of them:
claims, events and conflicts included. Run it before and after a change: the lines must be equal.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import corpus  # noqa: E402


def table_hashes(db: Path, strip: str = "") -> dict[str, str]:
    """table -> SHA-1 of its rows (sorted; ``*_at`` columns left out; ``strip``, the temporary
    directory the corpus was written to, taken out of every value)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        out = {}
        for name in names:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({name})") if not r[1].endswith("_at")]
            rows = sorted(
                repr(r).replace(strip, "") if strip else repr(r)
                for r in con.execute(f"SELECT {', '.join(cols)} FROM {name}")
            )
            out[name] = hashlib.sha1("\n".join(rows).encode()).hexdigest()[:12] + f" ({len(rows)} rows)"
        return out
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--tables", action="store_true", help="one line per table, not only the total")
    args = ap.parse_args(argv)
    from claimline.jobs.ingest import ingest
    from claimline.jobs.refresh import refresh_conflicts
    from claimline.store.sqlite import Store

    tmp = Path(tempfile.mkdtemp(prefix="claimline-hash-"))
    corpus.build(tmp / "corpus", args.articles)
    db = tmp / "hash.db"
    with Store(db) as store:
        ingest(store, [str(tmp / "corpus")], jobs=1, refresh=False)
        refresh_conflicts(store)
    hashes = table_hashes(db, strip=str(tmp))
    if args.tables:
        for name, h in hashes.items():
            print(f"{name:28s} {h}")
    total = hashlib.sha1("\n".join(f"{k} {v}" for k, v in hashes.items()).encode()).hexdigest()[:12]
    print(f"all tables: {total} ({args.articles} articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
