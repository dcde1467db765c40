"""Incremental reconciliation on real multi-outlet stories (issue 12): the seen held-out stories'
articles ingested one at a time, each followed by its incremental refresh, should leave the store a
whole-store refresh leaves, and that ``claimline reconcile`` (every frame clustered again in publication
order) leaves: the same conflicts, sides, statuses, questions and comparison counts, on SQLite and
PostgreSQL. Truth discovery's weights are compared loosely: an incremental refresh does not weigh again
the questions it does not recompute (``jobs.refresh``), so their scores lag by design."""

from __future__ import annotations

import json
import re

import pytest

from claimline.jobs.refresh import refresh_conflicts
from claimline.store import open_store

from .conftest import ROOT
from .test_incremental import _state, _with_events

STORIES = ROOT / "benchmarks" / "heldout_stories"
# seen since the fifteenth sitting. Ingested one at a time they left a factuality conflict on the mine story
# disputed that a whole refresh resolves: its sources had no evidence in another question when it was weighed,
# and a later article's question gave them some (its verdict is now weighed again: StoredLearning.unsettled)
NEWEST = (
    "norway-skarvefjord-salmon-farm-escape",
    "sweden-lassijarvi-mine-rockfall",
    "greece-pyrgonisi-water-shortage-emergency",
    "ireland-kilbrackan-data-centre-planning-refusal",
)


def _story(ex) -> str:
    return (ex.article.path or "").replace("\\", "/").split("/heldout_stories/")[-1].split("/")[0]


@pytest.fixture(scope="module")
def heldout_db(tmp_path_factory, nlp):
    """Every held-out article parsed once into a store (not reconciled): the extractions the test replays."""
    from claimline.jobs.ingest import ingest
    from claimline.store.sqlite import Store

    paths = [str(p) for d in sorted(STORIES.iterdir()) if d.is_dir() for p in sorted(d.iterdir()) if p.is_file()]
    path = tmp_path_factory.mktemp("heldout") / "heldout.db"
    with Store(path) as store:
        report = ingest(store, paths, refresh=False)
    assert report.failed == 0, report.failures
    assert report.stored >= 280
    return path


def _unweighed(state: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """``state`` with every decimal of the conflicts' JSON (scores, margins, learned reliabilities) masked."""
    out = dict(state)
    out["conflicts"] = [(*c[:-1], re.sub(r"\d+\.\d+", "#", c[-1])) for c in state["conflicts"]]
    return out


def _differences(got: dict[str, list[tuple]], want: dict[str, list[tuple]]) -> dict[str, tuple[list, list]]:
    return {
        k: (sorted(set(got[k]) - set(want[k]))[:5], sorted(set(want[k]) - set(got[k]))[:5])
        for k in want
        if got[k] != want[k]
    }


def _one_at_a_time(store, exs) -> dict[str, list[tuple]]:
    """Each extraction stored and followed by its incremental refresh, as one ingest per article leaves it."""
    for ex in exs:
        assert store.add(ex)
        refresh_conflicts(store, [ex.article.id])
    return _unweighed(_state(store))


@pytest.mark.slow
def test_held_out_articles_one_at_a_time_give_what_reconcile_gives(heldout_db, new_store):
    exs = [ex for ex in _with_events(heldout_db) if _story(ex) not in NEWEST]
    order = {a: k for k, a in enumerate(sorted(ex.article.path or "" for ex in exs))}
    exs.sort(key=lambda ex: order[ex.article.path or ""])  # story by story, each in its files' order
    with open_store(new_store()) as store:
        one_by_one = _one_at_a_time(store, exs)
        refresh_conflicts(store)
        whole = _unweighed(_state(store))
        refresh_conflicts(store, recluster=True)
        reconciled = _unweighed(_state(store))
    assert len(reconciled["conflicts"]) >= 40
    # the families coupled through a claim are recomputed together (jobs.refresh._coupled): before, the
    # Italian recall's "14" / "16" batches and three other figures were listed twice (4 conflicts too many)
    assert json.dumps(_differences(one_by_one, whole), default=str) == "{}"
    left = _differences(whole, reconciled)
    if left:  # (an imperative xfail: the test passes once the clusters no longer depend on the order)
        pytest.xfail(
            "known (fourteenth sitting): clusters built in ingest order differ from reconcile's publication "
            f"order ({len(left.get('conflicts', ([], []))[0])} conflicts on the 41 seen stories: 9 frames in "
            "other clusters, an order-dependent join of a same-day article, an acronym defined by a later article)"
        )


@pytest.mark.slow
def test_newest_four_one_at_a_time_give_what_a_whole_refresh_gives(heldout_db, new_store):
    exs = [ex for ex in _with_events(heldout_db) if _story(ex) in NEWEST]
    assert len({_story(ex) for ex in exs}) == 4
    exs.sort(key=lambda ex: ex.article.path or "")
    with open_store(new_store()) as store:
        one_by_one = _one_at_a_time(store, exs)
        refresh_conflicts(store)
        whole = _unweighed(_state(store))
    assert json.dumps(_differences(one_by_one, whole), default=str) == "{}"
