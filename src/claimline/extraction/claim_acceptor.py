"""The learned acceptor: whether a claim the tagger proposes is one (``tagged.tagged_claims``).

Every tagged cue that no rule used and that governs a content is a *candidate*
(``tagged.Candidate``). The acceptor scores it by logistic regression over a few dozen kinds of
features — the cue word and how often PolNeAR makes it a cue, the lexicon's entry for it, the
tagger's probabilities for the cue, the content and the source, how the content hangs on the cue
(a clause, an object, a preposition, the tagger's own run), the kind of holder, where the cue
stands in its sentence — and takes the candidate when the score reaches :attr:`Acceptor.threshold`.

Trained on the training texts of PolNeAR train, its threshold set on the held-out tenth
(``training/attribution/acceptor.py``; never on PolNeAR dev). The weights are a JSON file beside
the tagger's (``acceptor.json``); without it ``tagged`` falls back on its hand-set gates.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

import numpy

from ..vocab import DOUBLE_QUOTES
from . import cue_model

WEIGHTS = "acceptor.json"
_QUOTES = DOUBLE_QUOTES


class Acceptor:
    """Weights by feature name, a bias and the least score taken."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float, counts: dict) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.counts = counts

    def score(self, finder: Any, tags: Any, sent: Any, cand: Any) -> float:
        """The probability that ``cand`` is a claim of PolNeAR's kind (source, cue, content)."""
        z = self.bias + sum(
            self.weights.get(k, 0.0) * v for k, v in features(finder, tags, sent, cand, self.counts).items()
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def _load(path: Path) -> Acceptor | None:
    file = path / WEIGHTS
    if not file.is_file():
        return None
    data = json.loads(file.read_text())
    table = path / cue_model.LEMMA_TABLE
    counts = json.loads(table.read_text()) if table.is_file() else {}
    weights = dict(zip(data["names"], data["weights"], strict=True))
    return Acceptor(weights, data["bias"], data["threshold"], counts)


def load(path: Path | None = None) -> Acceptor | None:
    """The acceptor beside the tagger's weights in ``path`` (default: those in use), or ``None``
    (no tagger, no acceptor weights)."""
    path = path or cue_model.model_path()
    return None if path is None else _load(path)


def _mean(scores: Any, lo: int, hi: int, cols: list[int]) -> float:
    if scores is None or hi <= lo:
        return 0.0
    # ``scores[lo:hi, cols].sum(axis=1).mean()`` without numpy's wrappers (the same float32 sums)
    return float(numpy.add.reduce(numpy.add.reduce(scores[lo:hi, cols], axis=1)) / (hi - lo))


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    return sum(x >= e for e in edges)


def _has_quote(sent: Any) -> bool:
    """Whether a token of the sentence is a quotation mark: a quotation mark in its text that is a
    token of its own (looked up at the marks, not token by token)."""
    text, doc, base = sent.text, sent.doc, sent.start_char
    for q in _QUOTES:
        i = text.find(q)
        while i >= 0:
            span = doc.char_span(base + i, base + i + 1)
            if span is not None and len(span) == 1:
                return True
            i = text.find(q, i + 1)
    return False


def features(finder: Any, tags: Any, sent: Any, cand: Any, counts: dict) -> dict[str, float]:
    """The features of a candidate claim, by name (one-hot names carry their value after ``=``)."""
    doc = finder.doc
    head = cand.head
    cs, ce, lo, hi = cand.cs, cand.ce, cand.lo, cand.hi
    scores = getattr(tags, "scores", None)
    labels = getattr(tags, "labels", [])
    col = {lab: k for k, lab in enumerate(labels)}
    cue_cols = [col[x] for x in ("B-CUE", "I-CUE") if x in col]
    cnt_cols = [col[x] for x in ("B-CNT", "I-CNT") if x in col]
    src_cols = [col[x] for x in ("B-SRC", "I-SRC") if x in col]
    key = cue_model.lemma_key(head)
    n, c = counts.get(key, (0, 0))
    rate = c / (n + cue_model.RATE_SMOOTHING)
    listed = cand.listed
    kind = listed.kind if listed is not None else "unlisted"
    cue_prob = float(tags.cue_prob[cs]) if getattr(tags, "cue_prob", None) is not None else 0.0
    f: dict[str, float] = {
        f"lemma={key}": 1.0,
        "rate": rate,
        f"rate_b={_bucket(rate, (0.05, 0.15, 0.3, 0.5, 0.7))}": 1.0,
        "log_n": math.log1p(n) / 10,
        "unseen": float(n == 0),
        "cue_prob": cue_prob,
        f"cue_prob_b={_bucket(cue_prob, (0.3, 0.5, 0.6, 0.7, 0.8, 0.9))}": 1.0,
        "cue_mean": _mean(scores, cs, ce, cue_cols),
        "cue_multi": float(ce - cs > 1),
        f"kind={kind}": 1.0,
        "object_content": float(bool(listed is not None and listed.object_content)),
        "gated": float(cand.gated),
        "accepted": float(cand.accepted),
        "terms": float(cand.terms),
        "is_object": float(cand.is_object),
        "in_quote": float(cand.in_quote),
        "negated": float(cand.negated),
        "comparison": float(cand.comparison),
        "nested": float(cand.nested),
        "question": float(cand.question),
        "likely": float(cand.likely),
        f"head_pos={head.pos_}": 1.0,
        f"head_tag={head.tag_}": 1.0,
        f"head_dep={head.dep_}": 1.0,
        f"dep={cand.dep}": 1.0,
        f"kind_dep={kind}|{cand.dep}": 1.0,
        f"gated_dep={cand.gated}|{cand.dep}": 1.0,
        f"cnt_pos={doc[lo:hi].root.pos_}": 1.0,
        "cnt_len": math.log(hi - lo),
        "cnt_before": float(hi <= cs),
        "cnt_prob": _mean(scores, lo, hi, cnt_cols),
        f"src={cand.source_how}": 1.0,
        "sent_pos": (cs - sent.start) / max(1, len(sent)),
        "sent_first": float(sent.start == 0),
        "sent_quote": float(_has_quote(sent)),
    }
    if cand.dep == "prep":
        f[f"prep={cand.prep}"] = 1.0
    src = cand.source
    if src is not None:
        root = src.root
        f[f"src_ent={root.ent_type_ or '-'}"] = 1.0
        f[f"src_pos={root.pos_}"] = 1.0
        f["src_ident"] = float(finder.identifiable(root))
        f["src_prob"] = _mean(scores, src.start, src.end, src_cols)
        f["src_before"] = float(src.end <= cs)
        f["src_len"] = math.log(len(src))
    return f
