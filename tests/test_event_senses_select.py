"""Choosing a supplier is awarding it ("the ministry selected Skyvale"); choosing what is no supplier is no
award ("used to select targets", "picked a site for the plant"): a ``[[sense]]`` of select / pick / choose by
its object. Sentences invented."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events

PUB = date(2026, 11, 3)


@pytest.mark.parametrize(
    ("text", "lemma", "award"),
    [
        ("The army selected Skyvale to supply the radios, the ministry said.", "select", True),
        ("The software will be used to select targets, critics said.", "select", False),
        ("The company picked a site near Dorrel for the new plant.", "pick", False),
    ],
)
def test_choosing_is_an_award_only_of_a_supplier(nlp, text, lemma, award):
    _, frames = extract_events(text, PUB, nlp=nlp)
    classes = [f.event_class for f in frames if f.trigger.lemma == lemma]
    assert ("award" in classes) is award
