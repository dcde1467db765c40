"""Timeline of events built from stored claims.

An entry of the timeline is an *event*, not a sentence: every claim that
reports the same event, in any article, is folded into one
:class:`~claimline.schemas.TimelineEntry` listing all its sources.

Merge rule
----------
Only claims with at least one actor take part (author claims without actors
are noise). Two claims can report the same event when

1. **same kind of action**: the same event key, i.e. the lower-cased
   ``claim.predicate`` lemma and the same polarity (``negated``). A denial is
   a different entry from the assertion it denies; the conflicts engine links
   the two. Claims without a predicate only merge with claims of the same
   (whitespace- and case-normalised) text, so syndicated copies still fold;
2. **same actors**: their actor sets are equal or one is a subset of the other
   ("OpenAI signed a deal" and "OpenAI signed a deal with the Pentagon");
3. **compatible dates**: their intervals overlap. A claim's interval is its
   event time (``claim.time.start`` .. ``claim.time.end``: a day, a week, a
   month, "late February", a quarter...). A claim with no event time is dated
   by its article's publication date; for merging it counts as the window
   ``[published - REPORT_WINDOW_DAYS, published]`` (what is reported happened
   on or shortly before the report), so an undated "OpenAI signed a deal"
   published on 5 Mar joins the 27 Feb deal.

A group of claims becomes one entry only if the rule holds for *every pair*
in the group: all intervals share at least one common day and all actor sets
form a chain under inclusion. This stops chaining: a claim dated "2026" may
join the February deal, but cannot then glue it to a November deal. Groups are
formed greedily in one sweep per event key over the claims sorted by interval
start; a claim joins the compatible open group with the same actor set first,
then the one with the narrowest common interval, then the most recent one.
Cost is O(n log n) for n claims (sort plus a heap of open groups).

Claims with neither an event time nor a publication date are *undated*: they
merge only with undated claims of the same event key and the same actor set,
and are listed apart (``date_basis="none"``), never mixed into the dated list.
Durations and sets ("for three years", "every Monday") have no start date and
are treated like claims without an event time.

An entry is dated by its most precise member (the narrowest event-time
interval; publication dates only when no member has an event time, shown as
"reported on 5 Mar 2026" with ``date_basis="publication"``). Entries are sorted
by interval: start, then end.

The entry's ``label`` is the text of its most confident standing claim
(modality, then the number of actors it names, then ``confidence``, then
the shortest), trimmed to about LABEL_MAX_CHARS at a word boundary.

Status of an entry: ``superseded`` when all its claims are superseded,
``disputed`` when any of its claims is in an unresolved conflict, otherwise the
strongest modality (confirmed > reported > hedged > speculative) among its
standing claims (neither superseded nor outvoted), or, when its claims are negated (all members
share one polarity), ``denied`` when one of them is told under a verb of denial (a cue of
``models/cues.toml`` that ``negates``: "X denied that it had signed any agreement" has the content
"it had signed any agreement", which must never read as confirmed), else ``negated`` ("X did not
sign": nobody denies anything; review 11). Superseded claims stay in
the entry, listed in ``superseded_claim_ids``.

This module must stay light: no spaCy, no dateparser.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from .events.display import outlet_name
from .reconcile.status import claim_statuses
from .views import View
from .vocab import ATTITUDE, BOTH_TIERS, MODALITY_RANK

if TYPE_CHECKING:
    from .schemas import Article, Claim, Conflict, SourceRef, TimelineEntry

__all__ = [
    "LABEL_MAX_CHARS",
    "REPORT_WINDOW_DAYS",
    "build_timeline",
    "date_label",
    "format_day",
    "group_by_month",
    "month_label",
    "range_label",
    "split_undated",
    "undated",
]

#: A claim dated only by publication may report an event up to this many days old.
REPORT_WINDOW_DAYS = 7
#: Entry labels are trimmed to about this many characters, at a word boundary.
LABEL_MAX_CHARS = 140

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NOT_DATES = frozenset({"duration", "set"})
_WS = re.compile(r"\s+")


# ------------------------------------------------------------------ date labels
def format_day(d: date) -> str:
    """``2 Sep 2025`` (locale-independent)."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def month_label(key: str) -> str:
    """``"2026-03"`` (a :func:`group_by_month` key) -> ``"Mar 2026"``."""
    try:
        year, month = key.split("-")
        return f"{_MONTHS[int(month) - 1]} {int(year)}"
    except (ValueError, IndexError):
        return key


def _season(start: date, end: date) -> str:
    m = start.month
    if m in (3, 4, 5):
        return f"spring {start.year}"
    if m in (6, 7, 8):
        return f"summer {start.year}"
    if m in (9, 10, 11):
        return f"autumn {start.year}"
    # winter: December .. February, may straddle two years
    if m == 12 and end.year > start.year:
        return f"winter {start.year}/{end.year % 100:02d}"
    return f"winter {start.year}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def range_label(start: date, end: date) -> str:
    """An explicit interval: ``27 Feb 2026``, ``20–28 Feb 2026``, ``28 Feb – 3 Mar 2026``."""
    if start == end:
        return format_day(start)
    if start.year == end.year:
        if start.month == end.month:
            return f"{start.day}–{end.day} {_MONTHS[end.month - 1]} {end.year}"
        return f"{start.day} {_MONTHS[start.month - 1]} – {format_day(end)}"
    return f"{format_day(start)} – {format_day(end)}"


_POSITION = {"START": "early ", "MID": "mid-", "END": "late "}
_QUALIFIER = {
    "APPROX": "around ",
    "BEFORE": "before ",
    "AFTER": "after ",
    "ON_OR_BEFORE": "by ",
    "ON_OR_AFTER": "from ",
}


def date_label(start: date | None, end: date | None, granularity: str | None, mod: str | None = None) -> str:
    """A date at its real granularity: ``2 Sep 2025``, ``week of 2 Mar 2026``,
    ``late Feb 2026``, ``Q1 2026``, ``spring 2026``, ``H2 2025``, ``2020s``...

    ``mod`` is the TIMEX3 modifier: START/MID/END give early/mid-/late (on
    months and coarser), APPROX/BEFORE/AFTER/ON_OR_BEFORE/ON_OR_AFTER give
    around/before/after/by/from. ``start=None`` (durations, sets) -> ``undated``.
    """
    if start is None:
        return "undated"
    end = end or start
    if end < start:
        start, end = end, start
    g = granularity
    mod = (mod or "").upper() or None
    if g in ("day", "time"):
        text = format_day(start)
    elif g == "week":
        monday = start - timedelta(days=start.weekday())
        text = f"week of {format_day(monday)}"
    elif g == "month":
        text = f"{_MONTHS[start.month - 1]} {start.year}"
    elif g == "quarter":
        text = f"Q{(start.month - 1) // 3 + 1} {start.year}"
    elif g == "half":
        text = f"H{1 if start.month <= 6 else 2} {start.year}"
    elif g == "season":
        text = _season(start, end)
    elif g == "year":
        text = str(start.year)
    elif g == "decade":
        text = f"{start.year // 10 * 10}s"
    elif g == "century":
        text = f"{_ordinal(start.year // 100 + 1)} century"
    else:  # ref, unknown, duration/set with dates, None: show the interval itself
        text = range_label(start, end)
        g = "day" if start == end else None
    if mod in _POSITION and g not in (None, "day", "time", "week"):
        return _POSITION[mod] + text
    if mod in _QUALIFIER:
        return _QUALIFIER[mod] + text
    return text


# ------------------------------------------------------------------ building
@dataclass(slots=True)
class _Item:
    claim: Claim
    order: int
    basis: str  # text | publication | none
    start: date | None  # display interval
    end: date | None
    merge_start: date | None  # interval used for merging
    merge_end: date | None
    actors: frozenset[str]
    published: date | None


@dataclass(slots=True)
class _Group:
    gid: int
    items: list[_Item] = field(default_factory=list)
    actor_sets: set[frozenset[str]] = field(default_factory=set)
    lo: date = date.min
    hi: date = date.max
    retired: bool = False

    def compatible(self, actors: frozenset[str]) -> bool:
        return all(actors <= s or s <= actors for s in self.actor_sets)

    def add(self, item: _Item) -> None:
        self.items.append(item)
        self.actor_sets.add(item.actors)
        if item.merge_start is not None and item.merge_end is not None:
            self.lo = max(self.lo, item.merge_start)
            self.hi = min(self.hi, item.merge_end)


def _norm_text(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _event_key(claim: Claim) -> tuple[str, str, bool]:
    pred = (claim.predicate or "").strip().lower()
    if pred:
        return ("p", pred, claim.negated)
    return ("t", _norm_text(claim.text).casefold(), claim.negated)


#: Shortest interval (days) of a whole calendar unit; a coarser ``mod`` narrows only these.
_UNIT_DAYS = {
    "month": 28,
    "quarter": 89,
    "season": 89,
    "half": 181,
    "year": 365,
    "decade": 3652,
    "century": 36524,
}


def _narrow(start: date, end: date, granularity: str, mod: str | None) -> tuple[date, date]:
    """The merge interval of an event time: START/MID/END keep the first, middle
    or last third of a whole unit ("late Feb" -> 19..28 Feb), unless the
    extractor already narrowed the interval."""
    mod = (mod or "").upper()
    span = (end - start).days + 1
    if mod not in ("START", "MID", "END") or span < _UNIT_DAYS.get(granularity, 10**9):
        return start, end
    third = -(-span // 3)
    if mod == "START":
        return start, start + timedelta(days=third - 1)
    if mod == "END":
        return end - timedelta(days=third - 1), end
    return start + timedelta(days=third), end - timedelta(days=third)


def _item(claim: Claim, order: int, article: Article | None) -> _Item:
    published = article.published if article is not None else None
    actors = frozenset(claim.actors)
    t = claim.time
    if t is not None and t.start is not None and t.granularity not in _NOT_DATES:
        start = t.start
        end = t.end or t.start
        if end < start:
            start, end = end, start
        lo, hi = _narrow(start, end, t.granularity, t.mod)
        return _Item(claim, order, "text", start, end, lo, hi, actors, published)
    if published is not None:
        lo = published - timedelta(days=REPORT_WINDOW_DAYS)
        return _Item(claim, order, "publication", published, published, lo, published, actors, published)
    return _Item(claim, order, "none", None, None, None, None, actors, published)


def _sweep(items: list[_Item], gid0: int) -> list[_Group]:
    """Greedy grouping of one event key's dated items (see the module docstring)."""
    items.sort(key=lambda it: (it.merge_start, it.merge_end, it.order))
    groups: list[_Group] = []
    heap: list[tuple[date, int]] = []  # (group.hi, gid), lazily updated
    by_actor: dict[str, set[int]] = {}
    live: dict[int, _Group] = {}
    for it in items:
        assert it.merge_start is not None and it.merge_end is not None
        # retire groups whose common interval ends before this item starts
        while heap and heap[0][0] < it.merge_start:
            hi, gid = heapq.heappop(heap)
            g = live.get(gid)
            if g is None or g.hi != hi:
                continue  # stale heap entry
            del live[gid]
            for s in g.actor_sets:
                for a in s:
                    members = by_actor.get(a)
                    if members is not None:
                        members.discard(gid)
                        if not members:
                            del by_actor[a]
        best: _Group | None = None
        best_rank: tuple[int, int, int] | None = None
        candidates: set[int] = set()
        for a in it.actors:
            candidates |= by_actor.get(a, set())
        for gid in candidates:
            g = live[gid]
            if g.hi < it.merge_start or g.lo > it.merge_end or not g.compatible(it.actors):
                continue
            lo = max(g.lo, it.merge_start)
            hi = min(g.hi, it.merge_end)
            rank = (0 if it.actors in g.actor_sets else 1, (hi - lo).days, -gid)
            if best_rank is None or rank < best_rank:
                best, best_rank = g, rank
        if best is None:
            best = _Group(gid0 + len(groups))
            groups.append(best)
            live[best.gid] = best
        best.add(it)
        heapq.heappush(heap, (best.hi, best.gid))
        for a in it.actors:
            by_actor.setdefault(a, set()).add(best.gid)
    return groups


def _trim(text: str, limit: int = LABEL_MAX_CHARS) -> str:
    text = _norm_text(text)
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space >= limit // 2 else cut[:limit]
    return cut.rstrip(" ,;:-–—") + "…"


@cache
def _denial_words() -> frozenset[str]:
    """The forms of the cues of ``models/cues.toml`` (and ``CLAIMLINE_LEXICONS`` additions) that negate what they
    tell ("deny": deny, denies, denied, denying), read by :func:`~claimline.lexicon_files.lexicon_data` (queries stay
    light; validated by :mod:`claimline.lexicons`)."""
    from .lexicon_files import lexicon_data

    forms: set[str] = set()
    for cue in lexicon_data("cues.toml").get("cue", []):
        if not cue.get("negates"):
            continue
        verb = str(cue["lemma"]).lower()
        stem = verb[:-1] if verb.endswith("e") else verb
        forms |= {verb, verb + ("es" if verb.endswith(("s", "sh", "ch")) else "s"), stem + "ed", stem + "ing"}
        if verb.endswith("y"):
            forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    return frozenset(forms)


def _denies(claim: Claim) -> bool:
    """Whether a negated claim is told under a verb of denial ("denied that …"), not merely negated ("did not")."""
    cue = claim.cue.text.lower().split() if claim.cue is not None else ()
    return any(w.strip(".,;:'\"") in _denial_words() for w in cue)


def _make(light: bool, model: str, **fields: Any) -> Any:
    """A ``schemas`` model, or (``light``) the :class:`View` of what it would dump to JSON."""
    if light:
        return View((k, v.isoformat() if isinstance(v, date) else v) for k, v in fields.items())
    from . import schemas

    return getattr(schemas, model)(**fields)


def _source_ref(claim: Claim, article: Article | None, light: bool = False) -> SourceRef:
    return _make(
        light,
        "SourceRef",
        claim_id=claim.id,
        article_id=claim.article_id,
        publisher=article.publisher if article is not None else None,
        published=article.published if article is not None else None,
        source=claim.source.text if claim.source is not None else None,
        actor=claim.source.actor if claim.source is not None else None,
        cue=claim.cue.text if claim.cue is not None else None,
        modality=claim.modality,
        outlet=outlet_name(article) if article is not None else None,
    )


def _single_entry(
    it: _Item,
    articles: Mapping[str, Article],
    status_of: Mapping[str, str],
    conflicts_of: Mapping[str, list[str]],
    light: bool = False,
) -> TimelineEntry:
    """:func:`_entry` for a one-claim event (the common case), without the bookkeeping."""
    c = it.claim
    st = status_of.get(c.id, "stands")
    if it.basis == "text":
        t = c.time
        assert t is not None
        label_date = date_label(it.start, it.end, t.granularity, t.mod)
        granularity = t.granularity
    elif it.basis == "publication":
        assert it.start is not None
        label_date = f"reported on {format_day(it.start)}"
        granularity = "day"
    else:
        label_date, granularity = "undated", None
    if st == "superseded":
        status = "superseded"
    elif st == "disputed":
        status = "disputed"
    elif c.negated:
        status = "denied" if _denies(c) else "negated"
    else:
        status = c.modality
    return _make(
        light,
        "TimelineEntry",
        start=it.start,
        end=it.end,
        granularity=granularity,
        date_label=label_date,
        date_basis=it.basis,  # type: ignore[arg-type]
        label=_trim(c.text),
        actors=list(dict.fromkeys(c.actors)),
        claim_ids=[c.id],
        sources=[_source_ref(c, articles.get(c.article_id), light)],
        status=status,  # type: ignore[arg-type]
        superseded_claim_ids=[c.id] if st == "superseded" else [],
        conflict_ids=list(dict.fromkeys(conflicts_of.get(c.id, ()))),
        network_tier=c.network_tier,
        use_scopes=list(dict.fromkeys(c.use_scopes)),
    )


def _entry(
    items: list[_Item],
    articles: Mapping[str, Article],
    status_of: Mapping[str, str],
    conflicts_of: Mapping[str, list[str]],
    conflict_order: Mapping[str, int],
    light: bool = False,
) -> TimelineEntry:
    if len(items) == 1:
        return _single_entry(items[0], articles, status_of, conflicts_of, light)
    if len(items) > 1:
        items = sorted(items, key=lambda it: (it.published or date.max, it.claim.article_id, it.claim.start, it.order))
    claims = [it.claim for it in items]
    st = {c.id: status_of.get(c.id, "stands") for c in claims}
    superseded = [c.id for c in claims if st[c.id] == "superseded"]
    standing = [c for c in claims if st[c.id] not in ("superseded", "outvoted")]

    # date: most precise event time, else earliest publication
    dated = [it for it in items if it.basis == "text"]
    basis = "none"
    start = end = None
    granularity = None
    label_date = "undated"
    if len(dated) == 1:
        it = dated[0]
        start, end = it.start, it.end
        granularity, mod = it.claim.time.granularity, it.claim.time.mod  # type: ignore[union-attr]
        basis = "text"
        label_date = date_label(start, end, granularity, mod)
    elif dated:
        counts = Counter(
            (it.start, it.end, it.claim.time.granularity, it.claim.time.mod)  # type: ignore[union-attr]
            for it in dated
        )
        (start, end, granularity, mod), _ = min(
            counts.items(),
            key=lambda kv: (kv[0][1] - kv[0][0], -kv[1], kv[0][0], kv[0][2], kv[0][3] or ""),  # type: ignore[operator]
        )
        basis = "text"
        label_date = date_label(start, end, granularity, mod)
    else:
        pubs = [it.published for it in items if it.published is not None]
        if pubs:
            start = end = min(pubs)
            granularity = "day"
            basis = "publication"
            label_date = f"reported on {format_day(start)}"

    # status
    if len(superseded) == len(claims):
        status = "superseded"
    elif any(st[c.id] == "disputed" for c in claims):
        status = "disputed"
    else:
        pool = standing or claims
        if all(c.negated for c in pool):
            status = "denied" if any(_denies(c) for c in pool) else "negated"
        else:
            status = max((c.modality for c in pool), key=lambda m: MODALITY_RANK[m])

    # label: the most confident standing claim naming the most actors, then the shortest
    pool = standing or claims
    best = (
        pool[0]
        if len(pool) == 1
        else min(
            pool,
            key=lambda c: (
                -MODALITY_RANK[c.modality],
                -len(set(c.actors)),
                -c.confidence,
                len(c.text.strip()),
                c.id,
            ),
        )
    )
    label = _trim(best.text)

    # actors by frequency, then first appearance
    seen: dict[str, int] = {}
    freq: Counter[str] = Counter()
    for c in claims:
        for a in c.actors:
            seen.setdefault(a, len(seen))
            freq[a] += 1
    actors = sorted(seen, key=lambda a: (-freq[a], seen[a]))

    conflict_ids = sorted({k for c in claims for k in conflicts_of.get(c.id, ())}, key=lambda k: conflict_order[k])
    tiers = {c.network_tier for c in claims if c.network_tier is not None}
    tier = None if not tiers else tiers.pop() if len(tiers) == 1 else BOTH_TIERS
    scopes: dict[str, None] = {}
    for c in claims:
        for s in c.use_scopes:
            scopes.setdefault(s, None)

    return _make(
        light,
        "TimelineEntry",
        start=start,
        end=end,
        granularity=granularity,
        date_label=label_date,
        date_basis=basis,  # type: ignore[arg-type]
        label=label,
        actors=actors,
        claim_ids=[c.id for c in claims],
        sources=[_source_ref(c, articles.get(c.article_id), light) for c in claims],
        status=status,  # type: ignore[arg-type]
        superseded_claim_ids=superseded,
        conflict_ids=conflict_ids,
        network_tier=tier,  # type: ignore[arg-type]
        use_scopes=list(scopes),
    )


def build_timeline(
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    conflicts: Sequence[Conflict] = (),
    *,
    statuses: Mapping[str, str] | None = None,
    light: bool = False,
) -> list[TimelineEntry]:
    """Fold claims into events (see the module docstring for the merge rule).

    ``articles`` maps article ids to articles (publisher, publication date);
    ``conflicts`` and ``statuses`` (claim_id -> stands | superseded | outvoted
    | disputed, from the conflicts engine) mark superseded and disputed claims.
    Returns dated entries sorted by (start, end), followed by undated entries
    (``date_basis="none"``); use :func:`split_undated` to separate them.

    ``light=True`` returns :class:`~claimline.views.View` entries instead of models: the same
    fields, read the same way and dumping to the same JSON, without importing pydantic (for the
    ``timeline`` command; claims, articles and conflicts may then be views too).
    """
    status_of = {**claim_statuses(conflicts), **(statuses or {})}
    conflicts_of: dict[str, list[str]] = {}
    conflict_order: dict[str, int] = {}
    for i, conflict in enumerate(conflicts):
        conflict_order.setdefault(conflict.id, i)
        for side in conflict.sides:
            for cid in side.claim_ids:
                conflicts_of.setdefault(cid, []).append(conflict.id)

    dated_by_key: dict[tuple[str, str, bool], list[_Item]] = {}
    undated_by_key: dict[tuple[tuple[str, str, bool], frozenset[str]], list[_Item]] = {}
    for order, claim in enumerate(claims):
        if not claim.actors or claim.attribution == ATTITUDE:  # attitudes: the sentence's own claim is here
            continue
        it = _item(claim, order, articles.get(claim.article_id))
        key = _event_key(claim)
        if it.basis == "none":
            undated_by_key.setdefault((key, it.actors), []).append(it)
        else:
            dated_by_key.setdefault(key, []).append(it)

    groups: list[list[_Item]] = []
    gid = 0
    for items in dated_by_key.values():
        found = _sweep(items, gid)
        gid += len(found)
        groups.extend(g.items for g in found)

    dated = [_entry(g, articles, status_of, conflicts_of, conflict_order, light) for g in groups]
    dated.sort(key=lambda e: (e.start, e.end, e.label.casefold(), e.claim_ids[0]))
    loose = [_entry(g, articles, status_of, conflicts_of, conflict_order, light) for g in undated_by_key.values()]
    loose.sort(key=lambda e: (e.label.casefold(), e.claim_ids[0]))
    return dated + loose


# ------------------------------------------------------------------ views
def split_undated(entries: Iterable[TimelineEntry]) -> tuple[list[TimelineEntry], list[TimelineEntry]]:
    """``(dated, undated)``, each keeping the input order."""
    dated: list[TimelineEntry] = []
    loose: list[TimelineEntry] = []
    for e in entries:
        (loose if e.start is None or e.date_basis == "none" else dated).append(e)
    return dated, loose


def undated(entries: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    """The entries with no date at all (``date_basis="none"``)."""
    return split_undated(entries)[1]


def group_by_month(entries: Iterable[TimelineEntry]) -> dict[str, list[TimelineEntry]]:
    """``{"2026-02": [...], "2026-03": [...], "undated": [...]}`` in chronological order.

    An entry goes to the month its interval starts in ("Q1 2026" -> 2026-01),
    an entry known to its year only to its year (``"1988"``, not January);
    undated entries come last under ``"undated"`` (present only if any). Use
    :func:`month_label` for a readable heading.
    """
    dated, loose = split_undated(entries)
    out: dict[str, list[TimelineEntry]] = {}
    for e in sorted(dated, key=lambda e: (e.start, e.end)):
        assert e.start is not None
        year_only = e.granularity == "year"
        out.setdefault(f"{e.start.year:04d}" if year_only else f"{e.start.year:04d}-{e.start.month:02d}", []).append(e)
    if loose:
        out["undated"] = loose
    return out
