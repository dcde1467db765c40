"""Why a story's event dates are wrong or missing: per gold event with a scored time, the main
cluster's time, each mention's frame and its own time, the time expressions of the mention's
sentence, and a cause (the first that applies).

Causes (main cluster = the cluster holding most of the event's found mentions, as ``stories_eval.py``):

* ``right``: the main cluster has the gold time;
* ``no frame``: no mention of the event has a frame;
* ``main wrong, own``: the main cluster is dated wrong and one of its frames' own time is the wrong one;
* ``main wrong, other frame``: the main cluster's wrong time comes from a frame of another event merged in;
* ``split``: the main cluster is undated, another cluster of the event has the right time (identity);
* ``frame wrong``: the main cluster is undated, a frame of the event has a wrong time of its own elsewhere;
* ``timex, no frame takes it``: no frame of the event is timed, a sentence of a mention holds a time
  expression whose value fits the gold;
* ``timex, other value``: no frame timed, the mentions' sentences hold times, none fitting the gold;
* ``no timex``: no time expression in any mention's sentence (the narrative day, another sentence).

    .venv/bin/python benchmarks/event_time_stories.py               # dev and held-out, causes counted
    .venv/bin/python benchmarks/event_time_stories.py -v            # every event listed
    .venv/bin/python benchmarks/event_time_stories.py --heldout STORY ...
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import stories_eval as se  # noqa: E402


def _fmt(t: Any) -> str:
    if t is None:
        return "-"
    return f"{t.text!r} {t.start}..{t.end} {t.granularity} {t.kind}{' ' + t.mod if t.mod else ''}"


def _fits(want: tuple[date | None, date | None], lo: date | None, hi: date | None) -> bool:
    return all(w is None or w == g for w, g in zip(want, (lo, hi), strict=True))


def _sentence(text: str, lo: int, hi: int) -> tuple[int, int]:
    a = max(text.rfind(". ", 0, lo), text.rfind("\n", 0, lo)) + 1
    m = re.search(r"\.\s|\n", text[hi:])
    return a, hi + (m.start() + 1 if m else len(text) - hi)


def probe(story: str, heldout: bool, verbose: bool, by_class: bool = False) -> Counter[str]:
    from claimline.extraction.claims import extract
    from claimline.read.reader import read_path
    from claimline.timex import interval_of

    gold_dir = se._folders(story, heldout)[1]
    gold = json.loads((gold_dir / "events.json").read_text(encoding="utf-8"))
    run = se.run_claimline(story, heldout)
    by_file: dict[str, list[dict[str, Any]]] = {}
    for f in run.frames:
        by_file.setdefault(f["file"], []).append(f)
    published = {}
    for m in run.members.values():
        published[se.Path(run.files[m.frame.article_id]).name] = m.published
    folder = se._folders(story, heldout)[0]
    times_of = {name: extract(read_path(folder / name), published.get(name)).times for name in run.texts}
    frame_of = {fid: m.frame for fid, m in run.members.items()}
    run_cluster = {f["id"]: f["cluster"] for f in run.frames}
    causes: Counter[str] = Counter()
    for event in gold:
        want = se.wanted(event["time"])
        if want is None:
            continue
        rows = []
        held: Counter[str] = Counter()
        for m in event["mentions"]:
            text = run.texts[m["file"]]
            lo, hi, fr, _ = se.mention_frame(text, m, by_file.get(m["file"], []))
            s_lo, s_hi = _sentence(text, lo, hi)
            sent_times = [t for t in times_of[m["file"]] if s_lo <= t.start and t.end <= s_hi]
            if fr:
                held[fr["cluster"]] += 1
            rows.append((m, fr, sent_times, published.get(m["file"])))
        main = held.most_common(1)[0][0] if held else None
        got = run.cluster_time.get(main) if main else None
        own = [(fr, frame_of[fr["id"]].time) for _, fr, _, _ in rows if fr and frame_of[fr["id"]].time]
        own_right = [x for x in own if _fits(want, x[1].start, x[1].end)]
        causes["frames timed, gold time"] += len(own_right)
        causes["frames timed, other time"] += len(own) - len(own_right)
        fitting_timex = []
        for _, _, st, _ in rows:
            for t in st:
                iv = interval_of(t.value) if t.value else None
                if iv and _fits(want, iv[0], iv[1]):
                    fitting_timex.append(t)
        if main is None:
            cause = "no frame"
        elif se.time_right(want, got):
            cause = "right"
        elif got is not None:
            main_own = [t for fr, t in own if fr["cluster"] == main]
            cause = "main wrong, own" if main_own else "main wrong, other frame"
        elif any(se.time_right(want, run.cluster_time.get(c)) for c in held):
            cause = "split"
        elif own_right:
            cause = "own right, cluster not"
        elif own:
            cause = "frame wrong"
        elif fitting_timex:
            cause = "timex, no frame takes it"
        elif any(st for _, _, st, _ in rows):
            cause = "timex, other value"
        else:
            cause = "no timex"
        causes[cause] += 1
        if got is None and main is not None:
            # the main cluster undated from the text: would its first report's publication date be right?
            pubs = sorted(
                d
                for fid, m in run.members.items()
                if m.published and run_cluster.get(fid) == main
                for d in [m.published]
            )
            if pubs:
                ok = "right" if _fits(want, pubs[0], pubs[0]) else "wrong"
                causes[f"undated main: first publication day {ok}"] += 1
                if by_class:
                    # by the class of the main cluster's frames (what the system knows, not the gold's)
                    klass = Counter(
                        frame_of[fr["id"]].event_class for _, fr, _, _ in rows if fr and fr["cluster"] == main
                    )
                    causes[f"pubday {ok} class={klass.most_common(1)[0][0]}"] += 1
        if verbose and cause != "right":
            t = event["time"]
            print(
                f"\n== {story} {event['id']} {event['class']} gold {t.get('value') or (t.get('start'), t.get('end'))}"
                f" [{t.get('granularity')}] -> {cause}; main {main} {got}"
            )
            for m, fr, st, pub in rows:
                ft = frame_of[fr["id"]].time if fr else None
                cl = fr["cluster"] if fr else "-"
                print(f"  {m['file'][:14]} pub {pub} | {m['excerpt'][:110]!r}")
                mark = "" if ft is None else " RIGHT" if _fits(want, ft.start, ft.end) else " OTHER"
                print(f"     frame {fr['text'] if fr else '-'} cl {cl} {run.cluster_time.get(cl)} own {_fmt(ft)}{mark}")
                if st:
                    print("     sentence times: " + "; ".join(f"{x.text!r}={x.value}" for x in st))
    return causes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stories", nargs="*")
    ap.add_argument("--heldout", action="store_true", help="only the held-out stories")
    ap.add_argument("--dev", action="store_true", help="only the dev stories")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--by-class", action="store_true", help="the publication-day check by the main cluster's class")
    args = ap.parse_args(argv)
    todo: list[tuple[str, bool]] = []
    if args.stories:
        todo = [(s, args.heldout) for s in args.stories]
    else:
        if not args.heldout:
            todo += [(s, False) for s in se.stories(False)]
        if not args.dev:
            todo += [(s, True) for s in se.stories(True)]
    total: Counter[str] = Counter()
    for story, heldout in todo:
        c = probe(story, heldout, args.verbose, args.by_class)
        total += c
        print(f"{story:45} " + " ".join(f"{k}={v}" for k, v in sorted(c.items())), flush=True)
    print("TOTAL " + " ".join(f"{k}={v}" for k, v in total.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
