"""A digest of the claims and event frames of the benchmark corpus: a cut meant to leave the
output alone is checked by this digest before and after it.

Usage::

    .venv/bin/python benchmarks/frames_hash.py [--articles 300] [--save FILE] [--against FILE]

The ``--articles`` articles of ``benchmarks/corpus.py`` (the corpus of ``bench_events.py`` and
``bench.py``) are read and extracted as ``claimline ingest`` extracts them (the serial executor,
batches of 16, headlines parsed together), without a store. Each article's claims and frames are
dumped to JSON (``model_dump_json``, field order fixed by the models); the SHA-1 of the claims, of
the frames and of both, over all articles in order, is printed. ``--save`` writes one line per
article (name, claims digest, frames digest), ``--against`` compares with such a file and names
the articles whose claims or frames differ.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402


def digests(articles: int) -> list[tuple[str, str, str]]:
    """(article name, claims SHA-1, frames SHA-1) per article of the corpus, in corpus order."""
    from claimline.jobs.loop import Serial, discover, read_jobs

    out: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = [str(p) for p in corpus.build(Path(tmp) / "corpus", articles)]
        items, failures = discover(paths)
        if failures:
            raise SystemExit(f"unreadable: {failures}")
        jobs = read_jobs(items, {}, 5_000_000, lambda f: print(f, file=sys.stderr))
        for job, ex, err in Serial(None, 16).map(jobs):
            if ex is None or not hasattr(ex, "claims"):
                raise SystemExit(f"{job.name}: {err}")
            claims = "\n".join(c.model_dump_json() for c in ex.claims)
            frames = "\n".join(f.model_dump_json() for f in ex.events)
            out.append((Path(job.name).name, _sha1(claims), _sha1(frames)))
    return out


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--save", type=Path, help="write the per-article digests here")
    ap.add_argument("--against", type=Path, help="compare with digests saved by --save")
    args = ap.parse_args(argv)
    rows = digests(args.articles)
    claims = _sha1("".join(c for _, c, _ in rows))
    frames = _sha1("".join(f for _, _, f in rows))
    print(f"{len(rows)} articles: claims {claims[:12]}, frames {frames[:12]}, both {_sha1(claims + frames)[:12]}")
    if args.save:
        args.save.write_text("".join(f"{n}\t{c}\t{f}\n" for n, c, f in rows))
    if args.against:
        old = {n: (c, f) for n, c, f in (line.split("\t") for line in args.against.read_text().splitlines())}
        diff = [
            (n, "claims" if old.get(n, ("", ""))[0] != c else "", "frames" if old.get(n, ("", ""))[1] != f else "")
            for n, c, f in rows
            if old.get(n) != (c, f)
        ]
        for n, a, b in diff:
            print(f"  differs: {n} {a} {b}".rstrip())
        print(f"{len(diff)} of {len(rows)} articles differ from {args.against}")
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
