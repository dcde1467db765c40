"""Event factuality against MEANTIME's gold (``../shared/data/meantime``, CC BY 4.0).

MEANTIME annotates every event mention with its *polarity* (POS / NEG), *certainty* (CERTAIN /
PROBABLE / POSSIBLE) and *time* (NON_FUTURE / FUTURE), as the text presents it. claimline's event
frames carry one *factuality* (asserted, reported, hedged, expected, negated, denied). Both are
folded into four classes and compared on the gold mentions a frame's trigger overlaps:

=============  ===========================================  ==================================
class          MEANTIME (first that applies)                 claimline
=============  ===========================================  ==================================
``negated``    polarity NEG                                  negated, denied
``future``     time FUTURE                                   expected
``possible``   certainty POSSIBLE or PROBABLE, a conditional hedged
``factual``    certain, positive, not future                 asserted, reported
=============  ===========================================  ==================================

Mentions whose polarity, certainty or time is UNDERSPECIFIED or empty, and generic ones
(``special_cases="GEN"``), are left out: the gold says nothing a frame could agree with. MEANTIME
does not annotate who reports an event, so asserted and reported are one class here.

Prints accuracy, per-class precision / recall / F1, macro F1, and the confusion matrix; the
baseline "every frame factual" beside it. Usage (repository root)::

    .venv/bin/python benchmarks/meantime_factuality.py [--corpus airbus ...] [--limit N] [--json]
        [--errors N]
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from meantime_attribution import rebuild_text  # noqa: E402
from meantime_events import CORPORA, LAST_ANNOTATED_SENTENCE, available, corpus_files, data_dir  # noqa: E402
from meantime_events import load_article as _load_events  # noqa: E402
from semeval_timeline import load_pipeline  # noqa: E402

CLASSES = ("factual", "possible", "future", "negated")
OURS = {
    "asserted": "factual",
    "reported": "factual",
    "hedged": "possible",
    "expected": "future",
    "negated": "negated",
    "denied": "negated",
}


def gold_class(attrs: dict[str, str]) -> str | None:
    """MEANTIME's attributes of one event mention folded into a class (``None``: left out)."""
    pol, cert, when = attrs.get("polarity", ""), attrs.get("certainty", ""), attrs.get("time", "")
    special = attrs.get("special_cases", "")
    if special == "GEN" or not pol or not cert or not when:
        return None
    if "UNDERSPECIFIED" in (pol, cert, when):
        return None
    if pol == "NEG":
        return "negated"
    if when == "FUTURE":
        return "future"
    if cert in ("POSSIBLE", "PROBABLE") or special.startswith("COND"):
        return "possible"
    return "factual"


def gold_mentions(path: Path) -> list[tuple[int, int, str]]:
    """(start, end, class) of the annotated event mentions of one article, offsets into the text
    :func:`meantime_events.load_article` rebuilds."""
    root = ET.parse(path).getroot()
    tokens = root.findall("token")
    _, offsets, _ = rebuild_text(tokens)
    sentence_of = {t.get("t_id", ""): int(t.get("sentence", "0")) for t in tokens}
    out: list[tuple[int, int, str]] = []
    markables = root.find("Markables")
    if markables is None:
        return out
    for m in markables.iter("EVENT_MENTION"):
        anchors = [a.get("t_id", "") for a in m.iter("token_anchor") if a.get("t_id", "") in offsets]
        if not anchors or sentence_of[anchors[0]] > LAST_ANNOTATED_SENTENCE:
            continue
        cls = gold_class(dict(m.attrib))
        if cls is not None:
            out.append((min(offsets[a][0] for a in anchors), max(offsets[a][1] for a in anchors), cls))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
    }


def score(pairs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """``pairs``: (gold class, predicted class) of each gold mention a frame found."""
    confusion = Counter(pairs)
    per_class = {
        c: _prf(
            confusion[(c, c)],
            sum(v for (_, p), v in confusion.items() if p == c),
            sum(v for (g, _), v in confusion.items() if g == c),
        )
        for c in CLASSES
    }
    n = len(pairs)
    correct = sum(confusion[(c, c)] for c in CLASSES)
    return {
        "mentions": n,
        "accuracy": round(correct / n, 4) if n else 0.0,
        "macro_f1": round(sum(float(per_class[c]["f1"]) for c in CLASSES) / len(CLASSES), 4),
        "per_class": per_class,
        "confusion": {f"{g}->{p}": v for (g, p), v in sorted(confusion.items())},
    }


def evaluate(
    path: str | None = None,
    corpora: Sequence[str] = CORPORA,
    limit: int | None = None,
    nlp: Any = None,
    errors: int = 0,
) -> dict[str, Any]:
    from claimline.events import extract_events

    root = data_dir(path)
    names = [c for c in corpora if c in available(root)]
    if not names:
        raise SystemExit(f"MEANTIME not found under {root}")
    nlp = nlp or load_pipeline()
    pairs: list[tuple[str, str]] = []
    examples: list[str] = []
    gold_total = 0
    for name in names:
        for f in corpus_files(root, name, limit):
            art = _load_events(f)
            gold = gold_mentions(f)
            gold_total += len(gold)
            ex, frames = extract_events(art.text, published=art.dct, nlp=nlp)
            if ex.text != art.text:
                raise RuntimeError(f"claimline changed the text of {art.docid}")
            taken: set[int] = set()
            for fr in sorted(frames, key=lambda x: x.trigger.start):
                s, e = fr.trigger.start, fr.trigger.end
                for k, (gs, ge, cls) in enumerate(gold):
                    if k in taken or not (gs < e and s < ge):
                        continue
                    taken.add(k)
                    pred = OURS.get(fr.factuality, "factual")
                    pairs.append((cls, pred))
                    if pred != cls and len(examples) < errors:
                        a = art.text.rfind("\n", 0, s) + 1
                        b = art.text.find("\n", e)
                        line = art.text[a : b if b > 0 else None][:200]
                        examples.append(f"{cls}->{pred} ({fr.factuality}) {art.text[s:e]!r}: {line}")
                    break
    res = score(pairs)
    res["gold_mentions"] = gold_total
    res["baseline_all_factual"] = score([(g, "factual") for g, _ in pairs])
    res["corpora"] = names
    if errors:
        res["errors"] = examples
    return res


def format_report(res: dict[str, Any]) -> str:
    base = res["baseline_all_factual"]
    lines = [
        f"MEANTIME event factuality ({', '.join(res['corpora'])}): {res['mentions']} of "
        f"{res['gold_mentions']} gold mentions with a frame",
        f"accuracy {100 * res['accuracy']:.1f}  macro F1 {100 * res['macro_f1']:.1f}   "
        f"(every frame factual: accuracy {100 * base['accuracy']:.1f}, macro F1 {100 * base['macro_f1']:.1f})",
        f"{'class':10} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for c in CLASSES:
        p = res["per_class"][c]
        lines.append(
            f"{c:10} {p['gold']:>5} {p['predicted']:>5} "
            f"{100 * p['precision']:>6.1f} {100 * p['recall']:>6.1f} {100 * p['f1']:>6.1f}"
        )
    lines.append("confusion (gold->predicted): " + ", ".join(f"{k} {v}" for k, v in res["confusion"].items()))
    lines += res.get("errors", [])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--path", help="MEANTIME folder (default ../shared/data/meantime or $MEANTIME_DIR)")
    ap.add_argument("--corpus", action="append", choices=CORPORA, help="one corpus (repeatable; default all)")
    ap.add_argument("--limit", type=int, help="articles per corpus")
    ap.add_argument("--errors", type=int, default=0, help="print up to N disagreements")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args(argv)
    res = evaluate(args.path, args.corpus or CORPORA, args.limit, errors=args.errors)
    print(json.dumps(res, indent=1) if args.json else format_report(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
