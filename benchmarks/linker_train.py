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

The validation stories (``benchmarks/heldout_stories/VALIDATION``, one slug a line) are refused: never trained on.
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
#: the validation stories' list (one definition: benchmarks/heldout_stories/README.md points to it)
VALIDATION_FILE = ROOT / "benchmarks" / "heldout_stories" / "VALIDATION"


def validation_stories(path: Path = VALIDATION_FILE) -> frozenset[str]:
    """The validation stories (never trained on, never read here): the slugs of ``VALIDATION``."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line)


VALIDATION = validation_stories()
L2 = 1.0
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97)


def _gold_of(saved: dict[str, Any]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for event, frame in saved["mentions"]:
        if frame:
            out.setdefault(frame, set()).add(event)
    return out


def pairs(saved: dict[str, Any], classes: bool | str = True) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Feature rows, labels and class pairs (:func:`~claimline.events.linker.class_key`) of a story's pairs of
    gold-aligned frames in two clusters (the rules'); ``classes=False``: only the pairs the linker could join
    when it joins across classes (identity's other rules find them compatible)."""
    from claimline.events.identity import compatible, using_aliases
    from claimline.events.linker import FEATURES, Story, class_key, may_link, never, vector

    cluster_of = ir.replay(saved, linker=None)
    gold = _gold_of(saved)
    members = saved["members"]
    aliases = {k: set(v) for k, v in saved["aliases"].items()}
    xs, ys, keys = [], [], []
    story = Story(members.values())  # (the whole story: at ingest, the story's articles so far)
    with using_aliases(aliases):
        for f, g in combinations(sorted(gold), 2):
            if cluster_of.get(f) == cluster_of.get(g):
                continue
            a, b = members[f], members[g]
            if never(a, b) or not may_link(a, b):
                continue
            if classes is not True and not compatible(a, b, classes=False):
                continue
            xs.append(vector(a, b, story=story))
            ys.append(float(bool(gold[f] & gold[g])))
            keys.append(class_key(a, b))
    return np.array(xs, dtype=float).reshape(-1, len(FEATURES)), np.array(ys, dtype=float), keys


#: the class-pair table's smoothing (pseudo-pairs at the training pairs' average rate)
SMOOTH = 10.0


def class_table(keys: list[str], y: np.ndarray) -> dict[str, float]:
    """:func:`~claimline.events.linker.class_key` -> smoothed log-odds that a pair of the two classes is one
    event, relative to the average training pair (0: as likely as any pair)."""
    rate = float(y.mean()) if len(y) else 0.5
    pos: Counter[str] = Counter()
    n: Counter[str] = Counter()
    for k, v in zip(keys, y, strict=True):
        n[k] += 1
        pos[k] += int(v)
    base = np.log(rate / (1 - rate))
    return {
        k: round(float(np.log((pos[k] + SMOOTH * rate) / (n[k] - pos[k] + SMOOTH * (1 - rate))) - base), 4)
        for k in sorted(n)
    }


def with_table(x: np.ndarray, keys: list[str], table: dict[str, float]) -> np.ndarray:
    """The rows with their ``class_pair`` column read from ``table``."""
    from claimline.events.linker import FEATURES

    x = x.copy()
    x[:, FEATURES.index("class_pair")] = [table.get(k, 0.0) for k in keys]
    return x


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


def as_json(
    model: dict[str, Any],
    threshold: float,
    enabled: bool,
    figures: dict[str, Any],
    table: dict[str, float] | None = None,
    classes: bool | str = True,
) -> dict[str, Any]:
    from claimline.events.linker import FEATURES

    return {
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in model["mean"]],
        "scale": [round(float(v), 6) for v in model["scale"]],
        "weights": [round(float(v), 6) for v in model["weights"]],
        "bias": round(float(model["bias"]), 6),
        "threshold": threshold,
        "enabled": enabled,
        "classes": classes,
        "trained_on": figures,
        "class_pairs": table or {},
    }


def fold_of(story: str, folds: int) -> int:
    return int(hashlib.sha256(story.encode()).hexdigest(), 16) % folds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", help="a file identity_replay.py --save wrote (the seen stories)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--threshold",
        type=float,
        help="the threshold to write (default: chosen by CV, the lowest whose clusters' precision is at least the"
        " rules' alone)",
    )
    parser.add_argument("--write", action="store_true", help="fit on every story and write the weights")
    parser.add_argument("--enabled", action="store_true", help="with --write: the linker on by default")
    parser.add_argument("--compatible", action="store_true", help="train on the pairs identity finds compatible")
    parser.add_argument(
        "--across-classes",
        action="store_true",
        help="the linker joins reports of two classes (trained on the pairs identity's other rules find compatible)",
    )
    parser.add_argument(
        "--learned-classes",
        action="store_true",
        help="as --across-classes, but it joins two classes only when their pairs told one event more often than"
        " the average training pair, or WordNet relates the two words",
    )
    parser.add_argument(
        "--fold-weights",
        metavar="DIR",
        help="write each fold's weights (fitted on the other folds) and its stories to DIR, for an end-to-end"
        " cross-validation (stories_eval.py --heldout with CLAIMLINE_LINKER_WEIGHTS=DIR/fold-K.json on DIR/fold-K.txt)",
    )
    parser.add_argument("--no-replay", action="store_true", help="links only (no clustering with the linker)")
    args = parser.parse_args(argv)
    from claimline.events.linker import FEATURES, Linker

    with open(args.file, "rb") as fh:
        data = pickle.load(fh)  # noqa: S301 (a file identity_replay.py wrote)
    bad = sorted(VALIDATION & data.keys())
    if bad:
        parser.error(f"the file holds validation stories (never trained on): {bad}")
    classes: bool | str = "learned" if args.learned_classes else not args.across_classes
    stories = sorted(data)
    t0 = time.time()
    rows = {s: pairs(data[s], classes) for s in stories}
    if args.compatible:  # only the pairs identity finds compatible: the linker supplies a missing link
        at = FEATURES.index("rules_compatible")
        rows = {
            s: (x[x[:, at] > 0], y[x[:, at] > 0], [k for k, v in zip(keys, x[:, at], strict=True) if v > 0])
            for s, (x, y, keys) in rows.items()
        }
    n = sum(len(y) for _, y, _ in rows.values())
    pos = sum(int(y.sum()) for _, y, _ in rows.values())
    print(f"{len(stories)} stories, {n} pairs ({pos} positive), features in {time.time() - t0:.0f}s", flush=True)
    links: dict[float, Counter[str]] = {t: Counter() for t in THRESHOLDS}
    clusters: dict[float | None, Counter[str]] = {t: Counter() for t in (None, *THRESHOLDS)}

    def fitted(train: list[str]) -> tuple[dict[str, Any], dict[str, float]]:
        keys = [k for s in train for k in rows[s][2]]
        y = np.concatenate([rows[s][1] for s in train])
        table = class_table(keys, y)
        x = np.vstack([with_table(rows[s][0], rows[s][2], table) for s in train])
        return fit(x, y), table

    for k in range(args.folds):
        test = [s for s in stories if fold_of(s, args.folds) == k]
        train = [s for s in stories if fold_of(s, args.folds) != k]
        model, table = fitted(train)  # (the class-pair table too: from the training folds only)
        if args.fold_weights:
            out_dir = Path(args.fold_weights)
            out_dir.mkdir(parents=True, exist_ok=True)
            at = args.threshold if args.threshold is not None else 0.85
            fold = as_json(model, at, True, {"stories": len(train)}, table, classes)
            (out_dir / f"fold-{k}.json").write_text(json.dumps(fold, indent=1) + "\n", encoding="utf-8")
            (out_dir / f"fold-{k}.txt").write_text("".join(f"{s}\n" for s in test), encoding="utf-8")
        for s in test:
            x, y, keys = rows[s]
            p = predict(model, with_table(x, keys, table)) if len(y) else np.zeros(0)
            for t in THRESHOLDS:
                links[t].update(tp=int(((p >= t) & (y == 1)).sum()), sys=int((p >= t).sum()), gold=int(y.sum()))
        if args.no_replay:
            continue
        scorer = Linker(as_json(model, 0.5, True, {}, table, classes))
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
    chosen = None
    rules = clusters[None]
    rules_p = rules["tp"] / max(rules["sys"], 1)
    for t in THRESHOLDS:
        c = links[t]
        p = c["tp"] / c["sys"] if c["sys"] else 0.0
        r = c["tp"] / c["gold"] if c["gold"] else 0.0
        line = f"  threshold {t:.2f}: links P {p:.3f} R {r:.3f} ({c['tp']}/{c['sys']}, {c['gold']} gold)"
        if not args.no_replay:
            d = clusters[t]
            line += f"  clusters P {d['tp'] / max(d['sys'], 1):.3f} R {d['tp'] / max(d['gold'], 1):.3f}"
            line += f" ({d['tp']} of {d['gold']} gold pairs, {d['sys'] - d['tp']} wrong)"
            if chosen is None and d["sys"] and d["tp"] / d["sys"] >= rules_p:
                chosen = t
        print(line)
    if not args.no_replay:
        print(
            f"  rules alone:      clusters P {rules_p:.3f} R {rules['tp'] / max(rules['gold'], 1):.3f}"
            f" ({rules['tp']} of {rules['gold']} gold pairs, {rules['sys'] - rules['tp']} wrong)"
        )
        print(f"  chosen by CV (lowest threshold keeping the rules' precision): {chosen}")
    if args.write:
        threshold = args.threshold if args.threshold is not None else chosen if chosen is not None else THRESHOLDS[-1]
        model, table = fitted(stories)
        figures = {"stories": len(stories), "pairs": n, "positive": pos, "l2": L2, "class_smoothing": SMOOTH}
        WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
        out = as_json(model, threshold, args.enabled, figures, table, classes)
        WEIGHTS.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)} (threshold {threshold})")
        for name, w in sorted(zip(FEATURES, model["weights"], strict=True), key=lambda nw: -abs(nw[1])):
            print(f"  {name:20s} {w:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
