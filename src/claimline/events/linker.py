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
from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path

from ..errors import ClaimlineError
from ..schemas import EventFrame
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
    compatible,
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
from .wordnet import related as wordnet_related
from .wordnet import wordnet_class

__all__ = [
    "FEATURES",
    "Story",
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
    "class_pair",
    "noun_and_verb",
    "wordnet_related",
    "wordnet_class",
    "word_salience",
    "one_word_salient",
    "salient_parties",
)


class Story:
    """What a story's articles tell, for :func:`features`: in how many of its articles each event word and each
    named party occurs (the story's salient words and names: "the cavers" / "the rescue" in every article)."""

    def __init__(self, members: Iterable[Member]) -> None:
        words: dict[str, set[str]] = {}
        names: dict[str, set[str]] = {}
        articles: set[str] = set()
        for m in members:
            f = m.frame
            articles.add(f.article_id)
            if f.commentary:
                continue
            words.setdefault(f.trigger.lemma, set()).add(f.article_id)
            for p in _strong(f):
                names.setdefault(p.name, set()).add(f.article_id)
        self.articles = max(len(articles), 1)
        self.words = {w: len(a) / self.articles for w, a in words.items()}
        self.names = {n: len(a) / self.articles for n, a in names.items()}

    def salient(self, f: EventFrame) -> bool:
        """The frame names no party, or only parties at least half the story's articles name."""
        return all(self.names.get(p.name, 0.0) >= 0.5 for p in _strong(f))


#: :func:`class_key` -> the learned log-odds of one event (``class_pairs`` of the weights file), when no
#: table is given (tests; a weights file without one)
NO_TABLE: dict[str, float] = {}


def class_key(a: Member, b: Member) -> str:
    """The pair of the two reports' classes, in order ("landed|diverted"): the key of the weights file's
    ``class_pairs`` (how often reports of these two classes tell one event, learned from the training stories)."""
    x, y = sorted((a.frame.event_class, b.frame.event_class))
    return f"{x}|{y}"


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


def features(
    a: Member,
    b: Member,
    lex: EventLexicon | None = None,
    class_pairs: dict[str, float] = NO_TABLE,
    story: Story | None = None,
) -> dict[str, float]:
    """The general evidence that two reports tell one event (names: :data:`FEATURES`); ``class_pairs``: the
    learned table of :func:`class_key` (a class pair the table does not hold: 0, the average pair); ``story``:
    the story's reports so far (:class:`Story`; none: its features are 0)."""
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
    out["class_pair"] = class_pairs.get(class_key(a, b), 0.0)
    out["noun_and_verb"] = float(fa.trigger.pos != fb.trigger.pos)
    out["wordnet_related"] = float(la != lb and wordnet_related(la, lb, fa.trigger.pos, fb.trigger.pos))
    wa, wb = _wordnet_class(fa, lex), _wordnet_class(fb, lex)
    out["wordnet_class"] = float(bool(wa) and wa == wb and OTHER in (ca, cb))  # an unlisted word's class
    if story is not None:
        one_word = la == lb or _kin(la, lb) or bool(out["derived_lemma"]) or bool(out["wordnet_related"])
        out["word_salience"] = min(story.words.get(la, 0.0), story.words.get(lb, 0.0))
        out["one_word_salient"] = out["word_salience"] if one_word else 0.0
        out["salient_parties"] = float(story.salient(fa) and story.salient(fb))
    return out


def _wordnet(a: EventFrame, b: EventFrame) -> bool:
    """WordNet relates the two frames' words, each read as its part of speech ("escape" / "breakout")."""
    return wordnet_related(a.trigger.lemma, b.trigger.lemma, a.trigger.pos, b.trigger.pos)


def _wordnet_class(f: EventFrame, lex: EventLexicon) -> str:
    """A frame's class, or for a word the lexicon does not list the class WordNet ties it to
    (:func:`~claimline.events.wordnet.wordnet_class`; "" when none)."""
    if f.event_class != OTHER:
        return f.event_class
    return wordnet_class(f.trigger.lemma, f.trigger.pos, lex) or ""


def may_link(a: Member, b: Member, lex: EventLexicon | None = None) -> bool:
    """The cheap test before a pair is scored: of one class root, one word or kin words, or naming something
    alike (:func:`_content`). Nearly every pair the model scores high passes it (the model card)."""
    fa, fb = a.frame, b.frame
    if fa.trigger.lemma == fb.trigger.lemma or _kin(fa.trigger.lemma, fb.trigger.lemma):
        return True
    if class_root(fa, lex) == class_root(fb, lex) or _wordnet(fa, fb):
        return True
    return not _content(a).isdisjoint(_content(b))


def vector(
    a: Member,
    b: Member,
    lex: EventLexicon | None = None,
    class_pairs: dict[str, float] = NO_TABLE,
    story: Story | None = None,
) -> list[float]:
    """:func:`features` in the order of :data:`FEATURES`."""
    found = features(a, b, lex, class_pairs, story)
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
        #: :func:`class_key` -> learned log-odds that two reports of the two classes tell one event
        self.class_pairs = {str(k): float(v) for k, v in data.get("class_pairs", {}).items()}
        #: True: the linker joins only reports identity finds compatible (classes too); False: reports of any two
        #: classes (identity's other rules still hold: parties, time ...); "learned": of two classes whose pairs
        #: told one event more often than the average training pair (``class_pairs`` > 0) or whose words WordNet
        #: relates ("escape" / "breakout")
        classes = data.get("classes", True)
        if classes not in (True, False, "learned"):
            raise ValueError(f"linker weights: classes must be true, false or 'learned', not {classes!r}")
        self.classes: bool | str = classes
        #: (frame id, frame id) -> score, when the caller keeps them (training: one model, many thresholds)
        self.memo: dict[tuple[str, str], float] | None = None

    def compatible(self, a: Member, b: Member, lex: EventLexicon | None = None) -> bool:
        """Nothing in the two reports says two events (identity's :func:`~claimline.events.identity.compatible`),
        their classes compared as :attr:`classes` says."""
        if self.classes is True:
            return compatible(a, b, lex)
        if not compatible(a, b, lex, classes=False):
            return False
        if self.classes is False or compatible(a, b, lex):
            return True
        return self.class_pairs.get(class_key(a, b), 0.0) > 0 or _wordnet(a.frame, b.frame)

    def score(self, a: Member, b: Member, lex: EventLexicon | None = None, story: Story | None = None) -> float:
        """The probability that two reports tell one event (0 for a pair sharing nothing: :func:`may_link`)."""
        memo = self.memo
        if memo is not None:
            key = (a.frame.id, b.frame.id)
            found = memo.get(key)
            if found is None:
                found = memo[key] = self._score(a, b, lex, story)
            return found
        return self._score(a, b, lex, story)

    def _score(self, a: Member, b: Member, lex: EventLexicon | None = None, story: Story | None = None) -> float:
        lex = lex or lexicon()
        if not may_link(a, b, lex):
            return 0.0
        x = vector(a, b, lex, self.class_pairs, story)
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
