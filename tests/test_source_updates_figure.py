"""A source that gives one figure in an outlet's article and another in the same outlet's later article updated its
figure: a conflict whose later figure stands by supersession, not a source agreeing with itself (reconcile/events.py
``_updated_by_source``). A figure told as a past possibility ("may have escaped") is hedged, a report of the act,
not a plan (events/measures.py). The outlets, towns and firms are invented."""

from __future__ import annotations

from datetime import date

from .helpers import through_store

PUB = date(2026, 2, 13)

WIRE = "Harbour Wire"
_FIRST = "The Kelby reactor will stay offline for about three weeks after Monday's fault, its operator Norvatt said."
_LATER = (
    "The Kelby reactor will stay offline for about ten weeks after Monday's fault, its operator Norvatt said on Friday."
)


def test_a_source_updating_its_figure_in_a_later_article_is_a_revision(tmp_path):
    found = through_store([(WIRE, "2026-02-10", _FIRST), (WIRE, "2026-02-13", _LATER)], tmp_path / "case")
    told = [
        (c.resolution and c.resolution.rule, sorted((s.value, s.status) for s in c.sides))
        for c in found
        if c.facet == "quantity"
    ]
    assert len(told) == 1, told
    rule, sides = told[0]
    assert rule == "supersession", told
    assert dict(sides)["about P10W"] == "stands", told


def test_one_article_of_a_source_is_no_update(tmp_path):
    found = through_store([(WIRE, "2026-02-10", _FIRST), (WIRE, "2026-02-13", _FIRST)], tmp_path / "case")
    assert not [c for c in found if c.facet == "quantity"]


def test_a_figure_that_may_have_escaped_is_hedged(frames_of):
    frames = frames_of("Up to 2,000 litres of gas oil may have escaped from the Kelby tanker, the coastguard said.")
    assert {f.factuality for f in frames if f.trigger.lemma == "litre"} == {"hedged"}
    planned = frames_of("Norvatt will hire 300 engineers at Kelby next year, the company said.")
    assert {f.factuality for f in planned if f.trigger.lemma == "engineer"} == {"expected"}
