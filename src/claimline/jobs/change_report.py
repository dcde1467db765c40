"""``claimline changes``: the record of what each reconciliation changed (:mod:`claimline.jobs.changes` writes
it), read back as light views (no pydantic: a query command).

The report is a :class:`~claimline.views.View` with the fields, in this order:

* ``since`` — the window ("the last run (…)" or the date given); ``runs`` — ingest runs (reconciliations) in it;
* ``articles`` — the articles stored in it, each ``{id, publisher, published, title, url, path}``;
* ``new_events`` — each ``{date, date_basis, label, outlets, articles, event}`` (filled by
  :func:`claimline.api.changes`): ``date_basis`` ``text`` when the articles date the event, ``publication``
  for "reported on"; ``event`` the event in its own words;
* ``new_conflicts``, ``verdicts_flipped``, ``conflicts_gone``, ``newly_superseded`` — each
  ``{kind, ref, what, was, now, articles}``: ``ref`` a conflict ID (a claim ID for a superseded claim),
  ``what`` the question or the claim's text, ``articles`` the new articles that caused it.
"""

from __future__ import annotations

import json
from typing import Any

from ..errors import ClaimlineError
from ..views import View

__all__ = ["article_ref", "changes", "new_event"]

_SECTION = {
    "new_conflict": "new_conflicts",
    "verdict_flipped": "verdicts_flipped",
    "conflict_gone": "conflicts_gone",
    "superseded": "newly_superseded",
}


def article_ref(a: Any) -> View:
    """An article as a change cites it."""
    published = a.get("published") if isinstance(a, dict) else a.published
    return View(
        id=a.id,
        publisher=a.publisher,
        published=published if published is None or isinstance(published, str) else published.isoformat(),
        title=a.title,
        url=a.url,
        path=a.path,
    )


def new_event(
    *, date: str, date_basis: str, label: str, outlets: list[str], articles: list[View], event: str | None
) -> View:
    """A new event of the window (an event cluster all of whose reports are new)."""
    return View(date=date, date_basis=date_basis, label=label, outlets=outlets, articles=articles, event=event)


def changes(store: Any, since: str | None = None) -> View:
    """What the ingest runs since ``since`` changed: ``None``/``"last"`` is the latest run; an ISO date
    (YYYY-MM-DD) takes every run on or after that day."""
    runs = store.refreshes()
    if since in (None, "last"):
        window = runs[-1:]
        label = f"the last run ({window[0]['refreshed_at']})" if window else "the last run"
    else:
        assert since is not None
        window = [r for r in runs if str(r["refreshed_at"]) >= since]
        label = since
    if not runs:
        raise ClaimlineError("no ingest run recorded in this store yet: ingest articles first")
    ids = [int(str(r["id"])) for r in window]
    log = store.change_log(ids)
    article_ids = store.refresh_articles(ids)
    cited = set(article_ids) | {a for row in log for a in json.loads(str(row["articles"]))}
    arts = {a.id: a for a in store.articles(cited, view=True)}
    claims = {
        c.id: c
        for aid in sorted({str(r["ref"]).rsplit("-", 1)[0] for r in log if r["kind"] == "superseded"})
        for c in store.claims(article=aid, view=True)
    }
    refs = sorted({str(r["ref"]) for r in log if r["kind"] != "superseded"})
    conflicts = {c.id: c for c in store.conflicts(ids=refs, view=True)} if refs else {}
    report = View(
        since=label,
        runs=len(window),
        articles=[article_ref(arts[a]) for a in article_ids if a in arts],
        new_events=[],
        new_conflicts=[],
        verdicts_flipped=[],
        conflicts_gone=[],
        newly_superseded=[],
    )
    # a question may change more than once in the window: keep its first 'was' and last 'now'
    merged: dict[tuple[str, str], View] = {}
    for row in log:
        kind, rid = str(row["kind"]), str(row["ref"])
        if kind == "superseded":
            what = claims[rid].text if rid in claims else rid
        else:
            what = conflicts[rid].question if rid in conflicts else rid
        cause = [article_ref(arts[a]) for a in json.loads(str(row["articles"])) if a in arts]
        key = (kind, what)
        if key in merged:
            merged[key]["now"] = row["now"]
            merged[key]["articles"] += [a for a in cause if a not in merged[key]["articles"]]
            continue
        merged[key] = View(kind=kind, ref=rid, what=what, was=row["was"], now=row["now"], articles=cause)
    for change in merged.values():
        if change.kind == "verdict_flipped" and change.was == change.now:
            continue  # flipped and back within the window
        report[_SECTION[change.kind]].append(change)
    return report
