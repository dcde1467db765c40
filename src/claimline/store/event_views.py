"""Stored event clusters as rows of light views, for the event timeline of the query commands (no pydantic).

:func:`cluster_rows` reads what :func:`claimline.store.events.clusters` reads, with each frame a
:class:`~claimline.views.View` of its stored JSON (written from the validated model, so every
field is there, in the model's order) and the cluster's class as stored with it
(``event_clusters.class``: :meth:`claimline.events.identity.Cluster.event_class` when the cluster
was last written). :func:`claimline.events.light.clusters` makes clusters of them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date

from ..views import View
from ..views import load as view_of

__all__ = [
    "ClusterRow",
    "cluster_conflicts",
    "cluster_ids",
    "conflicts_on_entries",
    "cluster_rows",
    "entries",
    "find_clusters",
    "frame",
    "frames_beside",
    "frames_of",
    "participant_names",
    "told_by",
    "with_events",
]

_CHUNK = 500

#: (cluster id, stored class, frame, copy key, published, publisher, fingerprint)
ClusterRow = tuple[str, str, View, str, date | None, str | None, str | None]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def cluster_ids(db: sqlite3.Connection, *, names: Iterable[str] | None = None) -> list[str]:
    """The ids of the event clusters, as :func:`claimline.store.events.clusters` picks them: all, or
    those any of whose frames has a participant among ``names`` (case-insensitive)."""
    if names is None:
        return [r[0] for r in db.execute("SELECT id FROM event_clusters ORDER BY id")]
    found: set[str] = set()
    for chunk in _chunks(sorted({n.casefold() for n in names})):
        rows = db.execute(
            "SELECT DISTINCT em.cluster_id FROM event_participants p JOIN event_membership em"
            f" ON em.event_id = p.event_id WHERE p.folded IN ({_marks(len(chunk))})",
            chunk,
        )
        found.update(r[0] for r in rows)
    return sorted(found)


def cluster_names(db: sqlite3.Connection, names: Iterable[str]) -> dict[str, set[str]]:
    """For every event cluster any of whose frames has a participant among ``names`` (case-insensitive),
    which of those names (case-folded) its frames hold."""
    out: dict[str, set[str]] = {}
    for chunk in _chunks(sorted({n.casefold() for n in names})):
        rows = db.execute(
            "SELECT DISTINCT em.cluster_id, p.folded FROM event_participants p JOIN event_membership em"
            f" ON em.event_id = p.event_id WHERE p.folded IN ({_marks(len(chunk))})",
            chunk,
        )
        for cid, name in rows:
            out.setdefault(cid, set()).add(name)
    return out


def entries(db: sqlite3.Connection, ids: Sequence[str], built_by: str) -> dict[str, View]:
    """The cached timeline entries (``event_entries``, migrations 9 and 10) of the clusters ``ids``
    that have a valid one, as views. An entry is valid while its cluster has the size it was built
    at (a cluster only grows: a new member, or another cluster merged into it, so a cluster that
    event identity touched since has another size) and for the code that built it (``built_by``)."""
    out: dict[str, View] = {}
    for chunk in _chunks(ids):
        rows = db.execute(
            "SELECT e.cluster_id, e.data FROM event_entries e JOIN event_clusters c ON c.id = e.cluster_id"
            f" WHERE e.cluster_id IN ({_marks(len(chunk))}) AND e.size = c.size AND e.built_by = ?",
            [*chunk, built_by],
        )
        out.update((cid, view_of(data)) for cid, data in rows)
    return out


def cluster_rows(
    db: sqlite3.Connection, *, names: Iterable[str] | None = None, ids: Sequence[str] | None = None
) -> tuple[list[str], list[ClusterRow]]:
    """The ids of the event clusters (``ids``, else :func:`cluster_ids` of ``names``) and their member
    frames by publication date and id."""
    if ids is None:
        ids = cluster_ids(db, names=names)
    out: list[ClusterRow] = []
    for chunk in _chunks(ids):
        rows = db.execute(
            "SELECT em.cluster_id, c.class, e.data, e.copy_key, a.published, a.publisher, a.fingerprint FROM events e"
            " JOIN event_membership em ON em.event_id = e.id JOIN event_clusters c ON c.id = em.cluster_id"
            " JOIN articles a ON a.id = e.article_id"
            f" WHERE em.cluster_id IN ({_marks(len(chunk))}) ORDER BY a.published NULLS FIRST, e.id",
            chunk,
        )
        out.extend(
            (cid, cls, view_of(data), key, date.fromisoformat(published) if published else None, publisher, fp)
            for cid, cls, data, key, published, publisher, fp in rows
        )
    return list(ids), out


def frames_beside(db: sqlite3.Connection, article_ids: Iterable[str], event_class: str) -> list[View]:
    """Every frame of those of ``article_ids`` that hold a frame of ``event_class``, as views: the sentences
    of a denial, for the event timeline (its frames may sit in clusters not read with it)."""
    out: list[View] = []
    for chunk in _chunks(sorted(set(article_ids))):
        rows = db.execute(
            "SELECT e.data FROM events e WHERE e.article_id IN (SELECT DISTINCT article_id FROM events"
            f" WHERE class = ? AND article_id IN ({_marks(len(chunk))}))",
            [event_class, *chunk],
        )
        out.extend(view_of(data) for (data,) in rows)
    return out


def frames_of(db: sqlite3.Connection, article_ids: Iterable[str], held: Iterable[str] = ()) -> list[View]:
    """Every frame of ``article_ids`` but those of ``held`` (frame ids), as views: the sentences of the frames
    of an event timeline, whose other frames may sit in clusters not read with them."""
    skip = set(held)
    out: list[View] = []
    for chunk in _chunks(sorted(set(article_ids))):
        rows = db.execute(f"SELECT id, data FROM events WHERE article_id IN ({_marks(len(chunk))})", chunk)
        out.extend(view_of(data) for ident, data in rows if ident not in skip)
    return out


def with_events(db: sqlite3.Connection, ids: Iterable[str], *, figure_class: str) -> list[str]:
    """Those of the clusters ``ids`` with a frame that is no commentary (an event, not only speech or opinion) and
    not of ``figure_class`` (a number with its measured noun: a figure, no event)."""
    found: set[str] = set()
    for chunk in _chunks(sorted(set(ids))):
        rows = db.execute(
            "SELECT DISTINCT em.cluster_id FROM event_membership em JOIN events e ON e.id = em.event_id"
            f" WHERE e.commentary = 0 AND e.class != ? AND em.cluster_id IN ({_marks(len(chunk))})",
            [figure_class, *chunk],
        )
        found.update(r[0] for r in rows)
    return sorted(found)


def told_by(db: sqlite3.Connection, names: Iterable[str]) -> list[str]:
    """The ids of the event clusters a frame of which comes from a claim one of ``names`` (source actors, as
    stored) made ("A union official, Petr Hora, said workers had reported a leak": Petr Hora's)."""
    found: set[str] = set()
    for chunk in _chunks(sorted(set(names))):
        rows = db.execute(
            "SELECT DISTINCT em.cluster_id FROM claims c JOIN events e ON e.claim_id = c.id"
            f" JOIN event_membership em ON em.event_id = e.id WHERE c.source_actor IN ({_marks(len(chunk))})",
            chunk,
        )
        found.update(r[0] for r in rows)
    return sorted(found)


def participant_names(db: sqlite3.Connection) -> list[str]:
    """Every distinct participant name of the stored frames (canonical actors and entity names); light, for
    ``--actor`` of a name the gazetteer does not know (review 9, W22: no event identity, no pydantic)."""
    return [r[0] for r in db.execute("SELECT DISTINCT name FROM event_participants ORDER BY name")]


def person_names(db: sqlite3.Connection, names: Iterable[str]) -> set[str]:
    """Those of ``names`` some stored frame labels a person (for ``--actor``: no initials for a person's name,
    review 16 X7)."""
    out: set[str] = set()
    for name in names:
        rows = db.execute(
            "SELECT e.data FROM event_participants p JOIN events e ON e.id = p.event_id WHERE p.name = ? LIMIT 20",
            (name,),
        )
        for (data,) in rows:
            parts = json.loads(data).get("participants") or []
            if any(p.get("name") == name and str(p.get("label", "")).upper() == "PERSON" for p in parts):
                out.add(name)
                break
    return out


def find_clusters(db: sqlite3.Connection, ident: str, limit: int = 6) -> list[str]:
    """The event clusters ``ident`` names: its exact id, else the ids it begins (at most ``limit``), for
    ``claimline show ev-…`` (the ids ``claimline conflicts`` prints)."""
    if db.execute("SELECT 1 FROM event_clusters WHERE id = ?", (ident,)).fetchone():
        return [ident]
    rows = db.execute(
        f"SELECT id FROM event_clusters WHERE id >= ? AND id < ? ORDER BY id LIMIT {int(limit)}",
        (ident, ident + "\U0010ffff"),
    )
    return [r[0] for r in rows]


def frame(db: sqlite3.Connection, frame_id: str) -> tuple[View, str | None] | None:
    """A stored frame as a view, with the id of its cluster (None when it is in none)."""
    row = db.execute(
        "SELECT e.data, em.cluster_id FROM events e LEFT JOIN event_membership em ON em.event_id = e.id WHERE e.id = ?",
        (frame_id,),
    ).fetchone()
    return (view_of(row[0]), row[1]) if row else None


def cluster_conflicts(db: sqlite3.Connection, cluster_id: str) -> list[str]:
    """The ids of the stored conflicts on an event cluster (``event_conflict_clusters``, by question)."""
    rows = db.execute(
        "SELECT DISTINCT c.id FROM conflicts c JOIN event_conflict_clusters q ON q.question = c.question"
        " WHERE q.cluster_id = ? AND (c.duplicate IS NULL OR c.duplicate = 0) ORDER BY c.id",
        (cluster_id,),
    )
    return [r[0] for r in rows]


def conflicts_on_entries(db: sqlite3.Connection, cluster_ids: Iterable[str], claim_ids: Iterable[str]) -> list[dict]:
    """The open stored conflicts (their JSON as dicts) that compared one of ``cluster_ids``
    (``event_conflict_clusters``, by question) or hold one of ``claim_ids`` on a side
    (``conflict_claims``): the only ones that can make an entry of those clusters and claims read
    disputed (:func:`claimline.events.timeline.mark_disputed`). Both tables are written with the
    conflict, from its ``event.cluster_ids`` and its sides' ``claim_ids``; a cluster merged into another
    hands its rows over (``store.events._hand_over``) to the cluster that then holds the frames."""
    import json

    ids: set[str] = set()
    for chunk in _chunks(sorted(set(cluster_ids))):
        rows = db.execute(
            "SELECT DISTINCT c.id FROM conflicts c JOIN event_conflict_clusters q ON q.question = c.question"
            f" WHERE q.cluster_id IN ({_marks(len(chunk))})",
            list(chunk),
        )
        ids.update(r[0] for r in rows)
    for chunk in _chunks(sorted(set(claim_ids))):
        rows = db.execute(
            f"SELECT DISTINCT conflict_id FROM conflict_claims WHERE claim_id IN ({_marks(len(chunk))})", list(chunk)
        )
        ids.update(r[0] for r in rows)
    out: list[dict] = []
    for chunk in _chunks(sorted(ids)):
        rows = db.execute(
            f"SELECT data FROM conflicts WHERE status != 'resolved' AND id IN ({_marks(len(chunk))}) ORDER BY id",
            list(chunk),
        )
        out.extend(json.loads(r[0]) for r in rows)
    return out
