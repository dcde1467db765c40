"""Causal attribution is one class (``link`` of models/events.toml): "X blamed A for B", "A caused B" and a denial
that A caused B are one question — what caused B — whatever verb each outlet uses."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import EventClusters, extract_events, members
from claimline.events.lexicon import lexicon

PUB = date(2026, 5, 5)


def test_blaming_and_causing_are_one_class_and_blaming_is_no_criticism():
    lex = lexicon()
    assert lex.verbs["blame"] == lex.verbs["cause"] == lex.verbs["link"]
    assert lex.verbs["criticise"] != lex.verbs["blame"]


def test_a_blamed_cause_and_a_denial_that_it_caused_the_event_are_one_factuality_conflict(story_conflicts):
    conflicts = story_conflicts(
        ("Harbour Wire", PUB, "The inspectors' report blamed a gas leak for the explosion at the Vessby plant."),
        (
            "Baltic Ledger",
            date(2026, 5, 6),
            "Orvane Chemicals denied that a gas leak caused the explosion at the Vessby plant.",
        ),
    )
    found = [c for c in conflicts if c.facet == "factuality"]
    assert len(found) == 1, [(c.facet, c.question) for c in conflicts]
    assert found[0].event is not None and found[0].event.label in ("blame", "cause")
    assert sorted(s.value for s in found[0].sides) == ["denied", "happened"]


@pytest.mark.parametrize(
    "second",
    [
        "A software update did not cause the Nordnet outage on Monday, the company said.",
        "Nordnet engineers said a software update caused the outage at Nordnet on Monday.",
    ],
)
def test_a_cause_blamed_and_a_cause_told_meet_in_one_event(nlp, second):
    clusters = EventClusters()
    causal = []
    for k, text in enumerate(("Engineers blamed a software update for the Nordnet outage on Monday.", second)):
        ex, frames = extract_events(text, PUB, nlp=nlp, publisher=f"P{k}", path=f"a{k}.txt")
        clusters.add(members(ex, frames))
        causal += [f.id for f in frames if f.trigger.lemma in ("blame", "cause")]
    assert len(causal) == 2
    assert len({clusters.of_frame()[f] for f in causal}) == 1


def test_the_one_who_blames_is_not_the_cause_a_denial_answers(story_conflicts):
    conflicts = story_conflicts(
        ("Harbour Wire", PUB, "The Halden union blamed Corvane Mining for the mine collapse in Halden."),
        ("Baltic Ledger", date(2026, 5, 6), "Corvane Mining denied that it had caused the mine collapse in Halden."),
    )
    found = [c for c in conflicts if c.facet == "factuality"]
    assert len(found) == 1, [(c.facet, c.question) for c in conflicts]
    assert "Corvane Mining" in found[0].question
    assert sorted(s.value for s in found[0].sides) == ["denied", "happened"]
