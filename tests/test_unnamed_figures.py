"""A figure that measures no thing the lexicon or the text names ("a 48-hour strike", "sold 300") is keyed by
its class alone (``Qduration/``, ``Qcount/``: :func:`claimline.events.identity.unnamed_figure`), which every
story's figures of the class share. Event families link two clusters by such a key only when both hold a report
of one article, one story (:func:`claimline.events.identity.family_keys`), so a refresh's neighbour search does
not pair a new article's figure with every such figure of the store (issue 12: 1,028 rows of one article's
search on the 100k store). Invented ports, towns and outlets."""

from __future__ import annotations

from datetime import date

from claimline.events.identity import family_keys, keys
from claimline.extraction.claims import extract
from claimline.jobs.refresh import refresh_conflicts
from claimline.store import events as store_events
from claimline.store import open_store

VELMAR = (
    "Dock workers at the port of Velmar began a 48-hour strike on Monday, the union said. "
    "The union said a second strike, of 24 hours, would follow on Friday."
)
ORLEN = "Bus drivers in Orlen staged a 24-hour strike on Wednesday, the company said."
KEY = "labour_action\tQduration/"


def test_a_figure_naming_no_thing_is_keyed_within_its_article_for_families(nlp):
    ex = extract(ORLEN, date(2026, 3, 3), nlp=nlp, publisher="North Post")
    (strike,) = [f for f in ex.events if f.trigger.lemma == "strike"]
    assert ("labour_action", "Qduration/") in keys(strike)  # (clustering: one event measured twice in a story)
    other = strike.model_copy(update={"article_id": "other-article", "id": "other-article-e001"})
    both = family_keys([strike, other])
    assert {("labour_action", f"Qduration/@{a}") for a in (ex.article.id, "other-article")} <= both
    assert not any(k == "Qduration/" or k.startswith("@") for _, k in both)


def test_neighbour_search_pairs_such_figures_of_one_article_only(nlp, new_store):
    a = extract(VELMAR, date(2026, 3, 3), nlp=nlp, publisher="Harbour Wire")
    b = extract(ORLEN, date(2026, 3, 3), nlp=nlp, publisher="North Post")
    with open_store(new_store()) as store:
        assert store.add(a) and store.add(b)
        held = store.db.execute(
            "SELECT DISTINCT e.article_id FROM event_keys k JOIN events e ON e.id = k.event_id WHERE k.key = ?", (KEY,)
        ).fetchall()
        assert {r[0] for r in held} == {a.article.id, b.article.id}  # (one key: the store search would meet)
        velmar = store_events.article_clusters(store.db, [a.article.id])
        orlen = store_events.article_clusters(store.db, [b.article.id])
        assert not velmar & orlen
        assert not (store_events.neighbour_clusters(store.db, orlen) - orlen) & velmar
        strikes = {
            r[0]
            for r in store.db.execute(
                "SELECT em.cluster_id FROM event_keys k JOIN event_membership em ON em.event_id = k.event_id"
                " JOIN events e ON e.id = k.event_id WHERE k.key = ? AND e.article_id = ?",
                (KEY, a.article.id),
            )
        }
        for cid in strikes:  # ... and within its story it is searched as before
            assert strikes <= store_events.neighbour_clusters(store.db, {cid})
        refresh_conflicts(store)  # (a whole refresh: its families the same way)
        assert refresh_conflicts(store, [b.article.id]) >= 0
