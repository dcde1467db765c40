"""Event time per frame on SemEval-2015 Task 4: each gold mention's own frame time against its gold anchor.

Usage::

    .venv/bin/python benchmarks/event_time_anchors.py [--data PATH] [--corpus 1,2,3] [--list CLASS] [--json OUT]

``semeval_timeline.py`` scores the timeline, where a cluster takes the narrowest time of its
members; this looks at the frames before clustering, so it measures ``claimline.events.timing``
alone. Every article is extracted with its document creation date (``extract_events``); a gold
mention (``DOCID-SENTENCE-WORD``) is *found* when a frame's trigger is its first token. The frame's
anchor is the task's anchor of its time (``anchor_of``: a day, a month, a year, else undated), or
the creation date when the frame has no time (as the timeline shows it, "reported on"). Classes:

* ``right``: the gold anchor;
* ``dct_gold_undated`` / ``dct_gold_other``: no time in the frame, the gold is undated / another date;
* ``time_gold_undated`` / ``time_wrong_is_dct`` / ``time_wrong``: a time from the text, the gold is
  undated / the creation date / another date.

``--list CLASS`` prints the mentions of a class with their sentence (to read, not to copy);
``--by-relation`` counts the classes of the timed frames by the relation between the trigger and its
time in the parse (``meantime_event_time.relation``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import semeval_timeline as st  # noqa: E402
from meantime_event_time import _token_at, relation  # noqa: E402

CLASSES = ("right", "dct_gold_undated", "dct_gold_other", "time_gold_undated", "time_wrong_is_dct", "time_wrong")


def rows(data: str | None, corpora: list[str]) -> list[dict[str, Any]]:
    from claimline.events import extract_events
    from claimline.extraction import pipeline

    nlp = pipeline.load()
    root = st.data_dir(data)
    out: list[dict[str, Any]] = []
    for name in corpora:
        corpus = st.load_corpus(root, name)
        gold = {m: ln.anchor for tl in corpus.gold.values() for ln in tl.lines for m in ln.mentions}
        for doc in corpus.documents:
            _, frames = extract_events(doc.text, published=doc.dct, nlp=nlp)
            parsed = nlp(doc.text)
            by_token: dict[str, Any] = {}
            for f in frames:
                tok = doc.token_at(f.trigger.start)
                if tok is not None:
                    by_token.setdefault(f"{doc.docid}-{tok.sentence}-{tok.word}", f)
            dct = doc.dct.isoformat() if doc.dct else st.UNDATED
            for m, anchor in gold.items():
                docid, sent, words = m.split("-", 2)
                f = by_token.get(f"{docid}-{sent}-{words.split('_')[0]}") if docid == doc.docid else None
                if f is None:
                    continue
                timed = f.time is not None and f.time.start is not None
                got = st.anchor_of(f.time.start, f.time.end) if timed else dct
                out.append(
                    {
                        "mention": m,
                        "gold": anchor,
                        "got": got,
                        "dct": dct,
                        "class": _class(got, anchor, dct, timed),
                        "kind": f.time.kind if timed else None,
                        "time": f.time.text if timed else None,
                        "sentence": doc.text[f.sentence.start : f.sentence.end],
                        "relation": relation(
                            parsed, _token_at(parsed, f.trigger.start), f.time.char_start, f.time.char_end
                        )
                        if timed
                        else None,
                    }
                )
    return out


def _class(got: str, gold: str, dct: str, timed: bool) -> str:
    if got == gold:
        return "right"
    if not timed:
        return "dct_gold_undated" if gold == st.UNDATED else "dct_gold_other"
    if gold == st.UNDATED:
        return "time_gold_undated"
    return "time_wrong_is_dct" if gold == dct else "time_wrong"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="semeval2015-timeline directory (default: ../shared/data/...)")
    ap.add_argument("--corpus", default="1,2,3")
    ap.add_argument("--list", choices=CLASSES, help="print the mentions of this class")
    ap.add_argument("--json", type=Path, help="write every found mention to this file")
    ap.add_argument("--by-relation", action="store_true", help="count the timed frames' classes by relation")
    args = ap.parse_args(argv)
    found = rows(args.data, [c.strip() for c in args.corpus.split(",") if c.strip()])
    counts = Counter(r["class"] for r in found)
    if args.json:
        args.json.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
    n = len(found)
    print(f"{n} gold mentions with a frame; anchor accuracy {100 * counts['right'] / n if n else 0:.2f}")
    for c in CLASSES:
        print(f"  {c:<18} {counts[c]:>5}")
    if args.by_relation:
        timed = ("right", "time_gold_undated", "time_wrong_is_dct", "time_wrong")
        by: dict[str, Counter[str]] = {}
        for r in found:
            if r["relation"] is not None:
                by.setdefault(r["relation"], Counter())[r["class"]] += 1
        print(f"  {'relation (time, path up to the trigger)':<44} " + " ".join(timed))
        for rel, n in sorted(by.items(), key=lambda kv: -sum(kv[1].values())):
            print(f"  {rel:<44} " + " ".join(f"{n[c]:>{len(c)}}" for c in timed))
    for r in found:
        if args.list and r["class"] == args.list:
            print(
                f"{r['mention']:<28} gold={r['gold']} got={r['got']} ({r['kind']}: {r['time']}; {r['relation']})"
                f" {r['sentence'][:150]}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
