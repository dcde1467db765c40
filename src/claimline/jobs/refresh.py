"""Reconcile the stored claims: the whole store, or only the questions new articles touch.

After an ingest the store's conflicts and claim statuses must answer for every claim. Computing
them over the whole store costs time in proportion to the store (11 s at 100,000 claims), however
small the new article. So the store keeps, for every claim, the *questions* it may answer
(:func:`claimline.reconcile.candidate_questions`: the facet/actor-pair keys conflict detection files
it under), and an incremental refresh for new articles

1. adds the new claims' actor pairs and "no" answers to the store's (the context that claims naming
   fewer than two actors borrow from, and what decides whether a "yes" is filed under a question),
   and finds the questions of the new claims (and of the stored claims whose borrowed pair counts
   just changed), reading their articles whole;
2. reads the claims filed under one of those questions, each filed again under the parties its last
   filing found (a claim naming fewer than two actors takes them from its article's other claims:
   the store keeps them, ``claim_parties``, migration 24), so no other claim of their articles is read;
3. reconciles that set and replaces only the conflicts of those questions, then the statuses of the
   claims on their sides, before or after.

The result for the questions it recomputes is what a whole-store run gives. Truth discovery (the
reliability of a source, learned from the *other* conflicts) weighs them with what the store learned
from all of its questions (migration 20, :class:`StoredLearning`): every run stores each question's
evidence (how likely each source's side is right) and the reliabilities it was computed at; an
incremental run iterates the learning over the questions it recomputes only, starting from the
stored reliabilities, with every other question's stored evidence fixed (summed exactly, in any
order). So refreshing articles whose questions come out as stored (an article refreshed again)
stops the learning at once, at the stored reliabilities, and lists what the whole-store run listed,
byte for byte. Where new claims change the evidence, the reliabilities of the sources in the
recomputed questions are learned again, but the other questions' evidence is not recomputed at
them and their conflicts are not recomputed either, unless the reliabilities their sources have now
may turn their verdicts: every run stores how each question was weighed (migration 27: its sides'
totals and sources, and the reliabilities the other questions taught it), and the stored questions
holding a source whose evidence changed are asked again when a bound on their vote at the
reliabilities now (:func:`claimline.reconcile.verdict.verdict_holds`) leaves their status, winner or
order of sides in doubt (:meth:`StoredLearning.unsettled`). The others keep the scores of their last
computation, and a whole-store run (``refresh_conflicts(store)`` without ``article_ids``:
``claimline reconcile``) may weigh a source a little otherwise (learning iterates to a tolerance of
1e-3; reliabilities print to 2 decimals): their decimals lag, their verdicts do not. An article's
actor pairs are counted once however often it is refreshed (``counted_articles``).

Both kinds run inside one transaction holding the reconciliation lock: concurrent writers reconcile
one at a time, each over every article committed before it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..reconcile.conflicts import gc_paused
from ..reconcile.info import actors_known, outlets_known, spans_kept
from ..reconcile.status import is_claim
from ..schemas import CLAIM_STATUS_SEVERITY
from ..store.migrations import RECONCILE_LOCK

#: the start of a claim date question's key (``reconcile.question_key``: facet, qualifier, actors)
_DATE = "date\x1f"

if TYPE_CHECKING:
    from ..reconcile.verdict import Draft
    from ..store.sqlite import Store


class StoredLearning:
    """What truth discovery learned from every question of ``kind`` ("claims" or "events": learned
    apart), kept in the store (:class:`claimline.reconcile.conflicts.Learned`; migration 20): the
    evidence of each question and the reliabilities it was computed at.

    ``whole``: the run recomputes every question; it learns the reliabilities and replaces
    everything. Else the run recomputes ``questions`` and the questions of the event ``families``:
    their stored evidence is dropped, and the learning iterates over theirs, starting from the
    stored reliabilities, with every other question's stored evidence fixed
    (:func:`claimline.reconcile.conflicts.discover`); the reliabilities it ends at are stored, and
    a source whose evidence changed only in questions it did not weigh takes one learning step
    over all of its evidence (:func:`claimline.reconcile.verdict.reliability_from`)."""

    def __init__(
        self,
        store: Store,
        kind: str,
        *,
        whole: bool = False,
        questions: Collection[str] = (),
        families: Collection[str] = (),
    ) -> None:
        self.store, self.kind, self.whole = store, kind, whole
        self._now: dict[str, list[float]] = {}
        self._asked: set[str] = set()
        self._used: Mapping[str, float] = {}
        if whole:
            store.forget_evidence(kind)
            self._basis: Mapping[str, float] | None = None
            self._was: dict[str, list[float]] = {}
        else:
            self._basis = store.learned_reliability(kind)
            self._was = store.forget_evidence(kind, questions=questions, families=families)

    def basis(self) -> Mapping[str, float] | None:
        return self._basis

    def others(self, keys: Collection[str]) -> Mapping[str, Sequence[float]]:
        return self.store.stored_evidence(self.kind, keys) if not self.whole else {}

    def record(
        self,
        drafts: Sequence[Draft],
        evidence: Sequence[Mapping[str, tuple[float, int]]],
        basis: Mapping[str, float],
    ) -> None:
        rows = [
            (d.qid, family_of_question(d.qid) if self.kind == "events" else "", k, p)
            for d, ev in zip(drafts, evidence, strict=True)
            for k, (p, _) in sorted(ev.items())
        ]
        for _, _, k, p in rows:
            self._now.setdefault(k, []).append(p)
        self._asked.update(d.qid for d in drafts)
        self._used = basis
        self.store.record_evidence(self.kind, rows, basis if self.whole else None)

    def weighed(
        self, drafts: Sequence[tuple[Draft, Mapping[str, tuple[float, int]], Mapping[str, float], Collection[str]]]
    ) -> None:
        """Store how each question truth discovery would re-vote was weighed (migration 27): its vote
        (:func:`claimline.reconcile.verdict.weighed_sides`), margin and status, and per source the
        reliability the other questions taught (None: none had evidence on it; the question was not
        re-voted when none of its sources had) and its own evidence: what :meth:`unsettled` bounds."""
        from ..reconcile.verdict import weighed_sides

        questions, sources = [], []
        for d, ev, rel, elsewhere in drafts:
            family = family_of_question(d.qid) if self.kind == "events" else ""
            # (to 4 decimals, as reliabilities and margins are stored: a store built by Dask workers and
            # one built in one process then hold the same rows, though their sums differ in the last digits)
            sides = [[round(s.total, 4), s.state, list(s.sources), s.fixed] for s in weighed_sides(d, rel)]
            questions.append((d.qid, family, d.margin or 0.0, d.conflict_status, json.dumps(sides)))
            sources += [
                (d.qid, family, k, round(r, 4) if k in elsewhere else None, round(ev[k][0], 4) if k in ev else None)
                for k, r in sorted(rel.items())
            ]
        self.store.record_weighings(self.kind, questions, sources)

    def finish(self) -> None:
        """Store the reliabilities an incremental run learned (see the class docs)."""
        from ..reconcile.verdict import reliability_from

        if self.whole:
            return
        keys = self._was.keys() | self._now.keys()
        stepped = {k for k in keys if sorted(self._was.get(k, ())) != sorted(self._now.get(k, ()))} - self._used.keys()
        ev = self.store.stored_evidence(self.kind, stepped) if stepped else {}
        learned: dict[str, float | None] = {k: reliability_from(ev.get(k, [])) for k in stepped}
        learned.update((k, r) for k, r in self._used.items() if self._basis is None or self._basis.get(k) != r)
        if learned:
            self.store.set_reliability(self.kind, learned)

    def unsettled(self) -> set[tuple[str, str]]:
        """``(question, family)`` of the stored questions an incremental run did not recompute whose
        verdict its evidence may turn. Truth discovery weighs a question's sources by what the *other*
        questions taught of them (leave-one-out), and re-votes it only if one of them has evidence
        elsewhere (:func:`claimline.reconcile.conflicts.discover`). So among the stored questions
        weighed with a source whose evidence the recomputed questions changed (migration 27, :meth:`weighed`),
        a question is voted otherwise now when it was re-voted and none of its sources has evidence
        elsewhere now, or the other way round (plainly, or weighed), or when the reliabilities its sources
        have now (from the evidence stored now, less its own) differ from those it was weighed at enough
        that its status, winner or order of sides may change
        (:func:`claimline.reconcile.verdict.verdict_holds`: a bound from the change of each source's
        reliability and the distance of the vote to the thresholds). Those are asked again; the others'
        scores keep the decimals they were weighed at (see the module docs)."""
        from ..reconcile.verdict import WeighedSide, verdict_holds
        from ..reconcile.weights import RELIABILITY_PRIOR, leave_one_out

        if self.whole:
            return set()
        moved = {
            k
            for k in self._was.keys() | self._now.keys()
            if sorted(self._was.get(k, ())) != sorted(self._now.get(k, ()))
        }
        if not moved:
            return set()
        held = self.store.weighed_with(self.kind, moved) - self._asked
        if not held:
            return set()
        weighings = self.store.weighings(self.kind, held)
        ps = self.store.stored_evidence(self.kind, {k for _, _, rel in weighings.values() for k in rel})
        totals = {k: (math.fsum(v), len(v)) for k, v in ps.items()}
        out: set[tuple[str, str]] = set()
        for q, (family, sides, rel) in weighings.items():
            ratio: dict[str, float] = {}
            was_elsewhere = now_elsewhere = False
            for k, (r, own) in rel.items():
                s, n = totals.get(k, (0.0, 0))
                n_other = n - (own is not None)
                now = leave_one_out(s, n_other, own or 0.0)
                ratio[k] = now / (r if r is not None else RELIABILITY_PRIOR)
                was_elsewhere = was_elsewhere or r is not None
                now_elsewhere = now_elsewhere or n_other > 0
            if was_elsewhere != now_elsewhere:
                out.add((q, family))
            elif now_elsewhere:
                voted = [WeighedSide(t, st, tuple(ks), fx) for t, st, ks, fx in json.loads(sides)]
                if not verdict_holds(voted, ratio):
                    out.add((q, family))
        return out


def family_of_question(key: str) -> str:
    """The cluster naming the family of a question on events (its key: 'event', facet, cluster, detail)."""
    return key.split("\x1f")[2]


def _statuses(rows: list[tuple[str, str]]) -> dict[str, str]:
    """claim id -> most severe status over its sides (``unsupported`` counts as ``disputed``)."""
    out: dict[str, str] = {}
    for cid, side in rows:
        if not is_claim(cid):
            continue  # an outlet's own statement: no claim to give a status
        st = "disputed" if side == "unsupported" else side
        cur = out.get(cid)
        if cur is None or CLAIM_STATUS_SEVERITY[st] > CLAIM_STATUS_SEVERITY[cur]:
            out[cid] = st
    return out


#: Called once everything is written and the duplicates are marked, with the claims whose status the
#: run may have changed (None: every claim, on a whole-store run), their statuses before it (claim
#: id -> status; a claim without one is not in it) and the conflicts whose mark changed (id -> mark
#: before, 1 duplicate / 0 shown) when every conflict was marked before and after an incremental run
#: (None otherwise: the marks say nothing of the listing before).
Done = Callable[[Collection[str] | None, Mapping[str, str], Mapping[str, int] | None], None]
#: Called inside the lock with the question keys about to be recomputed (None: all of them), before
#: anything is written; what it returns is called once everything is written (``jobs.changes``
#: snapshots the conflicts of those questions before and after, to record what changed).
Watch = Callable[[set[str] | None], Done]


def refresh_conflicts(
    store: Store, article_ids: Collection[str] | None = None, *, watch: Watch | None = None, recluster: bool = False
) -> int:
    """Reconcile ``store``: only what ``article_ids`` (every article stored since the last
    reconciliation) touch, when given and the store was reconciled whole once; else everything.
    ``recluster`` (``claimline reconcile``; a whole refresh only): first cluster every stored frame again
    in publication order (:func:`claimline.store.events.recluster`), so that the events, and the
    conflicts on them, no longer depend on the order the articles were ingested (review 8, V5).
    Returns the number of conflicts in the store (as listed: a disagreement once)."""
    with store.transaction(lock=RECONCILE_LOCK), gc_paused(), spans_kept():  # (a claim's span reckoned once)
        if recluster and article_ids is None:
            from ..store.events import recluster as cluster_again

            cluster_again(store.db)
        marked = store.duplicates_marked()  # (before anything is written: new conflicts are not yet)
        # (incremental weighs outlets and names sources as whole does)
        with outlets_known(store.publishers()), actors_known(a for a, _ in store.source_actor_counts()):
            if article_ids is not None and store.fully_reconciled():
                done, touched, was = _incremental(store, set(article_ids), watch)
            else:
                done = watch(None) if watch else None
                was = store.statuses() if done is not None else {}
                _whole(store)
                touched = None
        listed, flipped = _mark_duplicates(store, touched if marked else None)
        if done is not None:
            done(touched, was, flipped if marked and touched is not None else None)
        return listed


def _mark_duplicates(store: Store, touched: set[str] | None) -> tuple[int, dict[str, int]]:
    """Mark the conflicts ``claimline conflicts`` leaves out: a disagreement found on claims and on an
    event is listed once (:func:`claimline.reconcile.duplicates.without_duplicates`), so the query
    reads the shown rows only. Whether a conflict is left out depends on it and the conflicts sharing
    a claim with it; so after an incremental refresh only the conflicts on ``touched`` claims (those on
    a side of a conflict replaced or written) are marked again, from themselves and their neighbours.
    ``touched`` None: every conflict (the neighbourhoods of the conflicts on events). Returns the
    number of conflicts listed, and the conflicts whose mark changed (id -> mark before: 1, 0; a
    conflict not marked before is not in it); stores how many were left out (the "counted once" of
    `conflicts`)."""
    from ..reconcile.duplicates import without_duplicates

    if touched is None:
        store.mark_shown()
        affected = store.event_conflict_ids()
        affected |= store.conflicts_on_claims(store.claims_of_conflicts(affected))
        near = affected
    else:
        affected = store.conflicts_on_claims(touched)
        near = affected | store.conflicts_on_claims(store.claims_of_conflicts(affected))
    flipped: dict[str, int] = {}
    if affected:
        kept = {c.id for c in without_duplicates(store.conflict_views(near))}
        marks = {cid: cid not in kept for cid in affected}
        if touched is not None:
            flipped = {c: m for c, m in store.duplicate_marks(affected).items() if m is not None and m != marks[c]}
        store.mark_duplicates(marks)
    listed, left_out = store.listed_count()
    store.record_duplicates(left_out)
    return listed, flipped


def _whole(store: Store) -> None:
    from ..reconcile import (
        actor_pair_counts,
        borrowed_context,
        candidate_filing,
        conflicts_by_question,
        negative_index,
    )

    claims = store.claims(light=True)
    articles = {a.id: a for a in store.articles()}
    from ..store.events import claim_frames

    events = _event_conflicts(store, claims, articles, None)[0]  # (first: its families tell claims' acts apart, R3)
    keyed = conflicts_by_question(
        claims,
        articles,
        learned=StoredLearning(store, "claims", whole=True),
        events_of=lambda ids: claim_frames(store.db, ids),
    )
    questions, parties = candidate_filing(claims)
    store.write_questions(questions, borrowed_context(claims), everything=True, parties=parties)
    store.add_pair_counts(actor_pair_counts(claims), replace=True)
    store.mark_counted(None)
    store.add_negative_answers(negative_index(claims), replace=True)
    keyed = keyed + events
    store.write_conflicts(keyed, None)
    rows = [(cid, side.status) for _, c in keyed for side in c.sides for cid in side.claim_ids]
    store.write_statuses((), _statuses(rows), everything=True)
    store.mark_fully_reconciled()


def _incremental(
    store: Store, new_ids: set[str], watch: Watch | None = None
) -> tuple[Done | None, set[str], dict[str, str]]:
    """Refresh what ``new_ids`` touch; returns ``watch``'s callback, the claims on a side of a
    conflict replaced or written (the only ones whose status may change), and their statuses
    before (when watched)."""
    from ..reconcile import (
        actor_key,
        actor_pair_counts,
        borrowed_context,
        candidate_filing,
        conflicts_by_question,
        negative_index,
        only_key,
        pair_key,
    )
    from ..store.events import claim_frames
    from ..store.light import ContextClaim

    new_claims = store.claims(article_ids=new_ids, light=True)
    if not new_claims:
        return (watch(set()) if watch else None), set(), {}
    pairs = actor_pair_counts(new_claims)
    touched_actors = {a for pair in pairs for a in pair}
    before = store.pair_totals(touched_actors)
    counted = store.counted_articles(new_ids)  # (an article refreshed again: its pairs are counted)
    store.add_pair_counts(actor_pair_counts(c for c in new_claims if c.article_id not in counted) if counted else pairs)
    store.mark_counted(new_ids)
    negative = store.negative_answers()
    fresh_negative = negative_index(new_claims) - negative
    store.add_negative_answers(fresh_negative)
    negative |= fresh_negative
    # claims whose filing borrowed pair counts that just changed may move to other questions
    keys = {pair_key(*p) for p in pairs} | {actor_key(a) for a in touched_actors}
    for actor in touched_actors:
        was = {b if a == actor else a for a, b in before if actor in (a, b)}
        now = was | {b if a == actor else a for a, b in pairs if actor in (a, b)}
        if (len(was) == 1) != (len(now) == 1):
            keys.add(only_key(actor))
    moved = store.claims_borrowing(keys)
    refiled_articles = new_ids | set(moved.values())
    refiled = {c.id for c in new_claims} | set(moved)
    # whole articles: a claim's filing reads its article (its other claims as context: the pairs they name)
    near = store.claims_for_filing(refiled_articles, refiled, {c.id: c for c in new_claims})
    near_actors = _actors(near)
    totals = store.pair_totals(near_actors)
    found, implied = candidate_filing(near, pair_totals=totals, claim_ids=refiled)  # (the others: context)
    questions: set[str] = set().union(*(q for cid, q in found.items() if cid in refiled))
    questions.update(*store.questions_of(set(moved)).values())  # where the moved claims were
    questions |= _newly_answerable(store, fresh_negative)
    # the events first: a claim date question does not join two reports whose frames sit in two event families
    # (review 10 R3), so the date questions of every claim whose frames' families were recomputed are asked again
    new_articles = {a.id: a for a in store.articles(new_ids)}
    from ..store.events import holding

    with holding(store.db):  # (the clusters the ingest's write just read or changed: not read again)
        events, replaced, regrouped = _event_conflicts(store, new_claims, new_articles, new_ids)
    questions.update(q for qs in store.questions_of(regrouped - refiled).values() for q in qs if q.startswith(_DATE))
    while True:  # (again with the stored questions truth discovery would vote otherwise now: StoredLearning.unsettled)
        store.savepoint(_WEIGHING)
        answering = store.claims_answering(questions)  # (as filed before: a refiled claim is among ``refiled``)
        wanted = set(answering.values()) | refiled_articles
        filed = answering.keys() | refiled  # (the others of their articles: context, the actor pairs they name)
        learned = StoredLearning(store, "claims", questions=questions)
        known = {c.id: c for c in near if not isinstance(c, ContextClaim)}
        filed_as: dict[str, tuple[str, ...]] | None = None
        if learned.basis() is not None:
            # weighed as stored (always, incrementally), only ``filed`` is filed, each under the parties its
            # last filing found (stored with its questions; the refiled claims' just found): no other claim
            # of their articles is read
            filed_as = store.parties_of(filed - refiled)
            filed_as.update((cid, implied.get(cid, ())) for cid in refiled)
            claims = store.claims_for_filing(wanted, filed, known, context_of=_no_context)
        else:
            claims = store.claims_for_filing(wanted, filed, known)
            totals.update(store.pair_totals(_actors(claims) - near_actors))  # (the pairs of the actors not read yet)
        # (what a context claim borrows is not asked: only the refiled claims' is written)
        store.write_questions(
            {cid: found.get(cid, set()) for cid in refiled},
            borrowed_context(near),
            parties={cid: p for cid, p in implied.items() if cid in refiled},
        )
        articles = {a.id: a for a in store.articles(wanted)}
        keyed = conflicts_by_question(
            claims,
            articles,
            questions=questions,
            pair_totals=totals,
            negative=negative,
            learned=learned,
            claim_ids=filed,
            filed_as=filed_as,
            events_of=lambda ids: claim_frames(store.db, ids),
        )
        learned.finish()
        more = {q for q, _ in learned.unsettled()} - questions
        if not more:
            store.savepoint(_WEIGHING, "release")
            break
        store.savepoint(_WEIGHING, "rollback")
        store.savepoint(_WEIGHING, "release")
        questions |= more
    done = watch(questions | replaced) if watch else None  # before anything is written
    changed = store.write_conflicts(keyed + events, questions | replaced)
    was = store.statuses(changed) if done is not None else {}
    store.write_statuses(changed, _statuses(store.side_statuses(changed)), everything=False)
    return done, changed, was


def _no_context(claim: Any) -> bool:
    """No filed claim reads its article's other claims: each is filed under its stored parties."""
    return False


def _newly_answerable(store: Store, fresh: set[tuple[str, str]]) -> set[str]:
    """The stored questions where a "yes" answer left unfiled so far is filed now: a "yes" is filed
    only where a "no" could meet it (``reconcile.negative_index``), so a new article's first "no" on
    a scope or a predicate (for an actor, or "*" for anyone) files older "yes" answers of other
    articles under questions the new article itself does not answer."""
    wanted: dict[str, list[tuple[str, str]]] = {}
    for facet, actor in fresh:
        if facet.startswith("scope:"):
            wanted.setdefault(facet + "\x1f", []).append(("any", actor))
        elif facet == "polarity-subject":
            wanted.setdefault("polarity\x1f", []).append(("subject", actor))
        else:
            wanted.setdefault(f"polarity\x1f{facet}\x1f", []).append(("subject", actor))
    if not wanted:
        return set()
    out: set[str] = set()
    for question in store.questions_starting(wanted):
        actors = question.split("\x1f")[2:]
        for prefix, tests in wanted.items():
            if question.startswith(prefix) and any(
                a == "*" or (a in actors if where == "any" else actors[:1] == [a]) for where, a in tests
            ):
                out.add(question)
                break
    return out


def _event_conflicts(
    store: Store, claims: list[Any], articles: dict[str, Any], new_ids: set[str] | None
) -> tuple[list[tuple[str, Any]], set[str], set[str]]:
    """Conflicts on events (:mod:`claimline.reconcile.events`): every family of event clusters
    (``new_ids`` None), else the families the new articles' frames are in now; with the question
    keys of the stored conflicts on events they replace, and the claims whose frames' families may have
    changed (every claim with a frame, on a whole run): their claim date questions may join or part their
    reports now (review 10 R3). The
    questions on events two or more articles answer are stored too (``event_questions``: what
    ``conflicts`` counts as compared).

    The store keeps the families (``event_families``), the links holding each together
    (``event_family_links``: a spanning forest) and the clusters each conflict on events compared
    (``event_conflict_clusters``). Links between clusters no new report changed are as they were,
    so a family changes only through the clusters the new frames joined or founded (*changed*):
    those are tested against every cluster sharing an index key with them, and the families
    recomputed are the stored families of the changed clusters and of the clusters they link to.
    No link leaves that set (a link between two unchanged clusters of different families would
    have joined them), so its families are the whole store's: they are rebuilt from the stored
    links between unchanged clusters and the changed clusters' links, testing pairs only where a
    changed cluster held a family together (:func:`claimline.reconcile.events.regroup`); their
    conflicts replace those of the clusters in them (a cluster merged into another hands its
    family and conflicts over to it: :func:`claimline.store.events.write_events`)."""
    from ..reconcile.events import families, linked_to, may_link, regroup
    from ..store import events as stored
    from ..store.event_questions import write_event_questions

    db = store.db
    joined: list[tuple[str, str]] = []
    moved = stored.take_moved_clusters(db)  # (changed by an ingest without a new frame in them: migration 25)
    if new_ids is None:
        clusters = stored.clusters(db)
        replaced: set[str] = set()
        recomputed: set[str] | None = None
        old_families: set[str] | None = None
        # (their frames' keys as stored, not computed again: 7,832 frames' keys computed in the whole refresh of the
        # 300 bench articles, 655 now, for the families' parts)
        grouped = families(clusters, joined=joined, stored_keys=stored.cluster_keys(db, [c.id for c in clusters]))
    else:
        changed = stored.article_clusters(db, new_ids) | moved
        if not changed:
            return [], set(), set()
        loaded = {c.id: c for c in stored.clusters(db, ids=sorted(changed))}
        # the neighbours a changed cluster may link to, tested on their frames' columns first (their
        # classes, every pair of reports within reach): the others are never read
        around = stored.neighbour_clusters(db, changed) - changed
        joinable = may_link(loaded.values(), stored.stored_reports(db, around)) if around else {}
        loaded.update((c.id, c) for c in stored.clusters(db, ids=sorted(joinable)))
        near = [loaded[k] for k in sorted(loaded)]
        # the stored family of each neighbour whose family no new report tears (no changed cluster in
        # it): one link into such a family is enough to know the changed cluster joins it
        of_near = stored.family_of_clusters(db, loaded.keys() - changed)
        torn_now = stored.families_of(db, changed)
        links = linked_to(
            near,
            changed,
            family={c: f for c, f in of_near.items() if f not in torn_now},
            only=joinable,
            stored_keys=stored.cluster_keys(db, joinable),  # (their frames' keys as stored: not computed again)
        )
        # the families of the stored questions truth discovery would vote otherwise now (StoredLearning.unsettled)
        extra: set[str] = set()
        while True:
            joined = []
            old_families = stored.families_of(db, changed | {b for _, b in links} | extra)
            rows = stored.family_members(db, old_families)
            recomputed = changed | {b for _, b in links} | extra | {c for c, _ in rows}
            rows += _coupled(db, recomputed, old_families)
            unread = sorted(recomputed - loaded.keys())
            if unread:
                loaded.update((c.id, c) for c in stored.clusters(db, ids=unread))
            clusters = [loaded[k] for k in sorted(recomputed) if k in loaded]
            replaced = stored.conflict_questions_on(db, recomputed)
            old = {c: f for c, f in rows if c not in changed}
            torn = {f for c, f in rows if c in changed}
            kept = stored.family_links(db, old_families)
            grouped = regroup(clusters, changed, old, torn, kept, links, joined=joined)
            store.savepoint(_WEIGHING)
            keyed, compared, learned = _weigh(store, clusters, grouped, claims, articles, replaced, recomputed, joined)
            more = {f for _, f in learned.unsettled()} - recomputed
            if not more:
                store.savepoint(_WEIGHING, "release")
                break
            store.savepoint(_WEIGHING, "rollback")  # (what the learning wrote: weighed again with ``more``)
            store.savepoint(_WEIGHING, "release")
            extra |= more
    if recomputed is None:
        keyed, compared, _ = _weigh(store, clusters, grouped, claims, articles, replaced, None, joined)
    stored.write_families(db, grouped, joined, old_families)
    write_event_questions(db, compared, recomputed)
    if recomputed is None:
        return keyed, replaced | {q for q, _ in keyed}, {f.claim_id for c in clusters for f in c.frames if f.claim_id}
    # the claims whose frames' families may differ from those their date questions were last asked with
    # (``claim_frames``: a frame's family, or its cluster alone): frames in a changed cluster, or in a
    # cluster whose family is another now
    before = dict(rows)
    after = {c.id: fam[0].id for fam in grouped if len(fam) > 1 for c in fam}
    refamilied = changed | {c for c in recomputed if after.get(c, c) != before.get(c, c)}
    told = {f.claim_id for c in clusters if c.id in refamilied for f in c.frames if f.claim_id}
    return keyed, replaced | {q for q, _ in keyed}, told


#: The savepoint of an incremental run's weighing of the events (undone when more families must be weighed)
_WEIGHING = "claimline_weighing"


def _weigh(
    store: Store,
    clusters: list[Any],
    grouped: list[list[Any]],
    claims: list[Any],
    articles: dict[str, Any],
    replaced: set[str],
    recomputed: set[str] | None,
    forest: list[tuple[str, str]] | None = None,
) -> tuple[list[tuple[str, Any]], Any, StoredLearning]:
    """The conflicts on events of ``grouped`` (the families of ``clusters``), weighed by truth discovery
    with what the store learned (``recomputed`` None: learned again from every family), reading the
    claims and articles of their frames not among ``claims`` and ``articles``; with what was compared
    and the learning. ``forest``: the linked pairs holding ``grouped`` together (tested first for a family's
    parts: :func:`claimline.reconcile.events._parts`)."""
    from ..reconcile.events import reconcile_events, repeats_source

    need = {f.claim_id for c in clusters for f in c.frames if f.claim_id}
    by_id = {c.id: c for c in claims if c.id in need}
    missing = sorted(need - set(by_id))
    if missing:
        by_id.update({c.id: c for c in store.claims(ids=missing, light=True)})
    # a headline's figure may repeat a sourced claim of its body (reconcile.events.headline_source): the claims
    # of its article, whichever clusters are weighed (the same in an incremental refresh as in a whole one)
    heads = {f.article_id for c in clusters for f in c.frames if repeats_source(f)}
    read = {c.article_id for c in claims}  # (``claims`` holds its articles whole)
    bodies = [c for c in claims if c.article_id in heads]
    if heads - read:
        bodies += store.claims(article_ids=sorted(heads - read), light=True)
    arts = dict(articles)
    # (a frame in no claim is its outlet's statement: its article too)
    absent = sorted(
        ({c.article_id for c in by_id.values()} | {f.article_id for c in clusters for f in c.frames}) - set(arts)
    )
    if absent:
        arts.update({a.id: a for a in store.articles(absent)})
    # what each sentence of the weighed frames' articles states (reconcile.events._stated: a sentence giving both
    # values opposes neither), read from every stored frame of those articles whatever its cluster or claim, in a
    # whole refresh as in an incremental one (which holds only some families)
    from ..store import events as stored

    figures = stored.figure_frames(store.db, {f.article_id for c in clusters for f in c.frames if f.quantities})
    learned = StoredLearning(store, "events", whole=recomputed is None, questions=replaced, families=recomputed or ())
    keyed, compared = reconcile_events(
        clusters, by_id, arts, grouped=grouped, learned=learned, forest=forest, bodies=bodies, figures=figures
    )
    learned.finish()
    return keyed, compared, learned


#: At most this many clusters are recomputed for the families coupled to a changed one (:func:`_coupled`)
COUPLED_CLUSTERS = 2000


def _coupled(db: Any, recomputed: set[str], families: set[str]) -> list[tuple[str, str]]:
    """Add to ``recomputed`` (and their families to ``families``) the clusters of the families a stored
    conflict on events couples to them through a claim (:func:`claimline.store.events.clusters_coupled`),
    and so on: a disagreement on a figure is listed once across families (a sentence's verb and its
    figure, or its noun, in two families; whether an event happened, asked of a noun and of its verb:
    ``reconcile.events._without_measured_twice``, ``reconcile.classification.once``), so whether a
    family's conflict is kept depends on the conflicts sharing its claims, which a whole refresh
    recomputes together (issue 12 (2): the Italian recall's "14" / "16" batches listed twice after
    ingests one by one). A kept "whether it happened" couples every cluster a frame of its sides' claims
    is in: a second one sharing a claim of its "yes", dropped while it is kept, is asked again once a
    new report changes the kept one's family (one article's "no" answering one claim's "yes" in two
    clusters, the noun's and the verb's). Stops past :data:`COUPLED_CLUSTERS`
    (``claimline reconcile`` recomputes everything). Returns the ``(cluster, family)`` rows added."""
    from ..events.light import MEASURE
    from ..reconcile.classification import FACET
    from ..store import events as stored

    added: list[tuple[str, str]] = []
    frontier = set(recomputed)
    while frontier and len(recomputed) <= COUPLED_CLUSTERS:
        coupled = (
            stored.clusters_coupled(db, frontier, ("quantity", FACET, "factuality"), MEASURE, ("factuality",))
            - recomputed
        )
        if not coupled:
            break
        more = stored.families_of(db, coupled) - families
        rows = stored.family_members(db, more)
        families |= more
        added += rows
        frontier = (coupled | {c for c, _ in rows}) - recomputed
        recomputed |= frontier
    return added


def _actors(claims: list[Any]) -> set[str]:
    """Every actor a claim may be filed under (its actors, subject and source actor)."""
    out: set[str] = set()
    for c in claims:
        out.update(c.actors)
        if c.subject:
            out.add(c.subject)
        if c.source is not None and c.source.actor:
            out.add(c.source.actor)
    return out
