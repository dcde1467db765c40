"""Event-time anchoring on MEANTIME: does each event's frame take the time expression the gold links it to?

Usage::

    .venv/bin/python benchmarks/meantime_event_time.py [--data PATH] [--list miss|wrong|extra]

MEANTIME (intra-document annotation, English; the title and the first sentences of each article,
sentences 0-5) links event mentions to time expressions with TLINKs. An event is *anchored* to a
time expression of the text (not the document creation time, not a duration or a set) when a TLINK
says the event is within it, at it, begun or ended by it: event -> timex ``IS_INCLUDED``,
``SIMULTANEOUS``, ``BEGUN_BY``, ``ENDED_BY``; timex -> event ``INCLUDES``, ``SIMULTANEOUS``,
``BEGINS``, ``ENDS``. Each article is rebuilt from its tokens (``meantime_attribution.rebuild_text``)
and extracted with its creation date (``extract_events``); a gold event mention is *found* when a
frame's trigger lies in its tokens. Of the found mentions:

* ``anchored``: the gold anchors it; ``right`` when the frame's time comes from one of its anchoring
  expressions (character spans overlap), ``wrong`` when from another, ``miss`` when the frame has none;
* ``unanchored``: no anchoring expression in the text; ``undated`` when the frame has no time either,
  ``extra`` when it has one (a TLINK may still relate them otherwise, or the annotators left it).

Recall = right / anchored; precision = right / (right + wrong + extra). ``--list`` prints a class
with its sentences (to read, not to copy).
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from meantime_attribution import _dateline_date, _parse_dct, rebuild_text  # noqa: E402
from meantime_events import CORPORA, LAST_ANNOTATED_SENTENCE, data_dir  # noqa: E402

_EVENT_TO_TIME = {"IS_INCLUDED", "SIMULTANEOUS", "BEGUN_BY", "ENDED_BY"}
_TIME_TO_EVENT = {"INCLUDES", "SIMULTANEOUS", "BEGINS", "ENDS"}


def load(path: Path) -> tuple[str, Any, list[dict[str, Any]]]:
    """Text, creation date, and the event mentions of the annotated sentences with their anchors."""
    root = ET.parse(path).getroot()
    tokens = root.findall("token")
    text, offsets, sentences = rebuild_text(tokens)
    sentence_of = {t.get("t_id", ""): int(t.get("sentence", "0")) for t in tokens}
    markables = root.find("Markables")
    relations = root.find("Relations")
    events: dict[str, tuple[int, int]] = {}
    times: dict[str, tuple[int, int, str]] = {}
    dct_value = ""

    def span(m: ET.Element) -> tuple[int, int] | None:
        ids = [a.get("t_id", "") for a in m.iter("token_anchor") if a.get("t_id", "") in offsets]
        if not ids or sentence_of[ids[0]] > LAST_ANNOTATED_SENTENCE:
            return None
        return min(offsets[i][0] for i in ids), max(offsets[i][1] for i in ids)

    if markables is not None:
        for m in markables.iter("EVENT_MENTION"):
            if (s := span(m)) is not None:
                events[m.get("m_id", "")] = s
        for m in markables.iter("TIMEX3"):
            if m.get("functionInDocument") == "CREATION_TIME":
                dct_value = m.get("value", "")
            elif m.get("type") in ("DATE", "TIME") and (s := span(m)) is not None:
                times[m.get("m_id", "")] = (*s, m.get("value", ""))
    anchors: dict[str, set[str]] = {}
    if relations is not None:
        for rel in relations.iter("TLINK"):
            src, tgt = rel.find("source"), rel.find("target")
            if src is None or tgt is None:
                continue
            a, b, kind = src.get("m_id", ""), tgt.get("m_id", ""), rel.get("reltype", "")
            if a in events and b in times and kind in _EVENT_TO_TIME:
                anchors.setdefault(a, set()).add(b)
            elif a in times and b in events and kind in _TIME_TO_EVENT:
                anchors.setdefault(b, set()).add(a)
    s1, e1 = sentences.get(1, (0, 0))
    dct = _parse_dct(dct_value, text[s1:e1]) if dct_value else _dateline_date(text[s1:e1])
    out = [
        {"start": s, "end": e, "anchors": [times[t] for t in sorted(anchors.get(mid, ()))]}
        for mid, (s, e) in events.items()
    ]
    return text, dct, out


def evaluate(data: str | None) -> list[dict[str, Any]]:
    from claimline.events import extract_events
    from claimline.extraction import pipeline

    nlp = pipeline.load()
    root = data_dir(data)
    rows: list[dict[str, Any]] = []
    for name in CORPORA:
        for path in sorted((root / "intra-doc_annotation" / f"corpus_{name}").glob("*.xml")):
            text, dct, events = load(path)
            _, frames = extract_events(text, published=dct, nlp=nlp)
            for ev in events:
                f = next((f for f in frames if ev["start"] <= f.trigger.start < ev["end"]), None)
                if f is None:
                    continue
                t = f.time
                got = None if t is None else (t.char_start, t.char_end)
                hit = got is not None and any(s < got[1] and got[0] < e for s, e, _ in ev["anchors"])
                if ev["anchors"]:
                    cls = "right" if hit else ("miss" if got is None else "wrong")
                else:
                    cls = "undated" if got is None else "extra"
                rows.append(
                    {
                        "doc": path.stem[:40],
                        "class": cls,
                        "trigger": f.trigger.text,
                        "gold": [text[s:e] for s, e, _ in ev["anchors"]],
                        "got": None if t is None else f"{t.kind}: {t.text}",
                        "sentence": text[f.sentence.start : f.sentence.end],
                    }
                )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="meantime directory (default: ../shared/data/meantime)")
    ap.add_argument("--list", choices=("right", "wrong", "miss", "extra"), help="print the mentions of a class")
    args = ap.parse_args(argv)
    rows = evaluate(args.data)
    c = Counter(r["class"] for r in rows)
    anchored = c["right"] + c["wrong"] + c["miss"]
    timed = c["right"] + c["wrong"] + c["extra"]
    r = c["right"] / anchored if anchored else 0.0
    p = c["right"] / timed if timed else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    unanchored = c["undated"] + c["extra"]
    print(f"{len(rows)} gold event mentions with a frame: {anchored} anchored in the text, {unanchored} not")
    print(f"  right {c['right']}  wrong {c['wrong']}  miss {c['miss']}  extra {c['extra']}  undated {c['undated']}")
    print(f"  precision {100 * p:.2f}  recall {100 * r:.2f}  F1 {100 * f1:.2f}")
    for row in rows:
        if args.list and row["class"] == args.list:
            print(f"{row['doc']:<40} [{row['trigger']}] gold={row['gold']} got={row['got']} | {row['sentence'][:140]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
