"""Verb phrases of a class (issue 15): "signed off on the takeover" is an approval, not a signing (the boards of two
companies "signed off on" a takeover one outlet says they "approved"); a ship that "ran aground" had an accident (the
word the parser takes for an adverb, not a particle, chooses the sense as a particle does), as one that "hit a rock"
or "grounded". Sentences invented; outlets, places and companies too."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events
from claimline.events.lexicon import OTHER

from .helpers import through_store

PUB = date(2026, 11, 3)
A, B = "Harbour Wire", "North Post"


def _classes(nlp, text: str, lemma: str) -> list[str]:
    _, frames = extract_events(text, PUB, nlp=nlp)
    return [f.event_class for f in frames if f.trigger.lemma == lemma]


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("The boards of Voss Holding and Kerrin Pharma signed off on the takeover on Friday.", "sign off", ["approve"]),
        ("Voss Holding signed the deal with Kerrin Pharma on Friday.", "sign", ["agree"]),
        ("The ferry Marlen ran aground off Sandvik on Sunday.", "run", ["accident"]),
        ("A passenger ferry with 143 passengers ran aground off the island of Skarn on Saturday.", "run", ["accident"]),
        ("Arlen Buses will run a replacement service from Monday.", "run", [OTHER]),
    ],
)
def test_a_phrase_s_class(nlp, text, lemma, expected):
    assert _classes(nlp, text, lemma) == expected


_RAN = "The ferry Marlen ran aground off Sandvik at {} on Saturday, the operator said."
_HIT = "The ferry Marlen hit a rock off Sandvik at {} on Saturday, the harbour master said."


def test_ran_aground_and_hit_a_rock_at_one_time_agree(tmp_path):
    found = through_store([(A, "2026-06-08", _RAN.format("6:40")), (B, "2026-06-08", _HIT.format("6:40"))], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


def test_ran_aground_and_hit_a_rock_at_two_times_is_a_conflict(tmp_path):
    found = through_store([(A, "2026-06-08", _RAN.format("6:40")), (B, "2026-06-08", _HIT.format("7:40"))], tmp_path)
    assert [c.facet for c in found] == ["time_of_day"], [(c.facet, c.question) for c in found]
