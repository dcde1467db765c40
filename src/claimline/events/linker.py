"""A learned event linker: a pair scorer that proposes links between reports identity's rules keep apart.

Identity's rules (:mod:`claimline.events.identity`) link two reports of one event by what they say outright
— one participant, one word or its derivation, one specific time. Many reports of one event share none of
those ("escaped" / "broke out", a figure's frame and its event's, "signed" / "the contract", a report naming
no party): the rules, fitted one phrasing at a time, leave one event in many clusters. This module scores a
pair of reports with **general** evidence only — no per-word weight: whether their words are one word, kin,
derivations or synonyms; their classes equal, a hypernym apart, of one family; the parties, descriptions,
things, figures and places they share or tell apart; how their times relate; whether one article tells both;
how much of what they name they share; whether either is commentary; the days between their articles — and
combines them by a logistic regression trained on the seen held-out stories' gold events
(``benchmarks/linker_train.py``; weights in ``models/linker/weights.json``; ``models/MODEL_CARD.md``).

:func:`features` is the feature extractor (a pure function of the two members and the lexicon);
:class:`Linker` scores a pair with the stored weights. :meth:`EventClusters.add
<claimline.events.identity.EventClusters.add>` uses it (when enabled) to join two clusters of one story.
"""

from __future__ import annotations

import json
import math
import os
from datetime import date
from functools import cache
from pathlib import Path

from ..errors import ClaimlineError
from .identity import (
    Member,
    _apart,
    _described,
    _head,
    _incident,
    _kin,
    _name,
    _overlap,
    _places,
    _same_description,
    _strong,
    _text_time,
    _words,
    class_root,
    explain,
    gap_days,
    interval_of,
    measured,
    syndicated,
    things_apart,
)
from .lexicon import OTHER, EventLexicon, lexicon
from .light import MEASURE
from .objects import INDEFINITE

__all__ = [
    "FEATURES",
    "LINKER_ENV",
    "Linker",
    "features",
    "linker",
    "may_link",
    "never",
    "setting",
    "vector",
    "WEIGHTS_ENV",
]

#: The features, in the order of the weights file's vector.
FEATURES: tuple[str, ...] = (
    "same_lemma",
    "kin_lemma",
    "derived_lemma",
    "same_class",
    "hypernym_class",
    "family_class",
    "same_root",
    "other_class",
    "measure_frame",
    "incident_class",
    "shared_party",
    "parties_apart",
    "one_nameless",
    "both_nameless",
    "shared_description",
    "same_head",
    "one_thing",
    "things_apart",
    "shared_measure",
    "shared_figure",
    "shared_place",
    "places_apart",
    "same_text_time",
    "text_times_meet",
    "text_times_apart",
    "times_meet",
    "log_gap_days",
    "one_undated",
    "same_article",
    "content_jaccard",
    "both_commentary",
    "one_commentary",
    "log_article_days",
    "same_factuality",
    "one_negative",
    "one_expected",
    "rules_compatible",
    "rule_class",
    "rule_participants",
    "rule_time",
)

_NEGATIVE = frozenset({"negated", "denied"})


def _content(m: Member) -> frozenset[str]:
    """What a report names: its trigger lemma, the words of what it acts on, its parties' and places' names,
    the things its figures measure."""
    found = _CONTENT.get(id(m.frame))
    if found is not None and found[0] is m.frame:
        return found[1]
    if len(_CONTENT) >= 8192:
        _CONTENT.clear()
    out = _CONTENT[id(m.frame)] = (m.frame, _content_of(m))
    return out[1]


_CONTENT: dict[int, tuple[object, frozenset[str]]] = {}


def _content_of(m: Member) -> frozenset[str]:
    f = m.frame
    words = {f.trigger.lemma}
    if f.theme_noun:
        words.update(f.theme_noun.removeprefix(INDEFINITE).split())
    for p in f.participants:
        words.update(_words(p.name))
    for q in f.quantities:
        if q.measures:
            words.add(q.measures)
    return frozenset(words)


def _figures(m: Member) -> set[tuple[str, float]]:
    return {(q.kind, round(q.value, 6)) for q in m.frame.quantities if q.value is not None}


def features(a: Member, b: Member, lex: EventLexicon | None = None) -> dict[str, float]:
    """The general evidence that two reports tell one event (names: :data:`FEATURES`)."""
    lex = lex or lexicon()
    fa, fb = a.frame, b.frame
    la, lb = fa.trigger.lemma, fb.trigger.lemma
    ca, cb = fa.event_class, fb.event_class
    out = dict.fromkeys(FEATURES, 0.0)
    out["same_lemma"] = float(la == lb)
    out["kin_lemma"] = float(la != lb and _kin(la, lb))
    out["derived_lemma"] = float(la != lb and (lex.derived(lex.word(la), lex.word(lb)) or lex.synonymous(la, lb)))
    listed = ca != OTHER and cb != OTHER
    out["same_class"] = float(listed and ca == cb)
    out["hypernym_class"] = float(listed and ca != cb and lex.related(ca, cb))
    out["family_class"] = float(listed and not lex.related(ca, cb) and lex.kindred(ca, cb))
    out["same_root"] = float(class_root(fa, lex) == class_root(fb, lex))
    out["other_class"] = float(ca == OTHER) + float(cb == OTHER)
    out["measure_frame"] = float(ca == MEASURE) + float(cb == MEASURE)
    out["incident_class"] = float(_incident(fa, lex) and _incident(fb, lex))
    sa, sb = [_name(p) for p in _strong(fa)], [_name(p) for p in _strong(fb)]
    shared = bool(sa and sb and _overlap(sa, sb))
    out["shared_party"] = float(shared)
    out["parties_apart"] = float(bool(sa and sb) and not shared)
    out["one_nameless"] = float(bool(sa) != bool(sb))
    out["both_nameless"] = float(not sa and not sb)
    out["shared_description"] = float(_same_description(_described(fa, lex), _described(fb, lex)))
    ha, hb = _head(fa), _head(fb)
    out["same_head"] = float(bool(ha and hb) and (ha == hb or _kin(ha, hb)))  # type: ignore[arg-type]
    out["one_thing"] = float(bool(ha and hb) and ha != hb and lex.one_thing(ha, hb))  # type: ignore[arg-type]
    out["things_apart"] = float(things_apart(a, b))
    out["shared_measure"] = float(bool(measured(fa) & measured(fb)))
    out["shared_figure"] = float(bool(_figures(a) & _figures(b)))
    pa, pb = _places(fa), _places(fb)
    out["shared_place"] = float(bool(pa and pb) and not _apart(pa, pb))
    out["places_apart"] = float(_apart(pa, pb))
    ta, tb = _text_time(fa), _text_time(fb)
    if ta is not None and tb is not None:
        xa, xb = (ta[0], ta[1] or ta[0]), (tb[0], tb[1] or tb[0])
        meet = xa[0] <= xb[1] and xb[0] <= xa[1]
        out["same_text_time"] = float(ta == tb)
        out["text_times_meet"] = float(meet and ta != tb)
        out["text_times_apart"] = float(not meet)
    out["one_undated"] = float((ta is None) != (tb is None))
    ia, ib = interval_of(a, lex), interval_of(b, lex)
    gap = gap_days(ia, ib)
    out["times_meet"] = float(gap == 0)
    out["log_gap_days"] = math.log1p(min(gap, 3650))
    out["same_article"] = float(fa.article_id == fb.article_id)
    x, y = _content(a), _content(b)
    out["content_jaccard"] = len(x & y) / len(x | y) if x | y else 0.0
    out["both_commentary"] = float(fa.commentary and fb.commentary)
    out["one_commentary"] = float(fa.commentary != fb.commentary)
    days = abs((a.published - b.published).days) if isinstance(a.published, date) and b.published else 0
    out["log_article_days"] = math.log1p(min(days, 3650))
    out["same_factuality"] = float(fa.factuality == fb.factuality)
    out["one_negative"] = float((fa.factuality in _NEGATIVE) != (fb.factuality in _NEGATIVE))
    out["one_expected"] = float((fa.factuality == "expected") != (fb.factuality == "expected"))
    reason = explain(a, b, lex)
    out["rules_compatible"] = float(reason in (None, "unlinked"))
    out["rule_class"] = float(reason == "class")
    out["rule_participants"] = float(reason == "participants")
    out["rule_time"] = float(reason == "time")
    return out


def may_link(a: Member, b: Member, lex: EventLexicon | None = None) -> bool:
    """The cheap test before a pair is scored: of one class root, one word or kin words, or naming something
    alike (:func:`_content`). Nearly every pair the model scores high passes it (the model card)."""
    fa, fb = a.frame, b.frame
    if fa.trigger.lemma == fb.trigger.lemma or _kin(fa.trigger.lemma, fb.trigger.lemma):
        return True
    if class_root(fa, lex) == class_root(fb, lex):
        return True
    return not _content(a).isdisjoint(_content(b))


def vector(a: Member, b: Member, lex: EventLexicon | None = None) -> list[float]:
    """:func:`features` in the order of :data:`FEATURES`."""
    found = features(a, b, lex)
    return [found[k] for k in FEATURES]


def never(a: Member, b: Member) -> bool:
    """Pairs no score joins: two frames of one sentence (two events, identity's rule), unless copies."""
    fa, fb = a.frame, b.frame
    return fa.article_id == fb.article_id and fa.sentence.start == fb.sentence.start and not syndicated(a, b)


class Linker:
    """Scores a pair of reports: the logistic model of ``models/linker/weights.json``."""

    def __init__(self, data: dict) -> None:
        names = tuple(data["features"])
        if names != FEATURES:
            raise ValueError(f"linker weights are for other features: {names}")
        self.mean = [float(v) for v in data["mean"]]
        self.scale = [float(v) or 1.0 for v in data["scale"]]
        self.weights = [float(v) for v in data["weights"]]
        self.bias = float(data["bias"])
        self.threshold = float(data["threshold"])
        self.enabled = bool(data.get("enabled", False))
        #: (frame id, frame id) -> score, when the caller keeps them (training: one model, many thresholds)
        self.memo: dict[tuple[str, str], float] | None = None

    def score(self, a: Member, b: Member, lex: EventLexicon | None = None) -> float:
        """The probability that two reports tell one event (0 for a pair sharing nothing: :func:`may_link`)."""
        memo = self.memo
        if memo is not None:
            key = (a.frame.id, b.frame.id)
            found = memo.get(key)
            if found is None:
                found = memo[key] = self._score(a, b, lex)
            return found
        return self._score(a, b, lex)

    def _score(self, a: Member, b: Member, lex: EventLexicon | None = None) -> float:
        lex = lex or lexicon()
        if not may_link(a, b, lex):
            return 0.0
        x = vector(a, b, lex)
        z = self.bias + sum(w * (v - m) / s for w, v, m, s in zip(self.weights, x, self.mean, self.scale, strict=True))
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def _path() -> Path:
    found = os.environ.get(WEIGHTS_ENV)
    if found:
        return Path(found)
    from ..lexicon_files import models_dir

    return models_dir() / "linker" / "weights.json"


@cache
def _load(path: str) -> Linker | None:
    p = Path(path)
    if not p.is_file():
        return None
    try:
        return Linker(json.loads(p.read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError) as e:  # (json.JSONDecodeError is a ValueError)
        raise ClaimlineError(f"linker weights {p} cannot be read: {e}") from None


def linker() -> Linker | None:
    """The stored linker, or None when no weights file is present."""
    return _load(str(_path()))


#: Another weights file (experiments; ``benchmarks/linker_train.py`` writes the shipped one).
WEIGHTS_ENV = "CLAIMLINE_LINKER_WEIGHTS"
#: The setting: ``on`` / ``off`` (default: the weights file's ``enabled``).
LINKER_ENV = "CLAIMLINE_LINKER"


def setting() -> Linker | None:
    """The linker identity uses: the stored one when the setting (``CLAIMLINE_LINKER``, else the weights
    file's ``enabled``) turns it on, else None."""
    value = os.environ.get(LINKER_ENV, "").strip().lower()
    if value in ("off", "0", "no", "false"):
        return None  # (off reads no weights file)
    if value and value not in ("on", "1", "yes", "true"):
        raise ClaimlineError(f"{LINKER_ENV}={value!r}: expected on or off")
    found = linker()
    if value:
        if found is None:
            raise ClaimlineError(f"{LINKER_ENV}=on but there is no linker weights file at {_path()}")
        return found
    return found if found is not None and found.enabled else None
