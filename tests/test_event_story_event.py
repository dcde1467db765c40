"""A report naming no party of its event ("the order has not been lifted") joins the one event of its kind that
the other articles of its story report (events/identity.py, ``EventClusters._story_event``): the story is the
articles reporting an event in one cluster with it (not the articles naming one party), the link is strong (one
class, kin words, one thing acted on or measured), and exactly one such event is in the story. The same in
either ingest order and through an incremental ingest as through a whole recluster. Invented outlets, companies
and places; through the store (``api.ingest``)."""

from __future__ import annotations

import pytest

from claimline import api
from claimline.store import events as stored

from .test_event_words import _ingest

SHUT = "Orsk Chemicals shut its Arnau plant on Monday after a fire, the company said. "
SHUT_TOO = "Orsk Chemicals shut the Arnau plant on Monday after the fire, the company said. "
LIFTED = ("Harbour Wire", "2026-05-06", SHUT + "Velmar county lifted the stay-indoors order on Tuesday.")
NOT_LIFTED = ("North Post", "2026-05-06", SHUT_TOO + "The order has not been lifted, county officials said.")


def _lifts(frames, of):
    return {of[f.id] for f in frames if f.trigger.lemma == "lift"}


@pytest.mark.parametrize("order", ["named first", "nameless first"])
def test_a_nameless_no_joins_the_one_event_of_its_story_and_conflicts(tmp_path, order):
    """Without the rule the negated "lift" names nobody and no party of its article is the county's: two
    clusters, no conflict. Ingested in either order (the later report ingested first is clustered again in
    publication order)."""
    docs = [LIFTED, NOT_LIFTED] if order == "named first" else [NOT_LIFTED, LIFTED]
    frames, of, found = _ingest(tmp_path, docs)
    assert len(_lifts(frames, of)) == 1
    assert [c.facet for c in found] == ["factuality"], [(c.facet, c.question) for c in found]


def _partition(path) -> set[frozenset[str]]:
    with api.open_store(path) as store:
        of = stored.cluster_ids(store.db)
    out: dict[str, set[str]] = {}
    for frame, cid in of.items():
        out.setdefault(cid, set()).add(frame)
    return {frozenset(v) for v in out.values()}


def test_the_join_is_the_same_in_any_ingest_order_and_after_a_recluster(tmp_path):
    later = (NOT_LIFTED[0], "2026-05-07", NOT_LIFTED[2])
    parts = []
    for k, docs in enumerate([[later, LIFTED], [LIFTED, later]]):
        (tmp_path / f"o{k}").mkdir()
        _ingest(tmp_path / f"o{k}", docs)
        parts.append(_partition(tmp_path / f"o{k}" / "s.db"))
        with api.open_store(tmp_path / f"o{k}" / "s.db") as store:
            assert stored.recluster(store.db) == 0  # the whole order leaves what the ingest left
    assert parts[0] == parts[1]


AGREEING = {
    # two events of the kind in the story: which one "the order" is, is not said
    "two orders lifted": [
        (
            "Harbour Wire",
            "2026-05-06",
            SHUT + "Velmar county lifted the stay-indoors order on Tuesday, the county said. "
            "Dorne council lifted its order to boil water on Wednesday.",
        ),
        ("North Post", "2026-05-07", SHUT_TOO + "The order has not been lifted, officials said."),
    ],
    # a second theft, days later: another time
    "a theft and a second theft": [
        (
            "Harbour Wire",
            "2026-10-08",
            "Thieves stole four paintings from the Lorrain Museum on Tuesday, the museum said. "
            "The Lorrain Museum closed its east wing on Tuesday, a spokesman said.",
        ),
        (
            "North Post",
            "2026-10-20",
            "The Lorrain Museum closed its east wing on Tuesday, 6 October, the museum said. "
            "Seven paintings were stolen in a second theft on Sunday, police said.",
        ),
    ],
    # the appeal is no ban
    "a ban and its appeal": [
        ("Harbour Wire", "2026-03-02", "The Velmar Ski Federation banned Ida Roth for two years on Monday."),
        (
            "North Post",
            "2026-03-07",
            "Ida Roth was banned for two years by the Velmar Ski Federation on Monday. "
            "An appeal was lodged on Friday and will be heard in six weeks, her lawyer said.",
        ),
    ],
    # nothing ties the one tunnel's closure to the other's (neither one object told nor one thing measured)
    "a tunnel not closed and another closed": [
        ("Harbour Wire", "2026-05-05", SHUT + "The transport ministry said the road tunnel was not closed."),
        ("North Post", "2026-05-06", SHUT_TOO + "The transport ministry closed the rail tunnel on Tuesday."),
    ],
    # the crossings and the licence: two things, the licence's suspension is no crossing's cancellation
    "crossings cancelled, a licence not suspended": [
        (
            "Harbour Wire",
            "2026-10-18",
            "Dalmar Ferries cancelled all Skarholm crossings on Saturday, Dalmar Ferries said.",
        ),
        (
            "North Post",
            "2026-10-19",
            "Dalmar Ferries cancelled its Skarholm crossings on Saturday, the company said. "
            "The licence was not suspended, a ministry spokesman said.",
        ),
    ],
}


@pytest.mark.parametrize("name", sorted(AGREEING))
def test_nameless_reports_of_other_events_give_no_conflict(tmp_path, name):
    _, _, found = _ingest(tmp_path, AGREEING[name])
    assert found == [], [(c.facet, c.question) for c in found]


def test_the_one_tied_event_among_events_told_with_other_words(tmp_path):
    """The story holds two events the report naming no party may be by class alone (the plant's restart, the
    order's lifting): the one reported with the same word on the same thing is it, when no other is told with that
    word (review: belgium-oostkerkebrug's "the indoor order has been lifted")."""
    restarted = (
        "Harbour Wire",
        "2026-05-06",
        SHUT + "It restarted on Tuesday, the company said. Velmar county lifted the stay-indoors order on Tuesday.",
    )
    frames, of, found = _ingest(tmp_path, [restarted, (NOT_LIFTED[0], "2026-05-07", NOT_LIFTED[2])])
    assert len(_lifts(frames, of)) == 1
    assert [c.facet for c in found] == ["factuality"], [(c.facet, c.question) for c in found]
