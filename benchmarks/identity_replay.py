"""Event identity without re-reading the stories: cluster the stored frames again, in seconds.

Usage::

    .venv/bin/python benchmarks/identity_replay.py --save FILE [--heldout] [--story SLUG ...]
    .venv/bin/python benchmarks/identity_replay.py FILE [--story SLUG ...] [-v] [--diff [--false]]

``--save`` runs claimline on the stories (as ``stories_eval.py`` does: ingest, read back) and keeps, per
story, the stored frames as :class:`claimline.events.identity.Member` objects, the aliases, the cluster each
frame was stored in, and, for each gold event mention, the frame standing for it
(:func:`stories_eval.mention_frame`). That takes as long as a ``stories_eval.py`` run.

Given the saved file, the frames are clustered again by the *current* code of
:mod:`claimline.events.identity` — one article at a time in publication order, as
:func:`claimline.store.events.recluster` does — and the pairwise precision/recall of the gold mentions'
pairs is printed (the same figure as ``stories_eval.py``'s TOTAL ``pairs``, on the frames as they were
saved). With the code the file was saved with, the replay gives the stored clusters exactly (check: ``-v``
prints both per story). A change to identity's rules is then measured in seconds (the frames do not change);
``--diff`` lists the gold-mention pairs the current code joins that the stored clusters kept apart (``TRUE``:
one gold event; ``FALSE``: two) and those it no longer joins (``LOST``). A change that alters frames needs a
new ``--save``; conflicts need ``stories_eval.py``.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stories_eval as se  # noqa: E402


def save(path: str, stories: list[str], heldout: bool) -> None:
    out: dict[str, Any] = {}
    for story in stories:
        run = se.run_claimline(story, heldout)
        gold = json.loads((se._folders(story, heldout)[1] / "events.json").read_text(encoding="utf-8"))
        gold = gold["events"] if isinstance(gold, dict) else gold
        by_file: dict[str, list[dict[str, Any]]] = {}
        for f in run.frames:
            by_file.setdefault(f["file"], []).append(f)
        mentions = []
        for event in gold:
            for m in event["mentions"]:
                frame = se.mention_frame(run.texts[m["file"]], m, by_file.get(m["file"], []))[2]
                mentions.append((event["id"], frame["id"] if frame else None))
        stored = {f["id"]: f["cluster"] for f in run.frames}
        out[story] = {"members": run.members, "aliases": run.aliases, "mentions": mentions, "stored": stored}
        print(f"{story}: {len(run.members)} frames", file=sys.stderr, flush=True)
    with open(path, "wb") as fh:
        pickle.dump(out, fh)


def _order(m: Any) -> tuple[bool, str, str]:
    p = m.published  # (claimline.store.events._order)
    return (p is not None, p.isoformat() if p else "", m.frame.article_id)


_SETTING = object()


def replay(saved: dict[str, Any], linker: Any = _SETTING) -> dict[str, str]:
    """frame id -> cluster id, clustering the saved frames again with the current code (``linker``: the learned
    linker to use, None for the rules alone; by default the setting's, :func:`claimline.events.linker.setting`)."""
    from claimline.events.identity import EventClusters

    by_article: dict[str, list[Any]] = {}
    for m in sorted(saved["members"].values(), key=lambda m: m.frame.id):
        by_article.setdefault(m.frame.article_id, []).append(m)
    index = EventClusters()
    index.aliases.update({k: set(v) for k, v in saved["aliases"].items()})
    if linker is not _SETTING:
        index.linker = linker
    for aid in sorted(by_article, key=lambda a: _order(by_article[a][0])):
        index.add(by_article[aid])
    return index.of_frame()


def pair_counts(saved: dict[str, Any], cluster_of: dict[str, str]) -> tuple[int, int, int]:
    """(gold pairs joined, system pairs, gold pairs) among the found mentions."""
    found = [(e, f) for e, f in saved["mentions"] if f]
    tp = n_sys = n_gold = 0
    for (e1, f1), (e2, f2) in combinations(found, 2):
        gold, joined = e1 == e2, cluster_of.get(f1) == cluster_of.get(f2)
        tp += gold and joined
        n_sys += joined
        n_gold += gold
    return tp, n_sys, n_gold


def _describe(m: Any) -> str:
    f = m.frame
    parties = ",".join(f"{p.role[0]}:{p.name}" for p in f.participants)
    head = f"{f.event_class}:{f.trigger.lemma}/{f.trigger.pos}[{f.factuality}]"
    return f"{head} ({parties}) th={f.theme_noun} art={f.article_id[:6]}"


def diff(story: str, saved: dict[str, Any], now: dict[str, str], false_only: bool) -> None:
    was, seen = saved["stored"], set()
    found = [(e, f) for e, f in saved["mentions"] if f]
    for (e1, f1), (e2, f2) in combinations(found, 2):
        key = (min(f1, f2), max(f1, f2))
        if f1 == f2 or key in seen:
            continue
        seen.add(key)
        joined, stored = now.get(f1) == now.get(f2), was.get(f1) == was.get(f2)
        if joined == stored:
            continue
        kind = ("TRUE" if e1 == e2 else "FALSE") if joined else "LOST"
        if false_only and kind == "TRUE":
            continue
        print(f"{kind:5s} {story} {e1} {e2}")
        print(f"      {_describe(saved['members'][f1])}\n      {_describe(saved['members'][f2])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", help="a file --save wrote (replay it)")
    parser.add_argument("--save", metavar="FILE", help="run claimline on the stories and save their frames")
    parser.add_argument("--heldout", action="store_true", help="with --save: benchmarks/heldout_stories")
    parser.add_argument("--story", action="append", help="story slug (default: every story)")
    parser.add_argument("-v", "--verbose", action="store_true", help="per story: replayed and stored pairs")
    parser.add_argument("--diff", action="store_true", help="the gold-mention pairs joined or split anew")
    parser.add_argument("--false", action="store_true", help="with --diff: only FALSE and LOST pairs")
    args = parser.parse_args(argv)
    if args.save:
        save(args.save, args.story or se.stories(args.heldout), args.heldout)
        return 0
    if not args.file:
        parser.error("give a saved file, or --save FILE")
    with open(args.file, "rb") as fh:
        data = pickle.load(fh)  # noqa: S301 (a file this script wrote)
    total: Counter[str] = Counter()
    for story, saved in data.items():
        if args.story and story not in args.story:
            continue
        now = replay(saved)
        tp, n_sys, n_gold = pair_counts(saved, now)
        total.update(tp=tp, sys=n_sys, gold=n_gold)
        if args.verbose:
            s_tp, s_sys, _ = pair_counts(saved, saved["stored"])
            print(f"{story:52s} replayed {tp}/{n_sys}  stored {s_tp}/{s_sys}  gold pairs {n_gold}")
        if args.diff:
            diff(story, saved, now, args.false)
    p = total["tp"] / total["sys"] if total["sys"] else 0.0
    r = total["tp"] / total["gold"] if total["gold"] else 0.0
    print(
        f"TOTAL pairs P {p:.3f} R {r:.3f} ({total['tp']} of {total['gold']} gold pairs joined,"
        f" {total['sys']} system pairs; {total['sys'] - total['tp']} joining two gold events)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
