"""The library face: one call per CLI command (ingest, extract, timeline, conflicts, show, refresh, eval).

The CLI chooses options and output; everything it computes comes from here. Import is cheap:
stages load when a call needs them (query calls never load spaCy or dateparser).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import config
from .errors import ClaimlineError
from .store import Store
from .store import open_store as _open
from .store.sqlite import IntegrityReport
from .version import __version__
from .vocab import ATTRIBUTIONS, STANCES

if TYPE_CHECKING:
    from .jobs.conflict_eval import ConflictReport
    from .jobs.evaluate import EvalReport
    from .jobs.ingest import IngestReport
    from .jobs.loop import Failure, Item
    from .schemas import Claim, Conflict, Extraction, TimelineEntry

if TYPE_CHECKING:
    from .reconcile.comparison import Comparison
    from .schemas import EventEntry


def open_store(db: str | Path | None = None, *, create: bool = False) -> Store:
    """The store at ``db`` (else ``CLAIMLINE_DB``, else the user data directory).

    ``db`` is a SQLite file path or a PostgreSQL URL (``postgresql://user@host:5432/dbname``).
    """
    target = config.db_target(db)
    if create and isinstance(target, Path) and config.db_named(db) and not target.parent.is_dir():
        # a typo'd folder does not silently start a new store (review 10, R18); the default's folder is made
        where = "is a file" if target.parent.exists() else "does not exist"
        raise ClaimlineError(f"cannot make a store at {target}: the folder {target.parent} {where}")
    return _open(target, create=create)


def store_exists(db: str | Path | None = None) -> bool:
    """True when ``db`` names a PostgreSQL server or an existing SQLite file (before ``create=True`` makes one)."""
    target = config.db_target(db)
    return not isinstance(target, Path) or target.exists()


def discard_empty_store(store: Store) -> bool:
    """Delete a SQLite store that holds no article (one this run made and filled with nothing: every
    file failed), so a failed first ingest leaves no store behind (review 13, U10). True if deleted."""
    path = getattr(store, "path", None)
    if getattr(store, "kind", "sqlite") != "sqlite" or path is None or store.counts().get("articles", 0):
        return False
    store.close()
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)
    return True


_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def iso_bound(value: str | None, *, end: bool) -> str | None:
    """Parse YYYY, YYYY-MM or YYYY-MM-DD into an ISO day (the first or last day)."""
    if value is None:
        return None
    m = _DATE_RE.match(value.strip())
    if not m:
        raise ClaimlineError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
    try:
        if d:
            return date(y, mo, int(d)).isoformat()
        if end:
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1).isoformat()
        return date(y, mo, 1).isoformat()
    except ValueError as exc:
        raise ClaimlineError(f"not a date: {value!r}") from exc


def date_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """``since``/``until`` as ISO days (:func:`iso_bound`); a ``since`` after ``until`` is an error that
    says so, not an empty result (review 8, V18)."""
    lo, hi = iso_bound(since, end=False), iso_bound(until, end=True)
    if lo and hi and lo > hi:
        raise ClaimlineError(f"--since {since} is after --until {until}")
    return lo, hi


def _actor_given(query: str) -> None:
    """An empty ``--actor`` is a mistake, told as such (review 14: not "no actor matches ''")."""
    if not query.strip():
        raise ClaimlineError("--actor is empty: give a name or leave the option out")


def find_actors(store: Store, query: str | None) -> set[str] | None:
    """Canonical actors in the store matching a name or alias (None: no filter)."""
    if query is None:
        return None
    _actor_given(query)
    from .actor_index import matching
    from .extraction.actors import clean_name

    # (matching() keeps the known names whose case-folded form is the query's: only those are read)
    folded = clean_name(query).casefold()
    found = matching(query, store.actors_named(folded))
    speakers: set[str] | None = None
    if not found:
        # a speaker no claim's content names ("A union official, Petr Hora, said": review 19 A5)
        speakers = {a for a, _ in store.source_actor_counts()}
        found = {a for a in speakers if a.casefold() == folded}
    if not found:
        # a part of a stored name ("Varga" for "Ilse Varga"), as the event timeline matches it (review 9, W24)
        from .actor_index import alias_table
        from .extraction.actors import names_matching

        table = alias_table()
        found = names_matching(query, store.known_actors() | (speakers or set()), others=[*table, *table.values()])
    if not found:
        raise ClaimlineError(f"no actor matches '{query}' (try 'claimline actors')")
    return found


def conflict_actors(store: Store, query: str | None) -> set[str] | None:
    """What ``conflicts --actor`` stands for: :func:`find_actors`, and otherwise the names the stored
    conflicts print in their labels (an event's participants as the texts name them: "roads agency"), so
    that a name a conflict shows finds that conflict (review 13, U18)."""
    if query is not None:
        _actor_given(query)
    try:
        return find_actors(store, query)
    except ClaimlineError:
        from .extraction.actors import names_matching

        found = names_matching(query or "", store.conflict_actor_names())
        if not found:
            raise ClaimlineError(
                f"no actor or conflict participant matches '{query}' (try 'claimline actors')"
            ) from None
        return found


def publication_day(published: str | None) -> str | None:
    """A ``--published`` value as an ISO day, or one :class:`ClaimlineError` (checked before a store is opened:
    a refused ingest leaves no store behind, review 11 S14)."""
    if not published:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published.strip()):
        # "on Monday", "yesterday" are counted from the day: a year or a month is no day to count from
        # (review 9, W16: "--published 2026" dated "on Monday" 29 Dec 2025)
        raise ClaimlineError(f"a publication date is a day: {published!r} (use YYYY-MM-DD)")
    return iso_bound(published, end=False)


def _overrides(published: str | None, **meta: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {k: v for k, v in meta.items() if v}
    if published:
        out["published"] = publication_day(published)
    return out


# ------------------------------------------------------------------ writing
def sources(
    paths: Iterable[str],
    *,
    feeds: Iterable[str] = (),
    manifests: Iterable[Path] = (),
    timeout: float = 20.0,
    max_bytes: int | None = None,
) -> list[str | Item]:
    """What to ingest: files, folders and URLs, the articles listed by RSS/Atom ``feeds``, and the rows
    of ``manifests`` (CSV/JSONL with per-article metadata). Web pages are fetched only when read."""
    from .jobs.sources import collect
    from .read.fetch import Fetcher

    return collect(
        list(paths),
        feeds=list(feeds),
        manifests=list(manifests),
        fetcher=Fetcher(timeout=timeout, max_bytes=config.max_bytes(max_bytes)),
    )


def ingest(
    store: Store,
    paths: Iterable[str | Item],
    *,
    published: str | None = None,
    publisher: str | None = None,
    title: str | None = None,
    url: str | None = None,
    jobs: int = 1,
    dask: str | None = None,
    dask_workers: int = 2,
    pipeline: str | None = None,
    max_bytes: int | None = None,
    on_total: Callable[[int], None] | None = None,
    on_progress: Callable[[str, int], None] | None = None,
) -> IngestReport:
    """Read, extract and store ``paths``: serial, ``jobs`` processes, or a Dask cluster (``dask``:
    a scheduler address or ``"local"``). A failing file is reported in the result, the rest go on."""
    from .jobs.ingest import ingest as run_ingest
    from .reconcile.vocab import comparison

    comparison()  # a bad models/comparison.toml fails before anything is stored (review 6, C10)
    if dask and jobs > 1:
        raise ClaimlineError("--jobs and --dask cannot be combined: --dask-workers sets the parallelism")
    common: dict[str, Any] = {
        "overrides": _overrides(published, publisher=publisher, title=title, url=url),
        "pipeline": pipeline,
        "max_bytes": config.max_bytes(max_bytes),
        "on_total": on_total,
        "on_progress": on_progress,
    }
    if dask:
        from .jobs.distributed import ingest_dask

        address = None if dask == "local" else dask
        return ingest_dask(store, paths, address=address, workers=dask_workers, **common)
    return run_ingest(store, paths, jobs=jobs, **common)


def extract(
    paths: Iterable[str],
    *,
    published: str | None = None,
    publisher: str | None = None,
    title: str | None = None,
    url: str | None = None,
    pipeline: str | None = None,
    max_bytes: int | None = None,
    warnings: list[str] | None = None,
) -> tuple[Iterator[Extraction], list[Failure]]:
    """Extract ``paths`` without a store: a lazy stream of extractions and the failures (filled as it
    runs); ``warnings`` collects what reading repaired (bytes replaced while decoding)."""
    from .jobs.ingest import extract_paths

    return extract_paths(
        paths,
        overrides=_overrides(published, publisher=publisher, title=title, url=url),
        pipeline=pipeline,
        max_bytes=config.max_bytes(max_bytes),
        warnings=warnings,
    )


def load(store: Store, files: Iterable[str]) -> IngestReport:
    """Store extractions from JSONL files (``claimline extract --format jsonl``), validating each record."""
    from .jobs.ingest import load_jsonl

    return load_jsonl(store, files)


def refresh(store: Store) -> int:
    """Recompute every conflict and claim status in the store; returns the number of conflicts."""
    from .jobs.refresh import refresh_conflicts

    return refresh_conflicts(store)


# ------------------------------------------------------------------ queries
def claims(
    store: Store,
    *,
    actor: str | None = None,
    article: str | None = None,
    since: str | None = None,
    until: str | None = None,
    scope: str | None = None,
    tier: str | None = None,
    publisher: str | None = None,
    stance: str | None = None,
    attribution: str | None = None,
    limit: int | None = None,
    view: bool = False,
) -> list[Claim]:
    """Stored claims, filtered; dates as YYYY, YYYY-MM or YYYY-MM-DD. ``view=True``: light views, not models.

    ``stance`` (supports, opposes, criticises): only claims whose source takes that stance toward
    the content ("the mayor backed the levy"), to ask who backs or attacks what. ``attribution``:
    only claims attributed that way (``schemas.Attribution``: ``attitude`` lists the stances and
    attitudes toward a thing, "Republicans oppose the bill"; ``author`` the outlet's own statements)."""
    if stance is not None:
        if stance not in STANCES:
            raise ClaimlineError(f"unknown stance {stance!r} (use one of: {', '.join(STANCES)})")
    if attribution is not None:
        if attribution not in ATTRIBUTIONS:
            kinds = ", ".join(ATTRIBUTIONS)
            raise ClaimlineError(f"unknown attribution {attribution!r} (use one of: {kinds})")
    return store.claims(
        actors=find_actors(store, actor),
        article=article,
        since=iso_bound(since, end=False),
        until=iso_bound(until, end=True),
        scope=scope,
        tier=tier,
        publisher=publisher,
        stance=stance,
        attribution=attribution,
        limit=limit,
        view=view,
    )


@dataclass
class Timeline:
    entries: list[TimelineEntry]
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass
class EventTimeline:
    entries: list[EventEntry]
    conflicts: list[Conflict] = field(default_factory=list)


def event_names(
    store: Store, query: str | None, *, include_parts: bool = False
) -> tuple[set[str] | None, list[str] | None]:
    """The participant names ``--actor`` stands for in the event timeline and the ids of the event clusters
    it selects (None, None: no filter).

    A gazetteer name or alias gives its canonical actor (and, with ``include_parts``, every actor
    that is ``part_of`` it: NATO's agencies, a government's ministries). Any other name is matched
    against the names the texts give (NER entities and proper names) by word runs
    (:func:`claimline.extraction.actors.names_matching`): "A380" and "Airbus A380" find each other,
    "Airbus" alone does not, being another known actor. Names that are only pieces of the query
    ("Tressick" and "council" of "Tressick council": a town, a common noun) select a cluster only when its
    participants' pieces together hold every word of the query (review 14, V10: not every council's acts).
    """
    if query is None:
        return None, None
    _actor_given(query)
    from .actor_index import alias_table, body_nouns, matching, parts
    from .store.event_views import cluster_ids, cluster_names

    found = matching(query)
    if found:
        if include_parts:
            found |= {p for name in found for p in parts(name)}
        # a known actor with nothing to show is an empty answer ("no dated events"), not an error
        return found, _with_told(store, query, cluster_ids(store.db, names=found), found)
    from .extraction.actors import name_pieces, names_matching, pieces_cover
    from .store.event_views import participant_names, person_names

    table = alias_table()
    known = participant_names(store.db)
    bodies = body_nouns()
    found = names_matching(query, known, others=[*table, *table.values()], bodies=bodies)
    persons = person_names(store.db, found | {query.strip()}) if len(found) > 1 else set()
    if persons:  # (no initials for a person's name: "TB" is not "Tomas Brill", review 16 X7)
        found = names_matching(query, known, others=[*table, *table.values()], bodies=bodies, persons=persons)
    pieces = name_pieces(query, known, bodies) - found
    ids = set(cluster_ids(store.db, names=found)) if found else set()
    if pieces:
        covered = {cid for cid, held in cluster_names(store.db, pieces).items() if pieces_cover(query, held)}
        if covered - ids:
            found |= pieces
            ids |= covered
    ids = set(_with_told(store, query, sorted(ids), found or None))
    if not ids:
        raise _no_events(query)
    return found, sorted(ids)


def _with_told(store: Store, query: str, ids: list[str], names: set[str] | None) -> list[str]:
    """The clusters ``ids`` naming the actor, and when none of them holds an event that is no commentary (the
    actor only speaks in them: "..., a company spokeswoman, Eva Morin, said"), also the events the actor's claims
    tell (:func:`_told_by`; review 20 B11: a speaker's timeline is what the speaker told)."""
    from .events.light import MEASURE
    from .store.event_views import with_events

    if ids and with_events(store.db, ids, figure_class=MEASURE):
        return ids
    return sorted(set(ids) | set(_told_by(store, query, names)))


def _no_events(query: str) -> ClaimlineError:
    """The message when ``--actor`` names nothing the store's events or speakers know ("the fire brigade" named by
    no event); a known actor with no dated event gets an empty timeline ("no dated events") instead."""
    return ClaimlineError(f"no event names '{query}' (try 'claimline actors')")


def _told_by(store: Store, query: str, names: set[str] | None = None) -> list[str]:
    """The event clusters told by the speakers ``names`` (else those ``query`` names among the source actors)."""
    from .store.event_views import told_by

    speakers = {a for a, _ in store.source_actor_counts()}
    if names is not None:
        chosen = names & speakers
    else:
        from .actor_index import alias_table
        from .extraction.actors import names_matching

        table = alias_table()
        chosen = names_matching(query, speakers, others=[*table, *table.values()])
    return told_by(store.db, chosen) if chosen else []


def timeline(
    store: Store,
    *,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    scope: str | None = None,
    tier: str | None = None,
    publisher: str | None = None,
    include_commentary: bool = False,
    include_parts: bool = False,
    with_conflicts: bool = False,
    light: bool = False,
) -> EventTimeline:
    """What happened when: one entry per event (cluster of event frames), every outlet that reports it
    (:mod:`claimline.events.timeline`).

    ``actor`` matches any entity the text names (:func:`event_names`); ``since``/``until`` (YYYY, YYYY-MM
    or YYYY-MM-DD) keep entries whose interval overlaps them; ``scope``/``tier`` those with a claim of that
    use scope / network tier; ``publisher`` those an outlet reports. ``include_commentary``: speech or
    opinion without an event too, listed last. ``with_conflicts``: also the stored conflicts that hold
    one of the entries' claims. ``light=True``: entries and conflicts as views, not models (no pydantic)."""
    from .events.timeline import build_event_timeline

    lo, hi = date_range(since, until)
    names, selected = event_names(store, actor, include_parts=include_parts)
    stored: list[Any] = []
    if light:  # the entries the store keeps (migration 9); those of older clusters are built here
        from .events import light as light_events
        from .events.timeline import sort_entries
        from .store.event_views import cluster_ids, cluster_rows
        from .store.event_views import entries as stored_entries

        ids = selected if selected is not None else cluster_ids(store.db)
        kept = stored_entries(store.db, ids, entry_stamp())
        stored = [e for e in kept.values() if include_commentary or _listed(e)]
        missing = [cid for cid in ids if cid not in kept]
        clusters: list[Any] = light_events.clusters(*cluster_rows(store.db, ids=missing)) if missing else []
    else:
        from .store import events as store_events

        clusters = store_events.clusters(store.db, ids=selected)
    aids = {m.frame.article_id for c in clusters for m in c.members}
    articles = {a.id: a for a in store.articles(aids, view=light)} if aids else {}
    texts: dict[str, str] = {}

    def sentence(aid: str, start: int, end: int) -> str:
        if aid not in texts:
            texts[aid] = store.article_text(aid) or ""
        return texts[aid][start:end]

    beside, cues = _sentences_of(store, clusters)
    if light and clusters:  # every entry, commentary and mentions too, for the cache; filtered below
        built = build_event_timeline(
            clusters, articles, sentence, include_commentary=True, light=True, beside=beside, cues=cues
        )
        _speakers(store, built)
        size = {c.id: len(c.members) for c in clusters}
        stamp = entry_stamp()
        store.keep_event_entries(
            [(e.event.cluster_id, size[e.event.cluster_id], stamp, e.model_dump_json()) for e in built]
        )
        stored += [e for e in built if include_commentary or _listed(e)]
        entries = sort_entries(stored)
    elif light:
        entries = sort_entries(stored)
    else:
        entries = build_event_timeline(
            clusters,
            articles,
            sentence,
            names=names if selected is None else None,  # (chosen above: a speaker's told events name no one)
            include_commentary=include_commentary,
            light=light,
            beside=beside,
            cues=cues,
        )
        _speakers(store, entries)
    low, high = (date.fromisoformat(lo) if lo else None), (date.fromisoformat(hi) if hi else None)
    keep: set[str] | None = None
    if scope is not None or tier is not None:
        keep = {c.id for c in store.claims(scope=scope, tier=tier, view=True)}
    out = []
    for e in entries:
        if low is not None and e.end is not None and e.end < low:
            continue
        if high is not None and e.start is not None and e.start > high:
            continue
        if publisher is not None and publisher.casefold() not in {o.casefold() for o in e.outlets}:
            continue
        if keep is not None and not keep.intersection(e.claim_ids):
            continue
        out.append(e)
    from .events.timeline import mark_disputed

    if out:  # the open conflicts on the entries' clusters or claims (the others cannot mark an entry)
        from .store.event_views import conflicts_on_entries

        clusters_in = {e["event"]["cluster_id"] if isinstance(e, dict) else e.event.cluster_id for e in out}
        claims_in = {cid for e in out for cid in (e["claim_ids"] if isinstance(e, dict) else e.claim_ids) or ()}
        mark_disputed(out, conflicts_on_entries(store.db, clusters_in, claims_in))
    found_conflicts: list[Conflict] = []
    if with_conflicts:
        held = {cid for e in out for cid in e.claim_ids}
        found_conflicts = [
            c for c in store.conflicts(view=light) if any(held.intersection(s.claim_ids) for s in c.sides)
        ]
    return EventTimeline(out, found_conflicts)


def _listed(entry: Any) -> bool:
    """Whether the timeline lists an entry without ``--all``: neither commentary nor an event only mentioned
    beside the one its sentences tell (:func:`claimline.events.timeline.mentions`)."""
    return entry["status"] != "commentary" and not entry.get("mention_only")


def _sentences_of(store: Store, clusters: Sequence[Any]) -> tuple[list[Any], dict[str, tuple[int, int]]]:
    """The other frames of the articles of ``clusters``' frames (their sentences' denials, review 10 R16, and
    the events those sentences tell, review 11 S8: they may sit in clusters not read with them), and the cue
    offsets of all those frames' claims (claim id -> (start, end))."""
    from .events.light import MEASURE
    from .store.event_views import frames_of

    # (a cluster of figures is never an entry, nor kept as one: read again by every query, it needs no sentences)
    held = {m.frame.id: m.frame for c in clusters if any(f.event_class != MEASURE for f in c.frames) for m in c.members}
    if not held:
        return [], {}
    beside = frames_of(store.db, {f.article_id for f in held.values()}, held)
    # the cues only of the claims of sentences with two frames or more: a frame alone in its sentence tells itself
    count: dict[tuple[str, int], int] = {}
    for f in (*held.values(), *beside):
        key = (f.article_id, f.sentence.start)
        count[key] = count.get(key, 0) + 1
    claim_ids = sorted(
        {f.claim_id for f in (*held.values(), *beside) if f.claim_id and count[(f.article_id, f.sentence.start)] > 1}
    )
    cues: dict[str, tuple[int, int]] = {}
    for k in range(0, len(claim_ids), 500):
        for c in store.claims(ids=claim_ids[k : k + 500], view=True):
            if c.cue is not None:
                cues[c.id] = (c.cue.start, c.cue.end)
    return beside, cues


def _code_stamp(*modules: Any) -> str:
    """claimline's version, a digest of ``modules``' source and of which lexicon files there are: what built
    something a store keeps."""
    import hashlib

    from .lexicon_files import files_stamp

    digest = hashlib.sha256(__version__.encode())
    for module in modules:
        with suppress(OSError):  # no source installed: the version alone
            digest.update(Path(module.__file__ or "").read_bytes())
    digest.update(files_stamp().encode())  # and the vocabularies they read (CLAIMLINE_LEXICONS too)
    return f"{__version__}/{digest.hexdigest()[:16]}"


def entry_stamp() -> str:
    """What builds event-timeline entries: claimline's version and a digest of the modules that build
    them (``claimline.events.timeline``, ``claimline.events.display``, ``claimline.events.light``,
    ``claimline.timeline``, this one). A cached entry serves only the code that built it."""
    global _STAMP
    if _STAMP is None:
        from . import timeline as dates
        from .events import display, light
        from .events import timeline as event_timeline

        _STAMP = _code_stamp(event_timeline, display, light, dates, sys.modules[__name__])
    return _STAMP


_STAMP: str | None = None


def listing_stamp() -> str:
    """What builds the blocks of the plain conflicts listing (``claimline.present.conflicts`` and
    ``claimline.present.render``, with the version): a kept block serves only the code that built it."""
    from .present import conflicts as blocks
    from .present import render

    return _code_stamp(blocks, render)


def conflict_listing(
    store: Store,
    *,
    actor: str | None = None,
    facet: str | None = None,
    open_only: bool = False,
    since: str | None = None,
) -> list[tuple[str, str]] | None:
    """The plain-text listing of :func:`conflicts` (the same conflicts, in order) as ``(block, status)``
    per conflict, each block built once and kept in the store (migration 18) for the code that built
    it: the listing neither reads nor parses the conflicts' JSON again. None where the listing has to
    leave duplicates out itself (reconciliation has not marked them, or a filter lists a duplicate):
    then :func:`conflicts` it is."""
    if not store.duplicates_marked():
        return None
    actors = conflict_actors(store, actor)
    bound = iso_bound(since, end=False)
    if actors is None and not facet and not open_only and not bound:
        duplicate: bool | None = False
    elif not store.has_duplicates(actors=actors, facet=facet, open_only=open_only, since=bound):
        duplicate = None
    else:
        return None
    import json

    from .present.conflicts import plain_blocks

    stamp = listing_stamp()
    rows = store.conflict_listing(
        stamp, actors=actors, facet=facet, open_only=open_only, since=bound, duplicate=duplicate
    )
    out: list[tuple[str, str]] = []
    built: list[tuple[str, str, str, str]] = []
    parsed = {cid: json.loads(data or "{}") for cid, _, block, data in rows if block is None}
    texts = classified_texts(store, parsed.values())
    for cid, status, block, data in rows:
        if block is None:
            block = next(plain_blocks([parsed[cid]], texts))
            built.append((block, stamp, cid, data or ""))
        out.append((block, status))
    store.keep_listings(built)
    return out


def classified_texts(store: Store, conflicts: Iterable[Any]) -> dict[str, str]:
    """The texts of the claims on the sides of classification conflicts (claim id -> text), so that a listing
    shows the words each report used beside the table's label (review 11, S23)."""
    from .present.conflicts import CLASSIFICATION

    ids = sorted(
        {
            cid
            for c in conflicts
            if (c["facet"] if isinstance(c, dict) else c.facet) == CLASSIFICATION
            for side in (c["sides"] if isinstance(c, dict) else c.sides)
            for cid in (side["claim_ids"] if isinstance(side, dict) else side.claim_ids)
        }
    )
    texts: dict[str, str] = {}
    for k in range(0, len(ids), 500):
        texts.update((c.id, c.text) for c in store.claims(ids=ids[k : k + 500], view=True))
    return texts


def actors(store: Store, *, view: bool = False) -> list[Any]:
    """``claimline actors``: the actors of the store's claims with their claim counts, type and gazetteer aliases
    (``view=True``: light views, no pydantic)."""
    from .present.provenance import actor_rows

    return actor_rows(store, view=view)


def find_item(store: Store, ident: str) -> tuple[str, str]:
    """What ``claimline show`` is asked for: ``(kind, full id)`` with kind ``article``, ``claim``, ``conflict``,
    ``event`` (an event cluster, ``ev-…``, as ``conflicts`` prints it) or ``statement`` (an outlet's own words in
    no claim, ``own:<frame>``, a conflict side's id): every id a listing prints can be shown (review 9 W21, W37)."""
    from .reconcile.status import OUTLET_STATEMENT
    from .store import event_views

    ident = ident.strip()
    if not ident:
        raise ClaimlineError("give an article, claim, conflict or event ID (or its first characters)")
    if ident.startswith(OUTLET_STATEMENT):
        if event_views.frame(store.db, ident[len(OUTLET_STATEMENT) :]) is None:
            raise ClaimlineError(f"no outlet statement with ID '{ident}' (its frame is not in the store)")
        return "statement", ident
    if ident.startswith("ev-"):
        found = event_views.find_clusters(store.db, ident)
        if len(found) == 1:
            return "event", found[0]
        if len(found) > 1:
            more = " and more" if len(found) > 5 else ""
            raise ClaimlineError(
                f"ID prefix '{ident}' is ambiguous: {', '.join(f'{f} (event)' for f in found[:5])}{more};"
                " give more characters"
            )
        raise ClaimlineError(f"no event with ID '{ident}'")
    try:
        return store.find_id(ident)
    except ClaimlineError as exc:
        if str(exc) == f"no article, claim or conflict with ID '{ident}'":  # (the store knows no events)
            raise ClaimlineError(f"no article, claim, conflict or event with ID '{ident}'") from None
        raise


def event(store: Store, cluster_id: str) -> Any:
    """One event (cluster) as ``claimline show ev-…`` gives it, a view: its timeline ``entry`` (with the status
    the timeline shows), each report with its ``sentence``, and the ``conflicts`` on it."""
    from .events import light as light_events
    from .events.timeline import build_event_timeline, mark_disputed
    from .store import event_views
    from .views import View

    clusters = light_events.clusters(*event_views.cluster_rows(store.db, ids=[cluster_id]))
    if not clusters:
        raise ClaimlineError(f"no event with ID '{cluster_id}'")
    aids = {m.frame.article_id for c in clusters for m in c.members}
    articles = {a.id: a for a in store.articles(aids, view=True)}
    texts = {aid: store.article_text(aid) or "" for aid in aids}
    beside, cues = _sentences_of(store, clusters)
    built = build_event_timeline(
        clusters,
        articles,
        lambda aid, a, b: texts[aid][a:b],
        include_commentary=True,
        light=True,
        beside=beside,
        cues=cues,
    )
    # a cluster of figures (class measure), or a denial its denied event's entry tells, is no timeline entry:
    # shown by its frames
    figures = not built
    _speakers(store, built)
    conflict_ids = event_views.cluster_conflicts(store.db, cluster_id)
    mark_disputed(built, store.conflicts(ids=conflict_ids, raw=True) if conflict_ids else ())
    frames = {m.frame.id: m.frame for c in clusters for m in c.members}
    # each report as the entry reads it (a noun a denial acts on reads denied, as in the timeline)
    read = {r.event_id: r.factuality for r in built[0].reports} if built else {}
    reports = [
        View(
            id=f.id,
            claim_id=f.claim_id,
            article_id=f.article_id,
            outlet=_outlet_of(articles.get(f.article_id)),
            published=getattr(articles.get(f.article_id), "published", None),
            trigger=f.trigger.text,
            factuality=read.get(f.id, f.factuality),
            sentence=" ".join(texts[f.article_id][f.sentence.start : f.sentence.end].split()),
        )
        for f in frames.values()
    ]
    return View(
        id=cluster_id,
        event_class=clusters[0].event_class(),
        entry=None if figures else built[0],
        reports=reports,
        conflicts=conflict_ids,
    )


def _outlet_of(article: Any) -> str | None:
    from .events.display import outlet_name

    return outlet_name(article) if article is not None else None


def outlet_statement(store: Store, ident: str) -> Any:
    """An outlet's own statement (``own:<frame>``: a sentence in no claim whose figure a conflict compares), a
    view: its ``article``, ``sentence``, the ``frame`` (event, factuality, quantities), its ``event`` cluster
    and the ``conflicts`` with it on a side (:func:`claimline.present.provenance.statement`)."""
    from .present.provenance import statement

    return statement(store, ident)


def _speakers(store: Store, entries: list[EventEntry]) -> None:
    """Fill each report's speaker (``source``, ``actor``) from its claim's source: who said it."""
    spoken = store.claim_sources({r.claim_id for e in entries for r in e.reports if r.claim_id})
    for e in entries:
        for r in e.reports:
            src = spoken.get(r.claim_id or "")
            if src is None:
                continue
            if isinstance(r, dict):  # a light view (``timeline(light=True)``)
                r["source"], r["actor"] = src
            else:
                r.source, r.actor = src


def claim_timeline(
    store: Store,
    *,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    scope: str | None = None,
    tier: str | None = None,
    publisher: str | None = None,
    light: bool = False,
    include_parts: bool = False,
) -> Timeline:
    """The claim timeline (``timeline --claims``): entries built from the matching claims, and the conflicts
    they touch. ``include_parts``: also the claims about actors that are part of ``actor``.

    ``light=True``: views instead of models throughout (no pydantic), for output that needs no models."""
    from .timeline import build_timeline

    lo, hi = date_range(since, until)
    actors = find_actors(store, actor)
    if include_parts and actors:
        from .actor_index import parts

        actors = actors | {p for name in actors for p in parts(name)}
    found = store.claims(
        actors=actors,
        since=lo,
        until=hi,
        scope=scope,
        tier=tier,
        publisher=publisher,
        view=light,
    )
    arts = {a.id: a for a in store.articles({c.article_id for c in found}, view=light)}
    statuses = store.statuses(c.id for c in found)
    found_conflicts = store.conflicts(actors=actors, view=light)
    entries = build_timeline(found, arts, found_conflicts, statuses=statuses, light=light)
    return Timeline(entries, found_conflicts)


def conflicts(
    store: Store,
    *,
    actor: str | None = None,
    facet: str | None = None,
    open_only: bool = False,
    since: str | None = None,
    view: bool = False,
    raw: bool = False,
) -> list[Conflict]:
    """Stored conflicts, filtered (``view=True``: light views, not models; ``raw=True``: their JSON as plain
    dicts, for a listing that reads keys): conflicts on claims and on events, a claim conflict that a conflict
    on events reports already left out (one report per disagreement,
    :func:`claimline.reconcile.duplicates.without_duplicates`)."""
    actors = conflict_actors(store, actor)
    bound = iso_bound(since, end=False)
    if store.duplicates_marked():  # reconciliation marked what the listing leaves out (migration 11)
        if actors is None and not facet and not open_only and not bound:
            return store.conflicts(duplicate=False, view=view, raw=raw)
        if not store.has_duplicates(actors=actors, facet=facet, open_only=open_only, since=bound):
            return store.conflicts(actors=actors, facet=facet, open_only=open_only, since=bound, view=view, raw=raw)
    from .reconcile.duplicates import without_duplicates

    # a filtered listing hides a marked conflict only when what it duplicates is listed too
    found = store.conflicts(actors=actors, facet=facet, open_only=open_only, since=bound, view=view or raw)
    return without_duplicates(found)


def comparison(store: Store, *, actor: str | None = None, facet: str | None = None) -> Comparison:
    """How many questions two or more articles answer, and how many of them are in conflict (one SQL count;
    ``actor`` and ``facet`` filter as in :func:`conflicts`)."""
    from .reconcile.comparison import Comparison
    from .reconcile.duplicates import without_duplicates
    from .store.event_questions import event_question_articles, event_question_counts

    if actor is None and facet is None:
        stored = store.comparison_totals()  # kept by reconciliation: one row
        if stored is not None:
            questions, articles, in_conflict, events_compared, events_in_conflict, event_articles, duplicates = stored
            return Comparison(
                questions, max(articles, event_articles), in_conflict, events_compared, events_in_conflict, duplicates
            )
    actors = conflict_actors(store, actor)
    events = event_question_counts(store.db, actors=actors, facet=facet)
    duplicates = 0
    if events[1] and (not store.duplicates_marked() or store.has_duplicates(actors=actors, facet=facet)):
        # a disagreement found on claims and on an event is one
        found = store.conflicts(actors=actors, facet=facet, view=True)
        duplicates = len(found) - len(without_duplicates(found))
    questions, _, in_conflict = store.question_counts(actors=actors, facet=facet)
    # articles: those behind the claim questions, those behind the questions on events and those the listed
    # conflicts cite, each once (review 11, S20: a maximum of two counts undercounts them)
    articles = store.question_articles(actors=actors, facet=facet) | event_question_articles(
        store.db, actors=actors, facet=facet
    )
    if events[1] or in_conflict:
        articles |= {
            src.article_id
            for c in store.conflicts(actors=actors, facet=facet, view=True)
            for side in c.sides
            for src in side.sources
        }
    return Comparison(questions, len(articles), in_conflict, events[0], events[1], duplicates)


def info(db: str | Path | None = None, pipeline: str | None = None) -> dict[str, Any]:
    """Version, store, spaCy pipeline, lexicons and (when the store exists) its schema and counts."""
    from . import lexicons
    from .store import is_server

    target = config.db_target(db)
    name = config.pipeline_name(pipeline)
    shown = str(target)
    if is_server(target):
        from .store.postgres import redact

        shown = redact(str(target))
    data: dict[str, Any] = {
        "version": __version__,
        "db": shown,
        "spacy_pipeline": f"{name} {config.pipeline_version(name) or '(not installed)'}",
        "lexicons": str(lexicons.models_dir()),
    }
    if is_server(target) or Path(target).exists():
        store = open_store(db)
        data["schema"] = max(store.migrations(), default=0)
        data.update(store.counts())
        if store.duplicates_marked():  # the conflicts `conflicts` lists and ingest counts, not the rows kept
            data["conflicts"], left_out = store.listed_count()
            if left_out:
                data["duplicate_conflicts"] = left_out  # one disagreement found on claims and on an event
        if store.kind == "sqlite":
            health = store.check()
            if not health.ok:
                raise damaged_error(store.path, health)
            data["integrity"] = "ok"
    return data


# --------------------------------------------------------------- evaluation
CONFLICT_GOLD_NAMES = ("conflicts.json", "expected.json")


@dataclass
class Evaluation:
    claims: EvalReport | None = None
    conflicts: dict[Path, ConflictReport] = field(default_factory=dict)


def evaluate(gold: Iterable[Path], *, pipeline: str | None = None) -> Evaluation:
    """Score extraction against gold files (and conflicts against ``conflicts.json`` / ``expected.json``)."""
    import functools

    from .extraction import extract as extract_fn
    from .jobs.conflict_eval import evaluate_conflicts
    from .jobs.evaluate import article_path, gold_files, load_gold
    from .jobs.evaluate import evaluate as run_evaluate

    gold = list(gold)
    files = [f for f in gold_files(gold) if f.name not in CONFLICT_GOLD_NAMES]
    conflict_golds = list(
        dict.fromkeys(
            p.resolve()
            for g in gold
            for p in ([g / n for n in CONFLICT_GOLD_NAMES] if g.is_dir() else [g])
            if p.name in CONFLICT_GOLD_NAMES and p.is_file()
        )
    )
    if not files and not conflict_golds:
        raise ClaimlineError("no gold files given")
    result = Evaluation()
    if files:
        result.claims = run_evaluate(files, extract_fn=functools.partial(extract_fn, pipeline=pipeline))
    for cg in conflict_golds:
        if cg.name == "expected.json":
            articles = sorted(p for p in cg.parent.iterdir() if p.suffix.lower() in (".txt", ".md", ".html"))
        else:
            articles = [article_path(f, load_gold(f)) for f in gold_files([cg.parent])]
        result.conflicts[cg] = evaluate_conflicts(cg, articles, pipeline=pipeline)
    return result


def check_store(db: str | Path | None = None) -> tuple[Path, IntegrityReport]:
    """SQLite's integrity check of the store file, naming damaged tables (works on a file too
    damaged to open as a store)."""
    from .store import is_server
    from .store.sqlite import check_file

    target = config.db_target(db)
    if is_server(target):
        raise ClaimlineError("claimline check runs SQLite's integrity check; on PostgreSQL use the server's amcheck")
    path = Path(target)
    return path, check_file(path)


def damaged_error(path: Path, report: IntegrityReport) -> ClaimlineError:
    """The one line for a store that failed its integrity check."""
    where = f"tables {', '.join(report.tables)}" if report.tables else "pages outside any table"
    return ClaimlineError(f"{path} is damaged ({where}); restore it from a backup")


def event_timeline(
    db: str | Path | None = None,
    *,
    actor: str | None = None,
    include_commentary: bool = False,
    include_parts: bool = False,
    since: date | str | None = None,
    until: date | str | None = None,
    publisher: str | None = None,
) -> list[EventEntry]:
    """The event timeline of the store at ``db`` (:func:`timeline` on a store opened here)."""
    return timeline(
        open_store(db),
        actor=actor,
        include_commentary=include_commentary,
        include_parts=include_parts,
        since=since.isoformat() if isinstance(since, date) else since,
        until=until.isoformat() if isinstance(until, date) else until,
        publisher=publisher,
    ).entries


def reconcile(db: str | Path | None = None) -> int:
    """Recompute every conflict and claim status of the store at ``db`` (an ingest recomputes only the
    questions its new articles touch; truth discovery's reliabilities then lag, see
    :mod:`claimline.jobs.refresh`). The event clusters are built again first, in publication order, so that
    they no longer depend on the order the articles were ingested (review 8, V5). Returns the number of
    conflicts."""
    from .jobs.changes import refresh_with_history

    with open_store(db) as store:
        return refresh_with_history(store, recluster=True)


def changes(db: str | Path | None = None, *, since: str | None = None) -> Any:
    """What the ingest runs since ``since`` changed (``None``/``"last"``: the latest run; else YYYY, YYYY-MM
    or YYYY-MM-DD): new articles, new events, new conflicts, verdicts that flipped, claims newly
    superseded, each with the articles that caused it — a light view (:mod:`claimline.jobs.change_report`)."""
    from .events.display import event_words
    from .jobs.change_report import changes as read_changes
    from .jobs.change_report import new_event

    store = open_store(db)
    day = None if since in (None, "last") else iso_bound(since, end=False)
    report = read_changes(store, day)
    window = {a.id: a for a in report.articles}
    if window:
        for entry in timeline(store, light=True).entries:
            aids = {r.article_id for r in entry.reports}
            if aids and aids <= window.keys():
                report.new_events.append(
                    new_event(
                        date=entry.date_label,
                        date_basis=entry.date_basis,
                        label=entry.label,
                        outlets=entry.outlets,
                        articles=[window[a] for a in sorted(aids)],
                        event=event_words(entry.event, entry.label),
                    )
                )
    return report
