"""Where do the sources disagree, and which version stands.

Pure functions over :class:`~claimline.schemas.Claim` and
:class:`~claimline.schemas.Article` objects; no spaCy, no dateparser, no store,
so query commands stay fast. Everything below is the documented contract.

Which claims are compared (the *question key*)
----------------------------------------------
A claim is about an actor pair: its ``subject`` (or, when that is missing, its
first actor) and each *other* actor in ``actors``. A claim naming three actors
(subject OpenAI, actors OpenAI, NATO, Pentagon) is filed under one key per
(subject, other actor) pair: {OpenAI, NATO} and {OpenAI, Pentagon}, never under
{NATO, Pentagon}. Pairs are unordered for the tier, scope and date facets
("NATO will run OpenAI's models" and "OpenAI's models will run at NATO" answer
the same question) and ordered (subject, counterpart) for polarity ("A
attacked B" is not "B attacked A").

Claims naming fewer than two actors take the rest from context (tier, scope
and date facets only; the result is recorded so that a source actor that
became a party counts as official):

* no actor at all: the article's most frequent actor pair (ties broken by the
  pair counts in the whole input); failing that, the speaking party (a source
  actor of kind official/named) becomes the subject;
* a subject without counterpart: the actor most often paired with it in the
  same article (ties broken by the whole input); else, when the article pairs
  it with nobody, the claim's own speaking party; else the subject's only
  counterpart anywhere in the input; failing all, the claim is compared only
  with other subject-only claims of that subject.

Facets (``Conflict.facet``) and their values (``Side.value``):

``network_tier``
    ``classified`` / ``unclassified`` / ``mixed``. Only classified vs
    unclassified is a contradiction; ``mixed`` (both) is compatible with
    either, since a claim naming one tier does not say "only". A mixed claim
    joins a classified-vs-unclassified conflict as a third side (it may be the
    answer), but mixed vs one tier alone is no conflict.
``scope:<name>``
    One yes/no question per scope: ``yes`` when the scope is in
    ``use_scopes``, ``no`` when it is in ``excluded_scopes`` ("not for
    targeting", "only for logistics" with targeting excluded). A claim that
    lists other scopes says nothing about this one: subsets never conflict.
``date``
    When an event of the pair happens. Claims need a predicate and a time
    inside their own text (a time outside it, "NATO said on Thursday that
    ...", dates the statement). The event is the event word nearest before
    the time ("... will cover translation and will start in January 2027" is
    about starting), else the predicate; "expects to conclude talks in Q2" is
    about concluding. Events fold into classes: ``start`` (start, begin,
    launch, deploy, roll out, and scheduling verbs: expect, plan, postpone,
    push, delay, slip, ...; an ongoing verb such as run/operate/use when its
    time reads "from ..."/"starting ..."/"since ..."), ``end``, ``sign``;
    any other event is its own class. Negated claims are not dates. A claim
    whose time the sentence marks as the earlier one ("initially expected to
    begin in October, is now expected in January") counts as ``initial``. Sides are built greedily from the most
    specific interval up: a claim joins the side whose interval it overlaps
    (the side keeps the intersection), starts a new side when it overlaps
    none, and is left out as compatible with several answers when it overlaps
    more than one ("2026" vs "March 2026" and "October 2026"). So March 2026
    vs late March 2026 is one answer; October vs January are two. TIMEX mods
    BEFORE/AFTER open the interval, APPROX widens it by a quarter of its
    length (at least 3 days). A side's value is the TIMEX value of its most
    specific claim (``2026-10``, ``2026-SU``, ``2026-03 (END)``).
``polarity``
    Whether the event happens: ``yes`` / ``no`` (``negated``; a denial cue
    arrives from extraction as ``negated=True``) for the same ordered pair and
    predicate lemma. The most literal facet: only claims that name exactly
    one counterpart themselves (no actors from context, no three-actor
    claims). Light verbs (be, have, say, ...) are never polarity questions,
    and a negated claim whose negation is about a scope or tier ("will not be
    used for targeting") is answered in those facets instead.

For every facet except ``date``, two claims are only compared when their times
overlap or one of them has no time ("runs on classified networks from 2027"
does not contradict "runs on unclassified networks in March 2026"). A time
outside the claim's text, or a day or week on or up to 31 days before the
article's publication ("said on Monday"), dates the statement, not the state,
and does not restrict the claim.

Not conflicts: subsets; compatible intervals; the same source repeating or
contradicting itself. Two claims come from the same source when they have the
same speaker (source actor; else source kind and text; the outlet itself for
author claims) and the same article, the same syndication group or the same
publisher. A question is a conflict only if two opposing claims exist that
are from different sources, unless one of them is marked as a revision
(``correction``/``initial``): a source correcting itself is reported, and
supersession says which version stands. Syndicated copies (articles whose
fingerprints are near duplicates, see :mod:`claimline.fingerprint`) form one
syndication group, credited to its earliest article.

Reconciliation, in layers
-------------------------
1. **Supersession.** A claim with ``revision == "correction"`` (not
   speculative) supersedes opposing claims that are flagged ``initial``, are in
   the same article, or were published on or before it (undated claims are
   presumed earlier). When several sides carry corrections, the side with the
   strictly latest one is the candidate. A side consisting only of claims
   flagged ``initial`` is superseded as well. A claim for the other value
   published after the correction (not flagged initial, not speculative)
   blocks the supersession of its side; speculation about a later phase does
   not reopen the question. When exactly one side is left standing, the
   conflict is ``resolved`` with rule ``supersession``; the other sides are
   ``superseded`` (an older version, not shown false). Superseded sides never
   take part in the vote below.
2. **Weighted vote** over independent sources. A claim weighs
   ``certainty x source kind x recency``: certainty confirmed 1.0, reported
   0.8, hedged 0.5, speculative 0.3; source kind official 1.0 (the actor
   itself: ``kind == "official"`` or a source actor that is one of the claim's
   actors), named 0.8, outlet 0.7, author claim (no source) 0.7 like the
   outlet, anonymous 0.5, report 0.4; recency ``0.5 ** (age / 730 days)``
   relative to ``now`` (default: the latest publication among the conflict's
   claims), floored at 0.5, undated 0.85. Independent source units: a source
   actor counts once however many outlets quote it; an outlet (author,
   anonymous or report claims) counts once per syndication group. A unit adds
   its heaviest claim on a side. Claims flagged ``initial`` add nothing (the
   sentence calls them the earlier version). Claims citing unnamed coverage
   (source kind outlet/report without an actor: "a news agency reported",
   "reports say") add nothing when their side already has support from an
   earlier article, which they most likely cite; otherwise they count
   together as one unit. ``margin = (top - second) / total``;
   ``resolved`` when ``margin >= 0.30`` (the winner needs about 1.86 times
   the runner-up in a two-way question), else ``disputed``.
3. **Truth discovery.** When the remaining sides have at least three
   independent source units, each claim's weight is multiplied by its
   source's learned reliability (publisher, or source actor; see
   :func:`source_reliability`), learned from all *other* conflicts in the
   input (leave-one-out, so a conflict does not vote for itself). It applies
   only when at least one of those sources appears in another conflict
   (otherwise nothing was learned and the plain vote stands). The rule is
   then ``truth_discovery`` (when it resolves the question) and the reason
   names the reliabilities used and, if the verdict changed, what the plain
   vote said.

``open``: fewer than two non-superseded sides have support that counts (a
side counts when at least one of its claims is not speculative). A lone
counting side ``stands``; non-counting sides are ``unsupported``; no
resolution is given. Sides are never dropped: superseded and unsupported sides
stay listed. ``disputed`` and ``open`` conflicts have ``resolution = None``;
``margin`` is set for every conflict that went to the vote (``None`` after
supersession). ``Side.score`` is always the plain vote weight (or the
reliability-weighted one when truth discovery applied).

Claim statuses (:func:`claim_statuses`): side ``stands``/``superseded``/
``outvoted``/``disputed`` carry over, ``unsupported`` becomes ``disputed``;
a claim in several conflicts takes the most severe (superseded > disputed >
outvoted > stands).

Scale: claims are grouped by question key first; the work per key grows with
the claims under that key (roughly linearly), never with all claims squared.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar

from ..extraction.fingerprint import near_duplicate_groups
from ..schemas import Article, Claim, Conflict, ConflictResolution, Side, SourceRef

__all__ = [
    "CERTAINTY_WEIGHT",
    "RESOLVED_MARGIN",
    "SOURCE_KIND_WEIGHT",
    "claim_statuses",
    "find_conflicts",
    "source_reliability",
]

CERTAINTY_WEIGHT: dict[str, float] = {"confirmed": 1.0, "reported": 0.8, "hedged": 0.5, "speculative": 0.3}
SOURCE_KIND_WEIGHT: dict[str, float] = {
    "official": 1.0,
    "named": 0.8,
    "outlet": 0.7,
    "author": 0.7,
    "anonymous": 0.5,
    "report": 0.4,
}
RESOLVED_MARGIN = 0.30
MIN_TRUTH_DISCOVERY_SOURCES = 3
RECENCY_HALF_LIFE_DAYS = 730.0
RECENCY_FLOOR = 0.5
UNDATED_RECENCY = 0.85
RELIABILITY_PRIOR = 0.8
RELIABILITY_SMOOTHING = 2.0  # pseudo-observations at the prior
RELIABILITY_ITERATIONS = 20
RELIABILITY_TOLERANCE = 1e-3


# ------------------------------------------------------------ event classes
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_START = _words(
    "start begin launch commence kick open debut roll rollout deploy introduce field activate go "
    "expect schedule slate plan set due postpone delay push move reschedule bring defer slip "
    "resume pilot trial"
)
_FRAME = _words("expect plan schedule set due slate aim intend hope")
_COMPLEMENT = re.compile(
    r"\b(?:expect|expects|expected|expecting|plan|plans|planned|planning|scheduled|set|due|slated|aims?|aimed|"
    r"intends?|intended|hopes?|hoped)\s+to\s+(?:be\s+)?([a-z]+)",
    re.I,
)
_ONGOING = _words("run operate use host work serve support power employ")
_END = _words("end finish complete expire terminate stop wind close halt cease")
_SIGN = _words("sign award ink contract finalize finalise")
_LIGHT = _words("be have do say tell make get become seem appear include add note report state claim")
_FROM_WORDS = r"(?:from|since|starting|beginning|as\s+of|effective|commencing)"
_FROM = re.compile(rf"^\s*{_FROM_WORDS}\b", re.I)
_INITIAL_BEFORE = re.compile(
    r"\b(?:initially|originally|previously|at first|first (?:reported|expected|planned|announced|scheduled)|"
    r"(?:had|has) been (?:expected|planned|scheduled|due|set))\b[^.;]{0,60}$",
    re.I,
)
_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_FROM_BEFORE = re.compile(rf"\b{_FROM_WORDS}(?:\s+(?:in|on|at))?\s+(?:the\s+)?$", re.I)
_OPEN_BEFORE = frozenset({"BEFORE", "ON_OR_BEFORE", "LESS_THAN", "EQUAL_OR_LESS"})
_OPEN_AFTER = frozenset({"AFTER", "ON_OR_AFTER", "MORE_THAN", "EQUAL_OR_MORE"})
_TIERS_CONTRADICTING = frozenset({"classified", "unclassified"})

_SIDE_ORDER = {"stands": 0, "disputed": 1, "outvoted": 2, "unsupported": 3, "superseded": 4}


# ================================================================ claim info
@dataclass(slots=True)
class _Info:
    claim: Claim
    id: str
    article_id: str
    publisher: str | None
    published: date | None
    group: str  # syndication group (representative article id)
    speaker: str
    unit: str  # independent source unit for the vote
    rel_key: str | None  # reliability key: source actor or publisher
    kind: str  # key of SOURCE_KIND_WEIGHT
    base: float  # certainty x source kind
    counts: bool  # support that counts (not speculative)
    revision: str | None
    span: tuple[int, int] | None  # claim time as ordinals (for compatibility)
    who: str  # human label of the source
    cited: bool  # cites unnamed coverage ("a news agency reported", "reports say")

    def describe(self) -> str:
        when = self.published.isoformat() if self.published else "undated"
        where = self.publisher or f"article {self.article_id}"
        if self.kind == "author":
            return f"claim {self.id} ({where}, {when})"
        return f"claim {self.id} ({self.who}, in {where}, {when})"


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _time_span(claim: Claim, *, open_mods: bool = True) -> tuple[int, int] | None:
    t = claim.time
    if t is None or (t.start is None and t.end is None):
        return None
    start = t.start or t.end
    end = t.end or t.start
    assert start is not None and end is not None
    lo, hi = start.toordinal(), end.toordinal()
    if hi < lo:
        lo, hi = hi, lo
    mod = (t.mod or "").upper()
    if open_mods and mod in _OPEN_BEFORE:
        lo = date.min.toordinal()
    elif open_mods and mod in _OPEN_AFTER:
        hi = date.max.toordinal()
    elif mod == "APPROX":
        pad = max(3, (hi - lo + 1) // 4)
        lo, hi = lo - pad, hi + pad
    return lo, hi


def _time_offset(claim: Claim) -> int | None:
    """Offset of the claim's time in ``claim.text``, or None when unknown."""
    t = claim.time
    if t is None or t.char_start is None or not (claim.start <= t.char_start <= claim.end):
        return None
    return t.char_start - claim.start


def _time_outside(claim: Claim) -> bool:
    """The time sits outside the claim's content ("NATO said on Thursday that ..."):
    it dates the statement, not what the claim is about."""
    t = claim.time
    return t is not None and t.char_start is not None and not (claim.start <= t.char_start < claim.end)


def _starts_from(claim: Claim) -> bool:
    """The claim's time reads "from X" / "starting X" / "since X" (in its text or just before it)."""
    t = claim.time
    if t is None:
        return False
    if _FROM.match(t.text or ""):
        return True
    offset = _time_offset(claim)
    if offset is None:
        return False
    return bool(_FROM_BEFORE.search(claim.text[max(0, offset - 32) : offset]))


def _time_is_initial(claim: Claim) -> bool:
    """The sentence marks the claim's time as the earlier version ("initially
    expected to begin in October, is now expected in January")."""
    offset = _time_offset(claim)
    if offset is None:
        return False
    return bool(_INITIAL_BEFORE.search(claim.text[max(0, offset - 60) : offset]))


def _validity_span(claim: Claim, published: date | None) -> tuple[int, int] | None:
    """The period a tier/scope/polarity claim holds for, or None (any time).

    A time outside the claim's content, or a day or week on or up to 31 days
    before publication ("said on Monday", "last week"), dates the statement,
    not the state it describes, so it does not restrict the claim.
    """
    span = _time_span(claim)
    t = claim.time
    if span is None or t is None or _time_outside(claim):
        return None
    if published is None:
        return span
    pub = published.toordinal()
    if t.granularity in ("time", "day", "week") and span[1] <= pub and pub - span[0] <= 31:
        return None
    return span


def _date_span(claim: Claim) -> tuple[int, int] | None:
    """The event time of a date claim; "from X" is the start point X, never open-ended.

    None when the time sits outside the claim's content (the statement date).
    """
    if _time_outside(claim):
        return None
    return _time_span(claim, open_mods=not _starts_from(claim))


def _syndication(articles: Mapping[str, Article], ids: Iterable[str]) -> dict[str, str]:
    """article id -> representative article id of its syndication group."""
    fps = {}
    for aid in ids:
        art = articles.get(aid)
        if art is not None and art.fingerprint:
            fps[aid] = art.fingerprint
    rep: dict[str, str] = {}
    for group in near_duplicate_groups(fps):

        def key(aid: str) -> tuple[date, str]:
            published = articles[aid].published
            return (published or date.max, aid)

        first = min(group, key=key)
        for aid in group:
            rep[aid] = first
    return rep


def _infos(
    claims: Iterable[Claim], articles: Mapping[str, Article], implied: Mapping[str, tuple[str, ...]] | None = None
) -> dict[str, _Info]:
    seen: dict[str, Claim] = {}
    for c in claims:
        seen.setdefault(c.id, c)
    rep = _syndication(articles, {c.article_id for c in seen.values()})
    out: dict[str, _Info] = {}
    for c in seen.values():
        art = articles.get(c.article_id)
        publisher = art.publisher if art else None
        published = art.published if art else None
        group = rep.get(c.article_id, c.article_id)
        group_art = articles.get(group)
        group_pub = group_art.publisher if group_art else publisher
        src = c.source
        outlet_unit = f"pub:{_norm(group_pub)}" if group_pub else f"art:{group}"
        if src is None:
            kind, speaker, unit = "author", "author", outlet_unit
            who = publisher or "the outlet"
            rel_key = group_pub
        else:
            kind = src.kind
            if src.actor and (
                src.actor == c.subject or src.actor in c.actors or (implied and src.actor in implied.get(c.id, ()))
            ):
                kind = "official"
            elif kind == "official" and not src.actor:
                kind = "named"
            if src.actor:
                speaker = unit = f"actor:{src.actor}"
                who = src.actor
                rel_key = src.actor
            else:
                speaker = f"{src.kind}:{_norm(src.text)}"
                unit = f"src:{_norm(src.text)}" if src.kind in ("named", "outlet") else outlet_unit
                if src.kind in ("named", "outlet"):
                    who = f'"{src.text}"'
                elif src.kind == "report":
                    who = f'a report ("{src.text}")'
                else:
                    who = f'unnamed sources ("{src.text}")'
                rel_key = group_pub
            if kind == "official":
                who = f"official statement by {who}"
        base = CERTAINTY_WEIGHT.get(c.modality, 0.5) * SOURCE_KIND_WEIGHT.get(kind, 0.5)
        out[c.id] = _Info(
            claim=c,
            id=c.id,
            article_id=c.article_id,
            publisher=publisher,
            published=published,
            group=group,
            speaker=speaker,
            unit=unit,
            rel_key=rel_key,
            kind=kind,
            base=base,
            counts=c.modality != "speculative",
            revision=c.revision,
            span=_validity_span(c, published),
            who=who,
            cited=src is not None and not src.actor and src.kind in ("outlet", "report"),
        )
    return out


def _same_source(a: _Info, b: _Info) -> bool:
    if a.speaker != b.speaker:
        return False
    return a.group == b.group or (a.publisher is not None and a.publisher == b.publisher)


# ============================================================== question keys
_Key = tuple[str, str, tuple[str, ...]]  # (facet, qualifier, actors)
_T = TypeVar("_T")


_IRREGULAR = {"began": "begin", "begun": "begin", "ran": "run", "went": "go", "gone": "go", "brought": "bring"}


def _lemma_guess(word: str, known: frozenset[str]) -> str:
    """Crude verb lemma for the words of the event classes ("planned" -> "plan")."""
    if word in known:
        return word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    candidates: list[str] = []
    if word.endswith("ing"):
        candidates += [word[:-3], word[:-3] + "e", word[:-4]]
    elif word.endswith("ed"):
        candidates += [word[:-2], word[:-1], word[:-3]]
    elif word.endswith("es"):
        candidates += [word[:-2], word[:-1]]
    elif word.endswith("s"):
        candidates.append(word[:-1])
    return next((c for c in candidates if c in known), word)


_EVENT_WORDS = _START | _END | _SIGN | _ONGOING


def _event_class(claim: Claim) -> str | None:
    """The event a date claim dates: the event word nearest before its time
    ("... will start in January 2027"), else the claim's predicate."""
    pred = (claim.predicate or "").strip().lower()
    if not pred:
        return None
    head = pred.split()[0]
    offset = _time_offset(claim)
    if offset is not None:
        words = _WORD_RE.findall(claim.text[max(0, offset - 80) : offset])[-8:]
        for word in reversed(words):
            if not word.islower():  # names (OpenAI, NATO) are not verbs
                continue
            lemma = _lemma_guess(word, _EVENT_WORDS | _FRAME)
            if lemma in _EVENT_WORDS or lemma in _FRAME:
                head = pred = lemma
                break
    if head in _FRAME:
        # "expects to conclude talks in Q2" is about concluding; "now expected
        # in January" (no complement verb) about the start.
        m = _COMPLEMENT.search(claim.text[offset - 80 if offset and offset > 80 else 0 :])
        if m:
            head = pred = _lemma_guess(m.group(1).lower(), _EVENT_WORDS)
    if head in _START or pred in ("go live", "roll out", "kick off"):
        return "start"
    if head in _END:
        return "end"
    if head in _SIGN:
        return "sign"
    if head in _ONGOING and _starts_from(claim):
        return "start"
    if head in _LIGHT:
        return None
    return pred


def _speaker_actor(claim: Claim) -> str | None:
    """The source actor when it speaks for itself or as a named party (not an outlet)."""
    src = claim.source
    if src is not None and src.actor and src.kind in ("official", "named"):
        return src.actor
    return None


def _subject(claim: Claim) -> str | None:
    """The claim's subject: ``subject``, else its first actor, else its source actor."""
    return claim.subject or (claim.actors[0] if claim.actors else None) or _speaker_actor(claim)


def _polarity_predicate(claim: Claim) -> str | None:
    """Normalised predicate if the claim answers a polarity question."""
    pred = claim.predicate
    if not pred:
        return None
    pred = " ".join(pred.lower().split())
    head = pred.split(" ", 1)[0]
    # A negation about a scope or tier is answered in those facets.
    if not head or head in _LIGHT or (claim.negated and (claim.excluded_scopes or claim.network_tier)):
        return None
    return pred


def _negative_index(claims: Iterable[Claim]) -> set[tuple[str, str]]:
    """(scope facet, actor) for every actor of a claim excluding that scope, and
    (predicate, subject) for every negated polarity claim. A "yes" answer that
    matches nothing here cannot meet a "no" under any key, so it is not filed.
    """
    index: set[tuple[str, str]] = set()
    for claim in claims:
        excl = claim.excluded_scopes
        if not excl and not claim.negated:
            continue
        # "*": a claim whose actors come from its article; it may meet anyone.
        subject = _subject(claim) or "*"
        if excl:
            use = claim.use_scopes
            for x in excl:
                if x not in use:
                    facet = "scope:" + x
                    index.add((facet, subject))
                    index.update((facet, a) for a in claim.actors)
        if claim.negated:
            pred = _polarity_predicate(claim)
            if pred is not None:
                index.add((pred, subject))
                index.add(("polarity-subject", subject))
    return index


def _entries(
    claim: Claim, subject: str, others: list[str], negative: set[tuple[str, str]], *, literal: bool = True
) -> tuple[list[tuple[str, str, str]], tuple[str, str] | None]:
    """(facet, qualifier, value) entries of one claim, and its (predicate, yes/no) polarity."""
    entries: list[tuple[str, str, str]] = []
    tier = claim.network_tier
    if tier:
        entries.append(("network_tier", "", tier))
    use, excl = claim.use_scopes, claim.excluded_scopes
    if use and negative:
        for x in dict.fromkeys(use):
            if x in excl:
                continue
            facet = "scope:" + x
            keep = (facet, subject) in negative or (facet, "*") in negative
            if not keep:
                for o in others:
                    if (facet, o) in negative:
                        keep = True
                        break
            if keep:
                entries.append((facet, "", "yes"))
    if excl:
        entries.extend(("scope:" + x, "", "no") for x in dict.fromkeys(excl) if x not in use)
    polarity = None
    if claim.predicate:
        if not claim.negated and claim.time is not None and _date_span(claim) is not None:
            ev = _event_class(claim)
            if ev is not None:
                entries.append(("date", ev, ""))
        # Polarity is the most literal facet: only claims that name their one
        # counterpart themselves (no implied actors, no three-actor claims).
        pred = None
        if (
            literal
            and len(others) == 1
            and (("polarity-subject", subject) in negative or ("polarity-subject", "*") in negative)
        ):
            pred = _polarity_predicate(claim)
        if pred is not None and ((pred, subject) in negative or (pred, "*") in negative):
            polarity = (pred, "no" if claim.negated else "yes")
    return entries, polarity


def _file(
    groups: dict[_Key, list[tuple[Claim, str]]],
    claim: Claim,
    subject: str,
    others: list[str],
    entries: list[tuple[str, str, str]],
    polarity: tuple[str, str] | None,
) -> None:
    get = groups.get
    if others:
        pairs = [(subject, o) if subject < o else (o, subject) for o in others]
    else:
        pairs = [(subject,)]
    for facet, qual, value in entries:
        item = (claim, value)
        for pair in pairs:
            key = (facet, qual, pair)
            bucket = get(key)
            if bucket is None:
                groups[key] = [item]
            else:
                bucket.append(item)
    if polarity is not None:
        # Polarity keys are ordered: (subject, counterpart).
        item = (claim, polarity[1])
        for o in others or [None]:
            key = ("polarity", polarity[0], (subject, o) if o else (subject,))
            bucket = get(key)
            if bucket is None:
                groups[key] = [item]
            else:
                bucket.append(item)


def _top(counts: Mapping[_T, int], tiebreak: Mapping[_T, int]) -> _T | None:
    """The key with the highest count (ties broken by ``tiebreak``), or None if still tied."""
    if not counts:
        return None

    def rank(k: _T) -> tuple[int, int]:
        return (counts[k], tiebreak.get(k, 0))

    ranked = sorted(counts, key=rank, reverse=True)
    if len(ranked) > 1 and rank(ranked[0]) == rank(ranked[1]):
        return None
    return ranked[0]


class _Context:
    """Actor co-occurrence, computed lazily for the claims that need context."""

    def __init__(
        self,
        pairs_by_article: dict[str, list[tuple[str, list[str]]]],
        pair_totals: Mapping[tuple[str, str], int] | None = None,
    ):
        self.pairs_by_article = pairs_by_article
        self._local: dict[str, tuple[dict[str, dict[str, int]], dict[tuple[str, str], int]]] = {}
        self._partners: dict[str, dict[str, int]] | None = None
        self._pair_totals: dict[tuple[str, str], int] | None = None
        if pair_totals is not None:  # the whole store's, when the input is part of it
            partners: dict[str, dict[str, int]] = defaultdict(dict)
            for (a, b), n in pair_totals.items():
                partners[a][b] = n
                partners[b][a] = n
            self._partners, self._pair_totals = partners, dict(pair_totals)

    def local(self, aid: str) -> tuple[dict[str, dict[str, int]], dict[tuple[str, str], int]]:
        """(actor -> counterpart counts, pair -> count) in one article."""
        found = self._local.get(aid)
        if found is None:
            partners: dict[str, dict[str, int]] = defaultdict(dict)
            pairs: dict[tuple[str, str], int] = {}
            for subject, others in self.pairs_by_article.get(aid, ()):
                for o in others:
                    a, b = (subject, o) if subject < o else (o, subject)
                    pairs[(a, b)] = pairs.get((a, b), 0) + 1
                    partners[a][b] = partners[a].get(b, 0) + 1
                    partners[b][a] = partners[b].get(a, 0) + 1
            found = self._local[aid] = (partners, pairs)
        return found

    def _totals(self) -> None:
        partners: dict[str, dict[str, int]] = defaultdict(dict)
        pairs: dict[tuple[str, str], int] = {}
        for items in self.pairs_by_article.values():
            for subject, others in items:
                for o in others:
                    a, b = (subject, o) if subject < o else (o, subject)
                    pairs[(a, b)] = pairs.get((a, b), 0) + 1
                    partners[a][b] = partners[a].get(b, 0) + 1
                    partners[b][a] = partners[b].get(a, 0) + 1
        self._partners, self._pair_totals = partners, pairs

    def partners(self, actor: str) -> dict[str, int]:
        if self._partners is None:
            self._totals()
        assert self._partners is not None
        return self._partners.get(actor, {})

    def pair_totals(self) -> dict[tuple[str, str], int]:
        if self._pair_totals is None:
            self._totals()
        assert self._pair_totals is not None
        return self._pair_totals


class _Everything:
    """A negative index that holds everything: file every "yes" answer (candidate questions)."""

    def __contains__(self, item: object) -> bool:
        return True

    def __bool__(self) -> bool:
        return True


def _named_pair(claim: Claim) -> tuple[str | None, list[str]]:
    """(subject, the other actors it names) of a claim."""
    actors = claim.actors
    subject = claim.subject or (actors[0] if actors else None)
    others = [a for a in dict.fromkeys(actors) if a and a != subject] if subject and actors else []
    return subject, others


def negative_index(claims: Iterable[Claim]) -> set[tuple[str, str]]:
    """What "no" answers the claims give (see ``_negative_index``): a "yes" is filed under a question
    only when one of these could meet it. Unions add up across inputs."""
    return _negative_index(claims)


def pair_key(a: str, b: str) -> str:
    """A borrowed-context key: the input's count of the pair (a, b) decided a tie."""
    a, b = (a, b) if a < b else (b, a)
    return f"pair\x1f{a}\x1f{b}"


def only_key(actor: str) -> str:
    """A borrowed-context key: whether ``actor`` has exactly one counterpart in the input decided."""
    return f"only\x1f{actor}"


def actor_key(actor: str) -> str:
    """A borrowed-context key: any pair count of ``actor`` may decide."""
    return f"actor\x1f{actor}"


def borrowed_context(claims: Sequence[Claim]) -> dict[str, set[str]]:
    """claim id -> what of the whole input's pair counts decided how a claim naming fewer than two
    actors is filed (:func:`pair_key`, :func:`only_key`, :func:`actor_key`). Only claims whose own
    article left a tie, or named no counterpart and no speaker, borrow from the input (see
    ``_group``); claims decided by their own article are absent: new articles cannot move them.
    """
    context = _Context({})
    for claim in claims:
        subject, others = _named_pair(claim)
        if others:
            assert subject is not None
            context.pairs_by_article.setdefault(claim.article_id, []).append((subject, others))
    out: dict[str, set[str]] = {}
    for claim in claims:
        subject, others = _named_pair(claim)
        if others or not (claim.network_tier or claim.use_scopes or claim.excluded_scopes or claim.time is not None):
            continue  # names its pair, or is never filed (see _group)
        local_partners, local_pairs = context.local(claim.article_id)
        speaker = _speaker_actor(claim)
        if subject is None:
            if local_pairs:
                tied = _tied(local_pairs)
                if tied:  # broken by the input's pair counts; unbroken, the speaker's pairs decide
                    out[claim.id] = {pair_key(*p) for p in tied} | ({actor_key(speaker)} if speaker else set())
                continue
            if speaker is None:
                continue
            subject = speaker
        counts = local_partners.get(subject, {})
        if counts:
            tied = _tied(counts)
            if tied:
                out[claim.id] = {pair_key(subject, k) for k in tied}
        elif not (speaker and speaker != subject):
            out[claim.id] = {only_key(subject)}
    return out


def _tied(counts: Mapping[Any, int]) -> list[Any]:
    """The keys sharing the highest count when more than one does (a tie to break), else []."""
    if len(counts) < 2:
        return []
    top = max(counts.values())
    best = [k for k, n in counts.items() if n == top]
    return best if len(best) > 1 else []


def actor_pair_counts(claims: Iterable[Claim]) -> dict[tuple[str, str], int]:
    """(actor, actor) sorted -> how many claims name that pair themselves: the context that claims
    naming fewer than two actors borrow from (see the module docs). Counts add up across inputs."""
    out: dict[tuple[str, str], int] = {}
    seen: set[str] = set()
    for claim in claims:
        if claim.id in seen:
            continue
        seen.add(claim.id)
        subject, others = _named_pair(claim)
        for o in others:
            assert subject is not None
            pair = (subject, o) if subject < o else (o, subject)
            out[pair] = out.get(pair, 0) + 1
    return out


def _group(
    claims: Sequence[Claim],
    *,
    prune: bool = True,
    pair_totals: Mapping[tuple[str, str], int] | None = None,
    negative: set[tuple[str, str]] | None = None,
) -> tuple[dict[_Key, list[tuple[Claim, str]]], dict[str, tuple[str, ...]]]:
    """Question key -> (claim, value) entries, and the implied actors of claims that lacked some.

    Two passes, linear in the number of claims.
    """
    if not prune:
        negative = _Everything()  # type: ignore[assignment]
    elif negative is None:
        negative = _negative_index(claims)
    groups: dict[_Key, list[tuple[Claim, str]]] = {}
    pairs_by_article: dict[str, list[tuple[str, list[str]]]] = {}
    pending: list[tuple[Claim, str | None]] = []  # claims without a named counterpart
    seen: set[str] = set()
    for claim in claims:
        cid = claim.id
        if cid in seen:
            continue
        seen.add(cid)
        subject, others = _named_pair(claim)
        if not others:
            pending.append((claim, subject))
            continue
        assert subject is not None
        bucket = pairs_by_article.get(claim.article_id)
        if bucket is None:
            pairs_by_article[claim.article_id] = [(subject, others)]
        else:
            bucket.append((subject, others))
        entries, polarity = _entries(claim, subject, others, negative)
        if entries or polarity:
            _file(groups, claim, subject, others, entries, polarity)
    # Claims naming fewer than two actors borrow the rest from context:
    # a claim naming no actor takes its article's most frequent actor pair
    # (else its speaking party becomes its subject); a subject without
    # counterpart takes the actor most often paired with it in the same
    # article (ties broken by the whole input), else the claim's own source
    # actor, else the subject's only counterpart in the input. Otherwise the
    # claim stays under its subject alone, or is not compared.
    context = _Context(pairs_by_article, pair_totals)
    implied: dict[str, tuple[str, ...]] = {}
    for claim, subject in pending:
        if not (claim.network_tier or claim.use_scopes or claim.excluded_scopes or claim.time is not None):
            continue  # nothing to compare: no tier, scope or date (polarity needs named actors)
        other = None
        if subject is None:
            local_partners, local_pairs = context.local(claim.article_id)
            pair = _top(local_pairs, context.pair_totals()) if local_pairs else None
            if pair is not None:
                subject, other = pair
            else:
                subject = _speaker_actor(claim)
                if subject is None:
                    continue
        if other is None:
            known = context.partners(subject)
            counts = context.local(claim.article_id)[0].get(subject, {})
            other = _top(counts, known)
            if other is None:
                speaker = _speaker_actor(claim)
                if speaker and speaker != subject and (not counts or speaker in counts):
                    other = speaker
                elif not counts and len(known) == 1:
                    (other,) = known
        others = [other] if other else []
        if subject not in claim.actors or others:
            implied[claim.id] = (subject, *others)
        entries, polarity = _entries(claim, subject, others, negative, literal=False)
        if entries or polarity:
            _file(groups, claim, subject, others, entries, polarity)
    return groups, implied


def _may_conflict(facet: str, entries: list[tuple[Claim, str]]) -> bool:
    """Cheap necessary condition, checked before any per-claim work."""
    if facet == "date":
        # Intervals on a line pairwise overlap iff max(start) <= min(end).
        max_lo, min_hi = -1, date.max.toordinal() + 1
        for claim, _ in entries:
            span = _date_span(claim)
            if span is not None:
                max_lo, min_hi = max(max_lo, span[0]), min(min_hi, span[1])
        return max_lo > min_hi
    if facet == "network_tier":
        values = {v for _, v in entries}
        return "classified" in values and "unclassified" in values
    return len({v for _, v in entries}) > 1


# ======================================================== sides of a question
class _Spans:
    """Union of time spans of one side, for "is some claim time-compatible"."""

    __slots__ = ("untimed", "starts", "ends", "n")

    def __init__(self, infos: Iterable[_Info]):
        spans = []
        self.untimed = False
        self.n = 0
        for i in infos:
            self.n += 1
            if i.span is None:
                self.untimed = True
            else:
                spans.append(i.span)
        spans.sort()
        merged: list[list[int]] = []
        for lo, hi in spans:
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def compatible(self, span: tuple[int, int] | None) -> bool:
        if self.n == 0:
            return False
        if self.untimed or span is None:
            return True
        i = bisect.bisect_right(self.starts, span[1]) - 1
        return i >= 0 and self.ends[i] >= span[0]


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def _value_sides(entries: list[tuple[_Info, str]], facet: str) -> tuple[dict[str, list[_Info]], set]:
    """Sides for single-valued facets, restricted to time-compatible claims.

    Returns the sides and the set of contradicting value pairs.
    """
    by_value: dict[str, dict[str, _Info]] = defaultdict(dict)
    for info, value in entries:
        by_value[value].setdefault(info.id, info)
    values = sorted(by_value)
    if facet == "network_tier":
        contra = {(a, b) for a in values for b in values if a < b and {a, b} == _TIERS_CONTRADICTING}
    else:
        contra = {(a, b) for a in values for b in values if a < b}
    if not contra:
        return {}, set()
    spans = {v: _Spans(by_value[v].values()) for v in values}
    sides: dict[str, list[_Info]] = {}
    for v in values:
        opposing = [b if a == v else a for a, b in contra if v in (a, b)]
        if not opposing:
            continue
        kept = [i for i in by_value[v].values() if any(spans[o].compatible(i.span) for o in opposing)]
        if kept:
            sides[v] = kept
    contra = {(a, b) for a, b in contra if a in sides and b in sides}
    if facet == "network_tier" and contra and "mixed" in by_value:
        others = [spans[v] for v in sides]
        kept = [i for i in by_value["mixed"].values() if any(s.compatible(i.span) for s in others)]
        if kept:
            sides["mixed"] = kept
    return sides, contra


def _date_sides(entries: list[tuple[_Info, str]]) -> tuple[dict[str, list[_Info]], set]:
    items: dict[str, tuple[_Info, tuple[int, int]]] = {}
    for info, _ in entries:
        if info.id in items:
            continue
        span = _date_span(info.claim)
        if span is not None:
            items[info.id] = (info, span)
    ordered = sorted(items.values(), key=lambda x: (x[1][1] - x[1][0], x[1][0], x[0].id))
    boxes: list[list[int]] = []  # [lo, hi] intersection of each side
    members: list[list[_Info]] = []
    labels: list[str] = []
    for info, (lo, hi) in ordered:
        hits = [k for k, (blo, bhi) in enumerate(boxes) if lo <= bhi and blo <= hi]
        if not hits:
            boxes.append([lo, hi])
            members.append([info])
            labels.append(_date_label(info))
        elif len(hits) == 1:
            k = hits[0]
            boxes[k] = [max(boxes[k][0], lo), min(boxes[k][1], hi)]
            members[k].append(info)
        # else: compatible with several answers, so evidence for none of them.
    if len(members) < 2:
        return {}, set()
    sides: dict[str, list[_Info]] = {}
    for k, label in enumerate(labels):
        if label in sides:
            lo, hi = boxes[k]
            label = f"{label} ({date.fromordinal(max(lo, 1)).isoformat()})"
        sides[label] = members[k]
    names = sorted(sides)
    return sides, {(a, b) for a in names for b in names if a < b}


def _date_label(info: _Info) -> str:
    t = info.claim.time
    assert t is not None
    label = t.value or (t.start.isoformat() if t.start else "?")
    if t.mod and t.mod.upper() not in ("APPROX",):
        label = f"{label} ({t.mod.upper()})"
    return label


def _is_conflict(sides: Mapping[str, list[_Info]], contra: set, timed: bool) -> bool:
    """Some contradicting pair is from different sources (or a marked revision)."""
    for a, b in contra:
        sa = _signatures(sides[a])
        sb = _signatures(sides[b])
        for x in sa:
            for y in sb:
                if timed and not _overlap(x.span, y.span):
                    continue
                if not _same_source(x, y) or x.revision or y.revision:
                    return True
    return False


def _signatures(infos: list[_Info]) -> list[_Info]:
    seen: dict[tuple, _Info] = {}
    for i in infos:
        sig = (i.speaker, i.group, i.publisher, i.span, bool(i.revision))
        seen.setdefault(sig, i)
    return list(seen.values())


# ================================================================== scoring
def _recency(published: date | None, ref: date | None) -> float:
    if published is None:
        return UNDATED_RECENCY
    if ref is None:
        return 1.0
    age = max(0, (ref - published).days)
    return max(RECENCY_FLOOR, 0.5 ** (age / RECENCY_HALF_LIFE_DAYS))


@dataclass(slots=True)
class _Score:
    total: float
    units: dict[str, tuple[float, _Info]]


def _weights(sides: Mapping[str, list[_Info]], ref: date | None) -> dict[str, float]:
    """claim id -> certainty x source kind x recency."""
    return {i.id: i.base * _recency(i.published, ref) for infos in sides.values() for i in infos}


def _score(infos: list[_Info], weights: Mapping[str, float], rel: Mapping[str, float] | None = None) -> _Score:
    """A side's support: each independent unit adds its heaviest claim.

    Claims flagged ``initial`` add nothing (the sentence itself calls them the
    earlier version). Claims citing unnamed coverage ("a news agency
    reported") add nothing when the side already has support from an earlier
    article, which they most likely cite; otherwise they count together as
    one unit.
    """
    units: dict[str, tuple[float, _Info]] = {}
    cited: list[tuple[float, _Info]] = []
    for i in infos:
        if i.revision == "initial":
            continue
        w = weights[i.id]
        if rel is not None:
            w *= rel.get(i.rel_key, RELIABILITY_PRIOR) if i.rel_key else RELIABILITY_PRIOR
        if i.cited:
            cited.append((w, i))
            continue
        best = units.get(i.unit)
        if best is None or w > best[0]:
            units[i.unit] = (w, i)
    if cited:
        first = min((i.published for _, i in units.values() if i.published), default=None)
        for w, i in cited:
            if first is not None and (i.published is None or first < i.published):
                continue
            best = units.get("cited coverage")
            if best is None or w > best[0]:
                units["cited coverage"] = (w, i)
    return _Score(sum(w for w, _ in units.values()), units)


def _margin(scores: list[float]) -> float:
    total = sum(scores)
    if total <= 0:
        return 0.0
    top = sorted(scores, reverse=True)
    return (top[0] - (top[1] if len(top) > 1 else 0.0)) / total


def _fmt_units(score: _Score, limit: int = 3) -> str:
    parts = sorted(score.units.values(), key=lambda x: (-x[0], x[1].id))
    text = "; ".join(f"{i.describe()}, {i.claim.modality}, {w:.2f}" for w, i in parts[:limit])
    if len(parts) > limit:
        text += f"; +{len(parts) - limit} more"
    return text


# ========================================================== one question
@dataclass(slots=True)
class _Draft:
    key: _Key
    subject: list[str]
    sides: dict[str, list[_Info]]
    status: dict[str, str]
    conflict_status: str
    rule: str | None
    winner: str | None
    reason: str
    margin: float | None
    scores: dict[str, float]
    ref: date | None
    remaining: list[str]  # sides that went to the vote
    p: dict[str, float]  # truth-discovery evidence: probability each side is right
    weights: dict[str, float]  # claim id -> weight before reliability
    side_keys: dict[str, set[str]]  # side value -> reliability keys supporting it


def _supersession(sides: Mapping[str, list[_Info]]) -> tuple[str | None, set[str], str]:
    """(winner or None, superseded side values, reason)."""
    latest: dict[str, _Info] = {}
    for v, infos in sides.items():
        for i in infos:
            if i.revision == "correction" and i.counts:
                cur = latest.get(v)
                if cur is None or (i.published or date.min, i.id) > (cur.published or date.min, cur.id):
                    latest[v] = i
    superseded: dict[str, str] = {}
    cand: str | None = None
    if latest:
        if len(latest) == 1:
            cand = next(iter(latest))
        else:
            ranked = sorted(latest.items(), key=lambda kv: kv[1].published or date.min, reverse=True)
            a, b = ranked[0][1].published, ranked[1][1].published
            if a is not None and (b is None or a > b):
                cand = ranked[0][0]
    if cand is not None:
        corr = latest[cand]
        corr_articles = {i.article_id for i in sides[cand] if i.revision == "correction"}
        for v, infos in sides.items():
            if v == cand:
                continue
            if all(
                i.revision == "initial"
                or not i.counts
                or i.article_id in corr_articles
                or i.published is None
                or corr.published is None
                or i.published <= corr.published
                for i in infos
            ):
                superseded[v] = "correction"
    initial_only = [
        v
        for v, infos in sides.items()
        if v != cand and v not in superseded and all(i.revision == "initial" for i in infos)
    ]
    if len(superseded) + len(initial_only) < len(sides):  # something must replace the initial version
        superseded.update(dict.fromkeys(initial_only, "initial"))
    remaining = [v for v in sides if v not in superseded]
    if not superseded or len(remaining) != 1 or not any(i.counts for i in sides[remaining[0]]):
        return None, set(superseded), ""
    win = remaining[0]
    losers = []
    for v in sorted(superseded):
        first = min(sides[v], key=lambda i: (i.published or date.min, i.id))
        more = len(sides[v]) - 1
        extra = f" and {more} more claim{'s' if more > 1 else ''}" if more else ""
        losers.append(f"{v} from {first.describe()}{extra}")
    if win == cand:
        corr = latest[cand]
        reason = (
            f"{win} stands by supersession: {corr.describe()} is marked as a correction and is not "
            f"older than the other version, so {', '.join(losers)} is superseded (an earlier version, "
            f"not shown false)."
        )
    else:
        initial_articles = {i.article_id for v in superseded for i in sides[v]}
        best = sorted(
            (i for i in sides[win] if i.counts),
            key=lambda i: (i.article_id not in initial_articles, -(i.published or date.min).toordinal()),
        )[0]
        reason = (
            f"{win} stands by supersession: {', '.join(losers)} is flagged as the initial report, "
            f"replaced by {best.describe()}; the initial version is superseded, not shown false."
        )
    return win, set(superseded), reason


def _decide(key: _Key, sides: dict[str, list[_Info]], now: date | None) -> _Draft:
    all_infos = [i for infos in sides.values() for i in infos]
    ref = now or max((i.published for i in all_infos if i.published), default=None)
    weights = _weights(sides, ref)
    side_keys = _side_keys(sides)
    scores = {v: _score(infos, weights) for v, infos in sides.items()}
    counts = _subject_counts(all_infos)
    subject = sorted(key[2], key=lambda a: (-counts.get(a, 0), a))
    win, superseded, reason = _supersession(sides)
    status: dict[str, str] = {v: "superseded" for v in superseded}
    plain = {v: s.total for v, s in scores.items()}
    if win is not None:
        status[win] = "stands"
        p = {v: (1.0 if v == win else 0.0) for v in sides}
        return _Draft(key, subject, sides, status, "resolved", "supersession", win, reason, None, plain, ref,
                      [], p, weights, side_keys)  # fmt: skip
    remaining = [v for v in sides if v not in superseded]
    draft = _Draft(key, subject, sides, status, "disputed", None, None, "", None, plain, ref, remaining, {},
                   weights, side_keys)  # fmt: skip
    _vote(draft, scores, None, "")
    return draft


def _side_keys(sides: Mapping[str, list[_Info]]) -> dict[str, set[str]]:
    """Reliability keys vouching for each side (not mere accounts of initial or cited reports)."""
    return {
        v: {i.rel_key for i in infos if i.rel_key and i.revision != "initial" and not i.cited}
        for v, infos in sides.items()
    }


def _subject_counts(infos: Iterable[_Info]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for i in infos:
        s = i.claim.subject
        if s:
            counts[s] = counts.get(s, 0) + 1
    return counts


def _vote(draft: _Draft, scores: Mapping[str, _Score], rel: Mapping[str, float] | None, rel_note: str) -> None:
    sides = draft.sides
    remaining = draft.remaining
    status = {v: "superseded" for v in sides if v not in remaining}
    counting = [v for v in remaining if any(i.counts for i in sides[v])]
    totals = {v: scores[v].total for v in remaining}
    draft.scores = {v: scores[v].total for v in sides}
    draft.margin = round(_margin(list(totals.values())), 4)
    total = sum(totals.values()) or 1.0
    draft.p = {v: (totals.get(v, 0.0) / total if v in remaining else 0.0) for v in sides}
    draft.rule = None
    draft.winner = None
    draft.reason = ""
    if len(counting) < 2:
        draft.conflict_status = "open"
        for v in remaining:
            status[v] = "stands" if v in counting else "unsupported"
        draft.status = status
        alone = ", ".join(sorted(counting)) or "no side"
        others = ", ".join(sorted(v for v in remaining if v not in counting)) or "none"
        draft.reason = (
            f"Open: only {alone} has support that counts; {others} rests on speculative or initial-only "
            "claims, so the question waits for another source."
        )
        return
    ranked = sorted(remaining, key=lambda v: (-totals[v], v))
    top = ranked[0]
    n_units = len({u for v in remaining for u in scores[v].units})
    if draft.margin >= RESOLVED_MARGIN and top in counting:
        draft.conflict_status = "resolved"
        draft.winner = top
        draft.rule = "truth_discovery" if rel is not None else "vote"
        for v in remaining:
            status[v] = "stands" if v == top else ("outvoted" if v in counting else "unsupported")
        lead = (
            f"Weighted vote over {n_units} independent sources"
            + (f", each weight multiplied by its source's learned reliability ({rel_note})" if rel else "")
            + ": "
        )
        parts = [f"{v} {totals[v]:.2f} ({_fmt_units(scores[v])})" for v in ranked]
        verdict = f"margin {draft.margin:.2f} >= {RESOLVED_MARGIN:.2f}, so {top} stands."
        draft.reason = f"{lead}{' vs '.join(parts)}; {verdict}"
    else:
        draft.conflict_status = "disputed"
        for v in remaining:
            status[v] = "disputed" if v in counting else "unsupported"
        parts = [f"{v} {totals[v]:.2f} ({_fmt_units(scores[v])})" for v in ranked]
        draft.reason = (
            f"Disputed: weighted vote over {n_units} independent sources, {' vs '.join(parts)}; "
            f"margin {draft.margin:.2f} < {RESOLVED_MARGIN:.2f}, so no version stands yet."
        )
    draft.status = status


# ======================================================= truth discovery
def _evidence(drafts: Sequence[_Draft], reliability: Mapping[str, float]) -> list[dict[str, tuple[float, int]]]:
    """Per draft: reliability key -> (sum of p of the key's sides, observations)."""
    out = []
    for d in drafts:
        if d.rule == "supersession" or not d.remaining:
            p = d.p
        else:
            scores = {v: _score(d.sides[v], d.weights, reliability).total for v in d.remaining}
            total = sum(scores.values())
            if total > 0:
                p = {v: scores[v] / total for v in d.remaining}
            else:
                p = {v: 1.0 / len(d.remaining) for v in d.remaining}
        # A source counts once per conflict, with its best side: one that
        # corrected itself is not penalised for its own earlier version.
        best: dict[str, float] = {}
        for v, keys in d.side_keys.items():
            pv = p.get(v, 0.0)
            for k in keys:
                if pv > best.get(k, -1.0):
                    best[k] = pv
        out.append({k: (pv, 1) for k, pv in best.items()})
    return out


def _learn(drafts: Sequence[_Draft]) -> tuple[dict[str, float], list[dict[str, tuple[float, int]]]]:
    reliability: dict[str, float] = {}
    evidence: list[dict[str, tuple[float, int]]] = []
    for _ in range(RELIABILITY_ITERATIONS):
        evidence = _evidence(drafts, reliability)
        sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
        for ev in evidence:
            for k, (s, n) in ev.items():
                acc = sums[k]
                acc[0] += s
                acc[1] += n
        new = {
            k: (RELIABILITY_SMOOTHING * RELIABILITY_PRIOR + s) / (RELIABILITY_SMOOTHING + n)
            for k, (s, n) in sums.items()
        }
        delta = max((abs(new[k] - reliability.get(k, RELIABILITY_PRIOR)) for k in new), default=0.0)
        reliability = new
        if delta < RELIABILITY_TOLERANCE:
            break
    return reliability, evidence


def _totals(evidence: Sequence[Mapping[str, tuple[float, int]]]) -> dict[str, tuple[float, int]]:
    sums: dict[str, tuple[float, int]] = {}
    for ev in evidence:
        for k, (s, n) in ev.items():
            a, b = sums.get(k, (0.0, 0))
            sums[k] = (a + s, b + n)
    return sums


# ====================================================================== API
def question_key(key: _Key) -> str:
    """A question key as one string (what the store keeps): facet, qualifier and actors, unit-separated."""
    facet, qualifier, actors = key
    return "\x1f".join([facet, qualifier, *actors])


def candidate_questions(
    claims: Sequence[Claim], *, pair_totals: Mapping[tuple[str, str], int] | None = None
) -> dict[str, set[str]]:
    """claim id -> every question (:func:`question_key`) the claim may answer.

    The questions :func:`find_conflicts` files the claim under, before it drops "yes" answers that no
    "no" in the input could contradict: a claim added later may contradict them. A store keeps these
    so that reconciling a new article re-reads only the claims of the questions it touches.
    ``pair_totals``: :func:`actor_pair_counts` of a larger whole the claims are part of.
    """
    grouped, _ = _group(claims, prune=False, pair_totals=pair_totals)
    out: dict[str, set[str]] = {}
    for key, entries in grouped.items():
        k = question_key(key)
        for claim, _value in entries:
            out.setdefault(claim.id, set()).add(k)
    return out


def _drafts(
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    now: date | None,
    pair_totals: Mapping[tuple[str, str], int] | None = None,
    negative: set[tuple[str, str]] | None = None,
) -> list[_Draft]:
    grouped, implied = _group(claims, pair_totals=pair_totals, negative=negative)
    groups = {k: e for k, e in grouped.items() if _may_conflict(k[0], e)}
    infos = _infos((c for entries in groups.values() for c, _ in entries), articles, implied)
    drafts: list[_Draft] = []
    for key, raw in groups.items():
        facet = key[0]
        entries = [(infos[c.id], v) for c, v in raw]
        if facet == "date":
            # "initially expected in October, now expected in January": a claim
            # carrying the time its sentence marks as earlier is the initial version.
            entries = [
                (replace(i, revision="initial") if i.revision != "initial" and _time_is_initial(i.claim) else i, v)
                for i, v in entries
            ]
            sides, contra = _date_sides(entries)
            timed = False
        else:
            sides, contra = _value_sides(entries, facet)
            timed = True
        if not contra or not _is_conflict(sides, contra, timed):
            continue
        drafts.append(_decide(key, sides, now))
    return drafts


def find_conflicts(
    claims: Sequence[Claim], articles: Mapping[str, Article], *, now: date | None = None
) -> list[Conflict]:
    """Questions on which the sources disagree, each reconciled (see the module docs).

    ``articles`` maps article id to :class:`Article` (publisher, publication
    date, fingerprint); a claim whose article is missing is undated and
    publisher-less. ``now`` is the reference date for recency (default: the
    latest publication among each conflict's claims). Output order: by
    subject, facet, then id.

    The cyclic garbage collector is paused for the call: the work allocates
    hundreds of thousands of small tuples next to a large live set of claims,
    and collection passes would otherwise dominate the run time.
    """
    if not isinstance(claims, Sequence):
        claims = list(claims)  # iterated more than once
    with _gc_paused():
        return _find_conflicts(claims, articles, now)


@contextmanager
def _gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def conflicts_by_question(
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    *,
    questions: set[str] | None = None,
    now: date | None = None,
    pair_totals: Mapping[tuple[str, str], int] | None = None,
    negative: set[tuple[str, str]] | None = None,
) -> list[tuple[str, Conflict]]:
    """:func:`find_conflicts` with each conflict's question (:func:`question_key`), in the same order.

    With ``questions``, only the conflicts of those questions are returned (all of the input still
    teaches truth discovery its source reliabilities). ``pair_totals`` and ``negative``:
    :func:`actor_pair_counts` and :func:`negative_index` of the whole store when ``claims`` are a
    part of it (every claim of their articles), so that each question is filed as over the whole.
    """
    if not isinstance(claims, Sequence):
        claims = list(claims)
    with _gc_paused():
        found = _find_conflicts(
            claims, articles, now, questions=questions, keyed=True, pair_totals=pair_totals, negative=negative
        )
    return found  # type: ignore[return-value]


def _find_conflicts(
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    now: date | None,
    *,
    questions: set[str] | None = None,
    keyed: bool = False,
    pair_totals: Mapping[tuple[str, str], int] | None = None,
    negative: set[tuple[str, str]] | None = None,
) -> list[Conflict] | list[tuple[str, Conflict]]:
    drafts = _drafts(claims, articles, now, pair_totals, negative)
    if not drafts:
        return []
    reliability, evidence = _learn(drafts)
    totals = _totals(evidence)
    for d, ev in zip(drafts, evidence, strict=True):
        if d.rule == "supersession":
            continue
        units = {u for v in d.remaining for u in _score(d.sides[v], d.weights).units}
        if len(units) < MIN_TRUTH_DISCOVERY_SOURCES:
            continue
        # Leave-one-out: reliability learned from the other conflicts only.
        rel: dict[str, float] = {}
        informed = False
        for k in {i.rel_key for v in d.remaining for i in d.sides[v] if i.rel_key}:
            s, n = totals.get(k, (0.0, 0))
            s_own, n_own = ev.get(k, (0.0, 0))
            n_other = n - n_own
            rel[k] = (RELIABILITY_SMOOTHING * RELIABILITY_PRIOR + s - s_own) / (RELIABILITY_SMOOTHING + n_other)
            informed = informed or n_other > 0
        if not informed:
            continue
        before = (d.conflict_status, d.winner)
        scores = {v: _score(d.sides[v], d.weights, rel) for v in d.sides}
        note = ", ".join(f"{k} {rel[k]:.2f}" for k in sorted(rel))
        _vote(d, scores, rel, note)
        if d.conflict_status == "resolved" and before != (d.conflict_status, d.winner):
            was = f"{before[1]} by plain vote" if before[0] == "resolved" else before[0]
            d.reason += f" Without learned reliability the question was {was}."
    if questions is not None:
        drafts = [d for d in drafts if question_key(d.key) in questions]
    if keyed:
        pairs = [(question_key(d.key), _to_conflict(d)) for d in drafts]
        return sorted(pairs, key=lambda p: (p[1].subject, p[1].facet, p[1].id))
    return sorted((_to_conflict(d) for d in drafts), key=lambda c: (c.subject, c.facet, c.id))


def _facet_label(facet: str, qualifier: str) -> str:
    if facet == "network_tier":
        return "network tier"
    if facet.startswith("scope:"):
        return f"use for {facet[6:].replace('_', ' ')}"
    if facet == "date":
        return f"date of {qualifier}"
    if facet == "polarity":
        return f"whether: {qualifier}"
    return facet


def _ref(i: _Info) -> SourceRef:
    c = i.claim
    return SourceRef(
        claim_id=c.id,
        article_id=c.article_id,
        publisher=i.publisher,
        published=i.published,
        source=c.source.text if c.source else None,
        actor=c.source.actor if c.source else None,
        cue=c.cue.text if c.cue else None,
        modality=c.modality,
    )


def _to_conflict(d: _Draft) -> Conflict:
    facet, qualifier, actors = d.key
    values = sorted(d.sides)
    digest = hashlib.sha1(
        "\x1f".join([facet, qualifier, "/".join(sorted(actors)), *values]).encode("utf-8")
    ).hexdigest()[:12]
    sides = []
    for v in values:
        infos = sorted(d.sides[v], key=lambda i: (i.published or date.min, i.id))
        sides.append(
            Side(
                value=v,
                claim_ids=[i.id for i in infos],
                sources=[_ref(i) for i in infos],
                score=round(d.scores.get(v, 0.0), 4),
                status=d.status.get(v, "disputed"),  # type: ignore[arg-type]
            )
        )
    sides.sort(key=lambda s: (_SIDE_ORDER.get(s.status, 9), -s.score, s.value))
    resolution = None
    if d.conflict_status == "resolved" and d.winner is not None and d.rule is not None:
        resolution = ConflictResolution(value=d.winner, reason=d.reason, rule=d.rule)  # type: ignore[arg-type]
    return Conflict(
        id=f"c-{digest}",
        facet=facet,
        subject=d.subject,
        question=f"{_facet_label(facet, qualifier)} — {' / '.join(d.subject)}",
        sides=sides,
        status=d.conflict_status,  # type: ignore[arg-type]
        resolution=resolution,
        margin=d.margin,
        reason=d.reason if resolution is None else "",
    )


_STATUS_RANK = {"superseded": 3, "disputed": 2, "outvoted": 1, "stands": 0}


def claim_statuses(conflicts: Sequence[Conflict]) -> dict[str, str]:
    """claim_id -> ``stands`` | ``superseded`` | ``outvoted`` | ``disputed``.

    Side status maps to claim status (``unsupported`` -> ``disputed``). A
    claim on sides of several conflicts gets the most severe: superseded >
    disputed > outvoted > stands. Claims in no conflict are absent (they
    stand by default).
    """
    out: dict[str, str] = {}
    for conflict in conflicts:
        for side in conflict.sides:
            st = "disputed" if side.status == "unsupported" else side.status
            for cid in side.claim_ids:
                cur = out.get(cid)
                if cur is None or _STATUS_RANK[st] > _STATUS_RANK[cur]:
                    out[cid] = st
    return out


def source_reliability(
    claims: Sequence[Claim], articles: Mapping[str, Article], conflicts: Sequence[Conflict]
) -> dict[str, float]:
    """Source key (source actor, else publisher) -> learned reliability in [0, 1].

    A simple TruthFinder-style iteration (Yin, Han & Yu 2007): a side's
    probability of being right is its share of the reliability-weighted vote
    (1/0 for supersession winner/superseded sides, fixed), and a source's
    reliability is the smoothed mean probability of the sides it supports
    (``(2 x 0.8 + sum p) / (2 + n)``: two pseudo-observations at the prior
    0.8), iterated to a fixed point. A source counts once per conflict, with
    its best side, so one that corrected itself is not penalised for its own
    earlier version; accounts of initial versions and citations of unnamed
    coverage do not vouch for their side. A source superseded often drifts
    towards 0; one that keeps winning towards 1. Only sources that appear in
    ``conflicts`` are returned; others have the prior 0.8.
    """
    infos = _infos(claims, articles)
    drafts: list[_Draft] = []
    for conflict in conflicts:
        sides: dict[str, list[_Info]] = {}
        for side in conflict.sides:
            members = [infos[cid] for cid in side.claim_ids if cid in infos]
            if members:
                sides[side.value] = members
        if len(sides) < 2:
            continue
        ref = max((i.published for v in sides.values() for i in v if i.published), default=None)
        superseded = {s.value for s in conflict.sides if s.status == "superseded" and s.value in sides}
        supersession = conflict.resolution is not None and conflict.resolution.rule == "supersession"
        winner = conflict.resolution.value if conflict.resolution else None
        p = {v: (1.0 if v == winner else 0.0) for v in sides} if supersession else {}
        drafts.append(
            _Draft(
                key=(conflict.facet, "", tuple(conflict.subject)),
                subject=list(conflict.subject),
                sides=sides,
                status={},
                conflict_status=conflict.status,
                rule="supersession" if supersession else None,
                winner=winner,
                reason="",
                margin=conflict.margin,
                scores={},
                ref=ref,
                remaining=[v for v in sides if v not in superseded],
                p=p,
                weights=_weights(sides, ref),
                side_keys=_side_keys(sides),
            )
        )
    reliability, _ = _learn(drafts)
    return {k: round(v, 4) for k, v in sorted(reliability.items())}
