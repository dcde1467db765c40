"""What changed since I last looked: each reconciliation is recorded with what it changed.

:func:`refresh_with_history` wraps the store's reconciliation: it reads the conflicts and claim statuses
before and after, and records (migration 4: ``refreshes``, ``change_log``, ``articles.refresh_id``)

* ``new_conflict`` — a question on which the sources now disagree;
* ``verdict_flipped`` — a question whose verdict changed (``2026-10`` -> ``2027-01``, or ``resolved``
  -> ``disputed``);
* ``conflict_gone`` — a question on which the sources no longer disagree;
* ``superseded`` — a claim newly superseded by a later version;

each with the articles of that run that caused it (the new articles among the conflict's reports).
Conflicts are matched by their question (``date of start — OpenAI / NATO``), so a question that gains a
third value is a flip, not a new conflict. :func:`claimline.jobs.change_report.changes` reads the record back
for ``--since`` (light: no pydantic).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..schemas import Conflict
from ..store.sqlite import Store
from .refresh import refresh_conflicts

if TYPE_CHECKING:
    from .refresh import Done

KINDS = ("new_conflict", "verdict_flipped", "conflict_gone", "superseded")


def verdict(c: Conflict) -> str:
    """A conflict's verdict in a word: the value that stands, else ``disputed`` or ``open``."""
    return c.resolution.value if c.resolution else c.status


def _key(c: Conflict) -> str:
    return c.question or c.id


def _articles(c: Conflict) -> set[str]:
    return {r.article_id for side in c.sides for r in side.sources}


def diff(
    before: Sequence[Conflict],
    after: Sequence[Conflict],
    before_status: Mapping[str, str],
    after_status: Mapping[str, str],
    new_articles: set[str],
) -> list[tuple[str, str, str | None, str | None, str]]:
    """The change-log rows ``(kind, ref, was, now, causing article IDs as JSON)`` between two states."""
    old = {_key(c): c for c in before}
    new = {_key(c): c for c in after}
    rows: list[tuple[str, str, str | None, str | None, str]] = []

    def cause(*conflicts: Conflict) -> str:
        return json.dumps(sorted(set().union(*(_articles(c) for c in conflicts)) & new_articles))

    for key, c in new.items():
        was = old.get(key)
        if was is None:
            rows.append(("new_conflict", c.id, None, verdict(c), cause(c)))
        elif verdict(was) != verdict(c):
            rows.append(("verdict_flipped", c.id, verdict(was), verdict(c), cause(c)))
    for key, c in old.items():
        if key not in new:
            rows.append(("conflict_gone", c.id, verdict(c), None, "[]"))
    winners: dict[str, set[str]] = {}  # claim -> articles of the version that superseded it
    for c in after:
        stands = {r.article_id for side in c.sides if side.status == "stands" for r in side.sources}
        for side in c.sides:
            if side.status == "superseded":
                for cid in side.claim_ids:
                    winners.setdefault(cid, set()).update(stands)
    for cid, status in after_status.items():
        if status == "superseded" and before_status.get(cid) != "superseded":
            by = json.dumps(sorted(winners.get(cid, set()) & new_articles))
            rows.append(("superseded", cid, before_status.get(cid), status, by))
    return rows


def refresh_with_history(store: Store, article_ids: Collection[str] | None = None, *, recluster: bool = False) -> int:
    """Reconcile (the whole store, or the questions ``article_ids`` touch: :func:`.refresh.refresh_conflicts`) and
    record what changed; returns the conflict count.

    The snapshots are taken inside the reconciliation's lock and cover only the questions it recomputes
    (every question on a whole-store run): the conflicts of those questions before and after, and the
    statuses of the claims whose status the run may have changed (those on a side of a conflict it
    replaced or wrote; every claim's on a whole-store run) — not every conflict or status of the store."""
    from ..reconcile.duplicates import without_duplicates  # one report per disagreement, as `conflicts` lists

    new_articles: list[str] = []
    rows: list[tuple[str, str, str | None, str | None, str]] = []

    def watch(questions: set[str] | None) -> Done:
        new_articles.extend(store.unreconciled())  # inside the lock: what this reconciliation takes in
        if questions is not None and store.duplicates_marked():
            # every conflict is marked shown or duplicate (migration 11), before and after the run: the
            # listing before is the shown conflicts of the questions it recomputes, and of the others
            # only those whose mark it changed differ (their JSON is not rewritten)
            shown = store.listed_of(questions)
            return lambda claims, before_status, flipped: _marked(questions, shown, claims, before_status, flipped)
        # with the conflicts sharing claims with them: together they decide which one reports a disagreement
        near = None if questions is None else store.question_closure(questions)
        before = store.conflicts_of(near, view=True)  # (views: diff reads a few fields; no validation)

        def done(claims: Collection[str] | None, before_status: Mapping[str, str], _: object = None) -> None:
            after_status = store.statuses(claims)  # the statuses the run may have changed (None: all)
            if near is None:
                was, now = before, store.conflicts_of(None, view=True)
            else:  # conflicts the run did not recompute are as they were: read them once, now
                also = store.question_closure(questions) - near - questions  # type: ignore[operator]
                was, now = before + store.conflicts_of(also, view=True), store.conflicts_of(near | also, view=True)
            rows.extend(
                diff(without_duplicates(was), without_duplicates(now), before_status, after_status, set(new_articles))
            )

        return done

    def _marked(
        questions: set[str],
        shown: list[Any],
        claims: Collection[str] | None,
        before_status: Mapping[str, str],
        flipped: Mapping[str, int] | None,
    ) -> None:
        after_status = store.statuses(claims)
        now = store.listed_of(questions)
        flipped = flipped or {}  # (None only when the store was not marked before, which watch checked)
        mine = {c.id for c in shown} | {c.id for c in now}
        ids = sorted(set(flipped) - mine)
        others = store.conflicts(ids=ids, view=True) if ids else []
        was = shown + [c for c in others if flipped[c.id] == 0]
        after = now + [c for c in others if flipped[c.id] == 1]
        rows.extend(diff(was, after, before_status, after_status, set(new_articles)))

    count = refresh_conflicts(store, article_ids, watch=watch, recluster=recluster)
    store.record_refresh(new_articles, count, rows)
    return count
