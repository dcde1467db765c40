"""The library face: one call per CLI command (ingest, extract, timeline, conflicts, show, refresh).

The CLI chooses options and output; everything it computes comes from here. Import is cheap:
stages load when a call needs them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import config
from .errors import ClaimlineError
from .store import Store
from .store import open_store as _open
from .store.sqlite import IntegrityReport

if TYPE_CHECKING:
    from .schemas import EventEntry


def open_store(db: str | Path | None = None, *, create: bool = False) -> Store:
    """The store at ``db`` (else ``CLAIMLINE_DB``, else the user data directory).

    ``db`` is a SQLite file path or a PostgreSQL URL (``postgresql://user@host:5432/dbname``).
    """
    return _open(config.db_target(db), create=create)


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
    since: date | None = None,
    until: date | None = None,
    publisher: str | None = None,
) -> list[EventEntry]:
    """The timeline built from event clusters (:mod:`claimline.events.timeline`).

    ``actor`` matches any participant the text names: gazetteer names and
    aliases (resolved to the canonical actor) and other entity names (products,
    indices, people), case-insensitively. ``since``/``until`` keep entries whose
    interval overlaps them; ``publisher`` those an outlet reports.
    """
    from .events.timeline import build_event_timeline
    from .extraction import actors as actors_mod
    from .store import events as store_events

    store = open_store(db)
    names: set[str] | None = None
    if actor is not None:
        names = actors_mod.matching(actor) | {actors_mod.clean_name(actor) or actor}
    clusters = store_events.clusters(store.db, names=names) if names is not None else store_events.clusters(store.db)
    aids = {m.frame.article_id for c in clusters for m in c.members}
    articles = {a.id: a for a in store.articles(aids)}
    texts: dict[str, str] = {}

    def sentence(aid: str, start: int, end: int) -> str:
        if aid not in texts:
            found = store.article(aid)
            texts[aid] = found[1] if found else ""
        return texts[aid][start:end]

    entries = build_event_timeline(clusters, articles, sentence, names=names, include_commentary=include_commentary)
    out = []
    for e in entries:
        if since is not None and e.end is not None and e.end < since:
            continue
        if until is not None and e.start is not None and e.start > until:
            continue
        if publisher is not None and publisher.casefold() not in {o.casefold() for o in e.outlets}:
            continue
        out.append(e)
    return out


def reconcile(db: str | Path | None = None) -> int:
    """Recompute every conflict and claim status of the store at ``db`` (an ingest recomputes only the
    questions its new articles touch; truth discovery's reliabilities then lag, see
    :mod:`claimline.jobs.refresh`). Returns the number of conflicts."""
    from .jobs.refresh import refresh_conflicts

    with open_store(db) as store:
        return refresh_conflicts(store)
