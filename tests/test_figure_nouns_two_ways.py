"""One counted thing told with more or fewer words, or by a synonym, is one figure (twenty-third sitting, the class
side of event identity): outlets write "2,341 customer accounts" and "23,000 accounts", "12 vessels" and "14 ships";
a figure's frame (class ``measure``) was one event only with a figure of the very same noun, so the two figures
stayed apart and their disagreement was never asked. Two kinds of one noun ("customer accounts" / "business
accounts") stay two things. A figure also meets an event whose own amount or object is its thing ("ordered ten
radars" / "12 radars"). The outlets, firms and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events, identity, members
from claimline.events.measures import same_thing

from .helpers import through_store

A, B = "Harbour Wire", "North Post"
DAY = "2026-03-04"


def test_the_rule():
    assert same_thing("forecaster post", "post") and same_thing("account", "customer account")
    assert same_thing("vessel", "ship")  # one ``[object_nouns] synonyms`` set
    assert not same_thing("customer account", "business account")  # two kinds
    assert not same_thing("cost of replacement", "cost of repair") and not same_thing("cost of repair", "cost")
    assert not same_thing("resident|force", "resident|take")  # people are counted under their verb
    assert not same_thing("post", "post")  # (one word: not this rule's to say)


_HOLDS = "The Ostby exchange holds {} in Varn, the finance ministry said on Tuesday."
_ANCHOR = "The port of Kelso had {} at anchor off Lindell during the storm, the harbour master said on Tuesday."

DISAGREE = {
    "customer accounts / accounts": (_HOLDS, "23,000 customer accounts", "21,000 accounts", ["21000", "23000"]),
    "vessels / ships": (_ANCHOR, "12 vessels", "14 ships", ["12", "14"]),
}


@pytest.mark.parametrize("name", sorted(DISAGREE))
def test_one_thing_told_two_ways_is_compared(tmp_path, name):
    text, x, y, values = DISAGREE[name]
    found = through_store([(A, text.format(x)), (B, text.format(y))], tmp_path / "case", published=DAY)
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [("quantity", values)], [
        (c.facet, c.question) for c in found
    ]


def test_two_kinds_of_one_noun_are_not(tmp_path):
    found = through_store(
        [(A, _HOLDS.format("23,000 customer accounts")), (B, _HOLDS.format("21,000 business accounts"))],
        tmp_path / "case",
        published=DAY,
    )
    assert found == [], [(c.facet, c.question) for c in found]


def _members(text: str) -> list[identity.Member]:
    ex, frames = extract_events(text, date(2026, 3, 4), publisher=A)
    return members(ex, frames)


def test_a_figure_meets_the_event_that_counts_its_thing():
    order = next(
        m
        for m in _members("The Lindell navy ordered ten radars from Vantis Radar on Tuesday.")
        if m.frame.trigger.lemma == "order"
    )
    said = "The navy said the Lindell base now has {}, the navy said."
    radars = next(m for m in _members(said.format("12 radars")) if m.frame.event_class == "measure")
    hangars = next(m for m in _members(said.format("12 hangars")) if m.frame.event_class == "measure")
    assert identity.classes_match(order.frame, radars.frame) and identity.classes_match(radars.frame, order.frame)
    assert not identity.classes_match(order.frame, hangars.frame)
