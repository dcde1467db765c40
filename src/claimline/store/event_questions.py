"""Questions on events that two or more articles answer (migration 6: ``event_questions``): what
``claimline conflicts`` counts as compared besides the claim questions. Light: no pydantic, so the
query commands stay fast (the rows are written by :mod:`claimline.jobs.refresh`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

__all__ = ["event_question_articles", "event_question_counts", "forget_cluster_questions", "write_event_questions"]

_CHUNK = 500


def _marks(n: int) -> str:
    return ",".join("?" * n)


_SEP = "\x1f"


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_ARTICLES = (
    "INSERT OR IGNORE INTO event_question_articles (cluster_id, article_id) SELECT DISTINCT em.cluster_id,"
    " e.article_id FROM event_membership em JOIN events e ON e.id = em.event_id"
)


_FAMILY_ARTICLES = (
    "INSERT OR IGNORE INTO event_question_articles (cluster_id, article_id) SELECT DISTINCT f.family,"
    " e.article_id FROM event_families f JOIN event_membership em ON em.cluster_id = f.cluster_id"
    " JOIN events e ON e.id = em.event_id"
)


def write_event_questions(db: sqlite3.Connection, rows: Sequence[object], clusters: Iterable[str] | None) -> None:
    """Replace the compared questions on events (:class:`claimline.reconcile.events.EventQuestion`) of the
    families whose first cluster is in ``clusters`` (all when None) by ``rows``; and the articles of
    those families, each filed under its first cluster (``event_question_articles``, migration 12: a
    cluster's frames change only when new articles add to it, and then its family is recomputed).
    ``clusters`` must hold every cluster of the families recomputed (their first clusters before and after).
    Replacing some keeps the event totals of ``comparison_totals`` by what changed (:func:`_adjust_totals`),
    not by counting the tables again: they grow with the store, the change with the families recomputed."""
    ids: list[str] = []
    was = (0, 0, set[str]())
    if clusters is None:
        db.execute("DELETE FROM event_questions")
        db.execute("DELETE FROM event_question_articles")
    else:
        ids = sorted(set(clusters))
        was = _rows_of(db, ids)
        for chunk in _chunked(ids):
            db.execute(f"DELETE FROM event_questions WHERE cluster_id IN ({_marks(len(chunk))})", list(chunk))
            db.execute(f"DELETE FROM event_question_articles WHERE cluster_id IN ({_marks(len(chunk))})", list(chunk))
        # (the rows of a first cluster merged into another are deleted by the merge: store.events.write_events)
    final = {q.question: int(q.conflict) for q in rows}  # type: ignore[attr-defined]
    replaced = (0, 0)  # (rows of the same questions filed under a cluster not replaced: updated in place)
    for chunk in _chunked(sorted(final) if clusters is not None else []):
        where = f"WHERE question IN ({_marks(len(chunk))})"
        n, c = db.execute(f"SELECT COUNT(*), COALESCE(SUM(conflict), 0) FROM event_questions {where}", chunk).fetchone()
        replaced = (replaced[0] + int(n), replaced[1] + int(c))
    db.executemany(
        "INSERT INTO event_questions (question, cluster_id, facet, actors, articles, conflict) VALUES (?,?,?,?,?,?)"
        " ON CONFLICT(question) DO UPDATE SET cluster_id = excluded.cluster_id, facet = excluded.facet,"
        " actors = excluded.actors, articles = excluded.articles, conflict = excluded.conflict",
        [
            (q.question, q.cluster_id, q.facet, _SEP + _SEP.join(q.actors) + _SEP, q.articles, int(q.conflict))  # type: ignore[attr-defined]
            for q in rows
        ],
    )
    firsts = sorted({q.cluster_id for q in rows})  # type: ignore[attr-defined]
    for chunk in _chunked(firsts):
        db.execute(f"{_ARTICLES} WHERE em.cluster_id IN ({_marks(len(chunk))})", list(chunk))
        # and the articles of the family's other clusters, filed under its first (two outlets whose reports
        # of one closure sit in two clusters of one family compared it across two articles, not one)
        db.execute(f"{_FAMILY_ARTICLES} WHERE f.family IN ({_marks(len(chunk))})", list(chunk))
    if clusters is None:
        return  # (counted afresh: ``Store.tally_comparison`` of every question)
    if set(firsts) - set(ids):  # (a first cluster whose rows were not replaced: its articles before are not known)
        _recount(db)
        return
    added = set().union(*(_first_column(db, _ARTICLES_OF, chunk) for chunk in _chunked(firsts)))
    _adjust_totals(db, was, (len(final) - replaced[0], sum(final.values()) - replaced[1], added), set(ids))


_ARTICLES_OF = "SELECT DISTINCT article_id FROM event_question_articles WHERE cluster_id IN ({marks})"


def _chunked(items: Sequence[str]) -> Iterable[Sequence[str]]:
    return (items[i : i + _CHUNK] for i in range(0, len(items), _CHUNK))


def _first_column(db: sqlite3.Connection, sql: str, args: Sequence[str]) -> set[str]:
    return {r[0] for r in db.execute(sql.format(marks=_marks(len(args))), list(args))}


def _rows_of(db: sqlite3.Connection, clusters: Sequence[str]) -> tuple[int, int, set[str]]:
    """(questions, of them in conflict, articles) of the rows filed under ``clusters``."""
    n = c = 0
    articles: set[str] = set()
    for chunk in _chunked(clusters):
        marks = _marks(len(chunk))
        row = db.execute(
            f"SELECT COUNT(*), COALESCE(SUM(conflict), 0) FROM event_questions WHERE cluster_id IN ({marks})",
            list(chunk),
        ).fetchone()
        n, c = n + int(row[0]), c + int(row[1])
        articles |= _first_column(db, _ARTICLES_OF, chunk)
    return n, c, articles


def forget_cluster_questions(db: sqlite3.Connection, cluster: str) -> None:
    """Delete the compared questions on events filed under ``cluster`` and its articles' rows (a cluster merged
    into another: the next refresh recomputes the one it went into), keeping the event totals."""
    was = _rows_of(db, [cluster])
    db.execute("DELETE FROM event_questions WHERE cluster_id = ?", (cluster,))
    db.execute("DELETE FROM event_question_articles WHERE cluster_id = ?", (cluster,))
    if was[0] or was[2]:
        _adjust_totals(db, was, (0, 0, set()), {cluster})


def _adjust_totals(
    db: sqlite3.Connection,
    was: tuple[int, int, set[str]],
    now: tuple[int, int, set[str]],
    replaced: set[str],
) -> None:
    """Move the event totals of ``comparison_totals`` (``events_compared``, ``events_in_conflict``,
    ``event_articles``: :func:`event_question_counts` unfiltered) by the rows of the clusters ``replaced``:
    ``was`` (questions, in conflict, articles) before, ``now`` the questions and conflicts added and the
    articles filed under the clusters written. An article counts when some row holds it: it had one
    before when it was among ``was``'s or has one under a cluster not replaced (those rows are as they
    were), and has one now when any row holds it. Nothing to move before the first count (no totals row)."""
    moved = sorted(was[2] | now[2])
    had = set(was[2])
    has: set[str] = set()
    for chunk in _chunked(moved):
        for article, cluster in db.execute(
            f"SELECT article_id, cluster_id FROM event_question_articles WHERE article_id IN ({_marks(len(chunk))})",
            list(chunk),
        ):
            has.add(article)
            if cluster not in replaced:
                had.add(article)
    db.execute(
        "UPDATE comparison_totals SET events_compared = events_compared + ?,"
        " events_in_conflict = events_in_conflict + ?, event_articles = event_articles + ? WHERE id = 1",
        (now[0] - was[0], now[1] - was[1], len(has - had) - len(had - has)),
    )


def _recount(db: sqlite3.Connection) -> None:
    """The event totals of ``comparison_totals`` counted again from the tables."""
    n, c, articles = event_question_counts(db)
    db.execute(
        "UPDATE comparison_totals SET events_compared = ?, events_in_conflict = ?, event_articles = ? WHERE id = 1",
        (n, c, articles),
    )


def event_question_counts(
    db: sqlite3.Connection, *, actors: Iterable[str] | None = None, facet: str | None = None
) -> tuple[int, int, int]:
    """``(questions on events compared, of them in conflict, articles reporting their events)`` (the
    articles of each family's first cluster); ``actors`` and ``facet`` filter as the
    store's ``question_counts`` does (a participant among ``actors``; a facet, ``scope`` for every scope)."""
    if actors is not None and not set(actors):
        return 0, 0, 0
    cond, args = _filter(actors, facet)
    row = db.execute(
        f"SELECT COUNT(*), COALESCE(SUM(conflict), 0) FROM event_questions WHERE {cond}",
        args,
    ).fetchone()
    if actors is None and not facet:  # every row is a first cluster's (write_event_questions keeps it so)
        articles = db.execute("SELECT COUNT(DISTINCT article_id) FROM event_question_articles").fetchone()
    else:
        articles = db.execute(
            "SELECT COUNT(DISTINCT article_id) FROM event_question_articles"
            f" WHERE cluster_id IN (SELECT cluster_id FROM event_questions WHERE {cond})",
            args,
        ).fetchone()
    return int(row[0]), int(row[1]), int(articles[0])


def event_question_articles(
    db: sqlite3.Connection, *, actors: Iterable[str] | None = None, facet: str | None = None
) -> set[str]:
    """The ids of the articles :func:`event_question_counts` counts, with the same filters."""
    if actors is not None and not set(actors):
        return set()
    cond, args = _filter(actors, facet)
    rows = db.execute(
        "SELECT DISTINCT article_id FROM event_question_articles"
        f" WHERE cluster_id IN (SELECT cluster_id FROM event_questions WHERE {cond})",
        args,
    )
    return {r[0] for r in rows}


def _filter(actors: Iterable[str] | None, facet: str | None) -> tuple[str, list[str]]:
    """The SQL condition on ``event_questions`` (and its arguments) of a participant among ``actors`` and a facet
    (``scope`` for every scope)."""
    where, args = ["1 = 1"], []
    if actors is not None:
        names = sorted(set(actors))
        where.append(" OR ".join(["actors LIKE ? ESCAPE '\\'"] * len(names)))
        args += [f"%{_SEP}{_like(a)}{_SEP}%" for a in names]
    if facet:
        if facet.endswith(":") or facet == "scope":
            where.append("(facet = 'scope' OR facet LIKE 'scope:%')")
        elif facet == "polarity":
            where.append("facet = 'factuality'")
        else:
            where.append("(facet = ? OR facet = ?)")
            args += [facet, f"scope:{facet}"]
    return " AND ".join(f"({w})" for w in where), args
