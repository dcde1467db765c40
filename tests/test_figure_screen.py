"""The refresh's screen of stored neighbours on their columns (``reconcile.events.may_link``, issue 12): two
figures of two things ("12 lorries" / "40 containers" one company moved on one day) are two events by their class
(``events.identity.classes_match``), so a pair of clusters holding such a pair of reports is never linked and the
stored one is not read; what the figures measure comes from the keys they were stored with
(``store.events.stored_reports``). On short articles written for this test (the company and outlets are invented)."""

from __future__ import annotations

from claimline.events.identity import MEASURE
from claimline.events.lexicon import lexicon
from claimline.jobs.ingest import ingest
from claimline.reconcile.events import _linked, _signature, linked_to, may_link
from claimline.store import events as store_events
from claimline.store import open_store

LORRIES = """Lorries cross at Varnhold

By Ada Lenk, Harbour Wire, 4 March 2026

Norvik Freight moved 12 lorries across the border on Tuesday.
"""
CONTAINERS = """Containers cross at Varnhold

By Per Olm, Coast Ledger, 4 March 2026

Norvik Freight moved 40 containers across the border on Tuesday.
"""
MORE_LORRIES = """Varnhold: lorries cross

By Ida Sorn, Baltic Post, 4 March 2026

Norvik Freight moved 15 lorries across the border on Wednesday.
"""


def _figure_clusters(db, article_ids):
    """The ids of the clusters holding a figure's frame of the given articles."""
    ids = store_events.article_clusters(db, article_ids)
    return {c.id for c in store_events.clusters(db, ids=sorted(ids)) if any(f.event_class == MEASURE for f in c.frames)}


def test_figures_of_two_things_are_screened_out_and_never_linked(tmp_path, nlp):
    texts = {"lorries.txt": LORRIES, "containers.txt": CONTAINERS, "more.txt": MORE_LORRIES}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with open_store(str(tmp_path / "s.db")) as store:
        ingest(store, [str(tmp_path / "lorries.txt")])
        first = {a.id for a in store.articles()}
        for name in ("containers.txt", "more.txt"):
            before = {a.id for a in store.articles()}
            ingest(store, [str(tmp_path / name)], refresh=False)
            new = {a.id for a in store.articles()} - before
            changed = store_events.article_clusters(store.db, new)
            around = store_events.neighbour_clusters(store.db, changed) - changed
            stored = store_events.stored_reports(store.db, around)
            mine = store_events.clusters(store.db, ids=sorted(changed))
            kept = may_link(mine, stored)
            theirs = _figure_clusters(store.db, first) & around
            assert theirs, "the first article's figure is a neighbour of the new one's"
            # what a figure's frame measures is read from its stored keys, as the frame itself gives it
            for c in store_events.clusters(store.db, ids=sorted(theirs)):
                figures = {f.id: f for f in c.frames if f.event_class == MEASURE}
                assert any(r[-1] is not None for r in stored[c.id]) and len(figures) == sum(
                    r[-1] is not None for r in stored[c.id]
                )
            # every pair the screen keeps out is one linking turns down
            near = store_events.clusters(store.db, ids=sorted(changed | around))
            links = linked_to(near, changed)
            assert all(b in kept and a in kept[b] for a, b in links if b not in changed)
            by_id = {c.id: c for c in near}
            mine_figures = _figure_clusters(store.db, new)
            for cid in theirs:
                for my in mine_figures:
                    if my not in kept.get(cid, {}):
                        a, b = _signature(by_id[my]), _signature(by_id[cid])
                        assert not _linked(a, b, lexicon()) and not _linked(b, a, lexicon())
            if name == "containers.txt":  # containers and lorries: two things, never read
                assert not any(my in kept.get(cid, {}) for cid in theirs for my in mine_figures)
            else:  # lorries and lorries (told on another day: another cluster): one thing, read and tested
                assert any(my in kept.get(cid, {}) for cid in theirs for my in mine_figures)
            store.db.commit()


def test_figures_apart_is_explain_keeping_two_figures_apart_by_class(sample_db):
    """On the sample articles' stored figures: :func:`figures_apart` of two figures' keys is exactly
    :func:`explain` giving "class" for them (different articles, not syndicated copies), and a figure's key read
    from its stored columns and keys (``store.events._measured_stored``) is the one its frame gives."""
    from claimline.events.identity import explain, figure_key, figures_apart, stored_figure_key, syndicated
    from claimline.store.sqlite import Store

    with Store(sample_db) as store:
        members = [m for _, m in store_events._members(store.db, "1", []) if m.frame.event_class == MEASURE]
        members = [m for m in members if not m.frame.commentary]
        roots = {m.frame.id: r for m in members for (r,) in store.db.execute(
            "SELECT root FROM events WHERE id = ?", (m.frame.id,))}  # fmt: skip
        things = store_events._measured_stored(store.db, roots)
    assert len(members) >= 20
    for m in members:
        f = m.frame
        assert stored_figure_key(f.trigger.lemma, f.factuality, things[f.id]) == figure_key(f)
    apart = together = 0
    for i, x in enumerate(members):
        for y in members[i + 1 :]:
            if x.frame.article_id == y.frame.article_id or syndicated(x, y):
                continue
            got = figures_apart(figure_key(x.frame), figure_key(y.frame))
            assert got == (explain(x, y) == "class"), (x.frame.id, y.frame.id)
            apart += got
            together += not got
    assert apart and together
