"""The verdict on one question: supersession, the weighted vote and truth discovery."""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from .info import Info, same_speaker
from .keys import Key
from .weights import (
    RECENCY_FLOOR,
    RECENCY_HALF_LIFE_DAYS,
    RELIABILITY_ITERATIONS,
    RELIABILITY_PRIOR,
    RELIABILITY_SMOOTHING,
    RELIABILITY_TOLERANCE,
    RESOLVED_MARGIN,
    UNDATED_RECENCY,
)


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
    units: dict[str, tuple[float, Info]]


def claim_weights(sides: Mapping[str, list[Info]], ref: date | None) -> dict[str, float]:
    """claim id -> certainty x source kind x recency."""
    return {i.id: i.base * _recency(i.published, ref) for infos in sides.values() for i in infos}


def score_side(infos: list[Info], weights: Mapping[str, float], rel: Mapping[str, float] | None = None) -> _Score:
    """A side's support: each independent unit adds its heaviest claim.

    Claims flagged ``initial`` add nothing (the sentence itself calls them the
    earlier version). Claims citing unnamed coverage ("a news agency
    reported") add nothing when the side already has support from an earlier
    article, which they most likely cite; otherwise they count together as
    one unit.
    """
    units: dict[str, tuple[float, Info]] = {}
    cited: list[tuple[float, Info]] = []
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


def _fmt_units(score: _Score, weights: Mapping[str, float], limit: int = 3) -> str:
    """A side's first ``limit`` units, each its claim's weight as counted. Listed by the weight before learned
    reliability (``weights``: certainty x source kind x recency), then id: which claims the reason names is a
    property of the claims, not of the reliabilities learned so far, which an incremental refresh leaves as the
    questions it did not recompute left them (a whole refresh and one article at a time name the same claims)."""
    parts = sorted(score.units.values(), key=lambda x: (-weights.get(x[1].id, 0.0), x[1].id))
    text = "; ".join(f"{i.describe()}, {i.claim.modality}, {w:.2f}" for w, i in parts[:limit])
    if len(parts) > limit:
        text += f"; +{len(parts) - limit} more"
    return text


# ========================================================== one question
@dataclass(slots=True)
class Draft:
    key: Key
    subject: list[str]
    sides: dict[str, list[Info]]
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
    qid: str = ""  # the question's key, under which a store keeps its evidence (jobs.refresh)


def _supersession(sides: Mapping[str, list[Info]]) -> tuple[str | None, set[str], str]:
    """(winner or None, superseded side values, reason)."""
    latest: dict[str, Info] = {}
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
                or i.published < corr.published
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


#: rules that decide a question before any vote: the winner's p is 1, the others' 0 (truth discovery reads them)
FIXED_RULES = frozenset({"supersession", "on_record"})


def _on_record(info: Info) -> bool:
    return info.counts and info.revision != "initial" and not info.cited and info.on_record


def _by_record(
    sides: Mapping[str, list[Info]], remaining: Sequence[str], scores: Mapping[str, _Score]
) -> tuple[str | None, str]:
    """(winner, reason) when of two sides only one is told on record — by a named person or body — and the other
    rests only on the outlets' own unattributed statements or unnamed sources, no more independent ones than the
    side on record has: a named source on record outweighs an unattributed account (none: the vote decides)."""
    if len(remaining) != 2:
        return None, ""
    told = {v: [i for i in sides[v] if _on_record(i)] for v in remaining}
    named = [v for v in remaining if told[v]]
    if len(named) != 1:
        return None, ""
    win = named[0]
    lose = next(v for v in remaining if v != win)
    if not any(i.counts for i in sides[lose]) or len(scores[lose].units) > len(scores[win].units):
        return None, ""
    # one speaker told two ways ("the mayor" and "The mayor of Harl", "its director" and "the festival's
    # director"): no side alone on record (review 21 C1)
    if any(i.counts and same_speaker(i, j) for i in sides[lose] for j in told[win]):
        return None, ""
    # the named source's own later word (a wire quoted by a rewrite, then the wire's own update) is no account
    # to outweigh: it is that source's later version
    if any(
        i.counts and j.unit == i.unit and (i.published or date.min) > (j.published or date.max)
        for i in sides[lose]
        for j in told[win]
    ):
        return None, ""
    best = max(told[win], key=lambda i: (i.base, i.published or date.min, i.id))
    first = min((i for i in sides[lose] if i.counts), key=lambda i: (i.published or date.min, i.id))
    more = sum(1 for i in sides[lose] if i.counts) - 1
    extra = f" and {more} more claim{'s' if more > 1 else ''}" if more else ""
    reason = (
        f"{win} stands on the record: {best.describe()} tells it on record (a named person or body), while {lose} "
        f"rests only on {first.describe()}{extra}, with no source on record; a source on record outweighs an "
        "unattributed account."
    )
    return win, reason


def decide_question(key: Key, sides: dict[str, list[Info]], now: date | None) -> Draft:
    all_infos = [i for infos in sides.values() for i in infos]
    ref = now or max((i.published for i in all_infos if i.published), default=None)
    weights = claim_weights(sides, ref)
    side_keys = source_keys_by_side(sides)
    scores = {v: score_side(infos, weights) for v, infos in sides.items()}
    counts = _subject_counts(all_infos)
    subject = sorted(key[2], key=lambda a: (-counts.get(a, 0), a))
    win, superseded, reason = _supersession(sides)
    status: dict[str, str] = {v: "superseded" for v in superseded}
    plain = {v: s.total for v, s in scores.items()}
    if win is not None:
        status[win] = "stands"
        p = {v: (1.0 if v == win else 0.0) for v in sides}
        return Draft(key, subject, sides, status, "resolved", "supersession", win, reason, None, plain, ref,
                      [], p, weights, side_keys)  # fmt: skip
    remaining = [v for v in sides if v not in superseded]
    draft = Draft(key, subject, sides, status, "disputed", None, None, "", None, plain, ref, remaining, {},
                   weights, side_keys)  # fmt: skip
    weighted_vote(draft, scores, None, "")
    if draft.conflict_status == "disputed":
        win, reason = _by_record(sides, remaining, scores)
        if win is not None:  # the vote cannot call it; one side alone is told on record
            draft.status = {v: "stands" if v == win else st for v, st in draft.status.items()}
            draft.status.update({v: "outvoted" for v in remaining if v != win})
            draft.conflict_status, draft.rule, draft.winner = "resolved", "on_record", win
            draft.reason = f"{reason} (The vote alone could not call it: margin {draft.margin:.2f}.)"
            draft.p = {v: (1.0 if v == win else 0.0) for v in sides}
            draft.remaining = []
    return draft


def source_keys_by_side(sides: Mapping[str, list[Info]]) -> dict[str, set[str]]:
    """Reliability keys vouching for each side (not mere accounts of initial or cited reports)."""
    return {
        v: {i.rel_key for i in infos if i.rel_key and i.revision != "initial" and not i.cited}
        for v, infos in sides.items()
    }


def _subject_counts(infos: Iterable[Info]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for i in infos:
        s = i.claim.subject
        if s:
            counts[s] = counts.get(s, 0) + 1
    return counts


def weighted_vote(draft: Draft, scores: Mapping[str, _Score], rel: Mapping[str, float] | None, rel_note: str) -> None:
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
        parts = [f"{v} {totals[v]:.2f} ({_fmt_units(scores[v], draft.weights)})" for v in ranked]
        verdict = f"margin {draft.margin:.2f} >= {RESOLVED_MARGIN:.2f}, so {top} stands."
        draft.reason = f"{lead}{' vs '.join(parts)}; {verdict}"
    else:
        draft.conflict_status = "disputed"
        for v in remaining:
            status[v] = "disputed" if v in counting else "unsupported"
        parts = [f"{v} {totals[v]:.2f} ({_fmt_units(scores[v], draft.weights)})" for v in ranked]
        draft.reason = (
            f"Disputed: weighted vote over {n_units} independent sources, {' vs '.join(parts)}; "
            f"margin {draft.margin:.2f} < {RESOLVED_MARGIN:.2f}, so no version stands yet."
        )
    draft.status = status


# ================================================= a verdict weighed again
@dataclass(frozen=True, slots=True)
class WeighedSide:
    """A side of a question as truth discovery's vote weighed it: its ``total`` at the reliabilities it
    was weighed at, ``state`` (0: set aside before the vote, superseded; 1: voted, no support that counts;
    2: voted, counting), the ``sources`` (reliability keys) of its counted claims, and ``fixed``: one of
    them is weighed by no learned reliability (no key, or a key the vote did not learn: the prior)."""

    total: float
    state: int
    sources: tuple[str, ...]
    fixed: bool


def weighed_sides(draft: Draft, rel: Mapping[str, float]) -> list[WeighedSide]:
    """``draft``'s sides as voted at the reliabilities ``rel`` (:func:`weighted_vote`), in the order the vote
    ranks them (total, then value): what :func:`verdict_holds` bounds."""
    out = []
    for v in sorted(draft.sides, key=lambda v: (-draft.scores.get(v, 0.0), v)):
        counted = [i for i in draft.sides[v] if i.revision != "initial"]
        keys = tuple(sorted({i.rel_key for i in counted if i.rel_key and i.rel_key in rel}))
        fixed = any(not i.rel_key or i.rel_key not in rel for i in counted)
        voted = v in draft.remaining
        state = 2 if voted and any(i.counts for i in draft.sides[v]) else int(voted)
        out.append(WeighedSide(draft.scores.get(v, 0.0), state, keys, fixed))
    return out


#: a bound closer than this to a threshold (a margin to RESOLVED_MARGIN, two totals to each other) may
#: land on either side of it: a margin and a side's score are kept to four decimals
_CLOSE = 1e-4


def verdict_holds(sides: Sequence[WeighedSide], ratio: Mapping[str, float]) -> bool:
    """Whether a question voted with ``sides`` (:func:`weighed_sides`) comes out as it did — the same status,
    winner and order of sides — whatever its sources' reliabilities are now, when each source's is
    ``ratio[source]`` times what it was weighed at (absent: unchanged). A side's total (each independent unit
    its heaviest claim, weight x reliability) then lies between its total times the least and the greatest
    ratio of its sources (1 for a claim weighed at the prior); the verdict holds when no two sides' bounds
    overlap (the ranking stands) and the margin (top minus second over the total of the sides voted) stays
    on the side of RESOLVED_MARGIN it was on at both ends: the top side at its least and the others at
    their greatest, and the other way round. Conservative: a False may be a verdict that holds after all."""
    bounds: list[tuple[float, float, bool]] = []
    for s in sides:
        rs = [ratio.get(k, 1.0) for k in s.sources]
        if s.fixed or not rs:
            rs.append(1.0)
        moved = any(r != 1.0 for r in rs)
        bounds.append((s.total * min(rs), s.total * max(rs), moved))
    for (lo, _, moved), (_, hi, moved_next) in itertools.pairwise(bounds):
        if (moved or moved_next) and lo - hi <= _CLOSE and not (lo == hi == 0.0):
            return False
    voted = [b for s, b in zip(sides, bounds, strict=True) if s.state > 0]
    totals = [s.total for s in sides if s.state > 0]
    if sum(1 for s in sides if s.state == 2) < 2 or len(voted) < 2:
        return True  # open (or no vote): the reliabilities decide nothing

    def margin(top: float, second: float, rest: float) -> float:
        total = top + second + rest
        return (top - second) / total if total > 0 else 0.0

    if round(margin(totals[0], totals[1], sum(totals[2:])), 4) >= RESOLVED_MARGIN:  # (resolved, as weighted_vote)
        return margin(voted[0][0], voted[1][1], sum(hi for _, hi, _ in voted[2:])) >= RESOLVED_MARGIN + _CLOSE
    return margin(voted[0][1], voted[1][0], sum(lo for lo, _, _ in voted[2:])) < RESOLVED_MARGIN - _CLOSE


# ======================================================= truth discovery
def _evidence(drafts: Sequence[Draft], reliability: Mapping[str, float]) -> list[dict[str, tuple[float, int]]]:
    """Per draft: reliability key -> (sum of p of the key's sides, observations)."""
    out = []
    for d in drafts:
        if d.rule in FIXED_RULES or not d.remaining:
            p = d.p
        else:
            scores = {v: score_side(d.sides[v], d.weights, reliability).total for v in d.remaining}
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


def evidence_of(drafts: Sequence[Draft], reliability: Mapping[str, float]) -> list[dict[str, tuple[float, int]]]:
    """Per draft: reliability key -> (probability its best side is right, 1), at ``reliability``."""
    return _evidence(drafts, reliability)


def learn(
    drafts: Sequence[Draft],
    *,
    others: Mapping[str, Sequence[float]] | None = None,
    start: Mapping[str, float] | None = None,
) -> tuple[dict[str, float], list[dict[str, tuple[float, int]]], dict[str, float]]:
    """The reliabilities learned from ``drafts`` (iterated to a fixed point), the evidence of each
    draft at the last iteration, and the reliabilities that evidence was computed at.

    ``others``: reliability key -> the evidence (p) of drafts not given, fixed (a store's other
    questions); ``start``: the reliabilities to start from (default: none learned, the prior)."""
    reliability: dict[str, float] = dict(start or {})
    basis: dict[str, float] = reliability
    evidence: list[dict[str, tuple[float, int]]] = []
    fixed = {k: (math.fsum(ps), len(ps)) for k, ps in (others or {}).items() if ps}
    for _ in range(RELIABILITY_ITERATIONS):
        basis = reliability
        evidence = _evidence(drafts, reliability)
        sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
        for k, (s, n) in fixed.items():
            sums[k] = [s, float(n)]
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
    return reliability, evidence, basis


def reliability_from(ps: Sequence[float]) -> float | None:
    """A source's reliability learned from the evidence ``ps`` (one p per conflict; the step
    :func:`learn` iterates, summed exactly); None without evidence (the prior)."""
    if not ps:
        return None
    return (RELIABILITY_SMOOTHING * RELIABILITY_PRIOR + math.fsum(ps)) / (RELIABILITY_SMOOTHING + len(ps))


def evidence_totals(
    evidence: Sequence[Mapping[str, tuple[float, int]]], others: Mapping[str, Sequence[float]] | None = None
) -> dict[str, tuple[float, int]]:
    """Reliability key -> (sum of p, observations) over ``evidence`` and ``others`` (key -> the p of
    one observation each: drafts not in ``evidence``). The sums are exactly rounded (``math.fsum``):
    the same observations give the same totals in any order, read from a store or computed here."""
    ps: dict[str, list[float]] = {k: list(v) for k, v in (others or {}).items()}
    ns: dict[str, int] = {k: len(v) for k, v in ps.items()}
    for ev in evidence:
        for k, (s, n) in ev.items():
            ps.setdefault(k, []).append(s)
            ns[k] = ns.get(k, 0) + n
    return {k: (math.fsum(v), ns[k]) for k, v in ps.items()}
