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
    any other event is its own class; a word on a side of an ``[[exclusive]]``
    table of models/comparison.toml is its own step ("end (suspended)", "end
    (cancelled)"), and a plan of a next instance or under a condition its own
    question ("test (further plan)"). Negated claims are not dates, nor are times
    that do not date the claim's event (``keys.dates_its_event``): a time of day
    without its day, one of two joined times or a range's end ("on Monday and
    Wednesday", "from Monday until Friday"), a time in a clause of its own or
    counted from another event ("two days before the merger was announced on
    Friday"), backstory ("had planned to sign in May"). "Did not sign the
    contract until Friday" dates the signing on Friday (review 8 V8). A plan
    (a plan word governs the time: "will sign on Friday"; or the time is
    after the article's publication) answers when the event happened only
    when it was written after another report had the event done ("will sign
    on 20 June" written on 10 June, against "signed on 3 June"); else plans
    are compared with plans (``sides.plans_apart``), and a plan told in the
    past ("had hoped to sign on Monday", "was supposed to open on Friday")
    with plans only. Answers whose reports lie months apart, each dating the
    event near its own day, are two occasions, not one question
    (``sides.occasions_apart``: a January strike and a November one). A day
    told at its edge ("late on Tuesday", "Tuesday night", "at 1 a.m. on
    Wednesday") reaches across midnight (``[day_edges]`` of
    models/comparison.toml). A claim
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
    used for targeting") is answered in those facets instead. A negated claim
    is no "no" when its negation is an exceptive ("sold nothing but its stake")
    or a deferral word dates or defers it ("did not sign until Monday", "will not
    sign until the court rules").

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
supersession says which version stands. For ``date`` and ``polarity`` the two
claims must also come from different articles (syndicated copies are one), as
for conflicts on events: one article telling two dates of a folded class ("opened
an inquiry on 12 October" / "the pilot, due to start by the end of November")
tells of two events, not a dispute (a marked revision still counts). Syndicated copies (articles whose
fingerprints are near duplicates, see :mod:`claimline.fingerprint`) form one
syndication group, credited to its earliest article.

Reconciliation, in layers
-------------------------
1. **Supersession.** A claim with ``revision == "correction"`` (not
   speculative) supersedes opposing claims that are flagged ``initial``, are in
   the same article, or were published before it (undated claims are
   presumed earlier; another outlet's report of the same day cannot be told
   earlier by its date, so it goes to the vote: review 18 Z8). When several sides carry corrections, the side with the
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
   anonymous or report claims) counts once per syndication group, and an
   outlet of the input quoted by another ("according to Lowland Wire") is
   that same unit, not a second source. A unit adds
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

import gc
import hashlib
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Protocol

from ..schemas import Article, Claim, Conflict, ConflictResolution, EventFrame, Side, SourceRef, Trigger
from .info import Info, claim_infos, spans_kept, time_is_initial
from .keys import Key, group_claims, may_conflict
from .objects import by_object
from .sides import date_sides, is_conflict, occasions_apart, plans_apart, value_sides
from .status import SIDE_ORDER
from .verdict import (
    FIXED_RULES,
    Draft,
    claim_weights,
    decide_question,
    evidence_totals,
    learn,
    score_side,
    source_keys_by_side,
    weighted_vote,
)
from .weights import MIN_TRUTH_DISCOVERY_SOURCES, leave_one_out


# ====================================================================== API
def question_key(key: Key) -> str:
    """A question key as one string (what the store keeps): facet, qualifier and actors, unit-separated."""
    facet, qualifier, actors = key
    return "\x1f".join([facet, qualifier, *actors])


def candidate_questions(
    claims: Sequence[Claim],
    *,
    pair_totals: Mapping[tuple[str, str], int] | None = None,
    claim_ids: Collection[str] | None = None,
) -> dict[str, set[str]]:
    """claim id -> every question (:func:`question_key`) the claim may answer.

    The questions :func:`find_conflicts` files the claim under, before it drops "yes" answers that no
    "no" in the input could contradict: a claim added later may contradict them. A store keeps these
    so that reconciling a new article re-reads only the claims of the questions it touches.
    ``pair_totals``: :func:`actor_pair_counts` of a larger whole the claims are part of. ``claim_ids``:
    only these claims' questions (the others are their context: every claim of their articles).
    """
    return candidate_filing(claims, pair_totals=pair_totals, claim_ids=claim_ids)[0]


def candidate_filing(
    claims: Sequence[Claim],
    *,
    pair_totals: Mapping[tuple[str, str], int] | None = None,
    claim_ids: Collection[str] | None = None,
) -> tuple[dict[str, set[str]], dict[str, tuple[str, ...]]]:
    """:func:`candidate_questions`, and the parties each claim naming fewer than two actors was filed
    under (claim id -> its implied actors; absent: those it names), which a store keeps so that the
    claim is filed again without its context (``conflicts_by_question(filed_as=)``)."""
    grouped, implied = group_claims(claims, prune=False, pair_totals=pair_totals, only=claim_ids)
    out: dict[str, set[str]] = {}
    for key, entries in grouped.items():
        k = question_key(key)
        for claim, _value in entries:
            out.setdefault(claim.id, set()).add(k)
    return out, implied


#: claim ids -> ``(lemma, family, trigger, factuality, frame)`` of each one's event frames, for those with frames (a
#: family: its event family or lone cluster): two dated claims whose acts' frames share no family tell two acts
#: (review 10 R3: a rate cut "in June" and one "on Thursday"; :func:`~claimline.reconcile.objects.told_apart`)
EventsOf = Callable[[Sequence[str]], Mapping[str, Sequence[tuple[str, str, Trigger, str, EventFrame]]]]

#: the claim facets whose questions fold events into classes (dates, yes/no): a conflict needs two articles
_ACROSS = frozenset({"date", "polarity"})


def _drafts(
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    now: date | None,
    pair_totals: Mapping[tuple[str, str], int] | None = None,
    negative: set[tuple[str, str]] | None = None,
    only: Collection[str] | None = None,
    claim_ids: Collection[str] | None = None,
    filed_as: Mapping[str, tuple[str, ...]] | None = None,
    events_of: EventsOf | None = None,
) -> list[Draft]:
    """The decided drafts of the questions the claims disagree on (``only``: of those questions alone,
    filed from ``claim_ids`` when given; the articles' syndication is told among every question's).
    ``events_of``: the event families of the dated claims' frames (:data:`EventsOf`)."""
    grouped, implied = group_claims(
        claims, pair_totals=pair_totals, negative=negative, only=claim_ids, filed_as=filed_as
    )
    groups = {k: e for k, e in grouped.items() if may_conflict(k[0], e)}
    among = None
    if only is not None:
        among = {c.article_id for entries in groups.values() for c, _ in entries}
        groups = {k: e for k, e in groups.items() if question_key(k) in only}
    infos = claim_infos((c for entries in groups.values() for c, _ in entries), articles, implied, among=among)
    dated = sorted({c.id for k, entries in groups.items() if k[0] == "date" for c, _ in entries})
    told = events_of(dated) if events_of is not None and dated else None
    drafts: list[Draft] = []
    for key, raw in groups.items():
        facet = key[0]
        entries = [(infos[c.id], v) for c, v in raw]
        if facet == "date":
            # "initially expected in October, now expected in January": a claim
            # carrying the time its sentence marks as earlier is the initial version.
            entries = [
                (replace(i, revision="initial") if i.revision != "initial" and time_is_initial(i.claim) else i, v)
                for i, v in entries
            ]
            # reports of the event done, then plans; of one object each (review 9 W1: two deals signed)
            for group in (
                g for one in by_object(entries, told) for apart in occasions_apart(one) for g in plans_apart(apart)
            ):
                sides, contra = date_sides(group)
                if contra and is_conflict(sides, contra, False, across=True):
                    break
            timed = False
        else:
            if facet == "polarity":
                entries = done_by_the_no(entries)
            sides, contra = value_sides(entries, facet)
            timed = True
        if not contra or not is_conflict(sides, contra, timed, across=facet in _ACROSS):
            continue
        draft = decide_question(key, sides, now)
        draft.qid = question_key(key)
        drafts.append(draft)
    return drafts


def done_by_the_no(entries: list[tuple[Info, str]]) -> list[tuple[Info, str]]:
    """A polarity question's answers without the "yes" of an act done after every "no" was told (its claim's
    time, else the day it is told): "has not completed its purchase" on Monday and "will not sign on Monday"
    say nothing of a completion or a signing on Thursday (review 10 R33)."""
    told = [d for i, v in entries if v == "no" and (d := _told_on(i)) is not None]
    if not told:
        return entries
    last = max(told)

    def after(i: Info) -> bool:  # an act done (not planned: by the day it is told) after every "no"
        t = i.claim.time
        d = t.start if t is not None and t.start is not None else i.published
        return d is not None and d > last and (i.published is None or d <= i.published)

    return [(i, v) for i, v in entries if v != "yes" or not after(i)]


def _told_on(i: Info) -> date | None:
    """The day a "no" was told: its claim's own day when it has one by its publication ("denied on Monday that it
    would shut its bakery", published on Saturday: Monday; review 13 U16), else its publication."""
    t = i.claim.time
    if t is None or t.end is None or t.granularity not in ("day", "time"):
        return i.published
    return t.end if i.published is None or t.end <= i.published else i.published


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
    with gc_paused(), spans_kept():
        return _find_conflicts(claims, articles, now)


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a block (reconciling allocates many small tuples)."""
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
    learned: Learned | None = None,
    claim_ids: Collection[str] | None = None,
    filed_as: Mapping[str, tuple[str, ...]] | None = None,
    events_of: EventsOf | None = None,
) -> list[tuple[str, Conflict]]:
    """:func:`find_conflicts` with each conflict's question (:func:`question_key`), in the same order.

    With ``questions``, only the conflicts of those questions are returned (all of the input still
    teaches truth discovery its source reliabilities). ``pair_totals`` and ``negative``:
    :func:`actor_pair_counts` and :func:`negative_index` of the whole store when ``claims`` are a
    part of it (every claim of their articles), so that each question is filed as over the whole.
    ``learned``: what truth discovery learned from the whole store (:class:`Learned`); with it and
    ``questions``, only the drafts of ``questions`` are weighed, against the store's other evidence,
    and ``claim_ids`` (every claim that may answer one of ``questions``, :func:`candidate_questions`)
    are the only claims filed: the others are context. ``filed_as``: the parties the filed claims
    naming fewer than two actors were filed under before (:func:`candidate_filing`), so their
    context need not be among ``claims``. ``events_of``: the event families of claims' frames
    (:data:`EventsOf`): a date question does not join two reports the event layer keeps apart.
    """
    if not isinstance(claims, Sequence):
        claims = list(claims)
    with gc_paused(), spans_kept():
        found = _find_conflicts(
            claims,
            articles,
            now,
            questions=questions,
            keyed=True,
            pair_totals=pair_totals,
            negative=negative,
            learned=learned,
            claim_ids=claim_ids,
            filed_as=filed_as,
            events_of=events_of,
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
    learned: Learned | None = None,
    claim_ids: Collection[str] | None = None,
    filed_as: Mapping[str, tuple[str, ...]] | None = None,
    events_of: EventsOf | None = None,
) -> list[Conflict] | list[tuple[str, Conflict]]:
    weighed_as_stored = questions is not None and learned is not None and learned.basis() is not None
    # (the others are weighed as stored: only the drafts of ``questions`` are made, from their claims)
    drafts = _drafts(
        claims,
        articles,
        now,
        pair_totals,
        negative,
        only=questions if weighed_as_stored else None,
        claim_ids=claim_ids if weighed_as_stored else None,
        filed_as=filed_as if weighed_as_stored else None,
        events_of=events_of,
    )
    if not drafts:
        return []
    discover(drafts, learned)
    if questions is not None:
        drafts = [d for d in drafts if question_key(d.key) in questions]
    if keyed:
        pairs = [(question_key(d.key), to_conflict(d)) for d in drafts]
        return sorted(pairs, key=lambda p: (p[1].subject, p[1].facet, p[1].id))
    return sorted((to_conflict(d) for d in drafts), key=lambda c: (c.subject, c.facet, c.id))


class Learned(Protocol):
    """What truth discovery learned from every question of a store, kept between reconciliations
    (:mod:`claimline.jobs.refresh`), so that reconciling some questions weighs their sources with
    what the others taught.

    ``basis()``: None when the drafts given to :func:`discover` are all there is; else the stored
    reliabilities, which the learning starts from. ``others(keys)``: reliability key -> the
    evidence (p) of each stored question not given (not recomputed). ``record``: the drafts'
    evidence and the reliabilities it was computed at. ``weighed``: each draft truth discovery would
    re-vote (enough independent sources, no fixed rule), its evidence, the reliabilities it was
    weighed at (leave-one-out) and its sources with evidence in another question (none: it was not
    re-voted, the plain vote stands)."""

    def basis(self) -> Mapping[str, float] | None: ...

    def others(self, keys: Collection[str]) -> Mapping[str, Sequence[float]]: ...

    def record(
        self,
        drafts: Sequence[Draft],
        evidence: Sequence[Mapping[str, tuple[float, int]]],
        basis: Mapping[str, float],
    ) -> None: ...

    def weighed(
        self, drafts: Sequence[tuple[Draft, Mapping[str, tuple[float, int]], Mapping[str, float], Collection[str]]]
    ) -> None: ...


def discover(drafts: Sequence[Draft], learned: Learned | None = None) -> None:
    """Truth discovery over decided drafts (layer 3 of the module docs): each draft with at least
    ``MIN_TRUTH_DISCOVERY_SOURCES`` independent sources is re-voted with its sources' reliability,
    learned leave-one-out from the other drafts. With ``learned`` (and a basis) the drafts are a
    part of a store: the learning counts the store's other questions' evidence as fixed and starts
    from the stored reliabilities, so drafts whose evidence is as stored are weighed as when the
    whole store was (the iteration stops at once, at the stored reliabilities)."""
    basis = learned.basis() if learned is not None else None
    if basis is None:
        _, evidence, used = learn(drafts)
        totals = evidence_totals(evidence)
    else:
        keys = {i.rel_key for d in drafts for infos in d.sides.values() for i in infos if i.rel_key}
        others = learned.others(keys) if learned is not None else {}
        _, evidence, used = learn(drafts, others=others, start={k: basis[k] for k in keys if k in basis})
        totals = evidence_totals(evidence, others)
    if learned is not None:
        learned.record(drafts, evidence, used)
    weighed: list[tuple[Draft, Mapping[str, tuple[float, int]], Mapping[str, float], Collection[str]]] = []
    for d, ev in zip(drafts, evidence, strict=True):
        if d.rule in FIXED_RULES:
            continue
        units = {u for v in d.remaining for u in score_side(d.sides[v], d.weights).units}
        if len(units) < MIN_TRUTH_DISCOVERY_SOURCES:
            continue
        # Leave-one-out: reliability learned from the other conflicts only.
        rel: dict[str, float] = {}
        elsewhere: set[str] = set()
        for k in {i.rel_key for v in d.remaining for i in d.sides[v] if i.rel_key}:
            s, n = totals.get(k, (0.0, 0))
            s_own, n_own = ev.get(k, (0.0, 0))
            n_other = n - n_own
            rel[k] = leave_one_out(s, n_other, s_own)
            if n_other > 0:
                elsewhere.add(k)
        weighed.append((d, ev, rel, elsewhere))  # (after the vote below: its totals are the draft's scores)
        if not elsewhere:
            continue
        before = (d.conflict_status, d.winner)
        scores = {v: score_side(d.sides[v], d.weights, rel) for v in d.sides}
        note = ", ".join(f"{k} {rel[k]:.2f}" for k in sorted(rel))
        weighted_vote(d, scores, rel, note)
        if d.conflict_status == "resolved" and before != (d.conflict_status, d.winner):
            was = f"{before[1]} by plain vote" if before[0] == "resolved" else before[0]
            d.reason += f" Without learned reliability the question was {was}."
    if learned is not None and weighed:
        learned.weighed(weighed)


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


def _ref(i: Info) -> SourceRef:
    c = i.claim
    return SourceRef(
        claim_id=c.id,
        article_id=c.article_id,
        publisher=i.publisher,
        outlet=i.outlet or i.publisher,
        published=i.published,
        source=c.source.text if c.source else None,
        actor=c.source.actor if c.source else None,
        cue=c.cue.text if c.cue else None,
        modality=c.modality,
    )


def to_conflict(d: Draft, *, question: str = "") -> Conflict:
    """A decided draft as the :class:`~claimline.schemas.Conflict` the store keeps.

    Its id digests the facet, qualifier, actors and side values, and ``question`` when given: the key of a
    question on events (``reconcile.events``), which names its family, so that two families asked the
    same question with the same answers (one story told again at another time, in two events) are two
    conflicts, each stored under its own question, not one id under two questions."""
    facet, qualifier, actors = d.key
    values = sorted(d.sides)
    parts = [facet, qualifier, "/".join(sorted(actors)), *values]
    digest = hashlib.sha1("\x1f".join([*parts, question] if question else parts).encode("utf-8")).hexdigest()[:12]
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
    sides.sort(key=lambda s: (SIDE_ORDER.get(s.status, 9), -s.score, s.value))
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
    infos = claim_infos(claims, articles)
    drafts: list[Draft] = []
    for conflict in conflicts:
        sides: dict[str, list[Info]] = {}
        for side in conflict.sides:
            members = [infos[cid] for cid in side.claim_ids if cid in infos]
            if members:
                sides[side.value] = members
        if len(sides) < 2:
            continue
        ref = max((i.published for v in sides.values() for i in v if i.published), default=None)
        superseded = {s.value for s in conflict.sides if s.status == "superseded" and s.value in sides}
        fixed = conflict.resolution.rule if conflict.resolution and conflict.resolution.rule in FIXED_RULES else None
        winner = conflict.resolution.value if conflict.resolution else None
        p = {v: (1.0 if v == winner else 0.0) for v in sides} if fixed else {}
        drafts.append(
            Draft(
                key=(conflict.facet, "", tuple(conflict.subject)),
                subject=list(conflict.subject),
                sides=sides,
                status={},
                conflict_status=conflict.status,
                rule=fixed,
                winner=winner,
                reason="",
                margin=conflict.margin,
                scores={},
                ref=ref,
                remaining=[v for v in sides if v not in superseded],
                p=p,
                weights=claim_weights(sides, ref),
                side_keys=source_keys_by_side(sides),
            )
        )
    reliability, _, _ = learn(drafts)
    return {k: round(v, 4) for k, v in sorted(reliability.items())}
