"""Senses that must keep a military strike or a physical attack an attack (review 5), and the other
senses it named — on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events

PUB = date(2026, 5, 6)


def _classes(nlp, text: str, lemma: str) -> list[str]:
    _, frames = extract_events(text, PUB, nlp=nlp)
    return [f.event_class for f in frames if f.trigger.lemma == lemma]


@pytest.mark.parametrize(
    "text",
    [
        "The strike on the factory killed six workers on Monday.",
        "The strike on the factory destroyed the workers' canteen on Monday.",
        "A strike on the school flattened the gym where teachers met.",
        "Hospital staff said the strike on the hospital damaged two wards overnight.",
    ],
)
def test_the_target_of_a_strike_is_no_labour_context(nlp, text):
    assert _classes(nlp, text, "strike") == ["attack"]


def test_an_attack_on_a_plan_is_still_criticism(nlp):
    text = "The minister's attack on the plan drew applause on Monday."
    assert _classes(nlp, text, "attack") == ["criticise"]
