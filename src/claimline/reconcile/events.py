"""Conflicts on events: where outlets disagree about one event, not about one sentence.

Input: event clusters (:mod:`claimline.events.identity`: the frames of every article that refer to
one event), the claims their frames sit in, and the articles. Output: conflicts in the same form as
the claim conflicts (:mod:`.conflicts`), each with its ``event`` (clusters, class, label,
participants, outlets), decided by the same layers (supersession, weighted vote over independent
sources with syndicated copies once, truth discovery) with the verdict's reason.

Which frames are compared
-------------------------
A *family* is a set of clusters that are one event but for its time: their classes match (equal
or hypernym; ``other`` by trigger lemma), no pair of their reports is kept apart by anything but
its time (:func:`claimline.events.identity.explain`: participants role by role, names matched as
identity matches them), no pair lies beyond the horizon of its classes
(:func:`claimline.events.identity.within_reach`: "the stock fell" a year apart is two events) and
some pair is linked (a shared participant). Event identity keeps
time-incompatible reports apart ("awarded on 11 May" and "awarded on 12 May" are two clusters), so
a disagreement on the date lies *between* clusters of one family. A frame
counts when it is not commentary and sits in a claim (its source, certainty and revision weigh
its vote); a frame in no claim with a figure that names what it counts is the outlet's own
statement (:func:`outlet_statement`): those figures are compared, with the outlet as their source
(not its date, whether it happened, its tier or its scope).

Facets
------
``date``
    When the event happened (or, asked separately, when it is planned: frames that are expected,
    dated after their article's publication, or hedged and not over by then ("expects to conclude
    talks in Q2"), are never compared with frames that report it done — a plan is not contradicted
    by the event) — unless the plan was published after another outlet's report had the event
    done ("will sign on 20 May" written on 14 May, "signed on 3 May"): then it answers when the
    event happened. A time the sentence marks as the earlier
    version ("initially expected in October") counts as ``initial``, as for claims. Times are
    intervals at their granularity: a day inside a reported month agrees with it, 3 May and 24 May
    do not, an interval and a day outside it do not; "after 15 July" is open upwards. Sides are
    built from the most specific time up, as for claims: a report joins the side whose interval it
    overlaps, starts a new side when it overlaps none, and is left out when it
    overlaps several. Denied and negated reports, "since" times and deadlines are not dates, but
    "did not sign the contract until Friday" dates the signing (and "will not sign until Friday"
    plans it). A plan told in the past ("had hoped to sign on Monday", "was supposed to open on
    Friday") is compared with plans only, never with reports of the event done. A day told at its
    edge ("late on Tuesday", "Tuesday night", "at 1 a.m. local time on Wednesday") reaches across
    midnight (``[day_edges]`` of ``models/comparison.toml``): the next or the day before agrees.
``deadline``
    The latest date an expected event may happen ("by the end of June", "within 18 months of
    signing"): deadlines given as durations compare their durations (rounded as written), those
    given as dates their end dates at granularity.
``quantity``
    Amounts of money, counts, percentages and durations of one event, per kind and unit (every
    duration in days), each number as the range it rounds from ("about 2 million" and "1.9
    million" agree: :mod:`.amounts`; ranges that only touch are two answers: "four" is 3.5 to 4.5 and
    "five" 4.5 to 5.5). Values more than ten times apart measure different things and
    are not compared; an article that gives values on two sides does not oppose either (a part and
    a whole), nor does a claim giving two values ("50 million euros, including 20 million"); a
    duration that is the frame's time is its deadline, not a quantity. An amount measures
    what its word names: only reports whose triggers are one word or its derivation answer one
    question ("ordered to pay 12.4 million" and "spent 40 million on security" are two sums of one
    bank, even in one cluster; "pay" / "payment" are one word; how much an act covers in a unit is the
    act's question whatever noun it measures, "closed 14 km of beach" / "closed 25 km of coast":
    :func:`_acted_on`; words of one ``[counted]`` set of ``models/measures.toml`` count one thing:
    "died", "were killed", "deaths"). A plan's figure
    ("plans to hire 300") answers what is planned, never what was done ("hired 200").
    One number given in two currencies ("36 million crowns" / "36 million euros") is a conflict on
    the currency: a conversion changes the number. A source that gives another figure in a later article of the
    same outlet ("about three weeks, the operator said" on the wire, "about ten weeks" on its update) updated it:
    the earlier figure is its initial version, superseded (:func:`_updated_by_source`). An outlet's own count of a
    ``[counted]`` word ("Eight people were hurt") names what it counts and is compared like a claim's; a count
    told through a counting noun ("the number of people injured has risen to eight") is the event word's
    (events/frames.py). One toll asked twice by two families (its dead in two clusters) is reported once, by
    the conflict holding every value (:func:`_told_within`).
``factuality``
    Within one cluster (a "no" with no time of its own, "the contract was not cancelled": within its family, whose
    other clusters are its event but for their time), among frames naming the same participants, at least one ("X
    did not sign with Y" contradicts only reports of X signing with Y; an event nobody is named in is too vague
    to contradict; a "no" naming nobody, told by a verb or by a negative determiner on the event noun, "nobody was
    arrested", "received no complaint", "there has never been a night cut", answers its cluster's parties, and so
    does a "yes" naming nobody when such a "no" says none took place or denies it of the same thing:
    :func:`_answers_vague_no`): reported as happening (asserted, reported,
    hedged) versus ``denied`` or negated ("did not sign"). Speech acts (class ``communicate`` and
    below) are not compared: "has not confirmed" is not contradicted by a later confirmation.
    Expected events are neither (a plan is not a report that it happened), except against an
    explicit denial ("is preparing to share the cost" / "denied that it is paying": the denial
    answers the plan; "has not signed" does not answer "will sign"); hedged against asserted is
    not a conflict. A denial is about its claim's event (the claim's predicate, or a noun), not
    about another verb, which heads a clause of its own: "rejected the argument that the clock
    started only once the firm it hired to investigate confirmed the leak" denies when the clock
    started, not that anyone investigated.
``network_tier`` / ``scope:<name>``
    The claims of a family's frames, compared as the claim conflicts compare them (classified vs
    unclassified; a scope used vs excluded; times must overlap); not for speech acts.
``classification``
    What kind of thing the event is or acts on, within one cluster (:mod:`.classification`: "signed a
    memorandum of understanding" / "signed a contract", "level 1" / "level 2"); not for speech acts.

``agent``
    Who did it (:mod:`.agents`): clusters that are one event but for their agents (identity keeps two agents
    apart), both dated by their text to one day and linked by another party, are one family of *rivals*; the
    family's reports that name an agent (the subject of a verb, its agent after "by") are grouped by agent,
    one agent in other words agreeing (``[agents]`` of ``models/comparison.toml``). The family's other
    questions are asked of its parts apart (:func:`_parts`), as before the rivals joined.

A question is a conflict when two sides hold reports from different sources (or a marked
revision), exactly as for claims, and from different articles (syndicated copies are one): a
disagreement across outlets, not inside one article. :func:`claimline.reconcile.duplicates.without_duplicates` hides
a claim conflict that an event conflict reports already (same facet, two of its sides sharing
claims with two sides of the event conflict), so a disagreement is reported once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from ..events.identity import (
    DESCRIPTIONS,
    Cluster,
    Member,
    class_interval,
    counts_apart,
    explain,
    family_keys,
    figure_key,
    figures_apart,
    in_reach,
    interval_of,
    kin,
    linked,
    names_match,
    places_apart,
    reach_of,
    stored_figure_key,
    syndicated,
    things_apart,
    within_reach,
)
from ..events.lexicon import OTHER, SPEECH, EventLexicon, lexicon
from ..events.measures import MEASURE, counted_as, same_thing, unit_name, wider
from ..events.objects import INDEFINITE, objects_apart
from ..extraction.fingerprint import near_duplicate
from ..lexicons import measures, modality
from ..schemas import Article, Claim, Conflict, ConflictEvent, EventFrame, EventTime, Quantity
from . import amounts
from .agents import FACET as AGENT
from .agents import agent_sides, agents_of, apart_by_agent, others_agree
from .classification import FACET as CLASSIFICATION
from .classification import Told, classification_questions, number_words, once
from .conflicts import Learned, discover, to_conflict
from .extent import SCOPE, extent
from .info import Info, claim_infos, initial_at, one_side_each, time_offset
from .objects import frame_object as _frame_object
from .objects import one_named_object as _one_named_object
from .objects import things_apart as _things_apart
from .readings import clock_only as _clock_only
from .readings import clock_zone as _clock_zone
from .readings import day_reach as _day_reach
from .readings import denial_of_report as _denial_of_report
from .readings import disowns as _disowns
from .readings import exceptive as _exceptive
from .readings import form_of as _form_of
from .readings import names_other_day as _names_other_day
from .readings import plan_in_past as _plan_in_past
from .readings import planning as _plan_words
from .readings import requested as _requested_words
from .readings import side_of as _side_of
from .readings import zone_offsets as _zone_offsets
from .sides import is_conflict, value_sides
from .status import OUTLET_STATEMENT
from .verdict import Draft, decide_question
from .vocab import comparison, failing_words

__all__ = [
    "EVENT_QUESTION",
    "EventQuestion",
    "event_conflicts",
    "families",
    "interval_sides",
    "is_event_question",
    "linked_to",
    "may_link",
    "reconcile_events",
    "regroup",
]

#: Prefix of the store's question key of a conflict on events.
EVENT_QUESTION = "event"
#: (:data:`~claimline.events.lexicon.SPEECH`, the root class of speech acts: their factuality, tier and
#: scope are not compared: "has not confirmed the talks" is not contradicted by a later confirmation; a
#: denial's tier is the tier of what it denies, compared there)
_NO = frozenset({"denied", "negated"})
_YES = frozenset({"asserted", "reported", "hedged"})
_PLANNED = frozenset({"expected"})
#: reports of an event done (not hedged: "may have chosen" says nothing of by when)
_DONE_BY = frozenset({"asserted", "reported"})
_OPEN_BEFORE = frozenset({"BEFORE", "ON_OR_BEFORE"})
_OPEN_AFTER = frozenset({"AFTER", "ON_OR_AFTER"})
_MIN, _MAX = date.min.toordinal(), date.max.toordinal()


def is_event_question(question: str) -> bool:
    return question.startswith(EVENT_QUESTION + "\x1f")


# ------------------------------------------------------------------ families
#: What :func:`claimline.events.identity.explain` may say of two reports of one family: nothing keeps
#: them apart, or only their times do (or nothing links them directly; another pair must).
_FAMILY_REASONS = frozenset({None, "time", "unlinked"})


@dataclass
class _Sig:
    cluster: Cluster
    cls: str
    lemmas: frozenset[str]
    members: list[Member]
    #: (lexicon, each member's (interval, class, dated) as :func:`within_reach` reads them): :func:`_reach`
    reach: tuple[EventLexicon, list[tuple[Any, str, bool]]] | None = None


def _reach(s: _Sig, lex: EventLexicon) -> list[tuple[Any, str, bool]]:
    """What :func:`~claimline.events.identity.within_reach` reads of each member of ``s``, found once per
    signature: :func:`families` screens every pair of reports of every pair of clusters it tests."""
    if s.reach is None or s.reach[0] is not lex:
        s.reach = (lex, [reach_of(m, lex) for m in s.members])
    return s.reach[1]


def _signature(c: Cluster) -> _Sig | None:
    members = [m for m in c.members if not m.frame.commentary]
    if not members:
        return None
    counts = Counter(m.frame.event_class for m in members)
    cls = max(counts, key=lambda k: (k != OTHER, counts[k], k))
    return _Sig(c, cls, frozenset(m.frame.trigger.lemma for m in members), members)


def _linked(a: _Sig, b: _Sig, lex: EventLexicon, *, screened: bool = False, rivals: bool = True) -> bool:
    """One event but for its time: no pair of their reports is kept apart by anything but time
    (:func:`~claimline.events.identity.explain`), and some pair is linked (a shared participant).
    ``screened``: their classes and the horizon of every pair were tested already (:func:`may_link`).
    ``rivals``: or one event but for who did it (:func:`~claimline.reconcile.agents.apart_by_agent`),
    when every pair's times are compatible: one family, whose agent question compares them."""
    if _two_outcomes(a, b):
        return True
    if screened:
        pass
    elif a.cls == OTHER or b.cls == OTHER:
        if not (a.cls == b.cls and a.lemmas & b.lemmas):
            return False
    elif not lex.related(a.cls, b.cls):
        return False
    if not screened and any(
        not in_reach(rx, ry, lex) and not syndicated(x, y)  # (= within_reach(x, y, lex))
        for x, rx in zip(a.members, _reach(a, lex), strict=True)
        for y, ry in zip(b.members, _reach(b, lex), strict=True)
    ):
        # a cheap test first, same answer: for a pair beyond the horizon (no commentary: _signature), explain()
        # gives "time" or an earlier reason, and only a syndicated copy is None whatever its time
        return False
    link = rival = timed = undecided = False
    for x in a.members:
        for y in b.members:
            if places_apart(x, y) or things_apart(x, y) or counts_apart(x, y) or _themes_apart(x, y):
                # their times differ already: at two places too, they are two acts of one party (the
                # factory opened in Lisk on Monday, the office in Dorne on Thursday), no date to compare
                return False
            reason = explain(x, y, lex)
            if reason == "participants" and rivals and others_agree(x, y):
                # kept apart by their agents alone: two agents of one event when some such pair says so (a
                # pair that cannot tell, a headline naming no day, neither joins nor parts them then)
                rival = rival or apart_by_agent(x, y, lex)
                undecided = True
                continue
            if reason not in _FAMILY_REASONS or (reason == "time" and not within_reach(x, y, lex)):
                return False  # (beyond the horizon: "the stock fell", a year apart, is no one event)
            timed = timed or reason == "time"
            # explain() is None for a linked pair, "unlinked" for one that is not: linked() is
            # asked only when explain() stopped before that test ("time")
            link = link or reason is None or (reason != "unlinked" and linked(x, y, lex))
    if rival:
        return not timed  # two agents on two days: two acts, not one told two ways
    return link and not undecided


def _themes_apart(a: Member, b: Member) -> bool:
    """Both frames act on named things and their names share no word ("launched the Aurel-2 rocket on
    Tuesday" / "launched the Mira-1 rocket on Thursday": two launches of one party, not one launch dated twice;
    review 10, R3); a copy of one article is never apart. "Aled Brin" / "Brin" share a word: maybe one."""
    ta, tb = _theme_words(a.frame), _theme_words(b.frame)
    return bool(ta and tb and not ta & tb) and not syndicated(a, b)


def _theme_words(f: EventFrame) -> frozenset[str]:
    return frozenset(
        w for p in f.participants if p.role == "theme" and p.label not in DESCRIPTIONS for w in p.name.lower().split()
    )


def _outcome_sides(x: EventFrame, y: EventFrame) -> bool:
    """Two frames whose triggers are two sides of one ``[[outcomes]]`` table of ``models/comparison.toml``,
    both told as done, naming the same parties (two or more) on one day, in two articles."""
    if x.article_id == y.article_id or x.factuality not in _DONE_BY or y.factuality not in _DONE_BY:
        return False
    names = _named(x)
    if len(names) < 2 or names != _named(y) or x.time is None or y.time is None:
        return False
    days = [_time_interval(t) for t in (x.time, y.time)]
    if days[0] is None or days[0] != days[1] or days[0][0] != days[0][1]:
        return False
    return any(
        None not in (sx := _side_of(x.trigger.lemma, t), sy := _side_of(y.trigger.lemma, t)) and sx != sy
        for t in comparison().outcomes
    )


def _two_outcomes(a: _Sig, b: _Sig) -> bool:
    """Two clusters of two classes that are one act with two outcomes (review 9 W9): every pair of their
    reports that take a side of an ``[[outcomes]]`` table is (:func:`_outcome_sides`). A report that takes
    none ("the court ruled on Wednesday in the case", one cluster with "acquitted" by identity) does not
    veto it (review 10 R37)."""
    if a.cls == b.cls or not comparison().outcomes:
        return False
    xs = _on_a_side(a.members)
    if not xs:
        return False
    ys = _on_a_side(b.members)
    return bool(ys) and all(_outcome_sides(x.frame, y.frame) for x in xs for y in ys)


def _on_a_side(members: Sequence[Member]) -> list[Member]:
    """The members whose trigger is a word of a side of an ``[[outcomes]]`` table."""
    return [m for m in members if _outcome_word(m.frame.trigger.lemma)]


@cache
def _outcome_word(lemma: str) -> bool:
    """``lemma`` is a word of a side of an ``[[outcomes]]`` table (asked once per word: :func:`families` asks it
    for every member of every pair of clusters it tests)."""
    return any(_side_of(lemma, t) is not None for t in comparison().outcomes)


def families(
    clusters: Iterable[Cluster],
    lex: EventLexicon | None = None,
    *,
    joined: list[tuple[str, str]] | None = None,
    rivals: bool = True,
    first: Iterable[tuple[str, str]] = (),
    linked: Collection[tuple[str, str]] = (),
    stored_keys: Mapping[str, Collection[tuple[str, str]]] | None = None,
) -> list[list[Cluster]]:
    """Clusters grouped into families (one event but for its time; see the module docs), largest first.
    ``joined``: filled with the linked pairs that joined two groups (a spanning forest of the
    families, for :func:`regroup`, which regroups only what new frames change). ``rivals``: clusters
    that are one event but for who did it join one family too (:func:`_linked`). ``first``: pairs of
    clusters (ids) to test before the others, when they share a key (a family's forest, when its parts
    are wanted: :func:`_parts`): the families are the same whatever is tested first (every pair sharing
    a key is tested unless already in one group), only fewer pairs are tested when those are linked.
    ``linked``: pairs of ``first`` known to be linked as this call would test them (not tested again).
    ``stored_keys``: cluster id -> its :func:`~claimline.events.identity.family_keys` as stored
    (``store.events.cluster_keys``, as :func:`linked_to` takes them): read, not computed from its frames."""
    lex = lex or lexicon()
    sigs = [s for s in (_signature(c) for c in clusters) if s is not None]
    parent = list(range(len(sigs)))
    find = _finder(parent)

    index: dict[tuple[str, str], set[int]] = {}
    keyed: list[set[tuple[str, str]]] = []
    for i, s in enumerate(sigs):
        given = stored_keys.get(s.cluster.id) if stored_keys else None
        keyed.append(set(given) if given is not None else family_keys(s.cluster.frames, lex))
        for k in keyed[i]:  # (across articles: a participant's name ...)
            index.setdefault(k, set()).add(i)
    tried: set[tuple[int, int]] = set()

    def test(i: int, j: int) -> None:
        """Link ``i`` and ``j`` when identity says they are one event (each pair tested once)."""
        tried.add((i, j))
        if _linked(sigs[i], sigs[j], lex, rivals=rivals):
            parent[find(i)] = find(j)
            if joined is not None:
                joined.append((sigs[i].cluster.id, sigs[j].cluster.id))

    if first:
        at = {s.cluster.id: i for i, s in enumerate(sigs)}
        for a, b in sorted(first):
            x, y = at.get(a), at.get(b)
            if x is None or y is None or x == y:
                continue
            i, j = min(x, y), max(x, y)
            if (i, j) not in tried and find(i) != find(j) and keyed[i] & keyed[j]:
                if (a, b) in linked:
                    tried.add((i, j))
                    parent[find(i)] = find(j)
                    if joined is not None:
                        joined.append((sigs[i].cluster.id, sigs[j].cluster.id))
                else:
                    test(i, j)
    for k in sorted(index):  # (in key order: the forest ``joined`` keeps is the same in every process)
        ordered = sorted(index[k])
        for x in range(len(ordered)):
            for y in range(x + 1, len(ordered)):
                i, j = ordered[x], ordered[y]
                if (i, j) not in tried and find(i) != find(j):
                    test(i, j)
    return _grouped(sigs, find)


def _finder(parent: list[int]) -> Callable[[int], int]:
    """Union-find's root look-up over ``parent`` (path halving); a union sets
    ``parent[find(i)] = find(j)``."""

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    return find


def _grouped(sigs: Sequence[Any], find: Callable[[int], int]) -> list[list[Cluster]]:
    """The clusters of ``sigs`` grouped by their union-find root ``find``, each group in id order,
    largest first."""
    groups: dict[int, list[Cluster]] = {}
    for i, s in enumerate(sigs):
        groups.setdefault(find(i), []).append(s.cluster)
    out = [sorted(g, key=lambda c: c.id) for g in groups.values()]
    return sorted(out, key=lambda g: (-len(g), g[0].id))


def regroup(
    clusters: Iterable[Cluster],
    changed: Collection[str],
    old: Mapping[str, str],
    torn: Collection[str],
    kept: Iterable[tuple[str, str]],
    links: Iterable[tuple[str, str]],
    lex: EventLexicon | None = None,
    joined: list[tuple[str, str]] | None = None,
) -> list[list[Cluster]]:
    """:func:`families` of ``clusters`` after new reports ``changed`` some of them, from what was
    known before: ``old`` (unchanged cluster id -> its family before), ``torn`` (the families a
    changed cluster was in), ``kept`` (linked pairs of unchanged
    clusters joining the families before: a spanning forest; a pair of unchanged clusters is linked
    as it was) and ``links`` (every linked pair with a changed cluster, :func:`linked_to`). Joining
    by those gives the families but where a changed cluster held a family together through a link
    it lost; then the pairs of that family's clusters across its pieces are tested, as
    :func:`families` tests them. ``clusters``: every cluster of the families concerned (no link
    leaves them). ``joined``: filled with the pairs that joined two groups (the new forest)."""
    lex = lex or lexicon()
    sigs = [s for s in (_signature(c) for c in clusters) if s is not None]
    at = {s.cluster.id: i for i, s in enumerate(sigs)}
    parent = list(range(len(sigs)))
    find = _finder(parent)

    def join(a: str, b: str) -> None:
        i, j = at.get(a), at.get(b)
        if i is None or j is None or find(i) == find(j):
            return
        parent[find(i)] = find(j)
        if joined is not None:
            joined.append((a, b))

    for a, b in sorted(kept):
        if a not in changed and b not in changed:
            join(a, b)
    for a, b in sorted(links):
        join(a, b)
    # a family a changed cluster was in may have split: test its pieces' pairs (as families() does)
    members: dict[str, list[int]] = {}
    for i, s in enumerate(sigs):
        fam = old.get(s.cluster.id)
        if fam is not None:
            members.setdefault(fam, []).append(i)
    for fam in sorted(set(torn)):
        idx = [i for i in members.get(fam, ()) if sigs[i].cluster.id not in changed]
        if len({find(i) for i in idx}) < 2:
            continue
        index: dict[tuple[str, str], list[int]] = {}
        for i in idx:
            for k in family_keys(sigs[i].cluster.frames, lex):
                index.setdefault(k, []).append(i)
        for bucket in (index[k] for k in sorted(index)):
            for x in range(len(bucket)):
                for y in range(x + 1, len(bucket)):
                    i, j = bucket[x], bucket[y]
                    if find(i) != find(j) and _linked(sigs[min(i, j)], sigs[max(i, j)], lex):
                        join(sigs[min(i, j)].cluster.id, sigs[max(i, j)].cluster.id)
    return _grouped(sigs, find)


#: A stored frame as its columns (``store.events.stored_reports``): article id, class, trigger lemma,
#: commentary, factuality, time start, time end (ISO dates or None), the article's publication date,
#: copy key, fingerprint, and of a figure's frame what it measures (:func:`measured`; else None).
StoredReport = tuple[
    str, str, str, bool, str, str | None, str | None, str | None, str, str | None, frozenset[str] | None
]


def may_link(
    changed: Iterable[Cluster],
    stored: Mapping[str, Sequence[StoredReport]],
    lex: EventLexicon | None = None,
) -> dict[str, dict[str, bool]]:
    """Of the ``stored`` clusters (each given by its frames' columns, no frame read), those
    :func:`linked_to` may link to one of ``changed``, each with the ids of the changed clusters it may
    link to: the pairs :func:`_linked` does not turn down on their classes or on the horizon of a pair
    of their reports, tested as it tests them (the signature's class, every pair of reports within
    reach or syndicated copies: True, :func:`_linked` need not test them again), or that may be two
    outcomes of one act (False; :func:`_two_outcomes`: some report done, dated, its word on an
    outcome side). A superset of what :func:`linked_to` links: the other clusters need not be read,
    nor the other pairs tested."""
    lex = lex or lexicon()
    intervals: dict[tuple[Any, ...], Any] = {}
    reach: dict[tuple[Any, ...], bool] = {}
    outcome_word: dict[str, bool] = {}

    def on_outcome_side(lemma: str) -> bool:
        found = outcome_word.get(lemma)
        if found is None:
            found = outcome_word[lemma] = any(_side_of(lemma, t) is not None for t in comparison().outcomes)
        return found

    def summary(reports: Iterable[tuple[Any, ...]]) -> _Screen | None:
        # reports: (interval, class, dated, article, copy key, fingerprint, lemma, factuality, figure key or None)
        groups: dict[tuple[Any, str, bool], list[tuple[str, str, str | None]]] = {}
        counts: Counter[str] = Counter()
        lemmas: set[str] = set()
        outcome = False  # (some report done, dated, its word on an outcome side: the others take no side)
        figures: dict[tuple[Any, ...], None] = {}
        for iv, cls, dated, article, copy, fingerprint, lemma, factuality, things in reports:
            groups.setdefault((iv, cls, dated), []).append((article, copy, fingerprint))
            counts[cls] += 1
            lemmas.add(lemma)
            outcome = outcome or (dated and factuality in _DONE_BY and on_outcome_side(lemma))
            if things is not None:
                figures[(things, article, copy, fingerprint)] = None
        if not counts:
            return None  # (commentary only: no signature, never linked)
        cls = max(counts, key=lambda k: (k != OTHER, counts[k], k))
        return _Screen(cls, frozenset(lemmas), groups, outcome, tuple(figures))

    def interval(start: str | None, end: str | None, factuality: str, published: str | None, cls: str) -> Any:
        key = (start, end, factuality, published, cls)
        if key not in intervals:
            intervals[key] = class_interval(_day(start), _day(end), factuality, _day(published), cls, lex)
        return intervals[key]

    def all_within(a: _Screen, b: _Screen) -> bool:
        for xk, xs in a.groups.items():
            for yk, ys in b.groups.items():
                hit = reach.get((xk, yk))
                if hit is None:
                    hit = reach[xk, yk] = in_reach(xk, yk, lex)
                if not hit and not all(
                    x[0] != y[0] and bool(x[1]) and x[1] == y[1] and near_duplicate(x[2], y[2]) for x in xs for y in ys
                ):
                    return False
        return True

    # two figures of two things (:func:`~claimline.events.identity.figures_apart`: "12 lorries" / "40 containers")
    # are explained apart by their class, so :func:`_linked` turns down a pair of clusters holding such a pair of
    # reports (no syndicated copies; of one signature class, so no two outcomes) whatever their other reports:
    # the stored cluster need not be read
    figure_pairs: dict[tuple[Any, ...], bool] = {}

    def apart_by_figures(a: _Screen, b: _Screen) -> bool:
        for x in a.figures:
            for y in b.figures:
                if x[1] != y[1] and x[2] and x[2] == y[2] and near_duplicate(x[3], y[3]):
                    continue  # (syndicated copies: one report)
                apart = figure_pairs.get((x[0], y[0]))
                if apart is None:
                    apart = figure_pairs[x[0], y[0]] = figures_apart(x[0], y[0], lex)
                if apart:
                    return True
        return False

    related: dict[tuple[str, str], bool] = {}  # (a pair of classes: asked for every pair of clusters)
    mine: list[tuple[str, _Screen]] = []
    for c in changed:
        s = _signature(c)
        if s is not None:
            reports = (
                (
                    interval_of(m, lex),
                    m.frame.event_class,
                    m.frame.time is not None and m.frame.time.start is not None,
                    m.frame.article_id,
                    m.copy_key,
                    m.fingerprint,
                    m.frame.trigger.lemma,
                    m.frame.factuality,
                    figure_key(m.frame) if m.frame.event_class == MEASURE else None,
                )
                for m in s.members
            )
            found = summary(reports)
            if found is not None:
                mine.append((c.id, found))
    out: dict[str, dict[str, bool]] = {}
    for cid, rows in stored.items():
        theirs = summary(
            (
                interval(start, end, factuality, published, cls),
                cls,
                start is not None,
                article,
                copy,
                fp,
                lemma,
                factuality,
                None if things is None else stored_figure_key(lemma, factuality, things),
            )
            for article, cls, lemma, commentary, factuality, start, end, published, copy, fp, things in rows
            if not commentary
        )
        if theirs is None:
            continue
        for my_id, my in mine:
            if my.cls == OTHER or theirs.cls == OTHER:
                classes = my.cls == theirs.cls and bool(my.lemmas & theirs.lemmas)
            else:
                classes = related.get((my.cls, theirs.cls))  # type: ignore[assignment]
                if classes is None:
                    classes = related[my.cls, theirs.cls] = lex.related(my.cls, theirs.cls)
            if classes and all_within(my, theirs):
                if my.cls == theirs.cls == MEASURE and apart_by_figures(my, theirs):
                    continue
                out.setdefault(cid, {})[my_id] = True
            elif my.cls != theirs.cls and my.outcome and theirs.outcome:
                out.setdefault(cid, {})[my_id] = False
    return out


@dataclass
class _Screen:
    """A cluster's reports as :func:`may_link` tests them: the signature's class and words, the reports
    grouped by (interval, class, dated) with (article, copy key, fingerprint) each, and whether every one
    may be an outcome side (done, dated, its word on a side of an outcome table)."""

    cls: str
    lemmas: frozenset[str]
    groups: dict[tuple[Any, str, bool], list[tuple[str, str, str | None]]]
    outcome: bool
    #: its figures' reports (class ``measure``): (:func:`figure_key`, article, copy key, fingerprint)
    figures: tuple[tuple[Any, ...], ...] = ()


def _day(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def linked_to(
    clusters: Iterable[Cluster],
    of: Collection[str],
    lex: EventLexicon | None = None,
    *,
    family: Mapping[str, str] | None = None,
    only: Mapping[str, Mapping[str, bool]] | None = None,
    stored_keys: Mapping[str, Collection[tuple[str, str]]] | None = None,
) -> set[tuple[str, str]]:
    """The pairs ``(a, b)`` of ``clusters`` with ``a`` in ``of`` that are one event but for its time
    (the links :func:`families` joins clusters by), among the pairs sharing an index key: every such
    pair with a cluster of ``of`` is tested. A store that keeps its families finds, for the clusters
    new reports changed, the families they now link to (``jobs.refresh``).

    ``family``: cluster id -> its family, for clusters (none of ``of``) whose family stays joined
    whatever ``of`` gains (its stored links hold it together). Once a cluster of ``of`` is linked to
    one cluster of such a family, the family's other clusters are not tested against it: one link
    says it joins the family, which is all :func:`regroup` needs (the families are the same; fewer
    links are returned).

    ``only``: cluster id (none of ``of``) -> the clusters of ``of`` it may be linked to (:func:`may_link`:
    True where their classes and horizon passed already); a pair of a cluster of ``of`` and one outside it
    is tested only when named there.

    ``stored_keys``: cluster id (none of ``of``) -> the index keys its frames were stored with
    (``store.events.cluster_keys``: those :func:`~claimline.events.identity.keys` gave them, no article
    key), so that the keys of the stored neighbours' frames are not computed again."""
    lex = lex or lexicon()
    family = family or {}
    stored_keys = stored_keys or {}
    sigs = [s for s in (_signature(c) for c in clusters) if s is not None]
    index: dict[tuple[str, str], set[int]] = {}
    keys_of: list[set[tuple[str, str]]] = []
    for i, s in enumerate(sigs):
        given = stored_keys.get(s.cluster.id) if s.cluster.id not in of else None
        if given is not None:
            mine = set(given)
        else:
            mine = family_keys(s.cluster.frames, lex)
        keys_of.append(mine)
        for k in mine:
            index.setdefault(k, set()).add(i)
    out: set[tuple[str, str]] = set()
    tried: set[tuple[int, int]] = set()
    for i, s in enumerate(sigs):
        if s.cluster.id not in of:
            continue
        reached: set[str] = set()  # the families (of ``family``) this cluster is linked to
        for j in sorted({j for k in keys_of[i] for j in index[k]} - {i}):
            pair = (min(i, j), max(i, j))
            fam = family.get(sigs[j].cluster.id)
            if pair in tried or fam in reached:
                continue
            screened = False
            if only is not None and sigs[j].cluster.id not in of:
                allowed = only.get(sigs[j].cluster.id, {})
                if s.cluster.id not in allowed:
                    continue
                screened = allowed[s.cluster.id]
            tried.add(pair)
            if _linked(sigs[pair[0]], sigs[pair[1]], lex, screened=screened):
                out.add((s.cluster.id, sigs[j].cluster.id))
                if sigs[j].cluster.id in of:
                    out.add((sigs[j].cluster.id, s.cluster.id))
                if fam is not None:
                    reached.add(fam)
    return out


# ------------------------------------------------------------------ one family
@dataclass
class _Report:
    frame: EventFrame
    info: Info
    cluster: str
    outlet: bool = False  # in no claim: the outlet's own statement (:func:`outlet_statement`)


def _named_figure(f: EventFrame, q: Quantity) -> bool:
    """A figure that names what it counts or measures: a figure's frame (:data:`MEASURE`), a quantity of
    an event with its measured noun ("found E. coli in all 12 samples"), or the count of an event word of a
    ``[counted]`` set of ``models/measures.toml`` ("Eight people were hurt", "Three people are dead": the
    injured, the dead — the set names what is counted, as a toll an outlet updates in its own words); not another
    event's own count ("a magnitude 4.8 tremor", "it struck 40 villages"), whose event the outlet's sentence alone
    may not tell apart (an aftershock from the quake); a duration written as a modifier of the event word itself
    ("the year-long trial began on Monday", "a 48-hour strike": :func:`_lasting_modifier`) names what lasts."""
    if f.event_class == MEASURE or q.measures is not None or _lasting_modifier(f, q):
        return True
    return q.kind == "count" and counted_as(lexicon().word(f.trigger.lemma)) is not None


def _lasting_modifier(f: EventFrame, q: Quantity) -> bool:
    """A duration hyphenated onto the event word right after it ("six-month trial", "year-long trial", "48-hour
    strike", "four-year ban"): how long that event lasts, told of the word itself, not of a clause around it."""
    return q.kind == "duration" and "-" in q.text and 0 <= f.trigger.start - q.end <= 1


def repeats_source(f: EventFrame) -> bool:
    """A frame in no claim that may repeat a sourced claim of its article: a figure in the article's first
    sentence (its headline), whose source is the body's (:func:`headline_source`)."""
    return f.claim_id is None and f.sentence.start == 0 and bool(f.quantities)


def headline_source(f: EventFrame, claims: Iterable[Claim]) -> Claim | None:
    """The claim of ``f``'s article, told by a source, that gives ``f``'s figures in other words: the headline
    repeats its body ("New hospital to open with 150 beds" over "A new hospital with 150 beds will open ..., the
    health authority said"), so it is that source's word, not the outlet's own (review 21 C2). None when no
    sourced claim, or claims of two sources, give them."""
    if not repeats_source(f):
        return None
    figures = [re.compile(rf"(?<![\w.,]){re.escape(q.text)}(?![\w]|[.,]\d)") for q in f.quantities if q.text]
    told = [
        c
        for c in claims
        if c.article_id == f.article_id
        and c.source is not None
        and c.start >= f.sentence.end
        and figures
        and all(x.search(c.text) for x in figures)
    ]
    told.sort(key=lambda c: c.start)
    if not told or len({(c.source.text, c.source.actor) for c in told}) > 1:
        return None
    return told[0]


def outlet_statement(f: EventFrame, body: Claim | None = None) -> Claim:
    """The claim a frame in no claim stands in: the outlet's own statement of its sentence (no source:
    the outlet says it, "The fire has forced four villages to be evacuated", "Arcada has now taken three
    wet-leased jets"), so its figures and times are compared like any report's (review 9: figures
    outside every claim were never compared). Its id is the frame's, prefixed ``own:``; it has no text
    (reconciliation reads none of it for a figure or a date)."""
    claim = Claim(
        id=OUTLET_STATEMENT + f.id,
        article_id=f.article_id,
        text="",
        start=f.sentence.start,
        end=f.sentence.end,
        sentence=f.sentence,
        predicate=f.trigger.lemma,
        actors=[p.name for p in f.participants],
    )
    if body is None:
        return claim
    # a headline repeating its body's sourced claim is that source's word (``body``: :func:`headline_source`)
    return claim.model_copy(
        update={"source": body.source, "cue": body.cue, "attribution": body.attribution, "modality": body.modality}
    )


def _time_interval(t: EventTime) -> tuple[int, int] | None:
    start, end = t.start, t.end
    if start is None and end is None:
        return None
    mod = (t.mod or "").upper()
    lo = start.toordinal() if start else _MIN
    hi = end.toordinal() if end else lo
    if t.kind == "after" or mod in _OPEN_AFTER:
        hi = _MAX
    elif t.kind == "until" or mod in _OPEN_BEFORE:
        lo = _MIN
    if mod == "APPROX":
        pad = max(3, (hi - lo + 1) // 4)
        lo, hi = lo - pad, hi + pad
    return (lo, hi) if lo <= hi else (hi, lo)


#: A clock time as the time vocabulary writes it: its day, hour, minute and "Z" for UTC/GMT.
_CLOCK = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(Z)?$")
#: Minutes either side of a clock time: a time told "about" (rounded), and one told exactly.
_CLOCK_PAD = {"APPROX": 30, "": 5}


def _clock_questions(reports: Sequence[_Report], label: str) -> list[_Question]:
    """The clock time of one event on one day that two reports give ("struck at 06:40 on Thursday" /
    "at 08:15 on Thursday"; review 9, W8): times further apart than their rounding are two answers; a
    plan's times ("will open at 14:00 on Saturday" / "at 4 p.m. on Saturday") are compared with plans'.
    Only times of one day and one zone are compared — UTC/GMT with UTC/GMT, local with local (an offset
    the text does not give is unknown: 03:17 local is 00:17 GMT; :func:`.readings.clock_zone`); a zone with
    offsets (``[time_zones] offsets``: "15:00 CET", "10 a.m. EST") is read as UTC (review 12, T8), on the day
    the text names even where the instant falls on the UTC day before or after (review 13, U15); a denied or
    hedged event's time, a range or a time before/after are not answers here (the day-level date question
    has them). An outlet's own statement answers when its zone is known."""
    by_day: dict[tuple[str, str, bool], list[tuple[Info, tuple[float, float], str]]] = {}
    frames: dict[tuple[str, str, bool], list[EventFrame]] = {}
    for r in reports:
        t = r.frame.time
        planned = r.frame.factuality in _PLANNED
        if t is None or t.granularity != "time" or t.kind != "point" or not (r.frame.factuality in _DONE_BY or planned):
            continue
        mod = (t.mod or "").upper()
        m = _CLOCK.match(t.value or "")
        if m is None or mod not in _CLOCK_PAD or _names_other_day(t):
            continue  # ("at 2 p.m. that day": the day is another sentence's, not the one the value gives)
        day, hour, minute = m.group(1), int(m.group(2)), int(m.group(3))
        after = None if r.outlet else r.info.claim.text[max(0, t.char_end - r.info.claim.start) :][:40]
        zone = "utc" if m.group(4) else _clock_zone(t, after)
        if zone is None:
            continue
        at, pad = hour * 60 + minute, _CLOCK_PAD[mod]
        named = {"utc": " GMT", "local": ""}.get(zone, f" {zone.upper()}" if zone in _zone_offsets() else "")
        shown = f"{day} {hour:02d}:{minute:02d}{named}"
        lo, hi = at - pad, at + pad
        if zone in _zone_offsets():  # "15:00 CET" is 14:00 GMT (or 13:00, CET written in summer): one instant
            # in minutes from the start of the day the text names, which may be the UTC day before or after
            # ("00:30 CET on Wednesday" is 23:30 GMT on Tuesday: -30), so that reports naming one day are compared
            # across midnight ("00:30 CET" / "00:30 UTC on Wednesday": two instants; review 13, U15)
            hours = _zone_offsets()[zone]
            lo, hi, zone = lo - round(hours[-1] * 60), hi - round(hours[0] * 60), "utc"
        by_day.setdefault((day, zone, planned), []).append((r.info, (lo, hi), shown))
        frames.setdefault((day, zone, planned), []).append(r.frame)
    out = []
    for (day, zone, planned), items in sorted(by_day.items()):
        if planned and _plans_of_two_things(frames[(day, zone, planned)]):
            continue  # "will open its Varn shop at 9:00" / "its Dunholt shop at 11:00": two plans (review 10, R1)
        sides = interval_sides(items)
        if sides:
            detail = f"clock:{'planned:' if planned else ''}{day}:{zone}"
            wording = f"{'planned ' if planned else ''}time of {label}"
            out.append(_Question("time_of_day", detail, wording, sides, articles=_groups(items)))
    return out


def _plans_of_two_things(frames: Sequence[EventFrame]) -> bool:
    """Plans of one day whose frames name two different things: each of two names a participant the other
    lacks, or they act on two common nouns that are two things (:func:`~claimline.events.objects.objects_apart`).
    A cluster may hold two plans of one party told without a date apart ("will open its Varn shop at 9:00 on
    Saturday" / "will open its Dunholt shop at 11:00 on Saturday"); their clock times are two answers to two
    questions, not one disagreement. A plan told again with fewer names (one names the clinic and its town,
    the other the town) stays one plan."""
    for k, x in enumerate(frames):
        for y in frames[k + 1 :]:
            nx, ny = _named(x), _named(y)
            if (nx - ny and ny - nx) or objects_apart(x.theme_noun, y.theme_noun, kin):
                return True
    return False


def _is_deadline(f: EventFrame, t: EventTime) -> bool:
    """A deadline: an expected event's latest date ("by June", "before the summer", "within 18 months")."""
    expected = f.factuality == "expected" or t.kind == "expected"
    return expected and (t.kind == "until" or t.value.startswith("P") or (t.mod or "").upper() in _OPEN_BEFORE)


def _end_interval(t: EventTime) -> tuple[int, int] | None:
    """A deadline's end as the interval its granularity gives (the month of "by June"); an edge of
    the period (the time vocabulary's ``[edge_modifiers]``: "by mid-2027", "by the end of 2027") is
    its third of it — the middle and the end of one year are two deadlines."""
    if t.end is None:
        return None
    hi = t.end.toordinal()
    width = {"day": 0, "week": 6, "month": t.end.day - 1, "quarter": 91, "year": t.end.timetuple().tm_yday - 1}
    lo = hi - width.get(t.granularity or "day", 0)
    edge = _edge(t.text) if t.granularity in ("month", "quarter", "year") else None
    if edge is not None:
        if t.granularity == "year":
            lo, top = date(t.end.year, 1, 1).toordinal(), date(t.end.year, 12, 31).toordinal()
        else:
            top = hi if edge == "END" else lo + {"month": 30, "quarter": 91}[t.granularity] - 1
        third = (top - lo + 1) // 3
        k = {"START": 0, "MID": 1, "END": 2}[edge]
        return lo + k * third, top if k == 2 else lo + (k + 1) * third - 1
    return lo, hi


@cache
def _edges() -> list[tuple[re.Pattern[str], str]]:
    from ..timex.vocab import vocabulary

    words = vocabulary().edge_modifiers
    return [(re.compile(rf"(?<![a-z]){re.escape(w)}(?![a-z])"), words[w]) for w in sorted(words, key=lambda w: -len(w))]


def _edge(text: str) -> str | None:
    """START / MID / END when the time's words name an edge of its period ("mid-2027")."""
    low = text.lower()
    return next((mod for pattern, mod in _edges() if mod in ("START", "MID", "END") and pattern.search(low)), None)


def _date_label(t: EventTime) -> str:
    label = t.value or (t.start.isoformat() if t.start else "?")
    if t.kind in ("after", "until"):
        return f"{label} ({t.kind})"
    if t.mod and t.mod.upper() != "APPROX":
        return f"{label} ({t.mod.upper()})"
    return label


def _overlap(lo: float, hi: float, blo: float, bhi: float, half_open: bool) -> bool:
    if not half_open:
        return lo <= bhi and blo <= hi
    # ranges that only touch are apart ("four" 3.5-4.5, "five" 4.5-5.5); a point inside (or equal) is not
    return max(lo, blo) < min(hi, bhi) or (lo == hi and blo <= lo <= bhi) or (blo == bhi and lo <= blo <= hi)


def interval_sides(
    items: Sequence[tuple[Info, tuple[float, float], str]], *, half_open: bool = False
) -> dict[str, list[Info]]:
    """Sides of a question whose answers are ranges: from the narrowest range up, a report joins the
    side whose range it overlaps (the side keeps the intersection), starts a new one when it overlaps
    none, and is left out when it overlaps several. Empty unless two sides. ``half_open``: ranges that
    only touch do not overlap — a number stands for the values that round to it, and 4 (3.5 to 4.5)
    and 5 (4.5 to 5.5) are two answers (dates are days as closed ranges of ordinals: 3 May is 3 to 3)."""
    seen: set[str] = set()
    ordered = []
    for info, (lo, hi), label in sorted(items, key=lambda x: (x[1][1] - x[1][0], x[1][0], x[0].id)):
        if info.id not in seen:
            seen.add(info.id)
            ordered.append((info, lo, hi, label))
    boxes: list[list[float]] = []
    members: list[list[Info]] = []
    labels: list[str] = []
    for info, lo, hi, label in ordered:
        hits = [k for k, (blo, bhi) in enumerate(boxes) if _overlap(lo, hi, blo, bhi, half_open)]
        if not hits:
            boxes.append([lo, hi])
            members.append([info])
            labels.append(label)
        elif len(hits) == 1:
            k = hits[0]
            boxes[k] = [max(boxes[k][0], lo), min(boxes[k][1], hi)]
            members[k].append(info)
    if len(members) < 2:
        return {}
    sides: dict[str, list[Info]] = {}
    for k, label in enumerate(labels):
        while label in sides:
            label += "'"
        sides[label] = members[k]
    return sides


def _pairs(sides: Mapping[str, list[Info]]) -> set[tuple[str, str]]:
    names = sorted(sides)
    return {(a, b) for a in names for b in names if a < b}


def _own_sides(sides: dict[str, list[Info]]) -> dict[str, list[Info]]:
    """Without the reports of an article that gives values on two sides (a part and a whole)."""
    return one_side_each(sides, lambda i: i.article_id)


@dataclass
class _Question:
    facet: str
    detail: str  # what makes it one question of its family (past/planned, unit, cluster, scope)
    label: str  # the question's wording, before " — actors"
    sides: dict[str, list[Info]]
    timed: bool = False
    articles: int = 0  # articles answering it (syndicated copies once): compared when two or more
    sited: bool = False  # figures told for one site ("200 at Okeham", :func:`_by_site`): its objects are one thing


def _date_questions(reports: Sequence[_Report], label: str, lex: EventLexicon | None = None) -> list[_Question]:
    past: list[tuple[Info, tuple[float, float], str]] = []
    planned: list[tuple[Info, tuple[float, float], str]] = []
    lines: list[tuple[Info, tuple[float, float], str]] = []
    spans: list[tuple[Info, tuple[float, float], str]] = []
    past_plans: set[str] = set()
    for r in reports:
        t = r.frame.time
        by = _told_on(r) if t is None and r.frame.factuality in _DONE_BY and not _speech(r.frame, lex) else None
        if by is not None:
            # "announced on Monday, 2 November, that it had chosen X": the choice was made by then
            span = _time_interval(by)
            if span is not None:
                past.append((r.info, span, _date_label(by)))
            continue
        not_until = r.frame.factuality == "negated" and t is not None and _not_until(r)
        if t is None or (r.frame.factuality in _NO and not not_until) or t.kind == "since" or _clock_only(t):
            continue  # ("did not sign the contract until Friday": signed on Friday, review 8 V8)
        if _is_deadline(r.frame, t):
            if t.value.startswith("P"):
                q = next((q for q in r.frame.quantities if q.kind == "duration" and _inside(q, t)), None)
                span = amounts.interval(q) if q is not None else None
                if q is not None and span is not None:
                    spans.append((r.info, span, f"within {amounts.label(q)}"))
            else:
                end = _end_interval(t)
                if end is not None:
                    lines.append((r.info, end, f"by {t.end.isoformat() if t.end else t.value}"))
            continue
        span = _time_interval(t)
        if span is None:
            continue
        c = r.info.claim
        early, late = _day_reach(t, c.text[max(0, t.char_start - c.start - 40) : max(0, t.char_start - c.start)])
        span = (span[0] - early, span[1] + late)  # "late on Tuesday" reaches into Wednesday (review 8 V19)
        # a plan: expected, dated after its report ("said the rollout would start in the spring"),
        # or hedged and not over when reported
        published = r.info.published
        told_past = _told_as_past_plan(r)  # "had hoped to sign on Monday": a plan once, no date (review 8 V7)
        if told_past:
            past_plans.add(r.info.id)
        planned_event = (
            told_past
            or r.frame.factuality == "expected"
            or (not_until and _deferred(r, lex))  # "will not sign until Friday": planned for Friday
            or t.kind == "expected"
            or (published is not None and span[0] > published.toordinal())
            or (r.frame.factuality == "hedged" and published is not None and span[1] > published.toordinal())
        )
        info = r.info
        if info.revision != "initial" and initial_at(info.claim, t.char_start - info.claim.start):
            info = replace(info, revision="initial")  # "initially expected in October, now in January"
        (planned if planned_event else past).append((info, span, _date_label(t)))
    if past and planned:
        # a plan published after another outlet reported the event done answers when it happened:
        # "will sign on 20 May", written on 14 May, against "signed on 11 May"
        done_by = min(span[1] for _, span, _ in past)
        # not a next instance, a condition or backstory ("will test it again in July", "had planned to
        # sign in May": :func:`_this_plan`), which dates another event or none (review 6, C11)
        other = {r.info.id for r in reports if not _this_plan(r)} | past_plans
        stale = [
            x
            for x in planned
            if x[0].published is not None and x[0].published.toordinal() > done_by and x[0].id not in other
        ]
        if stale:
            past = past + stale
            planned = [x for x in planned if x not in stale]
    out = []
    again = {r.info.id for r in reports if _repeat(r)}
    for more, kept in (
        (":again", [x for x in past if x[0].id in again]),
        ("", [x for x in past if x[0].id not in again]),
    ):
        for detail, items in _by_exclusive_side(kept, reports):
            sides = _recalled_apart(interval_sides(items))
            out.append(_Question("date", detail + more, f"date of {label}", sides, articles=_groups(items)))
    for facet, detail, wording, items in (
        ("date", "planned", f"planned date of {label}", planned),
        ("deadline", "date", f"deadline of {label}", lines),
        ("deadline", "duration", f"deadline of {label} (time allowed)", spans),
    ):
        if items:
            out.append(_Question(facet, detail, wording, interval_sides(items), articles=_groups(items)))
    return out


def _recalled_apart(sides: dict[str, list[Info]]) -> dict[str, list[Info]]:
    """Date sides without the reports of an article that dates the act on two sides, unless one of them is told
    as a correction or as the first word ("an earlier version said Monday", "initially"): one article telling
    two days of one act tells two acts (the story's accident and one it recalls: "In January a collision there
    killed one driver"; review 17 Y6), not a dispute with itself."""
    if not sides:
        return sides
    revised = {i.article_id for infos in sides.values() for i in infos if i.revision is not None}
    where: dict[str, set[str]] = {}
    for v, infos in sides.items():
        for i in infos:
            where.setdefault(i.article_id, set()).add(v)
    both = {a for a, vs in where.items() if len(vs) > 1 and a not in revised}
    if not both:
        return sides
    out = {v: [i for i in infos if i.article_id not in both] for v, infos in sides.items()}
    out = {v: infos for v, infos in out.items() if infos}
    return out if len(out) > 1 else {}


def _repeat(r: _Report) -> bool:
    """The report tells its act as one more occurrence (``repeats`` / ``repeats_before`` of
    ``models/comparison.toml``: "went on strike again on Friday", "a second earthquake hit"; review 11 S5)."""
    lex = comparison()
    if _says(_tail(r), lex.repeats):
        return True
    c, t = r.info.claim, r.frame.trigger
    if not (c.start <= t.start <= c.end):
        return False
    if _says(_WORD_OR_NUMBER.findall(_clause_head(c, t))[-4:], lex.repeats_before):
        return True
    return _repeat_noun(_WORD_OR_NUMBER.findall(c.text[: t.start - c.start].lower()), r.frame.event_class)


def _repeat_noun(words: Sequence[str], cls: str) -> bool:
    """A word of ``repeats_before`` right before an event noun of the act's class among the words before its
    trigger ("In a second theft in a week, 120 metres of cable were stolen": review 13 U4): the act is told as one
    more occurrence, though the repeat word stands on the noun of another clause."""
    lex, nouns = comparison(), lexicon().nouns
    for k, w in enumerate(words[:-1]):
        if w in lex.repeats_before:
            noun = words[k + 1]
            found = nouns.get(noun) or nouns.get(amounts.singular(noun))
            if found is not None and found == cls:
                return True
    return False


def _told_as_past_plan(r: _Report) -> bool:
    """A verb a plan word in a past form governs in its clause ("had hoped to sign", "was supposed to open",
    "was due to sign": :func:`.readings.plan_in_past`): what was once planned, no report of the event."""
    c, t = r.info.claim, r.frame.trigger
    if t.pos != "verb" or not (c.start <= t.start <= c.end):
        return False
    return bool(_plan_in_past(_VERB_WORD.findall(_clause_head(c, t))))


def _by_exclusive_side(
    items: list[tuple[Info, tuple[float, float], str]], reports: Sequence[_Report]
) -> list[tuple[str, list[tuple[Info, tuple[float, float], str]]]]:
    """The dates of an event done, one question, unless its reports use words of two sides of one
    ``[[exclusive]]`` table ("suspended on Monday" / "cancelled on Friday": the suspension and the
    cancellation are two steps, each with its date) or two ``[[stages]]`` of one case ("charged in June" /
    "convicted on Thursday"): then one question per side, the reports of other words in each (review 6, C3)."""
    if not items:
        return []
    lemma = {r.info.id: r.frame.trigger.lemma for r in reports}
    lex = comparison()
    tables = [(f"past:{k}", t) for k, t in enumerate(lex.exclusive)]
    tables += [(f"past:stage{k}", t) for k, t in enumerate(lex.stages)]  # ("charged in June" / "convicted": S19)
    for at, table in tables:
        side = {i.id: _side_of(lemma[i.id], table) for i, _, _ in items if i.id in lemma}
        if len(set(side.values()) - {None}) >= 2:
            return [
                (f"{at}:{name}", [x for x in items if side.get(x[0].id) in (name, None)])
                for name in sorted(set(side.values()) - {None})
            ]
    return [("past", items)]


def _told_on(r: _Report) -> EventTime | None:
    """The day a report without a time of its own is told on, as the bound it happened by: a verb in a
    past form (:func:`_past_form`), no speech act itself, inside the content of a claim whose time
    dates the telling — a day outside the content, by the cue ("the authority announced on Monday, 2
    November, that it had chosen Tarnwave": the choice was made by that day; an interval open before
    it, ``until``). Only a day: a telling dated to a month or a year ("said this year") says too little."""
    f, c = r.frame, r.info.claim
    t = c.time
    if f.time is not None or t is None or t.granularity != "day" or t.start is None or t.char_start is None:
        return None
    if c.cue is None or c.start <= t.char_start < c.end or not (c.start <= f.trigger.start < c.end):
        return None
    if not (_past_form(f) or _past_progressive(r)):
        return None
    return EventTime(
        text=t.text,
        value=t.value,
        start=t.start,
        end=t.end,
        granularity="day",
        kind="until",
        char_start=t.char_start,
        char_end=t.char_end if t.char_end is not None else t.char_start,
    )


def _past_progressive(r: _Report) -> bool:
    """A verb in the past progressive ("announced on Monday that it was suspending the authorisation"):
    under a telling, what was under way when told — by that day, as a past form is."""
    f, c = r.frame, r.info.claim
    word = f.trigger.text.lower()
    if f.trigger.pos != "verb" or not word.endswith("ing") or f.factuality not in _DONE_BY:
        return False
    before = _VERB_WORD.findall(c.text[max(0, f.trigger.start - c.start - 24) : f.trigger.start - c.start].lower())
    return before[-1:] in (["was"], ["were"])


def _speech(f: EventFrame, lex: EventLexicon | None) -> bool:
    """A speech act (class ``communicate`` and below) or commentary."""
    return f.commentary or (f.event_class != OTHER and (lex or lexicon()).root(f.event_class) == SPEECH)


def _past_form(f: EventFrame) -> bool:
    """A verb in a past form ("chose", "had chosen", "signed"), not its bare form ("would operate",
    "to build": a plan, whatever its factuality) nor its -ing form."""
    word = f.trigger.text.lower()
    return f.trigger.pos == "verb" and word != f.trigger.lemma.lower() and not word.endswith("ing")


def _groups(items: Iterable[tuple[Any, ...]]) -> int:
    """How many articles (syndicated copies once) give the answers of ``(info, ...)`` items."""
    return len({x[0].group for x in items})


def _inside(q: Any, t: EventTime) -> bool:
    return t.char_start <= q.start and q.end <= t.char_end


_QUANTITY_WORD = {"money": "amount", "count": "number", "percent": "share", "duration": "duration", "measure": "size"}


def _words(reports: Sequence[_Report]) -> dict[str, str]:
    """Trigger lemma -> the word it belongs to among the reports: lemmas that are one word or its
    derivation (:func:`claimline.events.identity.kin`: "pay" / "payment"; a tagger's lemma read as
    its word's, ``tagger_lemmas``: "fin" of "fined" is "fine") are one word, named by the first of
    them in alphabetical order; words of one ``[counted]`` set of ``models/measures.toml`` ("died",
    "were killed", "deaths": the dead) are one, named ``=`` and the set's name. An amount measures
    what its word names: "paid 12.4 million" and "spent 40 million" (one class, one cluster) are two
    sums, not two answers."""
    lex = lexicon()
    lemmas = sorted(
        {r.frame.trigger.lemma for r in reports}
        | {unit_name(q.measures) for r in reports for q in r.frame.quantities if q.measures}
    )
    word: dict[str, str] = {}
    for lemma in lemmas:
        own = lex.word(lemma)
        counted = counted_as(own)
        if counted is not None:  # "died", "were killed", "deaths": the dead (models/measures.toml)
            word[lemma] = f"={counted}"
            continue
        word[lemma] = next((word[o] for o in word if not word[o].startswith("=") and kin(lex.word(o), own)), lemma)
    # a narrower noun is its broader one's word when the reports count no other narrower noun of it ("300 cows" /
    # "450 cattle"; not "300 cows and 40 bulls" / "340 cattle", nor "120 passengers and nine crew" / "129 people":
    # parts of the whole; review 15 W17)
    parts = {unit_name(q.measures) for r in reports for q in r.frame.quantities if q.measures and _with_another(r, q)}
    for wide in lemmas:
        narrow = [x for x in lemmas if wider(wide, x)]
        if len(narrow) == 1 and narrow[0].partition("|")[0] not in parts and not word[narrow[0]].startswith("="):
            word[narrow[0]] = word[wide]
            word[_WIDER + narrow[0]] = wide  # (a figure's frame is keyed by its own word: :func:`_measured`)
    # one noun told with more or fewer words before it, or by another noun of its synonyms set ("22 forecaster posts"
    # / "26 posts", "the vessel" / "the ship": :func:`claimline.events.measures.same_thing`) is the shortest one's
    for x in lemmas:
        if word[x].startswith("=") or _WIDER + x in word:
            continue
        same = min(((len(y.split()), y) for y in lemmas if same_thing(y, x)), default=None)
        if same is not None and same < (len(x.split()), x):
            word[x] = word[same[1]]
            word[_WIDER + x] = word.get(_WIDER + same[1], same[1])
    return word


_WIDER = ">"  # (in :func:`_words`, before a figure's word: the broader word it is compared under)


@cache
def _and_another() -> re.Pattern[str]:
    """A figure's noun followed by another figure joined to it (``[measured] joiners`` of models/measures.toml: "120
    passengers and nine crew", "300 cows plus 40 bulls"; an approximating word of models/timex before it: "and
    about 40")."""
    from ..timex.vocab import vocabulary

    def alt(words: Iterable[str]) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))

    joiners = alt(measures().measured.joiners)
    approx = alt(w for w, mod in vocabulary().modifiers.items() if mod == "APPROX")
    return re.compile(rf"\s*(?:[a-z-]+\s+)?(?:{joiners})\s+(?:(?:{approx})\s+)?([\w-]+)", re.I)


def _with_another(r: _Report, q: Quantity) -> bool:
    """A figure told with a second figure joined to it ("120 passengers and nine crew"): a part of a whole another
    outlet may count by a broader word."""
    c = r.info.claim
    at = q.end - c.start
    m = _and_another().match(c.text, at) if 0 <= at <= len(c.text or "") else None
    return m is not None and (m[1][0].isdigit() or m[1].lower() in number_words())


def _counted_noun(x: _Item, frame_of: Mapping[tuple[str, int], EventFrame]) -> str:
    """The noun an answer counts: its figure's measured noun, else its frame's theme ("killed 2,000 salmon")."""
    q = x[4]
    if q.measures:
        return unit_name(q.measures)
    f = frame_of.get((x[0].id, q.start))
    head = ((f.theme_noun if f is not None else None) or "").removeprefix(INDEFINITE).split()[-1:]
    return head[0] if head else ""


def _part_and_whole(items: list[_Item], frame_of: Mapping[tuple[str, int], EventFrame]) -> list[list[_Item]]:
    """A question's answers by a narrower noun and by a broader noun of it (:func:`wider`) compared one-sidedly: a
    narrower count no larger than every broader count may be a part of the whole ("2,000 salmon" among "about 5,000
    fish"; "210 passengers" of "222 people", the crew told in another sentence; review 16 X11/X16), so each word's
    answers are compared among themselves only; a narrower count larger than a broader one ("300 passengers" /
    "200 people") disagrees."""
    if len(items) < 2:
        return [items]
    noun = [_counted_noun(x, frame_of) for x in items]
    part = [k for k, n in enumerate(noun) if n and any(m and wider(m, n) for m in noun)]
    if not part:
        return [items]
    whole = [k for k in range(len(items)) if k not in part]
    if not whole or max(items[k][3] for k in part) > min(items[k][3] for k in whole):
        return [items]
    return [[items[k] for k in whole], [items[k] for k in part]]


#: (:func:`_measured`) the word of a duration of the act itself: one question per family, not per word
_LASTS = "~lasts"


def _measured(word: Mapping[str, str], r: _Report, q: Quantity) -> str:
    """The word an amount is of: the noun it measures, else its report's trigger (see :func:`_words`); with
    the side of an ``[[exclusive]]`` table its trigger is on ("delayed the delivery of ten jets" /
    "cancelled an order for two jets" count two things, review 6 C3)."""
    if r.frame.event_class == MEASURE:
        return word.get(_WIDER + (key := _measure_key(r.frame)), key)  # ("cattle" for "cow": :func:`_words`)
    if q.kind == "duration" and not q.measures:
        # how long the event lasts, whichever word of its family tells it: "shut down its brewery for ten days" /
        # "closed the brewery for three weeks" ask one question (review 20 B15; sums and counts stay per word:
        # "paid 12.4 million" / "spent 40 million" are two sums)
        return _LASTS
    w = word[
        unit_name(q.measures)
        if q.measures and not _of_the_act(r.frame, q) and not _acted_on(r, q)
        else r.frame.trigger.lemma
    ]
    if q.measures:
        lemma = r.frame.trigger.lemma
        sides = [f"{k}:{x}" for k, t in enumerate(comparison().exclusive) if (x := _side_of(lemma, t)) is not None]
        if sides:
            return f"{w}|{sides[0]}"
    return w


#: the words between a figure and another form of it in one sentence: "184 million euros net, or about 220
#: million with VAT", "12 miles, or some 19 kilometres" (a few words, then "or", then a hedge at most)
_ALTERNATIVE = re.compile(
    r"^[\s,;]*(?:[^\W\d][\w-]*[\s,;]+){0,4}?or\s+(?:about|around|roughly|some|nearly|almost|approximately|"
    r"close\s+to|just\s+(?:over|under))?\s*$",
    re.I,
)


def _alternative_form(r: _Report, q: Quantity, claimed: Sequence[Quantity]) -> bool:
    """A figure its claim gives as another form of a figure of the same kind and unit told just before it ("valued
    at 184 million euros net, or about 220 million euros once VAT is added"): one value, the first form its answer,
    never a second side of its own. An outlet's own statement has no text here."""
    c = r.info.claim
    if not c.text:
        return False
    for p in claimed:
        if p is q or p.kind != q.kind or p.unit != q.unit or not (c.start <= p.end <= q.start):
            continue
        between = c.text[p.end - c.start : q.start - c.start]
        if len(between) <= 60 and _ALTERNATIVE.match(between):
            return True
    return False


#: words after a verb that are not its complement ("stay for two weeks", "extended by a week", "lasts two weeks")
_NO_COMPLEMENT = frozenset(
    [
        "for",
        "in",
        "at",
        "on",
        "until",
        "till",
        "to",
        "from",
        "by",
        "with",
        "of",
        "about",
        "around",
        "over",
        "under",
        "up",
        "than",
        "more",
        "less",
        "another",
        "further",
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "some",
        "only",
        "just",
        "nearly",
        "almost",
        "at",
        "least",
        "longer",
    ]
)


#: prepositions after a verb's complement ("stay closed for two weeks", "stay away from school for 21 days")
_PREPOSITIONS = frozenset(["for", "from", "until", "till", "to", "in", "at", "on", "by", "with", "of", "over", "since"])


def _predicate(r: _Report, q: Quantity) -> str:
    """``|<word>`` for a duration of a verb told with its complement right after it ("stay closed for two weeks",
    "stay away for 21 days"): two predicates of one verb last apart, their durations are no one question; else
    "". Not a verb acting on a thing ("offered victims 12 months of monitoring": its object, no complement). An
    outlet's own statement has no text here."""
    c, t = r.info.claim, r.frame.trigger
    if q.kind != "duration" or t.pos != "verb" or r.frame.theme_noun or not c.text or not (c.start <= t.end <= c.end):
        return ""
    after = re.match(r"\s+([^\W\d][\w-]*)\s+(\w+)", c.text[t.end - c.start :])
    if after is None or after.end() + t.end - c.start > q.start - c.start:
        return ""
    word = after.group(1).lower()
    if word in _NO_COMPLEMENT or after.group(2).lower() not in _PREPOSITIONS:
        return ""  # ("offered victims 12 months": an object, the figure right after it)
    return f"|{word}"


def _acted_on(r: _Report, q: Quantity) -> bool:
    """A measure in a unit that an event's report gives of the stretch, area or weight its act covers ("closed 14 km
    of beach", "closed about 25 kilometres of coast", "reached an altitude of about 31 kilometres"): how much the act
    covers, one question of the act whichever noun each outlet measures; not a figure that names a kind of its noun
    ("at the 1,100-metre level": which level, the noun itself the thing compared), nor a figure's own frame
    (:data:`MEASURE`, compared by its noun)."""
    return q.kind == "measure" and r.frame.event_class != MEASURE and "-" not in q.text


def _of_the_act(f: EventFrame, q: Quantity) -> bool:
    """A figure of the act's own object beside the act's count ("will cut 420 jobs at Lowick and 260 jobs at
    Okeham": the second figure measures "job", the first is the cut's own count): both count the act (review 15
    W1)."""
    head = (f.theme_noun or "").removeprefix(INDEFINITE).split()[-1:]
    return head == [q.measures] and any(x.kind == q.kind and x.measures is None and x.value for x in f.quantities)


#: a measure told as the distance to a place right after it ("3.5 kilometres from the town", "three kilometres
#: north-east of the town", "25 km away from the airport"), and the words of the place up to a clause's end
_DISTANCE = re.compile(
    r"^\s*(?:away\s+)?(?:from|off|outside|beyond|short\s+of|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)"
    r"\s+(?:the\s+|its\s+|their\s+)?([^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,3})",
    re.I,
)
#: words that end a place's name after a distance ("from Lucin down to the brook", "from the town on Tuesday")
_PLACE_ENDS = frozenset({"and", "or", "but", "in", "on", "at", "after", "before", "when"})
#: words of a stretch from one place to another after "from" ("from Lucin down to the brook")
_STRETCH = frozenset({"to", "down", "up", "into", "through", "until"})


def _distance(r: _Report, q: Quantity) -> str:
    """``|from <place>`` for a measure its claim tells as the distance to a place ("lies 3.5 kilometres from the
    town"), else "": a length ("the fissure is 2.4 km long") and a distance in one unit are two measures, and so
    are distances to two places ("3 km from the town" / "25 km from the airport"; the place by its last word). An
    outlet's own statement has no text here: its measure is read as a length."""
    if q.kind != "measure":
        return ""
    c = r.info.claim
    at = q.end - c.start
    if not c.text or not 0 <= at <= len(c.text):
        return ""
    m = _DISTANCE.match(c.text[at : at + 80])
    if m is None:
        return ""
    words = []
    for w in m.group(1).lower().split():
        if w in _STRETCH:
            return ""  # ("19 km, from Lucin down to the brook": a stretch's length, from one place to another)
        if w in _PLACE_ENDS:
            break
        words.append(w)
    return f"|from {words[-1]}" if words else ""


def _quantity_questions(
    reports: Sequence[_Report],
    label: str,
    ratio: float = amounts.MAGNITUDE_RATIO,
    *,
    by_word: bool = False,
    stated: Mapping[tuple[str, int], set[tuple[float, str]]] | None = None,
) -> list[_Question]:
    """The quantity questions of a family's reports (module docs): per kind, unit and measured word,
    values at most ``ratio`` times apart; ``by_word``: each question worded by its measured word ("number
    of hectare"), not the family's ``label``."""
    reports = _one_currency(reports)
    by_key: dict[tuple[str, str, str, bool], list[_Item]] = {}
    frame_of: dict[tuple[str, int], EventFrame] = {}
    word = _words(reports)
    converted = _in_two_currencies(reports, word)
    claimed: dict[str, list[Quantity]] = {}  # (a claim's figures, whichever of its frames gives them)
    for r in reports:
        if not r.outlet:
            claimed.setdefault(r.info.id, []).extend(r.frame.quantities)
    for r in reports:
        if r.frame.factuality in _NO:
            continue
        t = r.frame.time
        money = [q for q in r.frame.quantities if q.kind == "money" and q.unit and q.value]
        # a report giving one sum in two currencies ("46 million zloty (about 11 million euros)") whose
        # first figure other articles give in another currency: its conversion is no amount of its own
        # to compare (the currency is the question, below); the figures themselves still compare
        conversion = len({q.unit for q in money}) > 1 and any(
            (q.value, _measured(word, r, q)) in converted for q in money
        )
        # a repeat's figure ("in a second theft, 120 metres were stolen") answers the repeat's own question
        again = "|again" if r.frame.quantities and _repeat(r) else ""
        for q in r.frame.quantities:
            k = amounts.key(q)
            k = (k[0], unit_name(k[1])) if k is not None else None  # ("12 km" / "19 kilometres": one unit)
            span = amounts.interval(q)
            if k is None or span is None or q.value is None or (t is not None and _inside(q, t)):
                continue
            if _rejected(r, q, claimed.get(r.info.id, ())):
                continue  # "16 batches, not 14": the value the report corrects is no answer of its own
            if _alternative_form(r, q, claimed.get(r.info.id, ())):
                continue  # "184 million euros net, or about 220 million with VAT": one value told two ways
            if r.outlet and not _named_figure(r.frame, q):
                continue  # the outlet's own sentence: its figures that name what they count only
            if conversion and q in money and (q.value, _measured(word, r, q)) not in converted:
                continue
            # a plan's figure answers what is planned, not what an act told as done before its report did
            # ("plans to hire 300" / "hired 200 on Monday"); "is cutting 600 jobs" or "announced 600 job
            # cuts" is the plan itself, answering "will cut 800 jobs"
            planned = r.frame.factuality in _PLANNED and any(_done_before(d, r) for d in reports)
            what = _measured(word, r, q) + again + _distance(r, q) + _predicate(r, q)
            by_key.setdefault((*k, what, planned), []).append((r.info, span, amounts.label(q), amounts.size(q), q))
            frame_of[r.info.id, q.start] = r.frame
    # (figures told by site, "400 jobs at Lowick and 200 at Okeham", answer for their site: no sum, no part)
    by_key = {
        (kind, unit, w + (f"@{site}" if site else ""), planned): (
            _without_parts(_parts_summed(group), frame_of) if kind in _SUMMED and not site else group
        )
        for (kind, unit, w, planned), items in by_key.items()
        for site, group in _by_site(items, frame_of)
    }
    out = []
    first = {(kind, unit): w for kind, unit, w, _ in sorted(by_key, reverse=True)}  # (the first word keeps the old key)
    for (kind, unit, w, planned), items in sorted(by_key.items()):
        items.sort(key=lambda x: x[3])
        groups: list[list[_Item]] = []
        for item in items:
            last = groups[-1][-1] if groups else None
            if last is not None and (
                amounts.comparable(last[3], item[3], ratio)
                # a slip of one figure ("46" / "146" buildings) is one measured thing up to MAGNITUDE_RATIO
                or (amounts.comparable(last[3], item[3]) and amounts.one_slip(last[4], item[4]))
                # and so is a figure a claim corrects to another ("some 9,400 devices, not 60,000")
                or (amounts.comparable(last[3], item[3]) and _corrected(groups[-1], item))
            ):
                groups[-1].append(item)
            else:
                groups.append([item])
        told = (g for value in groups for g in _told_apart(value, frame_of))
        for n, group in enumerate(g for whole in told for g in _part_and_whole(whole, frame_of)):
            group = _without_staged(group)
            answers = [(i, s, lab) for i, s, lab, _, _ in _both_given(group, frame_of, stated or {})]
            sides = _own_sides(interval_sides(_one_value_each(answers), half_open=True))
            if kind == "count" and w.partition("|")[0].lstrip("=") in measures().rising:
                sides = _risen(sides, {i.id: s for i, s, _ in answers})
            sides = _updated_by_source(sides)
            what = ("planned " if planned else "") + _QUANTITY_WORD.get(kind, kind) + (f" ({unit})" if unit else "")
            detail = f"{kind}:{unit}:{n}" if first[kind, unit] == w else f"{kind}:{unit}:{w}:{n}"
            of = w.split("|")[0].lstrip("=") if by_word else label
            out.append(
                _Question(
                    "quantity",
                    detail + (":planned" if planned else ""),
                    f"{what} of {of}",
                    sides,
                    articles=_groups(group),
                    sited="@" in w,
                )
            )
    return out


def _rejected_values(c: Claim | None) -> set[float]:
    """The numbers a claim rejects outright for the figure it gives (:data:`_CORRECTED_NUMBER`)."""
    if c is None or not c.text:
        return set()
    return {
        float(m[1].replace(",", "")) * _SCALE.get((m[2] or "").lower(), 1.0) for m in _CORRECTED_NUMBER.finditer(c.text)
    }


def _corrected(group: Sequence[_Item], item: _Item) -> bool:
    """A claim of ``group`` rejects ``item``'s value for its own, or ``item``'s claim rejects a value of ``group``
    ("some 9,400 devices, not 60,000"): the claim ties the two figures as versions of one measured thing, even
    further apart than figures only their noun ties (:data:`amounts.MEASURE_RATIO`)."""
    mine = _rejected_values(item[0].claim)
    return any(
        item[4].value in _rejected_values(x[0].claim) or x[4].value in mine for x in group if x[4].value is not None
    )


def _risen(sides: dict[str, list[Info]], spans: Mapping[str, tuple[float, float]]) -> dict[str, list[Info]]:
    """A toll's sides (a ``rising`` count of ``models/measures.toml``: the dead, the injured) with the reports of a
    lower figure marked ``initial`` when a higher figure is first told on a later day than all of them ("two people
    died" on Monday, "three" on Wednesday: the toll updated; review 14 V16): the verdict's supersession rule lets the
    later figure stand, the earlier one superseded, not shown false. A lower figure told again after the higher one
    ("still two dead" on Thursday) is a disagreement, voted as such."""
    if len(sides) < 2:
        return sides
    value = {v: min((sum(spans[i.id]) for i in infos if i.id in spans), default=0.0) for v, infos in sides.items()}
    first = {
        v: min((i.published for i in infos if i.counts and i.published), default=None) for v, infos in sides.items()
    }
    out = dict(sides)
    for v, infos in sides.items():
        last = max((i.published or date.max for i in infos), default=date.max)
        if any(value[w] > value[v] and first[w] is not None and first[w] > last for w in sides):
            out[v] = [i if i.revision is not None else replace(i, revision="initial") for i in infos]
    return out


def _updated_by_source(sides: dict[str, list[Info]]) -> dict[str, list[Info]]:
    """A figure's sides with the answers a source gave before giving another figure in a later article of the same
    outlet marked ``initial`` ("the outage will last about three weeks, the operator said" on Tuesday, "about ten
    weeks, the operator said" on Friday, both on one wire): the source updated its figure, which is a revision (the
    later figure stands by supersession), not one source agreeing with itself — :func:`.sides.is_conflict` sees no
    dispute between two answers of one source and one outlet unless one of them is marked as a revision."""
    latest: dict[tuple[str, str], tuple[date, str]] = {}  # (speaker, outlet) -> its last day and figure
    for v, infos in sides.items():
        for i in infos:
            if i.published is not None and i.publisher is not None:
                key = (i.speaker, i.publisher)
                if key not in latest or i.published > latest[key][0]:
                    latest[key] = (i.published, v)
    out = dict(sides)
    for v, infos in sides.items():
        marked = []
        for i in infos:
            last = latest.get((i.speaker, i.publisher or ""))
            earlier = last is not None and i.published is not None and i.published < last[0] and last[1] != v
            marked.append(replace(i, revision="initial") if earlier and i.revision is None else i)
        out[v] = marked
    return out


def _figure_stage(info: Info) -> str | None:
    """ "provisional" or "final" when a claim labels its figure as a stage of its count (``[figure_stages]`` of
    ``models/comparison.toml``: "according to a flash estimate", "an early count" / "the certified count"; a
    claim that corrects, models/revision.toml, is final), else None."""
    stages = comparison().figure_stages
    c = info.claim
    told = " ".join(x.text for x in (c.cue, c.source) if x is not None)  # ("according to a flash estimate")
    words = _WORD_OR_NUMBER.findall(f"{told} {c.text}".lower())
    for k, w in enumerate(words[:-1]):
        if not any(n in stages.nouns for n in words[k + 1 : k + 3]):
            continue
        if w in stages.final:
            return "final"
        if w in stages.provisional or w in comparison().provisional:
            return "provisional"
    return "final" if info.revision == "correction" else None


def _without_staged(group: list[_Item]) -> list[_Item]:
    """A figure's answers without those labelled provisional when another is labelled final ("0.4 percent,
    according to a flash estimate" / "0.5 percent in its revised estimate"): both outlets tell the earlier
    version as such, no disagreement (review 12 T7). Unlabelled figures stay compared."""
    stage = {id(x): _figure_stage(x[0]) for x in group}
    if "final" not in stage.values() or "provisional" not in stage.values():
        return group
    return [x for x in group if stage[id(x)] != "provisional"]


def _stated(frames: Iterable[EventFrame]) -> dict[tuple[str, int], set[tuple[float, str]]]:
    """(article, sentence start) -> the counts and sums ``frames`` give in that sentence, whatever their cluster,
    with the thing each counts (:func:`_thing`; "" for an event's count that names nothing counted)."""
    out: dict[tuple[str, int], set[tuple[float, str]]] = {}
    for f in frames:
        for q in f.quantities:
            if q.value is not None and q.kind in _SUMMED:
                # (a count of an event word that names nothing counted, "the 14 reported": of anything)
                named = q.measures or counted_as(f.trigger.lemma)
                out.setdefault((f.article_id, f.sentence.start), set()).add((q.value, _thing(f, q) if named else ""))
    return out


def _thing(f: EventFrame, q: Quantity) -> str:
    """What a figure counts: its measured noun or its event's word, by its ``[counted]`` set ("died", "killed":
    the dead)."""
    word = unit_name(q.measures) if q.measures else f.trigger.lemma
    return counted_as(word) or word


def _both_given(
    items: list[_Item],
    frame_of: Mapping[tuple[str, int], EventFrame],
    stated: Mapping[tuple[str, int], set[tuple[float, str]]],
) -> list[_Item]:
    """Without the answers of an article whose sentence gives the other articles' figure too (review 9, W7: "the
    ministry said 14 died; the Red Crescent said 21" / "the Red Crescent said 21 died, more than the 14 the
    ministry reported"): it reports two bodies' figures, not one figure against the other outlet's."""
    out = []
    for x in items:
        f = frame_of.get((x[0].id, x[4].start))
        told = (
            {v for v, thing in stated.get((f.article_id, f.sentence.start), set()) if thing in ("", _thing(f, x[4]))}
            if f is not None
            else set()
        )
        theirs = {y[4].value for y in items if y[0].group != x[0].group and y[4].value != x[4].value}
        if not told & theirs or _REJECTS_A_NUMBER.search(x[0].claim.text) or _self_corrected(x[0].claim):
            # ("16 batches, not 14", "shorter than the 3.5 km it estimated": a correction)
            out.append(x)
    return out


def _told_apart(items: list[_Item], frame_of: Mapping[tuple[str, int], EventFrame]) -> list[list[_Item]]:
    """A question's answers in groups told on one day each when one of them is a count still running when told
    (:func:`amounts.running` of its clause: "11 people were still missing" on Thursday answers for Thursday, not
    against "40 were missing" on Tuesday; review 9, W3), or on the day its text dates it ("As of Tuesday evening",
    :func:`amounts.dated_by`); a present perfect count or one reached by a day ("had arrested eight people by
    Tuesday") only when the days' figures differ; one group otherwise. When the last day's answers are told as
    done totals (:func:`_told_done`: "found 468,000 packs" after "have seized about 410,000 packs") or one of them
    is labelled final (:func:`_figure_stage`), the count is one count updated: one group, the earlier days'
    answers marked superseded versions of the last day's (review 25). Not for a ``one_party`` class: the toll of
    one incident, revised, is a superseded version of one answer."""
    lex = lexicon()

    def runs(x: _Item, perfect: bool = False) -> bool:
        """A count still running when told; ``perfect``: told so by a present perfect ("have pulled three
        survivors"), which may as well tell one act ("has recalled two cheeses"), or reached by a day ("had
        arrested eight people by Tuesday")."""
        f = frame_of.get((x[0].id, x[4].start))
        if f is None or lex.inherited(f.event_class, "one_party") or x[0].published is None:
            return False
        if x[4].kind not in ("count", "measure"):  # "a 24-hour strike ... is still planned": a duration does not run
            return False
        c = x[0].claim
        at = x[4].start - c.start
        if not 0 <= at <= len(c.text) or _self_corrected(c):
            return False  # (a figure told as the corrected version of another is one answer's version, not a count)
        # the figure's own clause: a relative clause beside it tells another figure ("two cheeses linked to
        # an outbreak that has now killed two people": the cheeses are no running count)
        before = _CLAUSE_OPENER.split(_CLAUSE_END.split(c.text[:at])[-1].lower())[-1]
        after = _CLAUSE_OPENER.split(_CLAUSE_END.split(c.text[at:])[0].lower())[0]
        if perfect:
            if _by_day(x) is not None:
                return True
            t = f.time
            if t is not None and t.kind == "point" and t.end is not None and t.end < x[0].published:
                return False  # "have stolen four paintings in a raid on Tuesday night": one act, dated (review 12 q18)
            return amounts.perfect(before, f.trigger.text.lower() if f.trigger.pos == "verb" else None)
        return amounts.running(before + " " + after)

    def _by_day(x: _Item) -> Any:
        """The day a done count is told as reached by ("had arrested eight people by Tuesday": a time of kind
        ``until`` of a frame not planned; review 11 S4), else None."""
        f = frame_of.get((x[0].id, x[4].start))
        t = f.time if f is not None else None
        if t is None or t.kind != "until" or t.end is None or f.factuality in _PLANNED:
            return None
        return t.end if x[0].published is not None and t.end <= x[0].published else None  # (a deadline ahead)

    def day(x: _Item) -> Any:
        """The day the count answers for: the day of a time its clause gives after an ``as_of`` word ("As of
        Tuesday evening, 30 people were still missing"; review 10, R35), else the day it is told."""
        f = frame_of.get((x[0].id, x[4].start))
        t = f.time if f is not None else None
        if t is not None and t.start is not None and t.start == t.end:
            c = x[0].claim
            at = t.char_start - c.start
            if 0 <= at <= len(c.text) and amounts.dated_by(_CLAUSE_END.split(c.text[:at])[-1]):
                return t.start
        return _by_day(x) or x[0].published

    def _told_done(x: _Item) -> bool:
        """A count told as done on the day it is told: not running, in no present perfect, reached by no day and
        dated by no ``as_of`` word (its day is the day it is told)."""
        return not runs(x) and not runs(x, perfect=True) and day(x) == x[0].published

    days = {(x[0].id, x[4].start): day(x) for x in items}
    if len(set(days.values())) < 2:
        return [items]
    if not any(runs(x) for x in items):
        # a count told in the present perfect on two days ("have pulled three survivors" on Tuesday, "seven"
        # on Friday) or reached by two days ("had arrested 8 by Tuesday" / "19 by Thursday"; review 11 S4)
        # answers for its day when the days' figures differ; figures that agree stay one answer ("has recalled
        # two cheeses" / "recalled two cheeses"; "four vents by Thursday morning" / "four vents")
        agree = all(a[1][0] < b[1][1] and b[1][0] < a[1][1] for a in items for b in items)
        if agree or not any(runs(x, perfect=True) for x in items):
            return [items]
    last = max(days.values(), key=str)
    latest = [x for x in items if days[x[0].id, x[4].start] == last]
    if all(_told_done(x) for x in latest) or any(_figure_stage(x[0]) == "final" for x in latest):
        # the last day's count told as a done total ("found 468,000 packs", "In total 212,000 customers were
        # affected") after counts told as running or reached by a time ("have seized about 410,000 packs",
        # "120,000 had been affected by early afternoon"), or labelled final ("the latest figures", "the final
        # toll"): one count updated, the earlier days' answers its superseded versions, compared with it
        return [[x if days[x[0].id, x[4].start] == last else _superseded(x) for x in items]]
    by_day: dict[Any, list[_Item]] = {}
    for x in items:
        by_day.setdefault(days[x[0].id, x[4].start], []).append(x)
    return [by_day[d] for d in sorted(by_day, key=str)]


def _superseded(x: _Item) -> _Item:
    """An answer marked as a superseded version of a later count (``revision`` "initial"; a revision its own
    text tells kept)."""
    return x if x[0].revision is not None else (replace(x[0], revision="initial"), *x[1:])


def _without_parts(items: list[_Item], frame_of: Mapping[tuple[str, int], EventFrame]) -> list[_Item]:
    """:func:`amounts.without_parts` of a question's answers, a part (:func:`_narrower`) by the frames' parties
    and places; never of a ``one_party`` class (the dead of one incident are counted by whoever names its
    place)."""
    lex = lexicon()

    def part_of(x: _Item, y: _Item) -> bool:
        fx, fy = frame_of.get((x[0].id, x[4].start)), frame_of.get((y[0].id, y[4].start))
        if fx is None or fy is None or lex.inherited(fx.event_class, "one_party"):
            return False
        return _narrower(fx, x[0].claim, fy)

    return amounts.without_parts(
        items,
        lambda x: x[3],
        lambda x: x[0].group,
        part_of,
        lambda x: _around(x[0].claim, x[4]),
        counted=lambda x: x[4].kind == "count",
    )


def _around(claim: Claim, q: Quantity) -> tuple[str, str]:
    """A claim's text before and after a figure of it ("", "" when the figure lies outside the claim's text)."""
    at = q.start - claim.start
    if at < 0 or at + len(q.text) > len(claim.text):
        return "", ""
    return claim.text[:at], claim.text[at + len(q.text) :]


#: a possessive right before a place: the party's own site ("at its Lund mill")
_OWN_SITE = re.compile(r"\b(?:its|their)\s+$", re.I)
#: a preposition of place right before a name: where the act was done ("at Dorran airport", "in Pellby")
_AT_PLACE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?$")


def _names_an_event(after: str) -> bool:
    """The words right after a name (up to a preposition or punctuation) hold an event noun of
    ``models/events.toml`` ("at the Elsmere climate protest": the name is the event's, no place within it; review
    12 T20); "at Dorran airport" names a place."""
    nouns = lexicon().nouns
    words = _takewhile_words(_WORD_OR_NUMBER.findall(_CLAUSE_END.split(after.lower(), maxsplit=1)[0])[:4])
    return any(w in nouns or amounts.singular(w) in nouns for w in words)


def _narrower(part: EventFrame, claim: Claim, whole: EventFrame) -> bool:
    """``part`` names a narrower scope than ``whole`` (review 9, W2): a site of its party the whole does not
    name ("cut 300 jobs at its Lund mill" / "cut 900 jobs"); a unit of a party of the whole (a name that shares
    a word with it: "Cardell Telecom" beside "Cardell Group"); or a party doing the act where the whole names
    none, within what the whole names ("Skyline Air cancelled 85 flights at the airport" / "300 flights were
    cancelled at the airport"; not a whole naming nothing, "9,000 households were told to stay indoors" / "the
    council told 3,500 households": one act, its doer untold); or a place where the whole names no party the
    part lacks ("30 flights at Dorran airport" / "90 flights")."""
    mine, theirs = _named(part), _named(whole)
    extra = [p for p in part.participants if p.name in mine - theirs]
    if not extra:
        return False
    words = {w for n in theirs for w in n.lower().split()}
    for p in extra:
        at = p.start - claim.start
        if p.role == "other" and 0 < at <= len(claim.text) and _OWN_SITE.search(claim.text[max(0, at - 12) : at]):
            return True
        if p.role != "agent" and 0 < at <= len(claim.text) and _AT_PLACE.search(claim.text[max(0, at - 8) : at]):
            if theirs <= mine and not _names_an_event(claim.text[p.end - claim.start :]):
                return True  # "cancelled 30 flights at Dorran airport" / "90 flights", no place (review 11 S3)
        if (
            p.role == "agent"
            and set(p.name.lower().split()) & words
            and not any(names_match(p.name, n) for n in theirs)
        ):
            return True  # ("Veldhaven" beside "Veldhaven Bank" is its short name, no unit)
    # a party doing the act where the whole names none, within a scope the whole names (a place, a party): a share
    # of that scope's total; a whole naming nothing ("9,000 households were told to stay indoors" / "the council told
    # 3,500 households") is the same act told without its doer, not a larger scope
    agents = [p for p in whole.participants if p.role == "agent"]
    return not agents and bool(theirs) and any(p.role == "agent" for p in extra) and theirs <= mine


def _one_value_each(
    items: list[tuple[Info, tuple[float, float], str]],
) -> list[tuple[Info, tuple[float, float], str]]:
    """Without the answers of a claim that gives two values that do not overlap (review 8 V4: "will invest
    50 million euros, including 20 million in its port": a whole and its part): it answers neither against
    another article (:func:`interval_sides` keeps one value of a claim only, as if it were its answer, and
    :func:`_own_sides` could not see its article on two sides)."""
    spans: dict[str, list[tuple[float, float]]] = {}
    for info, span, _ in items:
        spans.setdefault(info.id, []).append(span)
    several = {
        i for i, ss in spans.items() if any(not _overlap(*x, *y, True) for k, x in enumerate(ss) for y in ss[k + 1 :])
    }
    return [x for x in items if x[0].id not in several] if several else items


#: One answer to a quantity question: (report's claim, range, label, size, the quantity).
_Item = tuple[Info, tuple[float, float], str, float, Quantity]
#: Kinds of quantities whose parts add up to a total ("12,000 Vantor vans and 8,000 Kestrel vans": 20,000 vans).
_SUMMED = frozenset({"count", "money", "measure"})


def _by_site(items: list[_Item], frame_of: Mapping[tuple[str, int], EventFrame]) -> list[tuple[str, list[_Item]]]:
    """A question's answers by the place each figure is told for when a report gives two figures of one kind, each
    with its own place after it ("will cut 400 jobs at Lowick and 200 at Okeham"; review 15 W1): the figure's site is
    the place named after it before the next figure. Another report's figure joins the site its frame names alone
    among them ("cut 350 jobs at its Okeham plant"); a figure naming none or several answers apart (site ""). One
    group (site "") when no report gives figures by place."""
    site: dict[int, str] = {}
    for x in items:
        f = frame_of.get((x[0].id, x[4].start))
        if f is None:
            continue
        starts = sorted(q.start for q in f.quantities if q.kind == x[4].kind and q.value is not None)
        if len(starts) < 2:
            continue
        upto = next((a for a in starts if a > x[4].start), None)
        places = sorted(
            (p.start, p.name)
            for p in f.participants
            if p.role == "other" and p.name and p.start >= x[4].end and (upto is None or p.start < upto)
        )
        if places:
            site[id(x)] = places[0][1]
    if len({v for v in site.values()}) < 2:
        return [("", items)]
    names = set(site.values())
    groups: dict[str, list[_Item]] = {}
    for x in items:
        at = site.get(id(x))
        if at is None:
            f = frame_of.get((x[0].id, x[4].start))
            mine = {p.name for p in f.participants if p.role == "other"} & names if f is not None else set()
            at = next(iter(mine)) if len(mine) == 1 else ""
        groups.setdefault(at, []).append(x)
    return sorted(groups.items())


def _parts_summed(items: list[_Item]) -> list[_Item]:
    """An article's figures as the total they add up to, where that total is another article's answer and
    none of its figures is: "recalled 12,000 Vantor vans and 8,000 Kestrel vans" and "recalled 20,000 vans"
    agree (a sum of parts that equals the total; review 8, V10). The article's figures give way to one
    answer, their sum (its range the sum of their ranges), on its first figure's claim."""
    by_article: dict[str, list[_Item]] = {}
    for item in items:
        by_article.setdefault(item[0].group, []).append(item)
    out: list[_Item] = []
    for group, mine in by_article.items():
        parts = list({(x[4].start, x[4].end): x for x in mine}.values())  # (one figure once)
        others = [x for x in items if x[0].group != group]
        if len(parts) < 2 or not others:
            out += mine
            continue
        lo, hi = sum(x[1][0] for x in parts), sum(x[1][1] for x in parts)

        def meets(a: tuple[float, float], b: tuple[float, float]) -> bool:
            return a[0] < b[1] and b[0] < a[1]

        total = [o for o in others if meets((lo, hi), o[1]) and not any(meets(x[1], o[1]) for x in parts)]
        if not total:
            out += mine
            continue
        first = min(parts, key=lambda x: x[4].start)
        size = sum(x[3] for x in parts)
        q = first[4].model_copy(update={"value": size, "text": f"{size:g}"})
        out.append((first[0], (lo, hi), amounts.label(q), size, q))
    return out


def _done_before(done: _Report, plan: _Report) -> bool:
    """``done`` tells, as a verb asserted done, an act its text dates before ``plan`` was reported."""
    f, t = done.frame, done.frame.time
    if f.factuality not in _DONE_BY or f.trigger.pos != "verb" or t is None or plan.info.published is None:
        return False
    last = t.end or t.start
    return last is not None and t.kind in ("point", "interval") and last < plan.info.published


#: words just before a number that reject it for the one before ("16 batches, not 14"; "rather than 14")
_REJECTING = re.compile(r"(?:\bnot|\brather than|\binstead of|\bup from|\bdown from|\bfrom)\s+(?:the\s+)?$", re.I)


#: words right before a number that reject it whatever figure the claim gives beside it ("19 km, instead of the 12 km")
_REJECTING_OUTRIGHT = re.compile(r"(?:\bnot|\brather than|\binstead of|\bup from|\bdown from)\s+(?:the\s+)?$", re.I)
#: a number rejected for the one before it, anywhere in a claim ("covers 16 batches, not 14 as it stated")
#: (a currency's sign may come first: "worth 4.2 million euros, not the €6.5 million reported earlier")
_REJECTS_A_NUMBER = re.compile(_REJECTING.pattern.removesuffix("$") + r"(?:[€$£¥]\s?)?\d", re.I)
#: a comparison with a figure of the speaker's own, right before that figure ("2.4 km long, shorter than the 3.5 km
#: it estimated"); its own is told by :data:`_OWN_EARLIER` after the figure
_THAN_THE = re.compile(r"\b(?:[a-z]+er|more|less|fewer)\s+than\s+(?:the|its|their)\s+$", re.I)
#: after a figure, up to three words of its noun and a pronoun subject telling it: the speaker's own earlier figure
#: ("the 3.5 km it estimated in the first hours", "the 12 km it gave on Monday", "the 14 they had reported"), not
#: another body's ("more than the 14 the ministry reported": two bodies' figures, review 9 W7)
_OWN_EARLIER = re.compile(
    r"^\s*(?:[a-z%-]+\s+){0,3}?(?:it|they)\s+(?:had\s+|first\s+|initially\s+|earlier\s+)*[a-z]+", re.I
)
#: a number corrected for another, anywhere in a claim ("19 km, instead of the 12 km it gave on Monday", "16 batches,
#: not 14"; not "up from 12": a count that grew): a figure told as a corrected version, not one still running
_CORRECTING = r"(?:\bnot|\brather than|\binstead of)\s+(?:the\s+)?(?:[€$£¥]\s?)?"
_CORRECTS_A_NUMBER = re.compile(_CORRECTING + r"\d", re.I)
#: a number a claim corrects another to rejects outright, as written ("some 9,400 devices, not 60,000", "rather than
#: the 14 it gave"): :func:`_corrected`
_CORRECTED_NUMBER = re.compile(_CORRECTING + r"(\d[\d,]*(?:\.\d+)?)(?:\s+(million|billion))?", re.I)
_SCALE = {"million": 1e6, "billion": 1e9}


def _own_earlier(c: Claim, q: Quantity) -> bool:
    """``q`` is the speaker's own earlier figure its claim compares the new one with ("2.4 km long, shorter than
    the 3.5 km it estimated in the first hours", "instead of the 12 km it gave on Monday")."""
    at = q.start - c.start
    if not 0 <= at <= len(c.text):
        return False
    before, after = c.text[max(0, at - 30) : at], c.text[q.end - c.start : q.end - c.start + 50]
    return bool((_THAN_THE.search(before) or _REJECTING.search(before)) and _OWN_EARLIER.match(after))


def _self_corrected(c: Claim) -> bool:
    """A claim that gives a figure as the corrected version of another ("not 14", "instead of the 12 km it gave",
    "shorter than the 3.5 km it estimated"): its figure is a version of one answer, no count still running."""
    if _CORRECTS_A_NUMBER.search(c.text):
        return True
    text = c.text
    own = (m for m in _NUMBER.finditer(text) if _OWN_EARLIER.match(text[m.end() :]))
    return any(_THAN_THE.search(text[: m.start()]) for m in own)


_NUMBER = re.compile(r"\d[\d,.]*")


def _rejected(r: _Report, q: Quantity, claimed: Sequence[Quantity] = ()) -> bool:
    """A number the report gives as the value it replaces: "covers 16 batches, not 14 as it stated",
    "rather than 14", "16, up from 14" (in its claim's text, right before the number), or the speaker's own earlier
    figure ("shorter than the 3.5 km it estimated", :func:`_own_earlier`), once the report — or its claim, whose
    figures of a measured noun are frames of their own (``claimed``: "puts the section at 19 km, instead of the 12
    km it gave") — has another value of the same kind."""
    c = r.info.claim

    def other(among: Iterable[Quantity]) -> bool:
        return any(o is not q and o.kind == q.kind and o.value is not None and o.value != q.value for o in among)

    if not (c.start <= q.start <= c.end):
        return False
    before = c.text[max(0, q.start - c.start - 30) : q.start - c.start]
    if other(r.frame.quantities) and _REJECTING.search(before):
        return True
    # a figure of the claim's other frames: only a word that rejects a number outright, or the speaker's own earlier
    # figure ("the feeds from 240 cameras at 14 interchanges": "from" alone rejects nothing across two frames)
    return other(claimed) and (bool(_REJECTING_OUTRIGHT.search(before)) or _own_earlier(c, q))


def _one_currency(reports: Sequence[_Report]) -> list[_Report]:
    """``reports`` with each amount in a currency code one word shares (``[shared_currencies]`` of
    ``models/comparison.toml``: "crowns", "kroner") in the one code of its list the other reports' amounts give
    ("1.2 billion Danish crowns" / "1.08 billion kroner" / "DKK 1.1 billion": one currency, their amounts
    compared); a shared code with none, or several, of its list among them stays as it is."""
    shared = comparison().shared_currencies
    given = {q.unit for r in reports for q in r.frame.quantities if q.kind == "money" and q.unit}
    if not given & shared.keys():
        return list(reports)
    code = {u: u for u in given}
    for _ in range(len(shared)):  # (a shared code may resolve through another: CROWN -> KRONE -> DKK)
        present = set(code.values())
        step = {
            u: next(iter(found))
            for u, c in code.items()
            if c in shared and len(found := shared[c] & (present - {c})) == 1
        }
        if not step:
            break
        code.update(step)
    if all(u == c for u, c in code.items()):
        return list(reports)
    out = []
    for r in reports:
        if any(q.kind == "money" and code.get(q.unit or "", q.unit) != q.unit for q in r.frame.quantities):
            quantities = [
                q.model_copy(update={"unit": code[q.unit]}) if q.kind == "money" and q.unit in code else q
                for q in r.frame.quantities
            ]
            r = replace(r, frame=r.frame.model_copy(update={"quantities": quantities}))
        out.append(r)
    return out


def _in_two_currencies(reports: Sequence[_Report], word: Mapping[str, str]) -> set[tuple[float, str]]:
    """(number, word) of the amounts of money articles give one number in two currencies ("46
    million euros" / "46 million zloty (about 11 million euros)"): a currency question. Compared as
    an amount too, the converted figure of one would contradict the other."""
    units: dict[tuple[float, str], set[str]] = {}
    for r in reports:
        if r.frame.factuality in _NO:
            continue
        for q in r.frame.quantities:
            if q.kind == "money" and q.unit and q.value:
                units.setdefault((q.value, _measured(word, r, q)), set()).add(q.unit)
    return {k for k, found in units.items() if len(found) > 1}


def _currency_questions(reports: Sequence[_Report], label: str) -> list[_Question]:
    """One amount of money in two currencies ("36 million crowns" / "36 million euros"): the same
    number is not a conversion, one report has the currency wrong."""
    reports = _one_currency(reports)
    by_value: dict[tuple[float, str], list[tuple[Info, str, str]]] = {}
    word = _words(reports)
    for r in reports:
        if r.frame.factuality in _NO:
            continue
        for q in r.frame.quantities:
            if q.kind == "money" and q.unit and q.value:
                by_value.setdefault((q.value, _measured(word, r, q)), []).append((r.info, q.unit, amounts.label(q)))
    out = []
    first = {v: w for v, w in sorted(by_value, reverse=True)}
    for (value, w), items in sorted(by_value.items()):
        if len({unit for _, unit, _ in items}) < 2:
            continue
        sides: dict[str, list[Info]] = {}
        for info, unit, text in sorted(items, key=lambda x: x[1]):
            side = next((k for k in sides if k.endswith(" " + unit)), text)
            sides.setdefault(side, []).append(info)
        out.append(
            _Question(
                "quantity",
                f"currency:{value:g}" if first[value] == w else f"currency:{value:g}:{w}",
                f"currency of the amount of {label}",
                _own_sides(sides),
                articles=_groups(items),
            )
        )
    return out


def _told_yes(f: EventFrame) -> bool:
    """An outlet's own report that an event happened which answers whether it did: a verb told as done
    (asserted: "was detained on Thursday evening"; a noun, "denies ignoring audit warning", names the event
    without telling it), of a listed class (a word the lexicon does not list, "ran", "left", is too loose to
    say what did not happen), naming a party."""
    return (
        f.factuality == "asserted"
        and f.trigger.pos == "verb"
        and f.event_class not in (OTHER, MEASURE)
        and bool(_named(f))
    )


def _factuality_questions(
    reports: Sequence[_Report], label: str, *, denials_only: bool = False, told: Sequence[_Report] = ()
) -> list[_Question]:
    """Whether the event happened (module docs). ``denials_only``: a speech act's, where only a
    denial is a "no" ("the bank denied it was ever warned" against "the audit warned the bank"; "has
    not confirmed" is no "no": a later confirmation does not contradict it)."""
    by_cluster: dict[tuple[str, str], list[_Report]] = {}
    refused: dict[tuple[str, str], list[_Report]] = {}  # plans not to: "will not appeal", "pledged not to use it"
    own = _article_names(reports)
    everyone = _cluster_names(own)
    vague_noes = _nameless_noes(reports)
    for r in reports:  # "X did not sign with Y" contradicts only reports of X signing with Y
        names = _named(r.frame)
        if not names and r.frame.factuality in _PLANNED:  # a plan told without its parties: its article's
            names = own.get((r.cluster, r.info.article_id), frozenset())
        if not names and r.frame.factuality in _YES and _answers_vague_no(r, vague_noes) and _nameless_answer(r):
            # "water is reportedly being rationed" / "there has never been a night cut", "a desalination unit was
            # delivered" / "the desalination unit has not been delivered": a "yes" naming nobody answers a "no" of
            # its cluster naming nobody either, which says none took place or denies it of the same thing; the "no"
            # takes its cluster's names (below), and so does the "yes"
            names = everyone.get(r.cluster, frozenset())
        if not names and r.frame.factuality in _NO and (r.frame.trigger.pos == "verb" or _none_of_it(r)):
            # "nobody has been arrested", "denied that the plant would close", "received no complaint" (a noun in a
            # negated clause, "a fine alone will not make anyone whole", is no "no" of its own)
            names = everyone.get(r.cluster, frozenset())
        if not names and not everyone.get(r.cluster) and _nameless_answer(r):
            # a cluster none of whose reports names a party ("All 23 crew members were evacuated" / "No one was
            # evacuated"): identity placed its reports in one event, and a "yes" and a "no" of it answer one
            # question, asked of nobody named
            names = frozenset({""})
        if not names:
            continue  # an event nobody is named in ("the ministry" is described) is too vague to contradict
        if denials_only and r.frame.factuality == "negated" and not _speech_not_done(r):
            continue  # ("has not confirmed": not yet; "did not object": a stance not taken, a "no")
        if r.frame.factuality == "denied" and not _denied_event(r):
            continue  # a denial is about its claim's event, not one named on the way ("the firm it hired to ...")
        if r.frame.factuality in _YES and _failed(r):  # "failed to sign", "refused to sign": a "no"
            r = replace(r, frame=r.frame.model_copy(update={"factuality": "negated"}))
            by_cluster.setdefault((r.cluster, "|".join(sorted(names))), []).append(r)
            continue
        if r.frame.factuality == "negated" and (
            _negated_negation(r) or _not_until(r) or _only_object(r) or _untrue_negation(r)
        ):
            continue  # "has not ruled out cancelling" (hedged), "not until Monday" (a date), "sold nothing but"
        if r.frame.factuality == "negated" and (_deferred(r) or _negated_plan(r)):
            if not (_deferred(r) or _advice(r)) and _negation_of_its_own(r):
                refused.setdefault((r.cluster, "|".join(sorted(names))), []).append(r)
            continue  # "will not sign until the court rules", "promised not to use it": a plan, not a "no"
        if r.frame.factuality == "negated" and _claim_says_yes(r):
            continue  # the claim reads its own predicate as not negated: two readings, no "no"
        if r.frame.factuality == "negated" and not _negation_of_its_own(r):
            continue  # "had not suspended the licence of X, whose ferry ran aground": the negation is another verb's
        by_cluster.setdefault((r.cluster, "|".join(sorted(names))), []).append(r)
    claimed = dict(by_cluster)  # (plans, refusals and exclusive words: reports in claims only)
    noes = {cid for (cid, _), rs in by_cluster.items() if any(r.frame.factuality in _NO for r in rs)}
    for r in told:  # the outlet's own "yes" (:func:`_told_yes`), against a claim's "no"
        if r.cluster in noes:
            by_cluster.setdefault((r.cluster, "|".join(sorted(_named(r.frame)))), []).append(r)
    out = []
    for (cid, names), rs in sorted(by_cluster.items()):
        no_reports = [r for r in rs if r.frame.factuality in _NO]
        denied = any(r.frame.factuality == "denied" for r in no_reports)
        # a denial answers a plan too ("NATO is preparing to share the cost" / "NATO denied that it
        # is paying"); a plain negation does not ("will sign" / "has not signed": not yet)
        said = _YES | _PLANNED if denied else _YES
        # a "no" with no time of its own ("the contract was not cancelled") answers its family's other clusters too:
        # they are its event but for their time ("cancelled on 7 September"), which the "no" does not give
        undated = [r for r in no_reports if r.frame.time is None]
        if no_reports:
            # a "no" answers the reports of its event (one cluster) whose parties nest with its own:
            # "the contract with X was not cancelled" answers "the agency cancelled its contract with
            # X", and a denial naming more parties a plan naming fewer of them
            mine = set(names.split("|"))
            rs = rs + [
                r
                for (c, n), others in sorted(by_cluster.items())
                if (c == cid and n != names or c != cid and undated) and _nest(set(n.split("|")), mine)
                for r in others
                if r.frame.factuality in said
            ]
        if no_reports:  # a "no" answers reports of its own word ("not cancelled" is no answer to "suspended")
            # of an act done by the day it is told ("has not completed" on Monday, "completed on Thursday": done
            # since; review 10 R33)
            rs = [
                r
                for r in rs
                if r.frame.factuality in _NO
                or any(_answers(r, n) if r.cluster == cid else _answers_across(r, n) for n in no_reports)
            ]
            no_reports = [
                n
                for n in no_reports
                if any(
                    _answers(r, n) if r.cluster == cid else _answers_across(r, n)
                    for r in rs
                    if r.frame.factuality in said
                )
            ]
        yes = _unique(r.info for r in rs if r.frame.factuality in said)
        answered = len({r.info.group for r in rs if r.frame.factuality in said | _NO})
        sides: dict[str, list[Info]] = {}
        if yes and no_reports:
            no_label = "denied" if denied else "did not happen"
            yes_label = "happened" if any(r.frame.factuality in _YES for r in rs) else "planned"
            sides = {yes_label: yes, no_label: _unique(r.info for r in no_reports)}
        if answered:
            out.append(_Question("factuality", f"{cid}:{names}", f"whether {label} happened", sides, articles=answered))
    if not denials_only:
        out += _still_planned(claimed, label) + _plans_refused(claimed, refused, label)
        out += _exclusive_words(claimed, label)
    return out


def _nameless_noes(reports: Sequence[_Report]) -> dict[str, list[_Report]]:
    """Cluster -> its "no" reports that name nobody (:func:`_factuality_questions` gives them their cluster's
    names)."""
    out: dict[str, list[_Report]] = {}
    for r in reports:
        if r.frame.factuality in _NO and not r.outlet and not _named(r.frame):
            out.setdefault(r.cluster, []).append(r)
    return out


def _thing_acted_on(f: EventFrame) -> str:
    """The noun an event acts on, without the mark of an indefinite ("a desalination unit" is the unit)."""
    return (f.theme_noun or "").removeprefix(INDEFINITE)


def _answers_vague_no(r: _Report, vague_noes: Mapping[str, list[_Report]]) -> bool:
    """A report naming nobody that a "no" of its cluster naming nobody answers: the "no" says none took place
    (:func:`_nameless_answer`: "there has never been a night cut", "no assessment was carried out"), or is told of
    the same thing (its object noun: "the desalination unit has not been delivered" / "a desalination unit was
    delivered on Thursday"). A "no" of another thing ("the driver was not hurt" / "people were hurt") answers
    nothing of it."""
    thing = _thing_acted_on(r.frame)
    return any(
        _nameless_answer(n) or (thing and _thing_acted_on(n.frame) == thing) for n in vague_noes.get(r.cluster, ())
    )


def _nameless_answer(r: _Report) -> bool:
    """A report of a cluster that names nobody answering whether its event happened: told as done, not in a
    clause that leaves it open ("examining whether the fault was a cyberattack": ``open_clauses`` of
    ``models/measures.toml``); or a "no" that says none took place: denied ("denied that any accident had been
    caused"), a noun under its own negative determiner ("found no damage", :func:`_none_of_it`) or a verb whose
    subject is nobody ("No one was evacuated"). A plain negation of a verb ("the driver was not hurt", "a roar
    that did not stop") tells of one party the cluster does not name, no "no" of the event."""
    f, c = r.frame, r.info.claim
    at = f.trigger.start - c.start
    if not c.text or not 0 <= at <= len(c.text):
        return False
    before = _CLAUSE_END.split(c.text[:at].lower())[-1]
    if f.factuality in _YES:
        words = _WORD_OR_NUMBER.findall(before)
        if words and f.trigger.pos == "noun" and _hedging_adjective(words[-1]):
            return False  # "a possible cyberattack was being examined": a thing that may be, not told as done
        return not set(words) & set(measures().measured.open_clauses)
    if _none_of_it(r):
        return True
    if f.factuality == "denied":
        return f.trigger.pos == "verb" or _argument_of_predicate(r)
    return f.factuality == "negated" and f.trigger.pos == "verb" and _nobody().search(before) is not None


def _argument_of_predicate(r: _Report) -> bool:
    """A denied noun that is an argument of its claim's predicate: before it in its clause ("denied that any
    accident had been caused by the fault"), or right after it ("denied causing an accident"); not a noun of
    another verb's clause ("rejected the argument that the clock started only once the firm confirmed the scope
    of the leak": the denial is of when the clock started)."""
    c, t, predicate = r.info.claim, r.frame.trigger, r.info.claim.predicate
    at = t.start - c.start
    if predicate is None or not c.text or not 0 <= at <= len(c.text):
        return False
    verb = re.search(rf"\b{re.escape(predicate[:-1] if predicate.endswith('e') else predicate)}\w*", c.text, re.I)
    if verb is None:
        return False
    if at < verb.start():
        return not _CLAUSE_END.search(c.text[at : verb.start()])
    gap = c.text[verb.end() : at]
    return not _CLAUSE_END.search(gap) and len(gap.split()) <= 3


def _hedging_adjective(word: str) -> bool:
    """``word`` is the adjective of a hedging adverb (``hedging_adverbs`` of ``models/modality.toml``: "possible"
    of "possibly", "potential" of "potentially", "likely")."""
    adverbs = set(modality().hedging_adverbs)
    return word in adverbs or f"{word}ly" in adverbs or (word.endswith("le") and f"{word[:-1]}y" in adverbs)


@cache
def _nobody() -> re.Pattern[str]:
    """A subject that is nobody (``negative_pronouns`` of ``models/modality.toml``), up to three words before its
    verb ("No one was evacuated", "nobody has been charged")."""
    either = "|".join(re.escape(w) for w in sorted(modality().negative_pronouns, key=len, reverse=True))
    return re.compile(rf"(?:^|[^\w'-])(?:{either})\s+(?:[a-z]+\s+){{0,3}}$")


def _speech_not_done(r: _Report) -> bool:
    """A speech act of a class of ``past_negated_speech`` of ``models/comparison.toml`` (or below: a stance, an
    announcement) its claim tells not done, in the simple past of its own verb ("EirGrid did not object to the
    application", "never backed the plan", "did not announce a veto"): a "no" against a report that it was done
    ("EirGrid objected to the development"), unlike a speech act not done yet ("has not confirmed")."""
    f, c = r.frame, r.info.claim
    if f.factuality != "negated" or f.trigger.pos != "verb" or not (c.start <= f.trigger.start <= c.end):
        return False
    lex = lexicon()
    classes = comparison().past_negated_speech
    if f.event_class not in classes and not classes & set(lex.ancestors.get(f.event_class, ())):
        return False
    before = c.text[max(0, f.trigger.start - c.start - 60) : f.trigger.start - c.start].lower()
    return _past_negation(_WORD_OR_NUMBER.findall(before))


def _past_negation(words: list[str]) -> bool:
    """Words before a verb end in a simple past's (or past perfect's) negation (``past_negations`` of
    models/comparison.toml: "did not", "didn't", "had never", "never"; not "has never", "will never":
    ``not_past_auxiliaries``), with adverbs in -ly or "ever" between ("did not formally object", "did not ever
    oppose"), none of which limits it to a time or an occasion (``occasion_adverbs``: "did not initially object",
    review 16 X6)."""
    vocab = comparison()
    between: list[str] = []
    k = len(words)
    while (
        k
        and len(between) < 3
        and (
            words[k - 1].endswith("ly")
            or words[k - 1] == "ever"
            or any(words[k - 1] in a.split() for a in vocab.occasion_adverbs)
        )
    ):
        k -= 1
        between.insert(0, words[k])
    said = " ".join(between)
    if any(re.search(rf"(?<![\w']){re.escape(a)}(?![\w'])", said) for a in vocab.occasion_adverbs):
        return False
    rest = words[:k]
    for phrase in vocab.past_negations:
        n = phrase.split()
        if rest[-len(n) :] != n:
            continue
        if n == ["never"] and len(rest) > 1 and rest[-2] in vocab.not_past_auxiliaries:
            continue
        return True
    return False


def _report_denials(claims: Iterable[Claim]) -> dict[tuple[str, int], list[int]]:
    """(article, sentence start) -> where each claim starts that denies its sentence's report ("; Holm denied
    the report", "the company denies it": a denial verb for its cue, a report noun or a pronoun for its whole
    content; :func:`.readings.denial_of_report`)."""
    out: dict[tuple[str, int], list[int]] = {}
    for c in claims:
        if c.cue is None or len(c.text) > 40:
            continue
        words = _WORD_OR_NUMBER.findall(f"{c.cue.text} {c.text}".lower())
        if _denial_of_report(words):
            out.setdefault((c.article_id, c.sentence.start), []).append(c.start)
    return out


def _disowned(r: _Report, denials: Mapping[tuple[str, int], list[int]]) -> bool:
    """A report that an act happened whose own sentence takes it back ("The union said X had sacked 12
    strikers, a claim the company denied"; "A newspaper reported that Holm had leaked the budget; Holm denied
    the report"): contested in that report, no "happened" against the accused's denial (review 12 T1)."""
    if r.frame.factuality not in _YES:
        return False
    c, t = r.info.claim, r.frame.trigger
    if c.text and c.start <= t.end <= c.end and _disowns(c.text[t.end - c.start :]):
        return True
    return any(start >= t.end for start in denials.get((r.info.article_id, r.frame.sentence.start), ()))


def _answers(a: _Report, no: _Report) -> bool:
    """Whether a "no" answers a report: of one word (:func:`_one_word`), and not an act done after the "no" was
    told (its own time, else the day it is told): "has not completed its purchase", told on Monday, says nothing
    of Thursday's completion (review 10 R33)."""
    if not _one_word(a, no):
        return False
    if a.frame.factuality not in _YES:
        return True
    told = _told_day(no)
    if _future_denial(no) and (_past_form(a.frame) or _dated_by(a.frame.time, told)) and not _denied_after(a, no):
        return False  # "denied it would close the plant" answers "is to close", not "cut the night shift on Tuesday"
    if told is None:
        return True
    t = a.frame.time
    done = t.start if t is not None and t.start is not None else _told_day(a)
    return done is None or done <= told


def _answers_across(a: _Report, no: _Report) -> bool:
    """Whether a "no" answers a report of another cluster of its family (:func:`_answers`): a "no" with no time of its
    own ("the contract was not cancelled" / "cancelled the contract on 7 September"), told by a verb (a noun takes its
    clause's negation: "the scope of the pilot has not changed" says nothing of whether the pilot happened), of a
    listed class (a word the lexicon does not list, "ran", is too loose to say what did not happen), on no other thing
    ("the city routes did not run" / "ran the county routes": :func:`claimline.reconcile.objects.things_apart`)."""
    return (
        no.frame.time is None
        and no.frame.trigger.pos == "verb"
        and not _on_an_occasion(no)
        and no.frame.event_class not in (OTHER, MEASURE)
        and not _things_apart(a.frame, a.info.claim, no.frame, no.info.claim)
        and _answers(a, no)
    )


def _on_an_occasion(r: _Report) -> bool:
    """A report whose claim limits it to an occasion that is no time of the timeline (``occasion_words`` of
    models/comparison.toml: "did not cancel its trains during the heatwave", "amid the strike", "this time"): a
    "no" about that occasion, not about the family's dated occurrences (review 16 X15)."""
    text = " " + " ".join(_WORD_OR_NUMBER.findall((r.info.claim.text or "").lower())) + " "
    return any(f" {w} " in text for w in comparison().occasion_words)


def _denied_after(a: _Report, no: _Report) -> bool:
    """A denial of an act to come told on a day of its own after the day the act is reported done ("denied on
    Wednesday that it would ever close its Halvey depot" / "closed its Halvey depot on Monday"): it takes the act
    back, no story moving on (review 13 U16), when it denies the act's own word. A denial dated only by its
    publication, or told before the act, does not ("denied on Monday that she would step down" / "stepped down on
    Thursday")."""
    c, t = no.info.claim.time, a.frame.time
    if no.frame.time is not None or c is None or c.end is None or c.granularity not in ("day", "time"):
        return False
    if _things_apart(a.frame, a.info.claim, no.frame, no.info.claim):
        return False  # "closed its Pellis bakery" is no act "denied it would close the Dunmore dairy" takes back
    x, y = _frame_object(a.frame, a.info.claim), _frame_object(no.frame, no.info.claim)
    if not kin(a.frame.trigger.lemma, no.frame.trigger.lemma) and not (
        a.frame.event_class == no.frame.event_class and _one_named_object(x, y)
    ):
        return False  # one word: "cut the night shift on Tuesday" is no closure "it would close the plant" denies
    done = (t.end or t.start) if t is not None else None
    return done is not None and done < c.end


def _dated_by(t: EventTime | None, day: date | None) -> bool:
    """A time that ends by ``day`` ("on Tuesday", told on Wednesday; not "within two years")."""
    end = t.end or t.start if t is not None else None
    return end is not None and (day is None or end <= day)


def _told_day(r: _Report) -> date | None:
    """The day a report was told: its claim's day when the act has no time of its own (a denial: "denied on
    Monday that he would resign", published on Friday: Monday, review 12 T27; a confirmation, "confirmed on
    Tuesday that it had recalled"), else the day it was published."""
    published, c = r.info.published, r.info.claim
    if r.frame.factuality == "negated" or r.frame.time is not None or c.time is None or c.time.end is None:
        return published
    if c.time.granularity not in ("day", "time") or (published is not None and c.time.end > published):
        return published
    return c.time.end


def _future_denial(no: _Report) -> bool:
    """A denial of an act still to come ("denied that it would close the plant", "denied it will sell"): a
    future auxiliary (``future_in_past`` of ``models/comparison.toml``, "will", "'ll") right before the verb in
    its clause. It answers a plan ("is to close"), not an act reported done (a past form, or dated by the day the
    denial is told): a plan denied, then carried out, or an act done before, is the story moving on (review 12
    T2; review 11 S18)."""
    c, t = no.info.claim, no.frame.trigger
    if no.frame.factuality != "denied" or t.pos != "verb" or not (c.start <= t.start <= c.end):
        return False
    words = _VERB_WORD.findall(_clause_head(c, t))
    future = {*comparison().future_in_past, "will", "'ll", "shall"}
    tail = [w for w in words[-3:] if w not in ("not", "never", "ever", "also", "still", "then", "soon", "be")]
    return bool(tail) and tail[-1] in future


def _one_word(a: _Report, no: _Report) -> bool:
    """Whether a "no" answers a report: one word or its derivation ("cancel" / "cancellation"); a denial
    also another word of the event ("denied that it is paying" / "to share the cost"), unless the two
    are two answers of one ``[[exclusive]]`` table ("denied that it had cancelled" / "suspended")."""
    x, y = a.frame.trigger.lemma, no.frame.trigger.lemma
    if kin(x, y) or _one_thing(x, y):
        return True
    if no.frame.factuality != "denied":
        return False
    return not any(
        None not in (sx := _side_of(x, t), sy := _side_of(y, t)) and sx != sy for t in comparison().exclusive
    )


def _one_thing(x: str, y: str) -> bool:
    """Two words of one ``[counted]`` set of ``models/measures.toml`` ("nobody was killed" / "two miners died"; "was
    never shut" / "closed its intake") or of one ``[synonyms]`` set of event nouns ("no probe" / "an
    investigation"): one act, told with two words."""
    lex = lexicon()
    wx, wy = lex.word(x), lex.word(y)
    counted = counted_as(wx)
    return (counted is not None and counted == counted_as(wy)) or lex.synonymous(wx, wy)


def _failed(r: _Report) -> bool:
    """A verb under a word of failing in its clause ("failed to sign", "refused to pay", "unable to pay":
    ``undone_words`` of ``models/cues.toml``): the event did not happen."""
    c, t = r.info.claim, r.frame.trigger
    if t.pos != "verb" or not (c.start <= t.start <= c.end):
        return False
    words = _VERB_WORD.findall(_clause_head(c, t))
    return len(words) >= 2 and words[-1] == "to" and any(_form_of(words[-2], v) for v in failing_words())


def _negated_negation(r: _Report) -> bool:
    """A negating verb that is itself negated before the trigger ("has not ruled out cancelling", "did
    not rule out"): a maybe, not a "no"."""
    c, t = r.info.claim, r.frame.trigger
    if not (c.start <= t.start <= c.end):
        return False
    words = _VERB_WORD.findall(_clause_head(c, t))
    negating = [k for k in range(len(words)) if _negating_at(words, k)]
    return bool(negating) and any(w in ("not", "never") or w.endswith("n't") for w in words[: negating[-1]])


def _untrue_negation(r: _Report) -> bool:
    """A negation of its own under a negated truth ("it is not true that X did not sign": review 7 R16):
    the two cancel, no "no"."""
    c, t = r.info.claim, r.frame.trigger
    if t.pos != "verb" or not (c.start <= t.start <= c.end):
        return False
    before = c.text[max(0, t.start - c.start - 160) : t.start - c.start].lower()
    return bool(_NEGATOR_BEFORE.search(before)) and _untrue_over(before)


def _only_object(r: _Report) -> bool:
    """ "sold nothing but its stake": only its stake, no negation (:func:`.readings.exceptive`)."""
    return bool(_exceptive().match(" ".join(_tail(r)[:3])))


def _not_until(r: _Report) -> bool:
    """A negation that dates the event ("did not sign the contract until Monday": it was signed then)."""
    return _says(_tail(r), ("until", "till"))


def _exclusive_words(by_cluster: Mapping[tuple[str, str], list[_Report]], label: str) -> list[_Question]:
    """Two words of one event that exclude each other (``[[exclusive]]`` of ``models/comparison.toml``):
    "the contract was suspended" / "the contract was cancelled", within one cluster, among reports of the
    event done (asserted or reported) that share a named party with a report on another side (identity
    has them one event already; the words, not the parties, are what they disagree on). One question per
    cluster and table."""
    tables = comparison().exclusive
    if not tables:
        return []
    by_cid: dict[str, list[tuple[set[str], _Report]]] = {}
    for (cid, names), rs in by_cluster.items():
        by_cid.setdefault(cid, []).extend((set(names.split("|")), r) for r in rs if r.frame.factuality in _DONE_BY)
    out = []
    for cid, items in sorted(by_cid.items()):
        for k, table in enumerate(tables):
            placed = [(side, n, r) for n, r in items if (side := _side_of(r.frame.trigger.lemma, table)) is not None]
            if len({side for side, _, _ in placed}) < 2:
                continue
            final = list(table)[-1]
            sides: dict[str, list[Info]] = {}
            for side, n, r in placed:
                if any(
                    other != side and n & m and _same_object(r, o) and not _moved_on(side, r, other, o, final)
                    for other, m, o in placed
                ):
                    sides.setdefault(side, []).append(r.info)
            sides = _own_sides({v: _unique(infos) for v, infos in sides.items()})
            if sides:
                answered = len({i.group for infos in sides.values() for i in infos})
                wording = f"{label}: {' or '.join(sorted(sides))}"
                out.append(_Question("factuality", f"{cid}:words:{k}", wording, sides, articles=answered))
    return out + _outcomes(by_cluster, label)


def _outcomes(by_cluster: Mapping[tuple[str, str], list[_Report]], label: str) -> list[_Question]:
    """Two outcomes of one act across the clusters of a family (``[[outcomes]]`` of
    ``models/comparison.toml``: "approved" / "rejected" the vaccine on Tuesday): reports on two sides of a
    table that name the same parties, the same object and the same day (:func:`_outcome_sides`)."""
    reports = [r for rs in by_cluster.values() for r in rs]
    out = []
    for k, table in enumerate(comparison().outcomes):
        placed = [(side, r) for r in reports if (side := _side_of(r.frame.trigger.lemma, table)) is not None]
        sides: dict[str, list[Info]] = {}
        for side, r in placed:
            if any(
                other != side
                and _outcome_sides(r.frame, o.frame)
                and _same_object(r, o)
                and r.info.publisher != o.info.publisher
                for other, o in placed
            ):
                sides.setdefault(side, []).append(r.info)
        sides = _own_sides({v: _unique(infos) for v, infos in sides.items()})
        if len(sides) >= 2:
            answered = len({i.group for infos in sides.values() for i in infos})
            wording = f"{label}: {' or '.join(sorted(sides))}"
            out.append(_Question("factuality", f"outcome:{k}", wording, sides, articles=answered))
    return out


def _moved_on(side: str, r: _Report, other: str, o: _Report, final: str) -> bool:
    """The story moving on, not two answers: a report on a side before the final one ("suspended")
    published strictly before the final side's report ("cancelled" two days later) or dated strictly
    before it, or undated. On the final report's publication day, an act of another (named) event class
    of ``models/events.toml`` is a step of its own (a flight delayed, then cancelled); one class is one
    act told two ways ("suspended" / "cancelled" its contract on Monday: two answers)."""
    if final not in (side, other):
        return False
    early, late = (r, o) if other == final else (o, r)
    if early.info.published is None or late.info.published is None:
        return True
    if early.info.published < late.info.published:
        return True
    when = [_time_interval(x.frame.time) if x.frame.time else None for x in (early, late)]
    if when[0] is not None and when[1] is not None and when[0][1] < when[1][0]:
        return True
    classes = {early.frame.event_class, late.frame.event_class}
    return early.info.published == late.info.published and len(classes) == 2 and "other" not in classes


def _plans_refused(
    by_cluster: Mapping[tuple[str, str], list[_Report]], refused: Mapping[tuple[str, str], list[_Report]], label: str
) -> list[_Question]:
    """A plan against a plan not to ("is preparing an appeal" / "will not appeal", "plans to use the
    scanners" / "promised not to use them"): within one cluster (one question), the expected reports
    against the negated plans (:func:`_negated_plan`; not advice, not a deferral: "will not sign until
    the court rules" says when, not whether) whose parties nest with theirs."""
    by_cid: dict[str, list[tuple[set[str], _Report]]] = {}
    for (cid, names), rs in refused.items():
        by_cid.setdefault(cid, []).extend((set(names.split("|")), r) for r in rs)
    out = []
    for cid, nos in sorted(by_cid.items()):
        plans = [
            (set(n.split("|")), r)
            for (c, n), rs in sorted(by_cluster.items())
            if c == cid
            for r in rs
            if r.frame.factuality == "expected"
        ]
        pairs = [(p, no) for pn, p in plans for nn, no in nos if _nest(pn, nn) and _one_plan(p, no)]
        if not pairs:
            continue
        sides = _own_sides(
            {"planned": _unique(p.info for p, _ in pairs), "not planned": _unique(no.info for _, no in pairs)}
        )
        if sides:
            answered = len({i.group for infos in sides.values() for i in infos})
            out.append(_Question("factuality", f"{cid}:plan", f"whether {label} is planned", sides, articles=answered))
    return out


def _one_plan(plan: _Report, refusal: _Report) -> bool:
    """A plan and a plan not to that are about one thing: the same words after the trigger in its
    clause ("to use the drones for surveillance" / "will not use them for strikes" are two plans; "on
    unclassified networks" / "on classified networks" too), neither under a condition ("will not sign
    without a guarantee" is no refusal), from two outlets (one outlet's later word on its own plan is
    an update, not a dispute). A refusal giving no number refuses the plan whatever its number ("will cut
    400 jobs at Tarrow" / "will not cut any jobs at Tarrow", review 9 W12); one giving a number, only that."""
    if _conditioned(plan) or _conditioned(refusal) or plan.info.publisher == refusal.info.publisher:
        return False
    mine, theirs = _planned_thing(_tail(plan)), _planned_thing(_tail(refusal))
    if not theirs:  # "will not appeal" (and nothing after it) refuses the plan whatever it acts on
        return True
    if any(w.isdigit() for w in theirs):
        return mine == theirs
    if _unquantified(mine) == _unquantified(theirs):
        return True
    # the refusal's words, each in the plan's in their order ("will not issue a single warning on its own" /
    # "will issue severe-weather warnings on its own when a storm develops"): the plan's thing, told more fully
    # ("to use the drones for surveillance" / "will not use them for strikes" stay two plans)
    rest = iter(amounts.singular(w) for w in _unquantified(mine))
    return all(any(w == x for x in rest) for w in (amounts.singular(w) for w in _unquantified(theirs)))


#: auxiliaries that open a second clause after "and" / "but" ("will not appeal and will retender the work")
_NEXT_CLAUSE = frozenset({"will", "would", "has", "have", "had", "is", "was", "plans", "intends", "said", "says"})
#: words of a day counted from the day a report is written ("last week's ruling", "this week's ruling": one ruling)
_COUNTED_FROM = frozenset({"last", "next"})
_DAY_NOUNS = frozenset(
    {"week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def _planned_thing(tail: Sequence[str]) -> list[str]:
    """The words a plan or a refusal acts on (a trigger's :func:`_tail`): up to a second clause joined by "and" or
    "but" with an auxiliary of its own, without "last" / "next" before a day noun, which two reports written on two
    days give one day two ways ("is preparing to challenge this week's ruling" / "will not appeal last week's
    ruling")."""
    out: list[str] = []
    for k, w in enumerate(tail):
        nxt = tail[k + 1] if k + 1 < len(tail) else ""
        if w in ("and", "but") and nxt in _NEXT_CLAUSE:
            break
        if w in _COUNTED_FROM and nxt in _DAY_NOUNS:
            continue
        out.append(w)
    return out


def _unquantified(words: list[str]) -> list[str]:
    """``words`` without numbers and the quantifiers "any" and "single" ("400 jobs", "any jobs", "a single job":
    "jobs")."""
    return [w for w in words if not w.isdigit() and w not in ("any", "single")]


def _still_planned(by_cluster: Mapping[tuple[str, str], list[_Report]], label: str) -> list[_Question]:
    """A plan written when another article has the event done: "the regulator intends to fine Vantor Mobile"
    published on 24 November against "the regulator fined Vantor Mobile on Tuesday" (24 November), or "plans to
    file a claim before the end of the year" against "has filed a claim" published that day. A plan
    (:func:`_open_plan`) published on or after the day a report of the event done
    (:func:`_done_by`) dates it — by its time, else by its publication — says it had not happened
    then: a conflict between "happened" and "planned", within one cluster, among reports that share a
    named party (identity has them one event; "[plans] to file a collective action under the Marton
    Act" and "has filed a collective lawsuit in Amsterdam" name the foundation both; reports of a cluster that
    names nobody, asked of nobody named, share none). A plan for a
    day ("will sign on Tuesday") agrees with a report that it was done that day; a plan written before
    the event was done is no answer to it."""
    by_cid: dict[str, list[tuple[set[str], _Report]]] = {}
    for (cid, names), rs in by_cluster.items():
        by_cid.setdefault(cid, []).extend((set(names.split("|")), r) for r in rs)
    out = []
    for cid, items in sorted(by_cid.items()):
        done = [(n, r, by) for n, r in items if (by := _done_by(r)) is not None]
        if not done:
            continue
        yes: list[Info] = []
        planned: list[Info] = []
        for n, p in items:
            published = p.info.published
            if published is None or not _open_plan(p) or not _this_plan(p):
                continue
            told = _statement_day(p.info.claim)
            since = min(published, told) if told is not None and told < published else published
            hits = [r.info for m, r, by in done if by <= since.toordinal() and n & m - {""} and _same_plan_object(p, r)]
            if hits:
                planned.append(p.info)
                yes += hits
        sides = _own_sides({"happened": _unique(yes), "planned": _unique(planned)}) if planned else {}
        if sides:
            answered = len({i.group for infos in sides.values() for i in infos})
            out.append(_Question("factuality", f"{cid}:planned", f"whether {label} happened", sides, articles=answered))
    return out


def _statement_day(c: Claim) -> date | None:
    """The day a claim's time gives its statement: a time outside its content ("said on Tuesday that it
    intends to fine"); not a time inside it, which dates another event of the clause ("intends to fine
    Fjordnett over the outage on 13 October")."""
    t = c.time
    if t is None or t.char_start is None or time_offset(c) is not None:
        return None
    return t.end


def _this_plan(p: _Report) -> bool:
    """A plan that can answer whether the event was done: not of a next instance or under a condition
    ("to raise rates again", "to fine it further if delays continue": ``next_instance``, ``conditions``
    of ``models/comparison.toml``), not backstory ("had intended to", "initially planned to":
    ``backstory``), and, for a noun, the object of a verb of doing ("to file a lawsuit", not "to
    collect the fine")."""
    c, t = p.info.claim, p.frame.trigger
    if not (c.start <= t.start <= c.end):
        return False
    lex = comparison()
    if _conditioned(p) or _says(_tail(p), lex.next_instance):
        return False
    head = _VERB_WORD.findall(c.text[max(0, t.start - c.start - 160) : t.start - c.start].lower())
    cue = _VERB_WORD.findall(c.cue.text.lower()) if c.cue else []
    if _says(head, lex.backstory | lex.next_instance) or _says(cue, lex.backstory):
        return False
    if any(w.endswith("ed") and _plan_words([w]) for w in cue):
        return False  # "[had] intended to fine", "initially planned to": the cue, a past plan word, says no more
        return False
    return p.frame.trigger.pos == "verb" or _doing_verb_object(p)


def _same_plan_object(plan: _Report, done: _Report) -> bool:
    """A plan about what a done report did: one object phrase ("to fine Orlen Buses" / "fined Orlen Buses
    on Tuesday"; not "to hire 300 workers" / "hired 200 workers"), or one of them a noun that names it."""
    a, b = _object(plan), _object(done)
    if a is None or b is None:
        return True
    return _before_sum(a) == _before_sum(b)


def _before_sum(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """An object phrase without the sum told after it ("fine Fjordnett 18 million kroner (about 1.55 million
    euros)" / "fined Fjordnett 18 million kroner": Fjordnett both; not "Tresk Bank's Lorsk unit 2 million euros"
    / "Tresk Bank", two parties: review 11 S33, where one phrase a prefix of the other was taken as one); a
    count that opens the phrase is its own ("to hire 300 workers" / "hired 200 workers": two hirings)."""
    for k, w in enumerate(phrase[1:], 1):
        if w[:1].isdigit() or w[:1] in "(€$£":
            return phrase[:k]
    return phrase


def _done_by(r: _Report) -> int | None:
    """The day (ordinal) by which a report has the event done: a verb in a past form (:func:`_past_form`)
    or an event noun in a clause of a past verb ("has filed a lawsuit"), asserted or reported, by the
    end of its time, else by its publication; None for any other report."""
    f = r.frame
    if f.factuality not in _DONE_BY or (f.time is not None and f.time.kind != "point"):
        return None
    if f.trigger.pos == "verb":
        if not _past_form(f):
            return None
    elif f.trigger.pos != "noun" or not _past_clause(r):
        return None
    if f.time is not None:
        return f.time.end.toordinal() if f.time.end else None
    return r.info.published.toordinal() if r.info.published else None


_PAST_WORD = re.compile(r"\b(?:has|have|had|was|were|[a-z]{3,}ed)\b")


def _past_clause(r: _Report) -> bool:
    """An event noun whose clause has a past verb before it ("has filed a collective lawsuit", "imposed a
    fine"), in its claim."""
    c, t = r.info.claim, r.frame.trigger
    if not c.start <= t.start <= c.end:
        return False
    head = _clause_head(c, t)
    if _plan_words(_VERB_WORD.findall(head)):
        return False  # "expected to complete the acquisition": a plan, whatever the frame says
    return bool(_PAST_WORD.search(head)) and _doing_verb_object(r)  # not "has proposed a fine"


def _open_plan(r: _Report) -> bool:
    """A plan with no day of its own: expected, or hedged by its claim's plan word (the claim's predicate
    or cue is an expectation verb: "[plans] to file a claim"), undated or with a deadline ("intends to
    fine", "plans to file a claim before the end of 2026"); not a plan for a day or a month ("will sign on
    Tuesday")."""
    f = r.frame
    if f.factuality not in ("expected", "hedged"):
        return False
    c = r.info.claim
    plan_words = (c.predicate or "").lower().split()[:1] + (_VERB_WORD.findall(c.cue.text.lower()) if c.cue else [])
    if f.factuality == "hedged" and not _plan_words(plan_words):
        return False  # hedged by anything but a plan word ("are studying whether to bid ... to win approval")
    t = f.time
    if t is None:
        return f.factuality == "expected" or not _past_form(f)
    return _is_deadline(f, t) or (f.factuality == "hedged" and t.kind == "until")


_CLAUSE_END = re.compile(r"[.;:,!?]")


def _deferred(r: _Report, lex: EventLexicon | None = None) -> bool:
    """A negated event its clause puts off rather than denies: a future or modal verb before the
    trigger (``deferring_auxiliaries``) and a deferral word after it (``deferrals``), both in the
    trigger's clause ("would not sign its contract until the appeals chamber rules", "won't resume
    before the audit"); a past "did not sign before the election" stays a "no"."""
    lex = lex or lexicon()
    c, t = r.info.claim, r.frame.trigger
    if not lex.deferrals or not (c.start <= t.start <= t.end <= c.end):
        return False
    tail = c.text[t.end - c.start : t.end - c.start + 160]
    cut = _CLAUSE_END.search(tail)
    if not any(w.lower() in lex.deferrals for w in re.findall(r"[A-Za-z]+", tail[: cut.start() if cut else None])):
        return False
    return any(w in lex.deferring_auxiliaries for w in _VERB_WORD.findall(_clause_head(c, t)))


def _clause_head(c: Claim, t: Any) -> str:
    """The words of the trigger's clause before it, lower-cased: the text after the last clause
    punctuation and after the last word that opens a clause of its own ("will appeal the ruling but it
    did not use": "it did not")."""
    head = _CLAUSE_END.split(c.text[max(0, t.start - c.start - 160) : t.start - c.start].lower())[-1]
    return _CLAUSE_OPENER.split(head)[-1]


_CLAUSE_OPENER = re.compile(r"\b(?:but|and|or|yet|so|why|when|whether|how|because|if|who|which|that)\b")

#: words that carry no object: determiners and possessives
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"})
#: words that end an object noun phrase: prepositions and conjunctions
_PHRASE_END = frozenset(
    {"on", "in", "at", "for", "with", "to", "from", "by", "of", "over", "under", "after", "before", "until", "during"}
    | {"and", "or", "but", "if", "unless", "without", "because", "as", "into", "onto", "against", "about", "per"}
)
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would"})


def _tail(r: _Report) -> list[str]:
    """The words of the trigger's clause after it, lower-cased, without determiners."""
    c, t = r.info.claim, r.frame.trigger
    if not (c.start <= t.start <= t.end <= c.end):
        return []
    text = c.text[t.end - c.start : t.end - c.start + 160].lower()
    cut = _CLAUSE_END.search(text)
    return [w for w in _WORD_OR_NUMBER.findall(text[: cut.start() if cut else None]) if w not in _DETERMINERS]


_WORD_OR_NUMBER = re.compile(r"[a-z]+n't|[a-z0-9]+|'[a-z]+")


def _says(words: Sequence[str], vocabulary: Collection[str]) -> bool:
    """Whether ``words`` hold one of ``vocabulary``'s entries (an entry of several words in a row too)."""
    joined = f" {' '.join(words)} "
    return any(f" {w} " in joined for w in vocabulary)


def _object(r: _Report) -> tuple[str, ...] | None:
    """What the event is done to, as words: a verb's object noun phrase ("cancelled its contract with X":
    ("contract",)), a passive verb's subject ("the contract was cancelled"), a noun's "of" phrase ("the
    suspension of the contract"); None when the clause does not say."""
    tail = _tail(r)
    if r.frame.trigger.pos == "noun":
        tail = tail[1:] if tail[:1] == ["of"] else []
    phrase = tuple(w for w in _takewhile_words(tail))
    if phrase:
        return phrase
    if r.frame.trigger.pos == "verb":
        c, t = r.info.claim, r.frame.trigger
        if not (c.start <= t.start <= c.end):
            return None
        head = [w for w in _VERB_WORD.findall(_clause_head(c, t)) if w not in _DETERMINERS]
        if head and head[-1] in _AUXILIARIES and head[-1] not in ("has", "have", "will", "would"):
            rest = [w for w in head if w not in _AUXILIARIES and not w.endswith("ly")]
            return tuple(rest[-1:]) or None
    return None


def _takewhile_words(words: Sequence[str]) -> list[str]:
    out = []
    for w in words:
        if w in _PHRASE_END:
            break
        out.append(w)
    return out


def _same_object(a: _Report, b: _Report) -> bool:
    """Two reports about one object: their object phrases end in one head noun ("its contract" /
    "the contract"); False when either does not say. The parse's theme nouns first, when both frames
    have one ("Brno's contract for AI video analytics at tram and bus interchanges has been suspended":
    the contract, not the interchanges)."""
    ta, tb = a.frame.theme_noun, b.frame.theme_noun
    if ta and tb:
        return ta.split()[-1] == tb.split()[-1]
    oa, ob = _object(a), _object(b)
    return oa is not None and ob is not None and oa[-1] == ob[-1]


def _conditioned(r: _Report) -> bool:
    """A condition in the trigger's clause after it ("will not sign without a guarantee", "to fine it
    further if delays continue": ``conditions`` of ``models/comparison.toml``)."""
    return _says(_tail(r), comparison().conditions)


def _doing_verb_object(r: _Report) -> bool:
    """An event noun that is the object of a verb of doing (``doing_verbs`` of ``models/comparison.toml``:
    "imposed a fine", "to file a lawsuit"), not of "proposed", "threatened", "called for", "collect"."""
    c, t = r.info.claim, r.frame.trigger
    if not (c.start <= t.start <= c.end):
        return False
    doing = comparison().doing_verbs
    for w in reversed(_VERB_WORD.findall(_clause_head(c, t))):
        if w in _DETERMINERS or w in _AUXILIARIES or w.isdigit():
            continue
        if w in doing or any(_form_of(w, v) for v in doing):
            return True
        if w.endswith("ed") or w in ("to", "for", "with", "of"):
            return False
    return False


#: a word as written, with its contraction: "won't", "can't", "it'll" (-> "it", "'ll")
_VERB_WORD = re.compile(r"[a-z]+n't|[a-z]+|'[a-z]+")
#: the future-in-the-past of ``future_auxiliaries`` ("said it would not sign")
#: "promised not to", "vowed never to": a commitment not to do what follows
_NOT_TO = re.compile(r"\b([a-z]+)\s+(?:not|never)\s+to\s+(?:[a-z]+\s+)?$")


def _negated_plan(r: _Report, lex: EventLexicon | None = None) -> bool:
    """A negated event still to come when reported: a future auxiliary in the trigger's clause before
    it ("the scanners would not be used at the terminals", "won't run on Sunday"), a modal of advice
    ("patients should not stop the treatment", ``advice_modals`` of ``models/comparison.toml``) or a
    commitment not to do it ("pledged not to use them", ``expectation_verbs``). It says what is planned, not
    that the event did not happen, so it answers no report that it did ("has been used since 2024");
    a past or modal "did not run", "could not run" stays a "no"."""
    lex = lex or lexicon()
    c, t = r.info.claim, r.frame.trigger
    if not (c.start <= t.start <= c.end):
        return False
    head = _clause_head(c, t)
    later = comparison().future_in_past
    if _advice(r) or any(w in lex.future_auxiliaries or w in later for w in _VERB_WORD.findall(head)):
        return True
    m = _NOT_TO.search(head)
    if m is not None:
        word = m[1]
    elif re.fullmatch(r"\s*(?:not|never)\s+to\s+(?:[a-z]+\s+)?", head) and c.cue is not None:
        word = c.cue.text.lower().split()[-1]  # an attitude's content: "[promised] not to use it"
    else:
        return False
    return any(word.startswith(v) and len(word) - len(v) <= 3 for v in lex.expectation_verbs)


#: what may stand between a negator and the verb it negates: auxiliaries and adverbs ("has not yet been
#: signed", "was never formally signed", "didn't actually sign")
_VERB_GROUP = r"(?:(?:be|been|being|have|has|had|do|does|did|yet|ever|even|also|still|so|far|[a-z]+ly)\s+){0,3}"
_NEGATOR_BEFORE = re.compile(r"(?:\b(?:not|never|nor|neither|cannot|without)|n't)\s+" + _VERB_GROUP + "$")
_NEGATIVE_SUBJECT = re.compile(r"^\s*(?:no|nobody|nothing|none|neither|no-one)\b")


def _none_of_it(r: _Report) -> bool:
    """A negated event noun under a negative determiner of its own ("received no complaint", "No complaint has been
    filed", "not a single arrest was made", "no formal complaint"): the noun's own "no" — that none took place —
    unlike a noun in a clause another word negates ("the scope of the pilot has not changed") or a "no" under a
    condition ("if no agreement is reached")."""
    c, t = r.info.claim, r.frame.trigger
    if t.pos != "noun" or not c.text or not (c.start <= t.start <= c.end):
        return False
    at = t.start - c.start
    found = _NO_DETERMINER.search(c.text[max(0, at - 40) : at].lower())
    if found is None:
        return False
    # not under a condition ("a stoppage for Monday if no agreement is reached", "unless no buyer is found": what
    # happens then, no "no" told; ``conditions`` of ``models/comparison.toml``)
    before = _CLAUSE_END.split(c.text[max(0, at - 160) : max(0, at - 40) + found.start() + 1].lower())[-1]
    return not _says(_VERB_WORD.findall(before)[-3:], (*comparison().conditions, "whether"))


#: a negative determiner right before an event noun, two modifiers between at most ("no complaint", "no formal
#: complaint", "no data-protection impact assessment", "not a single arrest", "not any payment"), or an existential
#: "never" ("there has never been a night cut", "there was never a new offer"); not "no such order", "no other
#: complaint", which point at one act told elsewhere (its parties are that act's, not whatever its cluster names)
_NO_DETERMINER = re.compile(
    r"(?:^|[^\w'-])(?:no|not\s+a\s+single|not\s+one|not\s+any|there\s+(?:has\s+|have\s+|had\s+)?(?:was\s+|were\s+)?"
    r"never\s+(?:been\s+)?(?:a|an|any))\s+(?:(?!such\b|other\b)[a-z][\w-]*\s+){0,2}$"
)


@cache
def _negative_object() -> re.Pattern[str]:
    """ "signed nothing", "no contract": a negative object; not "nothing but" (``exceptives``: only that)."""
    but = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(comparison().exceptives, key=len, reverse=True))
    return re.compile(rf"^\s+(?:no|nothing|none)\b(?!\s+(?:{but})\b)")


def _negation_of_its_own(r: _Report) -> bool:
    """Whether a negated verb frame carries its negation in its own verb group, as the claim's text
    writes it: a negator before it with only auxiliaries and adverbs between ("did not sign", "has not
    yet been signed"), a negative subject of its clause ("no contract was signed"), a negative object
    ("signed nothing") or a negating verb over it in its clause ("ruled out signing"). A negation the
    frame takes from another clause is not its own: "had not suspended the licence of X, whose ferry ran
    aground" does not say the ferry did not run aground, nor "patients whose lives were not in danger
    were sent" that nobody was sent. Nouns ("no agreement"), frames outside their claim and a claim's own
    predicate that the claim reads as negated too keep theirs."""
    c, t = r.info.claim, r.frame.trigger
    if t.pos != "verb" or not (c.start <= t.start <= t.end <= c.end):
        return True
    if c.negated and c.predicate is not None and kin(c.predicate, t.lemma):
        return True  # the claim reads its own predicate negated too: one reading
    before = c.text[max(0, t.start - c.start - 80) : t.start - c.start].lower()
    if _NEGATOR_BEFORE.search(before) or _negative_object().match(
        c.text[t.end - c.start : t.end - c.start + 12].lower()
    ):
        return True
    head = _clause_head(c, t)
    if _NEGATIVE_SUBJECT.match(head) or _untrue_over(before):
        return True
    words = _VERB_WORD.findall(head)
    return any(_negating_at(words, k) for k in range(len(words)))


def _negating_at(words: list[str], k: int) -> bool:
    """``words[k]`` is a form of a negating verb ("excluded"), or of a phrasal one's verb followed by
    its particle ("ruled out"; bare "ruled" is not: review 17 Y5)."""
    w = words[k]
    if any(_form_of(w, v) for v in _negating_verbs()):
        return True
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return any(nxt in ps and _form_of(w, v) for v, ps in _negating_phrasal().items())


def _untrue_over(before: str) -> bool:
    """A that-clause under a negated truth ("it is not true that X signed", "it is not the case that":
    ``untrue`` of ``models/comparison.toml``) ends with the trigger's clause: its negation is the
    trigger's (review 6, C15)."""
    words = comparison().untrue
    if not words:
        return False
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.search(rf"\b(?:{alternatives})\s+that\s+(?:(?!\bthat\b)[^.;:,!?])*$", before) is not None


@cache
def _negating_verbs() -> frozenset[str]:
    from .. import lexicons

    return frozenset(v for v in lexicons.modality().negating_verbs if " " not in v)


@cache
def _negating_phrasal() -> dict[str, frozenset[str]]:
    from ..extraction.negation import words

    return words().phrasal


def _advice(r: _Report) -> bool:
    """A modal of advice or obligation in the trigger's clause before it ("patients should not stop the
    treatment": advice, not a "no"; ``advice_modals`` of ``models/comparison.toml``)."""
    c, t = r.info.claim, r.frame.trigger
    if not (c.start <= t.start <= c.end):
        return False
    advice = comparison().advice_modals
    return any(w in advice for w in _VERB_WORD.findall(_clause_head(c, t)))


def _claim_says_yes(r: _Report) -> bool:
    """A negated frame on its claim's own predicate (one word or its derivation) that the claim does
    not read as negated: the two readings of one verb disagree ("the figures cannot both be right, and
    the commission may well be asked to decide", where the negation of the first clause reaches the
    second in the frame's reading only), so the frame is no "no" to compare."""
    predicate = r.info.claim.predicate
    return not r.info.claim.negated and predicate is not None and kin(predicate, r.frame.trigger.lemma)


def _nest(a: set[str], b: set[str]) -> bool:
    """One set of names among the other (in either direction)."""
    return a <= b or b <= a


def _denied_event(r: _Report, lex: EventLexicon | None = None) -> bool:
    """Whether a denied frame is what its claim denies: the claim's main event (its predicate, one
    word or its derivation with the trigger), a noun (an argument of it: "denied that its own tests
    found listeria"; the noun of a light verb: "denied making a payment") — not another verb, which
    heads a clause of its own: "the AP rejected the argument that the clock started only once the
    firm it had hired to investigate confirmed the leak" denies when the clock started, not that
    anyone investigated."""
    predicate = r.info.claim.predicate
    if r.frame.trigger.pos == "noun" and predicate is not None and kin(predicate, r.frame.trigger.lemma):
        if _refused_thing(r):
            return False
    if predicate is None or r.frame.trigger.pos != "verb":
        return True
    return kin(predicate, r.frame.trigger.lemma) or _denial_complement(r, predicate) or _after_predicate(r, predicate)


def _after_predicate(r: _Report, predicate: str) -> bool:
    """The trigger is the infinitive right after its claim's predicate ("denied a report that Kelso would be allowed
    to sell imagery", "... would be free to sell", "was set to close"): the predicate only frames the act the denial
    denies (review 23)."""
    c, t = r.info.claim, r.frame.trigger
    at = t.start - c.start
    if not c.text or not 0 < at <= len(c.text):
        return False
    return re.search(rf"\b{re.escape(predicate)}\w*\s+to\s+$", c.text[:at], re.I) is not None


#: words that may stand between a denial verb and the verb it denies ("denied that it had ever closed")
_DENIAL_GAP = frozenset(
    {
        "that",
        "it",
        "he",
        "she",
        "they",
        "we",
        "had",
        "has",
        "have",
        "having",
        "was",
        "were",
        "is",
        "ever",
        "been",
        "any",
        "plans",
        "to",
    }
)


def _denial_complement(r: _Report, predicate: str) -> bool:
    """A claim whose own predicate is a denial (class ``deny``: "Kestrel Airways denied closing its base",
    a spokesperson said) denies the verb right after it ("closing", "that it had closed"): the words
    between are ``_DENIAL_GAP``'s, in one clause (review 9 W12)."""
    if lexicon().verbs.get(predicate) != "deny":
        return False
    c, t = r.info.claim, r.frame.trigger
    if not (c.start <= t.start <= c.end):
        return False
    head = c.text[: t.start - c.start].lower()
    words = _VERB_WORD.findall(head)
    for k in range(len(words) - 1, -1, -1):
        if _form_of(words[k], predicate) or (predicate.endswith("y") and _form_of(words[k], predicate[:-1] + "i")):
            gap = _without_subject(words[k + 1 :])
            later = comparison().future_in_past  # "denied that it would close"
            return "," not in head[head.rfind(words[k]) :] and all(w in _DENIAL_GAP or w in later for w in gap)
    return False


#: determiners that open the subject of a denied clause ("denied that the plant would close")
_SUBJECT_OPENERS = frozenset({"the", "its", "their", "his", "her", "our", "this"})


def _without_subject(gap: Sequence[str]) -> Sequence[str]:
    """A denial's gap without the subject of its clause, a determiner and one or two words right after "that"
    ("that the plant would", "that its Zeller plant had"), when a word of the gap follows it: the verb denied is
    the clause's own. A longer run ("that the firm it hired to investigate") is no subject of this kind."""
    if len(gap) >= 4 and gap[0] == "that" and gap[1] in _SUBJECT_OPENERS:
        for n in (1, 2):
            rest = gap[2 + n :]
            if rest and (rest[0] in _DENIAL_GAP or rest[0] in comparison().future_in_past):
                return ["that", *rest]
    return gap


def _refused_thing(r: _Report) -> bool:
    """The claim's own event noun, refused by its cue, a verb of failing ("the union rejected the pay
    offer", "declined the invitation": ``undone_words`` of ``models/cues.toml``): what was refused
    was made or offered, no denial that it was (review 7 R16); "rejected allegations of bribery" still
    denies the bribery (not the claim's own noun)."""
    cue = r.info.claim.cue
    words = _VERB_WORD.findall(cue.text.lower()) if cue is not None else []
    return any(_form_of(w, v) for w in words for v in failing_words())


def _article_names(reports: Sequence[_Report]) -> dict[tuple[str, str], frozenset[str]]:
    """(cluster, article) -> the parties the article names for the event: its reports in the cluster that name
    any. A plan of the article naming none ("The contract is expected to be signed in the coming weeks") is
    about the same parties, as identity placed it in the cluster (review 10: the party-less side)."""
    out: dict[tuple[str, str], frozenset[str]] = {}
    for r in reports:
        if names := _named(r.frame):
            key = (r.cluster, r.info.article_id)
            out[key] = out.get(key, frozenset()) | names
    return out


def _cluster_names(own: Mapping[tuple[str, str], frozenset[str]]) -> dict[str, frozenset[str]]:
    """cluster -> every party its reports name (:func:`_article_names` joined over articles): what a "no" naming
    nobody answers ("No one has been arrested over the fire" / "police arrested a farmer over the fire";
    "denied that the plant would close" / "Ardent will close its Zeller plant"). Identity placed the "no" in the
    cluster, so it is about the cluster's event, whoever its reports name; :func:`_answers` still keeps an act
    done after the "no" was told apart."""
    out: dict[str, frozenset[str]] = {}
    for (cluster, _), names in own.items():
        out[cluster] = out.get(cluster, frozenset()) | names
    return out


def _named(f: EventFrame) -> frozenset[str]:
    """The names of a frame's participants, without the parties it only describes."""
    return frozenset(p.name for p in f.participants if p.label not in DESCRIPTIONS)


def _unique(infos: Iterable[Info]) -> list[Info]:
    return list({i.id: i for i in infos}.values())


def _facet_questions(reports: Sequence[_Report], label: str) -> list[_Question]:
    entries: dict[str, list[tuple[Info, str]]] = {}
    seen: set[str] = set()
    for r in reports:
        c = r.info.claim
        if c.id in seen:
            continue
        seen.add(c.id)
        if c.network_tier:
            entries.setdefault("network_tier", []).append((r.info, c.network_tier))
        for s in dict.fromkeys(c.use_scopes):
            if s not in c.excluded_scopes:
                entries.setdefault("scope:" + s, []).append((r.info, "yes"))
        for s in dict.fromkeys(c.excluded_scopes):
            if s not in c.use_scopes:
                entries.setdefault("scope:" + s, []).append((r.info, "no"))
        if (reach := extent(r.frame, c)) is not None:  # what the event covers, as all or only (:mod:`.extent`)
            entries.setdefault(SCOPE, []).append((r.info, reach))
    out = []
    for facet, items in sorted(entries.items()):
        sides, contra = value_sides(items, facet)
        if not (contra and is_conflict(sides, contra, True)):
            sides = {}
        wording = (
            "network tier"
            if facet == "network_tier"
            else "extent"
            if facet == SCOPE
            else f"use for {facet[6:].replace('_', ' ')}"
        )
        out.append(_Question(facet, "", f"{wording} of {label}", sides, timed=True, articles=_groups(items)))
    return out


def _classified(reports: Sequence[_Report], label: str) -> list[_Question]:
    """What kind of thing the event is or acts on (:mod:`.classification`): "a memorandum" / "a contract"."""
    asked = classification_questions((Told(r.frame, r.info, r.cluster) for r in reports), label)
    return [_Question(CLASSIFICATION, a.detail, a.wording, a.sides, articles=a.articles) for a in asked]


def _label(family: Sequence[Cluster], frames: Sequence[EventFrame]) -> tuple[str, str]:
    """(event class, label): the class of the family's frames, and the word most of its reports use
    for it (the trigger lemma: "sign" for a frame of class agree)."""
    counts = Counter(f.event_class for f in frames)
    cls = max(counts, key=lambda k: (k != OTHER, counts[k], k))
    word = lexicon().word  # (the word of a tagger's lemma: "fine", not "fin")
    lemmas = Counter(word(f.trigger.lemma) for f in frames if f.event_class == cls)
    return cls, max(lemmas, key=lambda k: (lemmas[k], k))


def _participants(frames: Sequence[EventFrame]) -> list[str]:
    """The family's participants, most reported first (names in at least two frames, else all)."""
    counts = Counter(n for f in frames for n in f.names())
    names = [n for n, k in counts.items() if k > 1] or list(counts)
    return sorted(names, key=lambda n: (-counts[n], n))[:4]


@dataclass(frozen=True)
class EventQuestion:
    """One question on one event that two or more articles answer (compared), in conflict or not."""

    question: str  # the store's question key (a conflict on it has the same key)
    cluster_id: str  # the family's first cluster
    facet: str
    actors: tuple[str, ...]
    articles: int
    conflict: bool


def event_conflicts(
    clusters: Iterable[Cluster],
    claims: Mapping[str, Claim],
    articles: Mapping[str, Article],
    *,
    now: date | None = None,
    only: set[str] | None = None,
    lex: EventLexicon | None = None,
) -> list[tuple[str, Conflict]]:
    """(question key, conflict) for every disagreement on an event among ``clusters`` (module docs).

    ``claims``: claim id -> claim for (at least) the claims the clusters' frames sit in; a frame in
    no claim answers for its outlet (:func:`outlet_statement`); ``articles`` holds its article.
    ``only``: cluster ids; keep only the conflicts of families holding one of them (a store
    recomputing what new articles touched). Sorted like the claim conflicts.
    """
    return reconcile_events(clusters, claims, articles, now=now, only=only, lex=lex)[0]


def reconcile_events(
    clusters: Iterable[Cluster],
    claims: Mapping[str, Claim],
    articles: Mapping[str, Article],
    *,
    now: date | None = None,
    only: set[str] | None = None,
    lex: EventLexicon | None = None,
    grouped: list[list[Cluster]] | None = None,
    learned: Learned | None = None,
    forest: Iterable[tuple[str, str]] | None = None,
    bodies: Iterable[Claim] | None = None,
    figures: Iterable[EventFrame] | None = None,
) -> tuple[list[tuple[str, Conflict]], list[EventQuestion]]:
    """:func:`event_conflicts`, and every question on an event that two or more articles answer
    (what ``conflicts`` counts as compared: "N questions compared, X agree, Y in conflict").
    ``grouped``: ``families(clusters)``, when the caller has them already, and ``forest`` the linked
    pairs holding them together (``joined`` of :func:`families` or :func:`regroup`: pairs :func:`_linked`
    links, each of which a family's parts trust rather than test again where it can: :func:`_parts`).
    ``learned``: truth discovery's store-wide state (:func:`claimline.reconcile.conflicts.discover`).
    ``bodies``: the claims of the articles whose headline gives a figure (:func:`repeats_source`; default:
    ``claims``), read only for the source a headline repeats (:func:`headline_source`). ``figures``: every frame
    giving a figure of the articles the clusters' frames are in, whatever its cluster or claim (default: the
    clusters' frames), read only for the figures their sentences give (:func:`_stated`: "about 38,000, lower than the
    ministry's 52,000" gives both values, whichever cluster holds each): a store's refresh reads them from the
    stored frames, the same whether it weighs every family or some (``jobs.refresh``)."""
    lex = lex or lexicon()
    joined: list[tuple[str, str]] = []
    fams = families(clusters, lex, joined=joined) if grouped is None else grouped
    links = set(joined if grouped is None else (forest or ()))
    heads = {f.article_id for fam in fams for c in fam for f in c.frames if repeats_source(f)}
    of_article: dict[str, list[Claim]] = {}
    for claim in claims.values() if bodies is None else bodies:
        if claim.article_id in heads and claim.source is not None:
            of_article.setdefault(claim.article_id, []).append(claim)
    own = {
        f.id: outlet_statement(f, headline_source(f, of_article.get(f.article_id, ())))
        for fam in fams
        for c in fam
        for f in c.frames
        if f.claim_id is None and not f.commentary and any(_named_figure(f, q) for q in f.quantities)
    }
    # the outlet's own clock times ("lifted off at 10:42 local time"): its time of day only; and, in a cluster
    # where a claim says it did not happen, the outlet's own report that it did (a listed class, a named
    # party): a "yes" whether it happened (:func:`_told_yes`)
    noes = {c.id for fam in fams for c in fam if any(f.claim_id and f.factuality in _NO for f in c.frames)}
    clocked = {
        f.id: outlet_statement(f)
        for fam in fams
        for c in fam
        for f in c.frames
        if f.claim_id is None
        and not f.commentary
        and f.id not in own
        and ((f.time and f.time.granularity == "time") or (c.id in noes and _told_yes(f)))
    }
    infos = claim_infos(
        [
            *(claims[f.claim_id] for fam in fams for c in fam for f in c.frames if f.claim_id in claims),
            *own.values(),
            *clocked.values(),
        ],
        articles,
    )
    drafts: list[tuple[Draft, str, ConflictEvent, str]] = []
    compared: list[EventQuestion] = []
    stated = _stated(f for fam in fams for c in fam for f in c.frames) if figures is None else _stated(figures)
    denials = _report_denials(claims.values())
    drafts += _agent_drafts(fams, infos, only, now, lex, compared)
    for fam in (part for whole in fams for part in _parts(whole, lex, links)):
        if only is not None and not any(c.id in only for c in fam):
            continue
        reports = [
            _Report(m.frame, infos[key], c.id, outlet=m.frame.claim_id is None)
            for c in fam
            for m in c.members
            if not m.frame.commentary and (key := m.frame.claim_id or OUTLET_STATEMENT + m.frame.id) in infos
        ]
        # a requested act ("asked the court to jail him for six years", "demanded a 9 percent rise") is wanted, not
        # done: compared with other requests only, never with the act's reports (review 13 U5)
        wanted = [r for r in reports if _requested(r)]
        parts = [reports] if len(wanted) in (0, len(reports)) else [[r for r in reports if r not in wanted], wanted]
        staged = _request_questions(*parts) if len(parts) == 2 else []
        for part, reports in enumerate(parts):
            timed, reports = reports, [r for r in reports if r.frame.id not in clocked]
            # the outlet's own figures (a frame no claim holds) answer its quantities only: not its date (a
            # time in a sentence's side clause dates its own verb too loosely: "then ran the county routes
            # on the Tuesday"), whether it happened, its tier or its scope; its clock times answer the time of
            # day (``timed``: a time at the minute is its verb's own, "lifted off at 10:42 local time")
            claimed = [r for r in reports if not r.outlet]
            if len({r.info.group for r in timed}) < 2 and (part or not staged):
                continue
            frames = [r.frame for r in reports or timed]
            cls, label = _label(fam, frames)
            family_names = _participants(frames)
            rep = fam[0].id
            if cls == MEASURE:  # numbers with their measured noun: their figures only (events/measures.py)
                questions = _quantity_questions(reports, label, amounts.MEASURE_RATIO, by_word=True, stated=stated)
            else:
                questions = [
                    *_date_questions(claimed, label, lex),
                    *_clock_questions(timed, label),
                    *_quantity_questions(reports, label, stated=stated),
                    *_currency_questions(reports, label),
                ]
            if cls == MEASURE:
                pass  # (a figure's frame: no date, factuality or facet of its own)
            elif cls == OTHER or lex.root(cls) != SPEECH:  # what a statement is about is not the statement's
                told = [r for r in timed if r.outlet and _told_yes(r.frame)]
                questions += [
                    *_factuality_questions([r for r in claimed if not _disowned(r, denials)], label, told=told),
                    *_facet_questions(claimed, label),
                    *_classified(claimed, label),
                ]
            elif any(r.frame.factuality == "denied" or _speech_not_done(r) for r in claimed):
                # a speech act not made yet ("has not confirmed") is no "no"; one denied ("denied that it
                # was ever warned") is, and a stance told not taken ("did not object": :func:`_speech_not_done`)
                questions += _factuality_questions(claimed, label, denials_only=True)
            if not part and cls != MEASURE:
                questions += [replace(q, label=f"whether {label} happened") for q in staged]
            asked: list[tuple[_Question, str, bool]] = []
            for q in questions:
                if part:  # (the requests' own questions: "duration of jail (requested)")
                    q = replace(q, detail=f"{q.detail} requested", label=f"{q.label} (requested)")
                key = "\x1f".join([EVENT_QUESTION, q.facet, rep, q.detail])
                conflict = (
                    bool(q.sides) and _across(q.sides) and (q.timed or is_conflict(q.sides, _pairs(q.sides), False))
                )
                if conflict and not q.sited and _two_things(q.sides, reports, q.facet):
                    conflict = False
                if q.articles >= 2 or conflict:
                    asked.append((q, key, conflict))
            tally = _tally(asked)
            for q, key, conflict in asked:
                # a question's parties are those of the reports answering it, not the whole family's (a
                # family one loose report joined to another story must not lend it its parties)
                names = _answer_participants(_answering(reports, q.sides), frames) if q.sides else family_names
                compared.append(EventQuestion(key, rep, q.facet, tuple(names), q.articles, conflict))
                if not conflict:
                    continue
                draft = decide_question((q.facet, f"event:{label}:{q.detail}", tuple(names)), q.sides, now)
                draft.subject = list(names)
                draft.qid = key
                wording = f"{q.label} — {' / '.join(names)}" if names else q.label
                event = ConflictEvent(
                    cluster_ids=_answering_clusters(fam, reports, q.sides),
                    event_class=cls,
                    label=label,
                    participants=names,
                    outlets=_outlets(q.sides),
                )
                drafts.append((draft, key + "\x1f" + wording, event, tally))
    kept = once(_without_measured_twice(drafts), lambda d: d[0].key[0], lambda d: d[0].sides)
    if len(kept) < len(drafts):  # one disagreement is one question in conflict, as it is one conflict listed
        twice = {d.qid for d, _, _, _ in drafts} - {d.qid for d, _, _, _ in kept}
        compared = [q for q in compared if q.question not in twice]
    drafts = kept
    if not drafts:
        return [], compared
    discover([d for d, _, _, _ in drafts], learned)
    out: dict[str, tuple[str, Conflict]] = {}
    for d, question, event, tally in drafts:
        key, wording = question.rsplit("\x1f", 1)
        c = to_conflict(d, question=key).model_copy(update={"question": wording, "event": event})
        if c.resolution is not None:  # (the verdict's reason says it; a conflict without one, its own)
            c.resolution = c.resolution.model_copy(update={"reason": f"{c.resolution.reason} {tally}"})
        else:
            c.reason = f"{c.reason} {tally}".strip()
        out.setdefault(c.id, (key, c))
    return sorted(out.values(), key=lambda p: (p[1].subject, p[1].facet, p[1].id)), compared


def _parts(fam: list[Cluster], lex: EventLexicon, forest: Iterable[tuple[str, str]] = ()) -> list[list[Cluster]]:
    """A family's parts that are one event but for its time (:func:`families` without its rivals, clusters
    joined for who did it only): the questions but the agent's are asked of each part apart. ``forest``: the
    linked pairs holding the families together (tested first: where none was linked for who did it alone,
    they join the whole family, and no other pair is tested)."""
    if len(fam) < 2 or len({p.name for c in fam for f in c.frames for p in agents_of(f)}) < 2:
        return [fam]
    # a pair of the forest (linked with its rivals) one of whose clusters has no report naming an agent is
    # linked without them too: :func:`_linked` parts rivals only where both reports of a pair name an agent
    # (``apart_by_agent``: two agents), so its pairs were linked by a shared party, as without rivals
    ids = {c.id for c in fam}
    agentless = {c.id for c in fam if not any(agents_of(m.frame) for m in c.members if not m.frame.commentary)}
    linked = {(a, b) for a, b in forest if a in ids and b in ids and (a in agentless or b in agentless)}
    return families(fam, lex, rivals=False, first=forest, linked=linked)


#: reports that may say who did it: told as done (not planned, denied or negated; hedged is weighed)
_AGENT_FACTUALITY = frozenset({"asserted", "reported", "hedged"})


def _agent_drafts(
    fams: Sequence[list[Cluster]],
    infos: Mapping[str, Info],
    only: set[str] | None,
    now: date | None,
    lex: EventLexicon,
    compared: list[EventQuestion],
) -> list[tuple[Draft, str, ConflictEvent, str]]:
    """The ``agent`` question of each family whose reports name two agents (:mod:`.agents`): its draft when
    two articles disagree (and the question, in ``compared``)."""
    out = []
    reported: list[list[set[str]]] = []  # the claims of each side of the conflicts drafted
    for fam in fams:
        if only is not None and not any(c.id in only for c in fam):
            continue
        reports = [
            _Report(m.frame, infos[m.frame.claim_id], c.id)
            for c in fam
            for m in c.members
            if not m.frame.commentary and m.frame.claim_id in infos and m.frame.factuality in _AGENT_FACTUALITY
        ]
        if len({r.info.group for r in reports}) < 2:
            continue
        reports = [r for r in reports if not _requested(r)]
        sides = agent_sides([(r.frame, r.info) for r in reports], [r.cluster for r in reports])
        if not sides or not _across(sides):
            continue
        frames = [r.frame for r in reports]
        cls, label = _label(fam, frames)
        if cls == MEASURE:
            continue
        rep = fam[0].id
        key = "\x1f".join([EVENT_QUESTION, AGENT, rep, "who"])
        conflict = is_conflict(sides, _pairs(sides), False)
        told = [{i.id for i in infos} for infos in sides.values()]
        if conflict and any(_told_again(told, before) for before in reported):
            continue  # one disagreement told of two words of its sentences ("the inspection, led by ..."): once
        if conflict:
            reported.append(told)
        answered = len({i.group for v in sides.values() for i in v})
        names = [n for n in _answer_participants(_answering(reports, sides), frames) if n not in sides] or list(sides)
        compared.append(EventQuestion(key, rep, AGENT, tuple(names), answered, conflict))
        if not conflict:
            continue
        draft = decide_question((AGENT, f"event:{label}:who", tuple(names)), sides, now)
        draft.subject = list(names)
        draft.qid = key
        wording = f"who did {label}" + (f" — {' / '.join(names)}" if names else "")
        event = ConflictEvent(
            cluster_ids=_answering_clusters(fam, reports, sides),
            event_class=cls,
            label=label,
            participants=names,
            outlets=_outlets(sides),
        )
        tally = f"On this event, {len(sides)} agents were named by {answered} articles."
        out.append((draft, key + "\x1f" + wording, event, tally))
    return out


def _told_again(sides: Sequence[set[str]], before: Sequence[set[str]]) -> bool:
    """Two sides of a conflict on who did it rest on claims of two sides of one drafted before: the claims that
    tell one disagreement, of another word of their sentences ("An inspection led by the coast guard" / "The
    inspection was led by customs": the inspection's agent, and the leading's)."""
    met = [{n for n, b in enumerate(before) if side & b} for side in sides]
    return any(a != b for x, mx in enumerate(met) for y, my in enumerate(met) if x != y for a in mx for b in my)


#: what ends the clause a request verb governs, besides the clause openers of ``models/comparison.toml``
#: ("recommended that X be fined": "that" opens the request's own clause)
_CLAUSE_ENDS = frozenset({";", ":", ".", "and", "but", "or"})


def _requested(r: _Report) -> bool:
    """The report's act is asked for in its clause (:func:`~claimline.reconcile.readings.requested`: "Prosecutors
    asked the court on Monday to jail Lars Odell", "The union demanded a 9 percent pay rise", its cue "demanded"
    before its claim's words): wanted, not done. Read in the claim's cue (when it stands before the claim's words)
    and its words up to the act's trigger, from the last clause end; the request verb itself is no request."""
    claim, f = r.info.claim, r.frame
    if not claim.text or _requested_word(f.trigger.lemma):
        return False
    at = f.trigger.start - claim.start
    if not 0 <= at <= len(claim.text):
        return False
    before = claim.text[:at]
    if claim.cue is not None and claim.cue.end <= claim.start:
        before = f"{claim.cue.text} {before}"
    words = _CLAUSE_WORD.findall(before.lower())
    ends = _CLAUSE_ENDS | (comparison().clause_openers - {"that"})
    cut = max((k for k, w in enumerate(words) if w in ends), default=-1)
    return _requested_words(words[cut + 1 :])


_CLAUSE_WORD = re.compile(r"[a-z]+|[;:.]")


@cache
def _requested_word(lemma: str) -> bool:
    return _requested_words((lemma,))


def _request_questions(done: Sequence[_Report], wanted: Sequence[_Report]) -> list[_Question]:
    """Whether the act was done or only asked for (review 13 U5, the other face): an outlet telling the act done on
    the day another outlet tells it only asked for ("Prosecutors asked the court on Monday to jail him for six
    years" / "The court jailed him for six years on Monday"), with the same figures where both give one, tells the
    request as its decision. A request and a decision on two days, or with two figures ("asked for six years" on
    Monday / "jailed for four years" on Thursday), are two steps of one story; an article telling both is never
    compared (it tells the request and then the decision)."""
    both = {r.info.article_id for r in done} & {r.info.article_id for r in wanted}
    yes = [r for r in done if r.frame.factuality in _DONE_BY and not r.outlet and r.info.article_id not in both]
    asks = [r for r in wanted if r.frame.factuality in _YES and not r.outlet and r.info.article_id not in both]
    pairs = [(a, d) for a in asks for d in yes if a.info.group != d.info.group and _one_step(a, d)]
    if not pairs:
        return []
    sides = {"requested": _unique(a.info for a, _ in pairs), "happened": _unique(d.info for _, d in pairs)}
    groups = len({r.info.group for pair in pairs for r in pair})
    return [_Question("factuality", "requested", "whether it happened", sides, articles=groups)]


def _one_step(asked: _Report, done: _Report) -> bool:
    """A request and a report of its act done that tell one step: both dated by their text to one day (the
    request by its claim's time when its act has none: "proposed a ban on Tuesday" dates the proposal), naming a
    party in common, and every kind of figure both give within a tenth ("six years" / "six years")."""
    a, d = asked.frame, done.frame
    t = asked.info.claim.time
    da = (
        _time_interval(a.time) if a.time is not None else (t.start.toordinal(),) * 2 if t and t.start == t.end else None
    )
    dd = _time_interval(d.time) if d.time is not None else None
    if da is None or da != dd or da[0] != da[1] or not _named(a) & _named(d):
        return False
    for q in a.quantities:
        others = [x.value for x in d.quantities if x.kind == q.kind and x.unit == q.unit and x.value]
        if q.value and others and not any(abs(q.value - v) <= 0.1 * max(q.value, v) for v in others):
            return False
    return True


def _two_things(sides: Mapping[str, list[Info]], reports: Sequence[_Report], facet: str) -> bool:
    """Every pair of reports from two sides of a question, in two articles, acts on two things
    (:func:`~claimline.reconcile.objects.things_apart`: "closed the Marrowby tunnel" / "closed the Seldon
    tunnel", joined by their shared agent; "decommissioned the town's incinerator" / "two diesel generators", one
    verb on two object nouns that name no one thing): two acts of one class, not one act told two ways (review 13,
    U1/U2; review 14 V2/V7/V9). A classification compares the object's noun itself ("signed a memorandum" /
    "a contract"): there only named objects are told apart."""
    heads = facet != CLASSIFICATION
    objects: dict[str, list[Any]] = {}
    for r in reports:
        objects.setdefault(r.info.id, []).append((r.frame, r.info.claim))
    names = list(sides)
    pairs = 0
    for a in range(len(names)):
        for b in range(a + 1, len(names)):
            for x in sides[names[a]]:
                for y in sides[names[b]]:
                    if x.group == y.group:
                        continue
                    pairs += 1
                    if not all(
                        _things_apart(*ox, *oy, heads=heads)
                        for ox in objects.get(x.id, ())
                        for oy in objects.get(y.id, ())
                    ) or not (x.id in objects and y.id in objects):
                        return False
    return pairs > 0


def _answering(reports: Sequence[_Report], sides: Mapping[str, list[Info]]) -> list[EventFrame]:
    """The frames of ``reports`` whose claims answer a question (are on one of its sides)."""
    ids = {i.id for infos in sides.values() for i in infos}
    return [r.frame for r in reports if r.info.id in ids]


def _answering_clusters(
    fam: Sequence[Cluster], reports: Sequence[_Report], sides: Mapping[str, list[Info]]
) -> list[str]:
    """The clusters of a family holding a report on one of a question's sides (the clusters compared)."""
    ids = {i.id for infos in sides.values() for i in infos}
    held = {r.cluster for r in reports if r.info.id in ids}
    return [c.id for c in fam if c.id in held]


def _answer_participants(answering: Sequence[EventFrame], frames: Sequence[EventFrame]) -> list[str]:
    """The participants of the reports answering a question, those they name most first (then those the
    family names most), at most four."""
    mine = Counter(n for f in answering for n in f.names())
    family = Counter(n for f in frames for n in f.names())
    return sorted(mine, key=lambda n: (-mine[n], -family[n], n))[:4]


def _tally(asked: Sequence[tuple[_Question, str, bool]]) -> str:
    """What was comparable on one event: "On this event, 5 questions were compared: 4 agree, 1 in
    conflict." (each conflict of the event carries it, so "all agree" but for this one is visible)."""
    n = len(asked)
    bad = sum(1 for _, _, conflict in asked if conflict)
    noun = "question was" if n == 1 else "questions were"
    return f"On this event, {n} {noun} compared: {n - bad} agree, {bad} in conflict."


def _across(sides: Mapping[str, list[Info]]) -> bool:
    """Two sides hold reports from different articles (syndicated copies are one): across outlets."""
    groups = [{i.group for i in infos} for infos in sides.values()]
    return any(a != b or len(a) > 1 for x, a in enumerate(groups) for b in groups[x + 1 :])


def _outlets(sides: Mapping[str, list[Info]]) -> list[str]:
    infos = sorted((i for v in sides.values() for i in v), key=lambda i: (i.published or date.max, i.id))
    return list(dict.fromkeys(i.outlet or i.publisher or f"article {i.article_id}" for i in infos))


def _measure_key(f: EventFrame) -> str:
    """What a number's frame (events/measures.py) measures: its trigger's lemma, the noun ("hectare"), and
    for a noun of people the verb it is counted under ("resident|take", "worker|injured"); a unit by its name
    (``[units]`` of ``models/measures.toml``: "km" and "kilometre" are one)."""
    return unit_name(f.trigger.lemma)


def _without_measured_twice(
    drafts: list[tuple[Draft, str, ConflictEvent, str]],
) -> list[tuple[Draft, str, ConflictEvent, str]]:
    """Without the conflicts on a figure (class :data:`MEASURE`) that a conflict on an event's quantity
    reports already: two of its sides share claims with two sides of that one ("14 batches" / "16
    batches" of the recall and of the noun "batch"), or its values are among that one's, given by some
    of its articles; nor a second conflict on an event's quantity giving the same values from the same
    claims as one already kept (review 9 W6: "cancelled 85 flights" / "cancelled 300 flights" is one
    disagreement, not one of the cancellation and one of the flights)."""
    events = [[{i.id for i in v} for v in d.sides.values()] for d, _, e, _ in drafts if e.event_class != MEASURE]
    # (and the values and articles of each: the figure of a headline and that of its article's body are two
    # claims of one answer)
    answers = [
        (set(d.sides), {i.group for v in d.sides.values() for i in v})
        for d, _, e, _ in drafts
        if e.event_class != MEASURE and d.key[0] == "quantity"
    ]
    out = []
    figures: list[dict[str, set[str]]] = []  # the quantity conflicts on events kept: value -> claim ids
    for k, (d, q, e, t) in enumerate(drafts):
        if e.event_class != MEASURE and _told_within(k, drafts):
            continue
        if e.event_class == MEASURE and d.key[0] == "quantity":
            mine = [{i.id for i in v} for v in d.sides.values()]
            if any(len({k for k, s in enumerate(other) for m in mine if s & m}) >= 2 for other in events):
                continue
            groups = {i.group for v in d.sides.values() for i in v}
            if any(set(d.sides) <= values and groups & others for values, others in answers):
                continue  # the same values, from articles of that conflict
        elif d.key[0] == "quantity":
            sides = {v: {i.id for i in infos} for v, infos in d.sides.items()}
            if any(f.keys() == sides.keys() and all(f[v] & sides[v] for v in sides) for f in figures):
                continue
            figures.append(sides)
        out.append((d, q, e, t))
    return out


def _told_within(k: int, drafts: Sequence[tuple[Draft, str, ConflictEvent, str]]) -> bool:
    """Whether the quantity conflict ``drafts[k]`` on an event is a part of another one on an event of its class
    and kind of figure: its values are among that one's (fewer of them, or as many and that one listed first), and
    an article gives a value of both. Two clusters of one toll ("the death toll rose to 17" / "16 were killed", a
    family apart from "at least nine people were killed" / "14 died" / "17 dead") ask its question twice; it is
    one disagreement, reported once, by the conflict that holds every value."""
    d, _, e, _ = drafts[k]
    if d.key[0] != "quantity":
        return False
    kind = d.qid.split("\x1f")[3].split(":")[0] if d.qid else ""
    mine = set(d.sides)
    articles = {i.article_id for v in d.sides.values() for i in v}
    for j, (o, _, oe, _) in enumerate(drafts):
        if j == k or o.key[0] != "quantity" or oe.event_class != e.event_class or o.qid == d.qid:
            continue
        if (o.qid.split("\x1f")[3].split(":")[0] if o.qid else "") != kind:
            continue
        theirs = set(o.sides)
        if not mine <= theirs or (mine == theirs and j > k):
            continue
        if articles & {i.article_id for v in o.sides.values() for i in v}:  # an article, not a syndication group:
            # the same story told again months later by the same outlets is another disagreement
            return True
    return False
