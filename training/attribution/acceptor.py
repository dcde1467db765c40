"""Train the claim acceptor (``claimline.extraction.claim_acceptor``) on PolNeAR train.

Usage (from the repository root, after the tagger's weights are in ``models/attribution``)::

    .venv/bin/python training/attribution/acceptor.py [--data ../shared/data/polnear] [--out models/attribution]
        [--l2 3.0] [--thresholds 0.25,0.35] [--rows training/attribution/corpus/rows.pickle]

(``--rows`` keeps the recorded candidates so that another ``--l2`` refits in seconds; under
``corpus/``, never committed.)

1. Parses every text of PolNeAR train once with claimline's pipeline (cached in
   ``corpus/claimline.parsed``: never committed, it holds the publishers' texts).
2. Runs claimline with the tagger on each text and records every candidate claim the tagger
   proposes (``tagged.RECORD``) that the acceptor would weigh (``tagged.allowed``), with its
   features (``claim_acceptor.features``). A candidate is *right* when it overlaps the cue and
   the content of a gold attribution and, when that attribution has a source, its source too.
3. Fits an L2-regularised logistic regression (Newton's method, numpy) on the candidates of the
   training texts (``code.py``: every text but each tenth), features seen at least
   ``MIN_COUNT`` times.
4. Sets the threshold on the held-out tenth: the one of ``THRESHOLDS`` with the best relaxed
   attribution F1 of the whole extraction (``polnear_eval``). PolNeAR dev is never read.

Writes ``acceptor.json`` (feature names, weights, bias, threshold) and prints the held-out
figures per threshold. About 4 minutes on one core (most of it the parse).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(HERE))

import polnear_eval  # noqa: E402

MIN_COUNT = 3
L2 = 3.0
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)


def _finish(parsed, d):
    from cached import finish

    return finish(parsed, d.text)


def candidates(docs, parsed, counts: dict) -> list[tuple[dict[str, float], bool]]:
    """(features, right) of every candidate the acceptor weighs (``tagged.allowed``), in ``docs``."""
    from claimline.extraction import claim_acceptor, tagged

    rows = []
    for d in docs:
        tagged.RECORD = record = []
        try:
            _finish(parsed, d)
        finally:
            tagged.RECORD = None
        for finder, sent, cand, _ in record:
            if not tagged.allowed(cand):
                continue
            doc = finder.doc
            h = cand.head
            cue = (h.idx, h.idx + len(h.text))
            content = (doc[cand.lo].idx, doc[cand.hi - 1].idx + len(doc[cand.hi - 1].text))
            src = (cand.source.start_char, cand.source.end_char) if cand.source is not None else None
            right = any(
                g.cue.overlaps(*cue)
                and g.content.overlaps(*content)
                and (g.source is None or (src is not None and g.source.overlaps(*src)))
                for g in d.gold
            )
            rows.append((claim_acceptor.features(finder, finder.tags, sent, cand, counts), right))
    return rows


def fit(rows, l2: float = L2) -> tuple[list[str], numpy.ndarray, float]:
    """Logistic regression by Newton's method: feature names, weights, bias."""
    seen = Counter(k for f, _ in rows for k in f)
    names = sorted(k for k, n in seen.items() if n >= MIN_COUNT)
    index = {k: i for i, k in enumerate(names)}
    x = numpy.zeros((len(rows), len(names) + 1))
    x[:, -1] = 1.0
    for i, (f, _) in enumerate(rows):
        for k, v in f.items():
            if k in index:
                x[i, index[k]] = v
    y = numpy.array([r for _, r in rows], dtype=float)
    reg = l2 * numpy.eye(x.shape[1])
    reg[-1, -1] = 0.0  # the bias is not shrunk
    w = numpy.zeros(x.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + numpy.exp(-(x @ w)))
        grad = x.T @ (p - y) + reg @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + reg
        step = numpy.linalg.solve(hess, grad)
        w -= step
        if numpy.abs(step).max() < 1e-7:
            break
    return names, w[:-1], float(w[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=None, help="PolNeAR directory (default ../shared/data/polnear)")
    ap.add_argument("--out", default=str(REPO / "models" / "attribution"), help="the tagger's weights directory")
    ap.add_argument("--l2", type=float, default=L2, help=f"L2 penalty (default {L2})")
    ap.add_argument("--thresholds", default=None, help="comma-separated thresholds to try (default: THRESHOLDS)")
    ap.add_argument("--rows", default=None, help="cache of the training candidates (a pickle; reused when present)")
    args = ap.parse_args()
    os.environ["CLAIMLINE_CUE_MODEL"] = args.out
    from tune import _in_fold

    from claimline.extraction import claim_acceptor, cue_model

    out = Path(args.out)
    if cue_model.model_path() is None:
        raise SystemExit(f"no tagger weights in {out}: run train.sh first")
    in_fold = _in_fold()
    docs = polnear_eval.load_corpus("train", args.data)
    train = [d for n, d in enumerate(docs) if in_fold(n, "train")]
    held = [d for n, d in enumerate(docs) if in_fold(n, "heldout")]
    from cached import CACHE, parse

    parsed = parse(docs, CACHE["train"])
    counts = json.loads((out / cue_model.LEMMA_TABLE).read_text())
    weights = out / claim_acceptor.WEIGHTS
    weights.unlink(missing_ok=True)  # candidates are recorded with the gates deciding
    claim_acceptor._load.cache_clear()
    rows_file = Path(args.rows) if args.rows else None
    if rows_file is not None and rows_file.is_file():
        with rows_file.open("rb") as fh:
            rows = pickle.load(fh)
    else:
        rows = candidates(train, parsed, counts)
        if rows_file is not None:
            with rows_file.open("wb") as fh:
                pickle.dump(rows, fh)
    names, w, bias = fit(rows, args.l2)
    print(f"{len(rows)} candidates ({sum(r for _, r in rows)} right), {len(names)} features")
    model = {"names": names, "weights": [round(float(v), 5) for v in w], "bias": round(bias, 5), "threshold": 0.5}
    polnear_eval.load_corpus = lambda *a, **k: held  # evaluate() scores the held-out tenth
    from cached import finish

    import claimline

    claimline.extract = lambda text, published=None, nlp=None, **kw: finish(parsed, text)
    best = None
    thresholds = [float(t) for t in args.thresholds.split(",")] if args.thresholds else THRESHOLDS
    for t in thresholds:
        model["threshold"] = t
        weights.write_text(json.dumps(model, indent=0) + "\n")
        claim_acceptor._load.cache_clear()
        res = polnear_eval.evaluate("train", path=args.data)
        a = res["attribution"]
        src = res["source_accuracy"]
        print(f"threshold {t}: held-out P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.4f} src {src:.3f}")
        if best is None or a["f1"] > best[0]:
            best = (a["f1"], t)
    model["threshold"] = best[1]
    weights.write_text(json.dumps(model, indent=0) + "\n")
    print(f"threshold {best[1]} -> {weights}")


if __name__ == "__main__":
    main()
