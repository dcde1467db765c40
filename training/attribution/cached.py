"""Parse PolNeAR texts once and score claimline's extraction on the cached parses.

The parse is most of the time of an evaluation; the tagger, the acceptor and the rules after it
run on the cached ``Doc`` (``claims.finish``), so a change to them is scored in seconds rather
than minutes. The cache (``corpus/*.parsed``) holds the publishers' texts: never committed
(``.gitignore``). Usage (repository root)::

    .venv/bin/python training/attribution/cached.py [--split heldout|dev] [--model on|off|PATH] [--errors N]

``heldout`` is the held-out tenth of PolNeAR train (``code.py``), where thresholds are chosen;
``dev`` only confirms.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(HERE))

import polnear_eval  # noqa: E402

CACHE = {"train": HERE / "corpus" / "claimline.parsed", "dev": HERE / "corpus" / "dev.parsed"}
QUARTERS = ("q0", "q1", "q2", "q3")  # train --every 4 --start k: the quarters the README's figures use


def parse(docs, cache: Path):
    """``{text: (prepared, doc bytes)}`` for ``docs``, parsed once by claimline's pipeline."""
    from claimline.extraction import chunks, pipeline
    from claimline.extraction import claims as cl

    if cache.is_file():
        with cache.open("rb") as fh:
            parsed = pickle.load(fh)
        if all(d.text in parsed for d in docs):
            return parsed
    nlp = pipeline.load()
    parsed = {}
    for d in docs:
        prep = cl.prepare(d.text, published=d.published)
        parsed[d.text] = (prep, chunks.parse(nlp, prep.masked).to_bytes())
    cache.parent.mkdir(parents=True, exist_ok=True)
    with cache.open("wb") as fh:
        pickle.dump(parsed, fh)
    return parsed


def finish(parsed, text: str):
    """claimline's extraction of ``text`` from its cached parse."""
    from spacy.tokens import Doc

    from claimline.extraction import claims as cl
    from claimline.extraction import pipeline

    prep, data = parsed[text]
    return cl.finish(prep, Doc(pipeline.load().vocab).from_bytes(data))


def docs_of(split: str, path: str | None = None):
    """The texts of ``heldout`` (the held-out tenth of train), ``train`` (the rest) or ``dev``."""
    from tune import _in_fold

    if split == "dev":
        return polnear_eval.load_corpus("dev", path), CACHE["dev"]
    if split in QUARTERS:
        k = int(split[1])
        return polnear_eval.load_corpus("train", path, every=4, start=k), HERE / "corpus" / f"{split}.parsed"
    in_fold = _in_fold()
    docs = polnear_eval.load_corpus("train", path)
    return [d for n, d in enumerate(docs) if in_fold(n, split)], CACHE["train"]


def use_cache(docs, parsed) -> None:
    """Make ``polnear_eval.evaluate`` score exactly ``docs`` from their cached parses."""
    import claimline

    polnear_eval.load_corpus = lambda *a, **k: docs
    claimline.extract = lambda text, published=None, nlp=None, **kw: finish(parsed, text)


def score(split: str = "heldout", path: str | None = None, errors: int = 0, analyse: bool = False) -> dict:
    docs, cache = docs_of(split, path)
    parsed = parse(docs, cache)
    use_cache(docs, parsed)
    if analyse:
        return polnear_eval.analyse("train", path=path)
    return polnear_eval.evaluate("train", path=path, errors=errors, nlp=object())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("heldout", "dev", *QUARTERS), default="heldout")
    ap.add_argument("--model", default=None, help="CLAIMLINE_CUE_MODEL for the run (on, off or a directory)")
    ap.add_argument("--data", default=None)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--analyse", action="store_true", help="count the error classes (polnear_eval --analyse)")
    args = ap.parse_args(argv)
    if args.model is not None:
        os.environ["CLAIMLINE_CUE_MODEL"] = args.model
    res = score(args.split, args.data, args.errors, args.analyse)
    res["split"] = args.split
    if args.analyse:
        polnear_eval._print_analysis(res)
    elif args.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
    else:
        polnear_eval._print(res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
