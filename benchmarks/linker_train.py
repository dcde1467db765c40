"""Train the learned event linker (:mod:`claimline.events.linker`) on the seen held-out stories' gold events.

Usage::

    .venv/bin/python benchmarks/identity_replay.py --save FILE --heldout --story SLUG ...   # the seen stories
    .venv/bin/python benchmarks/linker_train.py FILE [--folds 5] [--write]

The saved file holds, per story, its frames as identity sees them and the frame standing for each gold event
mention (``stories_eval.mention_frame``). The stories' frames are clustered again by identity's rules alone
(the linker off: :func:`identity_replay.replay`); every pair of frames in two different clusters of one story,
both standing for gold mentions, is a training pair — positive when the two stand for one gold event. Each
pair is described by :func:`claimline.events.linker.features` (general evidence only, no per-word weight) and
a logistic regression (L2, Newton's method: deterministic) is fitted in numpy.

Story-level cross-validation: the stories are split into ``--folds`` folds by a hash of their names; for each
fold a model fitted on the others scores the held-out stories' pairs (link precision/recall at each threshold)
and clusters the held-out stories again with the linker on (:class:`~claimline.events.identity.EventClusters`,
as a store does: the pairwise precision/recall of gold mentions' pairs after linking, against the rules
alone). ``--write`` fits on every story and writes ``models/linker/weights.json`` with the chosen threshold.

The validation stories of ``benchmarks/heldout_stories/README.md`` are refused: they are never trained on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import identity_replay as ir  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "models" / "linker" / "weights.json"
#: never trained on, never read here (the nineteenth sitting's validation set)
VALIDATION = frozenset(
    {
        "czechia-dubova-hora-prison-escape",
        "latvia-superloto-wrong-numbers",
        "portugal-defence-cloud-contract",
        "scotland-glenmorrow-wolf-escape",
    }
)
L2 = 1.0
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


def _gold_of(saved: dict[str, Any]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for event, frame in saved["mentions"]:
        if frame:
            out.setdefault(frame, set()).add(event)
    return out


def pairs(saved: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and labels of a story's pairs of gold-aligned frames in two clusters (the rules')."""
    from claimline.events.identity import using_aliases
    from claimline.events.linker import may_link, never, vector

    cluster_of = ir.replay(saved, linker=None)
    gold = _gold_of(saved)
    members = saved["members"]
    aliases = {k: set(v) for k, v in saved["aliases"].items()}
    xs, ys = [], []
    with using_aliases(aliases):
        for f, g in combinations(sorted(gold), 2):
            if cluster_of.get(f) == cluster_of.get(g):
                continue
            a, b = members[f], members[g]
            if never(a, b) or not may_link(a, b):
                continue
            xs.append(vector(a, b))
            ys.append(float(bool(gold[f] & gold[g])))
    from claimline.events.linker import FEATURES

    return np.array(xs, dtype=float).reshape(-1, len(FEATURES)), np.array(ys, dtype=float)


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> dict[str, Any]:
    """Logistic regression on standardised features, by Newton's method (deterministic)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -50, 50)))
        grad = z.T @ (p - y) + reg * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {"mean": mean, "scale": scale, "weights": w[:-1], "bias": w[-1]}


def predict(model: dict[str, Any], x: np.ndarray) -> np.ndarray:
    z = ((x - model["mean"]) / model["scale"]) @ model["weights"] + model["bias"]
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def as_json(model: dict[str, Any], threshold: float, enabled: bool, figures: dict[str, Any]) -> dict[str, Any]:
    from claimline.events.linker import FEATURES

    return {
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in model["mean"]],
        "scale": [round(float(v), 6) for v in model["scale"]],
        "weights": [round(float(v), 6) for v in model["weights"]],
        "bias": round(float(model["bias"]), 6),
        "threshold": threshold,
        "enabled": enabled,
        "trained_on": figures,
    }


def fold_of(story: str, folds: int) -> int:
    return int(hashlib.sha256(story.encode()).hexdigest(), 16) % folds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", help="a file identity_replay.py --save wrote (the seen stories)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--threshold", type=float, help="the threshold to write (default: chosen by CV)")
    parser.add_argument("--write", action="store_true", help="fit on every story and write the weights")
    parser.add_argument("--enabled", action="store_true", help="with --write: the linker on by default")
    parser.add_argument("--compatible", action="store_true", help="train on the pairs identity finds compatible")
    parser.add_argument("--no-replay", action="store_true", help="links only (no clustering with the linker)")
    args = parser.parse_args(argv)
    from claimline.events.linker import FEATURES, Linker

    with open(args.file, "rb") as fh:
        data = pickle.load(fh)  # noqa: S301 (a file identity_replay.py wrote)
    bad = sorted(VALIDATION & data.keys())
    if bad:
        parser.error(f"the file holds validation stories (never trained on): {bad}")
    stories = sorted(data)
    t0 = time.time()
    rows = {s: pairs(data[s]) for s in stories}
    if args.compatible:  # only the pairs identity finds compatible: the linker supplies a missing link
        at = FEATURES.index("rules_compatible")
        rows = {s: (x[x[:, at] > 0], y[x[:, at] > 0]) for s, (x, y) in rows.items()}
    n = sum(len(y) for _, y in rows.values())
    pos = sum(int(y.sum()) for _, y in rows.values())
    print(f"{len(stories)} stories, {n} pairs ({pos} positive), features in {time.time() - t0:.0f}s", flush=True)
    links: dict[float, Counter[str]] = {t: Counter() for t in THRESHOLDS}
    clusters: dict[float | None, Counter[str]] = {t: Counter() for t in (None, *THRESHOLDS)}
    for k in range(args.folds):
        test = [s for s in stories if fold_of(s, args.folds) == k]
        train = [s for s in stories if fold_of(s, args.folds) != k]
        model = fit(np.vstack([rows[s][0] for s in train]), np.concatenate([rows[s][1] for s in train]))
        for s in test:
            x, y = rows[s]
            p = predict(model, x) if len(y) else np.zeros(0)
            for t in THRESHOLDS:
                links[t].update(tp=int(((p >= t) & (y == 1)).sum()), sys=int((p >= t).sum()), gold=int(y.sum()))
        if args.no_replay:
            continue
        scorer = Linker(as_json(model, 0.5, True, {}))
        scorer.memo = {}  # (one model: each pair scored once for every threshold)
        for t in (None, *THRESHOLDS):
            lk = None if t is None else scorer
            if lk is not None:
                lk.threshold = t
            for s in test:
                tp, n_sys, n_gold = ir.pair_counts(data[s], ir.replay(data[s], linker=lk))
                clusters[t].update(tp=tp, sys=n_sys, gold=n_gold)
        print(f"fold {k}: {len(test)} stories ({time.time() - t0:.0f}s)", file=sys.stderr, flush=True)
    print(f"cross-validated by story ({args.folds} folds); links = pairs of frames the rules left apart")
    for t in THRESHOLDS:
        c = links[t]
        p = c["tp"] / c["sys"] if c["sys"] else 0.0
        r = c["tp"] / c["gold"] if c["gold"] else 0.0
        line = f"  threshold {t:.2f}: links P {p:.3f} R {r:.3f} ({c['tp']}/{c['sys']}, {c['gold']} gold)"
        if not args.no_replay:
            d = clusters[t]
            line += f"  clusters P {d['tp'] / max(d['sys'], 1):.3f} R {d['tp'] / max(d['gold'], 1):.3f}"
            line += f" ({d['tp']} of {d['gold']} gold pairs, {d['sys'] - d['tp']} wrong)"
        print(line)
    if not args.no_replay:
        d = clusters[None]
        print(
            f"  rules alone:      clusters P {d['tp'] / max(d['sys'], 1):.3f} R {d['tp'] / max(d['gold'], 1):.3f}"
            f" ({d['tp']} of {d['gold']} gold pairs, {d['sys'] - d['tp']} wrong)"
        )
    if args.write:
        threshold = args.threshold if args.threshold is not None else 0.95
        model = fit(np.vstack([rows[s][0] for s in stories]), np.concatenate([rows[s][1] for s in stories]))
        figures = {"stories": len(stories), "pairs": n, "positive": pos, "l2": L2}
        WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
        out = as_json(model, threshold, args.enabled, figures)
        WEIGHTS.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
        for name, w in sorted(zip(FEATURES, model["weights"], strict=True), key=lambda nw: -abs(nw[1])):
            print(f"  {name:20s} {w:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
