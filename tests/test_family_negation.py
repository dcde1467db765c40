"""A "no" with no time of its own answers its family's other clusters: they are its event but for their time
(questions16; before, a "no" answered the reports of its own cluster only)."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import EventClusters, extract_events, members
from claimline.events.identity import Cluster
from claimline.reconcile.events import reconcile_events
from claimline.schemas import EventTime

DONE = "The Tarvik transport agency cancelled its contract with Lumenfold Analytics on 7 September, the agency said."
NOT_DONE = (
    "The contract between the Tarvik transport agency and Lumenfold Analytics has not been cancelled, "
    "a Lumenfold Analytics spokeswoman said."
)


@pytest.fixture(scope="module")
def story(nlp):
    clusters = EventClusters()
    claims, articles = {}, {}
    docs = [("Harbour Wire", date(2026, 9, 8), DONE), ("Coast Ledger", date(2026, 9, 12), NOT_DONE)]
    for k, (outlet, published, text) in enumerate(docs):
        ex, frames = extract_events(text, published, nlp=nlp, publisher=outlet, path=f"a{k}.txt")
        clusters.add(members(ex, frames))
        claims.update({c.id: c for c in ex.claims})
        articles[ex.article.id] = ex.article
    return list(clusters.clusters.values()), claims, articles


def _split(clusters, no_time=None):
    """The families: the cancellation's cluster split in two (its "yes" and its "no"), one family; the rest alone."""
    (both,) = [c for c in clusters if {f.factuality for f in c.frames} >= {"reported", "negated"}]
    yes = Cluster("ev-yes", [m for m in both.members if m.frame.factuality != "negated"])
    no = [m for m in both.members if m.frame.factuality == "negated"]
    if no_time is not None:
        no = [type(m)(**{**m.__dict__, "frame": m.frame.model_copy(update={"time": no_time})}) for m in no]
    grouped = [[yes, Cluster("ev-no", no)], *([c] for c in clusters if c is not both)]
    return [c for fam in grouped for c in fam], grouped


def _factuality(story, no_time=None):
    clusters, claims, articles = story
    split, grouped = _split(clusters, no_time)
    keyed, _ = reconcile_events(split, claims, articles, grouped=grouped)
    return [c for _, c in keyed if c.facet == "factuality"]


def test_an_undated_no_answers_the_dated_report_of_its_family(story):
    (c,) = _factuality(story)
    assert sorted(s.value for s in c.sides) == ["did not happen", "happened"]


def test_a_dated_no_answers_its_own_cluster_only(story):
    monday = EventTime(
        text="on Monday",
        value="2026-09-14",
        start=date(2026, 9, 14),
        end=date(2026, 9, 14),
        granularity="day",
        char_start=0,
        char_end=0,
    )
    assert _factuality(story, monday) == []
