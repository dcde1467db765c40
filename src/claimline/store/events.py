"""Event frames and event clusters in the store (migration 3).

Tables: ``events`` (one row per frame, its JSON in ``data``),
``event_participants`` (participant names, also case-folded, for ``--actor``),
``event_clusters`` (one row per event: its class and size),
``event_membership`` (frame -> cluster) and ``event_keys`` (migration 7: the
identity keys of each frame, :func:`claimline.events.identity.keys`).

:func:`write_events` stores an article's frames and clusters them in the same
transaction, incrementally: only the clusters that share a key with a new
frame (``event_keys``: class root + the first word of a participant's name, or a
person's last; or a syndicated copy's sentence) are loaded, and only those are updated.

Reading (for the timeline, conflicts on events, scripts):
:func:`events` (frames by id, article, claim or participant name),
:func:`clusters` (clusters by id or participant name, with their members),
:func:`cluster_ids` (frame id -> cluster id), :func:`claimline.store.event_views.participant_names` (every
participant name, for ``--actor`` matching by name). All take a ``sqlite3.Connection``
(``Store.db``) and never import spaCy.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from math import isfinite
from typing import Any, TypeVar

from ..events.identity import (
    MEASURE,
    REPORT_WINDOW_DAYS,
    Cluster,
    EventClusters,
    Member,
    alias_keys,
    aliases_of,
    borrowed_keys,
    class_interval,
    class_root,
    copy_key,
    horizon_days,
    in_reach,
    interval_of,
    keys,
    lead_of,
    lexicon,
    nameless,
    near_duplicate,
    overlap,
    unnamed_figure,
    window_days,
)
from ..schemas import EventFrame, Extraction
from .event_questions import forget_cluster_questions

__all__ = ["cluster_ids", "clusters", "events", "recluster", "write_events"]

_CHUNK = 500


#: The clusters holding a frame with an index key, with what their reach is computed from (time, class,
#: published: kept in ``event_keys`` since migration 21, so neither ``events`` nor ``articles`` is read).
_KEYED_CLUSTERS = (
    "SELECT k.key, em.cluster_id, k.time_start, k.time_end, k.factuality, k.published, k.class"
    " FROM event_keys k JOIN event_membership em ON em.event_id = k.event_id"
)
#: A stored key: the key, its frame, and the frame's reach columns (:func:`_key_rows`).
_INSERT_KEY = (
    "INSERT OR IGNORE INTO event_keys (key, event_id, time_start, time_end, factuality, published, class)"
    " VALUES (?,?,?,?,?,?,?)"
)
#: The keyed clusters whose frame's interval (:func:`~claimline.events.identity.class_interval`, from the
#: key's stored columns) may meet ``[lo, hi]``, one wanted ``(key, lo, hi)`` a row of ``w``, ISO dates
#: compared as text: a dated frame's ``[time_start, time_end or ever]``; an undated one's report window
#: before ``published`` (the lexicon's widest: ``late`` = hi + that window), a plan's plan window after it
#: (``early`` = lo - that window), a denial's all time up to it; no time and no date: any. A superset of
#: the rows the exact test keeps (:func:`_reaching`), so the rows of the other years stay in SQL.
_REACHING = (
    "WITH w (key, lo, hi, late, early) AS (VALUES {values})"
    " SELECT w.key, w.lo, w.hi, em.cluster_id, k.time_start, k.time_end, k.factuality, k.published, k.class"
    " FROM w JOIN event_keys k ON k.key = w.key AND ("
    "(k.time_start IS NOT NULL AND k.time_start <= w.hi AND (k.time_end IS NULL OR k.time_end >= w.lo))"
    " OR (k.time_start IS NULL AND (k.published IS NULL"
    " OR (k.factuality = 'denied' AND k.published >= w.lo)"
    " OR (k.factuality = 'expected' AND k.published >= w.early AND k.published <= w.late)"
    " OR (COALESCE(k.factuality, '') NOT IN ('denied', 'expected') AND k.published >= w.lo"
    " AND k.published <= w.late))))"
    " JOIN event_membership em ON em.event_id = k.event_id"
)
#: (tests) False: the key look-ups read every row of a key and test each in Python, as before the range test
_IN_SQL = True
_MIN, _MAX = date.min.isoformat(), date.max.isoformat()


def _marks(n: int) -> str:
    return ",".join("?" * n)


_T = TypeVar("_T")


def _chunks(items: Sequence[_T], size: int = _CHUNK) -> Iterable[Sequence[_T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _shift(d: date, days: int) -> date:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _bounds(iv: tuple[date, date] | None, pad: int = 0) -> tuple[str, str]:
    """``iv`` widened by ``pad`` days each side, as ISO dates (unknown: all time)."""
    if iv is None:
        return _MIN, _MAX
    return _shift(iv[0], -pad).isoformat(), _shift(iv[1], pad).isoformat()


_SPANS: dict[int, tuple[int, int, int]] = {}


def _spans() -> tuple[int, int, int]:
    """(widest report window, plan window, widest horizon) of the event lexicon, in days."""
    lex = lexicon()
    found = _SPANS.get(id(lex))
    if found is None:
        found = _SPANS[id(lex)] = (
            max([REPORT_WINDOW_DAYS, *(window_days(c, lex) for c in lex.classes)]),
            lex.plan_window_days,
            max([lex.horizon_days, *(horizon_days(c, lex) for c in lex.classes)]),
        )
    return found


def _reaching(
    db: sqlite3.Connection,
    wants: Iterable[tuple[str, str, str]],
    undated_hi: Mapping[tuple[str, str, str], str] | None = None,
) -> Iterator[Any]:
    """``(key, lo, hi, cluster id, time_start, time_end, factuality, published, class)`` of the stored
    frames with ``key`` whose interval may meet ``[lo, hi]`` (``_REACHING``: every one that does, a few
    that do not), for each wanted ``(key, lo, hi)``; of the frames without a time, those whose interval may
    meet ``[lo, undated_hi[want]]`` when given (a narrower end: :func:`neighbour_clusters`)."""
    widest, plan, _ = _spans()
    found = sorted(set(wants))
    if not _IN_SQL:
        by_key: dict[str, list[tuple[str, str]]] = {}
        for key, lo, hi in found:
            by_key.setdefault(key, []).append((lo, hi))
        for chunk in _chunks(sorted(by_key)):
            for key, *rest in db.execute(_KEYED_CLUSTERS + f" WHERE k.key IN ({_marks(len(chunk))})", list(chunk)):
                for lo, hi in by_key[key]:
                    yield (key, lo, hi, *rest)
        return
    lates: dict[str, str] = {}  # (a frame's interval is the wants of each of its keys: shifted once)
    earlies: dict[str, str] = {}
    for chunk in _chunks(found):
        args: list[str] = []
        for key, lo, hi in chunk:
            end = undated_hi.get((key, lo, hi), hi) if undated_hi else hi
            late = lates.get(end)
            if late is None:
                late = lates[end] = _shift(date.fromisoformat(end), widest).isoformat()
            early = earlies.get(lo)
            if early is None:
                early = earlies[lo] = _shift(date.fromisoformat(lo), -plan).isoformat()
            args += (key, lo, hi, late, early)
        size = _bucket(len(chunk))
        args += ("", _MAX, _MIN, _MIN, _MAX) * (size - len(chunk))  # (rows no key matches: no stored key is empty)
        yield from db.execute(_reaching_sql(size), args)


def _bucket(n: int) -> int:
    """The number of rows a statement of ``n`` wanted rows is written for: the next power of two (at most
    :data:`_CHUNK`), so that the few statements there are stay compiled in the connection's cache instead of
    one statement compiled per article."""
    size = 8
    while size < n:
        size *= 2
    return min(size, _CHUNK) if n <= _CHUNK else n


def _padded(chunk: Sequence[_T]) -> list[_T]:
    """``chunk`` (not empty) as the arguments of an ``IN`` list of :func:`_bucket` places, its last value
    repeated (a value listed twice matches the same rows once): per-article statements keep a few texts."""
    out = list(chunk)
    return out + out[-1:] * (_bucket(len(out)) - len(out))


_REACHING_SQL: dict[int, str] = {}


def _reaching_sql(rows: int) -> str:
    found = _REACHING_SQL.get(rows)
    if found is None:
        found = _REACHING_SQL[rows] = _REACHING.format(values=",".join(["(?,?,?,?,?)"] * rows))
    return found


def _day(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


class _Held:
    """The members of stored clusters as a write read them, kept across one connection's article writes
    (:func:`write_events`): consecutive articles of a story read the same clusters. SQLite only (one
    writer at a time); valid while no other connection has committed (``PRAGMA data_version``) and the
    connection's last stored frame is the one this process wrote last (a transaction rolled back, or
    frames written by another path, drop it). Updated by the writes themselves: a cluster changed by a
    write is kept as the store now holds it, or forgotten."""

    def __init__(self, db: sqlite3.Connection, version: int, top: int | None) -> None:
        self.db = db
        self.version = version
        self.top = top
        self.clusters: dict[str, tuple[Member, ...]] = {}  # id -> members in the store's order, least recent first
        self.size = 0  # members held
        #: the articles this connection wrote while held: article id -> (frame id, class root) of every frame
        self.articles: dict[str, tuple[tuple[str, str], ...]] = {}
        self.cluster_of: dict[str, str] = {}  # frame id -> its cluster now, of those articles' frames

    def get(self, cid: str) -> tuple[Member, ...] | None:
        found = self.clusters.pop(cid, None)
        if found is not None:
            self.clusters[cid] = found
        return found

    def put(self, cid: str, members: Sequence[Member]) -> None:
        self.drop(cid)
        self.clusters[cid] = tuple(members)
        self.size += len(members)
        while self.size > _HELD_MAX and self.clusters:
            self.size -= len(self.clusters.pop(next(iter(self.clusters))))

    def drop(self, cid: str) -> None:
        found = self.clusters.pop(cid, None)
        if found is not None:
            self.size -= len(found)

    def track(self, now: Mapping[str, str], new: Sequence[Member]) -> None:
        """A write's frames are in the clusters ``now`` says (frame id -> cluster id; every frame of the
        clusters the write changed), ``new`` its article's frames."""
        for aid in {m.frame.article_id for m in new}:
            self.articles[aid] = tuple((m.frame.id, class_root(m.frame)) for m in new if m.frame.article_id == aid)
        for fid in [m.frame.id for m in new] + [f for f in now if f in self.cluster_of]:
            self.cluster_of[fid] = now[fid]
        while len(self.cluster_of) > _HELD_FRAMES and self.articles:
            for fid, _ in self.articles.pop(next(iter(self.articles))):
                self.cluster_of.pop(fid, None)


#: members of stored clusters held across writes (:class:`_Held`), at most (frames of ~5 kB)
_HELD_MAX = 8192
#: frames whose cluster is followed across writes (:attr:`_Held.cluster_of`), at most
_HELD_FRAMES = 50_000
#: [the held clusters of the last connection written to, those of the write now running (else None)]
_HELD: list[_Held | None] = [None, None]


def _versions(db: sqlite3.Connection) -> tuple[int, int | None]:
    version = db.execute("PRAGMA data_version").fetchone()[0]
    return version, db.execute("SELECT max(rowid) FROM events").fetchone()[0]


def _hold(db: sqlite3.Connection) -> _Held | None:
    """The clusters held for ``db`` when still valid, else a new empty hold (None: not SQLite)."""
    if not isinstance(db, sqlite3.Connection):
        return None
    version, top = _versions(db)
    held = _HELD[0]
    if held is None or held.db is not db or held.version != version or held.top != top:
        held = _HELD[0] = _Held(db, version, top)
    return held


@contextmanager
def holding(db: sqlite3.Connection) -> Iterator[None]:
    """Within it, the clusters read on ``db`` come from those held since this process's last write to it
    (:class:`_Held`: SQLite, while no other connection has committed and no frame was stored by another
    path) and are held as read: a refresh right after an ingest reads again the clusters the write just
    changed or read (the changed clusters, their neighbours, the clusters of its articles). For readers
    that change no cluster's members."""
    if _HELD[1] is not None:
        yield
        return
    _HELD[1] = _hold(db)
    try:
        yield
    except BaseException:
        _HELD[0] = None
        raise
    finally:
        _HELD[1] = None


def _store_order(m: Member) -> tuple[bool, date, str]:
    """The order :func:`_members` reads a cluster's members in (publication date, undated first; frame id)."""
    return (m.published is not None, m.published or date.min, m.frame.id)


def _keep_written(index: EventClusters, touched: Iterable[str], new: Sequence[Member], now: Mapping[str, str]) -> None:
    """Hold the clusters a write changed as the store now holds them (:class:`_Held`); ``now``: frame id ->
    cluster id of every frame ``index`` holds."""
    held = _HELD[1]
    if held is None:
        return
    held.track(now, new)
    for old in index.merged:
        held.drop(old)
    for cid in touched:
        c = index.clusters.get(cid)
        if c is None or not all(_read_back(m.frame) for m in c.members):
            held.drop(cid)
        else:
            held.put(cid, sorted(c.members, key=_store_order))


def write_events(db: sqlite3.Connection, ex: Extraction) -> list[str]:
    """Store the frames of a freshly added article and cluster them; returns touched cluster ids.

    Call inside the transaction that adds the article, then :func:`write_aliases` (``Store.add``).
    """
    if not ex.events:
        return []
    held = _hold(db)
    _HELD[1] = held
    try:
        out = _write_events(db, ex)
    except BaseException:
        _HELD[0] = None  # (the transaction is undone)
        raise
    finally:
        _HELD[1] = None
    if held is not None:
        held.top = db.execute("SELECT max(rowid) FROM events").fetchone()[0]
    return out


def _write_events(db: sqlite3.Connection, ex: Extraction) -> list[str]:
    a = ex.article
    if _HELD[1] is not None:  # (none of its frames is in a stored cluster until its write ends)
        _HELD[1].articles.setdefault(a.id, ())
    _backfill_keys(db)  # (before this article's frames: they are keyed below)
    new = [
        Member(
            frame=f,
            published=a.published,
            publisher=a.publisher,
            fingerprint=a.fingerprint,
            copy_key=copy_key(f.trigger.lemma, ex.text[f.sentence.start : f.sentence.end]),
        )
        for f in ex.events
    ]
    # Derived state: each frame's class, factuality and time and its article's publication date are also
    # kept in its ``event_keys`` rows (migration 21, :func:`_key_rows`). Nothing updates those columns of
    # ``events`` or ``articles.published`` after the insert (the rows go by cascade); a writer that ever
    # does must update ``event_keys`` too (tests/test_incremental.py checks the copies after refreshes).
    db.executemany(
        "INSERT INTO events (id, article_id, claim_id, class, root, lemma, factuality, commentary, time_start,"
        " time_end, copy_key, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                m.frame.id,
                a.id,
                m.frame.claim_id,
                m.frame.event_class,
                class_root(m.frame),
                m.frame.trigger.lemma,
                m.frame.factuality,
                int(m.frame.commentary),
                _iso(m.frame.time.start) if m.frame.time else None,
                _iso(m.frame.time.end) if m.frame.time else None,
                m.copy_key,
                _dumped(m.frame),
            )
            for m in new
        ],
    )
    db.executemany(
        "INSERT OR IGNORE INTO event_participants (name, event_id, folded) VALUES (?,?,?)",
        [(n, m.frame.id, n.casefold()) for m in new for n in m.frame.names()],
    )
    leads = sorted(lead_of(ex.events).rows)
    db.executemany("INSERT OR IGNORE INTO event_leads (key, article_id) VALUES (?,?)", [(k, a.id) for k in leads])
    aliases = stored_aliases(db)  # and those the new frames define (stored by the caller, last: Store.add)
    defined = aliases_of(m.frame for m in new)
    _DEFINED[:] = [ex.events, defined]  # (write_aliases of the same frames stores them: found once)
    for name, others in defined.items():
        aliases.setdefault(name, set()).update(others)
    try:
        for m in new:  # _candidates reads them again
            _KEYS_OF[id(m.frame)] = (m.frame, _keys(m.frame))
        db.executemany(_INSERT_KEY, [row for m in new for row in _key_rows(m.frame, a.published)])
        later: set[str] = set()
        wanted = _candidates(db, new, aliases, later)
    finally:
        _KEYS_OF.clear()
    mine = _order(a.published, a.id)
    after = sorted(x for x, published in _lead_articles(db, leads) if x != a.id and _order(_day(published), x) > mine)
    if after:  # an article after it whose lead names its main actors: its incident may be this one's (_lead_join)
        later |= article_clusters(db, after)
    loaded = _load_clusters(db, sorted(wanted))
    if later or _before_some(a.published, a.id, loaded):  # a stored frame they may meet comes after them
        near = _story(db, wanted | later)
        if near is not None:
            return _recluster_near(db, [*loaded, *_load_clusters(db, sorted(near - wanted))], new, aliases)
    index = EventClusters(loaded)
    index.aliases.update({k: set(v) for k, v in aliases.items()})  # (the clusters not read define some)
    index.story_loader = lambda story, roots: _load_clusters(
        db, sorted(article_clusters(db, story, roots) - index.clusters.keys())
    )
    index.lead_finder = lambda rows: [  # (as a whole clustering holds them: those before the new article)
        x for x, published in _lead_articles(db, rows) if _order(_day(published), x) < mine
    ]
    try:
        return _write_added(db, index, new)
    finally:
        # the loader refers to the index it is held by: without this the index, every cluster it read and their
        # members (~870 objects an article) are a reference cycle, freed only by the collector, whose young
        # collections they made more frequent and longer (perf15)
        index.story_loader = None
        index.lead_finder = None


def _lead_articles(db: sqlite3.Connection, rows: Sequence[str]) -> list[tuple[str, str | None]]:
    """The stored articles with one of the lead rows ``rows`` (``event_leads``, migration 26: an incident class root
    and a name key of a main actor, :func:`~claimline.events.identity.lead_of`) and their publication dates."""
    out: set[tuple[str, str | None]] = set()
    for chunk in _chunks(sorted(set(rows))):
        args = _padded(chunk)
        found = db.execute(
            "SELECT DISTINCT a.id, a.published FROM event_leads l JOIN articles a ON a.id = l.article_id"
            f" WHERE l.key IN ({_marks(len(args))})",
            args,
        )
        out.update((r[0], r[1]) for r in found)
    return sorted(out)


def _lead_sharers(db: sqlite3.Connection, articles: Collection[str]) -> set[str]:
    """The stored articles sharing a lead row (``event_leads``) with one of ``articles``."""
    out: set[str] = set()
    for chunk in _chunks(sorted(set(articles))):
        args = _padded(chunk)
        found = db.execute(
            "SELECT DISTINCT o.article_id FROM event_leads l JOIN event_leads o ON o.key = l.key"
            f" WHERE l.article_id IN ({_marks(len(args))})",
            args,
        )
        out.update(r[0] for r in found)
    return out


def backfill_leads(db: sqlite3.Connection) -> None:
    """The lead rows of the articles stored before migration 26 (:func:`~claimline.events.identity.lead_of`)."""
    articles = [r[0] for r in db.execute("SELECT DISTINCT article_id FROM events ORDER BY article_id")]
    for chunk in _chunks(articles, 50):  # (a few articles' frames at a time, not the store's)
        by_article: dict[str, list[EventFrame]] = {}
        rows = db.execute(
            f"SELECT article_id, data FROM events WHERE article_id IN ({_marks(len(chunk))}) ORDER BY article_id, id",
            list(chunk),
        )
        for aid, data in rows:
            by_article.setdefault(aid, []).append(EventFrame.model_validate_json(data))
        db.executemany(
            "INSERT OR IGNORE INTO event_leads (key, article_id) VALUES (?,?)",
            [(k, aid) for aid, frames in sorted(by_article.items()) for k in sorted(lead_of(frames).rows)],
        )


def _write_added(db: sqlite3.Connection, index: EventClusters, new: Sequence[Member]) -> list[str]:
    """Add the new members to ``index`` (the stored clusters they may join) and write what changed."""
    touched = index.add(new)
    _lock_clusters(db, {*touched, *index.merged, *index.merged.values()})
    db.executemany(  # in id order: two writers updating the same clusters lock them in one order (no deadlock)
        "INSERT INTO event_clusters (id, class, size) VALUES (?,?,?)"
        " ON CONFLICT(id) DO UPDATE SET class = excluded.class, size = excluded.size",
        [(cid, index.clusters[cid].event_class(), len(index.clusters[cid].members)) for cid in sorted(touched)],
    )
    for old, into in sorted(index.merged.items()):  # two clusters a new report showed to be one event
        db.execute("UPDATE event_membership SET cluster_id = ? WHERE cluster_id = ?", (into, old))
        db.execute("DELETE FROM event_clusters WHERE id = ?", (old,))
        _hand_over(db, old, into)
    of = index.of_frame()
    db.executemany(
        "INSERT INTO event_membership (event_id, cluster_id) VALUES (?,?)", [(m.frame.id, of[m.frame.id]) for m in new]
    )
    _keep_written(index, touched, new, of)
    return touched


def _order(published: date | None, article_id: str) -> tuple[bool, str, str]:
    """An article's place in the order :func:`recluster` clusters in (publication date, an undated
    article first, then article id)."""
    return (published is not None, published.isoformat() if published else "", article_id)


def _before_some(published: date | None, article_id: str, loaded: Sequence[Cluster]) -> bool:
    """Whether the new article comes before a frame of the clusters it may join in :func:`recluster`'s
    order: then adding its frames last would give other clusters than that order does."""
    mine = _order(published, article_id)
    return any(_order(m.published, m.frame.article_id) > mine for c in loaded for m in c.members)


#: At most this many clusters are clustered again around an article ingested out of order (:func:`_story`)
STORY_CLUSTERS = 1000


def _story(db: sqlite3.Connection, wanted: set[str]) -> set[str] | None:
    """``wanted`` and the clusters of the articles with a frame in them, and so on until no cluster is
    added: an article's frames are clustered together (one article's reports of one event are told
    apart by what else it reports), so a frame placed otherwise may move the other frames of its
    article. None when that takes more than :data:`STORY_CLUSTERS` clusters: clustering again only
    part of what the new frames reach could split what the whole order keeps together, so such an
    article is added as before, after the frames stored (``claimline reconcile`` orders everything)."""
    region = set(wanted)
    seen: set[str] = set()
    read: set[str] = set()  # (articles whose clusters are in)
    while True:
        articles: set[str] = set()
        for chunk in _chunks(sorted(region - seen)):
            rows = db.execute(
                "SELECT DISTINCT e.article_id FROM event_membership em JOIN events e ON e.id = em.event_id"
                f" WHERE em.cluster_id IN ({_marks(len(chunk))})",
                list(chunk),
            )
            articles.update(r[0] for r in rows)
        seen |= region
        more: set[str] = set()
        # (and the articles whose leads share one of theirs: an incident they tell naming no party may be one: identity
        # EventClusters._lead_join)
        fresh = sorted(articles - read)
        for chunk in _chunks(sorted({*fresh, *_lead_sharers(db, fresh)} - read), 50):  # (small: stops early)
            more |= article_clusters(db, chunk) - region
            if len(region) + len(more) > STORY_CLUSTERS:
                return None
        read |= articles
        if not more:
            return region
        region |= more


def _recluster_near(
    db: sqlite3.Connection,
    loaded: Sequence[Cluster],
    new: Sequence[Member],
    aliases: dict[tuple[str, ...], set[tuple[str, ...]]],
) -> list[str]:
    """Store the new article's frames ``new`` by clustering them again with every frame of the stored
    clusters they may join (``loaded``), one article at a time in :func:`recluster`'s order, so that the
    clusters an ingest leaves do not depend on the order the articles came in (a report stored after
    the denial of it, a later article ingested first). Frames outside ``loaded`` stay where they are.
    The clusters whose members changed are written and queued for the next refresh
    (``event_clusters_moved``, migration 25: a refresh recomputes them although no new frame is in
    them); a cluster left empty hands what reconciliation kept of it (family, conflicts) to the cluster
    now holding most of its frames, as a merge does. Returns the ids of the clusters changed."""
    was = {m.frame.id: c.id for c in loaded for m in c.members}
    by_article: dict[str, list[Member]] = {}
    for m in sorted([m for c in loaded for m in c.members], key=lambda m: m.frame.id):
        by_article.setdefault(m.frame.article_id, []).append(m)
    for m in new:
        by_article.setdefault(m.frame.article_id, []).append(m)
    index = EventClusters()
    index.aliases.update({k: set(v) for k, v in aliases.items()})
    for aid in sorted(by_article, key=lambda aid: _order(by_article[aid][0].published, aid)):
        index.add(by_article[aid])
    now = index.of_frame()
    moved = sorted(f for f, cid in was.items() if now[f] != cid)
    fresh = sorted(now.keys() - was.keys())
    changed = {now[f] for f in moved + fresh} | {was[f] for f in moved}
    gone = sorted(set(was.values()) - index.clusters.keys())
    clash = sorted(index.clusters.keys() - set(was.values()))
    if clash:  # an id the new clusters take is a stored cluster's outside them (never seen): add as before
        held = {
            r[0]
            for c in _chunks(clash)
            for r in db.execute(f"SELECT id FROM event_clusters WHERE id IN ({_marks(len(c))})", list(c))
        }
        if held:
            index = EventClusters(loaded)
            index.aliases.update({k: set(v) for k, v in aliases.items()})
            return _write_added(db, index, new)
    held = _HELD[1]
    if held is not None:  # (clustered again: what they hold now is read again when wanted)
        for cid in {*was.values(), *index.clusters}:
            held.drop(cid)
        held.track(now, new)
    _lock_clusters(db, changed | set(gone))
    _upsert_clusters(db, index, changed)
    for old in gone:
        frames = [f for f, cid in was.items() if cid == old]
        heirs: dict[str, int] = {}
        for f in frames:
            heirs[now[f]] = heirs.get(now[f], 0) + 1
        into = min(heirs, key=lambda cid: (-heirs[cid], cid))
        _hand_over(db, old, into)
    db.executemany("DELETE FROM event_entries WHERE cluster_id = ?", [(cid,) for cid in sorted(changed)])
    db.executemany("DELETE FROM event_membership WHERE event_id = ?", [(f,) for f in moved])
    db.executemany(
        "INSERT INTO event_membership (event_id, cluster_id) VALUES (?,?)", [(f, now[f]) for f in moved + fresh]
    )
    db.executemany("DELETE FROM event_clusters WHERE id = ?", [(cid,) for cid in gone])
    kept = sorted(changed - set(gone))
    db.executemany("INSERT OR IGNORE INTO event_clusters_moved (cluster_id) VALUES (?)", [(cid,) for cid in kept])
    return kept


def _lock_clusters(db: sqlite3.Connection, ids: Iterable[str]) -> None:
    """Lock the stored rows of the clusters a write is about to update or delete, in id order, before it
    changes any of them: two writers whose articles change the same clusters then wait for each other in
    one order, never in a cycle (on PostgreSQL two writers deadlocked merging clusters: each had updated a
    cluster the other then deleted; ``store.postgres.translate`` turns the comment into ``FOR UPDATE``).
    SQLite has one writer at a time: there it is a plain read."""
    for chunk in _chunks(sorted(set(ids))):
        args = _padded(chunk)
        sql = f"SELECT id FROM event_clusters WHERE id IN ({_marks(len(args))}) ORDER BY id /* FOR UPDATE */"
        db.execute(sql, args).fetchall()


def _hand_over(db: sqlite3.Connection, old: str, into: str) -> None:
    """What reconciliation kept of cluster ``old`` (its family, its conflicts) now hangs on ``into``, which
    the next refresh recomputes with everything it was linked to; ``old``'s own rows go."""
    db.execute("DELETE FROM event_entries WHERE cluster_id = ?", (old,))
    for table, column in (("event_families", "family"), ("event_conflict_clusters", "question")):
        db.execute(
            f"INSERT OR IGNORE INTO {table} (cluster_id, {column}) SELECT ?, {column} FROM {table}"
            " WHERE cluster_id = ?",
            (into, old),
        )
        db.execute(f"DELETE FROM {table} WHERE cluster_id = ?", (old,))
    forget_cluster_questions(db, old)


def recluster(db: sqlite3.Connection) -> int:
    """Cluster every stored frame again from nothing, one article at a time in publication order (then
    article id; an undated article first), and store the clusters that differ: which clusters an ingest
    builds depends on the order the articles came in (review 8, V5: a denial stored before the report it
    denies founds a cluster of its own), so the whole refresh of ``claimline reconcile`` rebuilds them in
    one order. Conflicts, families and compared questions on events are rewritten by that refresh; here
    only ``event_clusters``, ``event_membership`` and the timeline entries of the changed clusters.
    Returns the number of frames that moved."""
    rows = list(
        db.execute(
            "SELECT e.article_id, e.data, e.copy_key, a.published, a.publisher, a.fingerprint FROM events e"
            " JOIN articles a ON a.id = e.article_id ORDER BY a.published NULLS FIRST, e.article_id, e.id"
        )
    )
    _HELD[0] = None
    index = EventClusters()
    index.aliases.update({k: set(v) for k, v in stored_aliases(db).items()})
    batch: list[Member] = []
    for i, r in enumerate(rows):
        batch.append(_member(r))
        if i + 1 == len(rows) or rows[i + 1][0] != r[0]:  # one article's frames at once, as write_events adds them
            index.add(batch)
            batch = []
    now = index.of_frame()
    was = {r[0]: r[1] for r in db.execute("SELECT event_id, cluster_id FROM event_membership")}
    moved = sorted(f for f, cid in now.items() if was.get(f) != cid)
    if not moved:
        return 0
    changed = {now[f] for f in moved} | {was[f] for f in moved if f in was}
    _upsert_clusters(db, index, changed)
    db.executemany("DELETE FROM event_entries WHERE cluster_id = ?", [(cid,) for cid in sorted(changed)])
    db.executemany("DELETE FROM event_membership WHERE event_id = ?", [(f,) for f in moved if f in was])
    db.executemany("INSERT INTO event_membership (event_id, cluster_id) VALUES (?,?)", [(f, now[f]) for f in moved])
    gone = sorted(set(was.values()) - index.clusters.keys())
    db.executemany("DELETE FROM event_clusters WHERE id = ?", [(cid,) for cid in gone])
    return len(moved)


def _candidates(
    db: sqlite3.Connection,
    new: Sequence[Member],
    aliases: dict[tuple[str, ...], set[tuple[str, ...]]] | None = None,
    later: set[str] | None = None,
) -> set[str]:
    """Ids of the stored clusters some new member could join, found from stored columns before any
    frame is parsed. A cluster accepts a member only when the member is compatible with EVERY member
    (:meth:`~claimline.events.identity.Cluster.accepts`), and compatible means syndicated, or (among
    other things) overlapping times. So a cluster is a candidate for a new member when

    * it holds a syndicated copy of it (same copy key, near-duplicate article fingerprint), or
    * it shares a key with it (class root + a participant's name word) and every member's time
      overlaps the new member's, or is a syndicated copy of it.

    A key may be one a participant's other name gives (``aliases``: the acronyms stored frames define,
    :func:`claimline.events.identity.alias_keys`), as :class:`EventClusters` finds them.

    The clusters left out are exactly ones :meth:`EventClusters.add` would reject. ``later`` receives
    those left out only for a member after the new article in :func:`recluster`'s order: the cluster
    as it was before that member came may take the new frame (:func:`write_events` clusters them again
    in that order when the new article comes before some of their frames)."""
    by_key: dict[str, list[Member]] = {}
    names = borrowed_keys(m.frame for m in new)  # (the new frames are one article's)
    for m in new:
        mine = set(_keys(m.frame))
        if names and nameless(m.frame):  # a report naming no party finds its event by its article's parties
            mine |= {f"{root}\t{k}" for root, at in keys(m.frame) if at.startswith("@") for k in names}
        if aliases and not m.frame.commentary:
            mine |= {f"{root}\t{k}" for root, k in alias_keys(m.frame, aliases)}
        for k in sorted(mine):
            by_key.setdefault(k, []).append(m)
    by_copy: dict[str, list[Member]] = {}
    for m in new:
        if m.copy_key:
            by_copy.setdefault(m.copy_key, []).append(m)
    wanted: set[str] = set()
    # copies: the articles with a frame of one of the copy keys (from the index alone: migration 17) and
    # their fingerprints, then the frames of the near-duplicates among them (usually none) with one of
    # those keys: their clusters. (Synthetic copies share a sentence with hundreds of articles: those are
    # read once each, not once per key they share.)
    copies: dict[str, set[str]] = {}  # a near-duplicate article -> the copy keys of its near new members
    mine = sorted({m.fingerprint for m in new if m.fingerprint})  # (one: the new frames are one article's)
    for chunk in _chunks(sorted(by_copy)):
        args = _padded(chunk)
        sql = (
            "SELECT id, fingerprint FROM articles WHERE id IN (SELECT article_id FROM events"
            # "!= ''" lets SQLite use the partial index events_copy_article (without it: a scan of all events)
            f" WHERE copy_key IN ({_marks(len(args))}) AND copy_key != '')"
        )
        for aid, fingerprint in db.execute(sql, args):
            near = {fp for fp in mine if near_duplicate(fp, fingerprint)}  # (once a stored article)
            if near:
                copies.setdefault(aid, set()).update(k for k in chunk if any(m.fingerprint in near for m in by_copy[k]))
    for chunk in _chunks(sorted(copies)):
        args = _padded(chunk)
        found = db.execute(
            "SELECT em.cluster_id, e.article_id, e.copy_key FROM events e"
            " JOIN event_membership em ON em.event_id = e.id"
            f" WHERE e.article_id IN ({_marks(len(args))}) AND e.copy_key != ''",
            args,
        )
        wanted.update(cid for cid, aid, key in found if key in copies[aid])
    # key-sharing clusters: which new members each may take (a key-sharing frame's time overlaps)
    maybe: dict[str, set[int]] = {}
    reports = _Reports()
    spans = [interval_of(m) for m in new]
    bounds = [_bounds(iv) for iv in spans]
    index = {id(m): i for i, m in enumerate(new)}
    wants: dict[tuple[str, str, str], list[int]] = {}  # (key, interval as ISO dates) -> the new members
    for key, ms in by_key.items():
        for m in ms:
            i = index[id(m)]
            wants.setdefault((key, *bounds[i]), []).append(i)
    for key, lo, hi, cid, *columns in _reaching(db, wants):
        if cid in wanted:
            continue
        them = wants[key, lo, hi]  # (one interval: spans[i] for each of them)
        if overlap(reports.of(*columns)[0], spans[them[0]]):
            maybe.setdefault(cid, set()).update(them)
    # ... and whether every member of the cluster is compatible in time with one of those
    open_ = {cid: set(ms) for cid, ms in maybe.items() if cid not in wanted}
    early = {cid: set(ms) for cid, ms in open_.items()}  # (the same test on the members before the new article)
    mine = _order(new[0].published, new[0].frame.article_id) if new else (False, "", "")
    for chunk in _chunks(sorted(open_)):
        args = _padded(chunk)
        found = db.execute(
            "SELECT em.cluster_id, e.time_start, e.time_end, e.factuality, a.published, e.copy_key, a.fingerprint,"
            " e.class, e.article_id FROM event_membership em JOIN events e ON e.id = em.event_id"
            f" JOIN articles a ON a.id = e.article_id WHERE em.cluster_id IN ({_marks(len(args))})",
            args,
        )
        for cid, start, end, factuality, published, key, fingerprint, cls, aid in found:
            left = open_[cid]
            before = early[cid] if (published is not None, published or "", aid) < mine else None
            if not left and not before:
                continue
            iv = reports.of(start, end, factuality, published, cls)[0]
            for i in list(left | (before or set())):
                m = new[i]
                if not overlap(iv, spans[i]) and not (
                    key and key == m.copy_key and near_duplicate(m.fingerprint, fingerprint)
                ):
                    left.discard(i)
                    if before is not None:
                        before.discard(i)
    wanted.update(cid for cid, left in open_.items() if left)
    if later is not None:
        later.update(cid for cid, left in early.items() if left and not open_[cid])
    return wanted


def _measured_stored(db: sqlite3.Connection, roots: Mapping[str, str]) -> dict[str, set[str]]:
    """frame id -> what the stored figure's frame measures (:func:`~claimline.events.identity.measured`), from the
    ``Q`` keys it was stored with under its class root (``roots``: frame id -> its class root; :func:`_keys`)."""
    out: dict[str, set[str]] = {e: set() for e in roots}
    for chunk in _chunks(sorted(out)):
        args = _padded(chunk)
        for event_id, key in db.execute(
            f"SELECT event_id, key FROM event_keys WHERE event_id IN ({_marks(len(args))})", args
        ):
            root, _, word = key.partition("\t")
            if word.startswith("Q") and root == roots[event_id]:
                out[event_id].add(word[1:])
    return out


_KEYS_OF: dict[int, tuple[EventFrame, list[str]]] = {}  # id(frame) -> (frame, _keys) while write_events runs


def _keys(f: EventFrame) -> list[str]:
    """Stored identity keys of a frame: its :func:`~claimline.events.identity.keys` across
    articles (the article key only matters while the article's own frames are clustered)."""
    found = _KEYS_OF.get(id(f))
    if found is not None and found[0] is f:
        return found[1]
    if f.commentary:
        return []
    return sorted(f"{root}\t{k}" for root, k in keys(f) if not k.startswith("@"))


_ALIAS_SEP = " "


#: [the frames :func:`write_events` last stored, the acronyms they define] (found once per article)
_DEFINED: list[Any] = [None, None]


def write_aliases(db: sqlite3.Connection, frames: Iterable[EventFrame]) -> None:
    """Store the acronyms ``frames`` define (:func:`claimline.events.identity.aliases_of`, both ways;
    ``event_aliases``, migration 17): an acronym one article defines holds in every comparison."""
    last, defined = _DEFINED
    _DEFINED[:] = [None, None]
    if last is not frames:
        defined = aliases_of(frames)
    rows = sorted(
        (_ALIAS_SEP.join(name), _ALIAS_SEP.join(other)) for name, others in defined.items() for other in others
    )
    db.executemany("INSERT OR IGNORE INTO event_aliases (name, alias) VALUES (?,?)", rows)


def stored_aliases(db: sqlite3.Connection) -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    """Every stored acronym pair (name words -> the words of its other names)."""
    out: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for name, alias in db.execute("SELECT name, alias FROM event_aliases"):
        out.setdefault(tuple(name.split(_ALIAS_SEP)), set()).add(tuple(alias.split(_ALIAS_SEP)))
    return out


def backfill_aliases(db: sqlite3.Connection) -> None:
    """The acronyms of the frames stored before migration 17: the frames with a participant whose
    name may be an acronym (short, upper case) are read."""
    found = db.execute("SELECT DISTINCT name FROM event_participants")
    names = [r[0] for r in found if 2 <= len(r[0]) <= 8 and r[0].isupper()]
    for chunk in _chunks(sorted(names)):
        rows = db.execute(
            "SELECT DISTINCT e.id, e.data FROM events e JOIN event_participants p ON p.event_id = e.id"
            f" WHERE p.name IN ({_marks(len(chunk))})",
            list(chunk),
        )
        write_aliases(db, [EventFrame.model_validate_json(r[1]) for r in rows])


def _backfill_keys(db: sqlite3.Connection) -> None:
    """Keys of frames stored before ``event_keys`` existed (migration 7), once."""
    if (
        db.execute("SELECT 1 FROM event_keys LIMIT 1").fetchone()
        or not db.execute("SELECT 1 FROM events LIMIT 1").fetchone()
    ):
        return
    found = db.execute(
        "SELECT e.data, a.published FROM events e JOIN articles a ON a.id = e.article_id WHERE e.commentary = 0"
    ).fetchall()
    for data, published in found:
        f = EventFrame.model_validate_json(data)
        db.executemany(_INSERT_KEY, _key_rows(f, _day(published)))


def _key_rows(f: EventFrame, published: date | None) -> list[tuple[str | None, ...]]:
    """The ``event_keys`` rows of a frame of an article published on ``published``."""
    start, end = (_iso(f.time.start), _iso(f.time.end)) if f.time else (None, None)
    return [(k, f.id, start, end, f.factuality, _iso(published), f.event_class) for k in _keys(f)]


_PARSED: dict[str, EventFrame] = {}  # stored JSON -> the frame parsed from it, most recently used last
_PARSED_MAX = 8192  # (about 5 kB a frame)


def _frame(data: str, *, scan: bool = False) -> EventFrame:
    """The frame stored as ``data``, parsed once per process while it is among the
    ``_PARSED_MAX`` most recently read (each article's write reads the clusters it may join
    again, the refresh every cluster it recomputes). Keyed by the JSON itself, so a frame read is
    always the one stored; frames are never changed in place. ``scan``: a read of every stored frame
    (:func:`clusters` of the whole store), which holds what it reads itself: a frame not kept is parsed
    and not kept, so that a store of more frames than are kept does not push out, one by one, the kept
    frames the same read has yet to come to (each then parsed again: 6,521 parses in the whole refresh
    of 10,823 frames, 2,631 so)."""
    if scan:
        found = _PARSED.get(data)
        return EventFrame.model_validate_json(data) if found is None else found
    found = _PARSED.pop(data, None)
    if found is None:
        found = EventFrame.model_validate_json(data)
        if len(_PARSED) >= _PARSED_MAX:
            del _PARSED[next(iter(_PARSED))]
    _PARSED[data] = found
    return found


def _read_back(f: EventFrame) -> bool:
    """Whether a read of a frame stored as :func:`_dumped` gives it back (every number survives JSON)."""
    return all(q.value is None or isfinite(q.value) for q in f.quantities)


def _dumped(f: EventFrame) -> str:
    """The JSON a new frame is stored as; the frame is what a later read of it parses (so it is
    cached as that read's result), unless a number in it does not survive JSON (NaN, infinity)."""
    data = f.model_dump_json()
    if _read_back(f):
        _PARSED.pop(data, None)
        if len(_PARSED) >= _PARSED_MAX:
            del _PARSED[next(iter(_PARSED))]
        _PARSED[data] = f
    return data


def forget_frames() -> None:
    """Empty the cache of parsed frames (benchmarks: each ingest round starts as a fresh process)."""
    _PARSED.clear()


def _members(
    db: sqlite3.Connection, where: str, args: Sequence[object], *, scan: bool = False
) -> list[tuple[str, Member]]:
    rows = db.execute(
        "SELECT em.cluster_id, e.data, e.copy_key, a.published, a.publisher, a.fingerprint FROM events e"
        " JOIN event_membership em ON em.event_id = e.id JOIN articles a ON a.id = e.article_id"
        f" WHERE {where} ORDER BY a.published NULLS FIRST, e.id",
        args,
    )
    return [
        (
            r[0],
            _member(r, scan=scan),
        )
        for r in rows
    ]


def _load_clusters(db: sqlite3.Connection, ids: Sequence[str], *, scan: bool = False) -> list[Cluster]:
    held = _HELD[1]
    if held is None or held.db is not db or scan:
        return _read_clusters(db, ids, scan=scan)
    found: dict[str, Cluster] = {}
    for cid in ids:
        members = held.get(cid)
        if members is not None:
            found[cid] = Cluster(cid, list(members))
    for c in _read_clusters(db, [cid for cid in ids if cid not in found]):
        held.put(c.id, c.members)
        found[c.id] = c
    return [found[c] for c in ids if c in found]


def _read_clusters(db: sqlite3.Connection, ids: Sequence[str], *, scan: bool = False) -> list[Cluster]:
    out: dict[str, Cluster] = {}
    for chunk in _chunks(list(ids)):
        args = _padded(chunk)
        for cid, m in _members(db, f"em.cluster_id IN ({_marks(len(args))})", args, scan=scan):
            out.setdefault(cid, Cluster(cid)).members.append(m)
    return [out[c] for c in ids if c in out]


def clusters(
    db: sqlite3.Connection, *, ids: Sequence[str] | None = None, names: Iterable[str] | None = None
) -> list[Cluster]:
    """Event clusters with their member frames: all, those with ``ids``, or those any of whose
    frames has a participant among ``names`` (case-insensitive)."""
    if ids is None and names is None:
        ids = [r[0] for r in db.execute("SELECT id FROM event_clusters ORDER BY id")]
        return _load_clusters(db, ids, scan=True)
    elif ids is None:
        folded = sorted({n.casefold() for n in names or ()})
        found: set[str] = set()
        for chunk in _chunks(folded):
            rows = db.execute(
                "SELECT DISTINCT em.cluster_id FROM event_participants p JOIN event_membership em"
                f" ON em.event_id = p.event_id WHERE p.folded IN ({_marks(len(chunk))})",
                chunk,
            )
            found.update(r[0] for r in rows)
        ids = sorted(found)
    return _load_clusters(db, ids)


def events(
    db: sqlite3.Connection,
    *,
    ids: Sequence[str] | None = None,
    article: str | None = None,
    claim: str | None = None,
    names: Iterable[str] | None = None,
) -> list[EventFrame]:
    """Stored frames, filtered by id, article, claim or participant name (case-insensitive)."""
    where: list[str] = []
    args: list[object] = []
    if ids is not None:
        where.append(f"e.id IN ({_marks(len(ids))})")
        args += list(ids)
    if article is not None:
        where.append("e.article_id = ?")
        args.append(article)
    if claim is not None:
        where.append("e.claim_id = ?")
        args.append(claim)
    if names is not None:
        folded = sorted({n.casefold() for n in names})
        where.append(f"e.id IN (SELECT event_id FROM event_participants WHERE folded IN ({_marks(len(folded))}))")
        args += folded
    sql = "SELECT e.data FROM events e" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY e.id"
    return [EventFrame.model_validate_json(r[0]) for r in db.execute(sql, args)]


def cluster_ids(db: sqlite3.Connection, event_ids: Iterable[str] | None = None) -> dict[str, str]:
    """frame id -> cluster id."""
    if event_ids is None:
        return {r[0]: r[1] for r in db.execute("SELECT event_id, cluster_id FROM event_membership")}
    out: dict[str, str] = {}
    for chunk in _chunks(sorted(set(event_ids))):
        rows = db.execute(
            f"SELECT event_id, cluster_id FROM event_membership WHERE event_id IN ({_marks(len(chunk))})", chunk
        )
        out.update({r[0]: r[1] for r in rows})
    return out


# ------------------------------------------------------------------ for conflicts on events
def article_clusters(db: sqlite3.Connection, article_ids: Iterable[str], roots: Collection[str] = ()) -> set[str]:
    """Ids of the clusters holding a frame of the given articles (of one of the class ``roots``, when given).

    The roots are tested on the rows read, not in SQL: a root's stored roots (``EventClusters._stored_roots``)
    run to hundreds of words (the unlisted words derived to its classes), and an ``IN`` list of as many places,
    of another length nearly every call, was a statement compiled anew and a larger search each time, for an
    article's few dozen frames; the article list is padded to a few sizes (:func:`_padded`)."""
    out: set[str] = set()
    held = _HELD[1]
    if held is not None and held.db is db:  # (the articles written while held: from what the writes left)
        article_ids = set(article_ids)
        known = article_ids & held.articles.keys()
        article_ids -= known
        wanted = roots if isinstance(roots, (set, frozenset)) else set(roots)  # (a root's run to hundreds of words)
        out.update(held.cluster_of[f] for a in known for f, root in held.articles[a] if not roots or root in wanted)
        if not article_ids:
            return out
    if roots:
        wanted = roots if isinstance(roots, (set, frozenset)) else set(roots)
        for chunk in _chunks(sorted(set(article_ids))):
            args = _padded(chunk)
            rows = db.execute(
                "SELECT DISTINCT em.cluster_id, e.root FROM events e JOIN event_membership em ON em.event_id = e.id"
                f" WHERE e.article_id IN ({_marks(len(args))})",
                args,
            )
            out.update(cid for cid, root in rows if root in wanted)
        return out
    for chunk in _chunks(sorted(set(article_ids))):
        args = _padded(chunk)
        rows = db.execute(
            "SELECT DISTINCT em.cluster_id FROM events e JOIN event_membership em ON em.event_id = e.id"
            f" WHERE e.article_id IN ({_marks(len(args))})",
            args,
        )
        out.update(r[0] for r in rows)
    return out


def take_moved_clusters(db: sqlite3.Connection) -> set[str]:
    """The stored clusters an ingest changed without adding a frame to them (``event_clusters_moved``,
    migration 25, :func:`_recluster_near`), forgotten as they are read (only the rows read: a writer may
    add more meanwhile, for its own refresh): the refresh reading them recomputes them. Only those still
    stored."""
    rows = [r[0] for r in db.execute("SELECT cluster_id FROM event_clusters_moved")]
    if not rows:
        return set()
    out: set[str] = set()
    for chunk in _chunks(sorted(rows)):
        args = list(chunk)
        out.update(r[0] for r in db.execute(f"SELECT id FROM event_clusters WHERE id IN ({_marks(len(chunk))})", args))
        db.execute(f"DELETE FROM event_clusters_moved WHERE cluster_id IN ({_marks(len(chunk))})", args)
    return out


def neighbour_clusters(db: sqlite3.Connection, cluster_ids: Iterable[str]) -> set[str]:
    """Ids of the clusters with a frame sharing an identity key (``event_keys``: class root and a
    word of a participant's name) with a frame of the given clusters, the two within the horizon of
    their classes (:func:`claimline.events.identity.within_reach`, from the stored columns): the
    only ones that may be the same event but for its time (a family's clusters are linked pair by
    pair, every pair of their frames within reach; "the stock fell" a year earlier is not)."""
    # key -> (interval, class, dated) of their frames
    mine: dict[str, set[tuple[tuple[date, date] | None, str, bool]]] = {}
    # cluster -> key -> the same, for a figure's key naming no thing: it links clusters of one story only (both
    # holding a report of one article: :func:`~claimline.events.identity.family_keys`), so only the clusters of
    # the given clusters' articles are searched for it, not every story's figures of the class
    unnamed: dict[str, dict[str, set[tuple[tuple[date, date] | None, str, bool]]]] = {}
    reports = _Reports()
    out: set[str] = set()  # (a given cluster with a key reaches itself: its own frame, gap 0)
    for chunk in _chunks(sorted(set(cluster_ids))):
        rows = db.execute(
            "SELECT em.cluster_id, k.key, k.time_start, k.time_end, k.factuality, k.published, k.class"
            " FROM event_membership em JOIN event_keys k ON k.event_id = em.event_id"
            f" WHERE em.cluster_id IN ({_marks(len(chunk))})",
            list(chunk),
        )
        for cid, key, *columns in rows:
            out.add(cid)
            if unnamed_figure(key.partition("\t")[2]):
                unnamed.setdefault(cid, {}).setdefault(key, set()).add(reports.of(*columns))
            else:
                mine.setdefault(key, set()).add(reports.of(*columns))
    out |= _story_neighbours(db, unnamed, reports, out)
    horizon = _spans()[2]  # (no two reports are within reach further apart)
    # ... and none further apart than the undated horizon when the later of the two has no time
    # (:func:`~claimline.events.identity.reach_days`): a report without a time after one of ours, or any
    # report before one of ours without a time
    undated = min(horizon, lexicon().undated_horizon_days)
    wants: dict[tuple[str, str, str], set[tuple[tuple[date, date] | None, str, bool]]] = {}
    undated_hi: dict[tuple[str, str, str], str] = {}
    for key, theirs in mine.items():  # a key's reports, one range that holds them all
        los, his, undated_his = [], [], []
        for iv, _, dated in theirs:
            los.append(_bounds(iv, horizon if dated else undated)[0])
            his.append(_bounds(iv, horizon)[1])
            undated_his.append(_bounds(iv, undated)[1])
        want = (key, min(los), max(his))
        wants[want] = theirs
        undated_hi[want] = max(undated_his)
    reached: dict[tuple[str, str, str, tuple[tuple[date, date] | None, str, bool]], bool] = {}
    for key, lo, hi, cid, *columns in _reaching(db, wants, undated_hi):
        if cid in out:
            continue
        report = reports.of(*columns)
        hit = reached.get((key, lo, hi, report))
        if hit is None:
            hit = reached[key, lo, hi, report] = any(in_reach(report, other) for other in wants[key, lo, hi])
        if hit:
            out.add(cid)
    return out


def _story_neighbours(
    db: sqlite3.Connection,
    unnamed: Mapping[str, Mapping[str, set[tuple[tuple[date, date] | None, str, bool]]]],
    reports: _Reports,
    given: set[str],
) -> set[str]:
    """The clusters (none of ``given``) holding a report of an article of one of ``unnamed``'s clusters and a
    frame keyed by one of its figure keys naming no thing (``unnamed``: cluster -> key -> its frames' reach
    columns), the two frames within reach (:func:`neighbour_clusters`)."""
    if not unnamed:
        return set()
    mine = _articles_of(db, unnamed)
    by_article: dict[str, set[str]] = {}  # article -> the given clusters holding a report of it
    for cid, articles in mine.items():
        for a in articles:
            by_article.setdefault(a, set()).add(cid)
    near: dict[str, set[str]] = {}  # cluster of those articles -> the given clusters it shares an article with
    for chunk in _chunks(sorted(by_article)):
        rows = db.execute(
            "SELECT DISTINCT em.cluster_id, e.article_id FROM events e JOIN event_membership em ON em.event_id = e.id"
            f" WHERE e.article_id IN ({_marks(len(chunk))}) AND e.commentary = 0",
            list(chunk),
        )
        for cid, article in rows:
            if cid not in given:
                near.setdefault(cid, set()).update(by_article[article])
    out: set[str] = set()
    for chunk in _chunks(sorted(near)):
        rows = db.execute(
            "SELECT em.cluster_id, k.key, k.time_start, k.time_end, k.factuality, k.published, k.class"
            " FROM event_membership em JOIN event_keys k ON k.event_id = em.event_id"
            f" WHERE em.cluster_id IN ({_marks(len(chunk))})",
            list(chunk),
        )
        for cid, key, *columns in rows:
            if cid in out or not unnamed_figure(key.partition("\t")[2]):
                continue
            report = reports.of(*columns)
            if any(in_reach(report, o) for x in near[cid] for o in unnamed[x].get(key, ())):
                out.add(cid)
    return out


def stored_reports(db: sqlite3.Connection, cluster_ids: Iterable[str]) -> dict[str, list[tuple[Any, ...]]]:
    """cluster id -> its frames as columns, no JSON read: ``(article id, class, trigger lemma, commentary,
    factuality, time start, time end, the article's publication date, copy key, fingerprint, measured)``
    (:data:`claimline.reconcile.events.StoredReport`: what linking tests before reading a frame). ``measured``:
    of a figure's frame (class ``measure``), what it measures (:func:`~claimline.events.identity.measured`,
    from the ``Q`` keys it was stored with: ``event_keys``); of any other frame None."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    figures: dict[str, tuple[str, list[tuple[Any, ...]], int]] = {}  # a figure's frame -> (root, its rows, index)
    for chunk in _chunks(sorted(set(cluster_ids))):
        rows = db.execute(
            "SELECT em.cluster_id, e.article_id, e.class, e.lemma, e.commentary, e.factuality, e.time_start,"
            " e.time_end, a.published, e.copy_key, a.fingerprint, e.id, e.root FROM event_membership em"
            " JOIN events e ON e.id = em.event_id JOIN articles a ON a.id = e.article_id"
            f" WHERE em.cluster_id IN ({_marks(len(chunk))})",
            list(chunk),
        )
        for cid, article, cls, lemma, commentary, *rest, event_id, root in rows:
            reports = out.setdefault(cid, [])
            if cls == MEASURE and not commentary:
                figures[event_id] = (root, reports, len(reports))
            reports.append((article, cls, lemma, bool(commentary), *rest, None))
    found = _measured_stored(db, {f: root for f, (root, _, _) in figures.items()})
    for event_id, (_, reports, i) in figures.items():
        reports[i] = (*reports[i][:-1], frozenset(found[event_id]))
    return out


def cluster_keys(db: sqlite3.Connection, cluster_ids: Iterable[str]) -> dict[str, set[tuple[str, str]]]:
    """cluster id -> the identity keys its frames were stored with (``event_keys``, :func:`_keys`: a commentary
    frame has none, no article key), as ``(class root, key)`` pairs, a figure's naming no thing within its
    article (:func:`~claimline.events.identity.family_keys`): what
    :func:`claimline.reconcile.events.linked_to` indexes a cluster by (``stored_keys``), read instead of
    computed from its frames. Every one of ``cluster_ids`` is in it (a cluster without keys: empty)."""
    out: dict[str, set[tuple[str, str]]] = {cid: set() for cid in cluster_ids}
    unnamed: dict[str, set[tuple[str, str]]] = {}
    for chunk in _chunks(sorted(out)):
        rows = db.execute(
            "SELECT em.cluster_id, k.key FROM event_membership em JOIN event_keys k ON k.event_id = em.event_id"
            f" WHERE em.cluster_id IN ({_marks(len(chunk))})",
            list(chunk),
        )
        for cid, key in rows:
            root, _, word = key.partition("\t")
            (unnamed.setdefault(cid, set()) if unnamed_figure(word) else out[cid]).add((root, word))
    for cid, articles in _articles_of(db, unnamed).items():
        out[cid] |= {(root, f"{word}@{a}") for root, word in unnamed[cid] for a in articles}
    return out


def _articles_of(db: sqlite3.Connection, cluster_ids: Iterable[str]) -> dict[str, set[str]]:
    """cluster id -> the articles of its frames but commentary (what :func:`~claimline.events.identity.family_keys`
    scopes a figure's key naming no thing by)."""
    out: dict[str, set[str]] = {}
    for chunk in _chunks(sorted(set(cluster_ids))):
        rows = db.execute(
            "SELECT DISTINCT em.cluster_id, e.article_id FROM event_membership em JOIN events e ON e.id = em.event_id"
            f" WHERE em.cluster_id IN ({_marks(len(chunk))}) AND e.commentary = 0",
            list(chunk),
        )
        for cid, article in rows:
            out.setdefault(cid, set()).add(article)
    return out


class _Reports:
    """(interval, class, dated) of a stored frame from its columns (:func:`in_reach`'s terms), each
    distinct set of columns computed once (the frames of one article share most of them)."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str | None, ...], tuple[tuple[date, date] | None, str, bool]] = {}

    def of(
        self, start: str | None, end: str | None, factuality: str, published: str | None, cls: str
    ) -> tuple[tuple[date, date] | None, str, bool]:
        key = (start, end, factuality, published, cls)
        found = self._seen.get(key)
        if found is None:
            iv = class_interval(_day(start), _day(end), factuality, _day(published), cls)
            found = self._seen[key] = (iv, cls, start is not None)
        return found


def families_of(db: sqlite3.Connection, cluster_ids: Iterable[str]) -> set[str]:
    """The stored families (``event_families``, migration 14: each named by its first cluster) holding
    one of ``cluster_ids``. A cluster in no row is a family of its own."""
    out: set[str] = set()
    for chunk in _chunks(sorted(set(cluster_ids))):
        rows = db.execute(f"SELECT family FROM event_families WHERE cluster_id IN ({_marks(len(chunk))})", chunk)
        out.update(r[0] for r in rows)
    return out


def figure_frames(db: sqlite3.Connection, article_ids: Iterable[str]) -> list[EventFrame]:
    """Every stored frame of ``article_ids`` that gives a figure, whatever its cluster or claim (the outlet's own
    statements too), in id order: what a sentence states (:func:`claimline.reconcile.events._stated`), read alike by
    a whole refresh and an incremental one (``jobs.refresh._weigh``)."""
    rows: list[str] = []
    for chunk in _chunks(sorted(set(article_ids))):
        rows += (
            data
            for (data,) in db.execute(
                f"SELECT e.data FROM events e WHERE e.article_id IN ({_marks(len(chunk))})"
                """ AND e.data NOT LIKE '%"quantities":[]%' ORDER BY e.id""",
                list(chunk),
            )
        )
    # a read of a few stories' figures (an incremental refresh, which reads the same articles' figures again at each
    # article of their story: ~5 % of its CPU parsing them again) keeps what it parses; a read of more, a scan
    scan = len(rows) > _FIGURES_KEPT
    out = [f for data in rows if (f := _frame(data, scan=scan)).quantities]
    return sorted(out, key=lambda f: f.id)


#: At most this many figures' frames read by :func:`figure_frames` are kept among the parsed frames (``_PARSED``)
_FIGURES_KEPT = 1024


def claim_frames(db: sqlite3.Connection, claim_ids: Iterable[str]) -> dict[str, list[tuple[str, str, Any, str, Any]]]:
    """claim id -> ``(lemma, family, trigger, factuality, frame)`` of each of its frames (the stored family, a
    cluster in no family: itself; the frame's :class:`~claimline.schemas.Trigger`; the frame), for those of
    ``claim_ids`` with a frame (:data:`claimline.reconcile.conflicts.EventsOf`)."""
    out: dict[str, list[tuple[str, str, Any, str, Any]]] = {}
    for chunk in _chunks(sorted(set(claim_ids))):
        rows = db.execute(
            "SELECT e.claim_id, e.lemma, COALESCE(f.family, m.cluster_id), e.data, e.factuality FROM events e"
            " JOIN event_membership m ON m.event_id = e.id LEFT JOIN event_families f ON f.cluster_id = m.cluster_id"
            f" WHERE e.claim_id IN ({_marks(len(chunk))}) ORDER BY e.id",
            list(chunk),
        )
        for claim_id, lemma, family, data, factuality in rows:
            frame = _frame(data)
            out.setdefault(claim_id, []).append((lemma, family, frame.trigger, factuality, frame))
    return out


def clusters_coupled(
    db: sqlite3.Connection,
    cluster_ids: Iterable[str],
    facets: tuple[str, ...],
    figure: str,
    every_frame: tuple[str, ...] = (),
) -> set[str]:
    """The clusters a stored conflict on events couples to ``cluster_ids`` through a claim: those a
    conflict of one of ``facets`` (on a figure, a classification or whether an event happened) compared
    when one of its sides holds a claim with a frame in ``cluster_ids``, and the clusters of the figures
    (frames of class ``figure``) of the claims on the sides of such a conflict over ``cluster_ids``. Such
    a disagreement is listed once across families (``reconcile.events._without_measured_twice``,
    ``reconcile.classification.once``: a conflict sharing its sides' claims with another is dropped), so
    whether one is kept depends on these. Only those conflicts couple (the rules drop a conflict for a
    conflict), which keeps the set small where clusters share claims widely (a conflict across many
    articles); but a figure's conflict is dropped for a conflict of any facet on an event sharing claims
    with two of its sides (``_without_measured_twice``: the time of day of an event whose sides tell its
    count too), so a figure of ``cluster_ids`` couples the clusters a conflict of any facet compared with
    one of its claims, and a conflict of any facet over ``cluster_ids`` the clusters of its claims' figures.
    ``every_frame``: facets of ``facets`` whose conflicts over ``cluster_ids`` couple the clusters
    of every frame of their sides' claims, not only of the figures (a second "whether it happened" sharing
    a claim of its "yes" with a kept one is dropped, asked in whichever cluster a frame of that claim is in:
    ``reconcile.classification.once``)."""
    out: set[str] = set()
    kinds = _marks(len(facets))
    wholly = _marks(len(every_frame)) if every_frame else "NULL"
    for chunk in _chunks(sorted(set(cluster_ids))):
        marks = _marks(len(chunk))
        out.update(
            r[0]
            for r in db.execute(
                "SELECT DISTINCT x.cluster_id FROM event_membership m JOIN events e ON e.id = m.event_id"
                " JOIN conflict_claims cc ON cc.claim_id = e.claim_id JOIN conflicts c ON c.id = cc.conflict_id"
                " JOIN event_conflict_clusters x ON x.question = c.question"
                f" WHERE m.cluster_id IN ({marks}) AND e.claim_id IS NOT NULL"
                f" AND (c.facet IN ({kinds}) OR e.class = ?)",
                [*chunk, *facets, figure],
            )
        )
        out.update(
            r[0]
            for r in db.execute(
                "SELECT DISTINCT m.cluster_id FROM event_conflict_clusters x"
                " JOIN conflicts c ON c.question = x.question JOIN conflict_claims cc ON cc.conflict_id = c.id"
                " JOIN events e ON e.claim_id = cc.claim_id JOIN event_membership m ON m.event_id = e.id"
                # (``c.facet || ''``: no index on the facet, so the plan starts from the clusters' index, not from
                # every stored conflict of the facets: 10.2 -> 2.1 ms for 100 clusters of the 100k store)
                f" WHERE x.cluster_id IN ({marks}) AND (e.class = ? OR c.facet || '' IN ({wholly}))",
                [*chunk, figure, *every_frame],
            )
        )
    return out


def family_of_clusters(db: sqlite3.Connection, cluster_ids: Iterable[str]) -> dict[str, str]:
    """cluster id -> its stored family, for those of ``cluster_ids`` in a family of two or more."""
    out: dict[str, str] = {}
    for chunk in _chunks(sorted(set(cluster_ids))):
        sql = f"SELECT cluster_id, family FROM event_families WHERE cluster_id IN ({_marks(len(chunk))})"
        out.update((r[0], r[1]) for r in db.execute(sql, chunk))
    return out


def family_members(db: sqlite3.Connection, families: Iterable[str]) -> list[tuple[str, str]]:
    """``(cluster id, family)`` of every cluster of the stored ``families``."""
    out: list[tuple[str, str]] = []
    for chunk in _chunks(sorted(set(families))):
        sql = f"SELECT cluster_id, family FROM event_families WHERE family IN ({_marks(len(chunk))})"
        out.extend((r[0], r[1]) for r in db.execute(sql, chunk))
    return out


def family_links(db: sqlite3.Connection, families: Iterable[str]) -> list[tuple[str, str]]:
    """The stored links holding the ``families`` together (``event_family_links``, migration 15: a
    spanning forest of linked cluster pairs)."""
    out: list[tuple[str, str]] = []
    for chunk in _chunks(sorted(set(families))):
        sql = f"SELECT a, b FROM event_family_links WHERE family IN ({_marks(len(chunk))})"
        out.extend((r[0], r[1]) for r in db.execute(sql, chunk))
    return out


def write_families(
    db: sqlite3.Connection,
    grouped: Sequence[Sequence[Cluster]],
    joined: Iterable[tuple[str, str]],
    replaced: Iterable[str] | None,
) -> None:
    """Replace the stored families ``replaced`` (every family when None) by ``grouped`` (lists of
    clusters in id order; a family of one cluster is not stored), with the links ``joined`` that
    hold them together. Only the rows that change are written: a recomputed family is mostly the
    one stored (an ingest adds a frame or a cluster to it), and rewriting all its rows cost more
    than reading them."""
    first = {c.id: fam[0].id for fam in grouped if len(fam) > 1 for c in fam}
    rows = set(first.items())
    links = {(first[a], min(a, b), max(a, b)) for a, b in joined if a in first}
    if replaced is None:
        db.execute("DELETE FROM event_families")
        db.execute("DELETE FROM event_family_links")
        had: set[tuple[str, str]] = set()
        had_links: set[tuple[str, str, str]] = set()
    else:
        families = sorted(set(replaced))
        had = set(family_members(db, families))
        had_links = set()
        for chunk in _chunks(families):
            sql = f"SELECT family, a, b FROM event_family_links WHERE family IN ({_marks(len(chunk))})"
            had_links.update((r[0], r[1], r[2]) for r in db.execute(sql, chunk))
        # (rows of other families are never written here: a recomputed family's clusters are in ``replaced``)
        db.executemany("DELETE FROM event_families WHERE cluster_id = ? AND family = ?", sorted(had - rows))
        db.executemany("DELETE FROM event_family_links WHERE family = ? AND a = ? AND b = ?", sorted(had_links - links))
    db.executemany("INSERT INTO event_families (cluster_id, family) VALUES (?,?)", sorted(rows - had))
    db.executemany("INSERT OR IGNORE INTO event_family_links (family, a, b) VALUES (?,?,?)", sorted(links - had_links))


def conflict_questions_on(db: sqlite3.Connection, cluster_ids: Iterable[str]) -> set[str]:
    """Question keys of the stored conflicts on events that compared one of ``cluster_ids``
    (``event_conflict_clusters``, migration 14)."""
    out: set[str] = set()
    for chunk in _chunks(sorted(set(cluster_ids))):
        rows = db.execute(
            f"SELECT DISTINCT question FROM event_conflict_clusters WHERE cluster_id IN ({_marks(len(chunk))})", chunk
        )
        out.update(r[0] for r in rows)
    return out


def _upsert_clusters(db: sqlite3.Connection, index: EventClusters, changed: Iterable[str]) -> None:
    """Store the class and size of the ``changed`` clusters ``index`` holds (insert or update)."""
    db.executemany(
        "INSERT INTO event_clusters (id, class, size) VALUES (?,?,?)"
        " ON CONFLICT(id) DO UPDATE SET class = excluded.class, size = excluded.size",
        [
            (cid, index.clusters[cid].event_class(), len(index.clusters[cid].members))
            for cid in sorted(changed)
            if cid in index.clusters
        ],
    )


def _member(r: Sequence[Any], *, scan: bool = False) -> Member:
    """A stored frame row ``(id, frame JSON, copy key, published, publisher, fingerprint, ...)`` as a cluster member."""
    return Member(
        frame=_frame(r[1], scan=scan),
        published=date.fromisoformat(r[3]) if r[3] else None,
        publisher=r[4],
        fingerprint=r[5],
        copy_key=r[2],
    )
